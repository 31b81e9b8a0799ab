#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace pl::core {
class Clock;
}

namespace pl::ui {

// Watches keyboard and mouse input to the whole application and reports when
// nobody has used it for the policy's idle time. Time comes from the Clock,
// so tests move it instead of waiting; check() is what the timer calls.
class IdleMonitor : public QObject {
    Q_OBJECT
public:
    explicit IdleMonitor(const core::Clock& clock, QObject* parent = nullptr);
    ~IdleMonitor() override;

    void start(int idleMinutes);
    void stop();
    bool isRunning() const { return m_running; }
    void check();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const core::Clock& m_clock;
    QTimer m_timer;
    QDateTime m_lastActivity;
    int m_idleMinutes = 30;
    bool m_running = false;
};

} // namespace pl::ui
