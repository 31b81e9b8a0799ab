#include "core/import/ReadMapper.h"

#include "core/import/FixedWidthReader.h"
#include "core/import/LocalTimeResolver.h"
#include "core/import/ProfileLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace pl::core {

namespace {

class MapperText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::ReadMapper)
public:
    static QString missingColumn(const QString& field, const QString& column) {
        return tr("The file has no column \"%1\" for the field \"%2\". Map the field to one of "
                  "the file's columns, or choose another profile.")
            .arg(column, field);
    }
};

constexpr qint64 maxImageBytes = 20 * 1024 * 1024;

StateMapper::Style stateStyle(const QString& format) {
    if (format == QStringLiteral("openalpr_region"))
        return StateMapper::Style::OpenAlprRegion;
    if (format == QStringLiteral("ncic"))
        return StateMapper::Style::Ncic;
    return StateMapper::Style::CodeOrName;
}

int findColumn(const QString& column, const QStringList& header) {
    if (column.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const int index = column.mid(1).toInt(&ok);
        return ok && index >= 0 ? index : -1;
    }
    const QString key = ProfileLibrary::headerKey(column);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (ProfileLibrary::headerKey(header.at(i)) == key)
            return static_cast<int>(i);
    }
    return -1;
}

const SourceCell& cellAt(const SourceRecord& record, int index) {
    static const SourceCell empty;
    return index >= 0 && index < record.cells.size() ? record.cells.at(index) : empty;
}

bool isBlank(const SourceCell& cell) {
    return cell.kind == SourceCell::Kind::Empty || cell.text.trimmed().isEmpty();
}

QString quoted(const QString& field, const QString& text) {
    return field + QStringLiteral("='") + text + QLatin1Char('\'');
}

// A number from a cell: typed numbers as they are, text strictly (no units,
// no "nan", no thousands separators).
std::optional<double> numberOf(const SourceCell& cell) {
    if (cell.kind == SourceCell::Kind::Number)
        return std::isfinite(cell.number) ? std::optional<double>(cell.number) : std::nullopt;
    bool ok = false;
    const double value = cell.text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString issue(QLatin1StringView code, const QString& detail) {
    return QString(code) + QLatin1Char(':') + detail;
}

} // namespace

ReadMapper::ReadMapper(const ImportProfile& profile, Context context)
    : m_profile(&profile)
    , m_context(std::move(context)) {}

QList<QPair<QString, int>> ReadMapper::columnMapping(const ImportProfile& profile,
                                                     const QStringList& header) {
    QList<QPair<QString, int>> mapping;
    for (const ProfileField& field : profile.fields) {
        for (const QString& column : field.columns)
            mapping.append({field.name, findColumn(column, header)});
    }
    return mapping;
}

Result<ReadMapper> ReadMapper::create(const ImportProfile& profile, const QStringList& header,
                                      const Context& context) {
    ReadMapper mapper(profile, context);
    PlateNormalizer::Options plateOptions;
    plateOptions.maxLength = profile.plateMaxLength;
    plateOptions.junkValues = profile.junkValues;
    plateOptions.rejectValues = profile.rejectValues;
    mapper.m_plates = PlateNormalizer(plateOptions);

    for (const ProfileField& spec : profile.fields) {
        Column column;
        column.field = spec.name;
        column.spec = spec;
        for (const QString& name : spec.columns) {
            const int index = findColumn(name, header);
            // A missing optional column is simply not there; a missing
            // required one makes the profile unusable for this file.
            if (index < 0 && spec.required)
                return Error(ErrorCode::InvalidArgument,
                             MapperText::missingColumn(spec.name, name));
            column.indexes.push_back(index);
        }
        if (spec.type == ProfileField::Type::DateTime) {
            const auto unit =
                spec.epochUnit == QStringLiteral("ms")  ? TimestampParser::EpochUnit::Milliseconds
                : spec.epochUnit == QStringLiteral("s") ? TimestampParser::EpochUnit::Seconds
                                                        : TimestampParser::EpochUnit::None;
            auto parser = TimestampParser::create(spec.formats, true, unit);
            if (!parser)
                return parser.error();
            column.timestamps = parser.value();
        }
        if (spec.type == ProfileField::Type::State)
            column.states = StateMapper(stateStyle(spec.stateFormat), true);
        const int position = static_cast<int>(mapper.m_columns.size());
        if (spec.type == ProfileField::Type::Latitude)
            mapper.m_latitude = position;
        if (spec.type == ProfileField::Type::Longitude)
            mapper.m_longitude = position;
        if (spec.name == profile.relativeOffsetField)
            mapper.m_relative = position;
        mapper.m_columns.push_back(std::move(column));
    }
    if (!profile.notBefore.isEmpty()) {
        const QDate date = QDate::fromString(profile.notBefore, Qt::ISODate);
        if (date.isValid())
            mapper.m_notBeforeMs = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    if (context.baseTime.isValid())
        mapper.m_baseWallMs =
            LocalTimeResolver::wallMs(context.baseTime.date(), context.baseTime.time());
    return mapper;
}

QString ReadMapper::mapTime(const Column& column, const SourceRecord& record,
                            MappedRead& read) const {
    const SourceCell& dateCell = cellAt(record, column.indexes.empty() ? -1 : column.indexes[0]);
    const SourceCell& timeCell = cellAt(record, column.indexes.size() > 1 ? column.indexes[1] : -1);
    const bool twoColumns = column.indexes.size() > 1;
    const bool excel = column.spec.excelSerial && m_context.fromWorkbook;

    if (isBlank(dateCell))
        return column.spec.required ? issue(QLatin1StringView("missing_required"), column.field)
                                    : QString();
    QString text = dateCell.text.trimmed();
    read.timeText =
        twoColumns && !isBlank(timeCell) ? text + QLatin1Char(' ') + timeCell.text.trimmed() : text;

    QDate date;
    QTime time;
    bool haveTime = false;
    if (dateCell.kind == SourceCell::Kind::Number && excel) {
        const auto [d, t] = TimestampParser::fromExcelSerial(dateCell.number, m_context.date1904);
        if (!d.isValid())
            return issue(TimestampParser::kBadDatetime,
                         QLatin1Char('\'') + text + QLatin1Char('\''));
        date = d;
        // A date cell with a fraction, or no time column, carries the time too.
        if (!twoColumns || isBlank(timeCell)) {
            time = t;
            haveTime = true;
        }
    } else {
        const bool combined = !twoColumns || isBlank(timeCell);
        const TimestampParser::Parsed parsed =
            combined ? column.timestamps.parse(text) : column.timestamps.parseDate(text);
        if (!parsed.ok() || (combined && parsed.kind == TimestampParser::Parsed::Kind::TimeOnly) ||
            (combined && parsed.kind == TimestampParser::Parsed::Kind::DateOnly && !twoColumns))
            return TimestampParser::issueText(parsed, text);
        if (parsed.alternative && parsed.formatIndex >= 0)
            read.flags.append(
                QStringLiteral("alt_format:") +
                column.timestamps.formats().at(static_cast<size_t>(parsed.formatIndex)).pattern());
        if (excel)
            read.flags.append(QStringLiteral("date_as_text"));
        if (parsed.kind == TimestampParser::Parsed::Kind::Instant) {
            read.instantMs = parsed.utcMs;
            return {};
        }
        date = parsed.date;
        if (parsed.kind == TimestampParser::Parsed::Kind::LocalDateTime) {
            time = parsed.time;
            haveTime = true;
        }
    }
    if (!haveTime) {
        if (!twoColumns || isBlank(timeCell))
            return issue(TimestampParser::kBadDatetime,
                         QLatin1Char('\'') + read.timeText + QLatin1Char('\''));
        if (timeCell.kind == SourceCell::Kind::Number && excel) {
            const auto [d, t] = TimestampParser::fromExcelSerial(
                timeCell.number - std::floor(timeCell.number), m_context.date1904);
            Q_UNUSED(d)
            if (!t.isValid())
                return issue(TimestampParser::kBadDatetime,
                             QLatin1Char('\'') + read.timeText + QLatin1Char('\''));
            time = t;
        } else {
            const QString timeText = timeCell.text.trimmed();
            const TimestampParser::Parsed parsed = column.timestamps.parseTime(timeText);
            if (!parsed.ok())
                return TimestampParser::issueText(parsed, timeText);
            if (parsed.alternative && parsed.timeFormatIndex >= 0)
                read.flags.append(QStringLiteral("alt_format:") +
                                  column.timestamps.formats()
                                      .at(static_cast<size_t>(parsed.timeFormatIndex))
                                      .pattern());
            else if (parsed.alternative && parsed.formatIndex >= 0)
                read.flags.append(QStringLiteral("alt_format:") +
                                  column.timestamps.formats()
                                      .at(static_cast<size_t>(parsed.formatIndex))
                                      .pattern());
            if (excel)
                read.flags.append(QStringLiteral("time_as_text"));
            time = parsed.time;
        }
    }
    read.wallMs = LocalTimeResolver::wallMs(date, time);
    return {};
}

QString ReadMapper::mapImage(const Column& column, const SourceCell& cell, MappedRead& read) const {
    const QString kind = column.field == QStringLiteral("image_plate") ? QStringLiteral("plate")
                         : column.field == QStringLiteral("image_overview")
                             ? QStringLiteral("overview")
                             : QStringLiteral("frame");
    const QString text = cell.text.trimmed();
    if (column.spec.type == ProfileField::Type::Base64Image) {
        const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty()) {
            read.flags.append(QStringLiteral("bad_image:") + column.field);
            return {};
        }
        read.images.append({kind, QStringLiteral("base64"), decoded.decoded});
        return {};
    }
    QString path = text;
    if (column.spec.pathStyle == QStringLiteral("windows") || path.contains(QLatin1Char('\\')))
        path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const bool windowsAbsolute =
        path.size() > 2 && path.at(1) == QLatin1Char(':') && path.at(2) == QLatin1Char('/');
    const bool absolute = windowsAbsolute || path.startsWith(QLatin1Char('/'));
    if (absolute)
        read.flags.append(QStringLiteral("absolute_image_path"));
    QString resolved;
    if (!windowsAbsolute) {
        const QString candidate = absolute ? path : QDir(m_context.importDir).filePath(path);
        // Relative paths must stay inside the import folder.
        const QString clean = QDir::cleanPath(candidate);
        if (absolute || clean.startsWith(QDir::cleanPath(m_context.importDir) + QLatin1Char('/')))
            resolved = clean;
    }
    QFile file(resolved);
    if (resolved.isEmpty() || !QFileInfo(resolved).isFile() || !file.open(QIODevice::ReadOnly)) {
        read.flags.append(QStringLiteral("image_missing:") + text);
        return {};
    }
    if (file.size() > maxImageBytes) {
        read.flags.append(QStringLiteral("image_too_large:") + text);
        return {};
    }
    read.images.append({kind, text, file.readAll()});
    return {};
}

QString ReadMapper::map(const SourceRecord& record, MappedRead& read) const {
    read.clear();
    if (m_profile->expectedFields > 0 && record.cells.size() != m_profile->expectedFields)
        return QStringLiteral("field_count:%1!=%2")
            .arg(record.cells.size())
            .arg(m_profile->expectedFields);
    if (QString why = FixedWidthReader::lineIssue(*m_profile, record, read.flags); !why.isEmpty())
        return why;
    if (record.decodedAsWindows1252)
        read.flags.append(QStringLiteral("decoded_windows_1252"));

    QStringList rejections;
    QJsonObject extra;
    bool hasPlate = false;
    for (const Column& column : m_columns) {
        const ProfileField& spec = column.spec;
        const SourceCell& cell = cellAt(record, column.indexes.empty() ? -1 : column.indexes[0]);
        if (spec.type == ProfileField::Type::DateTime) {
            if (QString why = mapTime(column, record, read); !why.isEmpty())
                rejections.append(why);
            continue;
        }
        if (spec.type == ProfileField::Type::IntList) {
            QJsonArray values;
            for (int index : column.indexes) {
                const SourceCell& part = cellAt(record, index);
                if (isBlank(part))
                    continue;
                const std::optional<double> value = numberOf(part);
                if (!value || std::floor(*value) != *value) {
                    rejections.append(QStringLiteral("bad_number:") +
                                      quoted(column.field, part.text));
                    break;
                }
                values.append(static_cast<qint64>(*value));
            }
            if (!values.isEmpty())
                extra.insert(column.field, values);
            continue;
        }
        const bool blank = isBlank(cell) || spec.nullValues.contains(cell.text.trimmed());
        if (spec.type == ProfileField::Type::Plate) {
            hasPlate = true;
            read.plateRaw = cell.text;
            const PlateNormalizer::Normalized plate = m_plates.normalize(cell.text);
            if (!plate.ok()) {
                rejections.append(plate.rejection);
                continue;
            }
            read.plate = plate.normalized;
            read.matchKey = PlateNormalizer::matchKey(plate.normalized);
            if (cell.kind == SourceCell::Kind::Number && spec.numericCellFlag)
                read.flags.append(QStringLiteral("plate_was_numeric_cell"));
            read.flags.append(plate.flags);
            continue;
        }
        if (blank) {
            if (spec.required)
                rejections.append(issue(QLatin1StringView("missing_required"), column.field));
            continue;
        }
        const QString text = cell.text.trimmed();
        switch (spec.type) {
        case ProfileField::Type::State: {
            const StateMapper::Mapped state = column.states.map(text);
            read.stateRaw = text;
            read.state = state.code;
            read.flags.append(state.flags);
            break;
        }
        case ProfileField::Type::Latitude:
        case ProfileField::Type::Longitude:
            break; // as a pair, below
        case ProfileField::Type::Int:
        case ProfileField::Type::Float: {
            const std::optional<double> value = numberOf(cell);
            if (!value || (spec.type == ProfileField::Type::Int && std::floor(*value) != *value)) {
                rejections.append(QStringLiteral("bad_number:") + quoted(column.field, text));
                break;
            }
            if ((spec.rangeMin && *value < *spec.rangeMin) ||
                (spec.rangeMax && *value > *spec.rangeMax)) {
                rejections.append(QStringLiteral("out_of_range:") + quoted(column.field, text));
                break;
            }
            if (column.field == QStringLiteral("confidence"))
                read.confidence = *value;
            else if (column.field == QStringLiteral("heading"))
                read.heading = *value;
            else if (column.field == QStringLiteral("read_id"))
                read.sourceRef = text;
            else if (spec.type == ProfileField::Type::Int)
                extra.insert(column.field, static_cast<qint64>(*value));
            else
                extra.insert(column.field, *value);
            break;
        }
        case ProfileField::Type::FileRef:
        case ProfileField::Type::Base64Image:
            if (QString why = mapImage(column, cell, read); !why.isEmpty())
                rejections.append(why);
            break;
        case ProfileField::Type::Text:
        case ProfileField::Type::Plate:
        case ProfileField::Type::DateTime:
        case ProfileField::Type::IntList:
            if (column.field == QStringLiteral("device_id"))
                read.deviceName = text;
            else if (column.field == QStringLiteral("camera"))
                read.camera = text;
            else if (column.field == QStringLiteral("address"))
                read.address = text;
            else if (column.field == QStringLiteral("read_id"))
                read.sourceRef = text;
            else
                extra.insert(column.field, text);
            break;
        }
    }

    // Coordinates, as a pair.
    if (m_latitude >= 0 && m_longitude >= 0) {
        const Column& latColumn = m_columns[static_cast<size_t>(m_latitude)];
        const Column& lonColumn = m_columns[static_cast<size_t>(m_longitude)];
        const SourceCell& latCell =
            cellAt(record, latColumn.indexes.empty() ? -1 : latColumn.indexes[0]);
        const SourceCell& lonCell =
            cellAt(record, lonColumn.indexes.empty() ? -1 : lonColumn.indexes[0]);
        const auto parse = [](const SourceCell& cell, CoordinateParser::Axis axis, bool dms) {
            if (cell.kind == SourceCell::Kind::Number) {
                CoordinateParser::Parsed parsed;
                const double limit = axis == CoordinateParser::Axis::Latitude ? 90.0 : 180.0;
                parsed.value = cell.number;
                parsed.kind = std::isfinite(cell.number) && qAbs(cell.number) <= limit
                                  ? CoordinateParser::Parsed::Kind::Value
                                  : CoordinateParser::Parsed::Kind::Error;
                parsed.issue = CoordinateParser::kOutOfRange;
                return parsed;
            }
            return CoordinateParser::parse(cell.text, axis, dms);
        };
        const auto lat = parse(latCell, CoordinateParser::Axis::Latitude, latColumn.spec.acceptDms);
        const auto lon =
            parse(lonCell, CoordinateParser::Axis::Longitude, lonColumn.spec.acceptDms);
        if (lat.kind == CoordinateParser::Parsed::Kind::Error)
            rejections.append(
                issue(lat.issue, quoted(QStringLiteral("lat"), latCell.text.trimmed())));
        if (lon.kind == CoordinateParser::Parsed::Kind::Error)
            rejections.append(
                issue(lon.issue, quoted(QStringLiteral("lon"), lonCell.text.trimmed())));
        if (lat.ok() && lon.ok()) {
            if (m_profile->zeroZeroIsMissing && lat.value == 0.0 && lon.value == 0.0) {
                read.flags.append(QStringLiteral("gps_zero_zero"));
            } else {
                read.latitude = lat.value;
                read.longitude = lon.value;
                if (const auto& box = m_profile->bbox;
                    box && (lon.value < (*box)[0] || lat.value < (*box)[1] ||
                            lon.value > (*box)[2] || lat.value > (*box)[3]))
                    read.flags.append(QStringLiteral("gps_outside_bbox"));
            }
        } else if (lat.kind != CoordinateParser::Parsed::Kind::Error &&
                   lon.kind != CoordinateParser::Parsed::Kind::Error) {
            read.flags.append(QStringLiteral("no_gps"));
        }
    }

    // Relative (video) time: the base the person gave plus the offset.
    if (m_relative >= 0 && rejections.isEmpty()) {
        const qint64 factor = m_profile->relativeUnit == QStringLiteral("ms") ? 1 : 1000;
        const double offset =
            extra.value(m_columns[static_cast<size_t>(m_relative)].field).toDouble();
        read.wallMs =
            m_baseWallMs + static_cast<qint64>(std::llround(offset * static_cast<double>(factor)));
        read.timeText = m_context.baseTime.toString(Qt::ISODateWithMs) + QStringLiteral(" +") +
                        QString::number(offset) + QLatin1Char('s');
    }
    if (!hasPlate)
        rejections.append(QStringLiteral("empty_plate"));
    if (!extra.isEmpty())
        read.extraJson = QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
    if (!rejections.isEmpty())
        return rejections.join(QStringLiteral("; "));
    if (!read.instantMs && !read.wallMs)
        return QStringLiteral("missing_required:ts");
    return {};
}

QString ReadMapper::resolveTime(MappedRead& read, LocalTimeResolver& zone, qint64 nowMs) const {
    if (read.instantMs) {
        read.timeMs = *read.instantMs;
    } else {
        const LocalTimeResolver::Resolved resolved = zone.resolveWallMs(*read.wallMs);
        read.timeMs = resolved.utcMs;
        if (resolved.kind == LocalTimeResolver::Kind::Ambiguous) {
            switch (m_profile->ambiguity) {
            case ImportProfile::Ambiguity::Flag:
                read.flags.append(QString(LocalTimeResolver::kAmbiguousLocalTime));
                break;
            case ImportProfile::Ambiguity::Earlier:
                break;
            case ImportProfile::Ambiguity::Later:
                read.timeMs = resolved.alternativeUtcMs;
                break;
            case ImportProfile::Ambiguity::Reject:
                return QStringLiteral("ambiguous_local_time_rejected:") + read.timeText;
            }
        } else if (resolved.kind == LocalTimeResolver::Kind::Gap) {
            read.flags.append(QString(LocalTimeResolver::kNonexistentLocalTime));
        }
    }
    const auto iso = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
    };
    if (m_notBeforeMs != 0 && read.timeMs < m_notBeforeMs)
        return QStringLiteral("before_not_before:") + iso(read.timeMs);
    if (read.timeMs > nowMs + qint64(m_profile->futureSlackHours) * 3600 * 1000)
        return QStringLiteral("in_future:") + iso(read.timeMs);
    return {};
}

} // namespace pl::core
