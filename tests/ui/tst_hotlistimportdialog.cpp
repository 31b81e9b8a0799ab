// The hot-list import dialog driven through its named widgets under the
// offscreen platform, as an agent: the detected profile and the first
// records, a refused import that keeps what was typed, an import with its
// counts and the records that were not accepted clean, and choosing another
// profile by hand.
#include "core/hotlist/HotListImportService.h"
#include "core/station/Station.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"
#include "ui/hotlist/HotListImportDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace pl;
using tests::TestStation;

namespace {

constexpr int kRunTimeoutMs = 60000;

QString ncicSample() {
    return QStringLiteral(PL_SAMPLES_DIR "/ncic_hotlist_fixed.txt");
}

template <typename T>
T* child(QObject* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

QString cell(QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

// The table row showing this line of the file, or -1.
int rowOfLine(QTableWidget* table, qint64 line) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (cell(table, row, 0) == QString::number(line))
            return row;
    }
    return -1;
}

} // namespace

class TestHotListImportDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void previewShowsDetectedProfileAndRecords();
    void refusalKeepsWhatWasTyped();
    void importShowsCountsAndIssues();
    void profileChosenByHandMapsTheFile();

private:
    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_amy;
    std::unique_ptr<ui::HotListImportDialog> m_dialog;
};

void TestHotListImportDialog::init() {
    m_ts = std::make_unique<TestStation>(QDateTime(QDate(2024, 11, 4), QTime(12, 0), Qt::UTC));
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("amy"), core::Role::Agent) > 0);
    m_amy = m_ts->loginActive(QStringLiteral("amy"), TestStation::userPassword());
    QVERIFY(m_amy.station);
    m_dialog = std::make_unique<ui::HotListImportDialog>(*m_amy.station, m_amy.session);
    m_dialog->show();
}

void TestHotListImportDialog::cleanup() {
    m_dialog.reset();
    m_amy = {};
    m_ts.reset();
}

void TestHotListImportDialog::previewShowsDetectedProfileAndRecords() {
    auto* profiles = child<QComboBox>(m_dialog.get(), "profileBox");
    QVERIFY(profiles);
    // "Detect" first, then the six shipped hot-list layouts.
    QCOMPARE(profiles->count(), 7);
    QVERIFY(profiles->currentData().toString().isEmpty());

    m_dialog->setFile(ncicSample());
    const QString detected = child<QLabel>(m_dialog.get(), "detectedLabel")->text();
    QVERIFY2(detected.contains(QStringLiteral("ncic-lpr-extract-fixed")), qPrintable(detected));
    auto* listName = child<QLineEdit>(m_dialog.get(), "listName");
    QVERIFY(listName->placeholderText().startsWith(QStringLiteral("NCIC-style")));
    QVERIFY(child<QLabel>(m_dialog.get(), "listState")->text().contains(QStringLiteral("creates")));

    auto* preview = child<QTableWidget>(m_dialog.get(), "previewTable");
    // All 19 records: the header, the blank line and the trailer are not records.
    QCOMPARE(preview->rowCount(), 19);
    QCOMPARE(cell(preview, 0, 0), QStringLiteral("2"));
    QCOMPARE(cell(preview, 0, 2), QStringLiteral("ZQX4821"));
    QCOMPARE(cell(preview, 0, 3), QStringLiteral("WA"));
    QCOMPARE(cell(preview, 0, 4), QStringLiteral("Stolen vehicle"));
    const int line8 = rowOfLine(preview, 8);
    QVERIFY(line8 >= 0);
    QCOMPARE(cell(preview, line8, 3), QStringLiteral("OH"));
    QCOMPARE(cell(preview, line8, 5), QStringLiteral("state_zero_for_O"));
    const int line16 = rowOfLine(preview, 16);
    QVERIFY(line16 >= 0);
    QCOMPARE(cell(preview, line16, 1),
             core::HotListImportRow::outcomeLabel(core::HotListImportRow::Outcome::Rejected));
    QCOMPARE(cell(preview, line16, 5), QStringLiteral("bad_date:entry_date='20241340'"));
}

void TestHotListImportDialog::refusalKeepsWhatWasTyped() {
    m_dialog->setFile(ncicSample());
    child<QLineEdit>(m_dialog.get(), "reason")->setText(QStringLiteral("Daily list"));
    QSignalSpy finished(m_dialog.get(), &ui::HotListImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "importButton"), Qt::LeftButton);
    // Refused before anything ran: the message says what is missing.
    auto* error = child<QLabel>(m_dialog.get(), "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("case number")), qPrintable(error->text()));
    QCOMPARE(finished.size(), 0);
    QVERIFY(!m_dialog->isImporting());
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "reason")->text(), QStringLiteral("Daily list"));
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "filePath")->text(), ncicSample());
    QVERIFY(child<QPushButton>(m_dialog.get(), "importButton")->isEnabled());
}

void TestHotListImportDialog::importShowsCountsAndIssues() {
    m_dialog->setFile(ncicSample());
    child<QLineEdit>(m_dialog.get(), "listName")->setText(QStringLiteral("NCIC daily"));
    child<QLineEdit>(m_dialog.get(), "caseNumber")->setText(QStringLiteral("HL-2024-017"));
    child<QLineEdit>(m_dialog.get(), "reason")->setText(QStringLiteral("Daily state hot list"));
    QSignalSpy finished(m_dialog.get(), &ui::HotListImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "importButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRunTimeoutMs);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!child<QLabel>(m_dialog.get(), "errorLabel")->isVisible());
    QCOMPARE(child<QProgressBar>(m_dialog.get(), "progressBar")->value(),
             child<QProgressBar>(m_dialog.get(), "progressBar")->maximum());
    QVERIFY(!child<QPushButton>(m_dialog.get(), "cancelButton")->isEnabled());

    const QString result = child<QLabel>(m_dialog.get(), "resultLabel")->text();
    QVERIFY2(result.contains(QStringLiteral("15 of 19 records stored (6 with flags), 3 "
                                            "rejected, 1 duplicates, 0 skipped")),
             qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("15 added, 0 kept, 0 removed")), qPrintable(result));
    auto* issues = child<QTableWidget>(m_dialog.get(), "issuesTable");
    QCOMPARE(issues->rowCount(), 10);
    const int line19 = rowOfLine(issues, 19);
    QVERIFY(line19 >= 0);
    QCOMPARE(cell(issues, line19, 2), QStringLiteral("tab_in_fixed_width_line"));
    QVERIFY(!cell(issues, line19, 3).isEmpty());
    QVERIFY(cell(issues, line19, 4).contains(QLatin1Char('\t')));
    const int line15 = rowOfLine(issues, 15);
    QCOMPARE(cell(issues, line15, 2), QStringLiteral("duplicate_of_line:14"));

    QVERIFY(m_dialog->summary().has_value());
    QCOMPARE(m_dialog->summary()->listName, QStringLiteral("NCIC daily"));
    auto entries = m_amy.station->hotListImports().preview(m_amy.session, ncicSample(), {},
                                                           QStringLiteral("NCIC daily"));
    PL_VERIFY_OK(entries);
    QCOMPARE(entries->listEntries, 15);
    // The list now exists; importing again would replace it.
    QVERIFY(
        child<QLabel>(m_dialog.get(), "listState")->text().contains(QStringLiteral("replaces")));
}

void TestHotListImportDialog::profileChosenByHandMapsTheFile() {
    m_dialog->setFile(ncicSample());
    auto* profiles = child<QComboBox>(m_dialog.get(), "profileBox");
    const int semicolon =
        profiles->findData(QStringLiteral("securitycenter-style-semicolon-hotlist"));
    QVERIFY(semicolon > 0);
    profiles->setCurrentIndex(semicolon);
    const QString detected = child<QLabel>(m_dialog.get(), "detectedLabel")->text();
    QVERIFY2(detected.contains(QStringLiteral("ncic-lpr-extract-fixed")), qPrintable(detected));
    auto* preview = child<QTableWidget>(m_dialog.get(), "previewTable");
    QVERIFY(preview->rowCount() > 0);
    QCOMPARE(cell(preview, 0, 5), QStringLiteral("field_count:1!=7"));
}

QTEST_MAIN(TestHotListImportDialog)
#include "tst_hotlistimportdialog.moc"
