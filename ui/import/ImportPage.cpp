#include "ui/import/ImportPage.h"

#include "core/common/TimeFormat.h"
#include "core/import/ImportService.h"
#include "core/station/Station.h"
#include "ui/import/ImportHistoryPanel.h"
#include "ui/import/ImportRecordModel.h"
#include "ui/import/ImportRunPanel.h"
#include "ui/import/ImportSetupPanel.h"
#include "ui/import/RollbackRunner.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace pl::ui {

namespace {
// A wait cursor and a note while core works on the GUI thread (hashing a
// large file); the note is painted before the work starts.
class BusyScope {
public:
    BusyScope(QLabel* note, const QString& text)
        : m_note(note) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_note->setStyleSheet(QString());
        m_note->setText(text);
        m_note->show();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    ~BusyScope() {
        m_note->hide();
        QApplication::restoreOverrideCursor();
    }
    BusyScope(const BusyScope&) = delete;
    BusyScope& operator=(const BusyScope&) = delete;

private:
    QLabel* m_note;
};
} // namespace

ImportPage::ImportPage(core::Station& station, const core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_newImport(new QStackedWidget(this))
    , m_setup(new ImportSetupPanel(station, session, this))
    , m_run(new ImportRunPanel(station, session, this))
    , m_history(new ImportHistoryPanel(station, session, this))
    , m_rollback(new RollbackRunner(this)) {
    setObjectName(QStringLiteral("importPage"));
    auto* heading = new QLabel(tr("<h2>Import</h2>"), this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_newImport->setObjectName(QStringLiteral("newImportStack"));
    m_newImport->addWidget(m_setup);
    m_newImport->addWidget(m_run);
    m_tabs->setObjectName(QStringLiteral("importTabs"));
    m_tabs->addTab(m_newImport, tr("New import"));
    m_tabs->addTab(m_history, tr("Previous imports"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_setup, &ImportSetupPanel::runRequested, this, &ImportPage::startImport);
    connect(m_run, &ImportRunPanel::newImportRequested, this, &ImportPage::showSetup);
    connect(m_run, &ImportRunPanel::resumeRequested, this, &ImportPage::resumeImport);
    connect(m_run, &ImportRunPanel::rollbackRequested, this, &ImportPage::rollbackImport);
    connect(m_run, &ImportRunPanel::importFinished, this, [this](qint64 importId) {
        m_history->refresh();
        m_history->selectImport(importId);
        Q_EMIT importFinished(importId);
    });
    connect(m_history, &ImportHistoryPanel::resumeRequested, this, &ImportPage::resumeImport);
    connect(m_history, &ImportHistoryPanel::rollbackRequested, this, &ImportPage::rollbackImport);
}

void ImportPage::showSetup() {
    if (m_run->isRunning())
        return;
    m_newImport->setCurrentWidget(m_setup);
    m_setup->reload();
    m_setup->refreshPreview();
}

void ImportPage::showRunPanel() {
    m_tabs->setCurrentWidget(m_newImport);
    m_newImport->setCurrentWidget(m_run);
}

void ImportPage::showMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

void ImportPage::startImport() {
    showMessage({}, false);
    if (m_run->isRunning()) {
        m_setup->showRunMessage(tr("An import is running: wait for it or cancel it first."), true);
        return;
    }
    const std::optional<core::ImportRequest> request = m_setup->request();
    if (request)
        prepareAndRun(*request);
}

void ImportPage::prepareAndRun(const core::ImportRequest& request) {
    std::optional<core::Result<core::ImportJob>> prepared;
    {
        const BusyScope busy(m_message,
                             tr("Checking %1…").arg(QFileInfo(request.filePath).fileName()));
        prepared.emplace(m_station.imports().prepare(m_session, request));
    }
    core::Result<core::ImportJob>& job = *prepared;
    if (!job) {
        if (job.error().code() == core::ErrorCode::AlreadyExists && !request.confirmReimport) {
            askReimport(request, job.error());
            return;
        }
        m_setup->showRunMessage(job.error().message(), true);
        return;
    }
    showRunPanel();
    m_run->run(std::move(job).value(), QFileInfo(request.filePath).fileName());
}

QList<core::ImportRecord> ImportPage::previousImports() const {
    const std::optional<core::ImportPreview>& preview = m_setup->preview();
    if (!preview)
        return {};
    // The preview may predate an import made since: ask the store.
    auto records = m_station.imports().imports(m_session);
    if (!records)
        return preview->previousImports;
    QList<core::ImportRecord> same;
    for (const core::ImportRecord& record : records.value()) {
        if (record.sha256 == preview->sha256)
            same.append(record);
    }
    return same.isEmpty() ? preview->previousImports : same;
}

void ImportPage::askReimport(const core::ImportRequest& request, const core::Error& error) {
    QStringList lines;
    const QLocale locale;
    for (const core::ImportRecord& record : previousImports()) {
        lines.append(tr("• %1, by %2, %3: %4 read(s) stored")
                         .arg(core::TimeFormat::toDisplay(record.startedUtc), record.userName,
                              ImportRecordModel::statusText(record),
                              locale.toString(record.counts.stored)));
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Import this file again?"),
                                error.message(), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("reimportDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        (lines.isEmpty() ? QString()
                         : tr("Imported before:") + QLatin1Char('\n') +
                               lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")) +
        tr("Importing it again stores its reads a second time, as another import. This "
           "confirmation is recorded."));
    QPushButton* again = box->addButton(tr("Import again"), QMessageBox::AcceptRole);
    again->setObjectName(QStringLiteral("confirmReimportButton"));
    QPushButton* cancel = box->addButton(tr("Do not import"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("declineReimportButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, request, again](QAbstractButton* button) {
                if (button != again) {
                    m_setup->showRunMessage(tr("Not imported: nothing was stored."), false);
                    return;
                }
                core::ImportRequest confirmed = request;
                confirmed.confirmReimport = true;
                prepareAndRun(confirmed);
            });
    box->open();
}

void ImportPage::resumeImport(qint64 importId) {
    showMessage({}, false);
    if (m_run->isRunning()) {
        showMessage(tr("An import is running: wait for it or cancel it first."), true);
        return;
    }
    std::optional<core::Result<core::ImportJob>> prepared;
    {
        const BusyScope busy(m_message, tr("Checking the file of import #%1…").arg(importId));
        prepared.emplace(m_station.imports().prepareResume(m_session, importId));
    }
    core::Result<core::ImportJob>& job = *prepared;
    if (!job) {
        showMessage(job.error().message(), true);
        return;
    }
    auto record = m_station.imports().importRecord(m_session, importId);
    const QString fileName = record ? record.value().fileName : tr("import #%1").arg(importId);
    showRunPanel();
    m_run->run(std::move(job).value(), fileName);
}

void ImportPage::rollbackImport(qint64 importId) {
    showMessage({}, false);
    auto record = m_station.imports().importRecord(m_session, importId);
    if (!record) {
        showMessage(record.error().message(), true);
        return;
    }
    const core::ImportRecord shown = record.value();
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Roll back this import?"),
        tr("Roll back the import of %1 started %2 by %3?")
            .arg(shown.fileName, core::TimeFormat::toDisplay(shown.startedUtc), shown.userName),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("rollbackDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Every read it stored (%1) is removed. The record of the import "
                               "and its rejected rows stay, marked rolled back. The roll-back "
                               "is recorded.")
                                .arg(QLocale().toString(shown.counts.stored)));
    QPushButton* confirm = box->addButton(tr("Roll back"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmRollbackButton"));
    QPushButton* cancel = box->addButton(tr("Keep the reads"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("declineRollbackButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, shown, confirm](QAbstractButton* button) {
                // Once the question has closed.
                if (button == confirm)
                    QTimer::singleShot(0, this, [this, shown] { rollBack(shown); });
            });
    box->open();
}

void ImportPage::rollBack(const core::ImportRecord& record) {
    auto job = m_station.imports().prepareRollback(m_session, record.id);
    if (!job) {
        showMessage(job.error().message(), true);
        return;
    }
    // Removing many reads takes a while: it runs off this thread, with its
    // progress shown and a Cancel that leaves everything as it was.
    auto* dialog = new QProgressDialog(tr("Rolling back the import of %1…").arg(record.fileName),
                                       tr("Cancel"), 0, 1000, this);
    dialog->setObjectName(QStringLiteral("rollbackProgress"));
    dialog->setWindowTitle(tr("Roll back"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(0);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QProgressDialog::canceled, m_rollback, &RollbackRunner::cancel);
    connect(m_rollback, &RollbackRunner::progressed, dialog,
            [dialog, record](qint64 removed, qint64 total) {
                dialog->setValue(
                    total > 0 ? static_cast<int>(qMin<qint64>(1000, removed * 1000 / total)) : 0);
                dialog->setLabelText(tr("Rolling back the import of %1: %2 of %3 read(s) "
                                        "removed…")
                                         .arg(record.fileName, QLocale().toString(removed),
                                              QLocale().toString(total)));
            });
    connect(m_rollback, &RollbackRunner::finished, this,
            [this, dialog, record](const RollbackRunner::RemovedResult& result) {
                disconnect(m_rollback, nullptr, dialog, nullptr);
                disconnect(m_rollback, &RollbackRunner::finished, this, nullptr);
                dialog->close();
                rolledBack(record, *result);
            });
    m_rollback->start(std::move(job).value());
    dialog->open();
}

void ImportPage::rolledBack(const core::ImportRecord& record, const core::Result<qint64>& result) {
    if (!result) {
        showMessage(result.error().message(), result.error().code() != core::ErrorCode::Cancelled);
        return;
    }
    const qint64 removed = result.value();
    const bool shownHere = m_newImport->currentWidget() == m_run && m_run->importId() == record.id;
    showMessage(shownHere ? QString()
                          : tr("The import of %1 was rolled back: %2 read(s) removed.")
                                .arg(record.fileName, QLocale().toString(removed)),
                false);
    m_run->showRolledBack(record.id, removed);
    m_history->refresh();
    m_history->selectImport(record.id);
}

} // namespace pl::ui
