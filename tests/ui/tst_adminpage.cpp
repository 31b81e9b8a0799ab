// Administration through the GUI: users and policy, each change checked in
// the store and in the audit trail.
#include "core/accounts/AccountService.h"
#include "core/audit/AuditLog.h"
#include "core/policy/PolicySettings.h"
#include "core/station/Station.h"
#include "tests/support/TestStation.h"
#include "ui/SessionController.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/PolicyPanel.h"
#include "ui/admin/UserDialog.h"
#include "ui/admin/UserTableModel.h"
#include "ui/admin/UsersPanel.h"
#include "ui/login/ConsentDialog.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace pl;
using tests::TestStation;

class TestAdminPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void adminCreatesUser();
    void duplicateNameKeepsDialogOpen();
    void unlockLockedUser();
    void deactivateNeedsReason();
    void policyChangeIsSavedAndAudited();

private:
    ui::UsersPanel* users() const;
    QStringList actions(int count) const;

    std::unique_ptr<TestStation> m_ts;
    std::unique_ptr<ui::SessionController> m_controller;
};

void TestAdminPage::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("walter"), core::Role::Investigator));
    m_ts->close();
    m_controller = std::make_unique<ui::SessionController>(m_ts->storePath(), m_ts->clock());
    m_controller->start();
    ui::LoginDialog* login = m_controller->loginDialog();
    login->findChild<QLineEdit*>(QStringLiteral("userName"))->setText(TestStation::adminName());
    login->findChild<QLineEdit*>(QStringLiteral("password"))->setText(TestStation::adminPassword());
    login->findChild<QPushButton*>(QStringLiteral("loginButton"))->click();
    QTRY_VERIFY(m_controller->consentDialog());
    m_controller->consentDialog()->findChild<QPushButton*>(QStringLiteral("agreeButton"))->click();
    QTRY_VERIFY(m_controller->mainWindow());
    m_controller->mainWindow()->showSection(ui::MainWindow::Section::Administration);
    QVERIFY(users());
}

void TestAdminPage::cleanup() {
    m_controller.reset();
    m_ts.reset();
}

ui::UsersPanel* TestAdminPage::users() const {
    return m_controller->mainWindow()->findChild<ui::UsersPanel*>();
}

QStringList TestAdminPage::actions(int count) const {
    auto events = core::AuditLog::events(m_controller->station()->database(), count);
    QStringList out;
    if (events) {
        for (const core::AuditEvent& event : events.value())
            out.append(event.action + QLatin1Char(':') + event.target);
    }
    return out;
}

void TestAdminPage::adminCreatesUser() {
    ui::UsersPanel* panel = users();
    const int before = panel->model()->rowCount();
    panel->findChild<QPushButton*>(QStringLiteral("newUserButton"))->click();
    auto* dialog = panel->findChild<ui::UserDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->findChild<QLineEdit*>(QStringLiteral("userName"))
        ->setText(QStringLiteral("maria.lopez"));
    dialog->findChild<QLineEdit*>(QStringLiteral("displayName"))
        ->setText(QStringLiteral("María López"));
    auto* role = dialog->findChild<QComboBox*>(QStringLiteral("role"));
    role->setCurrentIndex(role->findData(QStringLiteral("supervisor")));
    dialog->findChild<QLineEdit*>(QStringLiteral("temporaryPassword"))
        ->setText(QStringLiteral("Temporary-Pass-77"));
    dialog->findChild<QPushButton*>(QStringLiteral("submitButton"))->click();
    QTRY_VERIFY(!panel->findChild<ui::UserDialog*>());

    QCOMPARE(panel->model()->rowCount(), before + 1);
    const int row = [&] {
        for (int r = 0; r < panel->model()->rowCount(); ++r) {
            if (panel->model()->userAt(r)->user.name == QStringLiteral("maria.lopez"))
                return r;
        }
        return -1;
    }();
    QVERIFY(row >= 0);
    const core::User& created = panel->model()->userAt(row)->user;
    QCOMPARE(created.role, core::Role::Supervisor);
    QCOMPARE(created.displayName, QStringLiteral("María López"));
    QVERIFY(created.mustChangePassword);
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("usersMessage"))
                ->text()
                .contains(QStringLiteral("maria.lopez")));
    const QStringList recent = actions(3);
    QVERIFY2(recent.contains(QStringLiteral("user.created:maria.lopez")),
             qPrintable(recent.join(u',')));
    QVERIFY(recent.contains(QStringLiteral("training.recorded:maria.lopez")));

    // The new user can log in with the temporary password and must change it.
    auto login = m_ts->login(QStringLiteral("maria.lopez"), QStringLiteral("Temporary-Pass-77"));
    QVERIFY(login);
    QVERIFY(login.value().session.passwordChangeRequired);
    QCOMPARE(login.value().session.passwordChangeReason, QStringLiteral("reset"));
}

void TestAdminPage::duplicateNameKeepsDialogOpen() {
    ui::UsersPanel* panel = users();
    panel->findChild<QPushButton*>(QStringLiteral("newUserButton"))->click();
    auto* dialog = panel->findChild<ui::UserDialog*>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("userName"))->setText(QStringLiteral("WALTER"));
    dialog->findChild<QLineEdit*>(QStringLiteral("displayName"))
        ->setText(QStringLiteral("Someone"));
    dialog->findChild<QLineEdit*>(QStringLiteral("temporaryPassword"))
        ->setText(QStringLiteral("Temporary-Pass-77"));
    dialog->findChild<QPushButton*>(QStringLiteral("submitButton"))->click();
    QVERIFY(dialog->isVisible());
    const QString error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
    QVERIFY2(error.contains(QStringLiteral("already a user")), qPrintable(error));
    // What was typed is still there to correct.
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("displayName"))->text(),
             QStringLiteral("Someone"));
}

void TestAdminPage::unlockLockedUser() {
    for (int i = 0; i < 5; ++i)
        QVERIFY(!m_ts->login(QStringLiteral("walter"), QStringLiteral("bad password")));
    ui::UsersPanel* panel = users();
    panel->refresh();
    const int row =
        panel->model()->rowOfUser(core::AccountService::userByName(
                                      m_controller->station()->database(), QStringLiteral("walter"))
                                      .value()
                                      .id);
    QVERIFY(row >= 0);
    QVERIFY(panel->model()->isLocked(*panel->model()->userAt(row)));
    QVERIFY(panel->model()
                ->data(panel->model()->index(row, ui::UserTableModel::Status), Qt::DisplayRole)
                .toString()
                .startsWith(QStringLiteral("Locked until")));
    panel->table()->selectRow(row);
    panel->findChild<QPushButton*>(QStringLiteral("unlockButton"))->click();
    QVERIFY(!panel->model()->isLocked(
        *panel->model()->userAt(panel->model()->rowOfUser(panel->model()->userAt(row)->user.id))));
    QVERIFY(m_ts->login(QStringLiteral("walter"), TestStation::userPassword()));
    QVERIFY(actions(8).contains(QStringLiteral("account.unlocked:walter")));
}

void TestAdminPage::deactivateNeedsReason() {
    ui::UsersPanel* panel = users();
    const qint64 id = core::AccountService::userByName(m_controller->station()->database(),
                                                       QStringLiteral("walter"))
                          .value()
                          .id;
    panel->selectUser(id);
    panel->findChild<QPushButton*>(QStringLiteral("activeButton"))->click();
    auto* dialog = panel->findChild<ui::FormDialog*>(QStringLiteral("activeDialog"));
    QVERIFY(dialog);
    dialog->findChild<QPushButton*>(QStringLiteral("submitButton"))->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->text().isEmpty());
    dialog->findChild<QLineEdit*>(QStringLiteral("reason"))
        ->setText(QStringLiteral("left the unit"));
    dialog->findChild<QPushButton*>(QStringLiteral("submitButton"))->click();
    QTRY_VERIFY(!panel->findChild<ui::FormDialog*>(QStringLiteral("activeDialog")));
    QVERIFY(!panel->model()->userAt(panel->model()->rowOfUser(id))->user.active);
    auto refused = m_ts->login(QStringLiteral("walter"), TestStation::userPassword());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), core::ErrorCode::AccountDeactivated);
}

void TestAdminPage::policyChangeIsSavedAndAudited() {
    auto* policy = m_controller->mainWindow()->findChild<ui::PolicyPanel*>();
    QVERIFY(policy);
    QSpinBox* idle = policy->field(core::PolicySettings::idleLockMinutes());
    QVERIFY(idle);
    QCOMPARE(idle->value(), 30);
    idle->setValue(15);
    policy->findChild<QPushButton*>(QStringLiteral("savePolicyButton"))->click();
    auto current = m_controller->station()->currentPolicy();
    QVERIFY(current);
    QCOMPARE(current.value().idleLockMinutes(), 15);
    auto events = core::AuditLog::events(m_controller->station()->database(), 1);
    QVERIFY(events);
    const core::AuditEvent& event = events.value().first();
    QCOMPARE(event.action, QStringLiteral("setting.changed"));
    QCOMPARE(event.target, core::PolicySettings::idleLockMinutes());
    QVERIFY(event.details.contains(QStringLiteral("\"from\":30")));
    QVERIFY(event.details.contains(QStringLiteral("\"to\":15")));
}

QTEST_MAIN(TestAdminPage)
#include "tst_adminpage.moc"
