// Which audit events each audited action leaves: action name, actor, target,
// time and the details that matter.

#include "core/accounts/AccountService.h"
#include "core/audit/AuditAction.h"
#include "core/audit/AuditTrail.h"
#include "core/consent/ConsentText.h"
#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/store/KeySlotFile.h"
#include "core/store/Migrations.h"
#include "core/store/Store.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QJsonObject>
#include <QTest>

using namespace pl;
using core::ErrorCode;
using tests::AuditReader;
using tests::TestStation;
namespace AuditAction = core::AuditAction;

namespace {

const QString kNewPassword = QStringLiteral("Brand-New-Secret-7");

core::ConsentText englishConsent() {
    auto consent = core::ConsentText::load(QStringLiteral("en"));
    return consent ? consent.value() : core::ConsentText();
}

QDateTime storedTime(const QDateTime& time) {
    // Events keep milliseconds in UTC.
    return time.toUTC();
}

} // namespace

class TestAuditEvents : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storeCreationIsRecorded();
    void loginAndLogoutAreRecorded();
    void failedLoginsAppearAfterNextLogin();
    void lockoutAndUnlockAreRecorded();
    void consentDeclineIsRecorded();
    void idleLockIsRecorded();
    void passwordChangeAndResetAreRecorded();
    void userChangesAreRecorded();
    void settingChangeIsRecorded();
    void auditVerifyAndViewAreRecorded();
};

void TestAuditEvents::storeCreationIsRecorded() {
    TestStation ts;
    QVERIFY(ts.isValid());
    const core::Session& admin = ts.adminSession();
    const QList<core::AuditEvent> events = AuditReader::all(ts.station().database());
    QStringList actions;
    for (const core::AuditEvent& event : events)
        actions << event.action;
    QCOMPARE(actions, (QStringList{AuditAction::storeCreated(), AuditAction::userCreated(),
                                   AuditAction::trainingRecorded(), AuditAction::loginSuccess(),
                                   AuditAction::consentAccepted()}));
    for (const core::AuditEvent& event : events) {
        QCOMPARE(event.userId, std::optional<qint64>(admin.userId));
        QCOMPARE(event.userName, TestStation::adminName());
        QCOMPARE(event.timeUtc, storedTime(ts.clock().nowUtc()));
        QCOMPARE(event.outcome, QStringLiteral("success"));
    }

    const core::AuditEvent& created = events[0];
    QCOMPARE(created.targetKind, QStringLiteral("store"));
    auto storeId = ts.station().store().metaValue(QStringLiteral("store_id"));
    PL_VERIFY_OK(storeId);
    QCOMPARE(created.target, QString::fromLatin1(storeId.value().toHex()));
    QCOMPARE(AuditReader::details(created).value(QStringLiteral("schema_version")).toInt(),
             core::Migrations::latestVersion());

    QCOMPARE(events[1].target, TestStation::adminName());
    QCOMPARE(AuditReader::details(events[1]).value(QStringLiteral("role")).toString(),
             QStringLiteral("administrator"));
    QCOMPARE(events[3].target, TestStation::adminName());
    QCOMPARE(AuditReader::details(events[3]).value(QStringLiteral("session")).toString(),
             QString::fromLatin1(admin.id));

    const core::ConsentText consent = englishConsent();
    const QJsonObject accepted = AuditReader::details(events[4]);
    QCOMPARE(accepted.value(QStringLiteral("text_sha256")).toString(), consent.sha256());
    QCOMPARE(accepted.value(QStringLiteral("version")).toString(), consent.version());
}

void TestAuditEvents::loginAndLogoutAreRecorded() {
    TestStation ts;
    QVERIFY(ts.isValid());
    const qint64 adminId = ts.adminSession().userId;
    ts.clock().advanceMinutes(7);
    ts.close(); // logs out
    ts.clock().advanceMinutes(1);

    auto login = ts.login(TestStation::adminName(), TestStation::adminPassword(),
                          core::Session::Client::Cli);
    PL_VERIFY_OK(login);
    core::Database& db = login.value().station->database();

    const core::AuditEvent logout = AuditReader::last(db, AuditAction::logout());
    QVERIFY(logout.seq > 0);
    QCOMPARE(logout.userId, std::optional<qint64>(adminId));
    QCOMPARE(AuditReader::details(logout).value(QStringLiteral("duration_seconds")).toInt(), 420);

    const core::AuditEvent success = AuditReader::last(db, AuditAction::loginSuccess());
    QVERIFY(success.seq > logout.seq);
    QCOMPARE(success.userId, std::optional<qint64>(adminId));
    QCOMPARE(success.userName, TestStation::adminName());
    QCOMPARE(success.targetKind, QStringLiteral("user"));
    QCOMPARE(success.target, TestStation::adminName());
    QCOMPARE(success.timeUtc, storedTime(ts.clock().nowUtc()));
    const QJsonObject details = AuditReader::details(success);
    QCOMPARE(details.value(QStringLiteral("client")).toString(), QStringLiteral("cli"));
    QCOMPARE(details.value(QStringLiteral("session")).toString(),
             QString::fromLatin1(login.value().session.id));
}

void TestAuditEvents::failedLoginsAppearAfterNextLogin() {
    TestStation ts;
    QVERIFY(ts.isValid());
    const qint64 bobId = ts.addUser(QStringLiteral("bob"), core::Role::Agent);
    QVERIFY(bobId > 0);
    ts.close();

    const QDateTime wrongPasswordTime = ts.clock().nowUtc();
    PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), QStringLiteral("Wrong-Password-1")),
                    ErrorCode::WrongCredentials);
    ts.clock().advanceMinutes(3);
    const QDateTime unknownUserTime = ts.clock().nowUtc();
    PL_VERIFY_ERROR(ts.login(QStringLiteral("mallory"), QStringLiteral("Guess-Password-1")),
                    ErrorCode::WrongCredentials);
    {
        // Sealed into the key-slot file, since nobody could open the store.
        auto slots = core::KeySlotFile::read(ts.keySlotPath());
        PL_VERIFY_OK(slots);
        QCOMPARE(slots.value().pendingEvents().size(), 2);
    }
    ts.clock().advanceMinutes(10);

    auto login = ts.login(TestStation::adminName(), TestStation::adminPassword());
    PL_VERIFY_OK(login);
    core::Database& db = login.value().station->database();
    const QList<core::AuditEvent> failures =
        AuditReader::withAction(db, AuditAction::loginFailure());
    QCOMPARE(failures.size(), 2);

    const core::AuditEvent& wrong = failures[0];
    QCOMPARE(wrong.timeUtc, storedTime(wrongPasswordTime));
    QCOMPARE(wrong.userId, std::optional<qint64>(bobId));
    QCOMPARE(wrong.userName, QStringLiteral("bob"));
    QCOMPARE(wrong.target, QStringLiteral("bob"));
    QCOMPARE(wrong.outcome, QStringLiteral("failure"));
    QJsonObject details = AuditReader::details(wrong);
    QCOMPARE(details.value(QStringLiteral("reason")).toString(), QStringLiteral("wrong_password"));
    QCOMPARE(details.value(QStringLiteral("consecutive_failures")).toInt(), 1);
    QCOMPARE(details.value(QStringLiteral("recorded_before_login")).toBool(), true);

    const core::AuditEvent& unknown = failures[1];
    QCOMPARE(unknown.timeUtc, storedTime(unknownUserTime));
    QVERIFY(!unknown.userId.has_value());
    QCOMPARE(unknown.userName, QStringLiteral("mallory"));
    QCOMPARE(unknown.target, QStringLiteral("mallory"));
    details = AuditReader::details(unknown);
    QCOMPARE(details.value(QStringLiteral("reason")).toString(), QStringLiteral("unknown_user"));

    // Written before the login that found them, and only once.
    const core::AuditEvent success = AuditReader::last(db, AuditAction::loginSuccess());
    QVERIFY(unknown.seq < success.seq);
    QCOMPARE(success.timeUtc, storedTime(ts.clock().nowUtc()));
    auto slots = core::KeySlotFile::read(ts.keySlotPath());
    PL_VERIFY_OK(slots);
    QVERIFY(slots.value().pendingEvents().isEmpty());
    auto again = ts.login(TestStation::adminName(), TestStation::adminPassword());
    PL_VERIFY_OK(again);
    QCOMPARE(AuditReader::withAction(db, AuditAction::loginFailure()).size(), 2);
}

void TestAuditEvents::lockoutAndUnlockAreRecorded() {
    TestStation ts;
    QVERIFY(ts.isValid());
    const qint64 bobId = ts.addUser(QStringLiteral("bob"), core::Role::Agent);
    QVERIFY(bobId > 0);
    const QDateTime lockTime = ts.clock().nowUtc();
    for (int attempt = 1; attempt <= 5; ++attempt) {
        auto failed = ts.login(QStringLiteral("bob"), QStringLiteral("Wrong-Password-1"));
        QVERIFY(!failed.ok());
    }
    ts.clock().advanceMinutes(2);
    PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), TestStation::userPassword()),
                    ErrorCode::AccountLocked);
    ts.clock().advanceMinutes(1);
    PL_VERIFY_OK(ts.station().accounts().unlock(ts.adminSession(), bobId));

    core::Database& db = ts.station().database();
    const core::AuditEvent unlocked = AuditReader::last(db, AuditAction::accountUnlocked());
    QVERIFY(unlocked.seq > 0);
    QCOMPARE(unlocked.userId, std::optional<qint64>(ts.adminSession().userId));
    QCOMPARE(unlocked.target, QStringLiteral("bob"));
    QCOMPARE(AuditReader::details(unlocked).value(QStringLiteral("was_locked_until")).toString(),
             lockTime.addSecs(600).toString(Qt::ISODateWithMs));

    // The failures, the lock and the refusal reach the trail at the next login.
    auto login = ts.login(QStringLiteral("bob"), TestStation::userPassword());
    PL_VERIFY_OK(login);
    QCOMPARE(AuditReader::withAction(db, AuditAction::loginFailure()).size(), 5);
    const core::AuditEvent locked = AuditReader::last(db, AuditAction::accountLocked());
    QVERIFY(locked.seq > 0);
    QCOMPARE(locked.timeUtc, storedTime(lockTime));
    QCOMPARE(locked.userId, std::optional<qint64>(bobId));
    QCOMPARE(locked.target, QStringLiteral("bob"));
    QJsonObject details = AuditReader::details(locked);
    QCOMPARE(details.value(QStringLiteral("failed_attempts")).toInt(), 5);
    QCOMPARE(details.value(QStringLiteral("locked_until")).toString(),
             lockTime.addSecs(600).toString(Qt::ISODateWithMs));

    const core::AuditEvent refused = AuditReader::last(db, AuditAction::loginRefused());
    QVERIFY(refused.seq > locked.seq);
    QCOMPARE(refused.timeUtc, storedTime(lockTime.addSecs(120)));
    QCOMPARE(refused.outcome, QStringLiteral("refused"));
    QCOMPARE(AuditReader::details(refused).value(QStringLiteral("reason")).toString(),
             QStringLiteral("locked"));
}

void TestAuditEvents::consentDeclineIsRecorded() {
    TestStation ts;
    QVERIFY(ts.isValid());
    const qint64 bobId = ts.addUser(QStringLiteral("bob"), core::Role::Agent);
    auto login = ts.login(QStringLiteral("bob"), TestStation::userPassword());
    PL_VERIFY_OK(login);
    core::Station& station = *login.value().station;
    core::Session& session = login.value().session;
    const core::ConsentText consent = englishConsent();

    PL_VERIFY_OK(station.declineConsent(session, consent));
    QVERIFY(!station.isOpen(session));
    PL_VERIFY_ERROR(station.requireActive(session), ErrorCode::SessionNotActive);

    core::Database& db = station.database();
    const core::AuditEvent declined = AuditReader::last(db, AuditAction::consentDeclined());
    QVERIFY(declined.seq > 0);
    QCOMPARE(declined.userId, std::optional<qint64>(bobId));
    QCOMPARE(declined.outcome, QStringLiteral("refused"));
    const QJsonObject details = AuditReader::details(declined);
    QCOMPARE(details.value(QStringLiteral("text_sha256")).toString(), consent.sha256());
    QCOMPARE(details.value(QStringLiteral("version")).toString(), consent.version());
    QCOMPARE(details.value(QStringLiteral("session")).toString(), QString::fromLatin1(session.id));

    const core::AuditEvent logout = AuditReader::last(db, AuditAction::logout());
    QCOMPARE(logout.seq, declined.seq + 1);
    QCOMPARE(logout.userId, std::optional<qint64>(bobId));
    QVERIFY(AuditReader::withAction(db, AuditAction::consentAccepted()).size() ==
            1); // admin's only
}

void TestAuditEvents::idleLockIsRecorded() {
    TestStation ts;
    QVERIFY(ts.isValid());
    core::Station& station = ts.station();
    core::Session& session = ts.adminSession();
    ts.clock().advanceMinutes(30);
    PL_VERIFY_OK(station.lockIdle(session));
    const core::AuditEvent locked =
        AuditReader::last(station.database(), AuditAction::idleLocked());
    QVERIFY(locked.seq > 0);
    QCOMPARE(locked.userId, std::optional<qint64>(session.userId));
    QCOMPARE(locked.timeUtc, storedTime(ts.clock().nowUtc()));
    QCOMPARE(AuditReader::details(locked).value(QStringLiteral("idle_minutes")).toInt(), 30);

    ts.clock().advanceMinutes(5);
    PL_VERIFY_OK(station.unlockIdle(session, TestStation::secret(TestStation::adminPassword())));
    const core::AuditEvent unlocked =
        AuditReader::last(station.database(), AuditAction::idleUnlocked());
    QVERIFY(unlocked.seq > locked.seq);
    QCOMPARE(unlocked.userId, std::optional<qint64>(session.userId));
    QCOMPARE(unlocked.timeUtc, storedTime(ts.clock().nowUtc()));
    QCOMPARE(AuditReader::details(unlocked).value(QStringLiteral("session")).toString(),
             QString::fromLatin1(session.id));
}

void TestAuditEvents::passwordChangeAndResetAreRecorded() {
    TestStation ts;
    QVERIFY(ts.isValid());
    const qint64 bobId = ts.addUser(QStringLiteral("bob"), core::Role::Agent);
    const qint64 carolId = ts.addUser(QStringLiteral("carol"), core::Role::Investigator);
    core::Database& db = ts.station().database();

    {
        auto bob = ts.login(QStringLiteral("bob"), TestStation::userPassword());
        PL_VERIFY_OK(bob);
        PL_VERIFY_OK(bob.value().station->accounts().changePassword(
            bob.value().session, TestStation::secret(TestStation::userPassword()),
            TestStation::secret(kNewPassword)));
    }
    const core::AuditEvent changed = AuditReader::last(db, AuditAction::passwordChanged());
    QVERIFY(changed.seq > 0);
    QCOMPARE(changed.userId, std::optional<qint64>(bobId));
    QCOMPARE(changed.target, QStringLiteral("bob"));
    QVERIFY(!AuditReader::details(changed).contains(QStringLiteral("required_because")));

    PL_VERIFY_OK(ts.station().accounts().resetPassword(
        ts.adminSession(), carolId, TestStation::secret(QStringLiteral("Temporary-Pass-99"))));
    const core::AuditEvent reset = AuditReader::last(db, AuditAction::passwordReset());
    QVERIFY(reset.seq > changed.seq);
    QCOMPARE(reset.userId, std::optional<qint64>(ts.adminSession().userId));
    QCOMPARE(reset.target, QStringLiteral("carol"));

    auto carol = ts.login(QStringLiteral("carol"), QStringLiteral("Temporary-Pass-99"));
    PL_VERIFY_OK(carol);
    const core::AuditEvent success = AuditReader::last(db, AuditAction::loginSuccess());
    QCOMPARE(success.userId, std::optional<qint64>(carolId));
    QCOMPARE(
        AuditReader::details(success).value(QStringLiteral("password_change_required")).toString(),
        QStringLiteral("reset"));
    PL_VERIFY_OK(carol.value().station->accounts().changePassword(
        carol.value().session, TestStation::secret(QStringLiteral("Temporary-Pass-99")),
        TestStation::secret(kNewPassword)));
    const core::AuditEvent carolChanged = AuditReader::last(db, AuditAction::passwordChanged());
    QCOMPARE(carolChanged.userId, std::optional<qint64>(carolId));
    QCOMPARE(
        AuditReader::details(carolChanged).value(QStringLiteral("required_because")).toString(),
        QStringLiteral("reset"));
}

void TestAuditEvents::userChangesAreRecorded() {
    TestStation ts;
    QVERIFY(ts.isValid());
    core::AccountService& accounts = ts.station().accounts();
    const core::Session& admin = ts.adminSession();
    core::Database& db = ts.station().database();
    const std::optional<qint64> adminId = admin.userId;

    core::NewUser request;
    request.name = QStringLiteral("dora");
    request.displayName = QStringLiteral("Dora Dispatch");
    request.role = core::Role::Agent;
    request.trainingCompleted = QDate(2026, 2, 1);
    request.temporaryPassword = TestStation::secret(QStringLiteral("Temporary-Pass-99"));
    auto dora = accounts.createUser(admin, request);
    PL_VERIFY_OK(dora);
    const qint64 doraId = dora.value().id;

    const core::AuditEvent created = AuditReader::last(db, AuditAction::userCreated());
    QCOMPARE(created.userId, adminId);
    QCOMPARE(created.targetKind, QStringLiteral("user"));
    QCOMPARE(created.target, QStringLiteral("dora"));
    QJsonObject details = AuditReader::details(created);
    QCOMPARE(details.value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
    QCOMPARE(details.value(QStringLiteral("display_name")).toString(),
             QStringLiteral("Dora Dispatch"));
    QCOMPARE(details.value(QStringLiteral("must_change_password")).toBool(), true);
    const core::AuditEvent firstTraining = AuditReader::last(db, AuditAction::trainingRecorded());
    QCOMPARE(firstTraining.seq, created.seq + 1);
    QCOMPARE(AuditReader::details(firstTraining).value(QStringLiteral("completed")).toString(),
             QStringLiteral("2026-02-01"));

    PL_VERIFY_OK(accounts.setDisplayName(admin, doraId, QStringLiteral("Dora D. Dispatch")));
    const core::AuditEvent renamed = AuditReader::last(db, AuditAction::userChanged());
    QCOMPARE(renamed.userId, adminId);
    QCOMPARE(renamed.target, QStringLiteral("dora"));
    details = AuditReader::details(renamed);
    QCOMPARE(details.value(QStringLiteral("field")).toString(), QStringLiteral("display_name"));
    QCOMPARE(details.value(QStringLiteral("from")).toString(), QStringLiteral("Dora Dispatch"));
    QCOMPARE(details.value(QStringLiteral("to")).toString(), QStringLiteral("Dora D. Dispatch"));

    PL_VERIFY_OK(accounts.setRole(admin, doraId, core::Role::Investigator));
    const core::AuditEvent role = AuditReader::last(db, AuditAction::roleChanged());
    QCOMPARE(role.userId, adminId);
    QCOMPARE(role.target, QStringLiteral("dora"));
    details = AuditReader::details(role);
    QCOMPARE(details.value(QStringLiteral("from")).toString(), QStringLiteral("agent"));
    QCOMPARE(details.value(QStringLiteral("to")).toString(), QStringLiteral("investigator"));

    PL_VERIFY_OK(accounts.recordTraining(admin, doraId, QDate(2026, 3, 1)));
    const core::AuditEvent training = AuditReader::last(db, AuditAction::trainingRecorded());
    QVERIFY(training.seq > role.seq);
    QCOMPARE(training.userId, adminId);
    QCOMPARE(training.target, QStringLiteral("dora"));
    details = AuditReader::details(training);
    QCOMPARE(details.value(QStringLiteral("completed")).toString(), QStringLiteral("2026-03-01"));
    QCOMPARE(details.value(QStringLiteral("previous")).toString(), QStringLiteral("2026-02-01"));

    PL_VERIFY_OK(accounts.deactivate(admin, doraId, QStringLiteral("left the unit")));
    const core::AuditEvent deactivated = AuditReader::last(db, AuditAction::userDeactivated());
    QCOMPARE(deactivated.userId, adminId);
    QCOMPARE(deactivated.target, QStringLiteral("dora"));
    QCOMPARE(deactivated.reason, QStringLiteral("left the unit"));

    PL_VERIFY_OK(accounts.reactivate(admin, doraId,
                                     TestStation::secret(QStringLiteral("Another-Temp-Pass-5"))));
    const core::AuditEvent reactivated = AuditReader::last(db, AuditAction::userReactivated());
    QVERIFY(reactivated.seq > deactivated.seq);
    QCOMPARE(reactivated.userId, adminId);
    QCOMPARE(reactivated.target, QStringLiteral("dora"));
    const core::AuditEvent reset = AuditReader::last(db, AuditAction::passwordReset());
    QCOMPARE(reset.seq, reactivated.seq + 1);
    QCOMPARE(reset.target, QStringLiteral("dora"));
}

void TestAuditEvents::settingChangeIsRecorded() {
    TestStation ts;
    QVERIFY(ts.isValid());
    const QString key = core::PolicySettings::idleLockMinutes();
    PL_VERIFY_OK(ts.station().policy().set(ts.adminSession(), key, 15));
    const core::AuditEvent changed =
        AuditReader::last(ts.station().database(), AuditAction::settingChanged());
    QVERIFY(changed.seq > 0);
    QCOMPARE(changed.userId, std::optional<qint64>(ts.adminSession().userId));
    QCOMPARE(changed.targetKind, QStringLiteral("setting"));
    QCOMPARE(changed.target, key);
    const QJsonObject details = AuditReader::details(changed);
    QCOMPARE(details.value(QStringLiteral("from")).toInt(), 30);
    QCOMPARE(details.value(QStringLiteral("to")).toInt(), 15);

    // Setting the value it already has changes nothing and records nothing.
    PL_VERIFY_OK(ts.station().policy().set(ts.adminSession(), key, 15));
    QCOMPARE(AuditReader::withAction(ts.station().database(), AuditAction::settingChanged()).size(),
             1);
}

void TestAuditEvents::auditVerifyAndViewAreRecorded() {
    TestStation ts;
    QVERIFY(ts.isValid());
    core::Database& db = ts.station().database();
    auto verified = ts.station().auditTrail().verify(ts.adminSession());
    PL_VERIFY_OK(verified);
    QVERIFY(verified.value().intact);
    const core::AuditEvent verifiedEvent = AuditReader::last(db, AuditAction::auditVerified());
    QVERIFY(verifiedEvent.seq > 0);
    QCOMPARE(verifiedEvent.userId, std::optional<qint64>(ts.adminSession().userId));
    QCOMPARE(verifiedEvent.outcome, QStringLiteral("success"));
    QJsonObject details = AuditReader::details(verifiedEvent);
    QCOMPARE(details.value(QStringLiteral("intact")).toBool(), true);
    QCOMPARE(details.value(QStringLiteral("events_checked")).toInteger(),
             verified.value().eventsChecked);
    QCOMPARE(details.value(QStringLiteral("head_seq")).toInteger(), verified.value().head.seq);

    auto shown = ts.station().auditTrail().events(ts.adminSession(), 3);
    PL_VERIFY_OK(shown);
    QCOMPARE(shown.value().size(), 3);
    const core::AuditEvent viewed = AuditReader::last(db, AuditAction::auditViewed());
    QVERIFY(viewed.seq > verifiedEvent.seq);
    QCOMPARE(viewed.userId, std::optional<qint64>(ts.adminSession().userId));
    details = AuditReader::details(viewed);
    QCOMPARE(details.value(QStringLiteral("events_shown")).toInt(), 3);
    QCOMPARE(details.value(QStringLiteral("to_seq")).toInteger(), shown.value().first().seq);
    QCOMPARE(details.value(QStringLiteral("from_seq")).toInteger(), shown.value().last().seq);
}

QTEST_GUILESS_MAIN(TestAuditEvents)
#include "tst_auditevents.moc"
