#pragma once

#include "core/common/Result.h"
#include "core/retention/RetentionTypes.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>

class QWidget;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

// Runs one retention purge and keeps the window alive while it works.
//
// Core's RetentionService works with the station's own connection on the
// calling thread (unlike ImportJob, it has no job that opens a connection of
// its own), so the purge runs here on the GUI thread: between batches it
// updates an application-modal progress dialog and lets events through, so
// the person sees progress and can cancel. While the dialog is up nothing
// else in the window can reach the store; a cancel stops after the batch in
// hand, which core has already committed with its audit event.
class RetentionRunner : public QObject {
    Q_OBJECT
public:
    RetentionRunner(core::Station& station, const core::Session& session, QWidget* dialogParent);
    ~RetentionRunner() override;

    // Purges now; returns when the run ends, is cancelled or fails.
    core::Result<core::RetentionResult> run(bool scheduled);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelRequested() const { return m_cancel.load(); }
    // Reads removed per transaction; smaller batches let events through more often.
    void setBatchSize(int readsPerBatch) { m_batchSize = readsPerBatch; }
    QProgressDialog* progressDialog() const { return m_dialog; }

Q_SIGNALS:
    void progressed(qint64 removed, qint64 total);

private:
    bool onProgress(const core::RetentionProgress& progress);

    core::Station& m_station;
    const core::Session& m_session;
    QPointer<QWidget> m_dialogParent;
    QPointer<QProgressDialog> m_dialog;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    int m_batchSize = 2000;
};

} // namespace pl::ui
