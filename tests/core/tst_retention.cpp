// Retention: which reads a purge removes and keeps, that every removal is in
// the audit trail with its count and id digest, batches, cancels and who may
// start a purge.

#include "core/audit/AuditAction.h"
#include "core/cases/CaseService.h"
#include "core/cases/VerificationService.h"
#include "core/common/TimeFormat.h"
#include "core/retention/RetentionService.h"
#include "core/store/Database.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QCryptographicHash>
#include <QTest>

#include <atomic>
#include <thread>

using namespace pl;
using core::ErrorCode;
using core::RetentionOptions;
using tests::AuditReader;
using tests::TestStation;

namespace {

// The digest as the retention rule defines it, computed here independently.
QString digestOf(QList<qint64> ids) {
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char(',')).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

qint64 count(core::Database& db, const char* sql) {
    auto value = db.queryInt(sql);
    return value ? value.value() : -1;
}

} // namespace

class TestRetention : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void previewRemovesNothing();
    void purgeKeepsHeldAndRecentReads();
    void closingCaseReleasesItsReads();
    void batchesAreAuditedOneByOne();
    void cancelKeepsWhatWasRemoved();
    void whoMayPurge();
    void oldImportLinesGo();
    void jobRunsOnAnotherThread();

private:
    // A read taken daysAgo days before now, with a plate image.
    qint64 addRead(const QString& plate, int daysAgo);
    core::Database& db() { return m_ts->station().database(); }

    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_ivan; // investigator
};

void TestRetention::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    m_ivan = m_ts->loginActive(QStringLiteral("ivan"), TestStation::userPassword());
    QVERIFY(m_ivan.station);
    PL_VERIFY_OK(
        db().exec("INSERT INTO devices (id, name, type, time_zone, created_utc) "
                  "VALUES (1, 'Test camera', 'fixed', 'UTC', '2020-01-01T00:00:00.000Z')"));
}

void TestRetention::cleanup() {
    m_ivan = {};
    m_ts.reset();
}

qint64 TestRetention::addRead(const QString& plate, int daysAgo) {
    auto stmt = db().prepare("INSERT INTO reads (plate_raw, plate, match_key, time_ms, device_id, "
                             "source) VALUES (?1, ?1, ?1, ?2, 1, 'live')");
    if (!stmt)
        return 0;
    stmt.value().bind(1, plate).bind(2,
                                     m_ts->clock().nowUtc().addDays(-daysAgo).toMSecsSinceEpoch());
    if (!stmt.value().run())
        return 0;
    const qint64 id = db().lastInsertRowId();
    auto image = db().prepare("INSERT INTO read_images (read_id, kind, data) VALUES (?1, ?2, ?3)");
    if (!image)
        return 0;
    image.value().bind(1, id).bind(2, QStringLiteral("plate")).bindBlob(3, plate.toUtf8());
    if (!image.value().run())
        return 0;
    return id;
}

void TestRetention::previewRemovesNothing() {
    const qint64 old = addRead(QStringLiteral("OLD1"), 800);
    const qint64 held = addRead(QStringLiteral("HELD1"), 800);
    QVERIFY(addRead(QStringLiteral("NEW1"), 10) > 0);
    core::NewCase request{QStringLiteral("A-1"),
                          QStringLiteral("Fleet"),
                          core::NewCase::Kind::Administrative,
                          {},
                          {}};
    PL_VERIFY_OK(m_ivan.station->cases().open(m_ivan.session, request));
    PL_VERIFY_OK(m_ivan.station->cases().linkRead(m_ivan.session, QStringLiteral("A-1"), held));
    QVERIFY(old > 0);

    auto preview = m_ts->station().retention().preview(m_ts->adminSession());
    PL_VERIFY_OK(preview);
    QCOMPARE(preview.value().cutoffUtc, m_ts->clock().nowUtc().addDays(-730));
    QCOMPARE(preview.value().expiredReads, 1);
    QCOMPARE(preview.value().heldReads, 1);
    QCOMPARE(count(db(), "SELECT count(*) FROM reads"), 3);
    QCOMPARE(count(db(), "SELECT count(*) FROM read_images"), 3);

    const auto event = AuditReader::last(db(), core::AuditAction::retentionPreviewed());
    QVERIFY(event.seq > 0);
    QCOMPARE(AuditReader::details(event).value(QStringLiteral("expired")).toInt(), 1);
    QCOMPARE(AuditReader::details(event).value(QStringLiteral("held")).toInt(), 1);
    QVERIFY(AuditReader::withAction(db(), core::AuditAction::retentionPurged()).isEmpty());
}

void TestRetention::purgeKeepsHeldAndRecentReads() {
    const qint64 old1 = addRead(QStringLiteral("OLD1"), 800);
    const qint64 held = addRead(QStringLiteral("HELD1"), 900);
    const qint64 recent = addRead(QStringLiteral("NEW1"), 729);
    const qint64 old2 = addRead(QStringLiteral("OLD2"), 731);
    const qint64 ofClosed = addRead(QStringLiteral("CLOSED1"), 1000);
    QVERIFY(old1 > 0 && held > 0 && recent > 0 && old2 > 0 && ofClosed > 0);
    core::CaseService& cases = m_ivan.station->cases();
    PL_VERIFY_OK(cases.open(m_ivan.session, {QStringLiteral("OPEN-1"),
                                             QStringLiteral("Open"),
                                             core::NewCase::Kind::Administrative,
                                             {},
                                             {}}));
    PL_VERIFY_OK(cases.open(m_ivan.session, {QStringLiteral("DONE-1"),
                                             QStringLiteral("Done"),
                                             core::NewCase::Kind::Administrative,
                                             {},
                                             {}}));
    PL_VERIFY_OK(cases.linkRead(m_ivan.session, QStringLiteral("OPEN-1"), held));
    PL_VERIFY_OK(cases.linkRead(m_ivan.session, QStringLiteral("DONE-1"), ofClosed));
    PL_VERIFY_OK(cases.close(m_ivan.session, QStringLiteral("DONE-1")));
    PL_VERIFY_OK(m_ivan.station->verifications().record(m_ivan.session, old1,
                                                        core::Verification::Decision::Confirmed));

    auto run = m_ts->station().retention().run(m_ts->adminSession());
    PL_VERIFY_OK(run);
    QCOMPARE(run.value().readsRemoved, 3);
    QCOMPARE(run.value().imagesRemoved, 3);
    QCOMPARE(run.value().verificationsRemoved, 1);
    QCOMPARE(run.value().caseLinksRemoved, 1);
    QCOMPARE(run.value().heldReads, 1);
    QVERIFY(!run.value().cancelled);

    auto left = db().prepare("SELECT id FROM reads ORDER BY id");
    PL_VERIFY_OK(left);
    QList<qint64> remaining;
    while (left.value().step().value())
        remaining.append(left.value().integer(0));
    QCOMPARE(remaining, (QList<qint64>{held, recent}));
    QCOMPARE(count(db(), "SELECT count(*) FROM read_images"), 2);
    QCOMPARE(count(db(), "SELECT count(*) FROM verifications"), 0);
    QCOMPARE(count(db(), "SELECT count(*) FROM case_reads"), 1);

    const auto purges = AuditReader::withAction(db(), core::AuditAction::retentionPurged());
    QCOMPARE(purges.size(), 2);
    QCOMPARE(purges.at(0).targetKind, QStringLiteral("reads"));
    const auto batch = AuditReader::details(purges.at(0));
    QCOMPARE(batch.value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(batch.value(QStringLiteral("ids_sha256")).toString(),
             digestOf({old1, old2, ofClosed}));
    QCOMPARE(batch.value(QStringLiteral("cutoff_utc")).toString(),
             core::TimeFormat::toStorage(m_ts->clock().nowUtc().addDays(-730)));
    QCOMPARE(batch.value(QStringLiteral("scheduled")).toBool(), false);
    QCOMPARE(purges.at(1).targetKind, QStringLiteral("run"));
    const auto summary = AuditReader::details(purges.at(1));
    QCOMPARE(summary.value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("ids_sha256")).toString(),
             digestOf({old1, old2, ofClosed}));
    QCOMPARE(summary.value(QStringLiteral("held")).toInt(), 1);
    QCOMPARE(purges.at(1).userName, TestStation::adminName());
}

void TestRetention::closingCaseReleasesItsReads() {
    const qint64 held = addRead(QStringLiteral("HELD1"), 800);
    core::CaseService& cases = m_ivan.station->cases();
    PL_VERIFY_OK(cases.open(m_ivan.session, {QStringLiteral("C-1"),
                                             QStringLiteral("Robbery"),
                                             core::NewCase::Kind::Criminal,
                                             QStringLiteral("felony"),
                                             {}}));
    PL_VERIFY_OK(cases.linkRead(m_ivan.session, QStringLiteral("C-1"), held));

    auto first = m_ts->station().retention().run(m_ts->adminSession());
    PL_VERIFY_OK(first);
    QCOMPARE(first.value().readsRemoved, 0);
    QCOMPARE(count(db(), "SELECT count(*) FROM reads"), 1);

    PL_VERIFY_OK(cases.close(m_ivan.session, QStringLiteral("C-1")));
    m_ts->clock().advanceDays(1);
    auto second = m_ts->station().retention().run(m_ts->adminSession());
    PL_VERIFY_OK(second);
    QCOMPARE(second.value().readsRemoved, 1);
    QCOMPARE(second.value().caseLinksRemoved, 1);
    QCOMPARE(count(db(), "SELECT count(*) FROM reads"), 0);
    QCOMPARE(count(db(), "SELECT count(*) FROM read_images"), 0);
    // The closed case keeps its record; only the link went.
    auto closed = cases.find(m_ivan.session, QStringLiteral("C-1"));
    PL_VERIFY_OK(closed);
    QCOMPARE(closed.value().linkedReads, 0);
    const auto batch = AuditReader::withAction(db(), core::AuditAction::retentionPurged());
    QCOMPARE(batch.size(), 3); // empty first run, then a batch and its run
    QCOMPARE(AuditReader::details(batch.at(1)).value(QStringLiteral("ids_sha256")).toString(),
             digestOf({held}));
}

void TestRetention::batchesAreAuditedOneByOne() {
    QList<qint64> old;
    for (int i = 0; i < 25; ++i)
        old.append(addRead(QStringLiteral("OLD%1").arg(i), 740 + i));
    QVERIFY(addRead(QStringLiteral("NEW"), 1) > 0);

    QList<core::RetentionProgress> seen;
    RetentionOptions options;
    options.batchSize = 10;
    options.progress = [&seen](const core::RetentionProgress& progress) {
        seen.append(progress);
        return true;
    };
    auto run = m_ts->station().retention().run(m_ts->adminSession(), options);
    PL_VERIFY_OK(run);
    QCOMPARE(run.value().readsRemoved, 25);
    QCOMPARE(run.value().batches, 3);
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen.at(0).removed, 10);
    QCOMPARE(seen.at(2).removed, 25);
    QCOMPARE(seen.at(2).total, 25);

    const auto events = AuditReader::withAction(db(), core::AuditAction::retentionPurged());
    QCOMPARE(events.size(), 4);
    QCOMPARE(AuditReader::details(events.at(0)).value(QStringLiteral("ids_sha256")).toString(),
             digestOf(old.mid(0, 10)));
    QCOMPARE(AuditReader::details(events.at(1)).value(QStringLiteral("ids_sha256")).toString(),
             digestOf(old.mid(10, 10)));
    QCOMPARE(AuditReader::details(events.at(2)).value(QStringLiteral("count")).toInt(), 5);
    QCOMPARE(AuditReader::details(events.at(2)).value(QStringLiteral("ids_sha256")).toString(),
             digestOf(old.mid(20)));
    QCOMPARE(AuditReader::details(events.at(3)).value(QStringLiteral("ids_sha256")).toString(),
             digestOf(old));
    QCOMPARE(count(db(), "SELECT count(*) FROM reads"), 1);
}

void TestRetention::cancelKeepsWhatWasRemoved() {
    QList<qint64> old;
    for (int i = 0; i < 25; ++i)
        old.append(addRead(QStringLiteral("OLD%1").arg(i), 800));

    std::atomic_bool stop{true};
    RetentionOptions before;
    before.cancel = &stop;
    auto nothing = m_ts->station().retention().run(m_ts->adminSession(), before);
    PL_VERIFY_OK(nothing);
    QVERIFY(nothing.value().cancelled);
    QCOMPARE(nothing.value().readsRemoved, 0);
    QCOMPARE(count(db(), "SELECT count(*) FROM reads"), 25);

    RetentionOptions options;
    options.batchSize = 10;
    options.progress = [](const core::RetentionProgress&) {
        return false;
    };
    auto run = m_ts->station().retention().run(m_ts->adminSession(), options);
    PL_VERIFY_OK(run);
    QVERIFY(run.value().cancelled);
    QCOMPARE(run.value().readsRemoved, 10);
    QCOMPARE(count(db(), "SELECT count(*) FROM reads"), 15);
    QCOMPARE(count(db(), "SELECT count(*) FROM read_images"), 15);

    const auto events = AuditReader::withAction(db(), core::AuditAction::retentionPurged());
    QCOMPARE(events.size(), 3); // cancelled at once; one batch and its cancelled run
    QCOMPARE(AuditReader::details(events.at(0)).value(QStringLiteral("cancelled")).toBool(), true);
    QCOMPARE(AuditReader::details(events.at(0)).value(QStringLiteral("count")).toInt(), 0);
    QCOMPARE(AuditReader::details(events.at(1)).value(QStringLiteral("ids_sha256")).toString(),
             digestOf(old.mid(0, 10)));
    const auto summary = AuditReader::details(events.at(2));
    QCOMPARE(summary.value(QStringLiteral("cancelled")).toBool(), true);
    QCOMPARE(summary.value(QStringLiteral("count")).toInt(), 10);
    QCOMPARE(summary.value(QStringLiteral("ids_sha256")).toString(), digestOf(old.mid(0, 10)));
}

void TestRetention::whoMayPurge() {
    QVERIFY(addRead(QStringLiteral("OLD1"), 800) > 0);
    core::RetentionService& retention = m_ivan.station->retention();
    PL_VERIFY_ERROR(retention.run(m_ivan.session), ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(retention.preview(m_ivan.session), ErrorCode::PermissionDenied);
    QCOMPARE(count(db(), "SELECT count(*) FROM reads"), 1);

    auto due = retention.scheduledRunDue(m_ivan.session);
    PL_VERIFY_OK(due);
    QVERIFY(due.value());
    RetentionOptions scheduled;
    scheduled.scheduled = true;
    auto run = retention.run(m_ivan.session, scheduled);
    PL_VERIFY_OK(run);
    QCOMPARE(run.value().readsRemoved, 1);
    const auto event = AuditReader::last(db(), core::AuditAction::retentionPurged());
    QCOMPARE(event.userName, QStringLiteral("ivan"));
    QCOMPARE(AuditReader::details(event).value(QStringLiteral("scheduled")).toBool(), true);

    due = retention.scheduledRunDue(m_ivan.session);
    PL_VERIFY_OK(due);
    QVERIFY(!due.value());
    m_ts->clock().advanceDays(1);
    due = retention.scheduledRunDue(m_ivan.session);
    PL_VERIFY_OK(due);
    QVERIFY(due.value());

    RetentionOptions bad;
    bad.batchSize = 0;
    PL_VERIFY_ERROR(m_ts->station().retention().run(m_ts->adminSession(), bad),
                    ErrorCode::InvalidArgument);
}

void TestRetention::oldImportLinesGo() {
    const auto addImport = [this](int daysAgo) -> qint64 {
        auto stmt = db().prepare(
            "INSERT INTO imports (file_name, file_path, file_sha256, file_size, profile_id, "
            "profile_definition, time_zone, options, user_id, started_utc, finished_utc, status) "
            "VALUES ('dump.csv', '/tmp/dump.csv', 'ab', 10, 'p', '{}', 'UTC', '{}', 1, ?1, ?1, "
            "'complete')");
        if (!stmt)
            return 0;
        stmt.value().bind(1, core::TimeFormat::toStorage(m_ts->clock().nowUtc().addDays(-daysAgo)));
        if (!stmt.value().run())
            return 0;
        const qint64 id = db().lastInsertRowId();
        auto row = db().prepare("INSERT INTO import_rows (import_id, line, last_line, outcome, "
                                "reason, raw) VALUES (?1, 7, 7, 'rejected', 'bad_datetime', "
                                "'ABC123,32/13/2024')");
        if (!row)
            return 0;
        row.value().bind(1, id);
        return row.value().run() ? id : 0;
    };
    const qint64 old = addImport(800);
    const qint64 recent = addImport(100);
    QVERIFY(old > 0 && recent > 0);

    auto preview = m_ts->station().retention().preview(m_ts->adminSession());
    PL_VERIFY_OK(preview);
    QCOMPARE(preview.value().expiredImportRows, 1);
    auto run = m_ts->station().retention().run(m_ts->adminSession());
    PL_VERIFY_OK(run);
    QCOMPARE(run.value().importRowsRemoved, 1);
    auto left = db().queryInt("SELECT import_id FROM import_rows");
    PL_VERIFY_OK(left);
    QCOMPARE(left.value(), recent);
    // The import's record stays; only its raw lines went.
    QCOMPARE(count(db(), "SELECT count(*) FROM imports"), 2);
    const auto summary = AuditReader::last(db(), core::AuditAction::retentionPurged());
    QCOMPARE(AuditReader::details(summary).value(QStringLiteral("import_rows")).toInt(), 1);
}

void TestRetention::jobRunsOnAnotherThread() {
    const qint64 old = addRead(QStringLiteral("OLD1"), 800);
    QVERIFY(addRead(QStringLiteral("NEW1"), 1) > 0);
    PL_VERIFY_ERROR(m_ivan.station->retention().prepare(m_ivan.session),
                    ErrorCode::PermissionDenied);
    auto job = m_ts->station().retention().prepare(m_ts->adminSession());
    PL_VERIFY_OK(job);
    QCOMPARE(job.value().cutoffUtc(), m_ts->clock().nowUtc().addDays(-730));

    std::optional<core::Result<core::RetentionResult>> result;
    std::thread worker([&] { result.emplace(job.value().run()); });
    worker.join();
    QVERIFY(result.has_value());
    PL_VERIFY_OK(*result);
    QCOMPARE(result->value().readsRemoved, 1);
    QCOMPARE(count(db(), "SELECT count(*) FROM reads"), 1);
    const auto batch = AuditReader::withAction(db(), core::AuditAction::retentionPurged());
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.first().userName, TestStation::adminName());
    QCOMPARE(AuditReader::details(batch.first()).value(QStringLiteral("ids_sha256")).toString(),
             digestOf({old}));
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
