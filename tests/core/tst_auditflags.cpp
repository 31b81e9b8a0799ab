// Anomaly flags on the audit trail: a trail written event by event with the
// manual clock, each rule checked for what it flags and what it leaves alone,
// explanations naming the facts, recomputation when thresholds change, the
// incremental update giving what a full pass gives, and the supervisor's
// review of a flag (audited, refused to others) leaving the events intact.

#include "core/audit/AnomalyRules.h"
#include "core/audit/AuditAction.h"
#include "core/audit/AuditFlagService.h"
#include "core/audit/AuditLog.h"
#include "core/hotlist/HotListService.h"
#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>
#include <thread>

using namespace pl;
using core::AnomalyRules;
using core::ErrorCode;
using core::AuditAction::searchRun;
using tests::AuditReader;
using tests::TestStation;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0) {
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

struct SearchArgs {
    QString plate = QStringLiteral("ABC123");
    QString caseNumber = QStringLiteral("2026-001");
    QString reason = QStringLiteral("Stolen vehicle follow-up");
    QString onBehalfOf;
    qint64 exceptionId = 0;
};

// (seq, rule, facts) of every flag, for comparisons.
using FlagRow = std::tuple<qint64, QString, QString>;

} // namespace

class TestAuditFlags : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void usualHoursWithHistory();
    void usualHoursWithLittleHistory();
    void dailySearches();
    void plateCasesAndUsers();
    void shortAndRepeatedReasons();
    void exceptionAndOnBehalf();
    void hotListOverdue();
    void exportsLoginsAndPolicy();
    void rulesOffAtZero();
    void thresholdChangeRecomputes();
    void incrementalEqualsFull();
    void jobRunsOnAnotherThreadAndCancels();
    void markReviewed();
    void reviewRefusedToOthers();
    void onlyAuditViewersUpdate();

private:
    qint64 search(qint64 userId, const QString& user, const QDateTime& when,
                  const SearchArgs& args = {});
    qint64 append(const core::AuditActor& actor, core::AuditRecord record, const QDateTime& when);
    void setPolicy(const QString& key, int value);
    void update();
    QStringList rulesOf(qint64 seq);
    QString explanation(qint64 seq, const QString& rule);
    QList<FlagRow> allFlags();
    core::Database& db() { return m_ts->station().database(); }

    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_sam; // supervisor
    qint64 m_ann = 0;
    qint64 m_ivan = 0;
    qint64 m_sue = 0;
};

void TestAuditFlags::init() {
    m_ts = std::make_unique<TestStation>(utc(1, 5, 9));
    QVERIFY(m_ts->isValid());
    m_ann = m_ts->addUser(QStringLiteral("ann"), core::Role::Agent);
    m_ivan = m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator);
    m_sue = m_ts->addUser(QStringLiteral("sue"), core::Role::Investigator);
    QVERIFY(m_ts->addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
    m_sam = m_ts->loginActive(QStringLiteral("sam"), TestStation::userPassword());
    QVERIFY(m_sam.station);
}

void TestAuditFlags::cleanup() {
    m_sam = {};
    m_ts.reset();
}

qint64 TestAuditFlags::append(const core::AuditActor& actor, core::AuditRecord record,
                              const QDateTime& when) {
    auto tx = core::Transaction::begin(db());
    if (!tx)
        return 0;
    auto added = m_ts->station().auditLog().appendAt(tx.value(), actor, record, when);
    if (!added || !tx.value().commit())
        return 0;
    return added.value().seq;
}

qint64 TestAuditFlags::search(qint64 userId, const QString& user, const QDateTime& when,
                              const SearchArgs& args) {
    core::AuditRecord run{searchRun(), core::AuditOutcome::Success, QStringLiteral("reads"),
                          args.plate};
    run.caseNumber = args.caseNumber;
    run.reason = args.reason;
    run.onBehalfOf = args.onBehalfOf;
    run.details.insert(QStringLiteral("plate"), args.plate);
    run.details.insert(QStringLiteral("kind"), QStringLiteral("exact"));
    if (args.exceptionId > 0)
        run.details.insert(QStringLiteral("exception_id"), args.exceptionId);
    run.details.insert(QStringLiteral("count"), 1);
    return append({userId, user}, run, when);
}

void TestAuditFlags::setPolicy(const QString& key, int value) {
    PL_VERIFY_OK(m_ts->station().policy().set(m_ts->adminSession(), key, value));
}

void TestAuditFlags::update() {
    auto done = m_sam.station->auditFlags().update(m_sam.session);
    PL_VERIFY_OK(done);
}

QStringList TestAuditFlags::rulesOf(qint64 seq) {
    auto flags = m_sam.station->auditFlags().flagsFor(m_sam.session, {seq});
    if (!flags)
        return {QStringLiteral("error: ") + flags.error().message()};
    QStringList rules;
    for (const core::AuditFlag& flag : std::as_const(flags.value()))
        rules.append(flag.rule);
    return rules;
}

QString TestAuditFlags::explanation(qint64 seq, const QString& rule) {
    auto flags = m_sam.station->auditFlags().flagsFor(m_sam.session, {seq});
    if (!flags)
        return {};
    for (const core::AuditFlag& flag : std::as_const(flags.value()))
        if (flag.rule == rule)
            return flag.explanation;
    return {};
}

QList<FlagRow> TestAuditFlags::allFlags() {
    QList<FlagRow> rows;
    auto stmt = db().prepare("SELECT seq, rule, facts FROM audit_flags ORDER BY seq, rule");
    if (!stmt)
        return rows;
    while (stmt.value().step().value())
        rows.append({stmt.value().integer(0), stmt.value().text(1), stmt.value().text(2)});
    return rows;
}

void TestAuditFlags::usualHoursWithHistory() {
    // 25 searches at about ten in the morning over 25 days.
    for (int day = 0; day < 25; ++day)
        QVERIFY(search(m_ann, QStringLiteral("ann"), utc(1, 6, 10, day % 3 * 10).addDays(day)) > 0);
    const qint64 night = search(m_ann, QStringLiteral("ann"), utc(2, 2, 3, 12));
    const qint64 morning = search(m_ann, QStringLiteral("ann"), utc(2, 2, 10, 45));
    const qint64 nearEdge = search(m_ann, QStringLiteral("ann"), utc(2, 2, 11, 20));
    update();
    QVERIFY(rulesOf(night).contains(AnomalyRules::usualHours()));
    QVERIFY(!rulesOf(morning).contains(AnomalyRules::usualHours()));
    QVERIFY(!rulesOf(nearEdge).contains(AnomalyRules::usualHours()));
    const QString text = explanation(night, AnomalyRules::usualHours());
    QVERIFY2(text.contains(QStringLiteral("03:12")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("only 0 of ann's 25 search")), qPrintable(text));
}

void TestAuditFlags::usualHoursWithLittleHistory() {
    const qint64 late = search(m_ivan, QStringLiteral("ivan"), utc(1, 6, 22, 5));
    const qint64 early = search(m_ivan, QStringLiteral("ivan"), utc(1, 7, 5, 59));
    const qint64 noon = search(m_ivan, QStringLiteral("ivan"), utc(1, 7, 12));
    const qint64 atStart = search(m_ivan, QStringLiteral("ivan"), utc(1, 7, 6));
    const qint64 atEnd = search(m_ivan, QStringLiteral("ivan"), utc(1, 7, 20));
    update();
    QVERIFY(rulesOf(late).contains(AnomalyRules::usualHours()));
    QVERIFY(rulesOf(early).contains(AnomalyRules::usualHours()));
    QVERIFY(rulesOf(noon).isEmpty());
    QVERIFY(rulesOf(atStart).isEmpty());
    QVERIFY(rulesOf(atEnd).contains(AnomalyRules::usualHours()));
    const QString text = explanation(late, AnomalyRules::usualHours());
    QVERIFY2(text.contains(QStringLiteral("22:05")) &&
                 text.contains(QStringLiteral("6:00 to 20:00")),
             qPrintable(text));
}

void TestAuditFlags::dailySearches() {
    setPolicy(core::PolicySettings::flagDailySearchLimit(), 3);
    QList<qint64> seqs;
    for (int i = 0; i < 5; ++i)
        seqs.append(search(m_ann, QStringLiteral("ann"), utc(1, 6, 9 + i)));
    // Another day and another user start again.
    const qint64 nextDay = search(m_ann, QStringLiteral("ann"), utc(1, 7, 9));
    const qint64 other = search(m_ivan, QStringLiteral("ivan"), utc(1, 6, 15));
    update();
    for (int i = 0; i < 3; ++i)
        QVERIFY(!rulesOf(seqs[i]).contains(AnomalyRules::dailySearches()));
    QVERIFY(rulesOf(seqs[3]).contains(AnomalyRules::dailySearches()));
    QVERIFY(rulesOf(seqs[4]).contains(AnomalyRules::dailySearches()));
    QVERIFY(!rulesOf(nextDay).contains(AnomalyRules::dailySearches()));
    QVERIFY(!rulesOf(other).contains(AnomalyRules::dailySearches()));
    const QString text = explanation(seqs[4], AnomalyRules::dailySearches());
    QVERIFY2(text.contains(QStringLiteral("Search number 5 by ann on 2026-01-06")),
             qPrintable(text));
}

void TestAuditFlags::plateCasesAndUsers() {
    auto args = [](const char* plate, const char* caseNumber) {
        SearchArgs a;
        a.plate = QString::fromLatin1(plate);
        a.caseNumber = QString::fromLatin1(caseNumber);
        return a;
    };
    // Cases: the third different case within 30 days flags, and later ones.
    const qint64 c1 = search(m_ann, QStringLiteral("ann"), utc(1, 6, 10), args("CAS111", "C-1"));
    const qint64 c2 = search(m_ann, QStringLiteral("ann"), utc(1, 8, 10), args("CAS111", "C-2"));
    const qint64 c2again =
        search(m_ann, QStringLiteral("ann"), utc(1, 9, 10), args("CAS111", "c-2"));
    const qint64 c3 = search(m_ann, QStringLiteral("ann"), utc(1, 10, 10), args("CAS111", "C-3"));
    const qint64 c1again =
        search(m_ann, QStringLiteral("ann"), utc(1, 20, 10), args("CAS111", "C-1"));
    // More than 30 days after C-1 and C-2: only C-3 and C-4 remain in the window.
    const qint64 c4 = search(m_ann, QStringLiteral("ann"), utc(2, 25, 10), args("CAS111", "C-4"));
    // Users: three different users on one plate and one case.
    const qint64 u1 = search(m_ann, QStringLiteral("ann"), utc(1, 6, 11), args("USR222", "C-9"));
    const qint64 u2 = search(m_ivan, QStringLiteral("ivan"), utc(1, 6, 12), args("USR222", "C-9"));
    const qint64 u3 = search(m_sue, QStringLiteral("sue"), utc(1, 6, 13), args("USR222", "C-9"));
    update();
    for (qint64 seq : {c1, c2, c2again})
        QVERIFY(!rulesOf(seq).contains(AnomalyRules::plateCases()));
    QVERIFY(rulesOf(c3).contains(AnomalyRules::plateCases()));
    QVERIFY(rulesOf(c1again).contains(AnomalyRules::plateCases()));
    QVERIFY(!rulesOf(c4).contains(AnomalyRules::plateCases()));
    for (qint64 seq : {c1, c2, c3, c4})
        QVERIFY(!rulesOf(seq).contains(AnomalyRules::plateUsers()));
    QVERIFY(!rulesOf(u1).contains(AnomalyRules::plateUsers()));
    QVERIFY(!rulesOf(u2).contains(AnomalyRules::plateUsers()));
    QVERIFY(rulesOf(u3).contains(AnomalyRules::plateUsers()));
    QVERIFY(!rulesOf(u3).contains(AnomalyRules::plateCases()));
    QString text = explanation(c3, AnomalyRules::plateCases());
    QVERIFY2(text.contains(QStringLiteral("Plate CAS111 was searched under 3 different case"
                                          "(s) within 30 days: C-1, C-2, C-3")),
             qPrintable(text));
    text = explanation(u3, AnomalyRules::plateUsers());
    QVERIFY2(text.contains(QStringLiteral("ann, ivan, sue")), qPrintable(text));
}

void TestAuditFlags::shortAndRepeatedReasons() {
    setPolicy(core::PolicySettings::flagReasonRepeatLimit(), 2);
    SearchArgs terse;
    terse.reason = QStringLiteral("  check  ");
    const qint64 shortOne = search(m_ann, QStringLiteral("ann"), utc(1, 6, 10), terse);
    SearchArgs same;
    same.reason = QStringLiteral("Routine patrol query");
    const qint64 r1 = search(m_ivan, QStringLiteral("ivan"), utc(1, 6, 10), same);
    const qint64 r2 = search(m_ivan, QStringLiteral("ivan"), utc(1, 7, 10), same);
    const qint64 r3 = search(m_ivan, QStringLiteral("ivan"), utc(1, 8, 10), same);
    // Another user's identical reason is counted for them alone.
    const qint64 other = search(m_sue, QStringLiteral("sue"), utc(1, 8, 11), same);
    // Outside the 30-day window the count starts again.
    const qint64 later = search(m_ivan, QStringLiteral("ivan"), utc(3, 1, 10), same);
    update();
    QVERIFY(rulesOf(shortOne).contains(AnomalyRules::shortReason()));
    QVERIFY(!rulesOf(r1).contains(AnomalyRules::shortReason()));
    QString text = explanation(shortOne, AnomalyRules::shortReason());
    QVERIFY2(text.contains(QStringLiteral("\"check\" has 5 character")) &&
                 text.contains(QStringLiteral("shorter than 10")),
             qPrintable(text));
    QVERIFY(!rulesOf(r1).contains(AnomalyRules::repeatedReason()));
    QVERIFY(!rulesOf(r2).contains(AnomalyRules::repeatedReason()));
    QVERIFY(rulesOf(r3).contains(AnomalyRules::repeatedReason()));
    QVERIFY(!rulesOf(other).contains(AnomalyRules::repeatedReason()));
    QVERIFY(!rulesOf(later).contains(AnomalyRules::repeatedReason()));
    text = explanation(r3, AnomalyRules::repeatedReason());
    QVERIFY2(text.contains(QStringLiteral("ivan gave the reason \"Routine patrol query\" for 3 "
                                          "search")) &&
                 text.contains(QStringLiteral("within 30 days; more than 2")),
             qPrintable(text));
}

void TestAuditFlags::exceptionAndOnBehalf() {
    SearchArgs withException;
    withException.exceptionId = 17;
    const qint64 exception = search(m_ann, QStringLiteral("ann"), utc(1, 6, 10), withException);
    // The plate text itself mentions the key: not an exception.
    SearchArgs lookalike;
    lookalike.plate = QStringLiteral("\"exception_id\"");
    const qint64 notException = search(m_ann, QStringLiteral("ann"), utc(1, 6, 11), lookalike);
    SearchArgs byLogin;
    byLogin.onBehalfOf = QStringLiteral("IVAN");
    SearchArgs byDisplay;
    byDisplay.onBehalfOf = QStringLiteral("sue"); // display name SUE, log-in sue
    SearchArgs stranger;
    stranger.onBehalfOf = QStringLiteral("Carol");
    const qint64 known = search(m_ann, QStringLiteral("ann"), utc(1, 6, 12), byLogin);
    const qint64 knownDisplay = search(m_ann, QStringLiteral("ann"), utc(1, 6, 13), byDisplay);
    const qint64 unknown = search(m_ann, QStringLiteral("ann"), utc(1, 6, 14), stranger);
    update();
    QVERIFY(rulesOf(exception).contains(AnomalyRules::exceptionSearch()));
    QVERIFY(
        explanation(exception, AnomalyRules::exceptionSearch()).contains(QStringLiteral("#17")));
    QVERIFY(!rulesOf(notException).contains(AnomalyRules::exceptionSearch()));
    QVERIFY(!rulesOf(known).contains(AnomalyRules::unknownOnBehalf()));
    QVERIFY(!rulesOf(knownDisplay).contains(AnomalyRules::unknownOnBehalf()));
    QVERIFY(rulesOf(unknown).contains(AnomalyRules::unknownOnBehalf()));
    QVERIFY(explanation(unknown, AnomalyRules::unknownOnBehalf())
                .contains(QStringLiteral("\"Carol\"")));

    // Once Carol is a user, the flag goes at the next update.
    QVERIFY(m_ts->addUser(QStringLiteral("carol"), core::Role::Agent) > 0);
    update();
    QVERIFY(!rulesOf(unknown).contains(AnomalyRules::unknownOnBehalf()));
}

void TestAuditFlags::hotListOverdue() {
    core::StationLogin ann = m_ts->loginActive(QStringLiteral("ann"), TestStation::userPassword());
    QVERIFY(ann.station);
    core::HotListEntryInput input;
    input.plate = QStringLiteral("HOT123");
    input.reason = QStringLiteral("Reported stolen");
    input.caseNumber = QStringLiteral("2026-100");
    input.reviewByUtc = m_ts->clock().nowUtc().addDays(10);
    auto added = ann.station->hotLists().add(ann.session, input);
    PL_VERIFY_OK(added);
    const qint64 addedSeq = AuditReader::last(db(), core::AuditAction::hotListEntryAdded()).seq;
    input.plate = QStringLiteral("OK4567");
    input.reviewByUtc = m_ts->clock().nowUtc().addDays(200);
    PL_VERIFY_OK(ann.station->hotLists().add(ann.session, input));
    const qint64 fineSeq = AuditReader::last(db(), core::AuditAction::hotListEntryAdded()).seq;

    update();
    QVERIFY(!rulesOf(addedSeq).contains(AnomalyRules::hotListOverdue()));
    // Twelve days on, the first entry is two days overdue.
    m_ts->clock().advanceDays(12);
    update();
    QVERIFY(rulesOf(addedSeq).contains(AnomalyRules::hotListOverdue()));
    QVERIFY(!rulesOf(fineSeq).contains(AnomalyRules::hotListOverdue()));
    const QString text = explanation(addedSeq, AnomalyRules::hotListOverdue());
    QVERIFY2(text.contains(QStringLiteral("HOT123")) && text.contains(QStringLiteral("2 day")),
             qPrintable(text));
    // With a tolerance of 5 days it is not flagged yet.
    setPolicy(core::PolicySettings::flagHotListOverdueDays(), 5);
    update();
    QVERIFY(!rulesOf(addedSeq).contains(AnomalyRules::hotListOverdue()));
}

void TestAuditFlags::exportsLoginsAndPolicy() {
    core::AuditRecord exported{core::AuditAction::caseExported(), core::AuditOutcome::Success,
                               QStringLiteral("case"), QStringLiteral("2026-001")};
    exported.details.insert(QStringLiteral("file"), QStringLiteral("/tmp/case.pdf"));
    exported.details.insert(QStringLiteral("reads"), 12);
    const qint64 exportSeq = append({m_ivan, QStringLiteral("ivan")}, exported, utc(1, 6, 10));
    core::AuditRecord viewed{core::AuditAction::readViewed(), core::AuditOutcome::Success};
    const qint64 viewedSeq = append({m_ivan, QStringLiteral("ivan")}, viewed, utc(1, 6, 10, 5));
    core::AuditRecord failure{core::AuditAction::loginFailure(), core::AuditOutcome::Failure,
                              QStringLiteral("user"), QStringLiteral("ann")};
    const qint64 failed = append({std::nullopt, QStringLiteral("ann")}, failure, utc(1, 6, 11));
    core::AuditRecord locked{core::AuditAction::accountLocked(), core::AuditOutcome::Success,
                             QStringLiteral("user"), QStringLiteral("ann")};
    locked.details.insert(QStringLiteral("failed_attempts"), 5);
    const qint64 lockedSeq = append({std::nullopt, QStringLiteral("ann")}, locked, utc(1, 6, 11));
    setPolicy(core::PolicySettings::flagWindowDays(), 20);
    const qint64 changed = AuditReader::last(db(), core::AuditAction::settingChanged()).seq;
    update();
    QVERIFY(rulesOf(exportSeq).contains(AnomalyRules::exportRule()));
    QString text = explanation(exportSeq, AnomalyRules::exportRule());
    QVERIFY2(text.contains(QStringLiteral("12 read")) &&
                 text.contains(QStringLiteral("/tmp/case.pdf")),
             qPrintable(text));
    QVERIFY(rulesOf(viewedSeq).isEmpty());
    QVERIFY(rulesOf(failed).contains(AnomalyRules::failedLogin()));
    QVERIFY(rulesOf(lockedSeq).contains(AnomalyRules::failedLogin()));
    QVERIFY(
        explanation(lockedSeq, AnomalyRules::failedLogin()).contains(QStringLiteral("5 failed")));
    QVERIFY(rulesOf(changed).contains(AnomalyRules::policyChange()));
    text = explanation(changed, AnomalyRules::policyChange());
    QVERIFY2(text.contains(QStringLiteral("from 30 to 20")), qPrintable(text));
}

void TestAuditFlags::rulesOffAtZero() {
    for (const QString& key :
         {core::PolicySettings::flagUsualHoursPercent(),
          core::PolicySettings::flagReasonMinLength(), core::PolicySettings::flagExports(),
          core::PolicySettings::flagFailedLoginLimit(), core::PolicySettings::flagPolicyChanges(),
          core::PolicySettings::flagUnknownOnBehalf(),
          core::PolicySettings::flagExceptionSearches(),
          core::PolicySettings::flagPlateUserLimit()})
        setPolicy(key, 0);
    SearchArgs odd;
    odd.reason = QStringLiteral("x");
    odd.onBehalfOf = QStringLiteral("Nobody");
    odd.exceptionId = 3;
    const qint64 seq = search(m_ann, QStringLiteral("ann"), utc(1, 6, 2), odd);
    search(m_ivan, QStringLiteral("ivan"), utc(1, 6, 3), odd);
    const qint64 third = search(m_sue, QStringLiteral("sue"), utc(1, 6, 4), odd);
    core::AuditRecord failure{core::AuditAction::loginFailure(), core::AuditOutcome::Failure,
                              QStringLiteral("user"), QStringLiteral("ann")};
    const qint64 failed = append({std::nullopt, QStringLiteral("ann")}, failure, utc(1, 6, 11));
    update();
    QCOMPARE(rulesOf(seq), QStringList());
    QCOMPARE(rulesOf(third), QStringList());
    QCOMPARE(rulesOf(failed), QStringList());
    QCOMPARE(allFlags().size(), 0);
}

void TestAuditFlags::thresholdChangeRecomputes() {
    SearchArgs terse;
    terse.reason = QStringLiteral("short one");
    const qint64 seq = search(m_ann, QStringLiteral("ann"), utc(1, 6, 10), terse);
    auto first = m_sam.station->auditFlags().update(m_sam.session);
    PL_VERIFY_OK(first);
    QVERIFY(first.value().recomputed);
    QVERIFY(rulesOf(seq).contains(AnomalyRules::shortReason()));
    auto again = m_sam.station->auditFlags().update(m_sam.session);
    PL_VERIFY_OK(again);
    QVERIFY(!again.value().recomputed);
    QCOMPARE(again.value().eventsScanned, 0);

    setPolicy(core::PolicySettings::flagReasonMinLength(), 5);
    auto changed = m_sam.station->auditFlags().update(m_sam.session);
    PL_VERIFY_OK(changed);
    QVERIFY(changed.value().recomputed);
    QVERIFY(!rulesOf(seq).contains(AnomalyRules::shortReason()));
    QCOMPARE(changed.value().scannedSeq, AuditReader::all(db()).last().seq);
}

void TestAuditFlags::incrementalEqualsFull() {
    setPolicy(core::PolicySettings::flagDailySearchLimit(), 4);
    setPolicy(core::PolicySettings::flagReasonRepeatLimit(), 3);
    const QStringList users{QStringLiteral("ann"), QStringLiteral("ivan"), QStringLiteral("sue")};
    const QList<qint64> ids{m_ann, m_ivan, m_sue};
    // A pseudo-random but fixed trail over four months, updated now and then.
    quint32 x = 12345;
    auto next = [&x](quint32 n) {
        x = x * 1103515245u + 12345u;
        return (x >> 16) % n;
    };
    QDateTime when = utc(1, 6, 0);
    for (int i = 0; i < 400; ++i) {
        when = when.addSecs(qint64(next(36)) * 600);
        const int u = int(next(3));
        SearchArgs args;
        args.plate = QStringLiteral("PL%1").arg(next(12));
        args.caseNumber = QStringLiteral("C-%1").arg(next(6));
        args.reason =
            next(4) == 0 ? QStringLiteral("check") : QStringLiteral("Case work %1").arg(next(3));
        if (next(10) == 0)
            args.onBehalfOf = next(2) ? QStringLiteral("ann") : QStringLiteral("Zed");
        QVERIFY(search(ids[u], users[u], when, args) > 0);
        if (next(7) == 0) {
            core::AuditRecord failure{core::AuditAction::loginFailure(),
                                      core::AuditOutcome::Failure, QStringLiteral("user"),
                                      users[u]};
            QVERIFY(append({std::nullopt, users[u]}, failure, when) > 0);
        }
        if (i % 37 == 0)
            update();
    }
    update();
    const QList<FlagRow> incremental = allFlags();
    QVERIFY(incremental.size() > 20);

    PL_VERIFY_OK(db().exec("DELETE FROM audit_derived_state WHERE name = 'flags'"));
    auto full = m_sam.station->auditFlags().update(m_sam.session);
    PL_VERIFY_OK(full);
    QVERIFY(full.value().recomputed);
    QCOMPARE(allFlags(), incremental);
}

void TestAuditFlags::jobRunsOnAnotherThreadAndCancels() {
    for (int i = 0; i < 30; ++i)
        search(m_ann, QStringLiteral("ann"), utc(1, 6, 1).addSecs(i * 60));
    auto job = m_sam.station->auditFlags().prepareUpdate(m_sam.session);
    PL_VERIFY_OK(job);
    core::Result<core::AuditFlagUpdate> cancelled = core::Error(ErrorCode::Database, QString());
    std::thread([&] { cancelled = job.value().run([](qint64, qint64) { return false; }); }).join();
    PL_VERIFY_ERROR(cancelled, ErrorCode::Cancelled);

    core::Result<core::AuditFlagUpdate> done = core::Error(ErrorCode::Database, QString());
    qint64 lastDone = -1;
    std::thread([&] {
        done = job.value().run([&lastDone](qint64 d, qint64) {
            lastDone = d;
            return true;
        });
    }).join();
    PL_VERIFY_OK(done);
    QCOMPARE(done.value().scannedSeq, AuditReader::all(db()).last().seq);
    QVERIFY(lastDone >= 0);
    const QList<FlagRow> threaded = allFlags();
    PL_VERIFY_OK(db().exec("DELETE FROM audit_derived_state WHERE name = 'flags'"));
    update();
    QCOMPARE(allFlags(), threaded);
}

void TestAuditFlags::markReviewed() {
    SearchArgs terse;
    terse.reason = QStringLiteral("chk");
    const qint64 flagged = search(m_ann, QStringLiteral("ann"), utc(1, 6, 10), terse);
    const qint64 clean = search(m_ann, QStringLiteral("ann"), utc(1, 6, 11));
    update();
    const QList<core::AuditEvent> before = AuditReader::all(db());

    core::AuditFlagService& flags = m_sam.station->auditFlags();
    PL_VERIFY_ERROR(flags.markReviewed(m_sam.session, flagged, QStringLiteral("   ")),
                    ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(flags.markReviewed(m_sam.session, clean, QStringLiteral("Looked at it")),
                    ErrorCode::NotFound);
    auto reviewed = flags.markReviewed(m_sam.session, flagged,
                                       QStringLiteral(" Agent confirmed the case by phone. "));
    PL_VERIFY_OK(reviewed);
    QCOMPARE(reviewed.value().note, QStringLiteral("Agent confirmed the case by phone."));
    auto again = flags.markReviewed(m_sam.session, flagged, QStringLiteral("Twice"));
    PL_VERIFY_ERROR(again, ErrorCode::AlreadyExists);
    QVERIFY2(again.error().message().contains(QStringLiteral("sam")),
             qPrintable(again.error().message()));

    const core::AuditEvent event = AuditReader::last(db(), core::AuditAction::auditFlagReviewed());
    QCOMPARE(event.seq, reviewed.value().auditSeq);
    QCOMPARE(event.userName, QStringLiteral("sam"));
    QCOMPARE(event.target, QString::number(flagged));
    QCOMPARE(AuditReader::details(event).value(QStringLiteral("note")).toString(),
             QStringLiteral("Agent confirmed the case by phone."));
    QCOMPARE(AuditReader::withAction(db(), core::AuditAction::auditFlagReviewed()).size(), 1);

    auto shown = flags.flagsFor(m_sam.session, {flagged, clean});
    PL_VERIFY_OK(shown);
    QCOMPARE(shown.value().size(), 1);
    QVERIFY(shown.value().first().review.has_value());
    QCOMPARE(shown.value().first().review->reviewerName, QStringLiteral("sam"));
    auto unreviewed = flags.unreviewedSeqsBetween(m_sam.session, utc(1, 1, 0), utc(12, 31, 0));
    PL_VERIFY_OK(unreviewed);
    QVERIFY(!unreviewed.value().contains(flagged));
    auto between = flags.flaggedSeqsBetween(m_sam.session, utc(1, 6, 0), utc(1, 7, 0));
    PL_VERIFY_OK(between);
    QCOMPARE(between.value(), QList<qint64>{flagged});

    // Flags and reviews leave the events as they were.
    update();
    const QList<core::AuditEvent> after = AuditReader::all(db());
    for (int i = 0; i < before.size(); ++i)
        QCOMPARE(after.at(i).hash, before.at(i).hash);
    auto verified = core::AuditLog::verify(db());
    PL_VERIFY_OK(verified);
    QVERIFY(verified.value().intact);
}

void TestAuditFlags::reviewRefusedToOthers() {
    SearchArgs terse;
    terse.reason = QStringLiteral("chk");
    const qint64 flagged = search(m_ann, QStringLiteral("ann"), utc(1, 6, 10), terse);
    update();
    const int eventsBefore = int(AuditReader::all(db()).size());
    PL_VERIFY_ERROR(m_ts->station().auditFlags().markReviewed(m_ts->adminSession(), flagged,
                                                              QStringLiteral("Seen")),
                    ErrorCode::PermissionDenied);
    for (const QString& name : {QStringLiteral("ann"), QStringLiteral("ivan")}) {
        core::StationLogin who = m_ts->loginActive(name, TestStation::userPassword());
        QVERIFY(who.station);
        const int count = int(AuditReader::all(db()).size());
        PL_VERIFY_ERROR(
            who.station->auditFlags().markReviewed(who.session, flagged, QStringLiteral("Seen")),
            ErrorCode::PermissionDenied);
        QCOMPARE(int(AuditReader::all(db()).size()), count);
    }
    QVERIFY(AuditReader::all(db()).size() >= eventsBefore);
    QCOMPARE(AuditReader::withAction(db(), core::AuditAction::auditFlagReviewed()).size(), 0);
    // Administrators read the flags all the same.
    PL_VERIFY_OK(m_ts->station().auditFlags().flagsFor(m_ts->adminSession(), {flagged}));
}

void TestAuditFlags::onlyAuditViewersUpdate() {
    core::StationLogin ann = m_ts->loginActive(QStringLiteral("ann"), TestStation::userPassword());
    QVERIFY(ann.station);
    PL_VERIFY_ERROR(ann.station->auditFlags().update(ann.session), ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(ann.station->auditFlags().flagsFor(ann.session, {1}),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_OK(m_ts->station().auditFlags().update(m_ts->adminSession()));
    // Updating is derived data, not an audited action.
    QCOMPARE(AuditReader::withAction(db(), core::AuditAction::auditFlagReviewed()).size(), 0);
}

QTEST_GUILESS_MAIN(TestAuditFlags)
#include "tst_auditflags.moc"
