#include "ui/main/IdleMonitor.h"

#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace pl::ui {

IdleMonitor::IdleMonitor(const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock) {
    m_timer.setInterval(15 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::check);
}

IdleMonitor::~IdleMonitor() {
    stop();
}

void IdleMonitor::start(int idleMinutes) {
    m_idleMinutes = idleMinutes;
    m_lastActivity = m_clock.nowUtc();
    if (!m_running)
        QCoreApplication::instance()->installEventFilter(this);
    m_running = true;
    m_timer.start();
}

void IdleMonitor::stop() {
    if (m_running)
        QCoreApplication::instance()->removeEventFilter(this);
    m_running = false;
    m_timer.stop();
}

void IdleMonitor::check() {
    if (!m_running)
        return;
    if (m_lastActivity.secsTo(m_clock.nowUtc()) >= qint64(m_idleMinutes) * 60) {
        stop();
        Q_EMIT idle();
    }
}

bool IdleMonitor::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_lastActivity = m_clock.nowUtc();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pl::ui
