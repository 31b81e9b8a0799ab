// The Import section driven through its named widgets under the offscreen
// platform, as an agent: preview and detection, a new device, a run with its
// summary and rejected rows, bad input kept for correction, cancel and roll
// back, and the confirmation before a file is imported a second time.
#include "core/consent/ConsentText.h"
#include "core/import/ImportService.h"
#include "core/station/Station.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"
#include "ui/import/DeviceDialog.h"
#include "ui/import/ImportHistoryPanel.h"
#include "ui/import/ImportIssueModel.h"
#include "ui/import/ImportIssuesView.h"
#include "ui/import/ImportMappingPanel.h"
#include "ui/import/ImportPage.h"
#include "ui/import/ImportPreviewModel.h"
#include "ui/import/ImportRecordModel.h"
#include "ui/import/ImportRunPanel.h"
#include "ui/import/ImportSetupPanel.h"
#include "ui/import/ImportSummaryView.h"
#include "ui/import/TimeZoneBox.h"
#include "ui/main/MainWindow.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;
using tests::TestStation;

namespace {

constexpr int kRunTimeoutMs = 120000;

QString samplePath() {
    return QStringLiteral(PL_SAMPLES_DIR "/reads_summary_like.csv");
}

template <typename T>
T* child(QObject* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

QString labelText(QObject* parent, const char* name) {
    auto* label = child<QLabel>(parent, name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

// The issue model's row for a line of the file, or -1.
int issueRow(const ui::ImportIssueModel* model, qint64 line) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->issues().at(row).line == line)
            return row;
    }
    return -1;
}

QString issueReason(const ui::ImportIssueModel* model, int row) {
    return model->data(model->index(row, ui::ImportIssueModel::Reason), Qt::DisplayRole).toString();
}

} // namespace

class TestImportPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewDetectsProfile();
    void workbookOffersSheets();
    void multiColumnFieldKeepsItsColumns();
    void importShowsSummaryAndRejectedRows();
    void badInputIsShownAndKept();
    void deviceDialogKeepsInputOnError();
    void cancelThenRollBack();
    void cancelThenResume();
    void reimportAsksFirst();

private:
    ui::ImportSetupPanel* setup() const { return m_page->setup(); }
    ui::ImportRunPanel* runPanel() const { return m_page->runPanel(); }
    void typePath(const QString& path);
    void createDevice(const QString& name);
    void runAndWait();
    qint64 importCount();
    QString writeBigCsv();

    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_login;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ImportPage* m_page = nullptr;
    QTemporaryDir m_dir;
};

void TestImportPage::initTestCase() {
    // Without the shared sample files every test would fail on a missing
    // widget state; say why once instead.
    QVERIFY2(QFileInfo::exists(samplePath()),
             qPrintable(QStringLiteral("sample files not found at %1 (set PL_SHARED_DIR and "
                                       "configure again)")
                            .arg(QStringLiteral(PL_SAMPLES_DIR))));
}

void TestImportPage::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("alice"), core::Role::Agent));
    m_ts->close();
    m_login = m_ts->loginActive(QStringLiteral("alice"), TestStation::userPassword());
    QVERIFY(m_login.station);
    auto consent = core::ConsentText::load(QStringLiteral("en"));
    QVERIFY(consent);
    m_window = std::make_unique<ui::MainWindow>(*m_login.station, m_login.session, consent.value());
    QVERIFY(m_window->sections().contains(ui::MainWindow::Section::Import));
    m_window->showSection(ui::MainWindow::Section::Import);
    m_window->show();
    m_page = m_window->findChild<ui::ImportPage*>();
    QVERIFY(m_page);
    QVERIFY(m_page->isVisible());
}

void TestImportPage::cleanup() {
    m_window.reset();
    m_page = nullptr;
    m_login = {};
    m_ts.reset();
}

void TestImportPage::typePath(const QString& path) {
    auto* edit = child<QLineEdit>(setup(), "filePath");
    QVERIFY(edit);
    edit->setText(path);
    // The preview follows a pause in typing.
    QTRY_VERIFY(setup()->preview().has_value() && setup()->preview()->filePath == path);
}

void TestImportPage::createDevice(const QString& name) {
    child<QPushButton>(setup(), "newDeviceButton")->click();
    auto* dialog = setup()->findChild<ui::DeviceDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // The system's zone is preselected.
    QCOMPARE(child<ui::TimeZoneBox>(dialog, "deviceTimeZone")->zoneId(),
             ui::TimeZoneBox::systemZoneId());
    child<QLineEdit>(dialog, "deviceName")->setText(name);
    auto* type = child<QComboBox>(dialog, "deviceType");
    type->setCurrentIndex(type->findData(static_cast<int>(core::Device::Type::Mobile)));
    child<QPushButton>(dialog, "submitButton")->click();
    QTRY_VERIFY(!setup()->findChild<ui::DeviceDialog*>());
    QCOMPARE(child<QComboBox>(setup(), "deviceCombo")->currentData().toString(), name);
}

void TestImportPage::runAndWait() {
    QSignalSpy finished(m_page, &ui::ImportPage::importFinished);
    auto* run = child<QPushButton>(setup(), "runButton");
    QVERIFY(run);
    run->click();
    QVERIFY2(runPanel()->isVisible(), qPrintable(labelText(setup(), "runMessage")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);
}

qint64 TestImportPage::importCount() {
    auto records = m_login.station->imports().imports(m_login.session);
    return records ? records.value().size() : -1;
}

// ~200,000 reads in the plain layout, each plate distinct.
QString TestImportPage::writeBigCsv() {
    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    QFile file(big);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray text("plate,state,date,time,lat,lon,device\n");
    for (int i = 0; i < 200000; ++i) {
        text.append("P")
            .append(QByteArray::number(i))
            .append(",WA,2024-10-07,")
            .append(QTime(0, 0).addSecs(i % 86400).toString(u"HH:mm:ss").toLatin1())
            .append(",47.61,-122.33,UNIT-7\n");
    }
    return file.write(text) == text.size() ? big : QString();
}

void TestImportPage::previewDetectsProfile() {
    typePath(samplePath());
    QCOMPARE(setup()->preview()->detectedProfileId, QStringLiteral("boss-reads-summary-like"));
    QCOMPARE(child<QComboBox>(setup(), "profileCombo")->currentData().toString(),
             QStringLiteral("boss-reads-summary-like"));
    QVERIFY(labelText(setup(), "detectedProfile").contains(u"boss-reads-summary-like"));
    QVERIFY(!labelText(setup(), "detectedLayout").isEmpty());

    // The preview shows rows, with their lines, and what each column feeds.
    ui::ImportPreviewModel* model = setup()->previewModel();
    QVERIFY(model->rowCount() >= 15);
    QCOMPARE(model->headerData(0, Qt::Vertical, Qt::DisplayRole).toLongLong(), 2);
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        headers.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    QVERIFY2(headers.contains(QStringLiteral("Plate ← plate")), qPrintable(headers.join(u'|')));
    QVERIFY2(headers.contains(QStringLiteral("Device ← device_id")),
             qPrintable(headers.join(u'|')));

    // A corrected mapping shows at once and must be saved before it is used.
    auto* plate = child<QComboBox>(setup(), "mapping_plate");
    QVERIFY(plate);
    plate->setCurrentIndex(plate->findText(QStringLiteral("Location")));
    const QString location = model->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString();
    QVERIFY2(location.startsWith(u"Location ←") && location.contains(u"plate"),
             qPrintable(location));
    QVERIFY(child<QPushButton>(setup(), "saveProfileButton")->isEnabled());
    child<QPushButton>(setup(), "saveProfileButton")->click();
    auto* dialog = setup()->findChild<QDialog*>(QStringLiteral("saveProfileDialog"));
    QVERIFY(dialog);
    child<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("Seattle with location"));
    child<QPushButton>(dialog, "submitButton")->click();
    QTRY_VERIFY(!setup()->findChild<QDialog*>(QStringLiteral("saveProfileDialog")));
    const QString saved = child<QComboBox>(setup(), "profileCombo")->currentData().toString();
    QVERIFY2(saved.startsWith(u"custom-"), qPrintable(saved));
    QVERIFY(!child<QPushButton>(setup(), "saveProfileButton")->isEnabled());
    QCOMPARE(child<QComboBox>(setup(), "mapping_plate")->currentText(), QStringLiteral("Location"));
}

void TestImportPage::workbookOffersSheets() {
    typePath(QStringLiteral(PL_SAMPLES_DIR "/covert_unit_export.xlsx"));
    QVERIFY(setup()->preview()->sheets.contains(QStringLiteral("Reads")));
    auto* sheet = child<QComboBox>(setup(), "sheetCombo");
    QVERIFY(sheet->isVisible());
    QCOMPARE(sheet->currentText(), setup()->preview()->sheet);
    QVERIFY(setup()->previewModel()->rowCount() > 0);
}

void TestImportPage::multiColumnFieldKeepsItsColumns() {
    // The plain layout reads the time from "date" + "time"; this file has a
    // second time column to take instead.
    const QString path = m_dir.filePath(QStringLiteral("two-times.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plate,state,date,time,lat,lon,device,time_local\n"
                   "ABC123,WA,2024-10-07,16:30:00,47.61,-122.33,UNIT-7,09:30:00\n");
    }
    typePath(path);
    auto* time = child<QComboBox>(setup(), "mapping_ts_2");
    QVERIFY(time);
    QCOMPARE(time->currentText(), QStringLiteral("time"));
    time->setCurrentIndex(time->findText(QStringLiteral("time_local")));
    QCOMPARE(setup()->mapping()->changes().value(QStringLiteral("ts")),
             QStringList({QStringLiteral("date"), QStringLiteral("time_local")}));

    child<QPushButton>(setup(), "saveProfileButton")->click();
    auto* dialog = setup()->findChild<QDialog*>(QStringLiteral("saveProfileDialog"));
    QVERIFY(dialog);
    child<QPushButton>(dialog, "submitButton")->click();
    QTRY_VERIFY(!setup()->findChild<QDialog*>(QStringLiteral("saveProfileDialog")));
    const core::ImportProfile* saved = setup()->currentProfile();
    QVERIFY(saved);
    QVERIFY(!saved->builtIn);
    QVERIFY(saved->field(QStringLiteral("ts")));
    QCOMPARE(saved->field(QStringLiteral("ts"))->columns,
             QStringList({QStringLiteral("date"), QStringLiteral("time_local")}));
    QCOMPARE(child<QComboBox>(setup(), "mapping_ts_2")->currentText(),
             QStringLiteral("time_local"));
}

void TestImportPage::importShowsSummaryAndRejectedRows() {
    typePath(samplePath());
    createDevice(QStringLiteral("Car 12"));
    runAndWait();

    QVERIFY2(labelText(runPanel(), "importState").contains(u"complete"),
             qPrintable(labelText(runPanel(), "importState")));
    QCOMPARE(labelText(runPanel(), "rowsReadCount"), QStringLiteral("20"));
    QCOMPARE(labelText(runPanel(), "storedCount"), QStringLiteral("15"));
    QCOMPARE(labelText(runPanel(), "flaggedCount"), QStringLiteral("5"));
    QCOMPARE(labelText(runPanel(), "duplicateCount"), QStringLiteral("1"));
    QCOMPARE(labelText(runPanel(), "rejectedCount"), QStringLiteral("4"));
    QVERIFY(!child<QPushButton>(runPanel(), "rollbackButton")->isVisible());

    const QString ocr = labelText(runPanel(), "ocrNote");
    QVERIFY2(ocr.contains(u"B0KT552") && ocr.contains(u"BOKT552"), qPrintable(ocr));

    ui::ImportIssueModel* issues = runPanel()->summary()->issues()->model();
    QCOMPARE(issues->rowCount(), 5); // 4 rejected + 1 duplicate
    const int monthRow = issueRow(issues, 16);
    QVERIFY(monthRow >= 0);
    QVERIFY2(issueReason(issues, monthRow).contains(u"date", Qt::CaseInsensitive),
             qPrintable(issueReason(issues, monthRow)));
    QVERIFY(issues->data(issues->index(monthRow, ui::ImportIssueModel::Content), Qt::DisplayRole)
                .toString()
                .startsWith(u"13/07/2024"));
    const int fieldsRow = issueRow(issues, 14);
    QVERIFY(fieldsRow >= 0);
    QVERIFY2(issueReason(issues, fieldsRow).contains(u"6 fields"),
             qPrintable(issueReason(issues, fieldsRow)));
    QVERIFY(issueRow(issues, 7) >= 0); // the duplicate

    // Export through the (non-native) save dialog.
    child<QPushButton>(runPanel(), "exportIssuesButton")->click();
    auto* save = runPanel()->findChild<QFileDialog*>(QStringLiteral("exportDialog"));
    QVERIFY(save);
    const QString csv = m_dir.filePath(QStringLiteral("rejected.csv"));
    save->selectFile(csv);
    static_cast<QDialog*>(save)->accept(); // QFileDialog::accept is protected
    QTRY_VERIFY(QFile::exists(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("13/07/2024"));
    QVERIFY(labelText(runPanel(), "exportMessage").contains(u"rejected.csv"));

    // The history lists it, complete, with its counts.
    ui::ImportHistoryPanel* history = m_page->history();
    QCOMPARE(history->model()->rowCount(), 1);
    const core::ImportRecord* record = history->model()->recordAt(0);
    QCOMPARE(record->status, core::ImportRecord::Status::Complete);
    QCOMPARE(record->fileName, QStringLiteral("reads_summary_like.csv"));
    QCOMPARE(record->userName, QStringLiteral("alice"));
    QCOMPARE(record->counts.stored, qint64(15));
    QVERIFY(!child<QPushButton>(history, "rollbackImportButton")->isEnabled());
    // The selected import shows the rows it did not store.
    QCOMPARE(history->issues()->model()->rowCount(), 5);

    // Back to the form: what was typed is still there.
    child<QPushButton>(runPanel(), "newImportButton")->click();
    QVERIFY(setup()->isVisible());
    QCOMPARE(setup()->filePath(), samplePath());
}

void TestImportPage::badInputIsShownAndKept() {
    const QString missing = m_dir.filePath(QStringLiteral("no-such-file.csv"));
    auto* path = child<QLineEdit>(setup(), "filePath");
    path->setText(missing);
    child<QPushButton>(setup(), "runButton")->click();
    QVERIFY(!labelText(setup(), "fileError").isEmpty());
    QVERIFY(child<QLabel>(setup(), "fileError")->isVisible());
    QCOMPARE(path->text(), missing);
    QVERIFY(!runPanel()->isVisible());

    typePath(samplePath());
    auto* zone = child<ui::TimeZoneBox>(setup(), "timeZoneCombo");
    zone->setEditText(QStringLiteral("Mars/Olympus_Mons"));
    child<QPushButton>(setup(), "runButton")->click();
    QVERIFY2(labelText(setup(), "timeZoneError").contains(u"Mars/Olympus_Mons"),
             qPrintable(labelText(setup(), "timeZoneError")));
    QCOMPARE(zone->currentText(), QStringLiteral("Mars/Olympus_Mons"));
    QCOMPARE(setup()->filePath(), samplePath());
    QVERIFY(!runPanel()->isVisible());
    QCOMPARE(importCount(), 0);
}

void TestImportPage::deviceDialogKeepsInputOnError() {
    child<QPushButton>(setup(), "newDeviceButton")->click();
    auto* dialog = setup()->findChild<ui::DeviceDialog*>();
    QVERIFY(dialog);
    child<QLineEdit>(dialog, "deviceLatitude")->setText(QStringLiteral("47.6"));
    child<QPushButton>(dialog, "submitButton")->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(labelText(dialog, "errorLabel").contains(u"name"));

    child<QLineEdit>(dialog, "deviceName")->setText(QStringLiteral("Pole 3"));
    child<QPushButton>(dialog, "submitButton")->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(labelText(dialog, "errorLabel").contains(u"longitude"),
             qPrintable(labelText(dialog, "errorLabel")));
    QCOMPARE(child<QLineEdit>(dialog, "deviceLatitude")->text(), QStringLiteral("47.6"));

    child<QLineEdit>(dialog, "deviceLongitude")->setText(QStringLiteral("-122.3"));
    child<ui::TimeZoneBox>(dialog, "deviceTimeZone")->setEditText(QStringLiteral("Nowhere/None"));
    child<QPushButton>(dialog, "submitButton")->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(labelText(dialog, "errorLabel").contains(u"Nowhere/None"));

    child<ui::TimeZoneBox>(dialog, "deviceTimeZone")->setZoneId(QStringLiteral("America/Chicago"));
    child<QPushButton>(dialog, "submitButton")->click();
    QTRY_VERIFY(!setup()->findChild<ui::DeviceDialog*>());
    auto devices = m_login.station->imports().devices(m_login.session);
    PL_VERIFY_OK(devices);
    QCOMPARE(devices.value().size(), 1);
    QCOMPARE(devices.value().first().timeZone, QStringLiteral("America/Chicago"));
    QVERIFY(devices.value().first().hasLocation());
    // The import's automatic zone follows the device.
    QVERIFY(child<ui::TimeZoneBox>(setup(), "timeZoneCombo")
                ->currentText()
                .contains(u"America/Chicago"));
}

void TestImportPage::cancelThenRollBack() {
    const QString big = writeBigCsv();
    QVERIFY(!big.isEmpty());
    typePath(big);
    QCOMPARE(setup()->preview()->detectedProfileId, QStringLiteral("plain-reads-csv"));

    child<QPushButton>(setup(), "runButton")->click();
    QVERIFY2(runPanel()->isVisible(), qPrintable(labelText(setup(), "runMessage")));
    QVERIFY(runPanel()->isRunning());
    child<QPushButton>(runPanel(), "cancelImportButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!runPanel()->isRunning(), kRunTimeoutMs);
    QVERIFY2(labelText(runPanel(), "importState").contains(u"cancelled"),
             qPrintable(labelText(runPanel(), "importState")));
    auto* rollback = child<QPushButton>(runPanel(), "rollbackButton");
    QVERIFY(rollback->isVisible());
    QVERIFY(child<QPushButton>(runPanel(), "resumeButton")->isVisible());
    QCOMPARE(m_page->history()->model()->recordAt(0)->status,
             core::ImportRecord::Status::Cancelled);

    rollback->click();
    auto* confirm = m_page->findChild<QMessageBox*>(QStringLiteral("rollbackDialog"));
    QVERIFY(confirm);
    QVERIFY(confirm->isVisible());
    child<QPushButton>(confirm, "confirmRollbackButton")->click();
    QTRY_VERIFY(!m_page->findChild<QMessageBox*>(QStringLiteral("rollbackDialog")));
    QTRY_VERIFY2(labelText(runPanel(), "importState").contains(u"rolled back"),
                 qPrintable(labelText(runPanel(), "importState")));
    QVERIFY(!rollback->isVisible());
    // The roll-back ran off the GUI thread behind a progress dialog, now gone.
    QTRY_VERIFY(!m_page->findChild<QProgressDialog*>(QStringLiteral("rollbackProgress")));

    ui::ImportRecordModel* records = m_page->history()->model();
    QCOMPARE(records->rowCount(), 1);
    QCOMPARE(records->recordAt(0)->status, core::ImportRecord::Status::RolledBack);
    QCOMPARE(
        records->data(records->index(0, ui::ImportRecordModel::Status), Qt::UserRole).toString(),
        QStringLiteral("rolled_back"));
    QVERIFY(!child<QPushButton>(m_page->history(), "rollbackImportButton")->isEnabled());
}

void TestImportPage::cancelThenResume() {
    typePath(writeBigCsv());
    child<QPushButton>(setup(), "runButton")->click();
    QVERIFY(runPanel()->isRunning());
    child<QPushButton>(runPanel(), "cancelImportButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!runPanel()->isRunning(), kRunTimeoutMs);
    QVERIFY(labelText(runPanel(), "importState").contains(u"cancelled"));

    // Resumed from the history list, it runs to the end in the same panel.
    ui::ImportHistoryPanel* history = m_page->history();
    history->selectImport(history->model()->recordAt(0)->id);
    auto* resume = child<QPushButton>(history, "resumeImportButton");
    QVERIFY(resume->isEnabled());
    QSignalSpy finished(m_page, &ui::ImportPage::importFinished);
    resume->click();
    QVERIFY(runPanel()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);
    QVERIFY2(labelText(runPanel(), "importState").contains(u"complete"),
             qPrintable(labelText(runPanel(), "importState")));
    QCOMPARE(labelText(runPanel(), "storedCount"), QLocale().toString(200000));
    QCOMPARE(history->model()->rowCount(), 1);
    QCOMPARE(history->model()->recordAt(0)->status, core::ImportRecord::Status::Complete);
}

void TestImportPage::reimportAsksFirst() {
    typePath(samplePath());
    runAndWait();
    QCOMPARE(importCount(), 1);
    child<QPushButton>(runPanel(), "newImportButton")->click();
    QVERIFY(setup()->isVisible());
    QVERIFY(child<QLabel>(setup(), "previousImportsNote")->isVisible());

    // Declining stores nothing.
    child<QPushButton>(setup(), "runButton")->click();
    auto* ask = m_page->findChild<QMessageBox*>(QStringLiteral("reimportDialog"));
    QVERIFY(ask);
    QVERIFY(ask->isVisible());
    QVERIFY2(ask->informativeText().contains(u"alice"), qPrintable(ask->informativeText()));
    child<QPushButton>(ask, "declineReimportButton")->click();
    QTRY_VERIFY(!m_page->findChild<QMessageBox*>(QStringLiteral("reimportDialog")));
    QVERIFY(setup()->isVisible());
    QVERIFY(labelText(setup(), "runMessage").contains(u"nothing was stored"));
    QCOMPARE(importCount(), 1);

    // Confirming imports it as another import.
    QSignalSpy finished(m_page, &ui::ImportPage::importFinished);
    child<QPushButton>(setup(), "runButton")->click();
    ask = m_page->findChild<QMessageBox*>(QStringLiteral("reimportDialog"));
    QVERIFY(ask);
    child<QPushButton>(ask, "confirmReimportButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);
    QCOMPARE(importCount(), 2);
    auto records = m_login.station->imports().imports(m_login.session);
    PL_VERIFY_OK(records);
    QVERIFY(records.value().first().reimportConfirmed);
}

QTEST_MAIN(TestImportPage)
#include "tst_importpage.moc"
