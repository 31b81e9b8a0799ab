#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace pl::bench {

// Writes a one-sheet .xlsx workbook row by row, for benchmarks and large test
// inputs. The worksheet is streamed into the zip as rows arrive; only the
// shared-string table (when used) is kept in memory until close().
//
// Cell values by QVariant type: QString -> string (shared or inline);
// int, qint64, double, ... -> number; bool -> boolean; QDateTime -> number
// styled "yyyy-mm-dd hh:mm:ss", QDate -> "yyyy-mm-dd", QTime -> "hh:mm:ss"
// (1900 date system); an invalid QVariant -> no cell (a gap in the row).
class XlsxWriter {
public:
    enum class Strings { Shared, Inline };

    XlsxWriter();
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    bool open(const QString& path, Strings strings = Strings::Shared,
              const QString& sheetName = QStringLiteral("Sheet1"));
    // Writes the next row (row numbers count from 1).
    bool writeRow(const QList<QVariant>& cells);
    // Finishes the sheet and writes the other parts. Also called by the destructor.
    bool close();

    qint64 rowsWritten() const { return m_rows; }
    QString errorString() const { return m_error; }

private:
    bool flush();
    bool writeEntry(const QString& name, const QByteArray& data);
    bool fail(const QString& message);

    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    Strings m_strings = Strings::Shared;
    QString m_sheetName;
    QByteArray m_buffer;
    QHash<QString, qint64> m_sharedIndex;
    QList<QString> m_shared;
    qint64 m_sharedUses = 0;
    qint64 m_rows = 0;
    QString m_error;
};

} // namespace pl::bench
