#include "ui/retention/ScheduledPurge.h"

#include "core/accounts/Session.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/retention/RetentionService.h"
#include "core/station/Station.h"
#include "ui/retention/RetentionRunner.h"

#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
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
    , m_runner(new RetentionRunner(station, session, this))
    , m_status(new QLabel(window))
    , m_cancel(new QPushButton(tr("Cancel purge"), window))
    , m_timer(new QTimer(this)) {
    m_status->setObjectName(QStringLiteral("purgeStatus"));
    m_status->hide();
    m_cancel->setObjectName(QStringLiteral("cancelScheduledPurgeButton"));
    m_cancel->setFlat(true);
    m_cancel->hide();
    window->statusBar()->addWidget(m_status);
    window->statusBar()->addWidget(m_cancel);
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ScheduledPurge::checkNow);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        m_cancel->setEnabled(false);
    });
    connect(m_runner, &RetentionRunner::progressed, this, [this](qint64 removed, qint64 total) {
        showStatus(
            tr("Scheduled purge: removed %1 of %2 reads past retention…").arg(removed).arg(total),
            false);
    });
    connect(m_runner, &RetentionRunner::finished, this, &ScheduledPurge::onFinished);
    m_timer->start();
}

QString ScheduledPurge::statusText() const {
    return m_status->text();
}

void ScheduledPurge::showStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->show();
}

bool ScheduledPurge::checkNow() {
    // A locked session waits for the next check; so does a purge in progress.
    if (m_runner->isRunning() || !m_session.isActive() || !m_station.isOpen(m_session))
        return false;
    auto due = m_station.retention().scheduledRunDue(m_session);
    if (!due) {
        showStatus(tr("Scheduled purge not checked: %1").arg(due.error().message()), true);
        return false;
    }
    if (!due.value())
        return false;
    if (auto started = m_runner->start(true); !started) {
        showStatus(tr("Scheduled purge failed: %1").arg(started.error().message()), true);
        return false;
    }
    showStatus(tr("Scheduled purge of reads past retention running…"), false);
    m_cancel->setEnabled(true);
    m_cancel->show();
    return true;
}

void ScheduledPurge::onFinished(
    const std::shared_ptr<core::Result<core::RetentionResult>>& result) {
    m_cancel->hide();
    if (!result->ok()) {
        showStatus(tr("Scheduled purge failed: %1").arg(result->error().message()), true);
        Q_EMIT purgeFinished(false);
        return;
    }
    const core::RetentionResult& done = result->value();
    const QString when = core::TimeFormat::toDisplay(m_station.clock().nowUtc());
    showStatus(done.cancelled ? tr("Scheduled purge cancelled: %n read(s) removed.", nullptr,
                                   static_cast<int>(done.readsRemoved))
                              : tr("Scheduled purge: %n read(s) removed.", nullptr,
                                   static_cast<int>(done.readsRemoved)),
               false);
    m_status->setToolTip(tr("Purged at %1; cut-off %2; %3 read(s) kept for open cases.")
                             .arg(when, core::TimeFormat::toDisplay(done.cutoffUtc))
                             .arg(done.heldReads));
    Q_EMIT purgeFinished(true);
}

} // namespace pl::ui
