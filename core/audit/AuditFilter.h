#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pl::core {

// What a supervisor narrows the audit trail to. Empty fields do not filter.
struct AuditFilter {
    QDateTime fromUtc; // inclusive
    QDateTime toUtc;   // exclusive
    QString user;      // log-in name as recorded, any case
    // An action name ("search.run"), or a family of them ending in ".*"
    // ("search.*").
    QString action;
    // Normalised as a search's plate is; '?' and '*' are wildcards.
    QString plate;
    QString caseNumber; // any case
    QString outcome;    // "success", "failure" or "refused"
    bool onlyFlagged = false;

    bool isEmpty() const;
    // The filter as recorded in the audit event that applied it.
    QJsonObject toJson() const;
    // Checks and normalises: the time range the right way round, a known
    // outcome, a plate a search would accept. Messages are translated.
    Result<AuditFilter> normalised() const;
};

} // namespace pl::core
