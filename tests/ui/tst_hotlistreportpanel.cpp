// The supervisors' monthly hot-list report panel, driven through its named
// children: choosing a month, the figures and tables shown, the export, and
// what others see when they try.
#include "core/audit/AuditAction.h"
#include "core/hotlist/AlertWriter.h"
#include "core/hotlist/HotListService.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"
#include "ui/hotlist/HotListReportPanel.h"

#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;
using tests::AuditReader;
using tests::TestStation;

namespace {

QDateTime utc(int year, int month, int day, int hour = 9) {
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

class TestHotListReportPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheChosenMonth();
    void exportWritesTheFile();
    void othersAreRefused();

private:
    QString labelText(ui::HotListReportPanel& panel, const char* name) const;
    void raise(const QString& plate);
    int eventCount(const QString& action);

    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_amy;
    core::StationLogin m_sam;
};

void TestHotListReportPanel::init() {
    m_ts = std::make_unique<TestStation>(utc(2026, 2, 20));
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("amy"), core::Role::Agent) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
    m_amy = m_ts->loginActive(QStringLiteral("amy"), TestStation::userPassword());
    m_sam = m_ts->loginActive(QStringLiteral("sam"), TestStation::userPassword());
    QVERIFY(m_amy.station && m_sam.station);
    PL_VERIFY_OK(m_ts->station().database().exec(
        "INSERT INTO devices (id, name, type, time_zone, created_utc) "
        "VALUES (1, 'North gate', 'fixed', 'UTC', '2026-01-01T00:00:00.000Z')"));

    // February: one entry; March: another, two hits and a possible match.
    core::HotListEntryInput input;
    input.plate = QStringLiteral("ABC123");
    input.reason = QStringLiteral("Stolen vehicle report");
    input.caseNumber = QStringLiteral("2026-31");
    input.category = QStringLiteral("stolen_vehicle");
    PL_VERIFY_OK(m_amy.station->hotLists().add(m_amy.session, input));
    m_ts->clock().set(utc(2026, 3, 4));
    input.plate = QStringLiteral("KLM456");
    PL_VERIFY_OK(m_amy.station->hotLists().add(m_amy.session, input));
    m_ts->clock().set(utc(2026, 3, 5));
    raise(QStringLiteral("ABC123"));
    raise(QStringLiteral("A8C123"));
    raise(QStringLiteral("KLM456"));
    m_ts->clock().set(utc(2026, 4, 10));
}

void TestHotListReportPanel::cleanup() {
    m_amy = {};
    m_sam = {};
    m_ts.reset();
}

void TestHotListReportPanel::raise(const QString& plate) {
    core::Station& station = m_ts->station();
    core::Database& db = station.database();
    auto tx = core::Transaction::begin(db);
    PL_VERIFY_OK(tx);
    auto insert = db.prepare("INSERT INTO reads (plate_raw, plate, match_key, time_ms, "
                             "device_id, source) VALUES (?1, ?1, ?1, ?2, 1, 'live')");
    PL_VERIFY_OK(insert);
    const qint64 timeMs = m_ts->clock().nowUtc().toMSecsSinceEpoch();
    insert.value().bind(1, plate).bind(2, timeMs);
    PL_VERIFY_OK(insert.value().run());
    auto writer = core::AlertWriter::create(db, station.auditLog(), m_ts->adminSession().actor(),
                                            m_ts->clock());
    PL_VERIFY_OK(writer);
    auto raised = writer->onRead(
        tx.value(), {db.lastInsertRowId(), plate, QString(), timeMs, QStringLiteral("North gate")});
    PL_VERIFY_OK(raised);
    QCOMPARE(raised.value(), 1);
    PL_VERIFY_OK(tx.value().commit());
}

QString TestHotListReportPanel::labelText(ui::HotListReportPanel& panel, const char* name) const {
    auto* label = panel.findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("(no label %1)").arg(QLatin1String(name));
}

int TestHotListReportPanel::eventCount(const QString& action) {
    return static_cast<int>(AuditReader::withAction(m_ts->station().database(), action).size());
}

void TestHotListReportPanel::showsTheChosenMonth() {
    ui::HotListReportPanel panel(*m_sam.station, m_sam.session);
    panel.show();
    // Opening the panel reads nothing, so nothing is recorded yet.
    QCOMPARE(eventCount(core::AuditAction::hotListReportViewed()), 0);
    auto* month = panel.findChild<QDateEdit*>(QStringLiteral("reportMonth"));
    QVERIFY(month);
    QCOMPARE(panel.month(), QDate(2026, 3, 1)); // the last whole month
    QCOMPARE(month->maximumDate(), QDate(2026, 4, 30));

    QSignalSpy shown(&panel, &ui::HotListReportPanel::reportShown);
    panel.findChild<QPushButton*>(QStringLiteral("showReportButton"))->click();
    QCOMPARE(shown.size(), 1);
    QVERIFY(labelText(panel, "reportMessage").isEmpty());
    QVERIFY(labelText(panel, "reportPeriod").contains(QStringLiteral("2026-03-01 00:00")));
    QCOMPARE(labelText(panel, "reportEntries"), QStringLiteral("2"));
    QCOMPARE(labelText(panel, "reportAdded"), QStringLiteral("1"));
    QCOMPARE(labelText(panel, "reportReviewed"), QStringLiteral("0"));
    QCOMPARE(labelText(panel, "reportRemoved"), QStringLiteral("0"));
    QCOMPARE(labelText(panel, "reportOverdue"), QStringLiteral("0"));
    QCOMPARE(labelText(panel, "reportHits"), QStringLiteral("2"));
    QCOMPARE(labelText(panel, "reportPossible"), QStringLiteral("1"));

    auto* lists = panel.findChild<QTableWidget*>(QStringLiteral("reportListsTable"));
    QVERIFY(lists);
    QCOMPARE(lists->rowCount(), 1);
    QCOMPARE(lists->item(0, 0)->text(), QStringLiteral("Entries added by hand"));
    QCOMPARE(lists->item(0, 1)->text(), QStringLiteral("2"));
    QCOMPARE(lists->item(0, 6)->text(), QStringLiteral("2"));
    QCOMPARE(lists->item(0, 7)->text(), QStringLiteral("1"));
    auto* entries = panel.findChild<QTableWidget*>(QStringLiteral("reportEntriesTable"));
    QVERIFY(entries);
    QCOMPARE(entries->rowCount(), 2);
    QCOMPARE(entries->item(0, 1)->text(), QStringLiteral("ABC123"));
    QCOMPARE(entries->item(0, 3)->text(), QStringLiteral("Stolen vehicle"));
    QCOMPARE(entries->item(0, 5)->text(), QStringLiteral("amy"));
    QCOMPARE(entries->item(0, 7)->text(), QStringLiteral("1"));
    QCOMPARE(entries->item(0, 8)->text(), QStringLiteral("1"));
    QCOMPARE(entries->item(1, 1)->text(), QStringLiteral("KLM456"));
    QCOMPARE(eventCount(core::AuditAction::hotListReportViewed()), 1);

    // Another month: the old figures go at once, the new ones on request.
    month->setDate(QDate(2026, 2, 14));
    QCOMPARE(entries->rowCount(), 0);
    QVERIFY(labelText(panel, "reportHits").isEmpty());
    QVERIFY(panel.showReport());
    QCOMPARE(panel.report()->month, QDate(2026, 2, 1));
    QCOMPARE(labelText(panel, "reportAdded"), QStringLiteral("1"));
    QCOMPARE(labelText(panel, "reportHits"), QStringLiteral("0"));
    QCOMPARE(entries->rowCount(), 0);

    // The running month is reported up to now.
    panel.setMonth(QDate(2026, 4, 1));
    QVERIFY(panel.showReport());
    QVERIFY(labelText(panel, "reportPeriod").contains(QStringLiteral("still running")));
    QCOMPARE(eventCount(core::AuditAction::hotListReportViewed()), 3);
}

void TestHotListReportPanel::exportWritesTheFile() {
    ui::HotListReportPanel panel(*m_sam.station, m_sam.session);
    panel.show();
    // The button asks for a file first.
    panel.findChild<QPushButton*>(QStringLiteral("exportReportButton"))->click();
    auto* dialog = panel.findChild<QFileDialog*>(QStringLiteral("reportExportDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(
        dialog->selectedFiles().value(0).endsWith(QStringLiteral("hotlist-report-2026-03.csv")));
    dialog->reject();
    QCOMPARE(eventCount(core::AuditAction::hotListReportExported()), 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("march.csv"));
    QSignalSpy exported(&panel, &ui::HotListReportPanel::reportExported);
    QVERIFY(panel.exportTo(path));
    QCOMPARE(exported.size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("month,2026-03\r\n"));
    QVERIFY(bytes.contains(",total,2,1,0,0,0,2,1\r\n"));
    QVERIFY(labelText(panel, "reportMessage").contains(QStringLiteral("march.csv")));
    // The figures written are the ones on screen.
    QCOMPARE(labelText(panel, "reportHits"), QStringLiteral("2"));
    QCOMPARE(eventCount(core::AuditAction::hotListReportExported()), 1);

    QVERIFY(!panel.exportTo(dir.filePath(QStringLiteral("no/such/folder/march.csv"))));
    QVERIFY(labelText(panel, "reportMessage").contains(QStringLiteral("Cannot write")));
    QCOMPARE(eventCount(core::AuditAction::hotListReportExported()), 1);
}

void TestHotListReportPanel::othersAreRefused() {
    ui::HotListReportPanel panel(*m_amy.station, m_amy.session);
    panel.show();
    QVERIFY(!panel.showReport());
    QVERIFY(!labelText(panel, "reportMessage").isEmpty());
    QVERIFY(!panel.report());
    QCOMPARE(panel.findChild<QTableWidget*>(QStringLiteral("reportListsTable"))->rowCount(), 0);
    QTemporaryDir dir;
    QVERIFY(!panel.exportTo(dir.filePath(QStringLiteral("march.csv"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("march.csv"))));
    QCOMPARE(eventCount(core::AuditAction::hotListReportViewed()), 0);
    QCOMPARE(eventCount(core::AuditAction::hotListReportExported()), 0);
}

QTEST_MAIN(TestHotListReportPanel)
#include "tst_hotlistreportpanel.moc"
