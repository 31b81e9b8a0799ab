#pragma once

#include "core/accounts/Session.h"
#include "core/consent/ConsentText.h"
#include "core/station/Station.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace pl::core {
class Clock;
} // namespace pl::core

namespace pl::ui {

class ChangePasswordDialog;
class ConsentDialog;
class IdleMonitor;
class LoginDialog;
class MainWindow;
class SetupDialog;

// Drives one person's way through the workstation: setup (first start) or
// log-in, a due password change, the consent splash, the main window, idle
// lock and log-out, then back to the log-in screen for the next person.
//
// Owns the open Station and the Session while someone is logged in; the
// windows it shows only borrow them and are closed before either goes away.
class SessionController : public QObject {
    Q_OBJECT
public:
    SessionController(QString storePath, const core::Clock& clock, QObject* parent = nullptr);
    ~SessionController() override;

    void start();

    // What is on screen, for tests and the benchmark.
    LoginDialog* loginDialog() const;
    SetupDialog* setupDialog() const;
    ChangePasswordDialog* changePasswordDialog() const;
    ConsentDialog* consentDialog() const;
    MainWindow* mainWindow() const;
    IdleMonitor* idleMonitor() const { return m_idle; }
    core::Station* station() const { return m_station.get(); }
    const core::Session& session() const { return m_session; }
    const QString& storePath() const { return m_storePath; }
    // A log-in or a store creation is running (key derivation, off the GUI thread).
    bool isOpening() const;

Q_SIGNALS:
    void mainWindowShown();
    void loggedOut();
    void quitRequested();

private:
    void showSetup();
    void showLogin(const QString& message = {}, bool isError = false);
    void submitSetup();
    void submitLogin();
    void onOpened();
    void continueAfterLogin();
    void showChangePassword(bool required);
    void showConsent();
    void showMain();
    void lockForIdle();
    void submitUnlock();
    void endSession(const QString& message, bool isError, bool recordLogout);
    void closeWindows();
    bool loadConsent();

    QString m_storePath;
    const core::Clock& m_clock;
    using OpenResult = std::shared_ptr<core::Result<core::StationLogin>>;
    QFutureWatcher<OpenResult> m_opening;
    QString m_openingPath;
    bool m_openingPending = false; // until onOpened() has handled the result
    std::unique_ptr<core::Station> m_station;
    core::Session m_session;
    std::optional<core::ConsentText> m_consentText;
    IdleMonitor* m_idle;
    QPointer<SetupDialog> m_setup;
    QPointer<LoginDialog> m_login;
    QPointer<ChangePasswordDialog> m_changePassword;
    QPointer<ConsentDialog> m_consent;
    QPointer<MainWindow> m_main;
};

} // namespace pl::ui
