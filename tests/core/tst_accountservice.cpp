// What administrators may do to accounts and what others may not; the rules
// that keep a station administrable; and a user's own password change.

#include "core/accounts/AccountService.h"
#include "core/audit/AuditAction.h"
#include "core/audit/AuditTrail.h"
#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/store/KeySlotFile.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QTest>

using namespace pl;
using core::ErrorCode;
using core::Role;
using tests::AuditReader;
using tests::TestStation;

namespace {

const QString kTemporary = QStringLiteral("Temporary-Pass-99");
const QString kNewPassword = QStringLiteral("Brand-New-Secret-7");

core::NewUser newUser(const QString& name, Role role = Role::Agent) {
    core::NewUser request;
    request.name = name;
    request.displayName = name.toUpper();
    request.role = role;
    request.trainingCompleted = QDate(2026, 1, 15);
    request.temporaryPassword = TestStation::secret(kTemporary);
    return request;
}

core::User userNamed(core::Database& db, const QString& name) {
    auto user = core::AccountService::userByName(db, name);
    return user ? user.value() : core::User();
}

} // namespace

class TestAccountService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void administratorCreatesUsers();
    void newAccountsAreValidated();
    void othersCannotManage_data();
    void othersCannotManage();
    void cannotDeactivateOrDemoteYourself();
    void cannotRemoveLastAdministrator();
    void changePasswordRules();
};

void TestAccountService::administratorCreatesUsers() {
    TestStation ts;
    QVERIFY(ts.isValid());
    auto created =
        ts.station().accounts().createUser(ts.adminSession(), newUser(QStringLiteral("fred")));
    PL_VERIFY_OK(created);
    QVERIFY(created.value().id > 0);
    const core::User stored = userNamed(ts.station().database(), QStringLiteral("FRED"));
    QCOMPARE(stored.id, created.value().id);
    QCOMPARE(stored.role, Role::Agent);
    QVERIFY(stored.mustChangePassword);
    QCOMPARE(stored.trainingCompleted, QDate(2026, 1, 15));

    auto users = ts.station().accounts().users(ts.adminSession());
    PL_VERIFY_OK(users);
    QCOMPARE(users.value().size(), 2);
    for (const core::UserStatus& status : users.value())
        QCOMPARE(status.passwordExpires, ts.clock().nowUtc().date().addDays(90));

    auto login = ts.login(QStringLiteral("fred"), kTemporary);
    PL_VERIFY_OK(login);
    QCOMPARE(login.value().session.role, Role::Agent);
    QCOMPARE(login.value().session.passwordChangeReason, QStringLiteral("reset"));
}

void TestAccountService::newAccountsAreValidated() {
    TestStation ts;
    QVERIFY(ts.isValid());
    core::AccountService& accounts = ts.station().accounts();
    const core::Session& admin = ts.adminSession();
    const qint64 eventsBefore = AuditReader::all(ts.station().database()).size();

    core::NewUser weak = newUser(QStringLiteral("wendy"));
    weak.temporaryPassword = TestStation::secret(QStringLiteral("short1A"));
    PL_VERIFY_ERROR(accounts.createUser(admin, weak), ErrorCode::PasswordPolicy);

    core::NewUser badName = newUser(QStringLiteral("no spaces allowed"));
    PL_VERIFY_ERROR(accounts.createUser(admin, badName), ErrorCode::InvalidArgument);

    core::NewUser futureTraining = newUser(QStringLiteral("future"));
    futureTraining.trainingCompleted = ts.clock().nowUtc().date().addDays(3);
    PL_VERIFY_ERROR(accounts.createUser(admin, futureTraining), ErrorCode::InvalidArgument);

    PL_VERIFY_ERROR(accounts.createUser(admin, newUser(QStringLiteral("ADMIN"))),
                    ErrorCode::AlreadyExists);

    // Nothing was written, to the store or the key-slot file.
    QCOMPARE(AuditReader::all(ts.station().database()).size(), eventsBefore);
    auto slots = core::KeySlotFile::read(ts.keySlotPath());
    PL_VERIFY_OK(slots);
    QCOMPARE(slots.value().slots().size(), 1);
    for (const QString& name : {QStringLiteral("wendy"), QStringLiteral("future")})
        PL_VERIFY_ERROR(core::AccountService::userByName(ts.station().database(), name),
                        ErrorCode::NotFound);
}

void TestAccountService::othersCannotManage_data() {
    QTest::addColumn<Role>("role");
    QTest::newRow("agent") << Role::Agent;
    QTest::newRow("investigator") << Role::Investigator;
    QTest::newRow("supervisor") << Role::Supervisor;
}

void TestAccountService::othersCannotManage() {
    QFETCH(Role, role);
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("pat"), role) > 0);
    const qint64 adminId = ts.adminSession().userId;
    auto login = ts.loginActive(QStringLiteral("pat"), TestStation::userPassword());
    QVERIFY(login.station);
    core::Station& station = *login.station;
    const core::Session& session = login.session;
    PL_VERIFY_OK(station.requireActive(session));
    core::AccountService& accounts = station.accounts();
    const qint64 eventsBefore = AuditReader::all(station.database()).size();

    PL_VERIFY_ERROR(accounts.createUser(session, newUser(QStringLiteral("eve"))),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(station.policy().set(session, core::PolicySettings::lockoutThreshold(), 50),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(accounts.users(session), ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(accounts.setRole(session, session.userId, Role::Administrator),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(accounts.setDisplayName(session, adminId, QStringLiteral("Mallory")),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(accounts.recordTraining(session, session.userId, QDate(2026, 3, 1)),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(accounts.resetPassword(session, adminId, TestStation::secret(kTemporary)),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(accounts.unlock(session, adminId), ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(accounts.deactivate(session, adminId, QStringLiteral("coup")),
                    ErrorCode::PermissionDenied);

    core::Database& db = station.database();
    PL_VERIFY_ERROR(core::AccountService::userByName(db, QStringLiteral("eve")),
                    ErrorCode::NotFound);
    const core::User self = userNamed(db, QStringLiteral("pat"));
    QCOMPARE(self.role, role);
    const core::User admin = userNamed(db, TestStation::adminName());
    QCOMPARE(admin.displayName, QStringLiteral("Ada Admin"));
    QVERIFY(admin.active);
    auto policy = station.currentPolicy();
    PL_VERIFY_OK(policy);
    QCOMPARE(policy.value().lockoutThreshold(), 5);
    QCOMPARE(AuditReader::all(db).size(), eventsBefore);
    PL_VERIFY_OK(ts.login(TestStation::adminName(), TestStation::adminPassword()));
}

void TestAccountService::cannotDeactivateOrDemoteYourself() {
    TestStation ts;
    QVERIFY(ts.isValid());
    // Another administrator exists, so only the "yourself" rule applies.
    QVERIFY(ts.addUser(QStringLiteral("root2"), Role::Administrator) > 0);
    const core::Session& admin = ts.adminSession();
    core::AccountService& accounts = ts.station().accounts();

    PL_VERIFY_ERROR(accounts.deactivate(admin, admin.userId, QStringLiteral("leaving")),
                    ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(accounts.setRole(admin, admin.userId, Role::Supervisor),
                    ErrorCode::InvalidArgument);
    const core::User self = userNamed(ts.station().database(), TestStation::adminName());
    QVERIFY(self.active);
    QCOMPARE(self.role, Role::Administrator);
    PL_VERIFY_OK(ts.login(TestStation::adminName(), TestStation::adminPassword()));
}

void TestAccountService::cannotRemoveLastAdministrator() {
    TestStation ts;
    QVERIFY(ts.isValid());
    const qint64 adminId = ts.adminSession().userId;
    const qint64 secondId = ts.addUser(QStringLiteral("root2"), Role::Administrator);
    QVERIFY(secondId > 0);
    auto second = ts.loginActive(QStringLiteral("root2"), TestStation::userPassword());
    QVERIFY(second.station);
    core::AccountService& accounts = second.station->accounts();

    // While there are two administrators, one may demote the other...
    PL_VERIFY_OK(ts.station().accounts().setRole(ts.adminSession(), secondId, Role::Supervisor));
    // ...and the session root2 opened as an administrator loses that power at
    // once: roles are judged as stored now, not as at login.
    PL_VERIFY_ERROR(accounts.setRole(second.session, adminId, Role::Supervisor),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(accounts.deactivate(second.session, adminId, QStringLiteral("leaving")),
                    ErrorCode::PermissionDenied);
    const core::User admin = userNamed(ts.station().database(), TestStation::adminName());
    QVERIFY(admin.active);
    QCOMPARE(admin.role, Role::Administrator);

    // A deactivated account's open session can do nothing at all.
    PL_VERIFY_OK(ts.station().accounts().setRole(ts.adminSession(), secondId, Role::Administrator));
    PL_VERIFY_OK(ts.station().accounts().deactivate(ts.adminSession(), secondId,
                                                    QStringLiteral("on leave")));
    PL_VERIFY_ERROR(accounts.setRole(second.session, adminId, Role::Agent),
                    ErrorCode::SessionNotActive);
    PL_VERIFY_ERROR(second.station->auditTrail().events(second.session, 5),
                    ErrorCode::SessionNotActive);
    QCOMPARE(userNamed(ts.station().database(), TestStation::adminName()).role,
             Role::Administrator);

    // Nor can the last administrator demote themself.
    PL_VERIFY_ERROR(ts.station().accounts().setRole(ts.adminSession(), adminId, Role::Agent),
                    ErrorCode::InvalidArgument);
}

void TestAccountService::changePasswordRules() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("bobby"), Role::Agent) > 0);
    auto login = ts.login(QStringLiteral("bobby"), TestStation::userPassword());
    PL_VERIFY_OK(login);
    core::AccountService& accounts = login.value().station->accounts();
    core::Session& session = login.value().session;
    const auto current = [] {
        return TestStation::secret(TestStation::userPassword());
    };

    PL_VERIFY_ERROR(accounts.changePassword(session, current(), current()),
                    ErrorCode::PasswordPolicy);
    PL_VERIFY_ERROR(accounts.changePassword(session, current(),
                                            TestStation::secret(QStringLiteral("tooshort"))),
                    ErrorCode::PasswordPolicy);
    PL_VERIFY_ERROR(accounts.changePassword(session, current(),
                                            TestStation::secret(QStringLiteral("My-Bobby-Pass-1"))),
                    ErrorCode::PasswordPolicy);
    // A wrong current password is a failed attempt like any other.
    PL_VERIFY_ERROR(accounts.changePassword(session,
                                            TestStation::secret(QStringLiteral("Not-Current-1")),
                                            TestStation::secret(kNewPassword)),
                    ErrorCode::WrongCredentials);
    auto slots = core::KeySlotFile::read(ts.keySlotPath());
    PL_VERIFY_OK(slots);
    QCOMPARE(slots.value().findSlot(QStringLiteral("bobby"))->failedAttempts, 1);
    QCOMPARE(AuditReader::last(login.value().station->database(), core::AuditAction::loginFailure())
                 .target,
             QStringLiteral("bobby"));

    PL_VERIFY_OK(ts.login(QStringLiteral("bobby"), TestStation::userPassword()));
    PL_VERIFY_OK(accounts.changePassword(session, current(), TestStation::secret(kNewPassword)));
    PL_VERIFY_OK(ts.login(QStringLiteral("bobby"), kNewPassword));
}

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
