#pragma once

#include "core/accounts/Session.h"
#include "core/audit/AuditEvent.h"
#include "core/audit/AuditFilter.h"
#include "core/common/Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace pl::core {

class Station;

// One row of the audit browser: the event and what the table shows of its
// details.
struct AuditEventRow {
    AuditEvent event;
    QString plate;                   // the plate the event names, if any
    std::optional<qint64> readCount; // reads returned, exported or removed
    bool flagged = false;
    bool flagReviewed = false;
};

// A filter as applied and recorded. Only AuditBrowser makes one, after it
// has recorded who applied it, so pages cannot be read unrecorded.
class AuditQuery {
public:
    const AuditFilter& filter() const { return m_filter; }
    qint64 matching() const { return m_matching; }
    // The audit event that recorded opening the browser or applying the filter.
    qint64 recordedSeq() const { return m_recordedSeq; }

private:
    friend class AuditBrowser;
    AuditFilter m_filter;
    qint64 m_matching = 0;
    qint64 m_recordedSeq = 0;
    qint64 m_userId = 0;
    qint64 m_minSeq = 0; // seq bounds of the time range, found when applied
    qint64 m_maxSeq = 0;
};

struct AuditEventPage {
    QList<AuditEventRow> rows; // newest first
    bool more = false;         // older matching events remain
};

// What the last verification of the chain found (from the newest
// audit.verified event), for the status line shown before anyone re-checks.
struct AuditChainStatus {
    QDateTime verifiedUtc;
    QString verifiedBy;
    bool intact = true;
    qint64 headSeq = 0;
    QDateTime headTimeUtc;
    qint64 firstBrokenSeq = 0;
    QString breakName; // auditBreakName() of how it is broken
    QString problem;
};

// The audit trail as supervisors (and, read-only, administrators) browse it:
// filtered, newest first, a page at a time. Opening the browser is recorded
// as audit.browser_opened and every filter applied as audit.filtered, in the
// transaction that counts what it matches.
class AuditBrowser {
public:
    explicit AuditBrowser(Station& station);

    Result<AuditQuery> open(const Session& session);
    Result<AuditQuery> apply(const Session& session, const AuditFilter& filter);
    // Matching events older than beforeSeq (0: from the newest), among those
    // that were in the trail when the filter was applied.
    Result<AuditEventPage> page(const Session& session, const AuditQuery& query, qint64 beforeSeq,
                                int limit) const;
    // One event in full, for the detail panel; it must match the query.
    Result<AuditEventRow> event(const Session& session, const AuditQuery& query, qint64 seq) const;
    // The action names present in the trail, for the filter's list.
    Result<QStringList> actions(const Session& session) const;
    Result<std::optional<AuditChainStatus>> lastVerification(const Session& session) const;

private:
    Result<AuditQuery> record(const Session& session, const AuditFilter& filter, bool opening);

    Station& m_station;
};

} // namespace pl::core
