#include "ui/alerts/AlertNotifier.h"

#include "core/hotlist/AlertService.h"
#include "core/station/Station.h"

namespace pl::ui {

AlertNotifier::AlertNotifier(core::Station& station, const core::Session& session, QObject* parent)
    : QObject(parent)
    , m_station(station)
    , m_session(session) {
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AlertNotifier::poll);
}

void AlertNotifier::start() {
    if (auto waiting = m_station.alerts().newSince(m_session, 0);
        waiting && !waiting.value().isEmpty())
        m_lastId = waiting.value().last().id;
    refreshCount();
    m_timer.start();
}

void AlertNotifier::stop() {
    m_timer.stop();
}

void AlertNotifier::setPaused(bool paused) {
    m_paused = paused;
}

void AlertNotifier::poll() {
    if (m_paused)
        return;
    // A failure (the store busy with an import's write, the session just
    // ended) is not worth a message every second: the next round asks again.
    auto arrived = m_station.alerts().newSince(m_session, m_lastId);
    if (!arrived)
        return;
    if (!arrived.value().isEmpty()) {
        m_lastId = arrived.value().last().id;
        Q_EMIT alertsArrived(arrived.value());
    }
    refreshCount();
}

void AlertNotifier::refreshCount() {
    auto count = m_station.alerts().unacknowledgedCount(m_session);
    if (!count || count.value() == m_unacknowledged)
        return;
    m_unacknowledged = count.value();
    Q_EMIT unacknowledgedChanged(m_unacknowledged);
}

} // namespace pl::ui
