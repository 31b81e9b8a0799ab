// The way in: lockout after failed attempts, password age and resets, the
// training gate and deactivated accounts, all on a manual clock.

#include "core/accounts/AccountService.h"
#include "core/audit/AuditAction.h"
#include "core/audit/AuditTrail.h"
#include "core/common/TimeFormat.h"
#include "core/consent/ConsentText.h"
#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/store/KeySlotFile.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/RawStore.h"
#include "tests/support/TestStation.h"

#include <QTest>

using namespace pl;
using core::ErrorCode;
using tests::AuditReader;
using tests::RawStore;
using tests::TestStation;

namespace {

const QString kWrong = QStringLiteral("Wrong-Password-1");
const QString kNewPassword = QStringLiteral("Brand-New-Secret-7");

const core::KeySlot* slotOf(const core::Result<core::KeySlotFile>& file, const QString& name) {
    return file ? file.value().findSlot(name) : nullptr;
}

core::Result<core::User> createUntrained(TestStation& ts, const QString& name) {
    core::NewUser request;
    request.name = name;
    request.displayName = name;
    request.role = core::Role::Agent;
    request.temporaryPassword = TestStation::secret(TestStation::userPassword());
    request.mustChangePassword = false;
    return ts.station().accounts().createUser(ts.adminSession(), request);
}

} // namespace

class TestAuthenticator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unknownUserAndWrongPasswordLookAlike();
    void wrongPasswordsLockTheAccount();
    void lockExpiryGivesFreshAttempts();
    void successResetsTheFailureCount();
    void lockoutPolicyChangeApplies();
    void administratorUnlockClearsLock();
    void expiredPasswordMustBeChanged();
    void resetPasswordMustBeChanged();
    void missingTrainingIsRefused();
    void expiredTrainingIsRefused_data();
    void expiredTrainingIsRefused();
    void deactivatedAccountIsRefused();
};

void TestAuthenticator::unknownUserAndWrongPasswordLookAlike() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("bob"), core::Role::Agent) > 0);
    auto wrong = ts.login(QStringLiteral("bob"), kWrong);
    auto unknown = ts.login(QStringLiteral("nobody"), kWrong);
    PL_VERIFY_ERROR(wrong, ErrorCode::WrongCredentials);
    PL_VERIFY_ERROR(unknown, ErrorCode::WrongCredentials);
    QCOMPARE(unknown.error().message(), wrong.error().message());
    // User names are matched regardless of case and surrounding blanks.
    PL_VERIFY_OK(ts.login(QStringLiteral(" BOB "), TestStation::userPassword()));
}

void TestAuthenticator::wrongPasswordsLockTheAccount() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("bob"), core::Role::Agent) > 0);
    for (int attempt = 1; attempt <= 4; ++attempt) {
        PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), kWrong), ErrorCode::WrongCredentials);
        ts.clock().advanceSeconds(10);
    }
    const QDateTime fifth = ts.clock().nowUtc();
    auto locked = ts.login(QStringLiteral("bob"), kWrong);
    PL_VERIFY_ERROR(locked, ErrorCode::AccountLocked);
    const QDateTime expiry = fifth.addSecs(10 * 60);
    QCOMPARE(locked.error().detail().toDateTime(), expiry);
    QVERIFY2(
        locked.error().message().contains(expiry.toLocalTime().toString(QStringLiteral("HH:mm"))),
        qPrintable(locked.error().message()));

    // The right password does not open a locked account, nor is it counted.
    auto refused = ts.login(QStringLiteral("bob"), TestStation::userPassword());
    PL_VERIFY_ERROR(refused, ErrorCode::AccountLocked);
    QCOMPARE(refused.error().detail().toDateTime(), expiry);
    ts.clock().set(expiry.addSecs(-1));
    PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), TestStation::userPassword()),
                    ErrorCode::AccountLocked);

    ts.clock().set(expiry);
    PL_VERIFY_OK(ts.login(QStringLiteral("bob"), TestStation::userPassword()));
    auto slots = core::KeySlotFile::read(ts.keySlotPath());
    const core::KeySlot* slot = slotOf(slots, QStringLiteral("bob"));
    QVERIFY(slot);
    QCOMPARE(slot->failedAttempts, 0);
    QVERIFY(!slot->lockedUntil.isValid());

    // Counting starts again from zero.
    for (int attempt = 1; attempt <= 4; ++attempt)
        PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), kWrong), ErrorCode::WrongCredentials);
    PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), kWrong), ErrorCode::AccountLocked);
}

void TestAuthenticator::lockExpiryGivesFreshAttempts() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("bob"), core::Role::Agent) > 0);
    for (int attempt = 1; attempt <= 4; ++attempt)
        PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), kWrong), ErrorCode::WrongCredentials);
    PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), kWrong), ErrorCode::AccountLocked);
    ts.clock().advanceMinutes(10);

    // A wrong password after the lock has run out starts a new count.
    for (int attempt = 1; attempt <= 4; ++attempt)
        PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), kWrong), ErrorCode::WrongCredentials);
    auto slots = core::KeySlotFile::read(ts.keySlotPath());
    const core::KeySlot* slot = slotOf(slots, QStringLiteral("bob"));
    QVERIFY(slot);
    QCOMPARE(slot->failedAttempts, 4);
    PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), kWrong), ErrorCode::AccountLocked);
}

void TestAuthenticator::successResetsTheFailureCount() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("bob"), core::Role::Agent) > 0);
    for (int attempt = 1; attempt <= 4; ++attempt)
        PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), kWrong), ErrorCode::WrongCredentials);
    PL_VERIFY_OK(ts.login(QStringLiteral("bob"), TestStation::userPassword()));
    for (int attempt = 1; attempt <= 4; ++attempt)
        PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), kWrong), ErrorCode::WrongCredentials);

    auto slots = core::KeySlotFile::read(ts.keySlotPath());
    const core::KeySlot* slot = slotOf(slots, QStringLiteral("bob"));
    QVERIFY(slot);
    QCOMPARE(slot->failedAttempts, 4);
    QVERIFY(!slot->lockedUntil.isValid());
    PL_VERIFY_OK(ts.login(QStringLiteral("bob"), TestStation::userPassword()));
}

void TestAuthenticator::lockoutPolicyChangeApplies() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("bob"), core::Role::Agent) > 0);
    PL_VERIFY_OK(
        ts.station().policy().set(ts.adminSession(), core::PolicySettings::lockoutThreshold(), 3));
    PL_VERIFY_OK(
        ts.station().policy().set(ts.adminSession(), core::PolicySettings::lockoutMinutes(), 2));
    {
        auto slots = core::KeySlotFile::read(ts.keySlotPath());
        PL_VERIFY_OK(slots);
        QCOMPARE(slots.value().lockoutThreshold(), 3);
        QCOMPARE(slots.value().lockoutMinutes(), 2);
    }

    PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), kWrong), ErrorCode::WrongCredentials);
    PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), kWrong), ErrorCode::WrongCredentials);
    auto locked = ts.login(QStringLiteral("bob"), kWrong);
    PL_VERIFY_ERROR(locked, ErrorCode::AccountLocked);
    QCOMPARE(locked.error().detail().toDateTime(), ts.clock().nowUtc().addSecs(2 * 60));

    ts.clock().advanceMinutes(1);
    PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), TestStation::userPassword()),
                    ErrorCode::AccountLocked);
    ts.clock().advanceMinutes(1);
    PL_VERIFY_OK(ts.login(QStringLiteral("bob"), TestStation::userPassword()));
}

void TestAuthenticator::administratorUnlockClearsLock() {
    TestStation ts;
    QVERIFY(ts.isValid());
    const qint64 bob = ts.addUser(QStringLiteral("bob"), core::Role::Agent);
    QVERIFY(bob > 0);
    for (int attempt = 1; attempt <= 5; ++attempt)
        QVERIFY(!ts.login(QStringLiteral("bob"), kWrong).ok());
    PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), TestStation::userPassword()),
                    ErrorCode::AccountLocked);
    {
        auto users = ts.station().accounts().users(ts.adminSession());
        PL_VERIFY_OK(users);
        bool seen = false;
        for (const core::UserStatus& status : users.value()) {
            if (status.user.id == bob) {
                seen = true;
                QCOMPARE(status.lockedUntil, ts.clock().nowUtc().addSecs(600));
            }
        }
        QVERIFY(seen);
    }

    PL_VERIFY_OK(ts.station().accounts().unlock(ts.adminSession(), bob));
    auto slots = core::KeySlotFile::read(ts.keySlotPath());
    const core::KeySlot* slot = slotOf(slots, QStringLiteral("bob"));
    QVERIFY(slot);
    QVERIFY(!slot->lockedUntil.isValid());
    QCOMPARE(slot->failedAttempts, 0);
    PL_VERIFY_OK(ts.login(QStringLiteral("bob"), TestStation::userPassword()));
}

void TestAuthenticator::expiredPasswordMustBeChanged() {
    TestStation ts;
    QVERIFY(ts.isValid());
    // A supervisor, so that refusals below are about the password, not the role.
    QVERIFY(ts.addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
    auto consent = core::ConsentText::load(QStringLiteral("en"));
    PL_VERIFY_OK(consent);

    ts.clock().advanceDays(89);
    {
        auto early = ts.login(QStringLiteral("sam"), TestStation::userPassword());
        PL_VERIFY_OK(early);
        QVERIFY(!early.value().session.passwordChangeRequired);
    }

    ts.clock().advanceDays(1);
    auto login = ts.login(QStringLiteral("sam"), TestStation::userPassword());
    PL_VERIFY_OK(login);
    core::Station& station = *login.value().station;
    core::Session& session = login.value().session;
    QVERIFY(session.passwordChangeRequired);
    QCOMPARE(session.passwordChangeReason, QStringLiteral("expired"));

    PL_VERIFY_OK(station.acceptConsent(session, consent.value()));
    PL_VERIFY_ERROR(station.requireActive(session), ErrorCode::SessionNotActive);
    PL_VERIFY_ERROR(station.auditTrail().events(session, 10), ErrorCode::SessionNotActive);
    // The caller's copy cannot talk its way past the station's.
    core::Session forged = session;
    forged.passwordChangeRequired = false;
    PL_VERIFY_ERROR(station.requireActive(forged), ErrorCode::SessionNotActive);

    PL_VERIFY_OK(station.accounts().changePassword(session,
                                                   TestStation::secret(TestStation::userPassword()),
                                                   TestStation::secret(kNewPassword)));
    QVERIFY(!session.passwordChangeRequired);
    PL_VERIFY_OK(station.requireActive(session));
    PL_VERIFY_OK(station.auditTrail().events(session, 10));

    PL_VERIFY_ERROR(ts.login(QStringLiteral("sam"), TestStation::userPassword()),
                    ErrorCode::WrongCredentials);
    auto fresh = ts.login(QStringLiteral("sam"), kNewPassword);
    PL_VERIFY_OK(fresh);
    QVERIFY(!fresh.value().session.passwordChangeRequired);
}

void TestAuthenticator::resetPasswordMustBeChanged() {
    TestStation ts;
    QVERIFY(ts.isValid());
    const qint64 sam = ts.addUser(QStringLiteral("sam"), core::Role::Supervisor);
    QVERIFY(sam > 0);
    const QString temporary = QStringLiteral("Temporary-Pass-99");
    PL_VERIFY_OK(ts.station().accounts().resetPassword(ts.adminSession(), sam,
                                                       TestStation::secret(temporary)));

    PL_VERIFY_ERROR(ts.login(QStringLiteral("sam"), TestStation::userPassword()),
                    ErrorCode::WrongCredentials);
    auto login = ts.login(QStringLiteral("sam"), temporary);
    PL_VERIFY_OK(login);
    core::Station& station = *login.value().station;
    core::Session& session = login.value().session;
    QVERIFY(session.passwordChangeRequired);
    QCOMPARE(session.passwordChangeReason, QStringLiteral("reset"));

    // Changing it before the consent screen is allowed; the session then
    // still needs consent.
    PL_VERIFY_OK(station.accounts().changePassword(session, TestStation::secret(temporary),
                                                   TestStation::secret(kNewPassword)));
    QVERIFY(!session.passwordChangeRequired);
    PL_VERIFY_ERROR(station.requireActive(session), ErrorCode::SessionNotActive);
    auto consent = core::ConsentText::load(QStringLiteral("en"));
    PL_VERIFY_OK(consent);
    PL_VERIFY_OK(station.acceptConsent(session, consent.value()));
    PL_VERIFY_OK(station.requireActive(session));

    auto again = ts.login(QStringLiteral("sam"), kNewPassword);
    PL_VERIFY_OK(again);
    QVERIFY(!again.value().session.passwordChangeRequired);
}

void TestAuthenticator::missingTrainingIsRefused() {
    TestStation ts;
    QVERIFY(ts.isValid());
    auto trainee = createUntrained(ts, QStringLiteral("trainee"));
    PL_VERIFY_OK(trainee);

    PL_VERIFY_ERROR(ts.login(QStringLiteral("trainee"), TestStation::userPassword()),
                    ErrorCode::TrainingMissing);
    core::Database& db = ts.station().database();
    const core::AuditEvent refused = AuditReader::last(db, core::AuditAction::loginRefused());
    QVERIFY(refused.seq > 0);
    QCOMPARE(refused.userId, std::optional<qint64>(trainee.value().id));
    QCOMPARE(refused.target, QStringLiteral("trainee"));
    QCOMPARE(refused.outcome, QStringLiteral("refused"));
    QCOMPARE(AuditReader::details(refused).value(QStringLiteral("reason")).toString(),
             QStringLiteral("training_missing"));
    QVERIFY(AuditReader::withAction(db, core::AuditAction::loginSuccess()).last().userId !=
            trainee.value().id);

    PL_VERIFY_OK(ts.station().accounts().recordTraining(ts.adminSession(), trainee.value().id,
                                                        ts.clock().nowUtc().date()));
    PL_VERIFY_OK(ts.login(QStringLiteral("trainee"), TestStation::userPassword()));
}

void TestAuthenticator::expiredTrainingIsRefused_data() {
    QTest::addColumn<int>("validityDays"); // 0: leave the default (365)
    QTest::addColumn<int>("lastValidDay"); // days after creation
    // TestStation records the training one day before the store's creation.
    QTest::newRow("default validity, clock advanced") << 0 << 364;
    QTest::newRow("validity shortened by policy") << 1 << 0;
}

void TestAuthenticator::expiredTrainingIsRefused() {
    QFETCH(int, validityDays);
    QFETCH(int, lastValidDay);
    TestStation ts;
    QVERIFY(ts.isValid());
    const qint64 bob = ts.addUser(QStringLiteral("bob"), core::Role::Agent);
    QVERIFY(bob > 0);
    if (validityDays > 0)
        PL_VERIFY_OK(ts.station().policy().set(
            ts.adminSession(), core::PolicySettings::trainingValidityDays(), validityDays));

    ts.clock().advanceDays(lastValidDay);
    PL_VERIFY_OK(ts.login(QStringLiteral("bob"), TestStation::userPassword()));
    ts.clock().advanceDays(1);
    PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), TestStation::userPassword()),
                    ErrorCode::TrainingExpired);

    const core::AuditEvent refused =
        AuditReader::last(ts.station().database(), core::AuditAction::loginRefused());
    QVERIFY(refused.seq > 0);
    QCOMPARE(refused.userId, std::optional<qint64>(bob));
    QCOMPARE(AuditReader::details(refused).value(QStringLiteral("reason")).toString(),
             QStringLiteral("training_expired"));
}

void TestAuthenticator::deactivatedAccountIsRefused() {
    TestStation ts;
    QVERIFY(ts.isValid());
    const qint64 bob = ts.addUser(QStringLiteral("bob"), core::Role::Agent);
    QVERIFY(bob > 0);
    QByteArray wrappedHex;
    {
        auto slots = core::KeySlotFile::read(ts.keySlotPath());
        const core::KeySlot* slot = slotOf(slots, QStringLiteral("bob"));
        QVERIFY(slot);
        wrappedHex = slot->wrapped.ciphertext.toHex();
        QVERIFY(RawStore::readFile(ts.keySlotPath()).contains(wrappedHex));
    }

    PL_VERIFY_OK(
        ts.station().accounts().deactivate(ts.adminSession(), bob, QStringLiteral("transferred")));
    PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), TestStation::userPassword()),
                    ErrorCode::AccountDeactivated);

    auto slots = core::KeySlotFile::read(ts.keySlotPath());
    const core::KeySlot* slot = slotOf(slots, QStringLiteral("bob"));
    QVERIFY(slot);
    QVERIFY(!slot->active);
    QVERIFY(slot->wrapped.ciphertext.isEmpty());
    QVERIFY(slot->wrapped.salt.isEmpty());
    QVERIFY(!RawStore::readFile(ts.keySlotPath()).contains(wrappedHex));
    // Even a password that unwrapped the old slot finds nothing to unwrap.
    PL_VERIFY_ERROR(
        RawStore::unwrapKey(ts.storePath(), QStringLiteral("bob"), TestStation::userPassword()),
        ErrorCode::KeySlotCorrupt);

    // Reactivation issues a new temporary password.
    const QString temporary = QStringLiteral("Temporary-Pass-99");
    PL_VERIFY_OK(
        ts.station().accounts().reactivate(ts.adminSession(), bob, TestStation::secret(temporary)));
    PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), TestStation::userPassword()),
                    ErrorCode::WrongCredentials);
    auto login = ts.login(QStringLiteral("bob"), temporary);
    PL_VERIFY_OK(login);
    QCOMPARE(login.value().session.passwordChangeReason, QStringLiteral("reset"));
}

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "tst_authenticator.moc"
