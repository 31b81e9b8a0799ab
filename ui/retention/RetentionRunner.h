#pragma once

#include "core/common/Result.h"
#include "core/retention/RetentionTypes.h"
#include "ui/common/LatestProgress.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

// Runs one retention purge on the thread pool, off the GUI thread.
//
// Who owns what: core's RetentionService checks the session and prepares a
// RetentionJob on the GUI thread; the job opens its own connection to the
// store and lives in the worker lambda. The cancel flag and the latest
// progress are shared with the worker. Signals are emitted on the GUI thread
// only. Destroying the runner cancels the job and waits for it (the batches
// already removed stay removed, each with its audit event), so the window
// that owns it must go before the station does.
class RetentionRunner : public QObject {
    Q_OBJECT
public:
    using RunResult = std::shared_ptr<core::Result<core::RetentionResult>>;

    RetentionRunner(core::Station& station, const core::Session& session,
                    QObject* parent = nullptr);
    ~RetentionRunner() override;

    // Checks and starts a purge; the error when core refuses it or one is
    // running already.
    core::Status start(bool scheduled);
    // Asks the job to stop after the batch in hand. Safe at any moment.
    void cancel();
    // From start() until finished() has been emitted.
    bool isRunning() const { return m_running; }
    bool isCancelRequested() const;
    // Reads removed per transaction (tests use small batches).
    void setBatchSize(int readsPerBatch) { m_batchSize = readsPerBatch; }

Q_SIGNALS:
    void progressed(qint64 removed, qint64 total);
    void finished(const pl::ui::RetentionRunner::RunResult& result);

private:
    using Shared = LatestProgress<core::RetentionProgress>;
    void deliverProgress();
    void onFinished();

    core::Station& m_station;
    const core::Session& m_session;
    QFutureWatcher<RunResult> m_watcher;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
    int m_batchSize = 10000;
};

} // namespace pl::ui
