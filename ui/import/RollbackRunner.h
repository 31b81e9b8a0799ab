#pragma once

#include "core/common/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace pl::core {
class RollbackJob;
} // namespace pl::core

namespace pl::ui {

// Runs one RollbackJob on the thread pool, off the GUI thread, reporting its
// progress a few times a second. Destroying the runner cancels the job and
// waits for it, which leaves the store as it was.
class RollbackRunner : public QObject {
    Q_OBJECT
public:
    using RemovedResult = std::shared_ptr<core::Result<qint64>>;

    explicit RollbackRunner(QObject* parent = nullptr);
    ~RollbackRunner() override;

    // Starts the job; false if one is running already.
    bool start(core::RollbackJob job);
    // Asks the job to stop before its next step. Safe at any moment.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressed(qint64 removed, qint64 total);
    void finished(const pl::ui::RollbackRunner::RemovedResult& result);

private:
    struct Shared {
        std::atomic<bool> cancelled{false};
        std::atomic<qint64> removed{0};
        std::atomic<qint64> total{0};
    };
    void onFinished();

    QFutureWatcher<RemovedResult> m_watcher;
    QTimer m_poll;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};

} // namespace pl::ui
