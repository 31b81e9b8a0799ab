#pragma once

#include "core/audit/AuditEvent.h"
#include "core/audit/AuditLog.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace pl::core {

// A span of time [startUtc, endUtc), e.g. a calendar quarter in local time.
struct AuditPeriod {
    QDateTime startUtc;
    QDateTime endUtc;
    QString label; // e.g. "Q1 2026", for people

    bool operator==(const AuditPeriod& other) const {
        return startUtc == other.startUtc && endUtc == other.endUtc;
    }
};

// A periodic review of the audit trail as stored (audit_reviews). It covers
// the events #firstSeq to #lastSeq (0 and 0 when the period holds none).
struct AuditReview {
    qint64 id = 0;
    QDateTime periodStartUtc;
    QDateTime periodEndUtc;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    qint64 startedBy = 0;
    QString startedByName;
    QDateTime startedUtc;
    qint64 itemCount = 0;
    qint64 checkedCount = 0;

    // Once signed.
    std::optional<qint64> signedBy;
    QString signedByName;
    QDateTime signedUtc;
    QString note;
    qint64 eventsCount = 0;  // events #firstSeq to #lastSeq
    qint64 flaggedCount = 0; // items for flagged events
    qint64 sampledCount = 0; // items sampled from the others
    bool chainIntact = false;
    QString chainStatus;  // "intact", or the first problem verification found
    QByteArray lastHash;  // SHA-256 of event #lastSeq, as recorded at signing
    qint64 signedSeq = 0; // the audit.review_signed event

    bool isSigned() const { return signedUtc.isValid(); }
    bool allChecked() const { return checkedCount == itemCount; }
};

// One event a review works through.
struct AuditReviewItem {
    enum class Kind { Flagged, Sample };

    qint64 reviewId = 0;
    Kind kind = Kind::Sample;
    AuditEvent event;
    QStringList rules; // the anomaly rules that flagged it, sorted
    std::optional<qint64> checkedBy;
    QString checkedByName;
    QDateTime checkedUtc;
    QString note;

    bool isChecked() const { return checkedUtc.isValid(); }
};

// The result of re-checking a signed review.
struct AuditReviewCheck {
    qint64 reviewId = 0;
    bool unchanged = true;
    QStringList changes;     // translated, one sentence each; empty when unchanged
    AuditVerification chain; // events #1 to #lastSeq, as verified now
    qint64 eventsNow = 0;    // events #firstSeq to #lastSeq now
    QByteArray lastHashNow;  // the stored hash of #lastSeq now (empty when gone)
};

} // namespace pl::core
