#pragma once

#include "core/common/Result.h"
#include "core/retention/RetentionTypes.h"

#include <QObject>

#include <memory>

class QLabel;
class QMainWindow;
class QPushButton;
class QTimer;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class RetentionRunner;

// The purge the station starts by itself: after log-in and then whenever
// core says a day has passed since the last one (checked every hour while
// the window is open), for whoever is logged in. It runs off the GUI thread;
// its progress, a Cancel button and its outcome are in the window's status bar.
class ScheduledPurge : public QObject {
    Q_OBJECT
public:
    ScheduledPurge(core::Station& station, const core::Session& session, QMainWindow* window);

    // Starts a purge if one is due; true when one started.
    bool checkNow();
    RetentionRunner* runner() const { return m_runner; }
    QString statusText() const;

Q_SIGNALS:
    void purgeFinished(bool ok);

private:
    void showStatus(const QString& text, bool error);
    void onFinished(const std::shared_ptr<core::Result<core::RetentionResult>>& result);

    core::Station& m_station;
    const core::Session& m_session;
    RetentionRunner* m_runner;
    QLabel* m_status;
    QPushButton* m_cancel;
    QTimer* m_timer;
};

} // namespace pl::ui
