#include "ui/import/ImportJobRunner.h"

#include "core/import/ImportService.h"

#include <QPointer>
#include <QtConcurrent>

namespace pl::ui {

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
        // Progress arrives every few thousand rows.
        auto progress = [shared, self](const core::ImportProgress& now) {
            return shared->relay(now, self, &ImportJobRunner::deliverProgress);
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
    Q_EMIT progressed(m_shared->take());
}

void ImportJobRunner::onFinished() {
    const SummaryResult result = m_watcher.result();
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace pl::ui
