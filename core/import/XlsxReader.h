#pragma once

#include "core/common/Result.h"
#include "core/import/SourceRecord.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <memory>
#include <optional>

class QuaZip;
class QuaZipFile;
class QXmlStreamReader;

namespace pl::core {

// Reads the rows of one worksheet of an .xlsx workbook (Office Open XML) as a
// RecordSource. The workbook structure, the cell styles and the shared-string
// table are read when the file is opened; the selected worksheet is then
// streamed from the zip entry one <row> at a time, so memory stays bounded by
// the shared strings and the longest row, never by the size of the sheet.
//
// Rows missing from the sheet XML are not reported: record.line jumps. Cells
// are placed by column (A = 0), with Empty cells for the gaps. Errors name the
// zip entry, the worksheet row and the XML line and column where the file broke.
//
// Limits (refused with a clear error rather than risking memory or time):
// a zip entry larger than maxEntrySize when uncompressed, or larger than
// bombCheckSize and compressed more than maxCompressionRatio:1; more than
// maxSharedStrings shared strings or more than maxSharedStringBytes of their
// text (UTF-16, as held in memory); a row with a cell beyond column XFD
// (16384 columns) or with more than maxRowChars characters of text.
//
// Not thread-safe; one reader per thread. The reader owns the open zip file.
class XlsxReader final : public RecordSource {
public:
    static constexpr qint64 maxEntrySize = qint64(4) * 1024 * 1024 * 1024;
    static constexpr qint64 bombCheckSize = qint64(100) * 1000 * 1000;
    static constexpr qint64 maxCompressionRatio = 200;
    static constexpr qint64 maxSharedStrings = 2000000;
    static constexpr qint64 maxSharedStringBytes = qint64(512) * 1024 * 1024;
    static constexpr int maxColumns = 16384;
    static constexpr qint64 maxRowChars = qint64(16) * 1024 * 1024;

    // Opens the workbook and reads its structure, styles and shared strings.
    // The first sheet is selected.
    static Result<std::unique_ptr<XlsxReader>> open(const QString& path);

    ~XlsxReader() override;
    XlsxReader(const XlsxReader&) = delete;
    XlsxReader& operator=(const XlsxReader&) = delete;

    // Sheet names in workbook order (hidden sheets included).
    QStringList sheetNames() const;
    int selectedSheet() const { return m_selected; }
    // Selects a sheet and restarts reading at its first row. A name matches
    // exactly, else ignoring case (as Excel does). The sheet's zip entry is
    // opened here, so a missing or oversized entry is reported now.
    Status selectSheet(int index);
    Status selectSheet(const QString& name);

    Result<bool> next(SourceRecord& record) override;
    // Compressed bytes of the selected sheet's zip entry: consumed (estimated
    // from the uncompressed position) and in total.
    qint64 progressDone() const override;
    qint64 progressTotal() const override;
    bool date1904() const override { return m_date1904; }

    // A date and a time of day on the wall clock, with no time zone: what an
    // Excel serial number means. Invalid (both parts) when the serial is out of
    // range, not finite, or falls on the fictitious 1900-02-29.
    struct WallClock {
        QDate date;
        QTime time;
        bool isValid() const { return date.isValid() && time.isValid(); }
    };

    // Converts an Excel serial (days since the epoch, fraction = time of day)
    // to a wall-clock date and time rounded to the millisecond. 1900 system:
    // serial 1 = 1900-01-01; Excel counts a 1900-02-29 (serial 60) that did not
    // exist, so serials below 61 are one day earlier than the arithmetic gives;
    // 0 <= serial < 1 (a time only) gives 1899-12-31. 1904 system: serial 0 =
    // 1904-01-01. Negative serials and dates after 9999-12-31 are invalid.
    static WallClock excelSerialToDateTime(double serial, bool date1904);

    // Whether a number-format code shows a date or a time: it has d, m, y, h
    // or s outside quoted text, [bracketed] colours and locales, and escaped
    // characters, or an elapsed-time bracket such as [h].
    static bool isDateFormatCode(QStringView code);
    // The code of a built-in number format ("m/d/yyyy" for 14); empty for
    // General and for ids without a fixed code.
    static QString builtInNumberFormat(int id);
    // Whether a built-in number format id is a date or time format.
    static bool isBuiltInDateFormat(int id);

private:
    struct Sheet {
        QString name;
        QString entry; // zip entry name; empty when the workbook names no part
    };
    struct CellStyle {
        bool date = false;
        QString numberFormat;
    };

    XlsxReader();

    Status load();
    Result<QString> findOfficeDocument();
    Status readWorkbook(const QString& entry);
    Status readStyles(const QString& entry);
    Status readSharedStrings(const QString& entry);
    Result<std::unique_ptr<QuaZipFile>> openEntry(const QString& entry);
    bool hasEntry(const QString& entry);
    Error xmlError(const QString& entry, const QXmlStreamReader& xml) const;
    Error entryReadError(const QString& entry, const QXmlStreamReader& xml,
                         const QuaZipFile& file) const;

    void closeSheet();
    Status openSheet();
    Result<bool> readRow(SourceRecord& record);
    Status readCell(SourceRecord& record, qint64 row, int& nextColumn, qint64& rowChars);
    Status readValue(QByteArray& out, qint64 row, qint64 rowChars);
    Status readInlineString(QString& out, qint64 row, qint64 rowChars);
    Status skipElement(qint64 row);
    Status finishSheet();
    Error sheetError(const QString& message) const;
    Error scanError(qint64 row) const;

    QString m_path;
    QString m_fileName;
    std::unique_ptr<QuaZip> m_zip;
    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QList<CellStyle> m_styles;
    bool m_date1904 = false;

    // The selected worksheet, streamed. Worksheets and the shared strings,
    // the parts that grow with the data, are read by a small pull scanner of
    // its own on the UTF-8 bytes (see XlsxReader.cpp); QXmlStreamReader, used
    // for the small parts, tokenises too slowly for a million-row sheet.
    class Scanner;
    int m_selected = 0;
    std::unique_ptr<QuaZipFile> m_sheetFile;
    std::unique_ptr<Scanner> m_scanner;
    qint64 m_compressedSize = 0;
    qint64 m_uncompressedSize = 0;
    bool m_inSheetData = false;
    bool m_finished = false;
    std::optional<Error> m_failure;
    qint64 m_lastRow = 0;
    QByteArray m_value; // reused buffer for a cell's <v> text
};

} // namespace pl::core
