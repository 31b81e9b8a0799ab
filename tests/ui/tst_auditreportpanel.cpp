// The audit report panel, driven through its named children: the default
// period (last quarter), the figures, tables and charts shown, both exports
// with their audit events, a custom period, and what others see.
#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"
#include "ui/audit/AuditReportPanel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCryptographicHash>
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

QJsonObject window(const QString& basis, const QString& offense = {}) {
    QJsonObject w{{QStringLiteral("basis"), basis}};
    if (!offense.isEmpty())
        w.insert(QStringLiteral("offense"), offense);
    return {{QStringLiteral("window"), w}};
}

// The value shown for a figure in the figures table; -1 when absent.
qint64 figure(QTableWidget* table, const QString& name) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name)
            return table->item(row, 1)->data(Qt::DisplayRole).toLongLong();
    }
    return -1;
}

} // namespace

class TestAuditReportPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsLastQuarter();
    void exportsCsvAndPdf();
    void customDays();
    void othersAreRefused();

private:
    void event(const QDateTime& when, const core::Session& who, const QString& action,
               core::AuditOutcome outcome, const QJsonObject& details = {});
    int eventCount(const QString& action);

    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_amy;
    core::StationLogin m_sam;
};

void TestAuditReportPanel::init() {
    m_ts = std::make_unique<TestStation>(utc(2026, 1, 10));
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("amy"), core::Role::Agent) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
    m_amy = m_ts->loginActive(QStringLiteral("amy"), TestStation::userPassword());
    m_sam = m_ts->loginActive(QStringLiteral("sam"), TestStation::userPassword());
    QVERIFY(m_amy.station && m_sam.station);

    // First quarter: amy searches twice (administrative) and is refused
    // once, sam once (homicide); one alert. April: one more search.
    const QString admin = QStringLiteral("administrative");
    event(utc(2026, 1, 12), m_amy.session, core::AuditAction::searchRun(),
          core::AuditOutcome::Success, window(admin));
    event(utc(2026, 2, 12), m_amy.session, core::AuditAction::searchRun(),
          core::AuditOutcome::Success, window(admin));
    event(utc(2026, 2, 13), m_amy.session, core::AuditAction::searchRefused(),
          core::AuditOutcome::Refused);
    event(utc(2026, 3, 2), m_sam.session, core::AuditAction::searchRun(),
          core::AuditOutcome::Success,
          window(QStringLiteral("criminal"), QStringLiteral("homicide")));
    event(utc(2026, 3, 3), m_amy.session, core::AuditAction::alertCreated(),
          core::AuditOutcome::Success, {{QStringLiteral("owner_id"), m_amy.session.userId}});
    event(utc(2026, 4, 2), m_amy.session, core::AuditAction::searchRun(),
          core::AuditOutcome::Success, window(admin));
    m_ts->clock().set(utc(2026, 4, 15));
}

void TestAuditReportPanel::cleanup() {
    m_amy = {};
    m_sam = {};
    m_ts.reset();
}

void TestAuditReportPanel::event(const QDateTime& when, const core::Session& who,
                                 const QString& action, core::AuditOutcome outcome,
                                 const QJsonObject& details) {
    core::Station& station = m_ts->station();
    auto tx = core::Transaction::begin(station.database());
    PL_VERIFY_OK(tx);
    core::AuditRecord record{action, outcome};
    record.details = details;
    PL_VERIFY_OK(station.auditLog().appendAt(tx.value(), who.actor(), record, when));
    PL_VERIFY_OK(tx.value().commit());
}

int TestAuditReportPanel::eventCount(const QString& action) {
    return static_cast<int>(AuditReader::withAction(m_ts->station().database(), action).size());
}

void TestAuditReportPanel::showsLastQuarter() {
    ui::AuditReportPanel panel(*m_sam.station, m_sam.session);
    panel.show();
    // Nothing is read (or recorded) until asked for.
    QCOMPARE(eventCount(core::AuditAction::auditReportViewed()), 0);
    QCOMPARE(panel.findChild<QDateEdit*>(QStringLiteral("periodFrom"))->date(), QDate(2026, 1, 1));
    QCOMPARE(panel.findChild<QDateEdit*>(QStringLiteral("periodTo"))->date(), QDate(2026, 3, 31));
    QVERIFY(!panel.findChild<QDateEdit*>(QStringLiteral("periodFrom"))->isEnabled());

    QSignalSpy shown(&panel, &ui::AuditReportPanel::reportShown);
    panel.findChild<QPushButton*>(QStringLiteral("showReportButton"))->click();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(eventCount(core::AuditAction::auditReportViewed()), 1);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("reportPeriod"))
                ->text()
                .contains(QStringLiteral("2026-01-01 to 2026-03-31")));

    auto* figures = panel.findChild<QTableWidget*>(QStringLiteral("figuresTable"));
    QCOMPARE(figure(figures, QStringLiteral("Searches run")), 3);
    QCOMPARE(figure(figures, QStringLiteral("Searches refused")), 1);
    QCOMPARE(figure(figures, QStringLiteral("Alerts raised")), 1);
    QCOMPARE(figure(figures, QStringLiteral("Reads purged")), 0);

    auto* users = panel.findChild<QTableWidget*>(QStringLiteral("searchesByUserTable"));
    QCOMPARE(users->rowCount(), 2);
    QCOMPARE(users->item(0, 0)->text(), QStringLiteral("amy"));
    QCOMPARE(users->item(0, 1)->data(Qt::DisplayRole).toInt(), 2);
    QCOMPARE(users->item(0, 2)->data(Qt::DisplayRole).toInt(), 1);
    QCOMPARE(users->item(1, 0)->text(), QStringLiteral("sam"));
    auto* categories = panel.findChild<QTableWidget*>(QStringLiteral("searchesByCategoryTable"));
    QCOMPARE(categories->rowCount(), 2);
    QCOMPARE(categories->item(0, 0)->text(), QStringLiteral("Administrative"));
    QCOMPARE(categories->item(1, 0)->text(), QStringLiteral("Criminal: Homicide"));
    auto* owners = panel.findChild<QTableWidget*>(QStringLiteral("alertsByOwnerTable"));
    QCOMPARE(owners->rowCount(), 1);
    QCOMPARE(owners->item(0, 0)->text(), QStringLiteral("amy"));
    QCOMPARE(panel.findChild<QTableWidget*>(QStringLiteral("plateMonthsTable"))->rowCount(), 3);

    // The charts carry the same figures.
    auto* userChart = panel.findChild<QChartView*>(QStringLiteral("searchesByUserChart"));
    QCOMPARE(userChart->chart()->series().size(), 1);
    auto* bars = qobject_cast<QBarSeries*>(userChart->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 2);
    QCOMPARE(bars->barSets().at(0)->at(0), 2.0);
    QCOMPARE(bars->barSets().at(0)->at(1), 1.0);
    QCOMPARE(bars->barSets().at(1)->at(0), 1.0);
    auto* categoryChart = panel.findChild<QChartView*>(QStringLiteral("searchesByCategoryChart"));
    auto* categoryBars = qobject_cast<QBarSeries*>(categoryChart->chart()->series().first());
    QVERIFY(categoryBars);
    QCOMPARE(categoryBars->barSets().at(0)->count(), 2);
    QVERIFY(panel.findChild<QChartView*>(QStringLiteral("platesPerMonthChart")));

    // Choosing another period clears what no longer matches it.
    panel.setChoice(ui::AuditReportPanel::Choice::ThisMonth);
    QVERIFY(!panel.report());
    QCOMPARE(users->rowCount(), 0);
}

void TestAuditReportPanel::exportsCsvAndPdf() {
    ui::AuditReportPanel panel(*m_sam.station, m_sam.session);
    panel.show();
    panel.findChild<QPushButton*>(QStringLiteral("exportCsvButton"))->click();
    auto* dialog = panel.findChild<QFileDialog*>(QStringLiteral("reportExportDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->selectedFiles().value(0).endsWith(
        QStringLiteral("audit-report-2026-01-01-to-2026-03-31.csv")));
    dialog->reject();
    QCOMPARE(eventCount(core::AuditAction::auditReportExported()), 0);

    QTemporaryDir dir;
    QSignalSpy exported(&panel, &ui::AuditReportPanel::reportExported);
    const QString csvPath = dir.filePath(QStringLiteral("q1.csv"));
    QVERIFY(panel.exportCsvTo(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    QVERIFY(csvBytes.contains("\r\nsearches,3\r\n"));
    QVERIFY(csvBytes.contains("\r\namy,2,1\r\n"));
    auto event =
        AuditReader::last(m_ts->station().database(), core::AuditAction::auditReportExported());
    QCOMPARE(event.userName, QStringLiteral("sam"));
    QJsonObject details = AuditReader::details(event);
    QCOMPARE(details.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    QCOMPARE(details.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(csvBytes, QCryptographicHash::Sha256).toHex()));
    // What was written is shown.
    QVERIFY(panel.report());
    QCOMPARE(panel.report()->searches, 3);

    const QString pdfPath = dir.filePath(QStringLiteral("q1.pdf"));
    QVERIFY(panel.exportPdfTo(pdfPath));
    QCOMPARE(exported.size(), 2);
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdf.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QVERIFY(pdfBytes.size() > 10000); // text, tables and three chart images
    event = AuditReader::last(m_ts->station().database(), core::AuditAction::auditReportExported());
    details = AuditReader::details(event);
    QCOMPARE(details.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
    QCOMPARE(details.value(QStringLiteral("file_name")).toString(), QStringLiteral("q1.pdf"));
    QCOMPARE(details.value(QStringLiteral("bytes")).toInteger(), pdfBytes.size());
    QCOMPARE(details.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(pdfBytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(eventCount(core::AuditAction::auditReportExported()), 2);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("reportMessage"))
                ->text()
                .contains(QStringLiteral("q1.pdf")));
}

void TestAuditReportPanel::customDays() {
    ui::AuditReportPanel panel(*m_sam.station, m_sam.session);
    panel.setCustomDays(QDate(2026, 2, 1), QDate(2026, 4, 10));
    QVERIFY(panel.findChild<QDateEdit*>(QStringLiteral("periodFrom"))->isEnabled());
    QVERIFY(panel.showReport());
    QCOMPARE(panel.report()->fromUtc, utc(2026, 2, 1, 0));
    QCOMPARE(panel.report()->toUtc, utc(2026, 4, 11, 0));
    // amy Feb 12 and Apr 2, sam Mar 2.
    QCOMPARE(figure(panel.findChild<QTableWidget*>(QStringLiteral("figuresTable")),
                    QStringLiteral("Searches run")),
             3);
    // A period that has not begun is refused with a message.
    panel.setCustomDays(QDate(2026, 5, 1), QDate(2026, 5, 31));
    QVERIFY(!panel.showReport());
    QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("reportMessage"))->text().isEmpty());
}

void TestAuditReportPanel::othersAreRefused() {
    ui::AuditReportPanel panel(*m_amy.station, m_amy.session);
    QVERIFY(!panel.showReport());
    QVERIFY(!panel.report());
    QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("reportMessage"))->text().isEmpty());
    QTemporaryDir dir;
    QVERIFY(!panel.exportCsvTo(dir.filePath(QStringLiteral("x.csv"))));
    QVERIFY(!panel.exportPdfTo(dir.filePath(QStringLiteral("x.pdf"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
    QCOMPARE(eventCount(core::AuditAction::auditReportViewed()), 0);
    QCOMPARE(eventCount(core::AuditAction::auditReportExported()), 0);
}

QTEST_MAIN(TestAuditReportPanel)
#include "tst_auditreportpanel.moc"
