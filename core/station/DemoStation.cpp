#include "core/station/DemoStation.h"

#include "core/accounts/AccountService.h"
#include "core/accounts/PasswordPolicy.h"
#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/crypto/Sodium.h"
#include "core/geo/SensitiveLocationService.h"
#include "core/hotlist/HotListService.h"
#include "core/import/ImportService.h"
#include "core/search/SearchService.h"
#include "core/station/Station.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTimeZone>

namespace pl::core {

namespace {

constexpr quint32 kDemoSeed = 20261122;

// The pool of invented plates the demo reads are drawn from, in the order the
// dump draws them (the generator continues from here for the reads).
QStringList demoPlates(QRandomGenerator& random) {
    const char* const letters = "ABCDEFGHJKLMNPRSTVWXYZ";
    QStringList plates;
    for (int i = 0; i < 300; ++i) {
        QString plate;
        for (int j = 0; j < 3; ++j)
            plate.append(QLatin1Char(letters[random.bounded(22)]));
        plate.append(QString::number(1000 + random.bounded(9000)));
        plates.append(plate);
    }
    return plates;
}

// Hot-list entries of the demo investigator and agent, added before the
// reads are imported so the import raises alerts for them: an exact plate, a
// look-alike of a read plate (a possible match) and a wildcard entry.
Status addDemoHotList(Station& station, const Session& session, const QString& caseNumber,
                      bool investigator) {
    QRandomGenerator random(kDemoSeed);
    const QStringList plates = demoPlates(random);
    QList<HotListEntryInput> entries;
    HotListEntryInput entry;
    entry.caseNumber = caseNumber;
    if (investigator) {
        entry.plate = plates.at(60);
        entry.state = QStringLiteral("TX");
        entry.category = QStringLiteral("stolen_vehicle");
        entry.reason = QStringLiteral("Demo: reported stolen from a dealer lot");
        entries.append(entry);
        // The same kind of plate with one character a reader may confuse.
        QString lookAlike = plates.at(80);
        const QString from = QStringLiteral("BSZGDL");
        const QString to = QStringLiteral("852601");
        for (qsizetype i = 0; i < 3; ++i) {
            const qsizetype at = from.indexOf(lookAlike.at(i));
            if (at >= 0) {
                lookAlike[i] = to.at(at);
                break;
            }
        }
        if (lookAlike != plates.at(80)) {
            entry.plate = lookAlike;
            entry.category = QStringLiteral("wanted_person");
            entry.reason = QStringLiteral("Demo: registered owner has a felony warrant");
            entries.append(entry);
        }
    } else {
        entry.plate = plates.at(100).left(4) + QLatin1Char('*');
        entry.category = QStringLiteral("stolen_plate");
        entry.reason = QStringLiteral("Demo: partial plate from a witness, stolen plates");
        entries.append(entry);
    }
    for (const HotListEntryInput& wanted : entries) {
        if (auto added = station.hotLists().add(session, wanted); !added)
            return added.error();
    }
    return {};
}

// A reader dump of invented reads around Austin, TX over the last 60 days:
// a pool of plates that recur (as real ones do), three covert units, and a
// few rows of the kinds real dumps carry (lowercase, dashes, a road sign, an
// empty plate), so the import summary has something to show.
Result<QString> writeDemoDump(const QString& folder, const QDateTime& now) {
    const QString path = QDir(folder).filePath(QStringLiteral("demo-reads.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, file.errorString());
    QRandomGenerator random(kDemoSeed);
    const QStringList plates = demoPlates(random);
    const QStringList units = {QStringLiteral("DEMO-UNIT-1"), QStringLiteral("DEMO-UNIT-2"),
                               QStringLiteral("DEMO-UNIT-3")};
    const QTimeZone zone(QByteArrayLiteral("America/Chicago"));
    QByteArray out("plate,state,date,time,lat,lon,device\n");
    for (int i = 0; i < 2000; ++i) {
        // Plates early in the pool are read far more often.
        const int pick = static_cast<int>(random.bounded(300) * random.generateDouble());
        QString plate = plates.at(pick);
        if (i % 397 == 5)
            plate = plate.toLower();
        if (i % 509 == 7)
            plate.insert(3, QLatin1Char('-'));
        if (i == 1234)
            plate = QStringLiteral("DETOUR");
        if (i == 1500)
            plate.clear();
        const QDateTime when =
            now.addSecs(-static_cast<qint64>(random.bounded(60 * 24 * 3600))).toTimeZone(zone);
        const double lat = 30.2672 + (random.generateDouble() - 0.5) * 0.25;
        const double lon = -97.7431 + (random.generateDouble() - 0.5) * 0.25;
        out.append(plate.toLatin1())
            .append(",TX,")
            .append(when.toString(QStringLiteral("yyyy-MM-dd,HH:mm:ss")).toLatin1())
            .append(',')
            .append(QByteArray::number(lat, 'f', 5))
            .append(',')
            .append(QByteArray::number(lon, 'f', 5))
            .append(',')
            .append(units.at(i % 3).toLatin1())
            .append('\n');
    }
    if (file.write(out) != out.size())
        return Error(ErrorCode::Io, file.errorString());
    return path;
}

// A few searches by the demo investigator, so the audit trail has something
// for a supervisor to review: one as it should be, one with a reason too
// short to mean anything, and one on behalf of someone who is not a user.
Status addDemoSearches(Station& station, const Session& session, const QString& caseNumber) {
    QRandomGenerator random(kDemoSeed);
    const QStringList plates = demoPlates(random);
    struct Demo {
        QString plate;
        QString reason;
        QString onBehalfOf;
    };
    const QList<Demo> searches = {
        {plates.at(60), QStringLiteral("Demo: where was the stolen vehicle seen?"), {}},
        {plates.at(80), QStringLiteral("check"), {}},
        {plates.at(60), QStringLiteral("Demo: asked for by the dealer's insurer"),
         QStringLiteral("J. Smith, insurer")},
    };
    for (const Demo& demo : searches) {
        SearchRequest request;
        request.caseNumber = caseNumber;
        request.reason = demo.reason;
        request.onBehalfOf = demo.onBehalfOf;
        request.pattern = demo.plate;
        if (auto found = station.search().search(session, request); !found)
            return found.error();
    }
    return {};
}

} // namespace

Result<DemoStore> DemoStation::create(const QString& folder, const ConsentText& notice,
                                      const Clock& clock) {
    if (auto started = Sodium::initialize(); !started)
        return started.error();
    DemoStore demo;
    demo.path = QDir(folder).filePath(QStringLiteral("demo.plstore"));
    const QDate today = clock.nowUtc().toLocalTime().date();

    DemoAccount admin{QStringLiteral("admin"), Role::Administrator, PasswordPolicy::generate()};
    auto created = Station::create(demo.path,
                                   {admin.name, QStringLiteral("Demo Administrator"),
                                    SecretBytes::fromString(admin.password), today},
                                   Session::Client::Cli, clock);
    if (!created)
        return created.error();
    demo.accounts.append(admin);
    Station& station = *created.value().station;
    Session& session = created.value().session;
    if (auto acknowledged = station.acknowledgeNotice(session, notice); !acknowledged)
        return acknowledged.error();

    const QList<std::pair<Role, QString>> others = {
        {Role::Supervisor, QStringLiteral("Demo Supervisor")},
        {Role::Investigator, QStringLiteral("Demo Investigator")},
        {Role::Agent, QStringLiteral("Demo Agent")},
    };
    for (const auto& [role, displayName] : others) {
        DemoAccount account{Roles::id(role), role, PasswordPolicy::generate()};
        NewUser request;
        request.name = account.name;
        request.displayName = displayName;
        request.role = role;
        request.trainingCompleted = today;
        request.temporaryPassword = SecretBytes::fromString(account.password);
        request.mustChangePassword = false;
        if (auto user = station.accounts().createUser(session, request); !user)
            return user.error();
        demo.accounts.append(account);
    }
    // An open case for the demo investigator, so searches can be tried at
    // once, and hot-list entries of the investigator and the agent.
    NewCase demoCase;
    demoCase.number = QStringLiteral("DEMO-2026-001");
    demoCase.title = QStringLiteral("Demo: stolen vehicle inquiry");
    demoCase.kind = NewCase::Kind::Criminal;
    demoCase.offense = QStringLiteral("property");
    demo.caseNumber = demoCase.number;
    for (int index : {2, 3}) {
        const DemoAccount& account = demo.accounts.at(index);
        auto login =
            Station::login(demo.path, account.name, SecretBytes::fromString(account.password),
                           Session::Client::Cli, clock);
        if (!login)
            return login.error();
        Station& desk = *login.value().station;
        Session& officer = login.value().session;
        if (auto acknowledged = desk.acknowledgeNotice(officer, notice); !acknowledged)
            return acknowledged.error();
        const bool investigator = account.role == Role::Investigator;
        if (investigator) {
            if (auto opened = desk.cases().open(officer, demoCase); !opened)
                return opened.error();
        }
        if (auto listed = addDemoHotList(desk, officer, demoCase.number, investigator); !listed)
            return listed.error();
        if (auto loggedOut = desk.logout(officer); !loggedOut)
            return loggedOut.error();
    }

    // A few sensitive locations among the sample reads, as an administrator
    // would list them, so the map's caution can be seen.
    const QList<SensitiveLocationInput> sensitive = {
        {QStringLiteral("Demo Elementary School"), QStringLiteral("school"), 30.2905, -97.7612, {}},
        {QStringLiteral("Demo Community Clinic"), QStringLiteral("medical"), 30.2441, -97.7216, {}},
        {QStringLiteral("Demo Chapel"), QStringLiteral("worship"), 30.2710, -97.8002, {}},
    };
    for (const SensitiveLocationInput& input : sensitive) {
        if (auto added = station.sensitiveLocations().add(session, input); !added)
            return added.error();
    }

    // Sample reads, imported like any dump (and audited as such); the
    // entries above raise their owners' alerts.
    auto dump = writeDemoDump(folder, clock.nowUtc());
    if (!dump)
        return dump.error();
    ImportRequest request;
    request.filePath = dump.value();
    request.profileId = QStringLiteral("plain-reads-csv");
    request.deviceName = QStringLiteral("DEMO-UNIT-1");
    request.timeZone = QStringLiteral("America/Chicago");
    auto job = station.imports().prepare(session, request);
    if (!job)
        return job.error();
    if (auto imported = job->run(); !imported)
        return imported.error();
    if (auto loggedOut = station.logout(session); !loggedOut)
        return loggedOut.error();

    const DemoAccount& investigator = demo.accounts.at(2);
    auto login =
        Station::login(demo.path, investigator.name, SecretBytes::fromString(investigator.password),
                       Session::Client::Cli, clock);
    if (!login)
        return login.error();
    if (auto acknowledged = login.value().station->acknowledgeNotice(login.value().session, notice);
        !acknowledged)
        return acknowledged.error();
    if (auto searched =
            addDemoSearches(*login.value().station, login.value().session, demo.caseNumber);
        !searched)
        return searched.error();
    if (auto loggedOut = login.value().station->logout(login.value().session); !loggedOut)
        return loggedOut.error();
    return demo;
}

} // namespace pl::core
