#pragma once

#include "core/accounts/Session.h"
#include "core/audit/AuditReview.h"
#include "core/common/Result.h"

#include <QList>

#include <functional>

namespace pl::core {

class AuditLog;
class Station;
class Store;

using ReviewProgress = std::function<bool(qint64, qint64)>;

// Signing a review, to run on any thread: it opens its own connection,
// verifies the whole chain, then records the figures and the signature in
// one transaction. Made by AuditReviewService::prepareSign, which checks the
// session and what can be checked before the long part.
class AuditReviewSigning {
public:
    // progress(done, total) returns false to cancel (ErrorCode::Cancelled,
    // nothing recorded).
    Result<AuditReview> run(const ReviewProgress& progress) const;

private:
    friend class AuditReviewService;
    AuditReviewSigning(const Store& store, const AuditLog& log, AuditActor actor, QString client,
                       qint64 reviewId, QString note);

    const Store* m_store;
    const AuditLog* m_log;
    AuditActor m_actor;
    QString m_client;
    qint64 m_reviewId;
    QString m_note;
};

// Re-checking a signed review, to run on any thread (see AuditReviewSigning).
class AuditReviewChecking {
public:
    Result<AuditReviewCheck> run(const ReviewProgress& progress) const;

private:
    friend class AuditReviewService;
    AuditReviewChecking(const Store& store, const AuditLog& log, AuditActor actor, QString client,
                        qint64 reviewId);

    const Store* m_store;
    const AuditLog* m_log;
    AuditActor m_actor;
    QString m_client;
    qint64 m_reviewId;
};

// Signed periodic reviews of the audit trail, by which supervisors show that
// the data was used only for authorised purposes.
//
// A supervisor starts a review for a period that has ended; it covers the
// events timed in the period (#first to #last, in the order recorded) and
// lists as items every flagged event among them and a sample of the others:
// 2% of them, at least 10 and at most 100 (all of them when fewer). The
// sample is drawn from a seed made of the period and the hash of the last
// event covered, so it is the same whoever starts the review and whenever,
// and nobody can choose which events are looked at. Once every item is
// checked (flagged ones with a note), the review is signed with a note: the
// chain is verified and the figures, the chain's status and the hash of the
// last event covered are recorded, in the review and in its
// audit.review_signed event, which is itself in the chain. check() later
// shows whether anything covered, or the review itself, changed since.
//
// Starting, checking items, signing and checking need ReviewAudit; listing
// needs ViewAudit. Every step but listing is audited in its transaction.
class AuditReviewService {
public:
    explicit AuditReviewService(Station& station);

    // The calendar quarter (local time) holding localDate.
    static AuditPeriod quarterOf(const QDate& localDate);
    // The last calendar quarter (local time) that has ended by nowUtc: the
    // default period of a new review.
    static AuditPeriod lastCompletedQuarter(const QDateTime& nowUtc);

    // Refused for a period not yet ended or that overlaps a review not yet
    // signed. Recorded as audit.review_started.
    Result<AuditReview> start(const Session& session, const QDateTime& periodStartUtc,
                              const QDateTime& periodEndUtc);
    Result<AuditReview> review(const Session& session, qint64 reviewId);
    // Newest period first.
    Result<QList<AuditReview>> reviews(const Session& session);
    // The review's items with their events, in event order. Reading events
    // is recorded as audit.viewed.
    Result<QList<AuditReviewItem>> items(const Session& session, qint64 reviewId);
    // Marks one item checked (audit.review_item_checked). A flagged item
    // needs a note; an item is checked once.
    Result<AuditReviewItem> checkItem(const Session& session, qint64 reviewId, qint64 seq,
                                      const QString& note);

    // Signs the review: refused unless every item is checked and the note is
    // given. The same in two steps, so the verification can run off the
    // calling thread: the session and the review are checked now.
    Result<AuditReview> sign(const Session& session, qint64 reviewId, const QString& note,
                             const ReviewProgress& progress = {});
    Result<AuditReviewSigning> prepareSign(const Session& session, qint64 reviewId,
                                           const QString& note);

    // Whether a signed review and what it covers are unchanged since it was
    // signed (audit.review_checked). Edits after the events it covers do not
    // count against it.
    Result<AuditReviewCheck> check(const Session& session, qint64 reviewId,
                                   const ReviewProgress& progress = {});
    Result<AuditReviewChecking> prepareCheck(const Session& session, qint64 reviewId);

    // Calendar quarters (local time) from the first audit event's to the last
    // one that has ended, that signed reviews do not cover in full (their
    // periods together), oldest first.
    Result<QList<AuditPeriod>> unreviewedPeriods(const Session& session);

private:
    Status bringFlagsUpToDate(const Session& session);

    Station& m_station;
};

} // namespace pl::core
