// Cases, query-window exceptions and read verification: the rules, the
// roles and what each step leaves in the audit trail.

#include "core/audit/AuditAction.h"
#include "core/cases/CaseService.h"
#include "core/cases/ExceptionService.h"
#include "core/cases/VerificationService.h"
#include "core/common/TimeFormat.h"
#include "core/store/Database.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QTest>

using namespace pl;
using core::CaseFile;
using core::ErrorCode;
using core::NewCase;
using core::QueryException;
using core::Verification;
using tests::AuditReader;
using tests::TestStation;

namespace {

// A read stored the way the schema wants it (a device first), returning its id.
qint64 insertRead(core::Database& db, const QString& plate, const QDateTime& timeUtc) {
    if (!db.exec("INSERT OR IGNORE INTO devices (id, name, type, time_zone, created_utc) "
                 "VALUES (1, 'Test camera', 'fixed', 'UTC', '2026-01-01T00:00:00.000Z')"))
        return 0;
    auto stmt = db.prepare("INSERT INTO reads (plate_raw, plate, match_key, time_ms, device_id, "
                           "source) VALUES (?1, ?1, ?1, ?2, 1, 'live')");
    if (!stmt)
        return 0;
    stmt.value().bind(1, plate).bind(2, timeUtc.toMSecsSinceEpoch());
    if (!stmt.value().run())
        return 0;
    return db.lastInsertRowId();
}

NewCase administrativeCase(const QString& number) {
    NewCase request;
    request.number = number;
    request.title = QStringLiteral("Abandoned vehicles on Route 9");
    request.kind = NewCase::Kind::Administrative;
    return request;
}

NewCase criminalCase(const QString& number, const QString& offense) {
    NewCase request;
    request.number = number;
    request.title = QStringLiteral("Burglary series, east side");
    request.kind = NewCase::Kind::Criminal;
    request.offense = offense;
    return request;
}

} // namespace

class TestCases : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void leadsAreActiveInvestigators();

    void openCaseValidatesInput();
    void openCaseIsAudited();
    void onlyInvestigatorsManageCases();
    void closingIsAuditedAndOnce();
    void linkAndUnlinkRules();
    void listCountsLinkedReads();
    void offenseYearsNeedPolicyRights();
    void windowDependsOnKindAndOffense();

    void exceptionRequestNeedsReasonAndEarlierStart();
    void requesterCannotDecideOwnException();
    void approvedExceptionExpires();
    void refusalNeedsNote();

    void verificationKeepsEveryDecision();
    void verificationChecksInput();
    void viewingReadForVerificationIsAudited();

private:
    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_ivan; // investigator
    core::StationLogin m_amy;  // agent
    core::StationLogin m_sue;  // supervisor
    core::StationLogin m_sam;  // supervisor
};

void TestCases::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("amy"), core::Role::Agent) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sue"), core::Role::Supervisor) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
    m_ivan = m_ts->loginActive(QStringLiteral("ivan"), TestStation::userPassword());
    m_amy = m_ts->loginActive(QStringLiteral("amy"), TestStation::userPassword());
    m_sue = m_ts->loginActive(QStringLiteral("sue"), TestStation::userPassword());
    m_sam = m_ts->loginActive(QStringLiteral("sam"), TestStation::userPassword());
    QVERIFY(m_ivan.station && m_amy.station && m_sue.station && m_sam.station);
}

void TestCases::cleanup() {
    m_ivan = {};
    m_amy = {};
    m_sue = {};
    m_sam = {};
    m_ts.reset();
}

void TestCases::openCaseValidatesInput() {
    core::CaseService& cases = m_ivan.station->cases();
    const core::Session& s = m_ivan.session;

    auto noNumber = cases.open(s, administrativeCase(QStringLiteral("   ")));
    PL_VERIFY_ERROR(noNumber, ErrorCode::InvalidArgument);
    QVERIFY(noNumber.error().message().contains(QStringLiteral("case number")));

    NewCase noTitle = administrativeCase(QStringLiteral("A-1"));
    noTitle.title = QStringLiteral("  ");
    PL_VERIFY_ERROR(cases.open(s, noTitle), ErrorCode::InvalidArgument);

    PL_VERIFY_ERROR(cases.open(s, criminalCase(QStringLiteral("C-1"), {})),
                    ErrorCode::InvalidArgument);
    auto unknown = cases.open(s, criminalCase(QStringLiteral("C-1"), QStringLiteral("piracy")));
    PL_VERIFY_ERROR(unknown, ErrorCode::InvalidArgument);
    QVERIFY(unknown.error().message().contains(QStringLiteral("piracy")));
    NewCase adminWithOffense = administrativeCase(QStringLiteral("A-1"));
    adminWithOffense.offense = QStringLiteral("felony");
    PL_VERIFY_ERROR(cases.open(s, adminWithOffense), ErrorCode::InvalidArgument);
    NewCase badLead = administrativeCase(QStringLiteral("A-1"));
    badLead.leadUserId = 9999;
    PL_VERIFY_ERROR(cases.open(s, badLead), ErrorCode::InvalidArgument);
    // Nothing of the refused attempts was stored.
    auto none = cases.list(s, core::CaseService::Filter::All);
    PL_VERIFY_OK(none);
    QVERIFY(none.value().isEmpty());

    auto opened = cases.open(s, administrativeCase(QStringLiteral("  2026-0042 ")));
    PL_VERIFY_OK(opened);
    QCOMPARE(opened.value().number, QStringLiteral("2026-0042"));
    QCOMPARE(opened.value().kind, NewCase::Kind::Administrative);
    QCOMPARE(opened.value().leadUserName, QStringLiteral("ivan"));
    QCOMPARE(opened.value().openedByName, QStringLiteral("ivan"));
    QCOMPARE(opened.value().openedUtc, m_ts->clock().nowUtc());
    QVERIFY(opened.value().isOpen());

    auto taken = cases.open(s, criminalCase(QStringLiteral("2026-0042"), QStringLiteral("felony")));
    PL_VERIFY_ERROR(taken, ErrorCode::AlreadyExists);
    QVERIFY(taken.error().message().contains(QStringLiteral("2026-0042")));
    QVERIFY(taken.error().message().contains(QStringLiteral("already taken")));

    auto criminal =
        cases.open(s, criminalCase(QStringLiteral("2026-0043"), QStringLiteral("property")));
    PL_VERIFY_OK(criminal);
    QCOMPARE(criminal.value().offense, QStringLiteral("property"));
    auto found = cases.find(s, QStringLiteral("2026-0043"));
    PL_VERIFY_OK(found);
    QCOMPARE(found.value().id, criminal.value().id);
    PL_VERIFY_ERROR(cases.find(s, QStringLiteral("nope")), ErrorCode::NotFound);
}

void TestCases::openCaseIsAudited() {
    NewCase request = criminalCase(QStringLiteral("C-7"), QStringLiteral("fraud"));
    request.leadUserId = m_ts->addUser(QStringLiteral("lee"), core::Role::Investigator);
    QVERIFY(*request.leadUserId > 0);
    auto opened = m_ivan.station->cases().open(m_ivan.session, request);
    PL_VERIFY_OK(opened);
    QCOMPARE(opened.value().leadUserName, QStringLiteral("lee"));

    const auto event =
        AuditReader::last(m_ts->station().database(), core::AuditAction::caseOpened());
    QVERIFY(event.seq > 0);
    QCOMPARE(event.caseNumber, QStringLiteral("C-7"));
    QCOMPARE(event.userName, QStringLiteral("ivan"));
    const auto details = AuditReader::details(event);
    QCOMPARE(details.value(QStringLiteral("kind")).toString(), QStringLiteral("criminal"));
    QCOMPARE(details.value(QStringLiteral("offense")).toString(), QStringLiteral("fraud"));
}

void TestCases::onlyInvestigatorsManageCases() {
    PL_VERIFY_ERROR(
        m_amy.station->cases().open(m_amy.session, administrativeCase(QStringLiteral("A-1"))),
        ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(m_ts->station().cases().open(m_ts->adminSession(),
                                                 administrativeCase(QStringLiteral("A-1"))),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_OK(
        m_ivan.station->cases().open(m_ivan.session, administrativeCase(QStringLiteral("A-1"))));
    // Everyone can find a case to search for, and see the offense table.
    PL_VERIFY_OK(m_amy.station->cases().find(m_amy.session, QStringLiteral("A-1")));
    auto listed = m_amy.station->cases().list(m_amy.session);
    PL_VERIFY_OK(listed);
    QCOMPARE(listed.value().size(), 1);
    auto categories = m_amy.station->cases().offenseCategories(m_amy.session);
    PL_VERIFY_OK(categories);
    QCOMPARE(categories.value().size(), 7);
    QCOMPARE(categories.value().first().code, QStringLiteral("homicide"));
    QCOMPARE(categories.value().first().years, 100);
    // But not close it, link to it or read its reads.
    PL_VERIFY_ERROR(m_amy.station->cases().close(m_amy.session, QStringLiteral("A-1")),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(m_amy.station->cases().reads(m_amy.session, QStringLiteral("A-1")),
                    ErrorCode::PermissionDenied);
}

void TestCases::closingIsAuditedAndOnce() {
    core::CaseService& cases = m_ivan.station->cases();
    PL_VERIFY_OK(cases.open(m_ivan.session, administrativeCase(QStringLiteral("A-1"))));
    m_ts->clock().advanceDays(3);
    PL_VERIFY_OK(cases.close(m_ivan.session, QStringLiteral("a-1"), QStringLiteral("resolved")));
    auto closed = cases.find(m_ivan.session, QStringLiteral("A-1"));
    PL_VERIFY_OK(closed);
    QVERIFY(!closed.value().isOpen());
    QCOMPARE(closed.value().closedUtc, m_ts->clock().nowUtc());
    QCOMPARE(closed.value().closedByName, QStringLiteral("ivan"));

    auto again = cases.close(m_ivan.session, QStringLiteral("A-1"));
    PL_VERIFY_ERROR(again, ErrorCode::InvalidArgument);
    QVERIFY(again.error().message().contains(QStringLiteral("already closed")));
    PL_VERIFY_ERROR(cases.close(m_ivan.session, QStringLiteral("B-2")), ErrorCode::NotFound);

    const auto events =
        AuditReader::withAction(m_ts->station().database(), core::AuditAction::caseClosed());
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().caseNumber, QStringLiteral("A-1"));
    QCOMPARE(events.first().reason, QStringLiteral("resolved"));
}

void TestCases::linkAndUnlinkRules() {
    core::Database& db = m_ts->station().database();
    const qint64 read = insertRead(db, QStringLiteral("ABC123"), m_ts->clock().nowUtc());
    QVERIFY(read > 0);
    core::CaseService& cases = m_ivan.station->cases();
    const core::Session& s = m_ivan.session;
    PL_VERIFY_OK(cases.open(s, administrativeCase(QStringLiteral("A-1"))));

    PL_VERIFY_OK(cases.linkRead(s, QStringLiteral("A-1"), read));
    PL_VERIFY_ERROR(cases.linkRead(s, QStringLiteral("A-1"), read), ErrorCode::AlreadyExists);
    PL_VERIFY_ERROR(cases.linkRead(s, QStringLiteral("A-1"), read + 100), ErrorCode::NotFound);
    PL_VERIFY_ERROR(cases.linkRead(s, QStringLiteral("Z-9"), read), ErrorCode::NotFound);
    PL_VERIFY_ERROR(m_amy.station->cases().linkRead(m_amy.session, QStringLiteral("A-1"), read),
                    ErrorCode::PermissionDenied);

    auto linked = cases.reads(s, QStringLiteral("A-1"));
    PL_VERIFY_OK(linked);
    QCOMPARE(linked.value().size(), 1);
    QCOMPARE(linked.value().first().readId, read);
    QCOMPARE(linked.value().first().plate, QStringLiteral("ABC123"));
    QCOMPARE(linked.value().first().linkedByName, QStringLiteral("ivan"));

    const auto linkEvent = AuditReader::last(db, core::AuditAction::caseReadLinked());
    QCOMPARE(linkEvent.caseNumber, QStringLiteral("A-1"));
    QCOMPARE(linkEvent.target, QString::number(read));

    PL_VERIFY_OK(cases.unlinkRead(s, QStringLiteral("A-1"), read, QStringLiteral("wrong car")));
    PL_VERIFY_ERROR(cases.unlinkRead(s, QStringLiteral("A-1"), read), ErrorCode::NotFound);
    const auto unlinkEvent = AuditReader::last(db, core::AuditAction::caseReadUnlinked());
    QCOMPARE(unlinkEvent.caseNumber, QStringLiteral("A-1"));
    QCOMPARE(unlinkEvent.reason, QStringLiteral("wrong car"));

    PL_VERIFY_OK(cases.linkRead(s, QStringLiteral("A-1"), read));
    PL_VERIFY_OK(cases.close(s, QStringLiteral("A-1")));
    auto closedLink = cases.linkRead(s, QStringLiteral("A-1"), read);
    PL_VERIFY_ERROR(closedLink, ErrorCode::InvalidArgument);
    QVERIFY(closedLink.error().message().contains(QStringLiteral("closed")));
    PL_VERIFY_ERROR(cases.unlinkRead(s, QStringLiteral("A-1"), read), ErrorCode::InvalidArgument);
    QCOMPARE(AuditReader::withAction(db, core::AuditAction::caseReadLinked()).size(), 2);
}

void TestCases::listCountsLinkedReads() {
    core::Database& db = m_ts->station().database();
    core::CaseService& cases = m_ivan.station->cases();
    const core::Session& s = m_ivan.session;
    PL_VERIFY_OK(cases.open(s, administrativeCase(QStringLiteral("A-1"))));
    m_ts->clock().advanceMinutes(1);
    PL_VERIFY_OK(cases.open(s, criminalCase(QStringLiteral("C-2"), QStringLiteral("felony"))));
    for (int i = 0; i < 3; ++i) {
        const qint64 read = insertRead(db, QStringLiteral("XYZ%1").arg(i), m_ts->clock().nowUtc());
        QVERIFY(read > 0);
        PL_VERIFY_OK(cases.linkRead(s, QStringLiteral("C-2"), read));
    }
    PL_VERIFY_OK(cases.close(s, QStringLiteral("A-1")));

    auto open = cases.list(s);
    PL_VERIFY_OK(open);
    QCOMPARE(open.value().size(), 1);
    QCOMPARE(open.value().first().number, QStringLiteral("C-2"));
    QCOMPARE(open.value().first().linkedReads, 3);
    auto all = cases.list(s, core::CaseService::Filter::All);
    PL_VERIFY_OK(all);
    QCOMPARE(all.value().size(), 2);
    QCOMPARE(all.value().at(1).number, QStringLiteral("A-1"));
    QCOMPARE(all.value().at(1).linkedReads, 0);
}

void TestCases::offenseYearsNeedPolicyRights() {
    PL_VERIFY_ERROR(
        m_ivan.station->cases().setOffenseYears(m_ivan.session, QStringLiteral("traffic"), 3),
        ErrorCode::PermissionDenied);
    core::CaseService& cases = m_ts->station().cases();
    const core::Session& admin = m_ts->adminSession();
    PL_VERIFY_ERROR(cases.setOffenseYears(admin, QStringLiteral("traffic"), 0),
                    ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(cases.setOffenseYears(admin, QStringLiteral("traffic"), 101),
                    ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(cases.setOffenseYears(admin, QStringLiteral("nope"), 3), ErrorCode::NotFound);
    PL_VERIFY_OK(cases.setOffenseYears(admin, QStringLiteral("traffic"), 3));

    auto categories = cases.offenseCategories(admin);
    PL_VERIFY_OK(categories);
    bool seen = false;
    for (const auto& category : categories.value()) {
        if (category.code == QLatin1String("traffic")) {
            QCOMPARE(category.years, 3);
            seen = true;
        }
    }
    QVERIFY(seen);
    const auto event =
        AuditReader::last(m_ts->station().database(), core::AuditAction::offenseCategoryChanged());
    QCOMPARE(event.target, QStringLiteral("traffic"));
    QCOMPARE(AuditReader::details(event).value(QStringLiteral("from")).toInt(), 1);
    QCOMPARE(AuditReader::details(event).value(QStringLiteral("to")).toInt(), 3);
}

void TestCases::windowDependsOnKindAndOffense() {
    core::CaseService& cases = m_ivan.station->cases();
    auto administrative = cases.open(m_ivan.session, administrativeCase(QStringLiteral("A-1")));
    PL_VERIFY_OK(administrative);
    auto homicide =
        cases.open(m_ivan.session, criminalCase(QStringLiteral("H-1"), QStringLiteral("homicide")));
    PL_VERIFY_OK(homicide);
    auto traffic =
        cases.open(m_ivan.session, criminalCase(QStringLiteral("T-1"), QStringLiteral("traffic")));
    PL_VERIFY_OK(traffic);
    auto policy = m_ivan.station->currentPolicy();
    PL_VERIFY_OK(policy);
    core::Database& db = m_ivan.station->database();
    const QDateTime now = m_ts->clock().nowUtc();

    auto start = core::CaseService::windowStart(db, administrative.value(), policy.value(), now);
    PL_VERIFY_OK(start);
    QCOMPARE(start.value(), now.addYears(-5));
    start = core::CaseService::windowStart(db, homicide.value(), policy.value(), now);
    PL_VERIFY_OK(start);
    QCOMPARE(start.value(), now.addYears(-100));
    PL_VERIFY_OK(m_ts->station().cases().setOffenseYears(m_ts->adminSession(),
                                                         QStringLiteral("traffic"), 2));
    start = core::CaseService::windowStart(db, traffic.value(), policy.value(), now);
    PL_VERIFY_OK(start);
    QCOMPARE(start.value(), now.addYears(-2));
}

void TestCases::exceptionRequestNeedsReasonAndEarlierStart() {
    PL_VERIFY_OK(m_ivan.station->cases().open(
        m_ivan.session, criminalCase(QStringLiteral("C-1"), QStringLiteral("traffic"))));
    core::ExceptionService& exceptions = m_amy.station->exceptions();
    const QDateTime now = m_ts->clock().nowUtc();
    const QDateTime threeYears = now.addYears(-3);

    PL_VERIFY_ERROR(
        exceptions.request(m_amy.session, QStringLiteral("C-1"), threeYears, QStringLiteral("  ")),
        ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(exceptions.request(m_amy.session, QStringLiteral("C-1"), QDateTime(),
                                       QStringLiteral("older sightings")),
                    ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(exceptions.request(m_amy.session, QStringLiteral("C-1"), now.addDays(1),
                                       QStringLiteral("older sightings")),
                    ErrorCode::InvalidArgument);
    // A traffic case already reaches one year back.
    auto notNeeded = exceptions.request(m_amy.session, QStringLiteral("C-1"), now.addMonths(-6),
                                        QStringLiteral("older sightings"));
    PL_VERIFY_ERROR(notNeeded, ErrorCode::InvalidArgument);
    QVERIFY(notNeeded.error().message().contains(QStringLiteral("no exception is needed")));
    PL_VERIFY_ERROR(exceptions.request(m_amy.session, QStringLiteral("C-404"), threeYears,
                                       QStringLiteral("older sightings")),
                    ErrorCode::NotFound);

    auto requested = exceptions.request(m_amy.session, QStringLiteral("c-1"), threeYears,
                                        QStringLiteral("older sightings"));
    PL_VERIFY_OK(requested);
    QCOMPARE(requested.value().status, QueryException::Status::Pending);
    QCOMPARE(requested.value().caseNumber, QStringLiteral("C-1"));
    QCOMPARE(requested.value().requestedByName, QStringLiteral("amy"));
    QCOMPARE(requested.value().fromUtc, threeYears);

    const auto event =
        AuditReader::last(m_ts->station().database(), core::AuditAction::exceptionRequested());
    QCOMPARE(event.caseNumber, QStringLiteral("C-1"));
    QCOMPARE(event.reason, QStringLiteral("older sightings"));
    QCOMPARE(event.target, QString::number(requested.value().id));

    auto pending = m_sue.station->exceptions().pending(m_sue.session);
    PL_VERIFY_OK(pending);
    QCOMPARE(pending.value().size(), 1);
    PL_VERIFY_ERROR(exceptions.pending(m_amy.session), ErrorCode::PermissionDenied);

    // A closed case takes no requests.
    PL_VERIFY_OK(m_ivan.station->cases().close(m_ivan.session, QStringLiteral("C-1")));
    PL_VERIFY_ERROR(exceptions.request(m_amy.session, QStringLiteral("C-1"), threeYears,
                                       QStringLiteral("older sightings")),
                    ErrorCode::InvalidArgument);
}

void TestCases::requesterCannotDecideOwnException() {
    PL_VERIFY_OK(
        m_ivan.station->cases().open(m_ivan.session, administrativeCase(QStringLiteral("A-1"))));
    const QDateTime from = m_ts->clock().nowUtc().addYears(-7);
    auto requested = m_sue.station->exceptions().request(m_sue.session, QStringLiteral("A-1"), from,
                                                         QStringLiteral("fleet history"));
    PL_VERIFY_OK(requested);
    const qint64 id = requested.value().id;

    auto own = m_sue.station->exceptions().approve(m_sue.session, id);
    PL_VERIFY_ERROR(own, ErrorCode::PermissionDenied);
    QVERIFY(own.error().message().contains(QStringLiteral("your own")));
    const auto attempt =
        AuditReader::last(m_ts->station().database(), core::AuditAction::exceptionApproved());
    QCOMPARE(attempt.outcome, QStringLiteral("refused"));
    QCOMPARE(attempt.userName, QStringLiteral("sue"));
    QCOMPARE(attempt.caseNumber, QStringLiteral("A-1"));
    PL_VERIFY_ERROR(m_ivan.station->exceptions().approve(m_ivan.session, id),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(m_amy.station->exceptions().approve(m_amy.session, id),
                    ErrorCode::PermissionDenied);
    auto still = m_ivan.station->exceptions().forCase(m_ivan.session, QStringLiteral("A-1"));
    PL_VERIFY_OK(still);
    QCOMPARE(still.value().first().status, QueryException::Status::Pending);

    auto approved = m_sam.station->exceptions().approve(m_sam.session, id);
    PL_VERIFY_OK(approved);
    QCOMPARE(approved.value().status, QueryException::Status::Approved);
    QCOMPARE(approved.value().decidedByName, QStringLiteral("sam"));
    const auto event =
        AuditReader::last(m_ts->station().database(), core::AuditAction::exceptionApproved());
    QCOMPARE(event.caseNumber, QStringLiteral("A-1"));
    QCOMPARE(event.userName, QStringLiteral("sam"));
    QCOMPARE(event.outcome, QStringLiteral("success"));
    QCOMPARE(event.target, QString::number(id));
}

void TestCases::approvedExceptionExpires() {
    PL_VERIFY_OK(
        m_ivan.station->cases().open(m_ivan.session, administrativeCase(QStringLiteral("A-1"))));
    const QDateTime from = m_ts->clock().nowUtc().addYears(-8);
    auto requested = m_ivan.station->exceptions().request(m_ivan.session, QStringLiteral("A-1"),
                                                          from, QStringLiteral("fleet history"));
    PL_VERIFY_OK(requested);
    auto none = m_ivan.station->exceptions().activeFor(m_ivan.session, QStringLiteral("A-1"));
    PL_VERIFY_OK(none);
    QVERIFY(!none.value().has_value());

    m_ts->clock().advanceDays(1);
    auto approved = m_sue.station->exceptions().approve(m_sue.session, requested.value().id,
                                                        QStringLiteral("ok for 30 days"));
    PL_VERIFY_OK(approved);
    QCOMPARE(approved.value().expiresUtc, m_ts->clock().nowUtc().addDays(30));
    QCOMPARE(approved.value().decisionNote, QStringLiteral("ok for 30 days"));

    auto again = m_sam.station->exceptions().refuse(m_sam.session, requested.value().id,
                                                    QStringLiteral("too late"));
    PL_VERIFY_ERROR(again, ErrorCode::InvalidArgument);
    QVERIFY(again.error().message().contains(QStringLiteral("already been decided")));

    m_ts->clock().advanceDays(29);
    auto active = m_ivan.station->exceptions().activeFor(m_ivan.session, QStringLiteral("A-1"));
    PL_VERIFY_OK(active);
    QVERIFY(active.value().has_value());
    QCOMPARE(active.value()->fromUtc, from);

    m_ts->clock().advanceDays(1);
    auto expired = m_ivan.station->exceptions().activeFor(m_ivan.session, QStringLiteral("A-1"));
    PL_VERIFY_OK(expired);
    QVERIFY(!expired.value().has_value());
    auto listed = m_ivan.station->exceptions().forCase(m_ivan.session, QStringLiteral("A-1"));
    PL_VERIFY_OK(listed);
    QCOMPARE(QueryException::statusLabel(listed.value().first(), m_ts->clock().nowUtc()),
             QStringLiteral("expired"));
}

void TestCases::refusalNeedsNote() {
    PL_VERIFY_OK(
        m_ivan.station->cases().open(m_ivan.session, administrativeCase(QStringLiteral("A-1"))));
    auto requested = m_amy.station->exceptions().request(m_amy.session, QStringLiteral("A-1"),
                                                         m_ts->clock().nowUtc().addYears(-6),
                                                         QStringLiteral("curious"));
    PL_VERIFY_OK(requested);
    PL_VERIFY_ERROR(m_sue.station->exceptions().refuse(m_sue.session, requested.value().id,
                                                       QStringLiteral(" ")),
                    ErrorCode::InvalidArgument);
    auto refused = m_sue.station->exceptions().refuse(m_sue.session, requested.value().id,
                                                      QStringLiteral("no investigative need"));
    PL_VERIFY_OK(refused);
    QCOMPARE(refused.value().status, QueryException::Status::Refused);
    QVERIFY(!refused.value().expiresUtc.isValid());
    auto active = m_amy.station->exceptions().activeFor(m_amy.session, QStringLiteral("A-1"));
    PL_VERIFY_OK(active);
    QVERIFY(!active.value().has_value());
    PL_VERIFY_ERROR(m_sam.station->exceptions().approve(m_sam.session, requested.value().id),
                    ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(m_sam.station->exceptions().approve(m_sam.session, 4242), ErrorCode::NotFound);

    const auto event =
        AuditReader::last(m_ts->station().database(), core::AuditAction::exceptionRefused());
    QCOMPARE(event.caseNumber, QStringLiteral("A-1"));
    QCOMPARE(event.reason, QStringLiteral("no investigative need"));
    auto pending = m_sam.station->exceptions().pending(m_sam.session);
    PL_VERIFY_OK(pending);
    QVERIFY(pending.value().isEmpty());
}

void TestCases::verificationKeepsEveryDecision() {
    core::Database& db = m_ts->station().database();
    const qint64 read = insertRead(db, QStringLiteral("B0KT552"), m_ts->clock().nowUtc());
    const qint64 other = insertRead(db, QStringLiteral("ZQX4821"), m_ts->clock().nowUtc());
    const qint64 untouched = insertRead(db, QStringLiteral("AAA111"), m_ts->clock().nowUtc());
    QVERIFY(read > 0 && other > 0 && untouched > 0);
    core::VerificationService& verifications = m_ivan.station->verifications();

    auto first = verifications.record(m_ivan.session, read, Verification::Decision::Confirmed);
    PL_VERIFY_OK(first);
    m_ts->clock().advanceMinutes(5);
    auto second = verifications.record(m_ivan.session, read, Verification::Decision::Mismatch,
                                       QStringLiteral("bok-t552"), QStringLiteral("O not 0"));
    PL_VERIFY_OK(second);
    QCOMPARE(second.value().corrected, QStringLiteral("BOKT552"));
    PL_VERIFY_OK(verifications.record(m_ivan.session, other, Verification::Decision::Unreadable));

    auto history = m_amy.station->verifications().history(m_amy.session, read);
    PL_VERIFY_OK(history);
    QCOMPARE(history.value().size(), 2);
    QCOMPARE(history.value().at(0).decision, Verification::Decision::Confirmed);
    QCOMPARE(history.value().at(0).userName, QStringLiteral("ivan"));
    QCOMPARE(history.value().at(0).userDisplayName, QStringLiteral("IVAN"));
    QCOMPARE(history.value().at(0).timeUtc, m_ts->clock().nowUtc().addSecs(-300));
    QCOMPARE(history.value().at(1).decision, Verification::Decision::Mismatch);
    QCOMPARE(history.value().at(1).corrected, QStringLiteral("BOKT552"));
    QCOMPARE(history.value().at(1).note, QStringLiteral("O not 0"));

    auto latest = verifications.latest(m_ivan.session, {read, other, untouched});
    PL_VERIFY_OK(latest);
    QCOMPARE(latest.value().size(), 2);
    QCOMPARE(latest.value().value(read).decision, Verification::Decision::Mismatch);
    QCOMPARE(latest.value().value(other).decision, Verification::Decision::Unreadable);
    QVERIFY(!latest.value().contains(untouched));

    const auto events = AuditReader::withAction(db, core::AuditAction::readVerified());
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(1).target, QString::number(read));
    const auto details = AuditReader::details(events.at(1));
    QCOMPARE(details.value(QStringLiteral("decision")).toString(), QStringLiteral("mismatch"));
    QCOMPARE(details.value(QStringLiteral("corrected")).toString(), QStringLiteral("BOKT552"));
}

void TestCases::verificationChecksInput() {
    core::Database& db = m_ts->station().database();
    const qint64 read = insertRead(db, QStringLiteral("ABC123"), m_ts->clock().nowUtc());
    QVERIFY(read > 0);
    core::VerificationService& verifications = m_ivan.station->verifications();
    const core::Session& s = m_ivan.session;
    PL_VERIFY_ERROR(verifications.record(s, read, Verification::Decision::Mismatch),
                    ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(
        verifications.record(s, read, Verification::Decision::Mismatch, QStringLiteral("AB#12")),
        ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(
        verifications.record(s, read, Verification::Decision::Mismatch, QStringLiteral("abc 123")),
        ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(
        verifications.record(s, read, Verification::Decision::Confirmed, QStringLiteral("ABC124")),
        ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(verifications.record(s, read + 50, Verification::Decision::Confirmed),
                    ErrorCode::NotFound);
    PL_VERIFY_ERROR(m_amy.station->verifications().record(m_amy.session, read,
                                                          Verification::Decision::Confirmed),
                    ErrorCode::PermissionDenied);
    auto history = verifications.history(s, read);
    PL_VERIFY_OK(history);
    QVERIFY(history.value().isEmpty());
    QVERIFY(AuditReader::withAction(db, core::AuditAction::readVerified()).isEmpty());
}

void TestCases::viewingReadForVerificationIsAudited() {
    core::Database& db = m_ts->station().database();
    const qint64 read = insertRead(db, QStringLiteral("ABC123"), m_ts->clock().nowUtc());
    PL_VERIFY_OK(
        m_ivan.station->cases().open(m_ivan.session, administrativeCase(QStringLiteral("A-1"))));
    PL_VERIFY_OK(
        m_ivan.station->verifications().recordViewed(m_ivan.session, read, QStringLiteral("a-1")));
    PL_VERIFY_ERROR(
        m_ivan.station->verifications().recordViewed(m_ivan.session, read, QStringLiteral("B-2")),
        ErrorCode::NotFound);
    const auto events = AuditReader::withAction(db, core::AuditAction::readViewed());
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().caseNumber, QStringLiteral("A-1"));
    QCOMPARE(events.first().target, QString::number(read));
}

void TestCases::leadsAreActiveInvestigators() {
    const qint64 vera = m_ts->addUser(QStringLiteral("vera"), core::Role::Investigator);
    QVERIFY(vera > 0);
    auto leads = m_ivan.station->cases().leads(m_ivan.session);
    PL_VERIFY_OK(leads);
    QStringList names;
    for (const core::CaseLead& lead : leads.value())
        names << lead.name;
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("ivan"), QStringLiteral("vera")}));
    PL_VERIFY_ERROR(m_amy.station->cases().leads(m_amy.session), ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestCases)
#include "tst_cases.moc"
