// Hot-list entries and the alerts new reads raise: the entry rules, owner-only
// delivery, overdue and expired entries falling silent, wildcard and possible
// matches, and what each step leaves in the audit trail. Time is the test's
// manual clock throughout.

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/cases/CaseService.h"
#include "core/common/TimeFormat.h"
#include "core/hotlist/AlertService.h"
#include "core/hotlist/AlertWriter.h"
#include "core/hotlist/HotListMatcher.h"
#include "core/hotlist/HotListService.h"
#include "core/import/ImportService.h"
#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/retention/RetentionService.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;
using core::ErrorCode;
using core::HotListAlert;
using core::HotListEntry;
using core::HotListEntryInput;
using core::HotListMatcher;
using core::HotListService;
using tests::AuditReader;
using tests::TestStation;

namespace {

HotListEntryInput entryFor(const QString& plate, const QString& state = QStringLiteral("TX")) {
    HotListEntryInput input;
    input.plate = plate;
    input.state = state;
    input.category = QStringLiteral("stolen_vehicle");
    input.reason = QStringLiteral("Reported stolen from the east lot");
    input.caseNumber = QStringLiteral("HL-2026-7");
    return input;
}

HotListMatcher::Target target(qint64 id, const QString& plate, const QString& state = {}) {
    HotListMatcher::Target t;
    t.entryId = id;
    t.ownerId = 1;
    t.plate = plate;
    t.state = state;
    t.wildcard = plate.contains(QLatin1Char('*')) || plate.contains(QLatin1Char('?'));
    t.reviewByMs = std::numeric_limits<qint64>::max();
    return t;
}

} // namespace

class TestHotList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void globMatching_data();
    void globMatching();
    void oneConfusion_data();
    void oneConfusion();
    void matcherRules();

    void addChecksInput();
    void addIsAuditedWithHistory();
    void onlyOwnerChangesEntry();
    void supervisorSeesAllButAgentsOnlyTheirOwn();
    void wildcardEntriesAreLimited();
    void removeNeedsReasonAndKeepsHistory();
    void reviewRenewsAndClosedCaseIsFlagged();

    void alertGoesOnlyToOwner();
    void overdueEntryStopsAlertingUntilReviewed();
    void expiredAndInactiveEntriesDoNotAlert();
    void wildcardAndPossibleMatches();
    void stateMustAgreeWhenBothKnown();
    void shownAndAcknowledgedAreAudited();
    void importedReadsRaiseAlerts();
    void purgedReadLeavesAlertWithoutRead();
    void searchStoredReadsIsAnAuditedSearch();

private:
    // Stores a read (device 1) and runs it through the alert writer as an
    // import or a camera would; returns the number of alerts raised.
    int storeRead(const QString& plate, const QString& state = QStringLiteral("TX"),
                  qint64* readId = nullptr);

    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_ivan; // investigator
    core::StationLogin m_amy;  // agent
    core::StationLogin m_sue;  // supervisor
};

void TestHotList::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("amy"), core::Role::Agent) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sue"), core::Role::Supervisor) > 0);
    m_ivan = m_ts->loginActive(QStringLiteral("ivan"), TestStation::userPassword());
    m_amy = m_ts->loginActive(QStringLiteral("amy"), TestStation::userPassword());
    m_sue = m_ts->loginActive(QStringLiteral("sue"), TestStation::userPassword());
    QVERIFY(m_ivan.station && m_amy.station && m_sue.station);
}

void TestHotList::cleanup() {
    m_ivan = {};
    m_amy = {};
    m_sue = {};
    m_ts.reset();
}

int TestHotList::storeRead(const QString& plate, const QString& state, qint64* readId) {
    core::Station& station = *m_amy.station;
    core::Database& db = station.database();
    if (!db.exec("INSERT OR IGNORE INTO devices (id, name, type, time_zone, created_utc) "
                 "VALUES (1, 'Gate 2', 'fixed', 'UTC', '2026-01-01T00:00:00.000Z')"))
        return -1;
    auto tx = core::Transaction::begin(db);
    if (!tx)
        return -1;
    auto stmt = db.prepare("INSERT INTO reads (plate_raw, plate, match_key, state, time_ms, "
                           "device_id, source) VALUES (?1, ?1, ?1, ?2, ?3, 1, 'live')");
    if (!stmt)
        return -1;
    // Each read a second after the last, so none is a duplicate of another.
    m_ts->clock().advanceSeconds(1);
    const qint64 timeMs = m_ts->clock().nowUtc().toMSecsSinceEpoch();
    stmt.value().bind(1, plate).bindOptional(2, state).bind(3, timeMs);
    if (!stmt.value().run())
        return -1;
    const qint64 id = db.lastInsertRowId();
    if (readId)
        *readId = id;
    auto writer =
        core::AlertWriter::create(db, station.auditLog(), m_amy.session.actor(), station.clock());
    if (!writer)
        return -1;
    auto raised = writer->onRead(tx.value(), {id, plate, state, timeMs, QStringLiteral("Gate 2")});
    if (!raised || !tx.value().commit())
        return -1;
    return raised.value();
}

void TestHotList::globMatching_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("plate");
    QTest::addColumn<bool>("matches");
    QTest::newRow("question one char") << "ABC?23"
                                       << "ABC123" << true;
    QTest::newRow("question not empty") << "ABC?23"
                                        << "ABC23" << false;
    QTest::newRow("star empty") << "ABC*123"
                                << "ABC123" << true;
    QTest::newRow("star run") << "ABC*"
                              << "ABC12345" << true;
    QTest::newRow("star middle") << "A*Z9"
                                 << "AQQQZ9" << true;
    QTest::newRow("anchored end") << "A*Z9"
                                  << "AQQQZ91" << false;
    QTest::newRow("anchored start") << "*Z9"
                                    << "Z9X" << false;
    QTest::newRow("backtrack") << "*AB"
                               << "AABAB" << true;
    QTest::newRow("two stars") << "7*K*2"
                               << "7XXKYY2" << true;
    QTest::newRow("different") << "XYZ*"
                               << "ABC123" << false;
}

void TestHotList::globMatching() {
    QFETCH(QString, pattern);
    QFETCH(QString, plate);
    QFETCH(bool, matches);
    QCOMPARE(HotListMatcher::globMatches(pattern, plate), matches);
}

void TestHotList::oneConfusion_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("apart");
    QTest::newRow("O for 0") << "ABC1O3"
                             << "ABC103" << true;
    QTest::newRow("B for 8") << "8KT552"
                             << "BKT552" << true;
    QTest::newRow("same plate") << "ABC123"
                                << "ABC123" << false;
    QTest::newRow("two confusions") << "A8C1O3"
                                    << "ABC103" << false;
    QTest::newRow("not look-alike") << "ABC123"
                                    << "ABC124" << false;
    QTest::newRow("length differs") << "ABC123"
                                    << "ABC1234" << false;
}

void TestHotList::oneConfusion() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, apart);
    QCOMPARE(HotListMatcher::oneConfusionApart(a, b), apart);
}

void TestHotList::matcherRules() {
    std::vector<HotListMatcher::Target> targets = {
        target(1, QStringLiteral("ABC123"), QStringLiteral("TX")),
        target(2, QStringLiteral("ABC*")),
        target(3, QStringLiteral("XYZ789")),
    };
    targets[2].possibleMatches = false;
    targets[0].expiresMs = 5000;
    const HotListMatcher matcher(std::move(targets));
    QList<HotListMatcher::Match> out;

    matcher.match(QStringLiteral("ABC123"), QStringLiteral("TX"), 1000, out);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0].target->entryId, 1);
    QCOMPARE(out[0].kind, HotListAlert::Kind::Hit);
    QCOMPARE(out[1].target->entryId, 2);

    // After entry 1 expires only the wildcard still matches.
    matcher.match(QStringLiteral("ABC123"), QStringLiteral("TX"), 6000, out);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].target->entryId, 2);

    // A look-alike of entry 1 is possible; entry 3 does not allow possible matches.
    matcher.match(QStringLiteral("A8C123"), {}, 1000, out);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].target->entryId, 1);
    QCOMPARE(out[0].kind, HotListAlert::Kind::Possible);
    matcher.match(QStringLiteral("XYZ78B"), {}, 1000, out);
    QVERIFY(out.isEmpty());
}

void TestHotList::addChecksInput() {
    HotListService& hl = m_amy.station->hotLists();
    const core::Session& s = m_amy.session;
    HotListEntryInput input = entryFor(QStringLiteral("ABC-123"));

    input.plate.clear();
    PL_VERIFY_ERROR(hl.add(s, input), ErrorCode::InvalidArgument);
    input.plate = QStringLiteral("AB#123");
    PL_VERIFY_ERROR(hl.add(s, input), ErrorCode::InvalidArgument);
    input.plate = QStringLiteral("ABCDEFGHIJK");
    PL_VERIFY_ERROR(hl.add(s, input), ErrorCode::InvalidArgument);
    input = entryFor(QStringLiteral("ABC123"), QStringLiteral("Texas"));
    PL_VERIFY_ERROR(hl.add(s, input), ErrorCode::InvalidArgument);
    input = entryFor(QStringLiteral("ABC123"));
    input.reason = QStringLiteral("   ");
    PL_VERIFY_ERROR(hl.add(s, input), ErrorCode::InvalidArgument);
    input = entryFor(QStringLiteral("ABC123"));
    input.caseNumber.clear();
    PL_VERIFY_ERROR(hl.add(s, input), ErrorCode::InvalidArgument);
    input = entryFor(QStringLiteral("ABC123"));
    input.category = QStringLiteral("parking");
    PL_VERIFY_ERROR(hl.add(s, input), ErrorCode::InvalidArgument);
    input = entryFor(QStringLiteral("ABC123"));
    input.reviewByUtc = m_ts->clock().nowUtc().addDays(366);
    PL_VERIFY_ERROR(hl.add(s, input), ErrorCode::InvalidArgument);
    input.reviewByUtc = m_ts->clock().nowUtc().addDays(-1);
    PL_VERIFY_ERROR(hl.add(s, input), ErrorCode::InvalidArgument);
    input = entryFor(QStringLiteral("ABC123"));
    input.expiresUtc = m_ts->clock().nowUtc().addSecs(-60);
    PL_VERIFY_ERROR(hl.add(s, input), ErrorCode::InvalidArgument);

    // Supervisors and administrators keep no entries of their own.
    PL_VERIFY_ERROR(m_sue.station->hotLists().add(m_sue.session, entryFor(QStringLiteral("A1"))),
                    ErrorCode::PermissionDenied);

    auto added = hl.add(s, entryFor(QStringLiteral("abc-123")));
    QVERIFY2(added, added ? "" : qPrintable(added.error().message()));
    QCOMPARE(added->plate, QStringLiteral("ABC123"));
    QCOMPARE(added->plateEntered, QStringLiteral("abc-123"));
    QCOMPARE(added->ownerName, QStringLiteral("amy"));
    QCOMPARE(added->reviewByUtc, m_ts->clock().nowUtc().addDays(365));
    QVERIFY(added->alertsAt(m_ts->clock().nowUtc()));
    QVERIFY(!added->isWildcard());
}

void TestHotList::addIsAuditedWithHistory() {
    auto added = m_amy.station->hotLists().add(m_amy.session, entryFor(QStringLiteral("ABC123")));
    QVERIFY(added);
    const core::AuditEvent event =
        AuditReader::last(m_ts->station().database(), core::AuditAction::hotListEntryAdded());
    QVERIFY(event.seq > 0);
    QCOMPARE(event.userName, QStringLiteral("amy"));
    QCOMPARE(event.caseNumber, QStringLiteral("HL-2026-7"));
    QCOMPARE(event.target, QString::number(added->id));
    QCOMPARE(AuditReader::details(event).value(QStringLiteral("plate")).toString(),
             QStringLiteral("ABC123"));
    auto history = m_amy.station->hotLists().history(m_amy.session, added->id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().change, QStringLiteral("added"));
}

void TestHotList::onlyOwnerChangesEntry() {
    auto added = m_amy.station->hotLists().add(m_amy.session, entryFor(QStringLiteral("ABC123")));
    QVERIFY(added);
    HotListService& ivan = m_ivan.station->hotLists();
    PL_VERIFY_ERROR(ivan.edit(m_ivan.session, added->id, entryFor(QStringLiteral("ABC124"))),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(ivan.review(m_ivan.session, added->id), ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(ivan.remove(m_ivan.session, added->id, QStringLiteral("not mine")),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(ivan.entry(m_ivan.session, added->id), ErrorCode::NotFound);

    HotListEntryInput changed = entryFor(QStringLiteral("ABC124"));
    changed.reason = QStringLiteral("Plate corrected after the owner's call");
    auto edited = m_amy.station->hotLists().edit(m_amy.session, added->id, changed);
    QVERIFY2(edited, edited ? "" : qPrintable(edited.error().message()));
    QCOMPARE(edited->plate, QStringLiteral("ABC124"));
    const core::AuditEvent event =
        AuditReader::last(m_ts->station().database(), core::AuditAction::hotListEntryEdited());
    const QJsonObject diff =
        AuditReader::details(event).value(QStringLiteral("changed")).toObject();
    QVERIFY(diff.contains(QStringLiteral("plate")));
    QVERIFY(diff.contains(QStringLiteral("reason")));
    QVERIFY(!diff.contains(QStringLiteral("state")));
}

void TestHotList::supervisorSeesAllButAgentsOnlyTheirOwn() {
    QVERIFY(m_amy.station->hotLists().add(m_amy.session, entryFor(QStringLiteral("AMY111"))));
    QVERIFY(m_ivan.station->hotLists().add(m_ivan.session, entryFor(QStringLiteral("IVN222"))));

    auto own = m_amy.station->hotLists().entries(m_amy.session, HotListService::Scope::Own);
    QVERIFY(own);
    QCOMPARE(own->size(), 1);
    QCOMPARE(own->first().plate, QStringLiteral("AMY111"));
    PL_VERIFY_ERROR(
        m_amy.station->hotLists().entries(m_amy.session, HotListService::Scope::Station),
        ErrorCode::PermissionDenied);

    auto all = m_sue.station->hotLists().entries(m_sue.session, HotListService::Scope::Station);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QStringList owners;
    for (const HotListEntry& e : all.value())
        owners.append(e.ownerName);
    owners.sort();
    QCOMPARE(owners, (QStringList{QStringLiteral("amy"), QStringLiteral("ivan")}));
}

void TestHotList::wildcardEntriesAreLimited() {
    core::Station& admin = m_ts->station();
    QVERIFY(admin.policy().set(m_ts->adminSession(),
                               core::PolicySettings::hotListMaxWildcardEntries(), 2));
    HotListService& hl = m_amy.station->hotLists();
    PL_VERIFY_ERROR(hl.add(m_amy.session, entryFor(QStringLiteral("A*"))),
                    ErrorCode::InvalidArgument);
    auto first = hl.add(m_amy.session, entryFor(QStringLiteral("ABC*")));
    QVERIFY(first);
    QVERIFY(first->isWildcard());
    QVERIFY(hl.add(m_amy.session, entryFor(QStringLiteral("X?Y?Z9"))));
    auto third = hl.add(m_amy.session, entryFor(QStringLiteral("QRS*")));
    QVERIFY(!third);
    QVERIFY2(third.error().message().contains(QStringLiteral("2")),
             qPrintable(third.error().message()));
    // Removing one makes room again.
    QVERIFY(hl.remove(m_amy.session, first->id, QStringLiteral("Vehicle recovered")));
    QVERIFY(hl.add(m_amy.session, entryFor(QStringLiteral("QRS*"))));
}

void TestHotList::removeNeedsReasonAndKeepsHistory() {
    HotListService& hl = m_amy.station->hotLists();
    auto added = hl.add(m_amy.session, entryFor(QStringLiteral("ABC123")));
    QVERIFY(added);
    PL_VERIFY_ERROR(hl.remove(m_amy.session, added->id, QStringLiteral(" ")),
                    ErrorCode::InvalidArgument);
    QVERIFY(hl.remove(m_amy.session, added->id, QStringLiteral("Vehicle recovered")));
    PL_VERIFY_ERROR(hl.remove(m_amy.session, added->id, QStringLiteral("again")),
                    ErrorCode::InvalidArgument);

    auto current = hl.entries(m_amy.session, HotListService::Scope::Own);
    QVERIFY(current);
    QVERIFY(current->isEmpty());
    auto withRemoved = hl.entries(m_amy.session, HotListService::Scope::Own, true);
    QVERIFY(withRemoved);
    QCOMPARE(withRemoved->size(), 1);
    QVERIFY(withRemoved->first().isRemoved());
    QCOMPARE(withRemoved->first().removedReason, QStringLiteral("Vehicle recovered"));
    QCOMPARE(withRemoved->first().removedByName, QStringLiteral("amy"));
    auto history = hl.history(m_amy.session, added->id);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->last().change, QStringLiteral("removed"));
    const core::AuditEvent event =
        AuditReader::last(m_ts->station().database(), core::AuditAction::hotListEntryRemoved());
    QCOMPARE(event.reason, QStringLiteral("Vehicle recovered"));

    // A removed entry no longer alerts.
    QCOMPARE(storeRead(QStringLiteral("ABC123")), 0);
}

void TestHotList::reviewRenewsAndClosedCaseIsFlagged() {
    core::NewCase request;
    request.number = QStringLiteral("CR-9");
    request.title = QStringLiteral("Car thefts");
    request.kind = core::NewCase::Kind::Administrative;
    QVERIFY(m_ivan.station->cases().open(m_ivan.session, request));

    HotListEntryInput input = entryFor(QStringLiteral("ABC123"));
    input.caseNumber = QStringLiteral("cr-9");
    auto added = m_ivan.station->hotLists().add(m_ivan.session, input);
    QVERIFY(added);

    m_ts->clock().advanceDays(100);
    auto reviewed =
        m_ivan.station->hotLists().review(m_ivan.session, added->id, QStringLiteral("Still out"));
    QVERIFY(reviewed);
    QCOMPARE(reviewed->reviewByUtc, m_ts->clock().nowUtc().addDays(365));
    QCOMPARE(reviewed->reviewedUtc, m_ts->clock().nowUtc());

    QVERIFY(m_ivan.station->cases().close(m_ivan.session, QStringLiteral("CR-9")));
    auto attention = m_ivan.station->hotLists().needingAttention(m_ivan.session);
    QVERIFY(attention);
    QCOMPARE(attention->size(), 1);
    QVERIFY(attention->first().caseClosed);
    PL_VERIFY_ERROR(m_ivan.station->hotLists().review(m_ivan.session, added->id),
                    ErrorCode::InvalidArgument);
    // New entries cannot be held for the closed case.
    PL_VERIFY_ERROR(m_ivan.station->hotLists().add(m_ivan.session, input),
                    ErrorCode::InvalidArgument);
}

void TestHotList::alertGoesOnlyToOwner() {
    auto added = m_ivan.station->hotLists().add(m_ivan.session, entryFor(QStringLiteral("ABC123")));
    QVERIFY(added);
    QCOMPARE(storeRead(QStringLiteral("ABC123")), 1);

    auto ivans = m_ivan.station->alerts().newSince(m_ivan.session, 0);
    QVERIFY(ivans);
    QCOMPARE(ivans->size(), 1);
    const HotListAlert alert = ivans->first();
    QCOMPARE(alert.kind, HotListAlert::Kind::Hit);
    QCOMPARE(alert.entryId, added->id);
    QCOMPARE(alert.readPlate, QStringLiteral("ABC123"));
    QCOMPARE(alert.deviceName, QStringLiteral("Gate 2"));

    // The agent who stored the read, and a supervisor, see nothing of it.
    for (core::StationLogin* other : {&m_amy, &m_sue}) {
        auto inbox = other->station->alerts().inbox(other->session, true);
        QVERIFY(inbox);
        QVERIFY(inbox->isEmpty());
        auto fresh = other->station->alerts().newSince(other->session, 0);
        QVERIFY(fresh);
        QVERIFY(fresh->isEmpty());
        auto count = other->station->alerts().unacknowledgedCount(other->session);
        QVERIFY(count);
        QCOMPARE(count.value(), 0);
        PL_VERIFY_ERROR(other->station->alerts().alert(other->session, alert.id),
                        ErrorCode::NotFound);
        PL_VERIFY_ERROR(other->station->alerts().acknowledge(other->session, alert.id),
                        ErrorCode::NotFound);
    }
    // Asking for someone else's alert is on record.
    const auto refused =
        AuditReader::withAction(m_ts->station().database(), core::AuditAction::alertShown());
    QCOMPARE(refused.size(), 4);
    for (const core::AuditEvent& e : refused)
        QCOMPARE(e.outcome, QStringLiteral("refused"));

    const core::AuditEvent created =
        AuditReader::last(m_ts->station().database(), core::AuditAction::alertCreated());
    QCOMPARE(created.target, QString::number(alert.id));
    QCOMPARE(created.caseNumber, QStringLiteral("HL-2026-7"));
}

void TestHotList::overdueEntryStopsAlertingUntilReviewed() {
    auto added = m_amy.station->hotLists().add(m_amy.session, entryFor(QStringLiteral("ABC123")));
    QVERIFY(added);
    QCOMPARE(storeRead(QStringLiteral("ABC123")), 1);

    m_ts->clock().advanceDays(366);
    auto attention = m_amy.station->hotLists().needingAttention(m_amy.session);
    QVERIFY(attention);
    QCOMPARE(attention->size(), 1);
    QVERIFY(attention->first().isOverdue(m_ts->clock().nowUtc()));
    QCOMPARE(storeRead(QStringLiteral("ABC123")), 0);

    QVERIFY(m_amy.station->hotLists().review(m_amy.session, added->id));
    QCOMPARE(storeRead(QStringLiteral("ABC123")), 1);
    attention = m_amy.station->hotLists().needingAttention(m_amy.session);
    QVERIFY(attention);
    QVERIFY(attention->isEmpty());
    const core::AuditEvent reviewed =
        AuditReader::last(m_ts->station().database(), core::AuditAction::hotListEntryReviewed());
    QCOMPARE(AuditReader::details(reviewed).value(QStringLiteral("was_overdue")).toBool(), true);
}

void TestHotList::expiredAndInactiveEntriesDoNotAlert() {
    HotListEntryInput expiring = entryFor(QStringLiteral("EXP111"));
    expiring.expiresUtc = m_ts->clock().nowUtc().addDays(2);
    QVERIFY(m_amy.station->hotLists().add(m_amy.session, expiring));
    HotListEntryInput inactive = entryFor(QStringLiteral("OFF222"));
    inactive.active = false;
    QVERIFY(m_amy.station->hotLists().add(m_amy.session, inactive));

    QCOMPARE(storeRead(QStringLiteral("EXP111")), 1);
    QCOMPARE(storeRead(QStringLiteral("OFF222")), 0);
    m_ts->clock().advanceDays(3);
    QCOMPARE(storeRead(QStringLiteral("EXP111")), 0);
}

void TestHotList::wildcardAndPossibleMatches() {
    QVERIFY(m_amy.station->hotLists().add(m_amy.session, entryFor(QStringLiteral("7KQ*"))));
    HotListEntryInput exactOnly = entryFor(QStringLiteral("XYZ789"));
    exactOnly.possibleMatches = false;
    QVERIFY(m_amy.station->hotLists().add(m_amy.session, exactOnly));
    QVERIFY(m_amy.station->hotLists().add(m_amy.session, entryFor(QStringLiteral("BKT552"))));

    QCOMPARE(storeRead(QStringLiteral("7KQ1234")), 1); // wildcard hit
    QCOMPARE(storeRead(QStringLiteral("8KT552")), 1);  // B read as 8: possible
    QCOMPARE(storeRead(QStringLiteral("XYZ78B")), 0);  // possible, but not wanted
    QCOMPARE(storeRead(QStringLiteral("8KT5S2")), 0);  // two confusions away

    auto inbox = m_amy.station->alerts().inbox(m_amy.session);
    QVERIFY(inbox);
    QCOMPARE(inbox->size(), 2);
    // Newest first.
    QCOMPARE(inbox->at(0).kind, HotListAlert::Kind::Possible);
    QCOMPARE(inbox->at(0).entryPlate, QStringLiteral("BKT552"));
    QCOMPARE(inbox->at(0).readPlate, QStringLiteral("8KT552"));
    QCOMPARE(inbox->at(1).kind, HotListAlert::Kind::Hit);
    QCOMPARE(inbox->at(1).entryPlate, QStringLiteral("7KQ*"));
}

void TestHotList::stateMustAgreeWhenBothKnown() {
    QVERIFY(m_amy.station->hotLists().add(m_amy.session, entryFor(QStringLiteral("ABC123"))));
    QVERIFY(m_amy.station->hotLists().add(m_amy.session,
                                          entryFor(QStringLiteral("NOS999"), QString())));
    QCOMPARE(storeRead(QStringLiteral("ABC123"), QStringLiteral("OK")), 0);
    QCOMPARE(storeRead(QStringLiteral("ABC123"), QString()), 1);
    QCOMPARE(storeRead(QStringLiteral("NOS999"), QStringLiteral("OK")), 1);
}

void TestHotList::shownAndAcknowledgedAreAudited() {
    QVERIFY(m_amy.station->hotLists().add(m_amy.session, entryFor(QStringLiteral("ABC123"))));
    QCOMPARE(storeRead(QStringLiteral("ABC123")), 1);
    auto fresh = m_amy.station->alerts().newSince(m_amy.session, 0);
    QVERIFY(fresh);
    QCOMPARE(fresh->size(), 1);
    const qint64 id = fresh->first().id;

    QVERIFY(m_amy.station->alerts().markShown(m_amy.session, {id}));
    QVERIFY(m_amy.station->alerts().markShown(m_amy.session, {id})); // once on record
    core::Database& db = m_ts->station().database();
    const auto shown = AuditReader::withAction(db, core::AuditAction::alertShown());
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().userName, QStringLiteral("amy"));
    QCOMPARE(shown.first().target, QString::number(id));

    QVERIFY(m_amy.station->alerts().acknowledge(m_amy.session, id, QStringLiteral("Stopped")));
    PL_VERIFY_ERROR(m_amy.station->alerts().acknowledge(m_amy.session, id),
                    ErrorCode::InvalidArgument);
    const core::AuditEvent ack = AuditReader::last(db, core::AuditAction::alertAcknowledged());
    QCOMPARE(ack.reason, QStringLiteral("Stopped"));
    auto count = m_amy.station->alerts().unacknowledgedCount(m_amy.session);
    QVERIFY(count);
    QCOMPARE(count.value(), 0);
    auto remaining = m_amy.station->alerts().inbox(m_amy.session);
    QVERIFY(remaining);
    QVERIFY(remaining->isEmpty());
    auto all = m_amy.station->alerts().inbox(m_amy.session, true);
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().acknowledgedNote, QStringLiteral("Stopped"));
}

void TestHotList::importedReadsRaiseAlerts() {
    QVERIFY(m_ivan.station->hotLists().add(m_ivan.session, entryFor(QStringLiteral("ABC123"))));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("reads.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("plate,state,date,time,lat,lon,device\n"
               "ABC123,TX,2026-02-01,10:00:00,30.1,-97.7,U1\n"
               "ZZZ999,TX,2026-02-01,10:01:00,30.1,-97.7,U1\n"
               "ABC123,TX,2026-02-01,10:05:00,30.1,-97.7,U1\n");
    file.close();
    core::ImportRequest request;
    request.filePath = file.fileName();
    request.profileId = QStringLiteral("plain-reads-csv");
    request.timeZone = QStringLiteral("UTC");
    auto job = m_amy.station->imports().prepare(m_amy.session, request);
    QVERIFY2(job, job ? "" : qPrintable(job.error().message()));
    auto summary = job->run();
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message()));
    QCOMPARE(summary->record.counts.stored, 3);
    QCOMPARE(summary->alerts, 2);

    auto inbox = m_ivan.station->alerts().inbox(m_ivan.session);
    QVERIFY(inbox);
    QCOMPARE(inbox->size(), 2);
    QVERIFY(inbox->first().readId.has_value());
    QCOMPARE(inbox->first().deviceName, QStringLiteral("U1"));
    const core::AuditEvent done =
        AuditReader::last(m_ts->station().database(), core::AuditAction::importCompleted());
    QCOMPARE(AuditReader::details(done).value(QStringLiteral("alerts")).toInt(), 2);
}

void TestHotList::purgedReadLeavesAlertWithoutRead() {
    QVERIFY(m_amy.station->hotLists().add(m_amy.session, entryFor(QStringLiteral("ABC123"))));
    qint64 readId = 0;
    QCOMPARE(storeRead(QStringLiteral("ABC123"), QStringLiteral("TX"), &readId), 1);
    m_ts->clock().advanceDays(731);
    auto purged = m_ts->station().retention().run(m_ts->adminSession());
    QVERIFY2(purged, purged ? "" : qPrintable(purged.error().message()));
    QCOMPARE(purged->readsRemoved, 1);

    auto inbox = m_amy.station->alerts().inbox(m_amy.session);
    QVERIFY(inbox);
    QCOMPARE(inbox->size(), 1);
    QVERIFY(!inbox->first().readId.has_value());
    QVERIFY(inbox->first().readPlate.isEmpty());
    QCOMPARE(inbox->first().entryPlate, QStringLiteral("ABC123"));
}

void TestHotList::searchStoredReadsIsAnAuditedSearch() {
    core::NewCase request;
    request.number = QStringLiteral("CR-10");
    request.title = QStringLiteral("Burglary series");
    request.kind = core::NewCase::Kind::Administrative;
    QVERIFY(m_ivan.station->cases().open(m_ivan.session, request));
    QCOMPARE(storeRead(QStringLiteral("ABC123")), 0);
    QCOMPARE(storeRead(QStringLiteral("ABC124")), 0);
    auto added = m_ivan.station->hotLists().add(m_ivan.session, entryFor(QStringLiteral("ABC12?")));
    QVERIFY(added);

    PL_VERIFY_ERROR(m_ivan.station->hotLists().searchStoredReads(
                        m_ivan.session, added->id, QStringLiteral("CR-10"), QString()),
                    ErrorCode::InvalidArgument);
    auto found = m_ivan.station->hotLists().searchStoredReads(
        m_ivan.session, added->id, QStringLiteral("CR-10"), QStringLiteral("New entry check"));
    QVERIFY2(found, found ? "" : qPrintable(found.error().message()));
    QCOMPARE(found->readIds.size(), 2);
    const core::AuditEvent run =
        AuditReader::last(m_ts->station().database(), core::AuditAction::searchRun());
    QCOMPARE(run.caseNumber, QStringLiteral("CR-10"));
    QCOMPARE(run.reason, QStringLiteral("New entry check"));
    // Only the owner may run it for an entry.
    PL_VERIFY_ERROR(m_amy.station->hotLists().searchStoredReads(
                        m_amy.session, added->id, QStringLiteral("CR-10"), QStringLiteral("x")),
                    ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestHotList)
#include "tst_hotlist.moc"
