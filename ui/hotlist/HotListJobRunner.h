#pragma once

#include "core/common/Result.h"
#include "core/hotlist/HotListImportTypes.h"
#include "ui/common/LatestProgress.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace pl::core {
class HotListImportJob;
} // namespace pl::core

namespace pl::ui {

// Runs one HotListImportJob on the thread pool, off the GUI thread.
//
// Who owns what: the job lives in a shared_ptr held by the worker lambda; the
// cancel flag and the latest progress are shared with the worker. Signals are
// emitted on the GUI thread only. Destroying the runner cancels the job and
// waits for it; a cancelled import stores nothing.
class HotListJobRunner : public QObject {
    Q_OBJECT
public:
    using SummaryResult = std::shared_ptr<core::Result<core::HotListImportSummary>>;

    explicit HotListJobRunner(QObject* parent = nullptr);
    ~HotListJobRunner() override;

    // Starts the job; false if one is running already.
    bool start(core::HotListImportJob job);
    // Asks the job to stop at its next progress report. Safe at any moment.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressed(const core::HotListImportProgress& progress);
    void finished(const pl::ui::HotListJobRunner::SummaryResult& result);

private:
    using Shared = LatestProgress<core::HotListImportProgress>;
    void deliverProgress();
    void onFinished();

    QFutureWatcher<SummaryResult> m_watcher;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};

} // namespace pl::ui
