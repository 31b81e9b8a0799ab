#include "ui/retention/ScheduledPurge.h"

#include "core/accounts/Session.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/retention/RetentionService.h"
#include "core/station/Station.h"
#include "ui/retention/RetentionRunner.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

namespace pl::ui {

namespace {
constexpr int kCheckIntervalMs = 60 * 60 * 1000;
}

ScheduledPurge::ScheduledPurge(core::Station& station, const core::Session& session,
                               QMainWindow* window)
    : QObject(window)
    , m_station(station)
    , m_session(session)
    , m_runner(new RetentionRunner(station, session, window))
    , m_status(new QLabel(window))
    , m_timer(new QTimer(this)) {
    m_status->setObjectName(QStringLiteral("purgeStatus"));
    m_status->hide();
    window->statusBar()->addWidget(m_status);
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ScheduledPurge::checkNow);
    m_timer->start();
}

QString ScheduledPurge::statusText() const {
    return m_status->text();
}

bool ScheduledPurge::checkNow() {
    // A locked session waits for the next check; so does a purge in progress.
    if (m_runner->isRunning() || !m_session.isActive() || !m_station.isOpen(m_session))
        return false;
    auto due = m_station.retention().scheduledRunDue(m_session);
    if (!due || !due.value()) {
        if (!due) {
            m_status->setText(tr("Scheduled purge not checked: %1").arg(due.error().message()));
            m_status->show();
        }
        return false;
    }
    auto result = m_runner->run(true);
    if (!result) {
        m_status->setText(tr("Scheduled purge failed: %1").arg(result.error().message()));
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->show();
        return false;
    }
    const core::RetentionResult& done = result.value();
    const QString when = core::TimeFormat::toDisplay(m_station.clock().nowUtc());
    m_status->setStyleSheet(QString());
    m_status->setText(done.cancelled
                          ? tr("Scheduled purge cancelled at %1 after removing %n read(s).",
                               nullptr, static_cast<int>(done.readsRemoved))
                                .arg(when)
                          : tr("Scheduled purge at %1: %n read(s) past retention removed.", nullptr,
                               static_cast<int>(done.readsRemoved))
                                .arg(when));
    m_status->setToolTip(tr("Cut-off %1; %2 read(s) kept for open cases.")
                             .arg(core::TimeFormat::toDisplay(done.cutoffUtc))
                             .arg(done.heldReads));
    m_status->show();
    Q_EMIT purged(done);
    return true;
}

} // namespace pl::ui
