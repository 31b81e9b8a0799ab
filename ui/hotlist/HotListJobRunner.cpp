#include "ui/hotlist/HotListJobRunner.h"

#include "core/hotlist/HotListImportService.h"

#include <QPointer>
#include <QtConcurrent>

namespace pl::ui {

HotListJobRunner::HotListJobRunner(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<SummaryResult>::finished, this,
            &HotListJobRunner::onFinished);
}

HotListJobRunner::~HotListJobRunner() {
    cancel();
    m_watcher.waitForFinished();
}

bool HotListJobRunner::start(core::HotListImportJob job) {
    if (m_running)
        return false;
    m_running = true;
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    auto owned = std::make_shared<core::HotListImportJob>(std::move(job));
    QPointer<HotListJobRunner> self(this);
    m_watcher.setFuture(QtConcurrent::run([owned, shared, self]() -> SummaryResult {
        auto progress = [shared, self](const core::HotListImportProgress& now) {
            return shared->relay(now, self, &HotListJobRunner::deliverProgress);
        };
        return std::make_shared<core::Result<core::HotListImportSummary>>(owned->run(progress));
    }));
    return true;
}

void HotListJobRunner::cancel() {
    if (m_shared)
        m_shared->cancelled.store(true);
}

void HotListJobRunner::deliverProgress() {
    if (!m_shared)
        return;
    Q_EMIT progressed(m_shared->take());
}

void HotListJobRunner::onFinished() {
    const SummaryResult result = m_watcher.result();
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace pl::ui
