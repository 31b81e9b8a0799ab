#pragma once

#include "core/import/Device.h"
#include "core/import/ImportProfile.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pl::core {

// What a person asks to import.
struct ImportRequest {
    QString filePath;
    QString profileId;  // empty: detect from the file
    QString deviceName; // default device; rows with a device column name their own
    Device::Type deviceType = Device::Type::Covert; // for devices created by this import
    QString timeZone; // empty: the device's zone, else the profile's, else the system's
    std::optional<double> deviceLatitude; // for a device created by this import
    std::optional<double> deviceLongitude;
    QString sheet;                // xlsx: empty for the profile's choice
    QDateTime baseTime;           // wall-clock start for profiles with relative times (video)
    bool confirmReimport = false; // the same file (SHA-256) was imported before
};

// One row that did not become a read, or became one with flags.
struct ImportRowIssue {
    enum class Kind { Rejected, Duplicate, Skipped, Flagged };
    qint64 line = 0;
    qint64 lastLine = 0;
    Kind kind = Kind::Rejected;
    QString code;    // stable reason codes, ';'-separated: "bad_datetime:'13/07/2024 - 16:41:00'"
    QString message; // translated explanation
    QString raw;     // the row as it stood in the file
};

struct ImportCounts {
    qint64 rowsRead = 0; // data rows (after header, blank and trailer lines)
    qint64 stored = 0;   // reads stored, with or without flags
    qint64 flagged = 0;  // of stored, those with flags
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 skipped = 0; // blank, header, trailer and skip-rule lines
};

// An import as recorded in the store.
struct ImportRecord {
    enum class Status { Running, Complete, Cancelled, Failed, RolledBack };

    qint64 id = 0;
    QString fileName;
    QString filePath;
    QString sha256; // hex
    qint64 fileSize = 0;
    QString profileId;
    QString deviceName;
    QString timeZone;
    QString userName;
    QDateTime startedUtc;
    QDateTime finishedUtc;
    Status status = Status::Running;
    QString failure;
    bool reimportConfirmed = false;
    // Still marked running, but no process is working on it: a killed or
    // crashed import. It can be resumed or rolled back.
    bool interrupted = false;
    qint64 resumeRecord = 0;
    ImportCounts counts;

    bool isIncomplete() const {
        return status == Status::Cancelled || status == Status::Failed ||
               (status == Status::Running && interrupted);
    }
    static QString statusName(Status status);
    static QString statusLabel(Status status);
};

struct ImportSummary {
    ImportRecord record;
    // Rejected and duplicate rows of this run, in file order (also kept in the store).
    QList<ImportRowIssue> issues;
    // Normalized plates that share an OCR match key with another plate of this
    // import's rows (e.g. B0KT552 / BOKT552): possibly the same vehicle, not
    // merged. Taken from every row with a readable plate, time and place,
    // stored or duplicate.
    QList<QStringList> ocrEquivalentPlates;
    // Hot-list alerts this run's reads raised (each goes to its entry's owner).
    int alerts = 0;
};

// Progress of a running import: records done out of an estimate.
struct ImportProgress {
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    ImportCounts counts;
};

// What the wizard shows before anything is stored.
struct ImportPreview {
    QString filePath;
    QString fileName;
    qint64 fileSize = 0;
    QString sha256;
    QStringList sheets;        // xlsx
    QString sheet;             // the sheet previewed
    QString detectedProfileId; // empty when nothing matched
    QString detectedLayout;    // "CSV, UTF-8 with BOM, CRLF, comma" etc. (translated)
    QStringList header;        // header cells (or "Column 1"... without a header)
    qint64 headerLine = 0;
    QList<QStringList> rows; // first data rows, cells as text
    QList<qint64> rowLines;
    // Field name -> column index in header, for the chosen profile (-1 unmapped).
    QList<QPair<QString, int>> mapping;
    QList<ImportRecord> previousImports; // of the same SHA-256
};

} // namespace pl::core
