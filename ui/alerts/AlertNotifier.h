#pragma once

#include "core/hotlist/HotListTypes.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

// Asks the store once a second for the user's new hot-list alerts. Alerts are
// written wherever reads are stored (an import on a worker thread, a camera
// in this process, the command line in another process), so asking is the one
// way to hear of them all. Asking is cheap and not audited; showing an alert
// is, and is left to whoever shows it.
class AlertNotifier : public QObject {
    Q_OBJECT
public:
    static constexpr int intervalMs = 1000;

    AlertNotifier(core::Station& station, const core::Session& session, QObject* parent = nullptr);

    // Takes the alerts already waiting as known (the login notice counts
    // them, the inbox lists them), then asks every second.
    void start();
    void stop();
    // While the session is locked nothing is asked, so nothing is shown; on
    // resuming, alerts that arrived meanwhile come at the next round.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // One round now: new alerts, then the count.
    void poll();
    // Asks the count again (after an acknowledgement).
    void refreshCount();
    int unacknowledged() const { return m_unacknowledged; }

Q_SIGNALS:
    // Oldest first; each alert is reported once.
    void alertsArrived(const QList<core::HotListAlert>& alerts);
    void unacknowledgedChanged(int count);

private:
    core::Station& m_station;
    const core::Session& m_session;
    QTimer m_timer;
    qint64 m_lastId = 0;
    int m_unacknowledged = 0;
    bool m_paused = false;
};

} // namespace pl::ui
