// The monthly hot-list report: figures checked against a history built step
// by step with the manual clock (entries across month boundaries, reviews
// and removals before and after the month's end, hits and possible
// matches), its CSV export, and who may see it.

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/common/TimeFormat.h"
#include "core/hotlist/AlertWriter.h"
#include "core/hotlist/HotListReport.h"
#include "core/hotlist/HotListReportService.h"
#include "core/hotlist/HotListService.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pl;
using core::ErrorCode;
using core::HotListEntryInput;
using core::HotListReport;
using tests::AuditReader;
using tests::TestStation;

namespace {

QDateTime utc(int year, int month, int day, int hour = 9, int minute = 0, int second = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

HotListEntryInput entry(const QString& plate, const QDateTime& reviewBy = {}) {
    HotListEntryInput input;
    input.plate = plate;
    input.reason = QStringLiteral("Reported stolen");
    input.caseNumber = QStringLiteral("2026-100");
    input.reviewByUtc = reviewBy;
    return input;
}

// The figures of a report row in the order the CSV gives them.
QList<qint64> figures(const HotListReport::Figures& f) {
    return {f.entries, f.added, f.reviewed, f.removed, f.overdue, f.hits, f.possible};
}

} // namespace

class TestHotListReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void csvCellsAreSafe_data();
    void csvCellsAreSafe();
    void parseMonth_data();
    void parseMonth();
    void marchFigures();
    void februaryFigures();
    void runningMonthIsReportedUpToNow();
    void futureMonthIsRefused();
    void viewingIsAudited();
    void exportWritesAndAudits();
    void exportThatCannotBeWrittenLeavesNoRecord();
    void onlySupervisorsSeeTheReport();

private:
    void buildHistory();
    qint64 add(core::StationLogin& who, const HotListEntryInput& input);
    // Stores a read at the clock's time and raises its alerts as an import
    // does; returns the alerts raised.
    int raise(const QString& plate);
    qint64 insertList(const QString& name, const QDateTime& createdUtc);
    void putOnList(qint64 entryId, qint64 listId);
    const HotListReport::ListRow* row(const HotListReport& report, const QString& label) const;
    const HotListReport::EntryRow* entryRow(const HotListReport& report, qint64 id) const;

    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_amy;     // agent
    core::StationLogin m_ivan;    // investigator
    core::StationLogin m_sam;     // supervisor
    QHash<QString, qint64> m_ids; // entry name (E1...) -> id
    QHash<QString, qint64> m_lists;
};

void TestHotListReport::init() {
    m_ts = std::make_unique<TestStation>(utc(2026, 1, 10));
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("amy"), core::Role::Agent) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
    // Everyone logs in now: months later their passwords would be due.
    m_amy = m_ts->loginActive(QStringLiteral("amy"), TestStation::userPassword());
    m_ivan = m_ts->loginActive(QStringLiteral("ivan"), TestStation::userPassword());
    m_sam = m_ts->loginActive(QStringLiteral("sam"), TestStation::userPassword());
    QVERIFY(m_amy.station && m_ivan.station && m_sam.station);
    m_ids.clear();
    m_lists.clear();
}

void TestHotListReport::cleanup() {
    m_amy = {};
    m_ivan = {};
    m_sam = {};
    m_ts.reset();
}

qint64 TestHotListReport::add(core::StationLogin& who, const HotListEntryInput& input) {
    auto added = who.station->hotLists().add(who.session, input);
    if (!added) {
        qWarning("add %s: %s", qPrintable(input.plate), qPrintable(added.error().message()));
        return 0;
    }
    return added->id;
}

int TestHotListReport::raise(const QString& plate) {
    core::Station& station = m_ts->station();
    core::Database& db = station.database();
    if (!db.exec("INSERT OR IGNORE INTO devices (id, name, type, time_zone, created_utc) "
                 "VALUES (1, 'North gate', 'fixed', 'UTC', '2026-01-01T00:00:00.000Z')"))
        return -1;
    auto tx = core::Transaction::begin(db);
    if (!tx)
        return -1;
    auto insert = db.prepare("INSERT INTO reads (plate_raw, plate, match_key, time_ms, device_id, "
                             "source) VALUES (?1, ?1, ?1, ?2, 1, 'live')");
    if (!insert)
        return -1;
    const QDateTime now = m_ts->clock().nowUtc();
    insert.value().bind(1, plate).bind(2, now.toMSecsSinceEpoch());
    if (!insert.value().run())
        return -1;
    const qint64 readId = db.lastInsertRowId();
    auto writer = core::AlertWriter::create(db, station.auditLog(), m_ts->adminSession().actor(),
                                            m_ts->clock());
    if (!writer)
        return -1;
    auto raised = writer->onRead(tx.value(), {readId, plate, QString(), now.toMSecsSinceEpoch(),
                                              QStringLiteral("North gate")});
    if (!raised || !tx.value().commit())
        return -1;
    return raised.value();
}

qint64 TestHotListReport::insertList(const QString& name, const QDateTime& createdUtc) {
    core::Database& db = m_ts->station().database();
    auto stmt = db.prepare("INSERT INTO hotlist_lists (name, profile_id, owner_id, case_number, "
                           "reason, created_utc, updated_utc) VALUES (?1, 'ncic-extract', "
                           "(SELECT id FROM users WHERE name = 'ivan'), '2026-200', "
                           "'State extract', ?2, ?2)");
    if (!stmt)
        return 0;
    stmt.value().bind(1, name).bind(2, core::TimeFormat::toStorage(createdUtc));
    if (!stmt.value().run())
        return 0;
    return db.lastInsertRowId();
}

void TestHotListReport::putOnList(qint64 entryId, qint64 listId) {
    // Entries reach a list through the list import; here the entry is moved
    // there after being added, which is all the report looks at.
    auto stmt =
        m_ts->station().database().prepare("UPDATE hotlist_entries SET list_id = ?1 WHERE id = ?2");
    QVERIFY(stmt.ok());
    stmt.value().bind(1, listId).bind(2, entryId);
    PL_VERIFY_OK(stmt.value().run());
}

const HotListReport::ListRow* TestHotListReport::row(const HotListReport& report,
                                                     const QString& label) const {
    for (const HotListReport::ListRow& r : report.lists) {
        if (HotListReport::listLabel(r) == label)
            return &r;
    }
    return nullptr;
}

const HotListReport::EntryRow* TestHotListReport::entryRow(const HotListReport& report,
                                                           qint64 id) const {
    for (const HotListReport::EntryRow& r : report.entries) {
        if (r.entryId == id)
            return &r;
    }
    return nullptr;
}

// The history every figure below is computed from, in the order it happens.
//
// Manual entries (review dates a year out unless given):
//   E1  amy   ABC123   added Feb 10; hits Feb 20, Mar 5, Apr 1 00:00:00; possible Mar 5
//   E2  amy   XYZ789   added Mar 31 23:59; hit Apr 1 00:00:30
//   E3  ivan  KLM456   added Mar 3; hit Mar 10; removed Mar 20
//   E4  ivan  RST111   added Feb 1, review by Mar 15, never reviewed; hit Mar 10
//   E5  amy   GHJ222   added Feb 1, review by Mar 10; reviewed Mar 25
//   E6  amy   MNP333   added Feb 1, review by Mar 12; reviewed Apr 5
//   E7  ivan  QWE444   added Jan 15; hit Feb 5; removed Feb 15
//   E8  amy   DEF12?   added Mar 1 00:00:00 (wildcard); hit Mar 10 (DEF129)
//   E11 amy   TTT555   added Feb 1, review by Mar 20; made inactive Apr 2
//   E12 amy   UUU666   added Feb 1, review by Mar 5; made inactive Mar 8
//   E13 ivan  VVV777   added Feb 1, review by Mar 6; removed Apr 3
// On the list "NCIC Stolen" (created Feb 1):
//   E9  ivan  LST001   added Feb 5; hits Mar 12 (twice), possible Mar 12 (LST00I)
//   E10 ivan  LST002   added Mar 15
// Lists without entries: "@SUM(1)" (created Jan 20), "BOLO" (created Apr 10).
void TestHotListReport::buildHistory() {
    tests::ManualClock& clock = m_ts->clock();

    clock.set(utc(2026, 1, 15));
    m_ids[QStringLiteral("E7")] = add(m_ivan, entry(QStringLiteral("QWE444")));
    clock.set(utc(2026, 1, 20));
    m_lists[QStringLiteral("formula")] = insertList(QStringLiteral("@SUM(1)"), clock.nowUtc());

    clock.set(utc(2026, 2, 1));
    m_ids[QStringLiteral("E4")] = add(m_ivan, entry(QStringLiteral("RST111"), utc(2026, 3, 15)));
    m_ids[QStringLiteral("E5")] = add(m_amy, entry(QStringLiteral("GHJ222"), utc(2026, 3, 10)));
    m_ids[QStringLiteral("E6")] = add(m_amy, entry(QStringLiteral("MNP333"), utc(2026, 3, 12)));
    m_ids[QStringLiteral("E11")] = add(m_amy, entry(QStringLiteral("TTT555"), utc(2026, 3, 20)));
    m_ids[QStringLiteral("E12")] = add(m_amy, entry(QStringLiteral("UUU666"), utc(2026, 3, 5)));
    m_ids[QStringLiteral("E13")] = add(m_ivan, entry(QStringLiteral("VVV777"), utc(2026, 3, 6)));
    m_lists[QStringLiteral("ncic")] = insertList(QStringLiteral("NCIC Stolen"), clock.nowUtc());

    clock.set(utc(2026, 2, 5));
    m_ids[QStringLiteral("E9")] = add(m_ivan, entry(QStringLiteral("LST001")));
    putOnList(m_ids.value(QStringLiteral("E9")), m_lists.value(QStringLiteral("ncic")));
    clock.set(utc(2026, 2, 5, 12));
    QCOMPARE(raise(QStringLiteral("QWE444")), 1);

    clock.set(utc(2026, 2, 10));
    HotListEntryInput e1 = entry(QStringLiteral("ABC123"));
    e1.caseNumber = QStringLiteral("=2+5"); // a case of another system, formula-like
    m_ids[QStringLiteral("E1")] = add(m_amy, e1);
    clock.set(utc(2026, 2, 15));
    PL_VERIFY_OK(m_ivan.station->hotLists().remove(
        m_ivan.session, m_ids.value(QStringLiteral("E7")), QStringLiteral("Vehicle recovered")));
    clock.set(utc(2026, 2, 20));
    QCOMPARE(raise(QStringLiteral("ABC123")), 1);

    clock.set(utc(2026, 3, 1, 0, 0, 0));
    m_ids[QStringLiteral("E8")] = add(m_amy, entry(QStringLiteral("DEF12?")));
    clock.set(utc(2026, 3, 3));
    m_ids[QStringLiteral("E3")] = add(m_ivan, entry(QStringLiteral("KLM456")));
    clock.set(utc(2026, 3, 5, 10));
    QCOMPARE(raise(QStringLiteral("ABC123")), 1);
    clock.set(utc(2026, 3, 5, 11));
    QCOMPARE(raise(QStringLiteral("A8C123")), 1); // B read as 8: possible
    clock.set(utc(2026, 3, 8));
    HotListEntryInput e12 = entry(QStringLiteral("UUU666"), utc(2026, 3, 5));
    e12.active = false;
    PL_VERIFY_OK(
        m_amy.station->hotLists().edit(m_amy.session, m_ids.value(QStringLiteral("E12")), e12));
    clock.set(utc(2026, 3, 10, 10));
    QCOMPARE(raise(QStringLiteral("KLM456")), 1);
    QCOMPARE(raise(QStringLiteral("RST111")), 1);
    QCOMPARE(raise(QStringLiteral("DEF129")), 1);
    clock.set(utc(2026, 3, 12, 8));
    QCOMPARE(raise(QStringLiteral("LST001")), 1);
    clock.set(utc(2026, 3, 12, 9));
    QCOMPARE(raise(QStringLiteral("LST001")), 1);
    QCOMPARE(raise(QStringLiteral("LST00I")), 1); // 1 read as I: possible
    clock.set(utc(2026, 3, 15));
    m_ids[QStringLiteral("E10")] = add(m_ivan, entry(QStringLiteral("LST002")));
    putOnList(m_ids.value(QStringLiteral("E10")), m_lists.value(QStringLiteral("ncic")));
    // Past its review date E4 no longer alerts.
    clock.set(utc(2026, 3, 16));
    QCOMPARE(raise(QStringLiteral("RST111")), 0);
    clock.set(utc(2026, 3, 20));
    PL_VERIFY_OK(m_ivan.station->hotLists().remove(
        m_ivan.session, m_ids.value(QStringLiteral("E3")), QStringLiteral("Case solved")));
    clock.set(utc(2026, 3, 25));
    PL_VERIFY_OK(m_amy.station->hotLists().review(m_amy.session, m_ids.value(QStringLiteral("E5")),
                                                  QStringLiteral("Still outstanding")));
    clock.set(utc(2026, 3, 31, 23, 59));
    m_ids[QStringLiteral("E2")] = add(m_amy, entry(QStringLiteral("XYZ789")));

    clock.set(utc(2026, 4, 1, 0, 0, 0));
    QCOMPARE(raise(QStringLiteral("ABC123")), 1);
    clock.set(utc(2026, 4, 1, 0, 0, 30));
    QCOMPARE(raise(QStringLiteral("XYZ789")), 1);
    clock.set(utc(2026, 4, 2));
    HotListEntryInput e11 = entry(QStringLiteral("TTT555"), utc(2026, 3, 20));
    e11.active = false;
    PL_VERIFY_OK(
        m_amy.station->hotLists().edit(m_amy.session, m_ids.value(QStringLiteral("E11")), e11));
    clock.set(utc(2026, 4, 3));
    PL_VERIFY_OK(m_ivan.station->hotLists().remove(
        m_ivan.session, m_ids.value(QStringLiteral("E13")), QStringLiteral("Plate surrendered")));
    clock.set(utc(2026, 4, 5));
    PL_VERIFY_OK(
        m_amy.station->hotLists().review(m_amy.session, m_ids.value(QStringLiteral("E6"))));
    clock.set(utc(2026, 4, 10));
    m_lists[QStringLiteral("bolo")] = insertList(QStringLiteral("BOLO"), clock.nowUtc());

    clock.set(utc(2026, 4, 20));
    for (const qint64 id : std::as_const(m_ids))
        QVERIFY(id > 0);
    for (const qint64 id : std::as_const(m_lists))
        QVERIFY(id > 0);
}

void TestHotListReport::csvCellsAreSafe_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringLiteral("ABC123") << QStringLiteral("ABC123");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+15551234") << QStringLiteral("'+15551234");
    QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("'-5");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tX") << QStringLiteral("'\tX");
    QTest::newRow("inner equals") << QStringLiteral("A=B") << QStringLiteral("A=B");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("formula with comma")
        << QStringLiteral("=HYPERLINK(\"x\",1)") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",1)\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
}

void TestHotListReport::csvCellsAreSafe() {
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(HotListReport::csvCell(value), cell);
}

void TestHotListReport::parseMonth_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("month"); // invalid: refused
    QTest::newRow("month") << QStringLiteral("2026-03") << QDate(2026, 3, 1);
    QTest::newRow("spaces") << QStringLiteral(" 2026-12 ") << QDate(2026, 12, 1);
    QTest::newRow("one digit") << QStringLiteral("2026-3") << QDate();
    QTest::newRow("month 13") << QStringLiteral("2026-13") << QDate();
    QTest::newRow("month 0") << QStringLiteral("2026-00") << QDate();
    QTest::newRow("with day") << QStringLiteral("2026-03-01") << QDate();
    QTest::newRow("name") << QStringLiteral("March") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestHotListReport::parseMonth() {
    QFETCH(QString, text);
    QFETCH(QDate, month);
    const auto parsed = HotListReport::parseMonth(text);
    if (month.isValid()) {
        PL_VERIFY_OK(parsed);
        QCOMPARE(parsed.value(), month);
    } else {
        PL_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QVERIFY(parsed.error().message().contains(QStringLiteral("2026-03")));
    }
}

void TestHotListReport::marchFigures() {
    buildHistory();
    auto report = m_sam.station->hotListReports().report(m_sam.session, QDate(2026, 3, 17));
    PL_VERIFY_OK(report);
    const HotListReport& r = report.value();
    QCOMPARE(r.month, QDate(2026, 3, 1));
    QCOMPARE(r.fromUtc, utc(2026, 3, 1, 0));
    QCOMPARE(r.toUtc, utc(2026, 4, 1, 0));
    QCOMPARE(r.asOfUtc, r.toUtc);
    QVERIFY(!r.isPartial());
    QCOMPARE(r.generatedUtc, utc(2026, 4, 20));
    QCOMPARE(r.generatedBy, QStringLiteral("sam"));

    // Manual first, then lists by name; BOLO did not exist yet.
    QCOMPARE(r.lists.size(), 3);
    QVERIFY(!r.lists.at(0).listId);
    QCOMPARE(r.lists.at(1).name, QStringLiteral("@SUM(1)"));
    QCOMPARE(r.lists.at(2).name, QStringLiteral("NCIC Stolen"));
    // entries at end, added, reviewed, removed, overdue at end, hits, possible.
    // Manual: held E1 E2 E4 E5 E6 E8 E11 E12 E13; added E2 E3 E8; reviewed
    // E5; removed E3; overdue E4, E6 (reviewed only in April), E11 (made
    // inactive only in April), E13 (removed only in April); hits E1 E3 E4
    // E8, possible E1.
    QCOMPARE(figures(r.lists.at(0).figures), (QList<qint64>{9, 3, 1, 1, 4, 4, 1}));
    QCOMPARE(figures(r.lists.at(1).figures), (QList<qint64>{0, 0, 0, 0, 0, 0, 0}));
    QCOMPARE(figures(r.lists.at(2).figures), (QList<qint64>{2, 1, 0, 0, 0, 2, 1}));
    QCOMPARE(figures(r.total), (QList<qint64>{11, 4, 1, 1, 4, 6, 2}));

    // Most alerts first, then by entry.
    QList<qint64> order;
    for (const HotListReport::EntryRow& e : r.entries)
        order.append(e.entryId);
    QCOMPARE(order,
             (QList<qint64>{m_ids.value(QStringLiteral("E9")), m_ids.value(QStringLiteral("E1")),
                            m_ids.value(QStringLiteral("E4")), m_ids.value(QStringLiteral("E8")),
                            m_ids.value(QStringLiteral("E3"))}));
    const HotListReport::EntryRow* e9 = entryRow(r, m_ids.value(QStringLiteral("E9")));
    QCOMPARE(e9->hits, 2);
    QCOMPARE(e9->possible, 1);
    QCOMPARE(e9->listId, m_lists.value(QStringLiteral("ncic")));
    QCOMPARE(e9->listName, QStringLiteral("NCIC Stolen"));
    const HotListReport::EntryRow* e1 = entryRow(r, m_ids.value(QStringLiteral("E1")));
    QCOMPARE(e1->plate, QStringLiteral("ABC123"));
    QCOMPARE(e1->ownerName, QStringLiteral("amy"));
    QCOMPARE(e1->caseNumber, QStringLiteral("=2+5"));
    QCOMPARE(e1->hits, 1);
    QCOMPARE(e1->possible, 1);
    QVERIFY(!e1->removed);
    const HotListReport::EntryRow* e3 = entryRow(r, m_ids.value(QStringLiteral("E3")));
    QVERIFY(e3->removed);
    QCOMPARE(e3->ownerName, QStringLiteral("ivan"));
    const HotListReport::EntryRow* e8 = entryRow(r, m_ids.value(QStringLiteral("E8")));
    QCOMPARE(e8->plate, QStringLiteral("DEF12?"));
    // E2's only alert came half a minute into April.
    QVERIFY(!entryRow(r, m_ids.value(QStringLiteral("E2"))));
}

void TestHotListReport::februaryFigures() {
    buildHistory();
    auto report = m_sam.station->hotListReports().report(m_sam.session, QDate(2026, 2, 1));
    PL_VERIFY_OK(report);
    const HotListReport& r = report.value();
    QCOMPARE(r.lists.size(), 3);
    // Held E1 E4 E5 E6 E11 E12 E13; added the same; E7 removed; its and
    // E1's hits; no review date had passed by March 1.
    QCOMPARE(figures(r.lists.at(0).figures), (QList<qint64>{7, 7, 0, 1, 0, 2, 0}));
    QCOMPARE(figures(row(r, QStringLiteral("NCIC Stolen"))->figures),
             (QList<qint64>{1, 1, 0, 0, 0, 0, 0}));
    QCOMPARE(figures(r.total), (QList<qint64>{8, 8, 0, 1, 0, 2, 0}));
    QCOMPARE(r.entries.size(), 2);
    QCOMPARE(r.entries.at(0).entryId, m_ids.value(QStringLiteral("E7")));
    QVERIFY(r.entries.at(0).removed);
    QCOMPARE(r.entries.at(1).entryId, m_ids.value(QStringLiteral("E1")));
}

void TestHotListReport::runningMonthIsReportedUpToNow() {
    buildHistory();
    auto report = m_sam.station->hotListReports().report(m_sam.session, QDate(2026, 4, 1));
    PL_VERIFY_OK(report);
    const HotListReport& r = report.value();
    QVERIFY(r.isPartial());
    QCOMPARE(r.asOfUtc, utc(2026, 4, 20));
    QCOMPARE(r.toUtc, utc(2026, 5, 1, 0));
    QCOMPARE(r.lists.size(), 4);
    QCOMPARE(r.lists.at(1).name, QStringLiteral("@SUM(1)"));
    QCOMPARE(r.lists.at(2).name, QStringLiteral("BOLO"));
    QCOMPARE(r.lists.at(3).name, QStringLiteral("NCIC Stolen"));
    // Held E1 E2 E4 E5 E6 E8 E11 E12; E6 reviewed; E13 removed; only E4
    // overdue now (E11 and E12 inactive); hits E1 (at midnight) and E2.
    QCOMPARE(figures(r.lists.at(0).figures), (QList<qint64>{8, 0, 1, 1, 1, 2, 0}));
    QCOMPARE(figures(r.total), (QList<qint64>{10, 0, 1, 1, 1, 2, 0}));
    QCOMPARE(r.entries.size(), 2);
}

void TestHotListReport::futureMonthIsRefused() {
    buildHistory();
    auto report = m_sam.station->hotListReports().report(m_sam.session, QDate(2026, 5, 1));
    PL_VERIFY_ERROR(report, ErrorCode::InvalidArgument);
    QVERIFY(report.error().message().contains(QStringLiteral("2026-05")));
    PL_VERIFY_ERROR(m_sam.station->hotListReports().report(m_sam.session, QDate()),
                    ErrorCode::InvalidArgument);
    QCOMPARE(AuditReader::withAction(m_ts->station().database(),
                                     core::AuditAction::hotListReportViewed())
                 .size(),
             0);
}

void TestHotListReport::viewingIsAudited() {
    buildHistory();
    core::Database& db = m_ts->station().database();
    PL_VERIFY_OK(m_sam.station->hotListReports().report(m_sam.session, QDate(2026, 3, 1)));
    const QList<core::AuditEvent> viewed =
        AuditReader::withAction(db, core::AuditAction::hotListReportViewed());
    QCOMPARE(viewed.size(), 1);
    QCOMPARE(viewed.first().userName, QStringLiteral("sam"));
    QCOMPARE(viewed.first().targetKind, QStringLiteral("hotlist_report"));
    QCOMPARE(viewed.first().target, QStringLiteral("2026-03"));
    const QJsonObject details = AuditReader::details(viewed.first());
    QCOMPARE(details.value(QStringLiteral("month")).toString(), QStringLiteral("2026-03"));
    QCOMPARE(details.value(QStringLiteral("partial")).toBool(), false);
    const QJsonObject f = details.value(QStringLiteral("figures")).toObject();
    QCOMPARE(f.value(QStringLiteral("hits")).toInt(), 6);
    QCOMPARE(f.value(QStringLiteral("possible")).toInt(), 2);
    QCOMPARE(f.value(QStringLiteral("overdue_at_end")).toInt(), 4);
    QCOMPARE(details.value(QStringLiteral("entries_with_alerts")).toInt(), 5);
    auto chain = core::AuditLog::verify(db);
    PL_VERIFY_OK(chain);
    QVERIFY(chain->intact);
}

void TestHotListReport::exportWritesAndAudits() {
    buildHistory();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("march.csv"));
    auto exported =
        m_sam.station->hotListReports().exportCsv(m_sam.session, QDate(2026, 3, 1), path);
    PL_VERIFY_OK(exported);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, exported->report.toCsv());
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    QCOMPARE(exported->sha256, sha);
    QCOMPARE(exported->bytes, bytes.size());

    const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
    const QString ncic = QString::number(m_lists.value(QStringLiteral("ncic")));
    const QString formula = QString::number(m_lists.value(QStringLiteral("formula")));
    const QStringList expectedLines = {
        QStringLiteral("month,2026-03"),
        QStringLiteral("from_utc,2026-03-01T00:00:00.000Z"),
        QStringLiteral("to_utc,2026-04-01T00:00:00.000Z"),
        QStringLiteral("generated_utc,2026-04-20T09:00:00.000Z"),
        QStringLiteral("generated_by,sam"),
        QStringLiteral("list_id,list,entries_at_end,added,reviewed,removed,overdue_at_end,"
                       "hits,possible"),
        QStringLiteral(",Entries added by hand,9,3,1,1,4,4,1"),
        formula + QStringLiteral(",'@SUM(1),0,0,0,0,0,0,0"),
        ncic + QStringLiteral(",NCIC Stolen,2,1,0,0,0,2,1"),
        QStringLiteral(",total,11,4,1,1,4,6,2"),
        QStringLiteral("entry_id,plate,state,category,case,owner,list_id,list,removed,hits,"
                       "possible"),
        QString::number(m_ids.value(QStringLiteral("E9"))) +
            QStringLiteral(",LST001,,other,2026-100,ivan,") + ncic +
            QStringLiteral(",NCIC Stolen,no,2,1"),
        QString::number(m_ids.value(QStringLiteral("E1"))) +
            QStringLiteral(",ABC123,,other,'=2+5,amy,,,no,1,1"),
        QString::number(m_ids.value(QStringLiteral("E3"))) +
            QStringLiteral(",KLM456,,other,2026-100,ivan,,,yes,1,0")};
    for (const QString& expected : expectedLines)
        QVERIFY2(lines.contains(expected), qPrintable(expected));
    // Three blocks, five entries, nothing else.
    QCOMPARE(lines.count(QString()), 3); // two separators and the final line end
    QCOMPARE(lines.size(), 7 + 1 + 5 + 1 + 6 + 1);

    core::Database& db = m_ts->station().database();
    const QList<core::AuditEvent> events =
        AuditReader::withAction(db, core::AuditAction::hotListReportExported());
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().userName, QStringLiteral("sam"));
    const QJsonObject details = AuditReader::details(events.first());
    QCOMPARE(details.value(QStringLiteral("month")).toString(), QStringLiteral("2026-03"));
    QCOMPARE(details.value(QStringLiteral("file_name")).toString(), QStringLiteral("march.csv"));
    QCOMPARE(details.value(QStringLiteral("file")).toString(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(details.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(sha));
    QCOMPARE(
        details.value(QStringLiteral("figures")).toObject().value(QStringLiteral("hits")).toInt(),
        6);
    // The export is the one record of this look at the figures.
    QCOMPARE(AuditReader::withAction(db, core::AuditAction::hotListReportViewed()).size(), 0);
}

void TestHotListReport::exportThatCannotBeWrittenLeavesNoRecord() {
    buildHistory();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/march.csv"));
    auto exported =
        m_sam.station->hotListReports().exportCsv(m_sam.session, QDate(2026, 3, 1), path);
    PL_VERIFY_ERROR(exported, ErrorCode::Io);
    QVERIFY(exported.error().message().contains(QStringLiteral("march.csv")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(AuditReader::withAction(m_ts->station().database(),
                                     core::AuditAction::hotListReportExported())
                 .size(),
             0);
    PL_VERIFY_ERROR(
        m_sam.station->hotListReports().exportCsv(m_sam.session, QDate(2026, 3, 1), QString()),
        ErrorCode::InvalidArgument);
}

void TestHotListReport::onlySupervisorsSeeTheReport() {
    buildHistory();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("march.csv"));
    const QList<std::pair<core::Station*, const core::Session*>> others = {
        {m_amy.station.get(), &m_amy.session},
        {m_ivan.station.get(), &m_ivan.session},
        {&m_ts->station(), &m_ts->adminSession()}};
    for (const auto& [station, session] : others) {
        PL_VERIFY_ERROR(station->hotListReports().report(*session, QDate(2026, 3, 1)),
                        ErrorCode::PermissionDenied);
        PL_VERIFY_ERROR(station->hotListReports().exportCsv(*session, QDate(2026, 3, 1), path),
                        ErrorCode::PermissionDenied);
    }
    QVERIFY(!QFile::exists(path));
    core::Database& db = m_ts->station().database();
    QCOMPARE(AuditReader::withAction(db, core::AuditAction::hotListReportViewed()).size(), 0);
    QCOMPARE(AuditReader::withAction(db, core::AuditAction::hotListReportExported()).size(), 0);
}

QTEST_GUILESS_MAIN(TestHotListReport)
#include "tst_hotlistreport.moc"
