#pragma once

#include "core/common/Result.h"
#include "core/import/CsvReader.h"
#include "core/import/ImportProfile.h"
#include "core/import/SourceRecord.h"

#include <QList>
#include <QString>

class QIODevice;

namespace pl::core {

// Streaming reader for fixed-width text (NCIC-style hot lists): each physical
// line is one record, cut into the profile's columns by character position.
// Decoding, line ends, limits and error messages are CsvReader's; this only
// slices each line's raw text. A line shorter than a column's start leaves
// that cell Empty; cells keep their padding (the mappers trim).
//
// The line-level rules of a fixed-width profile (too short, short, tab in the
// line) are outcomes of one record, not reading errors: see lineIssue().
class FixedWidthReader final : public RecordSource {
public:
    FixedWidthReader(QIODevice* device, CsvReader::Encoding encoding,
                     QList<ImportProfile::FixedColumn> columns);

    Result<bool> next(SourceRecord& record) override;
    qint64 progressDone() const override { return m_lines.progressDone(); }
    qint64 progressTotal() const override { return m_lines.progressTotal(); }

    // The column names, in order: the header of a fixed-width source.
    static QStringList header(const ImportProfile& profile);

    // The profile's line rules applied to one record: a rejection reason
    // ("tab_in_fixed_width_line", "line_too_short:<n>"), or empty, with the
    // flag "short_record:<n>" appended to flags for a line shorter than the
    // full length. Does nothing for delimited layouts.
    static QString lineIssue(const ImportProfile& profile, const SourceRecord& record,
                             QStringList& flags);

    static CsvReader::Options lineOptions(CsvReader::Encoding encoding);

private:
    CsvReader m_lines;
    QList<ImportProfile::FixedColumn> m_columns;
};

} // namespace pl::core
