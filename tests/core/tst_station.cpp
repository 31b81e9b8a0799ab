// Sessions as the gate to the store: consent before anything, the station's
// own copy of a session decides, and the idle lock.

#include "core/accounts/AccountService.h"
#include "core/audit/AuditAction.h"
#include "core/audit/AuditTrail.h"
#include "core/consent/ConsentText.h"
#include "core/store/KeySlotFile.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QTest>

using namespace pl;
using core::ErrorCode;
using core::Permission;
using tests::AuditReader;
using tests::TestStation;

namespace {

const QString kWrong = QStringLiteral("Wrong-Password-1");

int failedAttempts(const TestStation& ts, const QString& name) {
    auto file = core::KeySlotFile::read(ts.keySlotPath());
    if (!file || !file.value().findSlot(name))
        return -1;
    return file.value().findSlot(name)->failedAttempts;
}

} // namespace

class TestSessions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void consentComesFirst();
    void stationCopyOfSessionDecides();
    void passwordChangeKeepsStationCopy();
    void loggedOutSessionOpensNothing();
    void idleLockBlocksUntilUnlocked();
    void idleUnlockRefusesAnotherUsersPassword();
    void idleUnlockFailuresEndSession();
    void unlockingAnUnlockedSessionIsRefused();
};

void TestSessions::consentComesFirst() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("sue"), core::Role::Supervisor) > 0);
    auto login = ts.login(QStringLiteral("sue"), TestStation::userPassword());
    PL_VERIFY_OK(login);
    core::Station& station = *login.value().station;
    core::Session& session = login.value().session;
    QVERIFY(station.isOpen(session));
    QVERIFY(!session.hasConsented());
    PL_VERIFY_ERROR(station.requireActive(session), ErrorCode::SessionNotActive);
    PL_VERIFY_ERROR(station.auditTrail().events(session, 5), ErrorCode::SessionNotActive);
    PL_VERIFY_ERROR(station.info(session), ErrorCode::SessionNotActive);

    auto consent = core::ConsentText::load(QStringLiteral("en"));
    PL_VERIFY_OK(consent);
    PL_VERIFY_OK(station.acceptConsent(session, consent.value()));
    QCOMPARE(session.consentSha256, consent.value().sha256());
    QCOMPARE(session.consentVersion, consent.value().version());
    PL_VERIFY_OK(station.requireActive(session));
    PL_VERIFY_OK(station.auditTrail().events(session, 5));
}

void TestSessions::stationCopyOfSessionDecides() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("amy"), core::Role::Agent) > 0);
    auto login = ts.loginActive(QStringLiteral("amy"), TestStation::userPassword());
    QVERIFY(login.station);
    core::Station& station = *login.station;
    PL_VERIFY_OK(station.requireActive(login.session, Permission::SearchReads));
    PL_VERIFY_ERROR(station.requireActive(login.session, Permission::ManageUsers),
                    ErrorCode::PermissionDenied);

    core::Session promoted = login.session;
    promoted.role = core::Role::Administrator;
    PL_VERIFY_ERROR(station.requireActive(promoted, Permission::ManageUsers),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(station.auditTrail().events(promoted, 5), ErrorCode::PermissionDenied);

    // A session issued by another station is unknown here.
    PL_VERIFY_ERROR(station.requireActive(ts.adminSession()), ErrorCode::SessionNotActive);
    core::Session invented = login.session;
    invented.id = QByteArrayLiteral("00112233445566778899aabbccddeeff");
    PL_VERIFY_ERROR(station.requireActive(invented), ErrorCode::SessionNotActive);
}

void TestSessions::passwordChangeKeepsStationCopy() {
    // A password change clears only the change requirement on the station's
    // copy; whatever else the caller's copy says is not taken over.
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("amy"), core::Role::Agent) > 0);
    auto login = ts.login(QStringLiteral("amy"), TestStation::userPassword());
    PL_VERIFY_OK(login);
    core::Station& station = *login.value().station;
    core::Session forged = login.value().session;
    forged.consentSha256 = QStringLiteral("never shown");
    forged.consentVersion = QStringLiteral("never shown");
    PL_VERIFY_ERROR(station.requireActive(forged), ErrorCode::SessionNotActive);
    PL_VERIFY_OK(station.accounts().changePassword(
        forged, TestStation::secret(TestStation::userPassword()),
        TestStation::secret(QStringLiteral("Brand-New-Secret-7"))));
    PL_VERIFY_ERROR(station.requireActive(forged), ErrorCode::SessionNotActive);
    PL_VERIFY_ERROR(station.requireActive(login.value().session), ErrorCode::SessionNotActive);
    QVERIFY(!forged.hasConsented());

    // Nor does an idle lock end without the audited unlock.
    auto consent = core::ConsentText::load(QStringLiteral("en"));
    PL_VERIFY_OK(consent);
    core::Session& session = login.value().session;
    PL_VERIFY_OK(station.acceptConsent(session, consent.value()));
    core::Session stale = session;
    PL_VERIFY_OK(station.lockIdle(session));
    PL_VERIFY_OK(station.accounts().changePassword(
        stale, TestStation::secret(QStringLiteral("Brand-New-Secret-7")),
        TestStation::secret(QStringLiteral("Second-New-Secret-8"))));
    QVERIFY(stale.idleLocked);
    PL_VERIFY_ERROR(station.requireActive(session), ErrorCode::SessionNotActive);
    PL_VERIFY_ERROR(station.requireActive(stale), ErrorCode::SessionNotActive);
}

void TestSessions::loggedOutSessionOpensNothing() {
    TestStation ts;
    QVERIFY(ts.isValid());
    core::Station& station = ts.station();
    core::Session session = ts.adminSession();
    PL_VERIFY_OK(station.logout(ts.adminSession()));
    QVERIFY(!station.isOpen(session));
    PL_VERIFY_ERROR(station.requireActive(session), ErrorCode::SessionNotActive);
    PL_VERIFY_ERROR(station.auditTrail().verify(session), ErrorCode::SessionNotActive);
    PL_VERIFY_ERROR(station.logout(session), ErrorCode::SessionNotActive);
    PL_VERIFY_ERROR(station.lockIdle(session), ErrorCode::SessionNotActive);
}

void TestSessions::idleLockBlocksUntilUnlocked() {
    TestStation ts;
    QVERIFY(ts.isValid());
    core::Station& station = ts.station();
    core::Session& session = ts.adminSession();
    PL_VERIFY_OK(station.requireActive(session));

    PL_VERIFY_OK(station.lockIdle(session));
    QVERIFY(session.idleLocked);
    QVERIFY(station.isOpen(session));
    PL_VERIFY_ERROR(station.requireActive(session), ErrorCode::SessionNotActive);
    PL_VERIFY_ERROR(station.auditTrail().events(session, 5), ErrorCode::SessionNotActive);
    core::Session unlockedCopy = session;
    unlockedCopy.idleLocked = false;
    PL_VERIFY_ERROR(station.requireActive(unlockedCopy), ErrorCode::SessionNotActive);

    PL_VERIFY_OK(station.unlockIdle(session, TestStation::secret(TestStation::adminPassword())));
    QVERIFY(!session.idleLocked);
    PL_VERIFY_OK(station.requireActive(session));
    PL_VERIFY_OK(station.auditTrail().events(session, 5));
}

void TestSessions::idleUnlockRefusesAnotherUsersPassword() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("amy"), core::Role::Agent) > 0);
    core::Station& station = ts.station();
    core::Session& session = ts.adminSession();
    PL_VERIFY_OK(station.lockIdle(session));

    // amy's valid password does not unlock the administrator's session.
    PL_VERIFY_ERROR(station.unlockIdle(session, TestStation::secret(TestStation::userPassword())),
                    ErrorCode::WrongCredentials);
    QVERIFY(station.isOpen(session));
    PL_VERIFY_ERROR(station.requireActive(session), ErrorCode::SessionNotActive);
    QCOMPARE(failedAttempts(ts, TestStation::adminName()), 1);
    QCOMPARE(failedAttempts(ts, QStringLiteral("amy")), 0);
    // Recorded in the trail at once, since the store is open.
    const core::AuditEvent failure =
        AuditReader::last(station.database(), core::AuditAction::loginFailure());
    QVERIFY(failure.seq > 0);
    QCOMPARE(failure.target, TestStation::adminName());

    PL_VERIFY_OK(station.unlockIdle(session, TestStation::secret(TestStation::adminPassword())));
    PL_VERIFY_OK(station.requireActive(session));
    QCOMPARE(failedAttempts(ts, TestStation::adminName()), 0);
}

void TestSessions::idleUnlockFailuresEndSession() {
    TestStation ts;
    QVERIFY(ts.isValid());
    core::Station& station = ts.station();
    core::Session& session = ts.adminSession();
    const qint64 adminId = session.userId;
    PL_VERIFY_OK(station.lockIdle(session));

    for (int attempt = 1; attempt <= 4; ++attempt) {
        PL_VERIFY_ERROR(station.unlockIdle(session, TestStation::secret(kWrong)),
                        ErrorCode::WrongCredentials);
        QVERIFY(station.isOpen(session));
    }
    QCOMPARE(failedAttempts(ts, TestStation::adminName()), 4);
    PL_VERIFY_ERROR(station.unlockIdle(session, TestStation::secret(kWrong)),
                    ErrorCode::AccountLocked);
    QVERIFY(!station.isOpen(session));
    PL_VERIFY_ERROR(station.requireActive(session), ErrorCode::SessionNotActive);
    // Even the right password is too late now: the session is gone and the account locked.
    PL_VERIFY_ERROR(station.unlockIdle(session, TestStation::secret(TestStation::adminPassword())),
                    ErrorCode::SessionNotActive);
    PL_VERIFY_ERROR(ts.login(TestStation::adminName(), TestStation::adminPassword()),
                    ErrorCode::AccountLocked);

    core::Database& db = station.database();
    const core::AuditEvent failed = AuditReader::last(db, core::AuditAction::idleUnlockFailed());
    QVERIFY(failed.seq > 0);
    QCOMPARE(failed.userId, std::optional<qint64>(adminId));
    QCOMPARE(AuditReader::details(failed).value(QStringLiteral("session_ended")).toBool(), true);
    const core::AuditEvent logout = AuditReader::last(db, core::AuditAction::logout());
    QCOMPARE(logout.seq, failed.seq + 1);
    QVERIFY(AuditReader::last(db, core::AuditAction::accountLocked()).seq > 0);
}

void TestSessions::unlockingAnUnlockedSessionIsRefused() {
    TestStation ts;
    QVERIFY(ts.isValid());
    PL_VERIFY_ERROR(ts.station().unlockIdle(ts.adminSession(),
                                            TestStation::secret(TestStation::adminPassword())),
                    ErrorCode::InvalidArgument);
    PL_VERIFY_OK(ts.station().requireActive(ts.adminSession()));
}

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_station.moc"
