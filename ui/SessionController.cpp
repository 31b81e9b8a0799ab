#include "ui/SessionController.h"

#include "core/accounts/AccountService.h"
#include "core/common/Clock.h"
#include "core/station/Station.h"
#include "core/store/KeySlotFile.h"
#include "core/store/Store.h"
#include "ui/login/ChangePasswordDialog.h"
#include "ui/login/ConsentDialog.h"
#include "ui/login/LoginDialog.h"
#include "ui/login/SetupDialog.h"
#include "ui/main/IdleMonitor.h"
#include "ui/main/LockScreen.h"
#include "ui/main/MainWindow.h"
#include "ui/retention/ScheduledPurge.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent>

namespace pl::ui {

namespace {

// Paints "Checking…" before the deliberate key-derivation cost blocks the thread.
void flushPaint() {
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace

SessionController::SessionController(QString storePath, const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_storePath(QFileInfo(storePath).absoluteFilePath())
    , m_clock(clock)
    , m_idle(new IdleMonitor(clock, this)) {
    connect(m_idle, &IdleMonitor::idle, this, &SessionController::lockForIdle);
    connect(&m_opening, &QFutureWatcher<OpenResult>::finished, this, &SessionController::onOpened);
}

SessionController::~SessionController() {
    m_opening.waitForFinished();
    if (m_station && m_station->isOpen(m_session))
        (void)m_station->logout(m_session);
    closeWindows();
}

LoginDialog* SessionController::loginDialog() const {
    return m_login;
}

SetupDialog* SessionController::setupDialog() const {
    return m_setup;
}

ChangePasswordDialog* SessionController::changePasswordDialog() const {
    return m_changePassword;
}

ConsentDialog* SessionController::consentDialog() const {
    return m_consent;
}

MainWindow* SessionController::mainWindow() const {
    return m_main;
}

void SessionController::start() {
    if (!QFileInfo::exists(m_storePath)) {
        showSetup();
        return;
    }
    // Say at once when the files cannot be a store, before anyone types a password.
    core::Status usable = core::Store::checkDatabaseFile(m_storePath);
    if (usable) {
        if (auto slots = core::KeySlotFile::read(core::KeySlotFile::pathForDatabase(m_storePath));
            !slots)
            usable = slots.error();
    }
    showLogin(usable ? QString() : usable.error().message(), !usable);
}

bool SessionController::loadConsent() {
    if (m_consentText)
        return true;
    auto consent = core::ConsentText::load(QLocale().name());
    if (!consent)
        return false;
    m_consentText = consent.value();
    return true;
}

// Every window's signals reach this controller through queued connections:
// the handlers run from the event loop, never inside the emitting window, so
// deleting windows here (before the station they borrow) is safe.
void SessionController::closeWindows() {
    for (QWidget* window :
         std::initializer_list<QWidget*>{m_setup, m_login, m_changePassword, m_consent, m_main}) {
        if (window)
            delete window;
    }
}

void SessionController::showSetup() {
    closeWindows();
    m_setup = new SetupDialog(m_storePath, m_clock.nowUtc().toLocalTime().date());
    connect(m_setup, &SetupDialog::createRequested, this, &SessionController::submitSetup,
            Qt::QueuedConnection);
    connect(m_setup, &SetupDialog::quitRequested, this, &SessionController::quitRequested,
            Qt::QueuedConnection);
    m_setup->show();
}

void SessionController::submitSetup() {
    if (m_openingPending)
        return;
    SetupDialog* setup = m_setup;
    core::SecretBytes password = setup->takePassword();
    if (password.isEmpty()) {
        if (setup->findChild<QWidget*>(QStringLiteral("errorLabel"))->isHidden())
            setup->showError(tr("Choose a password for the administrator."));
        return;
    }
    const QString path = QFileInfo(setup->storePath()).absoluteFilePath();
    setup->setBusy(true);
    // The key derivation takes about half a second: off the GUI thread.
    auto request = std::make_shared<core::NewAdministrator>(core::NewAdministrator{
        setup->adminName(), setup->displayName(), std::move(password), setup->trainingDate()});
    const core::Clock& clock = m_clock;
    m_openingPath = path;
    m_openingPending = true;
    m_opening.setFuture(QtConcurrent::run([path, request, &clock]() -> OpenResult {
        return std::make_shared<core::Result<core::StationLogin>>(
            core::Station::create(path, std::move(*request), core::Session::Client::Gui, clock));
    }));
}

void SessionController::showLogin(const QString& message, bool isError) {
    closeWindows();
    m_login = new LoginDialog(m_storePath);
    connect(m_login, &LoginDialog::loginRequested, this, &SessionController::submitLogin,
            Qt::QueuedConnection);
    connect(m_login, &LoginDialog::quitRequested, this, &SessionController::quitRequested,
            Qt::QueuedConnection);
    if (!message.isEmpty())
        m_login->showMessage(message, isError);
    m_login->show();
}

void SessionController::submitLogin() {
    if (m_openingPending)
        return;
    LoginDialog* login = m_login;
    const QString user = login->userName();
    login->setBusy(true);
    // The key derivation takes about half a second: off the GUI thread.
    auto password = std::make_shared<core::SecretBytes>(login->takePassword());
    const core::Clock& clock = m_clock;
    const QString path = m_storePath;
    m_openingPath = path;
    m_openingPending = true;
    m_opening.setFuture(QtConcurrent::run([path, user, password, &clock]() -> OpenResult {
        return std::make_shared<core::Result<core::StationLogin>>(
            core::Station::login(path, user, *password, core::Session::Client::Gui, clock));
    }));
}

void SessionController::onOpened() {
    m_openingPending = false;
    OpenResult result = m_opening.result();
    if (m_setup) {
        m_setup->setBusy(false);
        if (!result->ok()) {
            m_setup->showError(result->error().message());
            return;
        }
        m_storePath = m_openingPath;
    } else if (m_login) {
        m_login->setBusy(false);
        if (!result->ok()) {
            m_login->showMessage(result->error().message(), true);
            return;
        }
    } else if (!result->ok()) {
        return; // the window that asked is gone (quit): nothing to show
    }
    m_station = std::move(result->value().station);
    m_session = result->value().session;
    continueAfterLogin();
}

bool SessionController::isOpening() const {
    return m_openingPending;
}

void SessionController::continueAfterLogin() {
    if (m_session.passwordChangeRequired)
        showChangePassword(true);
    else
        showConsent();
}

void SessionController::showChangePassword(bool required) {
    auto policy = m_station->currentPolicy();
    const int minimum = policy ? policy.value().passwordMinLength() : 12;
    QString reason;
    if (required) {
        reason = m_session.passwordChangeReason == QStringLiteral("reset")
                     ? tr("An administrator has set a temporary password for you. Choose your "
                          "own password to continue.")
                     : tr("Your password is older than %n day(s) and must be changed before "
                          "you continue.",
                          nullptr, policy ? policy.value().passwordMaxAgeDays() : 90);
    }
    QWidget* parent = required ? nullptr : static_cast<QWidget*>(m_main);
    if (required)
        closeWindows();
    m_changePassword = new ChangePasswordDialog(reason, minimum, parent);
    m_changePassword->setAttribute(Qt::WA_DeleteOnClose);
    if (required)
        m_changePassword->setWindowTitle(tr("PlateLedger — Change your password"));
    connect(
        m_changePassword, &FormDialog::submitted, this,
        [this, required] {
            ChangePasswordDialog* dialog = m_changePassword;
            if (!dialog || !m_station)
                return;
            core::SecretBytes current = dialog->takeCurrent();
            core::SecretBytes next = dialog->takeNew();
            if (next.isEmpty())
                return;
            flushPaint();
            auto changed = [&] {
                BusyCursor busy;
                return m_station->accounts().changePassword(m_session, current, next);
            }();
            if (!changed) {
                if (!m_station->isOpen(m_session)) {
                    // Too many wrong current passwords: the account locked and the session ended.
                    endSession(changed.error().message(), true, false);
                    return;
                }
                dialog->showError(changed.error().message());
                return;
            }
            dialog->accept();
            if (required)
                showConsent();
        },
        Qt::QueuedConnection);
    connect(
        m_changePassword, &QDialog::rejected, this,
        [this, required] {
            if (required)
                endSession(tr("The password was not changed; you have been logged out."), false,
                           true);
        },
        Qt::QueuedConnection);
    if (required)
        m_changePassword->show();
    else
        m_changePassword->open();
}

void SessionController::showConsent() {
    if (!loadConsent()) {
        endSession(tr("The permitted-use text is missing from this build; nobody can log in."),
                   true, true);
        return;
    }
    closeWindows();
    m_consent = new ConsentDialog(*m_consentText, ConsentDialog::Mode::AskConsent);
    m_consent->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        m_consent, &ConsentDialog::agreed, this,
        [this] {
            if (auto accepted = m_station->acceptConsent(m_session, *m_consentText); !accepted) {
                endSession(accepted.error().message(), true, true);
                return;
            }
            showMain();
        },
        Qt::QueuedConnection);
    connect(
        m_consent, &ConsentDialog::declined, this,
        [this] {
            auto declined = m_station->declineConsent(m_session, *m_consentText);
            m_station.reset();
            const QString message =
                declined ? tr("You declined the permitted-use terms; the session has ended.")
                         : declined.error().message();
            endSession(message, false, false);
        },
        Qt::QueuedConnection);
    m_consent->show();
}

void SessionController::showMain() {
    if (!m_station || !m_session.isActive())
        return;
    closeWindows();
    m_main = new MainWindow(*m_station, m_session, *m_consentText);
    connect(m_main, &MainWindow::lockRequested, this, &SessionController::lockForIdle,
            Qt::QueuedConnection);
    connect(
        m_main, &MainWindow::logoutRequested, this,
        [this] { endSession(tr("You have logged out."), false, true); }, Qt::QueuedConnection);
    connect(
        m_main, &MainWindow::quitRequested, this,
        [this] {
            endSession(QString(), false, true);
            Q_EMIT quitRequested();
        },
        Qt::QueuedConnection);
    connect(
        m_main, &MainWindow::changePasswordRequested, this, [this] { showChangePassword(false); },
        Qt::QueuedConnection);
    connect(m_main->lockScreen(), &LockScreen::unlockRequested, this,
            &SessionController::submitUnlock, Qt::QueuedConnection);
    connect(
        m_main->lockScreen(), &LockScreen::logoutRequested, this,
        [this] { endSession(tr("The locked session was logged out."), false, true); },
        Qt::QueuedConnection);
    auto policy = m_station->currentPolicy();
    m_idle->start(policy ? policy.value().idleLockMinutes() : 30);
    m_main->show();
    // Reads past retention go at log-in when a day has passed since the last purge.
    m_main->scheduledPurge()->checkNow();
    Q_EMIT mainWindowShown();
}

void SessionController::lockForIdle() {
    if (!m_main || m_main->isLocked())
        return;
    m_idle->stop();
    if (auto locked = m_station->lockIdle(m_session); !locked) {
        endSession(locked.error().message(), true, true);
        return;
    }
    // Dialogs over the workspace (user editing...) go too: nothing stays visible.
    const auto dialogs = m_main->findChildren<QDialog*>();
    for (QDialog* dialog : dialogs)
        dialog->reject();
    m_main->setLocked(true);
}

void SessionController::submitUnlock() {
    LockScreen* lock = m_main->lockScreen();
    core::SecretBytes password = lock->takePassword();
    if (password.isEmpty()) {
        lock->showMessage(tr("Enter your password."));
        return;
    }
    flushPaint();
    auto unlocked = [&] {
        BusyCursor busy;
        return m_station->unlockIdle(m_session, password);
    }();
    if (!unlocked) {
        if (!m_station->isOpen(m_session)) {
            endSession(unlocked.error().message(), true, false);
            return;
        }
        lock->showMessage(unlocked.error().code() == core::ErrorCode::WrongCredentials
                              ? tr("Wrong password.")
                              : unlocked.error().message());
        return;
    }
    m_main->setLocked(false);
    auto policy = m_station->currentPolicy();
    m_idle->start(policy ? policy.value().idleLockMinutes() : 30);
}

void SessionController::endSession(const QString& message, bool isError, bool recordLogout) {
    m_idle->stop();
    // Windows first: pages borrow the station and may be finishing work on it.
    closeWindows();
    if (m_station && recordLogout && m_station->isOpen(m_session))
        (void)m_station->logout(m_session);
    m_station.reset();
    m_session = {};
    Q_EMIT loggedOut();
    showLogin(message, isError);
}

} // namespace pl::ui
