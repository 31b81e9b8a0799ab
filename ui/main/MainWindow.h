#pragma once

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

class LockScreen;
class ScheduledPurge;

// The workspace: a navigation list with the sections the user's role may
// use, the logged-in user and role, and the lock screen that covers it all
// while the session is idle-locked. Session actions are signals; the
// SessionController carries them out.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Section {
        Search,
        Import,
        Cameras,
        HotList,
        Map,
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

Q_SIGNALS:
    void lockRequested();
    void logoutRequested();
    void quitRequested();
    void changePasswordRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createPage(Section section);
    void createMenus(const core::ConsentText& consent);

    core::Station& m_station;
    const core::Session& m_session;
    QList<Section> m_sections;
    QStackedWidget* m_screens; // workspace or lock screen
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    LockScreen* m_lockScreen;
    QList<QAction*> m_sessionActions;
    ScheduledPurge* m_scheduledPurge;
};

} // namespace pl::ui
