#pragma once

#include "core/accounts/Session.h"
#include "core/audit/AnomalyRules.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pl::core {

class Clock;
class Database;
class Station;
class Store;

// A supervisor's note that a flagged event was looked at.
struct AuditFlagReview {
    qint64 seq = 0;
    qint64 reviewedBy = 0;
    QString reviewerName;
    QDateTime reviewedUtc;
    QString note;
    qint64 auditSeq = 0; // the audit.flag_reviewed event
};

// One rule's finding about one event, explained in the reader's language.
struct AuditFlag {
    qint64 seq = 0;
    QString rule;
    QString title;       // translated
    QString explanation; // translated, from facts
    QJsonObject facts;
    QDateTime flaggedUtc;
    std::optional<AuditFlagReview> review; // of the event, shared by its flags
};

// What an update did.
struct AuditFlagUpdate {
    bool recomputed = false;  // thresholds changed (or first run): everything rescanned
    qint64 eventsScanned = 0; // events evaluated this time
    qint64 scannedSeq = 0;    // the trail is evaluated up to this event
    qint64 flags = 0;         // flags stored now, in all
};

// Brings the flags up to date on any thread, over its own connection. Made
// by AuditFlagService, which checks the session and reads the thresholds.
class AuditFlagUpdateJob {
public:
    // progress(done, total) returns false to cancel (ErrorCode::Cancelled);
    // what was committed before the cancel is kept and consistent.
    Result<AuditFlagUpdate> run(const std::function<bool(qint64, qint64)>& progress = {}) const;

private:
    friend class AuditFlagService;
    AuditFlagUpdateJob(const Store& store, const Clock& clock, AnomalyThresholds thresholds);

    const Store* m_store;
    const Clock* m_clock;
    AnomalyThresholds m_thresholds;
};

// Anomaly flags over the audit trail (see AnomalyRules). Flags are derived
// data kept in audit_flags and never alter the events; bringing them up to
// date is not itself audited. Reviews of flagged events are records: kept
// as written and audited (audit.flag_reviewed) in the same transaction.
//
// The flags are evaluated incrementally: audit_derived_state('flags') holds
// the last event evaluated and the digest of the thresholds used; a changed
// digest recomputes everything. The hot-list rule depends on the time and is
// recomputed on every update; so is the check of on-behalf-of names against
// the users, which may have been added since.
class AuditFlagService {
public:
    explicit AuditFlagService(Station& station);

    // ViewAudit. Evaluates the events appended since the last update.
    Result<AuditFlagUpdate> update(const Session& session,
                                   const std::function<bool(qint64, qint64)>& progress = {});
    // The same, to run off the calling thread: the session is checked now.
    Result<AuditFlagUpdateJob> prepareUpdate(const Session& session);

    // ViewAudit. The flags of these events (as last updated), in seq then
    // rule order, each with its explanation and the event's review if any.
    Result<QList<AuditFlag>> flagsFor(const Session& session, const QList<qint64>& seqs);
    Result<bool> isFlagged(const Session& session, qint64 seq);
    // ViewAudit. Flagged events with fromSeq <= seq <= toSeq, ascending
    // (toSeq 0: to the end).
    Result<QList<qint64>> flaggedSeqs(const Session& session, qint64 fromSeq, qint64 toSeq = 0);
    // ViewAudit. Flagged events recorded in [fromUtc, toUtc), ascending.
    Result<QList<qint64>> flaggedSeqsBetween(const Session& session, const QDateTime& fromUtc,
                                             const QDateTime& toUtc);
    // ViewAudit. Of those, the ones no supervisor has reviewed yet.
    Result<QList<qint64>> unreviewedSeqsBetween(const Session& session, const QDateTime& fromUtc,
                                                const QDateTime& toUtc);

    // ReviewAudit. Marks a flagged event reviewed with a note; refused for an
    // event that is not flagged, a blank note, or an event already reviewed.
    Result<AuditFlagReview> markReviewed(const Session& session, qint64 seq, const QString& note);

    // For jobs and tests: brings the flags in db up to date without a session.
    static Result<AuditFlagUpdate>
    updateStore(Database& db, const AnomalyThresholds& thresholds, const QDateTime& nowUtc,
                const std::function<bool(qint64, qint64)>& progress = {});

private:
    Result<AnomalyThresholds> thresholds();

    Station& m_station;
};

} // namespace pl::core
