#include "core/import/FixedWidthReader.h"

namespace pl::core {

CsvReader::Options FixedWidthReader::lineOptions(CsvReader::Encoding encoding) {
    // No quoting, so a record is exactly one physical line; the delimiter
    // only decides how CsvReader splits cells, which are not used here.
    CsvReader::Options options;
    options.delimiter = '\t';
    options.quote = '\0';
    options.encoding = encoding;
    return options;
}

FixedWidthReader::FixedWidthReader(QIODevice* device, CsvReader::Encoding encoding,
                                   QList<ImportProfile::FixedColumn> columns)
    : m_lines(device, lineOptions(encoding))
    , m_columns(std::move(columns)) {}

QStringList FixedWidthReader::header(const ImportProfile& profile) {
    QStringList names;
    for (const ImportProfile::FixedColumn& column : profile.fixedColumns)
        names.append(column.name);
    return names;
}

Result<bool> FixedWidthReader::next(SourceRecord& record) {
    auto got = m_lines.next(record);
    if (!got || !got.value())
        return got;
    const QString& raw = record.raw;
    const auto count = m_columns.size();
    if (record.cells.size() != count)
        record.cells.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        const ImportProfile::FixedColumn& column = m_columns.at(i);
        SourceCell& cell = record.cells[i];
        const qsizetype from = column.start - 1;
        const qsizetype length = column.length > 0 ? column.length : -1;
        cell.text = from < raw.size() ? raw.mid(from, length) : QString();
        cell.kind = cell.text.isEmpty() ? SourceCell::Kind::Empty : SourceCell::Kind::Text;
        cell.number = 0.0;
        cell.dateStyled = false;
        cell.numberFormat.clear();
    }
    return true;
}

QString FixedWidthReader::lineIssue(const ImportProfile& profile, const SourceRecord& record,
                                    QStringList& flags) {
    if (profile.layout != ImportProfile::Layout::FixedWidth)
        return {};
    // A tab means the line was re-typed or exported with another delimiter:
    // its positions cannot be trusted, whatever its length.
    if (profile.rejectTabs && record.raw.contains(QLatin1Char('\t')))
        return QStringLiteral("tab_in_fixed_width_line");
    const qsizetype length = record.raw.size();
    if (profile.minLineLength > 0 && length < profile.minLineLength)
        return QStringLiteral("line_too_short:") + QString::number(length);
    if (profile.fullLineLength > 0 && length < profile.fullLineLength)
        flags.append(QStringLiteral("short_record:") + QString::number(length));
    return {};
}

} // namespace pl::core
