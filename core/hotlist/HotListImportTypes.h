#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace pl::core {

// What a person asks to import as a hot list.
struct HotListImportRequest {
    QString filePath;
    QString profileId;    // empty: detect from the file
    QString listName;     // empty: the profile's label
    QString caseNumber;   // required; a case of this store must be open
    QString reason;       // required: why the list's plates are of interest
    QString defaultState; // optional: for records that name no state
};

// One record of a hot-list file and what became of it.
struct HotListImportRow {
    enum class Outcome { Accepted, Flagged, Rejected, Duplicate, Skipped };

    qint64 line = 0;
    qint64 lastLine = 0;
    Outcome outcome = Outcome::Accepted;
    // Stable codes, "; "-separated: the rejection, duplicate or skip reason,
    // or the flags of an accepted record ("state_zero_for_O").
    QString reason;
    QString message; // translated explanation of reason
    QString raw;     // the record as it stood in the file

    // accepted, flagged, rejected, duplicate, skipped (as stored).
    static QString outcomeName(Outcome outcome);
    // Translated, for people.
    static QString outcomeLabel(Outcome outcome);
};

struct HotListImportCounts {
    qint64 records = 0;    // data records (after header, blank and trailer lines)
    qint64 accepted = 0;   // entries stored without flags
    qint64 flagged = 0;    // entries stored with flags
    qint64 rejected = 0;   // records refused, each with its reason
    qint64 duplicates = 0; // records repeating an earlier one of the file
    qint64 skipped = 0;    // records left out by a profile rule (expired)
    // What the stored entries did to the list.
    qint64 added = 0;        // new entries
    qint64 kept = 0;         // entries already on the list, re-validated
    qint64 removed = 0;      // the list's entries no longer in the file
    qint64 nonDataLines = 0; // header, blank, comment and trailer lines

    qint64 stored() const { return accepted + flagged; }
};

// A finished import: the list as it is now and every record's outcome.
struct HotListImportSummary {
    qint64 importId = 0;
    qint64 listId = 0;
    QString listName;
    bool listReplaced = false; // the list existed; its entries were replaced
    QString fileName;
    QString sha256; // hex
    QString profileId;
    QString caseNumber;
    QString reason;
    QDateTime importedUtc;
    HotListImportCounts counts;
    // Every record that was not accepted clean, in file order.
    QList<HotListImportRow> issues;
};

// Progress of a running import: bytes of the file read and the counts so far.
struct HotListImportProgress {
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    HotListImportCounts counts;
};

// Receives progress from a running import; returning false cancels it.
using HotListImportProgressFn = std::function<bool(const HotListImportProgress&)>;

// What a preview shows of one of the first records.
struct HotListPreviewRow {
    qint64 line = 0;
    QString raw;
    HotListImportRow::Outcome outcome = HotListImportRow::Outcome::Accepted;
    QString reason; // rejection or flags, as in HotListImportRow
    QString plate;
    QString state;
    QString category;
    QString listCode;
    QDate expiry;
};

// What a person sees before importing: the layout found, how the first
// records map, and the list a import would create or replace.
struct HotListImportPreview {
    QString filePath;
    QString fileName;
    qint64 fileSize = 0;
    QString sha256;
    QString detectedProfileId; // empty when no hot-list profile fits the file
    QString profileId;         // the profile the rows were mapped with
    QString profileLabel;
    QString layout;   // "Text, UTF-8, CRLF line ends, ..." (translated)
    QString problem;  // why nothing could be mapped (translated), or empty
    QString listName; // the default list name for this profile
    // The list of that name as it is now.
    bool listExists = false;
    QString listOwner;
    qint64 listEntries = 0;
    QList<HotListPreviewRow> rows;
};

} // namespace pl::core
