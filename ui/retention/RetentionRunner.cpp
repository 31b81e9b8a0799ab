#include "ui/retention/RetentionRunner.h"

#include "core/retention/RetentionService.h"
#include "core/station/Station.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace pl::ui {

RetentionRunner::RetentionRunner(core::Station& station, const core::Session& session,
                                 QWidget* dialogParent)
    : QObject(dialogParent)
    , m_station(station)
    , m_session(session)
    , m_dialogParent(dialogParent) {}

RetentionRunner::~RetentionRunner() {
    delete m_dialog;
}

void RetentionRunner::cancel() {
    m_cancel.store(true);
    if (m_dialog)
        m_dialog->setLabelText(tr("Stopping after the batch in hand…"));
}

core::Result<core::RetentionResult> RetentionRunner::run(bool scheduled) {
    if (m_running)
        return core::Error(core::ErrorCode::Busy, tr("A purge is already running."));
    m_running = true;
    m_cancel.store(false);

    delete m_dialog;
    m_dialog = new QProgressDialog(m_dialogParent);
    m_dialog->setObjectName(QStringLiteral("retentionProgress"));
    m_dialog->setWindowTitle(scheduled ? tr("Scheduled purge") : tr("Purge"));
    m_dialog->setLabelText(tr("Removing reads past the retention period…"));
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setWindowModality(Qt::ApplicationModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(0);
    m_dialog->setRange(0, 0);
    connect(m_dialog, &QProgressDialog::canceled, this, &RetentionRunner::cancel);
    m_dialog->show();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);

    core::RetentionOptions options;
    options.scheduled = scheduled;
    options.batchSize = m_batchSize;
    options.cancel = &m_cancel;
    options.progress = [this](const core::RetentionProgress& progress) {
        return onProgress(progress);
    };
    auto result = m_station.retention().run(m_session, options);

    if (m_dialog)
        m_dialog->deleteLater();
    m_running = false;
    return result;
}

bool RetentionRunner::onProgress(const core::RetentionProgress& progress) {
    if (m_cancel.load())
        return false;
    if (m_dialog) {
        if (progress.total > 0) {
            // Milli-units keep large counts inside int.
            m_dialog->setRange(0, 1000);
            m_dialog->setValue(static_cast<int>(progress.removed * 1000 / progress.total));
        }
        m_dialog->setLabelText(tr("Removed %1 of %2 reads past the retention period…")
                                   .arg(progress.removed)
                                   .arg(progress.total));
    }
    Q_EMIT progressed(progress.removed, progress.total);
    // The modal dialog leaves only Cancel to click; its click is handled here.
    QCoreApplication::processEvents();
    return !m_cancel.load();
}

} // namespace pl::ui
