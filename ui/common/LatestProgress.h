#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>

#include <atomic>

namespace pl::ui {

// What a worker thread shares with the object on the GUI thread that runs
// it: a cancel flag and the newest progress. Progress may arrive faster than
// the GUI thread takes it; only the newest counts, and at most one delivery
// waits in the GUI thread's queue.
template <typename Progress>
class LatestProgress {
public:
    std::atomic_bool cancelled{false};

    // On the worker: keeps now and, unless a delivery is already queued,
    // queues receiver->deliver() on receiver's thread. False once cancelled
    // (the worker's "go on" answer).
    template <typename Receiver>
    bool relay(const Progress& now, const QPointer<Receiver>& receiver,
               void (Receiver::*deliver)()) {
        bool post = false;
        {
            const QMutexLocker lock(&m_mutex);
            m_latest = now;
            post = !m_posted;
            m_posted = true;
        }
        if (post) {
            QMetaObject::invokeMethod(
                receiver,
                [receiver, deliver] {
                    if (receiver)
                        (receiver.data()->*deliver)();
                },
                Qt::QueuedConnection);
        }
        return !cancelled.load();
    }

    // On the GUI thread, in deliver(): the newest progress; the next one
    // queues a delivery again.
    Progress take() {
        const QMutexLocker lock(&m_mutex);
        m_posted = false;
        return m_latest;
    }

private:
    QMutex m_mutex;
    Progress m_latest;     // guarded by m_mutex
    bool m_posted = false; // a delivery is queued; guarded by m_mutex
};

} // namespace pl::ui
