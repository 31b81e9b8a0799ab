#pragma once

#include "core/audit/AuditEvent.h"
#include "core/common/Result.h"

#include <QList>

#include <functional>
#include <optional>

namespace pl::core {

class Clock;
class Database;
class Statement;
class Transaction;

// How the chain is broken at its first broken event.
enum class AuditBreak {
    None,
    Edited,     // an event's content no longer matches its hash
    Missing,    // events were deleted (in the middle or at the end)
    OutOfOrder, // an event does not link to the one before it
};

QString auditBreakName(AuditBreak kind);

struct AuditVerification {
    bool intact = true;
    AuditBreak breakKind = AuditBreak::None;
    qint64 eventsChecked = 0;
    qint64 firstBrokenSeq = 0; // 0 when intact
    QString problem;           // translated, names the first broken event
    AuditHead head;
};

// The append-only, hash-chained audit trail. Each event stores the SHA-256 of
// its predecessor and its own; the store's triggers refuse UPDATE and DELETE
// and any insert that does not extend the head. Appends take a Transaction so
// the event commits or rolls back with the action it records.
class AuditLog {
public:
    explicit AuditLog(const Clock& clock);

    Result<AuditEvent> append(Transaction& tx, const AuditActor& actor,
                              const AuditRecord& record) const;
    // For events that happened earlier and are recorded now (sealed failed logins).
    Result<AuditEvent> appendAt(Transaction& tx, const AuditActor& actor, const AuditRecord& record,
                                const QDateTime& timeUtc) const;

    static Result<AuditHead> head(Database& db);
    static Result<qint64> count(Database& db);
    // Newest first; beforeSeq 0 means from the head.
    static Result<QList<AuditEvent>> events(Database& db, int limit, qint64 beforeSeq = 0);
    // progress(done, total) returns false to cancel (ErrorCode::Cancelled).
    static Result<AuditVerification>
    verify(Database& db, const std::function<bool(qint64, qint64)>& progress = {});
    // Verifies events #1 to #lastSeq only (links and hashes, none missing),
    // whatever follows them: what a signed review relies on. head is
    // lastSeq and its hash. lastSeq 0 checks nothing and is intact.
    static Result<AuditVerification>
    verifyUpTo(Database& db, qint64 lastSeq,
               const std::function<bool(qint64, qint64)>& progress = {});

    static QByteArray computeHash(const AuditEvent& event);
    // An event from a row whose columns, from first on, are seq, time_utc,
    // user_id, user_name, on_behalf_of, action, target_kind, target,
    // case_number, reason, details, outcome, prev_hash, hash.
    static AuditEvent readEvent(const Statement& row, int first = 0);
    // The plate an event's details name, normalised, for the browser's
    // plate filter (audit_event_plates); empty when none.
    static QString indexedPlate(const QJsonObject& details);
    static Status indexPlate(Database& db, qint64 seq, const QJsonObject& details);
    static QString describe(const AuditEvent& event);

private:
    static Result<AuditVerification>
    verifyChain(Database& db, std::optional<qint64> upTo,
                const std::function<bool(qint64, qint64)>& progress);

    const Clock& m_clock;
};

} // namespace pl::core
