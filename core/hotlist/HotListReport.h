#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pl::core {

// What the hot lists did in one calendar month, for supervisors: per list
// (entries added by hand form a row of their own) and per entry, the alerts
// raised, hits and possible matches apart; and how many entries were added,
// reviewed and removed in the month and how many were overdue for review at
// its end. Months are calendar months in UTC, like every time the store
// keeps, so the same month gives the same figures at any station.
struct HotListReport {
    // The figures of one list, of the manual entries, or of all together.
    struct Figures {
        qint64 entries = 0;  // on the list at the month's end (added, not removed)
        qint64 added = 0;    // added (by hand or by an import) in the month
        qint64 reviewed = 0; // reviewed in the month (each entry once)
        qint64 removed = 0;  // removed in the month
        qint64 overdue = 0;  // at the month's end: active, not removed, past review
        qint64 hits = 0;     // alerts raised in the month, by kind
        qint64 possible = 0;
    };
    struct ListRow {
        std::optional<qint64> listId; // empty: the entries added by hand
        QString name;                 // the list's name; empty for manual entries
        Figures figures;
    };
    // An entry that raised at least one alert in the month.
    struct EntryRow {
        qint64 entryId = 0;
        QString plate;
        QString state;
        QString category;
        QString caseNumber;
        QString ownerName;
        std::optional<qint64> listId;
        QString listName;
        bool removed = false; // removed by the report's end
        qint64 hits = 0;
        qint64 possible = 0;
    };

    QDate month;       // the first day of the month
    QDateTime fromUtc; // the month's first instant
    QDateTime toUtc;   // the next month's first instant (excluded)
    QDateTime asOfUtc; // toUtc, or the time of the report while the month runs
    QDateTime generatedUtc;
    QString generatedBy;     // user name
    QList<ListRow> lists;    // manual entries first, then lists by name
    QList<EntryRow> entries; // most alerts first
    Figures total;

    bool isPartial() const { return asOfUtc < toUtc; }
    // "2026-03".
    QString monthText() const;
    // The display name of a list row: its name, or "Entries added by hand".
    static QString listLabel(const ListRow& row);

    // "YYYY-MM" to the month's first day; a clear message when it is not one.
    static Result<QDate> parseMonth(const QString& text);

    // The report as CSV (UTF-8, CRLF): a block naming the month, its period
    // and when and by whom it was made; the lists with their figures and the
    // total; the entries with their alerts. Each block has its header line and
    // blocks are separated by an empty line. A cell that a spreadsheet would
    // take for a formula (beginning with = + - @, a tab or a carriage return)
    // is prefixed with a single quote.
    QByteArray toCsv() const;
    // The same cell rule (Csv::cell), for tests.
    static QString csvCell(const QString& value);
};

} // namespace pl::core
