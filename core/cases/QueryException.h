#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace pl::core {

// A request to search a case further back than its normal window, and the
// supervisor's decision on it. Approved exceptions expire.
struct QueryException {
    enum class Status { Pending, Approved, Refused };

    qint64 id = 0;
    qint64 caseId = 0;
    QString caseNumber;
    qint64 requestedBy = 0;
    QString requestedByName;
    QDateTime requestedUtc;
    QDateTime fromUtc; // how far back the search may then reach
    QString reason;
    Status status = Status::Pending;
    std::optional<qint64> decidedBy;
    QString decidedByName;
    QDateTime decidedUtc;
    QString decisionNote;
    QDateTime expiresUtc; // approved only

    // Approved and not yet expired at the given time.
    bool isActiveAt(const QDateTime& nowUtc) const {
        return status == Status::Approved && expiresUtc.isValid() && nowUtc < expiresUtc;
    }
    // Stable id as stored ("pending", "approved", "refused").
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString& name);
    // Translated, for people ("expired" for an approved one past its expiry).
    static QString statusLabel(const QueryException& exception, const QDateTime& nowUtc);
};

} // namespace pl::core
