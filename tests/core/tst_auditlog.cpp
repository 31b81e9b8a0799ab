// The audit trail's tamper evidence: the store refuses UPDATE, DELETE and
// inserts that do not extend the chain, and verify() finds the first broken
// link when someone with the key works around the triggers.

#include "core/audit/AuditLog.h"
#include "core/common/TimeFormat.h"
#include "core/store/Database.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/RawStore.h"
#include "tests/support/TestStation.h"

#include <QTest>

using namespace pl;
using core::AuditLog;
using core::ErrorCode;
using tests::RawStore;
using tests::TestStation;

namespace {

// A fresh station with a few more events than creation leaves.
bool addEvents(TestStation& ts) {
    for (const QString& name : {QStringLiteral("ann"), QStringLiteral("ben"), QStringLiteral("cyd"),
                                QStringLiteral("dee")}) {
        if (ts.addUser(name, core::Role::Agent) == 0)
            return false;
    }
    return true;
}

core::Result<std::unique_ptr<core::Database>> openRaw(const TestStation& ts) {
    return RawStore::openKeyed(ts.storePath(), TestStation::adminName(),
                               TestStation::adminPassword());
}

core::Status insertEvent(core::Database& db, const core::AuditEvent& event) {
    auto stmt = db.prepare(
        "INSERT INTO audit_events (seq, time_utc, user_id, user_name, on_behalf_of, action, "
        "target_kind, target, case_number, reason, details, outcome, prev_hash, hash) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (!stmt)
        return stmt.error();
    stmt.value()
        .bind(1, event.seq)
        .bind(2, core::TimeFormat::toStorage(event.timeUtc))
        .bind(3, event.userId)
        .bind(4, event.userName)
        .bindOptional(5, event.onBehalfOf)
        .bind(6, event.action)
        .bindOptional(7, event.targetKind)
        .bindOptional(8, event.target)
        .bindOptional(9, event.caseNumber)
        .bindOptional(10, event.reason)
        .bind(11, event.details)
        .bind(12, event.outcome)
        .bindBlob(13, event.prevHash)
        .bindBlob(14, event.hash);
    return stmt.value().run();
}

qint64 eventCount(core::Database& db) {
    auto count = AuditLog::count(db);
    return count ? count.value() : -1;
}

} // namespace

class TestAuditLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freshChainIsIntact();
    void updateAndDeleteAreRefused_data();
    void updateAndDeleteAreRefused();
    void insertNotExtendingHeadIsRefused();
    void forgedAppendIsDetected();
    void editedEventIsDetected();
    void rehashedEditIsDetected();
    void deletedEventIsDetected();
    void reorderedEventsAreDetected_data();
    void reorderedEventsAreDetected();
    void deletedTailIsDetected();
    void replacedNewestEventIsDetected();
};

void TestAuditLog::freshChainIsIntact() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(addEvents(ts));
    core::Database& db = ts.station().database();
    const QList<core::AuditEvent> events = tests::AuditReader::all(db);
    QVERIFY(events.size() >= 10);

    auto result = AuditLog::verify(db);
    PL_VERIFY_OK(result);
    QVERIFY(result.value().intact);
    QCOMPARE(result.value().eventsChecked, qint64(events.size()));
    QCOMPARE(result.value().firstBrokenSeq, qint64(0));
    QVERIFY(result.value().problem.isEmpty());
    QCOMPARE(result.value().head.seq, events.last().seq);
    QCOMPARE(result.value().head.hash, events.last().hash);

    // The chain as documented: numbered from 1, each event holds its
    // predecessor's hash, the first one zeros.
    QByteArray previous(32, '\0');
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(events[i].seq, qint64(i + 1));
        QCOMPARE(events[i].prevHash, previous);
        QCOMPARE(events[i].hash.size(), 32);
        QCOMPARE(AuditLog::computeHash(events[i]), events[i].hash);
        previous = events[i].hash;
    }
}

void TestAuditLog::updateAndDeleteAreRefused_data() {
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<bool>("throughRawConnection");

    const QList<std::pair<const char*, QByteArray>> statements = {
        {"update reason", "UPDATE audit_events SET reason = 'tidied' WHERE seq = 3"},
        {"update seq", "UPDATE audit_events SET seq = seq + 1000 WHERE seq = 3"},
        {"update all", "UPDATE audit_events SET user_name = 'nobody'"},
        {"delete one", "DELETE FROM audit_events WHERE seq = 3"},
        {"delete all", "DELETE FROM audit_events"},
        {"delete head", "DELETE FROM audit_head"},
        {"replace one", "INSERT OR REPLACE INTO audit_events SELECT * FROM audit_events "
                        "WHERE seq = 3"},
    };
    for (const auto& [name, sql] : statements) {
        QTest::addRow("%s, station connection", name) << sql << false;
        QTest::addRow("%s, raw keyed connection", name) << sql << true;
    }
}

void TestAuditLog::updateAndDeleteAreRefused() {
    QFETCH(QByteArray, sql);
    QFETCH(bool, throughRawConnection);

    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(addEvents(ts));
    core::Database& stationDb = ts.station().database();
    const QList<core::AuditEvent> before = tests::AuditReader::all(stationDb);

    std::unique_ptr<core::Database> raw;
    if (throughRawConnection) {
        auto opened = openRaw(ts);
        PL_VERIFY_OK(opened);
        raw = std::move(opened.value());
    }
    core::Database& db = raw ? *raw : stationDb;
    auto refused = db.exec(sql.constData());
    QVERIFY2(!refused.ok(), "the store accepted a change to the audit trail");
    QCOMPARE(refused.error().code(), ErrorCode::Database);

    const QList<core::AuditEvent> after = tests::AuditReader::all(stationDb);
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].hash, before[i].hash);
        QCOMPARE(after[i].userName, before[i].userName);
        QCOMPARE(after[i].reason, before[i].reason);
    }
    auto verified = AuditLog::verify(stationDb);
    PL_VERIFY_OK(verified);
    QVERIFY(verified.value().intact);
}

void TestAuditLog::insertNotExtendingHeadIsRefused() {
    TestStation ts;
    QVERIFY(ts.isValid());
    auto raw = openRaw(ts);
    PL_VERIFY_OK(raw);
    core::Database& db = *raw.value();
    auto head = AuditLog::head(db);
    PL_VERIFY_OK(head);
    const qint64 count = eventCount(db);

    core::AuditEvent forged = tests::AuditReader::all(db).last();
    forged.reason = QStringLiteral("inserted later");
    forged.hash = QByteArray(32, '\x11');

    forged.seq = head.value().seq + 1;
    forged.prevHash = QByteArray(32, '\0'); // does not link to the head
    PL_VERIFY_ERROR(insertEvent(db, forged), ErrorCode::Database);

    forged.seq = head.value().seq + 2; // leaves a gap
    forged.prevHash = head.value().hash;
    PL_VERIFY_ERROR(insertEvent(db, forged), ErrorCode::Database);

    forged.seq = 2; // in the middle of the chain
    forged.prevHash = tests::AuditReader::all(db).first().hash;
    PL_VERIFY_ERROR(insertEvent(db, forged), ErrorCode::Database);

    QCOMPARE(eventCount(db), count);
    auto verified = AuditLog::verify(db);
    PL_VERIFY_OK(verified);
    QVERIFY(verified.value().intact);
}

void TestAuditLog::forgedAppendIsDetected() {
    // The triggers accept an event that links to the head; its hash gives it away.
    TestStation ts;
    QVERIFY(ts.isValid());
    auto raw = openRaw(ts);
    PL_VERIFY_OK(raw);
    core::Database& db = *raw.value();
    auto head = AuditLog::head(db);
    PL_VERIFY_OK(head);

    core::AuditEvent forged = tests::AuditReader::all(db).last();
    forged.seq = head.value().seq + 1;
    forged.prevHash = head.value().hash;
    forged.action = QStringLiteral("consent.accepted");
    forged.hash = QByteArray(32, '\x22');
    PL_VERIFY_OK(insertEvent(db, forged));

    auto verified = AuditLog::verify(ts.station().database());
    PL_VERIFY_OK(verified);
    QVERIFY(!verified.value().intact);
    QCOMPARE(verified.value().firstBrokenSeq, forged.seq);
    QVERIFY(verified.value().problem.contains(QStringLiteral("#%1").arg(forged.seq)));
}

void TestAuditLog::editedEventIsDetected() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(addEvents(ts));
    const qint64 edited = 6;
    {
        auto raw = openRaw(ts);
        PL_VERIFY_OK(raw);
        PL_VERIFY_OK(raw.value()->exec("DROP TRIGGER audit_events_append_only_update"));
        PL_VERIFY_OK(raw.value()->exec("UPDATE audit_events SET reason = 'nothing to see' "
                                       "WHERE seq = 6"));
        QCOMPARE(raw.value()->changes(), 1);
    }
    auto verified = AuditLog::verify(ts.station().database());
    PL_VERIFY_OK(verified);
    QVERIFY(!verified.value().intact);
    QCOMPARE(verified.value().firstBrokenSeq, edited);
    QVERIFY2(verified.value().problem.contains(QStringLiteral("#6")),
             qPrintable(verified.value().problem));
}

void TestAuditLog::rehashedEditIsDetected() {
    // An editor who also recomputes the edited event's own hash is caught at
    // the next event, which still links to the original.
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(addEvents(ts));
    {
        auto raw = openRaw(ts);
        PL_VERIFY_OK(raw);
        core::Database& db = *raw.value();
        core::AuditEvent edited = tests::AuditReader::all(db).at(5);
        QCOMPARE(edited.seq, qint64(6));
        edited.target = QStringLiteral("someone-else");
        edited.hash = AuditLog::computeHash(edited);
        PL_VERIFY_OK(db.exec("DROP TRIGGER audit_events_append_only_update"));
        auto update = db.prepare("UPDATE audit_events SET target = ?1, hash = ?2 WHERE seq = 6");
        PL_VERIFY_OK(update);
        update.value().bind(1, edited.target).bindBlob(2, edited.hash);
        PL_VERIFY_OK(update.value().run());
        QCOMPARE(db.changes(), 1);
    }
    auto verified = AuditLog::verify(ts.station().database());
    PL_VERIFY_OK(verified);
    QVERIFY(!verified.value().intact);
    QCOMPARE(verified.value().firstBrokenSeq, qint64(7));
    QVERIFY2(verified.value().problem.contains(QStringLiteral("#7")),
             qPrintable(verified.value().problem));
}

void TestAuditLog::deletedEventIsDetected() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(addEvents(ts));
    {
        auto raw = openRaw(ts);
        PL_VERIFY_OK(raw);
        PL_VERIFY_OK(raw.value()->exec("DROP TRIGGER audit_events_append_only_delete"));
        PL_VERIFY_OK(raw.value()->exec("DELETE FROM audit_events WHERE seq = 6"));
        QCOMPARE(raw.value()->changes(), 1);
    }
    auto verified = AuditLog::verify(ts.station().database());
    PL_VERIFY_OK(verified);
    QVERIFY(!verified.value().intact);
    // The first event that is wrong is the one after the gap; the text names both.
    QCOMPARE(verified.value().firstBrokenSeq, qint64(7));
    QVERIFY2(verified.value().problem.contains(QStringLiteral("#6")),
             qPrintable(verified.value().problem));
    QVERIFY2(verified.value().problem.contains(QStringLiteral("#7")),
             qPrintable(verified.value().problem));
}

void TestAuditLog::reorderedEventsAreDetected_data() {
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("second");
    QTest::newRow("neighbours") << 5 << 6;
    QTest::newRow("far apart") << 4 << 9;
}

void TestAuditLog::reorderedEventsAreDetected() {
    QFETCH(int, first);
    QFETCH(int, second);
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(addEvents(ts));
    {
        auto raw = openRaw(ts);
        PL_VERIFY_OK(raw);
        core::Database& db = *raw.value();
        PL_VERIFY_OK(db.exec("DROP TRIGGER audit_events_append_only_update"));
        auto swap = db.prepare("UPDATE audit_events SET seq = ?1 WHERE seq = ?2");
        PL_VERIFY_OK(swap);
        for (const auto& [to, from] :
             {std::pair<int, int>{-1, first}, std::pair<int, int>{first, second},
              std::pair<int, int>{second, -1}}) {
            swap.value().reset();
            swap.value().bind(1, to).bind(2, from);
            PL_VERIFY_OK(swap.value().run());
            QCOMPARE(db.changes(), 1);
        }
    }
    auto verified = AuditLog::verify(ts.station().database());
    PL_VERIFY_OK(verified);
    QVERIFY(!verified.value().intact);
    QCOMPARE(verified.value().firstBrokenSeq, qint64(first));
    QVERIFY2(verified.value().problem.contains(QStringLiteral("#%1").arg(first)),
             qPrintable(verified.value().problem));
}

void TestAuditLog::deletedTailIsDetected() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(addEvents(ts));
    const qint64 last = eventCount(ts.station().database());
    {
        auto raw = openRaw(ts);
        PL_VERIFY_OK(raw);
        PL_VERIFY_OK(raw.value()->exec("DROP TRIGGER audit_events_append_only_delete"));
        auto remove = raw.value()->prepare("DELETE FROM audit_events WHERE seq > ?1");
        PL_VERIFY_OK(remove);
        remove.value().bind(1, last - 2);
        PL_VERIFY_OK(remove.value().run());
        QCOMPARE(raw.value()->changes(), 2);
    }
    auto verified = AuditLog::verify(ts.station().database());
    PL_VERIFY_OK(verified);
    QVERIFY(!verified.value().intact);
    QCOMPARE(verified.value().eventsChecked, last - 2);
    QCOMPARE(verified.value().firstBrokenSeq, last - 1);
    QCOMPARE(verified.value().head.seq, last);
    const QString problem = verified.value().problem;
    QVERIFY2(problem.contains(QStringLiteral("#%1").arg(last)), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("#%1").arg(last - 2)), qPrintable(problem));
}

void TestAuditLog::replacedNewestEventIsDetected() {
    // Someone drops every trigger, removes the newest event and writes a
    // correctly hashed replacement: only the recorded head gives it away.
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(addEvents(ts));
    const qint64 last = eventCount(ts.station().database());
    {
        auto raw = openRaw(ts);
        PL_VERIFY_OK(raw);
        core::Database& db = *raw.value();
        core::AuditEvent replacement = tests::AuditReader::all(db).last();
        QCOMPARE(replacement.seq, last);
        PL_VERIFY_OK(db.exec("DROP TRIGGER audit_events_append_only_delete;"
                             "DROP TRIGGER audit_events_chain;"
                             "DROP TRIGGER audit_events_advance_head;"));
        PL_VERIFY_OK(db.exec("DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM "
                             "audit_events)"));
        replacement.target = QStringLiteral("someone-else");
        replacement.hash = AuditLog::computeHash(replacement);
        PL_VERIFY_OK(insertEvent(db, replacement));
    }
    auto verified = AuditLog::verify(ts.station().database());
    PL_VERIFY_OK(verified);
    QVERIFY(!verified.value().intact);
    QCOMPARE(verified.value().eventsChecked, last);
    QCOMPARE(verified.value().firstBrokenSeq, last);
    QVERIFY2(verified.value().problem.contains(QStringLiteral("#%1").arg(last)),
             qPrintable(verified.value().problem));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
