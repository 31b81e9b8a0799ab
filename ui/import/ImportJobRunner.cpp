#include "ui/import/ImportJobRunner.h"

#include "core/import/ImportService.h"

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QtConcurrent>

namespace pl::ui {

// State shared with the worker thread.
struct ImportJobRunner::Shared {
    std::atomic<bool> cancelled{false};
    QMutex mutex;
    core::ImportProgress latest; // guarded by mutex
    bool posted = false;         // a delivery is queued; guarded by mutex
};

ImportJobRunner::ImportJobRunner(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<SummaryResult>::finished, this,
            &ImportJobRunner::onFinished);
}

ImportJobRunner::~ImportJobRunner() {
    cancel();
    m_watcher.waitForFinished();
}

bool ImportJobRunner::start(core::ImportJob job) {
    if (m_running)
        return false;
    m_running = true;
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    auto owned = std::make_shared<core::ImportJob>(std::move(job));
    m_importId = owned->importId();
    QPointer<ImportJobRunner> self(this);
    m_watcher.setFuture(QtConcurrent::run([owned, shared, self]() -> SummaryResult {
        // Progress arrives every few thousand rows; only the newest counts, and
        // at most one delivery waits in the GUI thread's queue.
        auto progress = [shared, self](const core::ImportProgress& now) {
            bool post = false;
            {
                const QMutexLocker lock(&shared->mutex);
                shared->latest = now;
                post = !shared->posted;
                shared->posted = true;
            }
            if (post) {
                QMetaObject::invokeMethod(
                    self,
                    [self] {
                        if (self)
                            self->deliverProgress();
                    },
                    Qt::QueuedConnection);
            }
            return !shared->cancelled.load();
        };
        return std::make_shared<core::Result<core::ImportSummary>>(owned->run(progress));
    }));
    return true;
}

void ImportJobRunner::cancel() {
    if (m_shared)
        m_shared->cancelled.store(true);
}

bool ImportJobRunner::isCancelRequested() const {
    return m_shared && m_shared->cancelled.load();
}

void ImportJobRunner::deliverProgress() {
    if (!m_shared)
        return;
    core::ImportProgress progress;
    {
        const QMutexLocker lock(&m_shared->mutex);
        progress = m_shared->latest;
        m_shared->posted = false;
    }
    Q_EMIT progressed(progress);
}

void ImportJobRunner::onFinished() {
    const SummaryResult result = m_watcher.result();
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace pl::ui
