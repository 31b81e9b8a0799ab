#pragma once

#include "core/hotlist/HotListTypes.h"

#include <QList>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace pl::core {
class ConsentText;
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class AlertNotificationArea;
class AlertNotifier;
class AlertsPage;
class HotListPage;
class LockScreen;
class ScheduledPurge;

// The workspace: a navigation list with the sections the user's role may
// use, the logged-in user and role, and the lock screen that covers it all
// while the session is idle-locked. Session actions are signals; the
// SessionController carries them out.
//
// Hot-list owners also get their alerts here: a notice per new alert over
// the workspace while they are logged in (asked for every second), the
// number not yet acknowledged beside the Alerts section, and at login a
// notice of the alerts waiting and of their entries that need attention.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Section {
        Search,
        Import,
        Cameras,
        HotList,
        Alerts,
        Audit,
        Administration,
        Cases,
        Exceptions
    };

    MainWindow(core::Station& station, const core::Session& session,
               const core::ConsentText& consent, QWidget* parent = nullptr);

    static QList<Section> sectionsFor(const core::Session& session);
    static QString sectionTitle(Section section);
    QList<Section> sections() const { return m_sections; }
    void showSection(Section section);

    void setLocked(bool locked);
    bool isLocked() const;
    LockScreen* lockScreen() const { return m_lockScreen; }
    ScheduledPurge* scheduledPurge() const { return m_scheduledPurge; }

    // The notices of login: alerts waiting, entries needing attention. Runs
    // once, when the window is first shown.
    void showLoginNotices();
    // Null for users without a hot list.
    AlertNotifier* alertNotifier() const { return m_alertNotifier; }
    AlertNotificationArea* alertNotifications() const { return m_alertNotifications; }
    AlertsPage* alertsPage() const { return m_alertsPage; }
    HotListPage* hotListPage() const { return m_hotListPage; }

Q_SIGNALS:
    void lockRequested();
    void logoutRequested();
    void quitRequested();
    void changePasswordRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createPage(Section section);
    void createMenus(const core::ConsentText& consent);
    void startAlerts(QWidget* workspace, QWidget* banner);
    void alertsArrived(const QList<core::HotListAlert>& alerts);
    void showAlertCount(int count);
    void openAlert(qint64 alertId);

    core::Station& m_station;
    const core::Session& m_session;
    QList<Section> m_sections;
    QStackedWidget* m_screens; // workspace or lock screen
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    LockScreen* m_lockScreen;
    QList<QAction*> m_sessionActions;
    ScheduledPurge* m_scheduledPurge;
    HotListPage* m_hotListPage = nullptr;
    AlertsPage* m_alertsPage = nullptr;
    AlertNotifier* m_alertNotifier = nullptr;
    AlertNotificationArea* m_alertNotifications = nullptr;
    bool m_loginNoticesShown = false;
};

} // namespace pl::ui
