#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pl::core {

// What the station's people did with its data over a period, for
// supervisors: searches (per user and per reason category), alerts,
// query-window exceptions, reads brought in and purged, users whose training
// is about to expire, and how many plates were read often in a calendar
// month. Counted from the audit trail and the store. Periods are
// [fromUtc, toUtc) with boundaries at midnight UTC, like every time the store
// keeps, so the same period gives the same figures at any station.
struct AuditReport {
    // A period with both ends at midnight UTC; the end is excluded.
    struct Period {
        QDateTime fromUtc;
        QDateTime toUtc;

        bool isValid() const { return fromUtc.isValid() && toUtc.isValid() && fromUtc < toUtc; }
        // The calendar month, or quarter, that holds day.
        static Period month(const QDate& day);
        static Period quarter(const QDate& day);
        // The quarter before the one that holds day.
        static Period previousQuarter(const QDate& day);
        // first to last, both days included.
        static Period days(const QDate& first, const QDate& last);
        // "2026-01-01 to 2026-03-31" (the last day included).
        QString text() const;
    };

    struct UserSearches {
        QString userName;
        qint64 searches = 0; // run
        qint64 refused = 0;
    };
    // The reason category of a search: its case's basis (administrative or
    // criminal) and, for a criminal case, the offense category.
    struct CategorySearches {
        QString basis;   // "administrative" or "criminal", as recorded
        QString offense; // offense category code; empty for administrative
        QString label;   // for people: "Criminal: Homicide"
        qint64 searches = 0;
    };
    struct OwnerAlerts {
        qint64 ownerId = 0;
        QString ownerName; // "#id" when the owner is not (or no longer) known
        qint64 alerts = 0;
    };
    // An active user whose training has expired, has no record, or expires
    // within trainingHorizonDays of the reference date.
    struct TrainingDue {
        QString userName;
        QString displayName;
        Role role = Role::Agent;
        QDate completed; // invalid when never recorded
        QDate expires;   // invalid when never recorded
        bool expired = false;
    };
    // Reads of one calendar month (within the period), by read time.
    struct PlateMonth {
        QDate month;                // the month's first day
        bool whole = true;          // false: the period covers only part of the month
        qint64 reads = 0;           // in the store now
        qint64 plates = 0;          // distinct (normalized) plates
        qint64 platesOften = 0;     // read oftenThreshold times or more
        qint64 platesVeryOften = 0; // read veryOftenThreshold times or more
    };

    static constexpr int oftenThreshold = 4;
    static constexpr int veryOftenThreshold = 7;
    static constexpr int trainingHorizonDays = 30;

    QDateTime fromUtc;
    QDateTime toUtc;   // excluded
    QDateTime asOfUtc; // toUtc, or the time of the report while the period runs
    QDateTime generatedUtc;
    QString generatedBy;

    qint64 searches = 0; // search.run
    qint64 searchesRefused = 0;
    QList<UserSearches> searchesByUser;         // most searches first
    QList<CategorySearches> searchesByCategory; // most searches first

    qint64 alerts = 0;
    QList<OwnerAlerts> alertsByOwner; // most alerts first

    qint64 exceptionsRequested = 0;
    qint64 exceptionsApproved = 0;
    qint64 exceptionsRefused = 0;

    qint64 importsCompleted = 0;
    qint64 importsNotCompleted = 0; // cancelled or failed
    qint64 importReadsStored = 0;   // by completed imports
    qint64 importDuplicates = 0;
    qint64 importRejected = 0;

    qint64 captures = 0;  // camera captures stopped in the period
    qint64 liveReads = 0; // reads stored by those captures

    qint64 purgeRuns = 0;
    qint64 readsPurged = 0;

    QDate trainingReference;        // the date the horizon counts from
    QList<TrainingDue> trainingDue; // soonest expiry first, never recorded first

    QList<PlateMonth> plateMonths; // oldest first

    bool isPartial() const { return asOfUtc < toUtc; }
    Period period() const { return {fromUtc, toUtc}; }

    static QString basisLabel(const QString& basis);

    // The report as CSV (UTF-8, CRLF): a block naming the period and when
    // and by whom it was made, then one block per table, each with its
    // header line, separated by empty lines. Cells go through Csv::cell.
    QByteArray toCsv() const;
};

} // namespace pl::core
