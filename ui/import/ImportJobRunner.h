#pragma once

#include "core/common/Result.h"
#include "core/import/ImportTypes.h"
#include "ui/common/LatestProgress.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace pl::core {
class ImportJob;
} // namespace pl::core

namespace pl::ui {

// Runs one ImportJob on the thread pool, off the GUI thread.
//
// Who owns what: the job lives in a shared_ptr held by the worker lambda
// (and by us, for its id); the cancel flag and the latest progress are shared
// with the worker. Signals are emitted on the GUI thread only. Destroying
// the runner cancels the job and waits for it, so the store is left with
// whole batches and a record marked cancelled.
class ImportJobRunner : public QObject {
    Q_OBJECT
public:
    using SummaryResult = std::shared_ptr<core::Result<core::ImportSummary>>;

    explicit ImportJobRunner(QObject* parent = nullptr);
    ~ImportJobRunner() override;

    // Starts the job; false if one is running already.
    bool start(core::ImportJob job);
    // Asks the job to stop at its next progress report. Safe at any moment.
    void cancel();
    // From start() until finished() has been emitted.
    bool isRunning() const { return m_running; }
    bool isCancelRequested() const;
    qint64 importId() const { return m_importId; }

Q_SIGNALS:
    void progressed(const core::ImportProgress& progress);
    void finished(const pl::ui::ImportJobRunner::SummaryResult& result);

private:
    using Shared = LatestProgress<core::ImportProgress>;
    void deliverProgress();
    void onFinished();

    QFutureWatcher<SummaryResult> m_watcher;
    std::shared_ptr<Shared> m_shared;
    qint64 m_importId = 0;
    bool m_running = false;
};

} // namespace pl::ui
