#pragma once

#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>

#include <atomic>
#include <functional>
#include <memory>

namespace pl::ui {

// A core job's progress callback, progress(done, total), for a job running
// on a worker thread: it shows the share done on bar (on the bar's thread,
// if the bar still exists) and answers false once cancelled is set, which
// cancels the job.
inline std::function<bool(qint64, qint64)>
barProgress(QProgressBar* bar, std::shared_ptr<std::atomic<bool>> cancelled) {
    QPointer<QProgressBar> target(bar);
    return [target, cancelled = std::move(cancelled)](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            target,
            [target, done, total] {
                if (!target)
                    return;
                target->setRange(0, 1000);
                target->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 1000);
            },
            Qt::QueuedConnection);
        return !cancelled->load();
    };
}

} // namespace pl::ui
