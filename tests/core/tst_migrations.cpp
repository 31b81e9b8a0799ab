// Numbered schema migrations: from an empty keyed database to the latest
// version, a failing step that leaves the previous version, and a store newer
// than the program that is refused and left alone.

#include "core/audit/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/Store.h"
#include "tests/support/Checks.h"
#include "tests/support/RawStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;
using core::ErrorCode;
using core::Migrations;
using tests::RawStore;

namespace {

// A new, empty database keyed with a random key, as Store::create starts.
struct EmptyDatabase {
    QTemporaryDir dir;
    QString path = QDir(dir.path()).filePath(QStringLiteral("migrate.plstore"));
    core::SecretBytes key = core::SecretBytes::random(32);
    std::unique_ptr<core::Database> db;

    bool open() {
        auto opened = core::Database::open(path, core::Database::OpenMode::CreateNew);
        if (!opened || !opened.value()->applyKey(key))
            return false;
        db = std::move(opened.value());
        return true;
    }
};

bool tableExists(core::Database& db, const QString& name) {
    auto stmt = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1");
    if (!stmt)
        return false;
    stmt.value().bind(1, name);
    auto row = stmt.value().step();
    return row && row.value() && stmt.value().integer(0) == 1;
}

int userVersion(core::Database& db) {
    auto version = Migrations::currentVersion(db);
    return version ? version.value() : -1;
}

core::Status createTable(core::Database& db, const char* sql) {
    return db.exec(sql);
}

std::vector<Migrations::Step> twoSteps(bool secondFails) {
    return {
        {1, "first",
         [](core::Database& db) {
             return createTable(db, "CREATE TABLE step_one (x)");
         }},
        {2, "second",
         [secondFails](core::Database& db) -> core::Status {
             if (auto created = createTable(db, "CREATE TABLE step_two (x)"); !created)
                 return created;
             if (secondFails)
                 return core::Error(ErrorCode::Database, QStringLiteral("step two broke"));
             return {};
         }},
    };
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stepsAreNumberedInOrder();
    void emptyDatabaseMigratesToLatest();
    void migratingAgainChangesNothing();
    void failingStepLeavesPreviousVersion();
    void newerStoreIsRefusedUntouched();
    void newerStoreIsRefusedByStoreOpen();
    void version1StoreGainsReadsKeepingItsData();
    void version5StoreGainsSensitiveLocations();
    void version6StoreGainsAuditReviewKeepingItsTrail();
};

void TestMigrations::stepsAreNumberedInOrder() {
    const auto& steps = Migrations::steps();
    QVERIFY(!steps.empty());
    for (size_t i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].version, static_cast<int>(i) + 1);
        QVERIFY(steps[i].apply);
    }
    QCOMPARE(Migrations::latestVersion(), steps.back().version);
}

void TestMigrations::emptyDatabaseMigratesToLatest() {
    EmptyDatabase empty;
    QVERIFY(empty.open());
    core::Database& db = *empty.db;
    QCOMPARE(userVersion(db), 0);

    auto migrated = Migrations::migrate(db);
    PL_VERIFY_OK(migrated);
    QCOMPARE(migrated.value(), 0); // the version before
    QCOMPARE(userVersion(db), Migrations::latestVersion());

    for (const QString& table :
         {QStringLiteral("store_meta"), QStringLiteral("users"), QStringLiteral("settings"),
          QStringLiteral("audit_events"), QStringLiteral("audit_head"),
          QStringLiteral("ingested_events"), QStringLiteral("sensitive_locations")})
        QVERIFY2(tableExists(db, table), qPrintable(table));
    auto triggers = db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'");
    PL_VERIFY_OK(triggers);
    QVERIFY(triggers.value() >= 4);
    auto applicationId = db.queryInt("PRAGMA application_id");
    PL_VERIFY_OK(applicationId);
    QCOMPARE(applicationId.value(), qint64(Migrations::kApplicationId));
    auto head = core::AuditLog::head(db);
    PL_VERIFY_OK(head);
    QCOMPARE(head.value().seq, qint64(0));

    // Written encrypted from the first page on.
    QVERIFY(!RawStore::readFile(empty.path).startsWith("SQLite format 3"));
}

void TestMigrations::version1StoreGainsReadsKeepingItsData() {
    EmptyDatabase empty;
    QVERIFY(empty.open());
    core::Database& db = *empty.db;
    // A store as version 1 left it, with a user and a setting.
    const std::vector<Migrations::Step> first(Migrations::steps().begin(),
                                              Migrations::steps().begin() + 1);
    PL_VERIFY_OK(Migrations::migrate(db, first));
    PL_VERIFY_OK(db.exec("INSERT INTO users (name, display_name, role, password_changed_utc, "
                         "created_utc) VALUES ('ann', 'Ann', 'agent', '2026-01-01T00:00:00.000Z', "
                         "'2026-01-01T00:00:00.000Z');"
                         "INSERT INTO settings (key, value, changed_utc) VALUES ('k', 'v', "
                         "'2026-01-01T00:00:00.000Z')"));
    QCOMPARE(userVersion(db), 1);

    auto migrated = Migrations::migrate(db);
    PL_VERIFY_OK(migrated);
    QCOMPARE(migrated.value(), 1);
    QCOMPARE(userVersion(db), Migrations::latestVersion());
    for (const QString& table : {QStringLiteral("devices"), QStringLiteral("imports"),
                                 QStringLiteral("reads"), QStringLiteral("read_images"),
                                 QStringLiteral("import_rows"), QStringLiteral("import_profiles")})
        QVERIFY2(tableExists(db, table), qPrintable(table));
    auto users = db.queryText("SELECT display_name FROM users WHERE name = 'ann'");
    PL_VERIFY_OK(users);
    QCOMPARE(users.value(), QStringLiteral("Ann"));
    auto settings = db.queryInt("SELECT count(*) FROM settings");
    PL_VERIFY_OK(settings);
    QCOMPARE(settings.value(), 1);
    // Reads need a known device and import.
    PL_VERIFY_OK(db.exec("PRAGMA foreign_keys = ON"));
    QVERIFY(!db.exec("INSERT INTO reads (plate_raw, plate, match_key, time_ms, device_id, source) "
                     "VALUES ('A1', 'A1', 'A1', 0, 99, 'import')"));
}

void TestMigrations::version5StoreGainsSensitiveLocations() {
    EmptyDatabase empty;
    QVERIFY(empty.open());
    core::Database& db = *empty.db;
    const std::vector<Migrations::Step> upTo5(Migrations::steps().begin(),
                                              Migrations::steps().begin() + 5);
    PL_VERIFY_OK(Migrations::migrate(db, upTo5));
    QCOMPARE(userVersion(db), 5);
    PL_VERIFY_OK(db.exec("INSERT INTO users (name, display_name, role, password_changed_utc, "
                         "created_utc) VALUES ('ada', 'Ada', 'administrator', "
                         "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');"
                         "INSERT INTO settings (key, value, changed_utc) VALUES "
                         "('retention.days', '400', '2026-01-01T00:00:00.000Z')"));
    QVERIFY(!tableExists(db, QStringLiteral("sensitive_locations")));

    auto migrated = Migrations::migrate(db);
    PL_VERIFY_OK(migrated);
    QCOMPARE(migrated.value(), 5);
    QCOMPARE(userVersion(db), Migrations::latestVersion());
    QVERIFY(tableExists(db, QStringLiteral("sensitive_locations")));
    auto kept = db.queryText("SELECT value FROM settings WHERE key = 'retention.days'");
    PL_VERIFY_OK(kept);
    QCOMPARE(kept.value(), QStringLiteral("400"));

    PL_VERIFY_OK(db.exec("INSERT INTO sensitive_locations (name, category, latitude, longitude, "
                         "created_utc, created_by) VALUES ('Elm School', 'school', 30.1, -97.2, "
                         "'2026-01-02T00:00:00.000Z', 1)"));
    // Unknown categories, coordinates off the globe and blank names are refused.
    QVERIFY(!db.exec("INSERT INTO sensitive_locations (name, category, latitude, longitude, "
                     "created_utc) VALUES ('X', 'bar', 0, 0, '2026-01-02T00:00:00.000Z')"));
    QVERIFY(!db.exec("INSERT INTO sensitive_locations (name, category, latitude, longitude, "
                     "created_utc) VALUES ('X', 'other', 91, 0, '2026-01-02T00:00:00.000Z')"));
    QVERIFY(!db.exec("INSERT INTO sensitive_locations (name, category, latitude, longitude, "
                     "created_utc) VALUES ('X', 'other', 0, 181, '2026-01-02T00:00:00.000Z')"));
    QVERIFY(!db.exec("INSERT INTO sensitive_locations (name, category, latitude, longitude, "
                     "created_utc) VALUES ('  ', 'other', 0, 0, '2026-01-02T00:00:00.000Z')"));
    // A removal needs its reason, and rows are never deleted.
    QVERIFY(!db.exec("UPDATE sensitive_locations SET removed_utc = '2026-01-03T00:00:00.000Z'"));
    PL_VERIFY_OK(db.exec("UPDATE sensitive_locations SET removed_utc = "
                         "'2026-01-03T00:00:00.000Z', removed_reason = 'closed'"));
    QVERIFY(!db.exec("DELETE FROM sensitive_locations"));
    auto rows = db.queryInt("SELECT count(*) FROM sensitive_locations");
    PL_VERIFY_OK(rows);
    QCOMPARE(rows.value(), 1);
}

void TestMigrations::version6StoreGainsAuditReviewKeepingItsTrail() {
    EmptyDatabase empty;
    QVERIFY(empty.open());
    core::Database& db = *empty.db;
    const std::vector<Migrations::Step> upTo6(Migrations::steps().begin(),
                                              Migrations::steps().begin() + 6);
    PL_VERIFY_OK(Migrations::migrate(db, upTo6));
    QCOMPARE(userVersion(db), 6);
    PL_VERIFY_OK(db.exec("INSERT INTO users (name, display_name, role, password_changed_utc, "
                         "created_utc) VALUES ('sam', 'Sam', 'supervisor', "
                         "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');"
                         "INSERT INTO audit_events (seq, time_utc, user_name, action, details, "
                         "outcome, prev_hash, hash) VALUES (1, '2026-01-01T00:00:00.000Z', 'sam', "
                         "'login.success', '{}', 'success', zeroblob(32), randomblob(32));"
                         "INSERT INTO audit_events (seq, time_utc, user_name, action, details, "
                         "outcome, prev_hash, hash) VALUES (2, '2026-01-01T00:00:01.000Z', 'sam', "
                         "'search.run', '{\"plate\":\"ab-12\"}', 'success', "
                         "(SELECT hash FROM audit_head), randomblob(32))"));
    QVERIFY(!tableExists(db, QStringLiteral("audit_flags")));

    auto migrated = Migrations::migrate(db);
    PL_VERIFY_OK(migrated);
    QCOMPARE(migrated.value(), 6);
    QCOMPARE(userVersion(db), Migrations::latestVersion());
    for (const QString& table :
         {QStringLiteral("audit_event_plates"), QStringLiteral("audit_derived_state"),
          QStringLiteral("audit_flags"), QStringLiteral("audit_flag_reviews"),
          QStringLiteral("audit_reviews"), QStringLiteral("audit_review_items")})
        QVERIFY2(tableExists(db, table), qPrintable(table));
    auto events = db.queryInt("SELECT count(*) FROM audit_events");
    PL_VERIFY_OK(events);
    QCOMPARE(events.value(), 2);
    // The plates of the events already there are indexed, normalised.
    auto plates = db.queryText("SELECT plate || '@' || seq FROM audit_event_plates");
    PL_VERIFY_OK(plates);
    QCOMPARE(plates.value(), QStringLiteral("AB12@2"));

    // Flag reviews are kept as written; a review needs a note to be signed,
    // and once signed it cannot change; nothing is deleted.
    QVERIFY(!db.exec("INSERT INTO audit_flag_reviews (seq, reviewed_by, reviewed_utc, note, "
                     "audit_seq) VALUES (1, 1, '2026-01-02T00:00:00.000Z', '  ', 2)"));
    PL_VERIFY_OK(db.exec("INSERT INTO audit_flag_reviews (seq, reviewed_by, reviewed_utc, note, "
                         "audit_seq) VALUES (1, 1, '2026-01-02T00:00:00.000Z', 'ok', 2)"));
    QVERIFY(!db.exec("UPDATE audit_flag_reviews SET note = 'changed'"));
    QVERIFY(!db.exec("DELETE FROM audit_flag_reviews"));
    PL_VERIFY_OK(db.exec("INSERT INTO audit_reviews (period_start, period_end, started_by, "
                         "started_utc) VALUES ('2026-01-01T00:00:00.000Z', "
                         "'2026-04-01T00:00:00.000Z', 1, '2026-04-02T00:00:00.000Z')"));
    QVERIFY(!db.exec("UPDATE audit_reviews SET signed_utc = '2026-04-03T00:00:00.000Z', "
                     "signed_by = 1"));
    PL_VERIFY_OK(db.exec("UPDATE audit_reviews SET signed_utc = '2026-04-03T00:00:00.000Z', "
                         "signed_by = 1, note = 'all in order'"));
    QVERIFY(!db.exec("UPDATE audit_reviews SET note = 'rewritten'"));
    QVERIFY(!db.exec("DELETE FROM audit_reviews"));
    // An item is checked once and then kept as checked.
    PL_VERIFY_OK(db.exec("INSERT INTO audit_review_items (review_id, seq, kind) "
                         "VALUES (1, 1, 'sample')"));
    PL_VERIFY_OK(db.exec("UPDATE audit_review_items SET checked_by = 1, "
                         "checked_utc = '2026-04-02T00:00:00.000Z'"));
    QVERIFY(!db.exec("UPDATE audit_review_items SET note = 'afterwards'"));
    QVERIFY(!db.exec("DELETE FROM audit_review_items"));
    QVERIFY(!db.exec("INSERT INTO audit_reviews (period_start, period_end, started_by, "
                     "started_utc) VALUES ('2026-04-01T00:00:00.000Z', "
                     "'2026-01-01T00:00:00.000Z', 1, '2026-04-02T00:00:00.000Z')"));
}

void TestMigrations::migratingAgainChangesNothing() {
    EmptyDatabase empty;
    QVERIFY(empty.open());
    PL_VERIFY_OK(Migrations::migrate(*empty.db));
    const QByteArray before = RawStore::fileSha256(empty.path);

    auto again = Migrations::migrate(*empty.db);
    PL_VERIFY_OK(again);
    QCOMPARE(again.value(), Migrations::latestVersion());
    QCOMPARE(RawStore::fileSha256(empty.path), before);
}

void TestMigrations::failingStepLeavesPreviousVersion() {
    EmptyDatabase empty;
    QVERIFY(empty.open());
    core::Database& db = *empty.db;

    auto failed = Migrations::migrate(db, twoSteps(true));
    PL_VERIFY_ERROR(failed, ErrorCode::Database);
    QVERIFY(failed.error().message().contains(QStringLiteral("step two broke")));
    QVERIFY(failed.error().message().contains(QStringLiteral("2")));
    QCOMPARE(userVersion(db), 1);
    QVERIFY(tableExists(db, QStringLiteral("step_one")));
    QVERIFY(!tableExists(db, QStringLiteral("step_two")));

    // Once the step is fixed, migration resumes from version 1.
    auto resumed = Migrations::migrate(db, twoSteps(false));
    PL_VERIFY_OK(resumed);
    QCOMPARE(resumed.value(), 1);
    QCOMPARE(userVersion(db), 2);
    QVERIFY(tableExists(db, QStringLiteral("step_two")));
}

void TestMigrations::newerStoreIsRefusedUntouched() {
    EmptyDatabase empty;
    QVERIFY(empty.open());
    core::Database& db = *empty.db;
    PL_VERIFY_OK(Migrations::migrate(db, twoSteps(false)));
    PL_VERIFY_OK(db.exec("PRAGMA user_version = 3"));
    const QByteArray before = RawStore::fileSha256(empty.path);

    auto refused = Migrations::migrate(db, twoSteps(false));
    PL_VERIFY_ERROR(refused, ErrorCode::NewerSchema);
    QCOMPARE(refused.error().detail().toInt(), 3);
    QVERIFY(refused.error().message().contains(QStringLiteral("3")));
    QCOMPARE(userVersion(db), 3);
    QCOMPARE(RawStore::fileSha256(empty.path), before);
}

void TestMigrations::newerStoreIsRefusedByStoreOpen() {
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("newer.plstore"));
    const core::SecretBytes key = core::SecretBytes::random(32);
    {
        auto created = core::Store::create(path, key.clone());
        PL_VERIFY_OK(created);
        PL_VERIFY_OK(created.value()->database().exec("PRAGMA user_version = 99"));
    }
    const QByteArray before = RawStore::fileSha256(path);

    auto opened = core::Store::open(path, key.clone());
    PL_VERIFY_ERROR(opened, ErrorCode::NewerSchema);
    QCOMPARE(opened.error().detail().toInt(), 99);
    QCOMPARE(RawStore::fileSha256(path), before);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
