// Sensitive locations and the map's tile sources: who may read and change
// them, what is refused, what each change leaves in the audit trail, the
// all-or-nothing CSV import, and the caution look-up (brute force and grid
// index agree on random data).

#include "core/audit/AuditAction.h"
#include "core/geo/MapSettingsService.h"
#include "core/geo/SensitiveLocationIndex.h"
#include "core/geo/SensitiveLocationService.h"
#include "core/geo/WebMercator.h"
#include "core/policy/PolicySettings.h"
#include "core/store/Database.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace pl;
using core::ErrorCode;
using core::SensitiveCaution;
using core::SensitiveLocation;
using core::SensitiveLocationIndex;
using core::SensitiveLocationInput;
using tests::AuditReader;
using tests::TestStation;

namespace {

SensitiveLocationInput school(const QString& name = QStringLiteral("Elm Street Elementary")) {
    SensitiveLocationInput input;
    input.name = name;
    input.category = QStringLiteral("school");
    input.latitude = 30.2672;
    input.longitude = -97.7431;
    input.note = QStringLiteral("Main entrance on Elm");
    return input;
}

qint64 storedCount(core::Database& db) {
    auto count = db.queryInt("SELECT count(*) FROM sensitive_locations");
    return count ? count.value() : -1;
}

SensitiveLocation at(qint64 id, double latitude, double longitude) {
    SensitiveLocation s;
    s.id = id;
    s.name = QStringLiteral("L%1").arg(id);
    s.category = QStringLiteral("other");
    s.latitude = latitude;
    s.longitude = longitude;
    return s;
}

QList<qint64> ids(const QList<SensitiveCaution>& cautions) {
    QList<qint64> out;
    for (const SensitiveCaution& c : cautions)
        out.append(c.location.id);
    return out;
}

} // namespace

class TestSensitiveLocations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addValidatesInput_data();
    void addValidatesInput();
    void addEditRemoveAreAudited();
    void removedLocationIsKeptAndHidden();
    void permissionsFollowTheRoleMatrix();
    void csvImportStoresAGoodFile();
    void csvImportRefusesABadFileWhole();
    void csvImportNeedsAHeader();
    void nearbyIsSortedAndBounded();
    void indexAgreesWithBruteForce_data();
    void indexAgreesWithBruteForce();
    void indexHandlesManyReads();
    void cautionDistanceIsAPolicyValue();
    void mapSettingsAreValidated();
    void mapSettingsAreStoredAndAudited();
    void mapSettingsPermissions();

private:
    core::Station& station() { return m_ts->station(); }
    core::Session& admin() { return m_ts->adminSession(); }

    std::unique_ptr<TestStation> m_ts;
    QTemporaryDir m_files;
};

void TestSensitiveLocations::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
}

void TestSensitiveLocations::cleanup() {
    m_ts.reset();
}

void TestSensitiveLocations::addValidatesInput_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("category");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no name") << QStringLiteral("   ") << QStringLiteral("school") << 0.0 << 0.0
                             << QStringLiteral("name");
    QTest::newRow("bad category") << QStringLiteral("A") << QStringLiteral("bar") << 0.0 << 0.0
                                  << QStringLiteral("\"bar\"");
    QTest::newRow("latitude high") << QStringLiteral("A") << QStringLiteral("medical") << 90.5
                                   << 0.0 << QStringLiteral("latitude");
    QTest::newRow("latitude low") << QStringLiteral("A") << QStringLiteral("medical") << -91.0
                                  << 0.0 << QStringLiteral("latitude");
    QTest::newRow("longitude") << QStringLiteral("A") << QStringLiteral("worship") << 0.0 << 180.1
                               << QStringLiteral("longitude");
    QTest::newRow("not a number") << QStringLiteral("A") << QStringLiteral("worship")
                                  << std::nan("") << 0.0 << QStringLiteral("latitude");
}

void TestSensitiveLocations::addValidatesInput() {
    QFETCH(QString, name);
    QFETCH(QString, category);
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(QString, expected);
    SensitiveLocationInput input;
    input.name = name;
    input.category = category;
    input.latitude = latitude;
    input.longitude = longitude;
    auto added = station().sensitiveLocations().add(admin(), input);
    PL_VERIFY_ERROR(added, ErrorCode::InvalidArgument);
    QVERIFY2(added.error().message().contains(expected), qPrintable(added.error().message()));
    QCOMPARE(storedCount(station().database()), 0);
    QCOMPARE(
        AuditReader::withAction(station().database(), core::AuditAction::sensitiveLocationAdded())
            .size(),
        0);
}

void TestSensitiveLocations::addEditRemoveAreAudited() {
    auto& service = station().sensitiveLocations();
    SensitiveLocationInput input = school(QStringLiteral("  Elm   Street Elementary "));
    input.category = QStringLiteral("School"); // case is forgiven
    auto added = service.add(admin(), input);
    PL_VERIFY_OK(added);
    QCOMPARE(added->name, QStringLiteral("Elm Street Elementary"));
    QCOMPARE(added->category, QStringLiteral("school"));
    QCOMPARE(added->createdByName, TestStation::adminName());
    QCOMPARE(added->createdUtc, m_ts->clock().nowUtc());
    QVERIFY(!added->isRemoved());

    auto addEvent =
        AuditReader::last(station().database(), core::AuditAction::sensitiveLocationAdded());
    QVERIFY(addEvent.seq > 0);
    QCOMPARE(addEvent.target, QString::number(added->id));
    QCOMPARE(addEvent.userName, TestStation::adminName());
    QCOMPARE(AuditReader::details(addEvent).value(QStringLiteral("name")).toString(),
             QStringLiteral("Elm Street Elementary"));

    // Editing to the same values records nothing.
    PL_VERIFY_OK(service.edit(admin(), added->id, school()));
    QCOMPARE(
        AuditReader::withAction(station().database(), core::AuditAction::sensitiveLocationEdited())
            .size(),
        0);

    m_ts->clock().advanceSeconds(60);
    SensitiveLocationInput changed = school();
    changed.category = QStringLiteral("medical");
    changed.latitude = 30.3;
    auto edited = service.edit(admin(), added->id, changed);
    PL_VERIFY_OK(edited);
    QCOMPARE(edited->category, QStringLiteral("medical"));
    QCOMPARE(edited->latitude, 30.3);
    QCOMPARE(edited->changedUtc, m_ts->clock().nowUtc());
    auto editEvent =
        AuditReader::last(station().database(), core::AuditAction::sensitiveLocationEdited());
    const QJsonObject diff =
        AuditReader::details(editEvent).value(QStringLiteral("changed")).toObject();
    QCOMPARE(diff.keys(), (QStringList{QStringLiteral("category"), QStringLiteral("latitude")}));
    QCOMPARE(diff.value(QStringLiteral("category")).toObject().value(QStringLiteral("from")),
             QJsonValue(QStringLiteral("school")));

    // A bad edit changes nothing.
    changed.longitude = 200;
    PL_VERIFY_ERROR(service.edit(admin(), added->id, changed), ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(service.edit(admin(), 9999, school()), ErrorCode::NotFound);

    PL_VERIFY_ERROR(service.remove(admin(), added->id, QStringLiteral("  ")),
                    ErrorCode::InvalidArgument);
    PL_VERIFY_OK(service.remove(admin(), added->id, QStringLiteral("School moved away")));
    auto removeEvent =
        AuditReader::last(station().database(), core::AuditAction::sensitiveLocationRemoved());
    QCOMPARE(removeEvent.reason, QStringLiteral("School moved away"));
    QCOMPARE(removeEvent.target, QString::number(added->id));
    PL_VERIFY_ERROR(service.remove(admin(), added->id, QStringLiteral("again")),
                    ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(service.edit(admin(), added->id, school()), ErrorCode::InvalidArgument);
}

void TestSensitiveLocations::removedLocationIsKeptAndHidden() {
    auto& service = station().sensitiveLocations();
    auto a = service.add(admin(), school(QStringLiteral("Alpha")));
    auto b = service.add(admin(), school(QStringLiteral("beta")));
    PL_VERIFY_OK(a);
    PL_VERIFY_OK(b);
    PL_VERIFY_OK(service.remove(admin(), a->id, QStringLiteral("Closed down")));

    auto active = service.list(admin());
    PL_VERIFY_OK(active);
    QCOMPARE(active->size(), 1);
    QCOMPARE(active->first().name, QStringLiteral("beta"));

    auto all = service.list(admin(), true);
    PL_VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().name, QStringLiteral("Alpha")); // by name, case-insensitive
    QVERIFY(all->first().isRemoved());
    QCOMPARE(all->first().removedReason, QStringLiteral("Closed down"));
    QCOMPARE(all->first().removedByName, TestStation::adminName());
    QCOMPARE(storedCount(station().database()), 2);
}

void TestSensitiveLocations::permissionsFollowTheRoleMatrix() {
    PL_VERIFY_OK(station().sensitiveLocations().add(admin(), school()));
    QVERIFY(m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("alice"), core::Role::Agent) > 0);

    for (const QString& name : {QStringLiteral("ivan"), QStringLiteral("sam")}) {
        auto login = m_ts->loginActive(name, TestStation::userPassword());
        QVERIFY(login.station);
        auto& service = login.station->sensitiveLocations();
        auto listed = service.list(login.session);
        PL_VERIFY_OK(listed);
        QCOMPARE(listed->size(), 1);
        PL_VERIFY_ERROR(service.add(login.session, school()), ErrorCode::PermissionDenied);
        PL_VERIFY_ERROR(service.edit(login.session, listed->first().id, school()),
                        ErrorCode::PermissionDenied);
        PL_VERIFY_ERROR(service.remove(login.session, listed->first().id, QStringLiteral("x")),
                        ErrorCode::PermissionDenied);
        PL_VERIFY_ERROR(service.importCsv(login.session, "name,category,latitude,longitude\n"
                                                         "A,school,1,2\n"),
                        ErrorCode::PermissionDenied);
    }
    // Agents have no map (no ViewMap), so no list either.
    auto agent = m_ts->loginActive(QStringLiteral("alice"), TestStation::userPassword());
    QVERIFY(agent.station);
    PL_VERIFY_ERROR(agent.station->sensitiveLocations().list(agent.session),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(agent.station->mapSettings().mapSettings(agent.session),
                    ErrorCode::PermissionDenied);
    QCOMPARE(storedCount(station().database()), 1);
}

void TestSensitiveLocations::csvImportStoresAGoodFile() {
    const QByteArray csv = "Name, Category ,Latitude,Longitude,Note\r\n"
                           "Elm Street Elementary,school,30.2672,-97.7431,Main gate\r\n"
                           "\r\n"
                           "\"St. Mary's, Chapel\",worship,30.27,-97.75,\r\n"
                           "County Clinic,MEDICAL,30.28,-97.76,\"Open 24h\"\r\n";
    auto imported =
        station().sensitiveLocations().importCsv(admin(), csv, QStringLiteral("places.csv"));
    PL_VERIFY_OK(imported);
    QCOMPARE(imported.value(), 3);
    auto listed = station().sensitiveLocations().list(admin());
    PL_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 3);
    QCOMPARE(listed->at(1).name, QStringLiteral("Elm Street Elementary"));
    QCOMPARE(listed->at(1).note, QStringLiteral("Main gate"));
    QCOMPARE(listed->at(2).name, QStringLiteral("St. Mary's, Chapel"));
    QCOMPARE(listed->at(2).category, QStringLiteral("worship"));
    QCOMPARE(listed->at(0).category, QStringLiteral("medical"));

    auto event =
        AuditReader::last(station().database(), core::AuditAction::sensitiveLocationsImported());
    QVERIFY(event.seq > 0);
    QCOMPARE(event.target, QStringLiteral("places.csv"));
    const QJsonObject details = AuditReader::details(event);
    QCOMPARE(details.value(QStringLiteral("added")).toInt(), 3);
    QCOMPARE(details.value(QStringLiteral("by_category"))
                 .toObject()
                 .value(QStringLiteral("worship"))
                 .toInt(),
             1);
    QCOMPARE(details.value(QStringLiteral("file_sha256")).toString().size(), 64);

    // Columns in another order, without a note column.
    auto reordered = station().sensitiveLocations().importCsv(
        admin(), "latitude,longitude,category,name\n10.5,20.25,other,Shelter\n");
    PL_VERIFY_OK(reordered);
    QCOMPARE(reordered.value(), 1);
}

void TestSensitiveLocations::csvImportRefusesABadFileWhole() {
    const QByteArray csv = "name,category,latitude,longitude\n"
                           "Good School,school,30.1,-97.1\n"
                           "Bad Category,bar,30.1,-97.1\n"
                           "Good Clinic,medical,30.2,-97.2\n"
                           ",school,30.1,-97.1\n"
                           "Far North,other,95,-97.1\n"
                           "Words,other,north,-97.1\n"
                           "Short,other,30.1\n";
    auto imported = station().sensitiveLocations().importCsv(admin(), csv, QStringLiteral("b.csv"));
    PL_VERIFY_ERROR(imported, ErrorCode::InvalidArgument);
    const QString message = imported.error().message();
    for (const char* line : {"Line 3:", "Line 5:", "Line 6:", "Line 7:", "Line 8:"})
        QVERIFY2(message.contains(QLatin1String(line)), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Line 2:")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Line 4:")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("\"bar\"")));
    QVERIFY(message.contains(QLatin1String("\"north\"")));
    QCOMPARE(storedCount(station().database()), 0);

    QCOMPARE(AuditReader::withAction(station().database(),
                                     core::AuditAction::sensitiveLocationsImported())
                 .size(),
             0);
    auto refused = AuditReader::last(station().database(),
                                     core::AuditAction::sensitiveLocationsImportRefused());
    QVERIFY(refused.seq > 0);
    QCOMPARE(refused.outcome, QStringLiteral("refused"));
    QCOMPARE(AuditReader::details(refused).value(QStringLiteral("bad_rows")).toInt(), 5);
}

void TestSensitiveLocations::csvImportNeedsAHeader() {
    auto& service = station().sensitiveLocations();
    auto empty = service.importCsv(admin(), "\n\n");
    PL_VERIFY_ERROR(empty, ErrorCode::InvalidArgument);
    QVERIFY(empty.error().message().contains(QLatin1String("header")));

    auto noHeader = service.importCsv(admin(), "Elm,school,30.1,-97.1\n");
    PL_VERIFY_ERROR(noHeader, ErrorCode::InvalidArgument);
    QVERIFY2(noHeader.error().message().contains(QLatin1String("Line 1:")),
             qPrintable(noHeader.error().message()));

    auto missing = service.importCsv(admin(), "name,category,latitude\nA,school,1\n");
    PL_VERIFY_ERROR(missing, ErrorCode::InvalidArgument);
    QVERIFY(missing.error().message().contains(QLatin1String("\"longitude\"")));

    auto onlyHeader = service.importCsv(admin(), "name,category,latitude,longitude\n");
    PL_VERIFY_ERROR(onlyHeader, ErrorCode::InvalidArgument);
    QCOMPARE(storedCount(station().database()), 0);
}

void TestSensitiveLocations::nearbyIsSortedAndBounded() {
    // Along a meridian, 0.001° of latitude is about 111 m.
    const QList<SensitiveLocation> list = {at(1, 30.002, -97.0), at(2, 30.001, -97.0),
                                           at(3, 30.010, -97.0), at(4, 29.9995, -97.0)};
    QList<SensitiveLocation> withRemoved = list;
    withRemoved.append(at(5, 30.0, -97.0));
    withRemoved.last().removedUtc = QDateTime::currentDateTimeUtc();

    const auto found = SensitiveLocationIndex::nearby(withRemoved, 30.0, -97.0, 300);
    QCOMPARE(ids(found), (QList<qint64>{4, 2, 1}));
    QVERIFY(found[0].distanceMetres < found[1].distanceMetres);
    QVERIFY(std::abs(found[1].distanceMetres - 111.2) < 1.0);
    QVERIFY(SensitiveLocationIndex::nearby(list, 0, 0, 300).isEmpty());

    const SensitiveLocationIndex index(withRemoved, 300);
    QCOMPARE(index.size(), 4);
    const auto nearest = index.nearest(30.0, -97.0);
    QVERIFY(nearest.has_value());
    QCOMPARE(nearest->location.id, qint64(4));
    QCOMPARE(ids(index.within(30.0, -97.0)), (QList<qint64>{4, 2, 1}));
    QVERIFY(!index.nearest(31.0, -97.0).has_value());
    QVERIFY(!SensitiveLocationIndex({}, 300).nearest(30.0, -97.0).has_value());
}

void TestSensitiveLocations::indexAgreesWithBruteForce_data() {
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<double>("latitudeSpread");
    QTest::addColumn<double>("longitudeSpread");
    QTest::addColumn<double>("radius");
    QTest::addColumn<bool>("someMiss");
    QTest::newRow("city, 300 m") << 30.27 << -97.74 << 0.05 << 0.05 << 300.0 << true;
    QTest::newRow("city, 10 m") << 30.27 << -97.74 << 0.01 << 0.01 << 10.0 << true;
    QTest::newRow("region, 5 km") << 45.0 << 7.0 << 1.0 << 1.0 << 5000.0 << true;
    QTest::newRow("antimeridian") << -17.0 << 179.9 << 0.5 << 0.5 << 800.0 << true;
    QTest::newRow("near the north pole") << 89.9 << 0.0 << 0.09 << 180.0 << 300.0 << true;
    QTest::newRow("far south") << -78.0 << -40.0 << 0.5 << 0.5 << 1000.0 << true;
    QTest::newRow("whole world, 200 km") << 0.0 << 0.0 << 90.0 << 180.0 << 2.0e5 << true;
    QTest::newRow("whole world, 3000 km") << 0.0 << 0.0 << 90.0 << 180.0 << 3.0e6 << false;
}

void TestSensitiveLocations::indexAgreesWithBruteForce() {
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(double, latitudeSpread);
    QFETCH(double, longitudeSpread);
    QFETCH(double, radius);
    QFETCH(bool, someMiss);
    std::mt19937 random(20260415);
    auto around = [&](double centre, double limit) {
        const double spread = limit == 180.0 ? longitudeSpread : latitudeSpread;
        std::uniform_real_distribution<double> d(centre - spread, centre + spread);
        double v = d(random);
        if (limit == 180.0) { // longitude wraps
            while (v > 180.0)
                v -= 360.0;
            while (v < -180.0)
                v += 360.0;
            return v;
        }
        return std::clamp(v, -limit, limit);
    };
    QList<SensitiveLocation> list;
    for (int i = 0; i < 1000; ++i)
        list.append(at(i + 1, around(latitude, 90.0), around(longitude, 180.0)));
    const SensitiveLocationIndex index(list, radius);

    int hits = 0;
    for (int i = 0; i < 3000; ++i) {
        const double lat = around(latitude, 90.0);
        const double lon = around(longitude, 180.0);
        const auto expected = SensitiveLocationIndex::nearby(list, lat, lon, radius);
        const auto within = index.within(lat, lon);
        QCOMPARE(ids(within), ids(expected));
        const auto nearest = index.nearest(lat, lon);
        QCOMPARE(nearest.has_value(), !expected.isEmpty());
        if (nearest) {
            ++hits;
            QCOMPARE(nearest->location.id, expected.first().location.id);
            QCOMPARE(nearest->distanceMetres, expected.first().distanceMetres);
        }
    }
    // The data must exercise both outcomes to mean anything.
    QVERIFY2(hits > 0, qPrintable(QString::number(hits)));
    if (someMiss)
        QVERIFY2(hits < 3000, qPrintable(QString::number(hits)));
}

void TestSensitiveLocations::indexHandlesManyReads() {
    // 100,000 reads against 1,000 locations, compared with brute force on a
    // sample. How long it takes is measured by bench_sensitive, not here.
    std::mt19937 random(7);
    std::uniform_real_distribution<double> lat(30.0, 30.5);
    std::uniform_real_distribution<double> lon(-98.0, -97.5);
    QList<SensitiveLocation> list;
    for (int i = 0; i < 1000; ++i)
        list.append(at(i + 1, lat(random), lon(random)));
    const SensitiveLocationIndex index(list, 300);
    int cautions = 0;
    for (int i = 0; i < 100000; ++i) {
        const double a = lat(random);
        const double b = lon(random);
        const auto nearest = index.nearest(a, b);
        cautions += nearest.has_value();
        if (i % 1000 == 0) {
            const auto expected = SensitiveLocationIndex::nearby(list, a, b, 300);
            QCOMPARE(nearest.has_value(), !expected.isEmpty());
        }
    }
    QVERIFY(cautions > 0);
}

void TestSensitiveLocations::cautionDistanceIsAPolicyValue() {
    const QString key = core::PolicySettings::sensitiveCautionMetres();
    const core::PolicySpec* spec = core::PolicySettings::spec(key);
    QVERIFY(spec);
    QCOMPARE(spec->defaultValue, 300);
    QCOMPARE(spec->minimum, 10);
    QCOMPARE(spec->maximum, 5000);
    QVERIFY(core::PolicySettings::label(key) != key);
    QVERIFY(!core::PolicySettings::unit(key).isEmpty());
    auto policy = station().currentPolicy();
    PL_VERIFY_OK(policy);
    QCOMPARE(policy->sensitiveCautionMetres(), 300);
}

void TestSensitiveLocations::mapSettingsAreValidated() {
    auto& service = station().mapSettings();
    const QString notSqlite = QDir(m_files.path()).filePath(QStringLiteral("plain.mbtiles"));
    {
        QFile f(notSqlite);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all");
    }
    const QString aFile = QDir(m_files.path()).filePath(QStringLiteral("file.txt"));
    {
        QFile f(aFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    struct Case {
        core::MapSettings settings;
        const char* expected;
    };
    const QList<Case> cases = {
        {{QStringLiteral("/nonexistent/city.mbtiles"), {}, {}}, "does not exist"},
        {{notSqlite, {}, {}}, "not an MBTiles"},
        {{{}, QStringLiteral("https://tiles.local/tiles.png"), {}}, "{z}"},
        {{{}, QStringLiteral("https://tiles.local/{z}/{x}.png"), {}}, "{y}"},
        {{{}, QStringLiteral("ftp://tiles.local/{z}/{x}/{y}.png"), {}}, "http"},
        {{{}, QStringLiteral("tiles.local/{z}/{x}/{y}.png"), {}}, "http"},
        {{{}, QStringLiteral("http:///{z}/{x}/{y}.png"), {}}, "server"},
        {{{}, {}, aFile}, "not a folder"},
    };
    for (const Case& c : cases) {
        auto set = service.setMapSettings(admin(), c.settings);
        PL_VERIFY_ERROR(set, ErrorCode::InvalidArgument);
        QVERIFY2(set.error().message().contains(QLatin1String(c.expected)),
                 qPrintable(set.error().message()));
    }
    auto stored = station().database().queryInt(
        "SELECT count(*) FROM settings WHERE key LIKE 'map.%' AND key <> "
        "'map.sensitive_caution_metres'");
    PL_VERIFY_OK(stored);
    QCOMPARE(stored.value(), 0);
    QCOMPARE(AuditReader::withAction(station().database(), core::AuditAction::mapSettingsChanged())
                 .size(),
             0);
}

void TestSensitiveLocations::mapSettingsAreStoredAndAudited() {
    auto& service = station().mapSettings();
    auto initial = service.mapSettings(admin());
    PL_VERIFY_OK(initial);
    QCOMPARE(initial.value(), core::MapSettings{});

    const QString mbtiles = QDir(m_files.path()).filePath(QStringLiteral("city.mbtiles"));
    {
        QFile f(mbtiles);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(100, '\0'));
    }
    const QString cache = QDir(m_files.path()).filePath(QStringLiteral("cache/tiles"));
    core::MapSettings wanted{mbtiles, QStringLiteral("https://tiles.agency.local/{z}/{x}/{y}.png"),
                             cache};
    PL_VERIFY_OK(service.setMapSettings(admin(), wanted));
    QVERIFY(QFileInfo(cache).isDir()); // created
    auto read = service.mapSettings(admin());
    PL_VERIFY_OK(read);
    QCOMPARE(read.value(), wanted);

    auto event = AuditReader::last(station().database(), core::AuditAction::mapSettingsChanged());
    QVERIFY(event.seq > 0);
    QJsonObject details = AuditReader::details(event);
    QCOMPARE(details.value(QStringLiteral("from"))
                 .toObject()
                 .value(QStringLiteral("tile_url"))
                 .toString(),
             QString());
    QCOMPARE(
        details.value(QStringLiteral("to")).toObject().value(QStringLiteral("tile_url")).toString(),
        wanted.tileUrl);

    // The same values again record nothing; a file URL is allowed.
    PL_VERIFY_OK(service.setMapSettings(admin(), wanted));
    QCOMPARE(AuditReader::withAction(station().database(), core::AuditAction::mapSettingsChanged())
                 .size(),
             1);
    core::MapSettings fileUrl{{}, QStringLiteral("file:///srv/tiles/{z}/{x}/{y}.png"), {}};
    PL_VERIFY_OK(service.setMapSettings(admin(), fileUrl));
    read = service.mapSettings(admin());
    PL_VERIFY_OK(read);
    QCOMPARE(read.value(), fileUrl);
    details = AuditReader::details(
        AuditReader::last(station().database(), core::AuditAction::mapSettingsChanged()));
    QCOMPARE(details.value(QStringLiteral("from"))
                 .toObject()
                 .value(QStringLiteral("mbtiles_path"))
                 .toString(),
             mbtiles);

    // Text settings beside the policy values leave the policy as it was.
    auto policy = station().currentPolicy();
    PL_VERIFY_OK(policy);
    QCOMPARE(policy->sensitiveCautionMetres(), 300);
    QCOMPARE(policy->retentionDays(), 730);
}

void TestSensitiveLocations::mapSettingsPermissions() {
    QVERIFY(m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    core::MapSettings wanted{{}, QStringLiteral("http://tiles.local/{z}/{x}/{y}.png"), {}};
    PL_VERIFY_OK(station().mapSettings().setMapSettings(admin(), wanted));
    auto ivan = m_ts->loginActive(QStringLiteral("ivan"), TestStation::userPassword());
    QVERIFY(ivan.station);
    auto read = ivan.station->mapSettings().mapSettings(ivan.session);
    PL_VERIFY_OK(read);
    QCOMPARE(read->tileUrl, wanted.tileUrl);
    PL_VERIFY_ERROR(ivan.station->mapSettings().setMapSettings(ivan.session, core::MapSettings{}),
                    ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestSensitiveLocations)
#include "tst_sensitivelocations.moc"
