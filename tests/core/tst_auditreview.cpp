// Signed periodic reviews of the audit trail: a quarter of events built with
// the manual clock, some of them flagged; starting a review (items: every
// flagged event and a fixed sample of the others), checking items, signing,
// who may do what, the quarters not yet reviewed, and later changes to the
// trail or the review found by check().

#include "core/audit/AuditAction.h"
#include "core/audit/AuditFlagService.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditReviewService.h"
#include "core/common/TimeFormat.h"
#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/RawStore.h"
#include "tests/support/TestStation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

using namespace pl;
using core::AuditReview;
using core::AuditReviewItem;
using core::ErrorCode;
using tests::AuditReader;
using tests::RawStore;
using tests::TestStation;

namespace {

QDateTime utc(int year, int month, int day, int hour = 9, int minute = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

const QDateTime kQ1Start = utc(2026, 1, 1, 0);
const QDateTime kQ2Start = utc(2026, 4, 1, 0);
const QDateTime kQ3Start = utc(2026, 7, 1, 0);

} // namespace

class TestAuditReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void quarters();
    void startListsFlaggedAndSample();
    void sampleIsFixedByThePeriod();
    void sampleSize_data();
    void sampleSize();
    void startRefusals();
    void checkingItems();
    void signingRefusedUntilEveryItemIsChecked();
    void onlySupervisorsReview();
    void signRecordsTheFigures();
    void cancelledSigningRecordsNothing();
    void unreviewedPeriods();
    void unchangedReviewChecksClean();
    void editInsidePeriodIsDetected();
    void deletedEventInsidePeriodIsDetected();
    void editAfterThePeriodDoesNotCount();
    void editedReviewRowIsDetected();

private:
    // Appends count search events by amy, stepSeconds apart from the clock's time.
    QList<qint64> addSearches(int count, qint64 stepSeconds = 24 * 3600);
    void flag(qint64 seq, const QString& rule);
    core::AuditReviewService& reviews() { return m_sam.station->auditReviews(); }
    const core::Session& sam() const { return m_sam.session; }
    // Starts the Q1 review at April 5th and checks every item.
    AuditReview startQ1(bool checkAll);
    AuditReview signedQ1();
    std::unique_ptr<core::Database> raw();

    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_amy;  // agent
    core::StationLogin m_ivan; // investigator
    core::StationLogin m_sam;  // supervisor
    core::StationLogin m_sue;  // supervisor
    QList<qint64> m_q1;        // the searches in Q1
    QList<qint64> m_flagged;
};

void TestAuditReview::init() {
    m_ts = std::make_unique<TestStation>(utc(2026, 1, 5));
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("amy"), core::Role::Agent) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sue"), core::Role::Supervisor) > 0);
    m_amy = m_ts->loginActive(QStringLiteral("amy"), TestStation::userPassword());
    m_ivan = m_ts->loginActive(QStringLiteral("ivan"), TestStation::userPassword());
    m_sam = m_ts->loginActive(QStringLiteral("sam"), TestStation::userPassword());
    m_sue = m_ts->loginActive(QStringLiteral("sue"), TestStation::userPassword());
    QVERIFY(m_amy.station && m_ivan.station && m_sam.station && m_sue.station);
    // The anomaly rules are off here, so that the flags are exactly the ones
    // the tests set below; a review brings the flags up to date before it
    // starts (tst_auditflags covers the rules themselves).
    for (const core::PolicySpec& spec : core::PolicySettings::specs()) {
        if (core::PolicySettings::isAnomalyThreshold(spec.key) && spec.minimum == 0)
            PL_VERIFY_OK(m_ts->station().policy().set(m_ts->adminSession(), spec.key, 0));
    }
    PL_VERIFY_OK(m_sam.station->auditFlags().update(m_sam.session));

    m_ts->clock().set(utc(2026, 1, 10));
    m_q1 = addSearches(60); // Jan 10 .. Mar 10
    QCOMPARE(m_q1.size(), 60);
    m_flagged = {m_q1.at(3), m_q1.at(17), m_q1.at(40)};
    flag(m_flagged.at(0), QStringLiteral("after_hours"));
    flag(m_flagged.at(1), QStringLiteral("no_case"));
    flag(m_flagged.at(1), QStringLiteral("after_hours"));
    flag(m_flagged.at(2), QStringLiteral("burst"));
    m_ts->clock().set(utc(2026, 4, 5));
}

void TestAuditReview::cleanup() {
    m_amy = {};
    m_ivan = {};
    m_sam = {};
    m_sue = {};
    m_ts.reset();
}

QList<qint64> TestAuditReview::addSearches(int count, qint64 stepSeconds) {
    QList<qint64> seqs;
    core::Database& db = m_amy.station->database();
    auto tx = core::Transaction::begin(db);
    if (!tx)
        return seqs;
    for (int i = 0; i < count; ++i) {
        core::AuditRecord record{core::AuditAction::searchRun(), core::AuditOutcome::Success,
                                 QStringLiteral("plate"), QStringLiteral("ABC%1").arg(i)};
        record.caseNumber = QStringLiteral("2026-%1").arg(i);
        record.reason = QStringLiteral("Burglary follow-up");
        auto event =
            m_amy.station->auditLog().appendAt(tx.value(), m_amy.session.actor(), record,
                                               m_ts->clock().nowUtc().addSecs(stepSeconds * i));
        if (!event)
            return {};
        seqs.append(event->seq);
    }
    if (!tx.value().commit())
        return {};
    return seqs;
}

void TestAuditReview::flag(qint64 seq, const QString& rule) {
    auto stmt = m_ts->station().database().prepare(
        "INSERT INTO audit_flags (seq, rule, facts, flagged_utc) VALUES (?1, ?2, '{}', ?3)");
    QVERIFY(stmt.ok());
    stmt.value().bind(1, seq).bind(2, rule).bind(
        3, core::TimeFormat::toStorage(m_ts->clock().nowUtc()));
    PL_VERIFY_OK(stmt.value().run());
}

AuditReview TestAuditReview::startQ1(bool checkAll) {
    auto started = reviews().start(sam(), kQ1Start, kQ2Start);
    if (!started) {
        qWarning("start: %s", qPrintable(started.error().message()));
        return {};
    }
    if (checkAll) {
        auto items = reviews().items(sam(), started->id);
        if (!items)
            return {};
        for (const AuditReviewItem& item : items.value()) {
            auto checked = reviews().checkItem(sam(), started->id, item.event.seq,
                                               QStringLiteral("Case file matches."));
            if (!checked) {
                qWarning("check: %s", qPrintable(checked.error().message()));
                return {};
            }
        }
    }
    return started.value();
}

AuditReview TestAuditReview::signedQ1() {
    const AuditReview started = startQ1(true);
    if (started.id == 0)
        return {};
    m_ts->clock().advanceMinutes(30);
    auto done =
        reviews().sign(sam(), started.id, QStringLiteral("Q1 reviewed; all uses authorised."));
    if (!done) {
        qWarning("sign: %s", qPrintable(done.error().message()));
        return {};
    }
    return done.value();
}

std::unique_ptr<core::Database> TestAuditReview::raw() {
    auto opened = RawStore::openKeyed(m_ts->storePath(), TestStation::adminName(),
                                      TestStation::adminPassword());
    if (!opened)
        return nullptr;
    return std::move(opened.value());
}

void TestAuditReview::quarters() {
    using core::AuditReviewService;
    const core::AuditPeriod q1 = AuditReviewService::lastCompletedQuarter(utc(2026, 4, 5));
    QCOMPARE(q1.startUtc, kQ1Start);
    QCOMPARE(q1.endUtc, kQ2Start);
    QCOMPARE(q1.label, QStringLiteral("Q1 2026"));
    const core::AuditPeriod q4 = AuditReviewService::lastCompletedQuarter(utc(2026, 1, 1, 0));
    QCOMPARE(q4.startUtc, utc(2025, 10, 1, 0));
    QCOMPARE(q4.endUtc, kQ1Start);
    QCOMPARE(q4.label, QStringLiteral("Q4 2025"));
    QCOMPARE(AuditReviewService::quarterOf(QDate(2026, 9, 30)).startUtc, kQ3Start);
}

void TestAuditReview::startListsFlaggedAndSample() {
    auto started = reviews().start(sam(), kQ1Start, kQ2Start);
    PL_VERIFY_OK(started);
    const AuditReview& review = started.value();
    QVERIFY(!review.isSigned());
    QCOMPARE(review.periodStartUtc, kQ1Start);
    QCOMPARE(review.periodEndUtc, kQ2Start);
    // Everything from the store's creation (Jan 5) to the last search (Mar 10).
    QCOMPARE(review.firstSeq, qint64(1));
    QCOMPARE(review.lastSeq, m_q1.last());
    QCOMPARE(review.startedByName, QStringLiteral("sam"));
    QCOMPARE(review.itemCount, qint64(3 + 10));
    QCOMPARE(review.checkedCount, qint64(0));

    auto items = reviews().items(sam(), review.id);
    PL_VERIFY_OK(items);
    QCOMPARE(items->size(), 13);
    QList<qint64> flagged;
    for (const AuditReviewItem& item : items.value()) {
        QVERIFY(item.event.seq >= review.firstSeq && item.event.seq <= review.lastSeq);
        QVERIFY(!item.isChecked());
        if (item.kind == AuditReviewItem::Kind::Flagged) {
            flagged.append(item.event.seq);
            QVERIFY(!item.rules.isEmpty());
        } else {
            QVERIFY(item.rules.isEmpty());
        }
        QVERIFY(!item.event.action.isEmpty());
        QVERIFY(!item.event.hash.isEmpty());
    }
    QCOMPARE(flagged, m_flagged);
    for (const AuditReviewItem& item : items.value()) {
        if (item.event.seq == m_flagged.at(1))
            QCOMPARE(item.rules,
                     QStringList({QStringLiteral("after_hours"), QStringLiteral("no_case")}));
    }

    core::Database& db = m_ts->station().database();
    const core::AuditEvent event = AuditReader::last(db, core::AuditAction::auditReviewStarted());
    QVERIFY(event.seq > 0);
    QCOMPARE(event.userName, QStringLiteral("sam"));
    const QJsonObject details = AuditReader::details(event);
    QCOMPARE(details.value(QStringLiteral("review_id")).toInteger(), review.id);
    QCOMPARE(details.value(QStringLiteral("flagged")).toInteger(), qint64(3));
    QCOMPARE(details.value(QStringLiteral("sampled")).toInteger(), qint64(10));
    QCOMPARE(details.value(QStringLiteral("last_seq")).toInteger(), review.lastSeq);
    // Reading the items was recorded as a look at the trail.
    const core::AuditEvent viewed = AuditReader::last(db, core::AuditAction::auditViewed());
    QCOMPARE(AuditReader::details(viewed).value(QStringLiteral("events_shown")).toInteger(),
             qint64(13));
}

void TestAuditReview::sampleIsFixedByThePeriod() {
    // A second review of the same period, after the first was signed,
    // draws the same sample: nobody picks which events are looked at.
    const AuditReview first = signedQ1();
    QVERIFY(first.id > 0);
    auto firstItems = reviews().items(sam(), first.id);
    PL_VERIFY_OK(firstItems);
    m_ts->clock().advanceDays(3);
    auto second = m_sue.station->auditReviews().start(m_sue.session, kQ1Start, kQ2Start);
    PL_VERIFY_OK(second);
    auto secondItems = reviews().items(sam(), second->id);
    PL_VERIFY_OK(secondItems);
    QList<qint64> a;
    QList<qint64> b;
    for (const AuditReviewItem& item : firstItems.value())
        a.append(item.event.seq);
    for (const AuditReviewItem& item : secondItems.value())
        b.append(item.event.seq);
    QCOMPARE(b, a);
}

void TestAuditReview::sampleSize_data() {
    QTest::addColumn<int>("searches");
    QTest::addColumn<QString>("rule");
    // Unflagged events in the period: the store's own (creation, users,
    // logins) and the 57 unflagged searches, plus those added here.
    QTest::newRow("at least 10") << 0 << QStringLiteral("min");
    QTest::newRow("2% of about 1000") << 940 << QStringLiteral("2%");
    QTest::newRow("at most 100") << 6000 << QStringLiteral("max");
}

void TestAuditReview::sampleSize() {
    QFETCH(int, searches);
    QFETCH(QString, rule);
    m_ts->clock().set(utc(2026, 3, 20));
    QCOMPARE(addSearches(searches, 60).size(), searches);
    m_ts->clock().set(utc(2026, 4, 5));
    auto started = reviews().start(sam(), kQ1Start, kQ2Start);
    PL_VERIFY_OK(started);
    const qint64 unflagged = started->lastSeq - started->firstSeq + 1 - 3;
    const qint64 sampled = started->itemCount - 3;
    if (rule == QLatin1String("min")) {
        QVERIFY(unflagged * 2 <= 1000);
        QCOMPARE(sampled, qint64(10));
    } else if (rule == QLatin1String("max")) {
        QVERIFY(unflagged * 2 > 10000);
        QCOMPARE(sampled, qint64(100));
    } else {
        QCOMPARE(sampled, (unflagged * 2 + 99) / 100);
        QVERIFY(sampled > 10 && sampled < 100);
    }
}

void TestAuditReview::startRefusals() {
    // Not yet ended, or not a period.
    PL_VERIFY_ERROR(reviews().start(sam(), kQ2Start, kQ3Start), ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(reviews().start(sam(), utc(2027, 1, 1), utc(2027, 4, 1)),
                    ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(reviews().start(sam(), kQ2Start, kQ1Start), ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(reviews().start(sam(), QDateTime(), kQ1Start), ErrorCode::InvalidArgument);
    // Others may not start one.
    PL_VERIFY_ERROR(m_amy.station->auditReviews().start(m_amy.session, kQ1Start, kQ2Start),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(m_ts->station().auditReviews().start(m_ts->adminSession(), kQ1Start, kQ2Start),
                    ErrorCode::PermissionDenied);

    // An open review blocks overlapping ones, by anyone.
    auto open = reviews().start(sam(), kQ1Start, kQ2Start);
    PL_VERIFY_OK(open);
    auto overlap = m_sue.station->auditReviews().start(m_sue.session, utc(2026, 3, 1, 0), kQ2Start);
    PL_VERIFY_ERROR(overlap, ErrorCode::AlreadyExists);
    QVERIFY2(overlap.error().message().contains(QStringLiteral("sam")),
             qPrintable(overlap.error().message()));
    // The quarter before does not overlap it.
    PL_VERIFY_OK(m_sue.station->auditReviews().start(m_sue.session, utc(2025, 10, 1, 0), kQ1Start));

    auto listed = reviews().reviews(sam());
    PL_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->first().id, open->id); // newest period first
}

void TestAuditReview::checkingItems() {
    const AuditReview review = startQ1(false);
    QVERIFY(review.id > 0);
    auto items = reviews().items(sam(), review.id);
    PL_VERIFY_OK(items);
    qint64 sample = 0;
    for (const AuditReviewItem& item : items.value()) {
        if (item.kind == AuditReviewItem::Kind::Sample) {
            sample = item.event.seq;
            break;
        }
    }
    QVERIFY(sample > 0);

    // A flagged event needs a note; a sampled one does not.
    auto blank = reviews().checkItem(sam(), review.id, m_flagged.at(0), QStringLiteral("   "));
    PL_VERIFY_ERROR(blank, ErrorCode::InvalidArgument);
    QVERIFY(blank.error().message().contains(QStringLiteral("#%1").arg(m_flagged.at(0))));
    auto flagged = reviews().checkItem(sam(), review.id, m_flagged.at(0),
                                       QStringLiteral("  Night shift, case 2026-3.  "));
    PL_VERIFY_OK(flagged);
    QVERIFY(flagged->isChecked());
    QCOMPARE(flagged->note, QStringLiteral("Night shift, case 2026-3."));
    QCOMPARE(flagged->checkedByName, QStringLiteral("sam"));
    auto sampled = m_sue.station->auditReviews().checkItem(m_sue.session, review.id, sample, {});
    PL_VERIFY_OK(sampled);
    QCOMPARE(sampled->checkedByName, QStringLiteral("sue"));

    // Once only; only items of the review; only supervisors.
    PL_VERIFY_ERROR(reviews().checkItem(sam(), review.id, sample, QStringLiteral("again")),
                    ErrorCode::AlreadyExists);
    PL_VERIFY_ERROR(reviews().checkItem(sam(), review.id, 999999, {}), ErrorCode::NotFound);
    PL_VERIFY_ERROR(reviews().checkItem(sam(), 4242, sample, {}), ErrorCode::NotFound);
    PL_VERIFY_ERROR(m_ivan.station->auditReviews().checkItem(
                        m_ivan.session, review.id, m_flagged.at(1), QStringLiteral("fine")),
                    ErrorCode::PermissionDenied);

    const core::AuditEvent event =
        AuditReader::last(m_ts->station().database(), core::AuditAction::auditReviewItemChecked());
    QCOMPARE(event.userName, QStringLiteral("sue"));
    QCOMPARE(AuditReader::details(event).value(QStringLiteral("seq")).toInteger(), sample);
    QCOMPARE(AuditReader::withAction(m_ts->station().database(),
                                     core::AuditAction::auditReviewItemChecked())
                 .size(),
             2);
    auto after = reviews().review(sam(), review.id);
    PL_VERIFY_OK(after);
    QCOMPARE(after->checkedCount, qint64(2));
}

void TestAuditReview::signingRefusedUntilEveryItemIsChecked() {
    const AuditReview review = startQ1(false);
    QVERIFY(review.id > 0);
    auto items = reviews().items(sam(), review.id);
    PL_VERIFY_OK(items);
    for (int i = 0; i + 1 < items->size(); ++i)
        PL_VERIFY_OK(
            reviews().checkItem(sam(), review.id, items->at(i).event.seq, QStringLiteral("ok")));
    auto early = reviews().sign(sam(), review.id, QStringLiteral("Done."));
    PL_VERIFY_ERROR(early, ErrorCode::InvalidArgument);
    QVERIFY2(early.error().message().contains(QStringLiteral("1 event")),
             qPrintable(early.error().message()));
    PL_VERIFY_OK(
        reviews().checkItem(sam(), review.id, items->last().event.seq, QStringLiteral("ok")));
    PL_VERIFY_ERROR(reviews().sign(sam(), review.id, QStringLiteral("  ")),
                    ErrorCode::InvalidArgument);
    auto still = reviews().review(sam(), review.id);
    PL_VERIFY_OK(still);
    QVERIFY(!still->isSigned());
    QVERIFY(
        AuditReader::withAction(m_ts->station().database(), core::AuditAction::auditReviewSigned())
            .isEmpty());
    PL_VERIFY_OK(reviews().sign(sam(), review.id, QStringLiteral("Done.")));
    // Signed once; nothing changes afterwards.
    PL_VERIFY_ERROR(reviews().sign(sam(), review.id, QStringLiteral("Again.")),
                    ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(
        reviews().checkItem(sam(), review.id, items->first().event.seq, QStringLiteral("late")),
        ErrorCode::InvalidArgument);
}

void TestAuditReview::onlySupervisorsReview() {
    const AuditReview review = startQ1(true);
    QVERIFY(review.id > 0);
    const QString note = QStringLiteral("All in order.");
    PL_VERIFY_ERROR(m_amy.station->auditReviews().sign(m_amy.session, review.id, note),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(m_ivan.station->auditReviews().sign(m_ivan.session, review.id, note),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(m_ts->station().auditReviews().sign(m_ts->adminSession(), review.id, note),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(m_ivan.station->auditReviews().reviews(m_ivan.session),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_ERROR(m_amy.station->auditReviews().items(m_amy.session, review.id),
                    ErrorCode::PermissionDenied);
    // Administrators may see the reviews, not sign or check them.
    PL_VERIFY_OK(m_ts->station().auditReviews().reviews(m_ts->adminSession()));
    PL_VERIFY_OK(m_ts->station().auditReviews().unreviewedPeriods(m_ts->adminSession()));

    // Another supervisor may sign what a colleague started.
    auto signedReview = m_sue.station->auditReviews().sign(m_sue.session, review.id, note);
    PL_VERIFY_OK(signedReview);
    QCOMPARE(signedReview->signedByName, QStringLiteral("sue"));
    PL_VERIFY_ERROR(m_ts->station().auditReviews().check(m_ts->adminSession(), review.id),
                    ErrorCode::PermissionDenied);
}

void TestAuditReview::signRecordsTheFigures() {
    const AuditReview review = signedQ1();
    QVERIFY(review.id > 0);
    QVERIFY(review.isSigned());
    QCOMPARE(review.signedByName, QStringLiteral("sam"));
    QCOMPARE(review.signedUtc, utc(2026, 4, 5, 9, 30));
    QCOMPARE(review.note, QStringLiteral("Q1 reviewed; all uses authorised."));
    QCOMPARE(review.eventsCount, m_q1.last());
    QCOMPARE(review.flaggedCount, qint64(3));
    QCOMPARE(review.sampledCount, qint64(10));
    QVERIFY(review.chainIntact);
    QCOMPARE(review.chainStatus, QStringLiteral("intact"));

    core::Database& db = m_ts->station().database();
    const QList<core::AuditEvent> all = AuditReader::all(db);
    QCOMPARE(review.lastHash, all.at(static_cast<int>(review.lastSeq - 1)).hash);

    const core::AuditEvent event = AuditReader::last(db, core::AuditAction::auditReviewSigned());
    QCOMPARE(review.signedSeq, event.seq);
    QCOMPARE(event.userName, QStringLiteral("sam"));
    QCOMPARE(event.target, QString::number(review.id));
    const QJsonObject details = AuditReader::details(event);
    QCOMPARE(details.value(QStringLiteral("events")).toInteger(), review.eventsCount);
    QCOMPARE(details.value(QStringLiteral("flagged")).toInteger(), qint64(3));
    QCOMPARE(details.value(QStringLiteral("sampled")).toInteger(), qint64(10));
    QCOMPARE(details.value(QStringLiteral("last_seq")).toInteger(), review.lastSeq);
    QCOMPARE(details.value(QStringLiteral("chain_intact")).toBool(), true);
    QCOMPARE(details.value(QStringLiteral("last_sha256")).toString(),
             QString::fromLatin1(review.lastHash.toHex()));
    QCOMPARE(details.value(QStringLiteral("note")).toString(), review.note);
    // The signature is in the chain.
    auto chain = core::AuditLog::verify(db);
    PL_VERIFY_OK(chain);
    QVERIFY(chain->intact);
}

void TestAuditReview::cancelledSigningRecordsNothing() {
    // Verification asks whether to go on every 2,000 events.
    m_ts->clock().set(utc(2026, 4, 2));
    QCOMPARE(addSearches(2100, 60).size(), 2100);
    m_ts->clock().set(utc(2026, 4, 5));
    const AuditReview review = startQ1(true);
    QVERIFY(review.id > 0);
    qint64 asked = 0;
    auto cancelled =
        reviews().sign(sam(), review.id, QStringLiteral("Done."), [&asked](qint64, qint64) {
            ++asked;
            return false;
        });
    PL_VERIFY_ERROR(cancelled, ErrorCode::Cancelled);
    QCOMPARE(asked, qint64(1));
    auto after = reviews().review(sam(), review.id);
    PL_VERIFY_OK(after);
    QVERIFY(!after->isSigned());
    QVERIFY(
        AuditReader::withAction(m_ts->station().database(), core::AuditAction::auditReviewSigned())
            .isEmpty());
    PL_VERIFY_OK(reviews().sign(sam(), review.id, QStringLiteral("Done.")));
}

void TestAuditReview::unreviewedPeriods() {
    m_ts->clock().set(utc(2026, 7, 5));
    auto before = reviews().unreviewedPeriods(sam());
    PL_VERIFY_OK(before);
    QCOMPARE(before->size(), 2);
    QCOMPARE(before->at(0).startUtc, kQ1Start);
    QCOMPARE(before->at(0).label, QStringLiteral("Q1 2026"));
    QCOMPARE(before->at(1).startUtc, kQ2Start);

    QVERIFY(signedQ1().isSigned());
    auto afterQ1 = reviews().unreviewedPeriods(sam());
    PL_VERIFY_OK(afterQ1);
    QCOMPARE(afterQ1->size(), 1);
    QCOMPARE(afterQ1->first().startUtc, kQ2Start);

    // Q2 in two parts: an open review does not count, two signed ones do.
    auto april = reviews().start(sam(), kQ2Start, utc(2026, 5, 1, 0));
    PL_VERIFY_OK(april);
    QCOMPARE(reviews().unreviewedPeriods(sam())->size(), 1);
    auto items = reviews().items(sam(), april->id);
    PL_VERIFY_OK(items);
    for (const AuditReviewItem& item : items.value())
        PL_VERIFY_OK(reviews().checkItem(sam(), april->id, item.event.seq, QStringLiteral("ok")));
    PL_VERIFY_OK(reviews().sign(sam(), april->id, QStringLiteral("April.")));
    QCOMPARE(reviews().unreviewedPeriods(sam())->size(), 1);
    auto rest = reviews().start(sam(), utc(2026, 5, 1, 0), kQ3Start);
    PL_VERIFY_OK(rest);
    items = reviews().items(sam(), rest->id);
    PL_VERIFY_OK(items);
    for (const AuditReviewItem& item : items.value())
        PL_VERIFY_OK(reviews().checkItem(sam(), rest->id, item.event.seq, QStringLiteral("ok")));
    PL_VERIFY_OK(reviews().sign(sam(), rest->id, QStringLiteral("May and June.")));
    auto done = reviews().unreviewedPeriods(sam());
    PL_VERIFY_OK(done);
    QVERIFY(done->isEmpty());
}

void TestAuditReview::unchangedReviewChecksClean() {
    const AuditReview review = signedQ1();
    QVERIFY(review.id > 0);
    m_ts->clock().advanceDays(40);
    addSearches(5);
    auto checked = reviews().check(sam(), review.id);
    PL_VERIFY_OK(checked);
    QVERIFY2(checked->unchanged, qPrintable(checked->changes.join(QLatin1Char('\n'))));
    QVERIFY(checked->chain.intact);
    QCOMPARE(checked->eventsNow, review.eventsCount);
    QCOMPARE(checked->lastHashNow, review.lastHash);
    const core::AuditEvent event =
        AuditReader::last(m_ts->station().database(), core::AuditAction::auditReviewChecked());
    QCOMPARE(event.outcome, QStringLiteral("success"));
    QCOMPARE(AuditReader::details(event).value(QStringLiteral("unchanged")).toBool(), true);
    // Only a signed review can be checked.
    auto open = reviews().start(sam(), kQ2Start, utc(2026, 4, 2, 0));
    PL_VERIFY_OK(open);
    PL_VERIFY_ERROR(reviews().check(sam(), open->id), ErrorCode::InvalidArgument);
}

void TestAuditReview::editInsidePeriodIsDetected() {
    const AuditReview review = signedQ1();
    QVERIFY(review.id > 0);
    const qint64 edited = m_q1.at(20);
    {
        auto db = raw();
        QVERIFY(db);
        PL_VERIFY_OK(db->exec("DROP TRIGGER audit_events_append_only_update"));
        auto update =
            db->prepare("UPDATE audit_events SET reason = 'nothing to see' WHERE seq = ?1");
        PL_VERIFY_OK(update);
        update.value().bind(1, edited);
        PL_VERIFY_OK(update.value().run());
        QCOMPARE(db->changes(), 1);
    }
    auto checked = reviews().check(sam(), review.id);
    PL_VERIFY_OK(checked);
    QVERIFY(!checked->unchanged);
    QVERIFY(!checked->chain.intact);
    QCOMPARE(checked->chain.firstBrokenSeq, edited);
    const QString changes = checked->changes.join(QLatin1Char('\n'));
    QVERIFY2(changes.contains(QStringLiteral("#%1").arg(edited)), qPrintable(changes));
    const core::AuditEvent event =
        AuditReader::last(m_ts->station().database(), core::AuditAction::auditReviewChecked());
    QCOMPARE(event.outcome, QStringLiteral("failure"));
    QVERIFY(!AuditReader::details(event).value(QStringLiteral("changes")).toArray().isEmpty());
}

void TestAuditReview::deletedEventInsidePeriodIsDetected() {
    const AuditReview review = signedQ1();
    QVERIFY(review.id > 0);
    {
        auto db = raw();
        QVERIFY(db);
        PL_VERIFY_OK(db->exec("DROP TRIGGER audit_events_append_only_delete"));
        auto remove = db->prepare("DELETE FROM audit_events WHERE seq = ?1");
        PL_VERIFY_OK(remove);
        remove.value().bind(1, m_q1.at(10));
        PL_VERIFY_OK(remove.value().run());
    }
    auto checked = reviews().check(sam(), review.id);
    PL_VERIFY_OK(checked);
    QVERIFY(!checked->unchanged);
    QCOMPARE(checked->eventsNow, review.eventsCount - 1);
    const QString changes = checked->changes.join(QLatin1Char('\n'));
    QVERIFY2(changes.contains(QStringLiteral("#%1").arg(m_q1.at(10))), qPrintable(changes));
}

void TestAuditReview::editAfterThePeriodDoesNotCount() {
    const AuditReview review = signedQ1();
    QVERIFY(review.id > 0);
    // The review's own start, recorded after the period's last event.
    const qint64 started =
        AuditReader::last(m_ts->station().database(), core::AuditAction::auditReviewStarted()).seq;
    QVERIFY(started > review.lastSeq);
    {
        auto db = raw();
        QVERIFY(db);
        PL_VERIFY_OK(db->exec("DROP TRIGGER audit_events_append_only_update"));
        auto update = db->prepare("UPDATE audit_events SET user_name = 'someone' WHERE seq = ?1");
        PL_VERIFY_OK(update);
        update.value().bind(1, started);
        PL_VERIFY_OK(update.value().run());
    }
    // The trail as a whole is broken, and says where...
    auto whole = core::AuditLog::verify(m_ts->station().database());
    PL_VERIFY_OK(whole);
    QVERIFY(!whole->intact);
    QCOMPARE(whole->firstBrokenSeq, started);
    // ...but what this review covers and signed for is as it was.
    auto checked = reviews().check(sam(), review.id);
    PL_VERIFY_OK(checked);
    QVERIFY2(checked->unchanged, qPrintable(checked->changes.join(QLatin1Char('\n'))));
    QVERIFY(checked->chain.intact);
    QCOMPARE(checked->chain.head.seq, review.lastSeq);
}

void TestAuditReview::editedReviewRowIsDetected() {
    const AuditReview review = signedQ1();
    QVERIFY(review.id > 0);
    {
        auto db = raw();
        QVERIFY(db);
        PL_VERIFY_OK(db->exec("DROP TRIGGER audit_reviews_signed_keep"));
        PL_VERIFY_OK(db->exec("UPDATE audit_reviews SET flagged_count = 0, "
                              "note = 'Nothing flagged.'"));
    }
    auto checked = reviews().check(sam(), review.id);
    PL_VERIFY_OK(checked);
    QVERIFY(!checked->unchanged);
    QVERIFY(checked->chain.intact);
    const QString changes = checked->changes.join(QLatin1Char('\n'));
    QVERIFY2(changes.contains(QStringLiteral("flagged")), qPrintable(changes));
    QVERIFY2(changes.contains(QStringLiteral("Nothing flagged.")), qPrintable(changes));
    QVERIFY2(changes.contains(QStringLiteral("Q1 reviewed")), qPrintable(changes));
}

QTEST_GUILESS_MAIN(TestAuditReview)
#include "tst_auditreview.moc"
