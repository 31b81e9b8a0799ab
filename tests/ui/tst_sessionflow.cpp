// The way through the workstation, driven through named widgets under the
// offscreen platform: setup, log-in, consent, lockout, password change, idle
// lock, log-out.
#include "core/audit/AuditLog.h"
#include "core/station/Station.h"
#include "core/store/KeySlotFile.h"
#include "tests/support/TestStation.h"
#include "ui/SessionController.h"
#include "ui/login/ChangePasswordDialog.h"
#include "ui/login/ConsentDialog.h"
#include "ui/login/LoginDialog.h"
#include "ui/login/SetupDialog.h"
#include "ui/main/IdleMonitor.h"
#include "ui/main/LockScreen.h"
#include "ui/main/MainWindow.h"

#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;
using tests::TestStation;

namespace {

void typeInto(QWidget* parent, const char* name, const QString& text) {
    auto* edit = parent->findChild<QLineEdit*>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->setText(text);
}

void click(QWidget* parent, const char* name) {
    auto* button = parent->findChild<QPushButton*>(QString::fromLatin1(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    button->click();
    // The controller hears its windows through queued connections.
    QCoreApplication::processEvents();
}

QString labelText(QWidget* parent, const char* name) {
    auto* label = parent->findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QString();
}

void logIn(ui::SessionController& controller, const QString& user, const QString& password) {
    QVERIFY(controller.loginDialog());
    typeInto(controller.loginDialog(), "userName", user);
    typeInto(controller.loginDialog(), "password", password);
    click(controller.loginDialog(), "loginButton");
    // The key derivation runs off the GUI thread.
    QTRY_VERIFY(!controller.isOpening());
}

// Log-in and "I agree"; true once the main window is shown.
bool enterWorkspace(ui::SessionController& controller, const QString& user,
                    const QString& password) {
    logIn(controller, user, password);
    if (QTest::currentTestFailed() || !controller.consentDialog())
        return false;
    click(controller.consentDialog(), "agreeButton");
    return QTest::qWaitFor([&] { return controller.mainWindow() != nullptr; });
}

// "action:user" of the newest audit events, newest first, read through a
// fresh administrator login (whose own login.success comes first).
QStringList recentActions(TestStation& ts, int count) {
    auto login = ts.login(TestStation::adminName(), TestStation::adminPassword());
    if (!login)
        return {QStringLiteral("login failed: ") + login.error().message()};
    auto events = core::AuditLog::events(login.value().station->database(), count + 2);
    QStringList actions;
    if (events) {
        for (const core::AuditEvent& event : events.value())
            actions.append(event.action + QLatin1Char(':') + event.userName);
    }
    return actions;
}

} // namespace

class TestSessionFlow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loginConsentMainWindow();
    void sectionsFollowRole_data();
    void sectionsFollowRole();
    void declineEndsSession();
    void lockoutMessageSaysUntilWhen();
    void requiredPasswordChangeBeforeConsent();
    void idleLockOnlyOwnerUnlocks();
    void logoutReturnsToLogin();
    void setupCreatesStore();
    void noPlaceholderPagesRemain();
    void brokenStoreIsReportedAtOnce();
    void escapeOnLoginQuits();
};

void TestSessionFlow::loginConsentMainWindow() {
    TestStation ts;
    QVERIFY(ts.isValid());
    ts.close();
    ui::SessionController controller(ts.storePath(), ts.clock());
    controller.start();
    QVERIFY(controller.loginDialog());
    QVERIFY(!controller.setupDialog());

    logIn(controller, TestStation::adminName(), TestStation::adminPassword());
    QVERIFY(controller.consentDialog());
    QVERIFY(!controller.mainWindow());
    // Nothing is reachable before consent: the session is not active yet.
    QVERIFY(!controller.station()->requireActive(controller.session()));
    auto* text = controller.consentDialog()->findChild<QWidget*>(QStringLiteral("consentText"));
    QVERIFY(text);

    click(controller.consentDialog(), "agreeButton");
    QTRY_VERIFY(controller.mainWindow());
    QVERIFY(controller.station()->requireActive(controller.session()));
    const QString user = labelText(controller.mainWindow(), "userLabel");
    QVERIFY2(user.contains(TestStation::adminName()), qPrintable(user));
    QVERIFY2(user.contains(QStringLiteral("Administrator")), qPrintable(user));
    QVERIFY(controller.mainWindow()->findChild<QLabel*>(QStringLiteral("soleBasisBanner")));
}

void TestSessionFlow::sectionsFollowRole_data() {
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("sections");
    QTest::newRow("agent") << int(core::Role::Agent)
                           << QStringList{QStringLiteral("Search"),  QStringLiteral("Import"),
                                          QStringLiteral("Cameras"), QStringLiteral("Hot list"),
                                          QStringLiteral("Alerts"),  QStringLiteral("Cases")};
    QTest::newRow("investigator") << int(core::Role::Investigator)
                                  << QStringList{
                                         QStringLiteral("Search"),  QStringLiteral("Import"),
                                         QStringLiteral("Cameras"), QStringLiteral("Hot list"),
                                         QStringLiteral("Alerts"),  QStringLiteral("Cases")};
    QTest::newRow("supervisor") << int(core::Role::Supervisor)
                                << QStringList{QStringLiteral("Search"), QStringLiteral("Hot list"),
                                               QStringLiteral("Cases"),
                                               QStringLiteral("Exceptions"),
                                               QStringLiteral("Audit trail")};
    QTest::newRow("administrator")
        << int(core::Role::Administrator)
        << QStringList{QStringLiteral("Search"),      QStringLiteral("Import"),
                       QStringLiteral("Cameras"),     QStringLiteral("Cases"),
                       QStringLiteral("Audit trail"), QStringLiteral("Administration")};
}

void TestSessionFlow::sectionsFollowRole() {
    QFETCH(int, role);
    QFETCH(QStringList, sections);
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("someone"), static_cast<core::Role>(role)));
    ts.close();
    ui::SessionController controller(ts.storePath(), ts.clock());
    controller.start();
    QVERIFY(enterWorkspace(controller, QStringLiteral("someone"), TestStation::userPassword()));
    auto* navigation =
        controller.mainWindow()->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QStringList shown;
    for (int row = 0; row < navigation->count(); ++row)
        shown.append(navigation->item(row)->text());
    QCOMPARE(shown, sections);
}

void TestSessionFlow::declineEndsSession() {
    TestStation ts;
    QVERIFY(ts.isValid());
    ts.close();
    {
        ui::SessionController controller(ts.storePath(), ts.clock());
        controller.start();
        logIn(controller, TestStation::adminName(), TestStation::adminPassword());
        QVERIFY(controller.consentDialog());
        click(controller.consentDialog(), "declineButton");
        QTRY_VERIFY(controller.loginDialog());
        QVERIFY(!controller.mainWindow());
        QVERIFY(!controller.station());
        QVERIFY(
            labelText(controller.loginDialog(), "message").contains(QStringLiteral("declined")));
    }
    const QStringList actions = recentActions(ts, 6);
    QVERIFY2(actions.contains(QStringLiteral("consent.declined:admin")),
             qPrintable(actions.join(u',')));
    // The decline is followed by the log-out.
    QVERIFY(actions.indexOf(QStringLiteral("logout:admin")) <
            actions.indexOf(QStringLiteral("consent.declined:admin")));
}

void TestSessionFlow::lockoutMessageSaysUntilWhen() {
    TestStation ts;
    QVERIFY(ts.isValid());
    ts.close();
    ui::SessionController controller(ts.storePath(), ts.clock());
    controller.start();
    for (int attempt = 1; attempt <= 4; ++attempt) {
        logIn(controller, TestStation::adminName(), QStringLiteral("wrong-%1").arg(attempt));
        const QString message = labelText(controller.loginDialog(), "message");
        QVERIFY2(message.contains(QStringLiteral("Wrong user name or password")),
                 qPrintable(message));
    }
    logIn(controller, TestStation::adminName(), QStringLiteral("wrong-5"));
    const QString locked = labelText(controller.loginDialog(), "message");
    const QString until =
        ts.clock().nowUtc().addSecs(10 * 60).toLocalTime().toString(QStringLiteral("HH:mm"));
    QVERIFY2(locked.contains(QStringLiteral("locked until")), qPrintable(locked));
    QVERIFY2(locked.contains(until), qPrintable(locked + QStringLiteral(" / ") + until));
    // The right password is refused while locked, with the same explanation.
    logIn(controller, TestStation::adminName(), TestStation::adminPassword());
    QVERIFY(!controller.consentDialog());
    QVERIFY(
        labelText(controller.loginDialog(), "message").contains(QStringLiteral("locked until")));
    // Ten minutes later it works.
    ts.clock().advanceMinutes(10);
    logIn(controller, TestStation::adminName(), TestStation::adminPassword());
    QVERIFY(controller.consentDialog());
}

void TestSessionFlow::requiredPasswordChangeBeforeConsent() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("newbie"), core::Role::Agent, true));
    ts.close();
    ui::SessionController controller(ts.storePath(), ts.clock());
    controller.start();
    logIn(controller, QStringLiteral("newbie"), TestStation::userPassword());
    ui::ChangePasswordDialog* dialog = controller.changePasswordDialog();
    QVERIFY(dialog);
    QVERIFY(!controller.consentDialog());

    // A weak new password is refused inside the dialog; nothing is lost.
    typeInto(dialog, "currentPassword", TestStation::userPassword());
    typeInto(dialog, "newPassword", QStringLiteral("short"));
    typeInto(dialog, "confirmPassword", QStringLiteral("short"));
    click(dialog, "submitButton");
    QVERIFY(controller.changePasswordDialog());
    QVERIFY(labelText(dialog, "errorLabel").contains(QStringLiteral("too short")));

    typeInto(dialog, "currentPassword", TestStation::userPassword());
    typeInto(dialog, "newPassword", QStringLiteral("Brand-New-Secret-9"));
    typeInto(dialog, "confirmPassword", QStringLiteral("Brand-New-Secret-9"));
    click(dialog, "submitButton");
    QTRY_VERIFY(controller.consentDialog());
    click(controller.consentDialog(), "agreeButton");
    QTRY_VERIFY(controller.mainWindow());

    // The new password is the one that works now.
    auto old = ts.login(QStringLiteral("newbie"), TestStation::userPassword());
    QVERIFY(!old);
    QVERIFY(ts.login(QStringLiteral("newbie"), QStringLiteral("Brand-New-Secret-9")));
}

void TestSessionFlow::idleLockOnlyOwnerUnlocks() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("other"), core::Role::Supervisor));
    ts.close();
    ui::SessionController controller(ts.storePath(), ts.clock());
    controller.start();
    QVERIFY(enterWorkspace(controller, TestStation::adminName(), TestStation::adminPassword()));
    ui::MainWindow* window = controller.mainWindow();

    // 29 minutes idle: nothing happens; 30: locked.
    ts.clock().advanceMinutes(29);
    controller.idleMonitor()->check();
    QVERIFY(!window->isLocked());
    ts.clock().advanceMinutes(1);
    controller.idleMonitor()->check();
    QVERIFY(window->isLocked());
    QVERIFY(!controller.station()->requireActive(controller.session()));

    // Another user's valid password does not take over the session.
    ui::LockScreen* lock = window->lockScreen();
    typeInto(lock, "unlockPassword", TestStation::userPassword());
    click(lock, "unlockButton");
    QVERIFY(window->isLocked());
    QVERIFY(!labelText(lock, "lockMessage").isEmpty());

    typeInto(lock, "unlockPassword", TestStation::adminPassword());
    click(lock, "unlockButton");
    QVERIFY(!window->isLocked());
    QVERIFY(controller.station()->requireActive(controller.session()));
    QVERIFY(controller.idleMonitor()->isRunning());
}

void TestSessionFlow::logoutReturnsToLogin() {
    TestStation ts;
    QVERIFY(ts.isValid());
    ts.close();
    {
        ui::SessionController controller(ts.storePath(), ts.clock());
        controller.start();
        QVERIFY(enterWorkspace(controller, TestStation::adminName(), TestStation::adminPassword()));
        controller.mainWindow()->close(); // closing the window logs out
        QTRY_VERIFY(controller.loginDialog());
        QVERIFY(!controller.mainWindow());
        QVERIFY(!controller.station());
    }
    const QStringList actions = recentActions(ts, 4);
    QVERIFY2(actions.contains(QStringLiteral("logout:admin")), qPrintable(actions.join(u',')));
}

void TestSessionFlow::setupCreatesStore() {
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("new/station.plstore"));
    tests::ManualClock clock;
    ui::SessionController controller(path, clock);
    controller.start();
    ui::SetupDialog* setup = controller.setupDialog();
    QVERIFY(setup);
    QVERIFY(!controller.loginDialog());
    QCOMPARE(setup->storePath(), path);

    typeInto(setup, "adminName", QStringLiteral("chief"));
    typeInto(setup, "displayName", QStringLiteral("Chief Admin"));
    typeInto(setup, "password", QStringLiteral("Setup-Secret-123"));
    typeInto(setup, "confirmPassword", QStringLiteral("Setup-Secret-124"));
    click(setup, "createButton");
    QVERIFY(controller.setupDialog());
    QVERIFY(labelText(setup, "errorLabel").contains(QStringLiteral("differ")));
    QVERIFY(!QFile::exists(path));

    typeInto(setup, "password", QStringLiteral("Setup-Secret-123"));
    typeInto(setup, "confirmPassword", QStringLiteral("Setup-Secret-123"));
    auto* training = setup->findChild<QDateEdit*>(QStringLiteral("trainingDate"));
    QVERIFY(training);
    training->setDate(clock.nowUtc().date().addDays(-3));
    click(setup, "createButton");
    QTRY_VERIFY(controller.consentDialog());
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(core::KeySlotFile::pathForDatabase(path)));
    click(controller.consentDialog(), "agreeButton");
    QTRY_VERIFY(controller.mainWindow());
    QCOMPARE(controller.session().userName, QStringLiteral("chief"));
    QCOMPARE(controller.session().role, core::Role::Administrator);
}

void TestSessionFlow::noPlaceholderPagesRemain() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("inv7"), core::Role::Investigator));
    ts.close();
    ui::SessionController controller(ts.storePath(), ts.clock());
    controller.start();
    QVERIFY(enterWorkspace(controller, QStringLiteral("inv7"), TestStation::userPassword()));
    // Every capability is there: no page says it is not available yet, and
    // the map and timeline sit beside the search results.
    QVERIFY(
        controller.mainWindow()->findChildren<QLabel*>(QStringLiteral("notAvailable")).isEmpty());
    QVERIFY(controller.mainWindow()->findChild<QWidget*>(QStringLiteral("resultMapView")));
}

void TestSessionFlow::brokenStoreIsReportedAtOnce() {
    TestStation ts;
    QVERIFY(ts.isValid());
    ts.close();
    QVERIFY(QFile::rename(ts.keySlotPath(), ts.keySlotPath() + QStringLiteral(".away")));
    ui::SessionController missing(ts.storePath(), ts.clock());
    missing.start();
    QVERIFY(missing.loginDialog());
    QVERIFY(!missing.setupDialog()); // a store without its key slots is not a new store
    QVERIFY(labelText(missing.loginDialog(), "message").contains(QStringLiteral("missing")));
    missing.loginDialog()->close();

    QTemporaryDir dir;
    const QString text = QDir(dir.path()).filePath(QStringLiteral("notes.plstore"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are not plates\n");
    file.close();
    ui::SessionController notStore(text, ts.clock());
    notStore.start();
    QVERIFY(notStore.loginDialog());
    QVERIFY(labelText(notStore.loginDialog(), "message")
                .contains(QStringLiteral("not a PlateLedger store")));
}

void TestSessionFlow::escapeOnLoginQuits() {
    TestStation ts;
    QVERIFY(ts.isValid());
    ts.close();
    ui::SessionController controller(ts.storePath(), ts.clock());
    QSignalSpy quit(&controller, &ui::SessionController::quitRequested);
    controller.start();
    ui::LoginDialog* login = controller.loginDialog();
    QTest::keyClick(login, Qt::Key_Escape);
    // The dialog really closes: a window that refuses to close would stop the
    // application from quitting (and ask again, for ever).
    QVERIFY(!login->isVisible());
    QTRY_COMPARE(quit.count(), 1);
}

QTEST_MAIN(TestSessionFlow)
#include "tst_sessionflow.moc"
