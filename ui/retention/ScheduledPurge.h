#pragma once

#include "core/common/Result.h"
#include "core/retention/RetentionTypes.h"

#include <QObject>

#include <optional>

class QLabel;
class QMainWindow;
class QTimer;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class RetentionRunner;

// The purge the station starts by itself: after log-in and then whenever
// core says a day has passed since the last one (checked every hour while
// the window is open), for whoever is logged in. The outcome goes to the
// window's status bar.
class ScheduledPurge : public QObject {
    Q_OBJECT
public:
    ScheduledPurge(core::Station& station, const core::Session& session, QMainWindow* window);

    // Runs a purge now if one is due. False when none was due or it failed.
    bool checkNow();
    RetentionRunner* runner() const { return m_runner; }
    QString statusText() const;

Q_SIGNALS:
    void purged(const core::RetentionResult& result);

private:
    core::Station& m_station;
    const core::Session& m_session;
    RetentionRunner* m_runner;
    QLabel* m_status;
    QTimer* m_timer;
};

} // namespace pl::ui
