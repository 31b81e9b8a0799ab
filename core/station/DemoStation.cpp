#include "core/station/DemoStation.h"

#include "core/accounts/AccountService.h"
#include "core/accounts/PasswordPolicy.h"
#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/crypto/Sodium.h"
#include "core/import/ImportService.h"
#include "core/station/Station.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTimeZone>

namespace pl::core {

namespace {

// A reader dump of invented reads around Austin, TX over the last 60 days:
// a pool of plates that recur (as real ones do), three covert units, and a
// few rows of the kinds real dumps carry (lowercase, dashes, a road sign, an
// empty plate), so the import summary has something to show.
Result<QString> writeDemoDump(const QString& folder, const QDateTime& now) {
    const QString path = QDir(folder).filePath(QStringLiteral("demo-reads.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, file.errorString());
    QRandomGenerator random(20261122);
    const char* const letters = "ABCDEFGHJKLMNPRSTVWXYZ";
    QStringList plates;
    for (int i = 0; i < 300; ++i) {
        QString plate;
        for (int j = 0; j < 3; ++j)
            plate.append(QLatin1Char(letters[random.bounded(22)]));
        plate.append(QString::number(1000 + random.bounded(9000)));
        plates.append(plate);
    }
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
    // Sample reads, imported like any dump (and audited as such).
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

    // An open case for the demo investigator, so searches can be tried at once.
    const DemoAccount& investigator = demo.accounts.at(2);
    auto login =
        Station::login(demo.path, investigator.name, SecretBytes::fromString(investigator.password),
                       Session::Client::Cli, clock);
    if (!login)
        return login.error();
    Station& desk = *login.value().station;
    Session& officer = login.value().session;
    if (auto acknowledged = desk.acknowledgeNotice(officer, notice); !acknowledged)
        return acknowledged.error();
    NewCase demoCase;
    demoCase.number = QStringLiteral("DEMO-2026-001");
    demoCase.title = QStringLiteral("Demo: stolen vehicle inquiry");
    demoCase.kind = NewCase::Kind::Criminal;
    demoCase.offense = QStringLiteral("property");
    if (auto opened = desk.cases().open(officer, demoCase); !opened)
        return opened.error();
    demo.caseNumber = demoCase.number;
    if (auto loggedOut = desk.logout(officer); !loggedOut)
        return loggedOut.error();
    return demo;
}

} // namespace pl::core
