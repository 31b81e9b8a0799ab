#include "ui/retention/RetentionRunner.h"

#include "core/retention/RetentionJob.h"
#include "core/retention/RetentionService.h"
#include "core/station/Station.h"

#include <QPointer>
#include <QtConcurrent>

#include <atomic>

namespace pl::ui {

RetentionRunner::RetentionRunner(core::Station& station, const core::Session& session,
                                 QObject* parent)
    : QObject(parent)
    , m_station(station)
    , m_session(session) {
    connect(&m_watcher, &QFutureWatcher<RunResult>::finished, this, &RetentionRunner::onFinished);
}

RetentionRunner::~RetentionRunner() {
    cancel();
    m_watcher.waitForFinished();
}

core::Status RetentionRunner::start(bool scheduled) {
    if (m_running)
        return core::Error(core::ErrorCode::Busy, tr("A purge is already running."));
    auto shared = std::make_shared<Shared>();
    QPointer<RetentionRunner> self(this);
    core::RetentionOptions options;
    options.scheduled = scheduled;
    options.batchSize = m_batchSize;
    options.cancel = &shared->cancelled;
    // Progress arrives after each batch.
    options.progress = [shared, self](const core::RetentionProgress& now) {
        return shared->relay(now, self, &RetentionRunner::deliverProgress);
    };
    auto job = m_station.retention().prepare(m_session, options);
    if (!job)
        return job.error();
    m_shared = shared;
    m_running = true;
    auto owned = std::make_shared<core::RetentionJob>(std::move(job.value()));
    // The worker keeps the shared state (and so the cancel flag the job
    // points at) alive until the job has returned.
    m_watcher.setFuture(QtConcurrent::run([owned, shared]() -> RunResult {
        return std::make_shared<core::Result<core::RetentionResult>>(owned->run());
    }));
    return {};
}

void RetentionRunner::cancel() {
    if (m_shared)
        m_shared->cancelled.store(true);
}

bool RetentionRunner::isCancelRequested() const {
    return m_shared && m_shared->cancelled.load();
}

void RetentionRunner::deliverProgress() {
    if (!m_shared)
        return;
    const core::RetentionProgress progress = m_shared->take();
    Q_EMIT progressed(progress.removed, progress.total);
}

void RetentionRunner::onFinished() {
    const RunResult result = m_watcher.result();
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace pl::ui
