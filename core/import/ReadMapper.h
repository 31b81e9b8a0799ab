#pragma once

#include "core/common/Result.h"
#include "core/import/CoordinateParser.h"
#include "core/import/ImportProfile.h"
#include "core/import/MappedRead.h"
#include "core/import/PlateNormalizer.h"
#include "core/import/SourceRecord.h"
#include "core/import/StateMapper.h"
#include "core/import/TimestampParser.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>

#include <vector>

namespace pl::core {

class LocalTimeResolver;

// Applies a profile to one source row: finds each field's column, parses and
// normalizes it, and says either how the row became a read (with flags) or
// why it was rejected. Knows nothing of the store. Built once per import
// from the file's header; map() is the per-row hot path.
class ReadMapper {
public:
    struct Context {
        QString importDir;  // where relative image paths start
        QDateTime baseTime; // wall clock for relative (video) times
        bool date1904 = false;
        bool fromWorkbook = false; // cells are typed (.xlsx)
    };

    static Result<ReadMapper> create(const ImportProfile& profile, const QStringList& header,
                                     const Context& context);
    // Field name -> column index in header (-1 when not found), in profile order.
    static QList<QPair<QString, int>> columnMapping(const ImportProfile& profile,
                                                    const QStringList& header);

    // Fills `read` from the row. Returns the rejection reasons ("; "-joined
    // codes), or an empty string when the row is a read.
    QString map(const SourceRecord& record, MappedRead& read) const;
    // Turns the read's wall-clock time into UTC in the device's zone, adding
    // flags for DST overlaps and gaps; returns a rejection reason or empty.
    QString resolveTime(MappedRead& read, LocalTimeResolver& zone, qint64 nowMs) const;

private:
    struct Column {
        QString field;
        ProfileField spec;
        std::vector<int> indexes;
        TimestampParser timestamps;
        StateMapper states;
    };

    ReadMapper(const ImportProfile& profile, Context context);
    QString mapTime(const Column& column, const SourceRecord& record, MappedRead& read) const;
    QString mapImage(const Column& column, const SourceCell& cell, MappedRead& read) const;

    const ImportProfile* m_profile;
    Context m_context;
    PlateNormalizer m_plates;
    std::vector<Column> m_columns;
    int m_latitude = -1; // index into m_columns
    int m_longitude = -1;
    int m_relative = -1;
    qint64 m_notBeforeMs = 0;
    qint64 m_baseWallMs = 0;
};

} // namespace pl::core
