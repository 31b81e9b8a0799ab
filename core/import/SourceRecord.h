#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pl::core {

// One cell as the source file holds it. Text files give Text or Empty cells;
// .xlsx cells keep their type so a plate stored as a number, or a date typed as
// text, can be told apart from the real thing.
struct SourceCell {
    enum class Kind { Empty, Text, Number, Boolean, Error };

    Kind kind = Kind::Empty;
    // The text a person sees: for numbers an integer prints without ".0" and
    // other numbers in the shortest exact form; for Error the error text (#N/A).
    QString text;
    // Number and Boolean cells only (Boolean: 0 or 1).
    double number = 0.0;
    // Number cells whose style is a date or time format (xlsx); number is then
    // an Excel serial in the workbook's date system, see RecordSource::date1904.
    bool dateStyled = false;
    // The cell's number-format code when it has one other than General (xlsx).
    QString numberFormat;

    bool isEmpty() const { return kind == Kind::Empty; }
};

// One logical record: a delimited line (which may span physical lines when a
// quoted field holds a newline) or a worksheet row.
struct SourceRecord {
    // First and last physical line (1-based) of a text record, or the worksheet
    // row number (both equal) of an .xlsx row.
    qint64 line = 0;
    qint64 lastLine = 0;
    // The record exactly as it stood in the file, decoded, without its line
    // terminator; for an .xlsx row, the cells' texts joined by tabs.
    QString raw;
    QList<SourceCell> cells;
    // Set when this record was not valid UTF-8 and was decoded as Windows-1252
    // under automatic encoding detection.
    bool decodedAsWindows1252 = false;

    void clear() {
        line = lastLine = 0;
        raw.clear();
        cells.clear();
        decodedAsWindows1252 = false;
    }
};

// A forward-only stream of records from one file. Readers never hold the whole
// file: memory stays bounded by the longest record (which is itself bounded).
class RecordSource {
public:
    virtual ~RecordSource() = default;

    // Reads the next record into `record`. Returns true when a record was read,
    // false at the end, or an error that names where the file broke (line or
    // row, byte offset or zip entry) with a translated message.
    virtual Result<bool> next(SourceRecord& record) = 0;

    // For progress: bytes of the input consumed so far, and in total (compressed
    // bytes for .xlsx). Both may be estimates; done <= total.
    virtual qint64 progressDone() const = 0;
    virtual qint64 progressTotal() const = 0;

    // True for workbooks in Excel's 1904 date system.
    virtual bool date1904() const { return false; }
};

} // namespace pl::core
