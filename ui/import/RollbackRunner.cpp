#include "ui/import/RollbackRunner.h"

#include "core/import/ImportService.h"

#include <QtConcurrent>

namespace pl::ui {

RollbackRunner::RollbackRunner(QObject* parent)
    : QObject(parent) {
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_shared)
            Q_EMIT progressed(m_shared->removed.load(), m_shared->total.load());
    });
    connect(&m_watcher, &QFutureWatcher<RemovedResult>::finished, this,
            &RollbackRunner::onFinished);
}

RollbackRunner::~RollbackRunner() {
    cancel();
    m_watcher.waitForFinished();
}

bool RollbackRunner::start(core::RollbackJob job) {
    if (m_running)
        return false;
    m_running = true;
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    auto owned = std::make_shared<core::RollbackJob>(std::move(job));
    m_watcher.setFuture(QtConcurrent::run([owned, shared]() -> RemovedResult {
        auto progress = [shared](qint64 removed, qint64 total) {
            shared->removed.store(removed);
            shared->total.store(total);
            return !shared->cancelled.load();
        };
        return std::make_shared<core::Result<qint64>>(owned->run(progress));
    }));
    m_poll.start();
    return true;
}

void RollbackRunner::cancel() {
    if (m_shared)
        m_shared->cancelled.store(true);
}

void RollbackRunner::onFinished() {
    m_poll.stop();
    m_running = false;
    m_shared.reset();
    Q_EMIT finished(m_watcher.result());
}

} // namespace pl::ui
