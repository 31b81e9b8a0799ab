#include "core/import/HotListMapper.h"

#include "core/hotlist/HotListTypes.h"
#include "core/import/FixedWidthReader.h"
#include "core/import/ProfileLibrary.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace pl::core {

namespace {

class HotListMapperText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::HotListMapper)
public:
    static QString missingColumn(const QString& field, const QString& column) {
        return tr("The file has no column \"%1\" for the field \"%2\". Choose another profile.")
            .arg(column, field);
    }
    static QString badDefaultState(const QString& state) {
        return tr("\"%1\" is not a state or province code; use two letters, such as TX or ON.")
            .arg(state);
    }
};

// The least a wildcard entry must fix, as for entries typed in by hand, so it
// cannot match plates at large.
constexpr int kMinFixedCharacters = 3;

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

QString quoted(const QString& field, const QString& text) {
    return field + QStringLiteral("='") + text + QLatin1Char('\'');
}

// A value the field's regex refuses is dropped with a flag, or rejects the
// record when the field is required.
bool fitsFormat(const ProfileField& spec, const QString& text, MappedHotListEntry& entry,
                QStringList& rejections) {
    if (!spec.valueRegex || spec.valueRegex->match(text).hasMatch())
        return true;
    const QString issue = QStringLiteral("bad_format:") + quoted(spec.name, text);
    if (spec.required)
        rejections.append(issue);
    else
        entry.flags.append(issue);
    return false;
}

StateMapper::Style stateStyle(const QString& format) {
    if (format == QStringLiteral("openalpr_region"))
        return StateMapper::Style::OpenAlprRegion;
    if (format == QStringLiteral("ncic"))
        return StateMapper::Style::Ncic;
    return StateMapper::Style::CodeOrName;
}

} // namespace

HotListMapper::HotListMapper(const ImportProfile& profile)
    : m_profile(&profile) {}

Result<HotListMapper> HotListMapper::create(const ImportProfile& profile, const QStringList& header,
                                            const Context& context) {
    HotListMapper mapper(profile);
    PlateNormalizer::Options plates;
    plates.maxLength = profile.plateMaxLength;
    plates.rejectValues = profile.rejectValues;
    // Road-sign words are a reader's mistakes; a listed plate is what an
    // agency typed, so none is junk.
    plates.builtInJunk = false;
    if (const ProfileField* plate = profile.field(QStringLiteral("plate"))) {
        plates.wildcard = plate->wildcard;
        plates.maxWildcards = plate->maxWildcards;
    }
    mapper.m_plates = PlateNormalizer(plates);

    if (!context.defaultState.trimmed().isEmpty()) {
        const StateMapper::Mapped state =
            StateMapper(StateMapper::Style::CodeOrName, false).map(context.defaultState.trimmed());
        if (!state.known())
            return Error(ErrorCode::InvalidArgument,
                         HotListMapperText::badDefaultState(context.defaultState.trimmed()));
        mapper.m_defaultState = state.code;
    }

    for (const ProfileField& spec : profile.fields) {
        Column column;
        column.spec = spec;
        if (!spec.columns.isEmpty()) {
            column.index = findColumn(spec.columns.first(), header);
            if (column.index < 0 && spec.required)
                return Error(ErrorCode::InvalidArgument,
                             HotListMapperText::missingColumn(spec.name, spec.columns.first()));
        }
        if (spec.type == ProfileField::Type::DateTime) {
            auto parser = TimestampParser::create(spec.formats, spec.formats.isEmpty());
            if (!parser)
                return parser.error();
            column.dates = parser.value();
        }
        if (spec.type == ProfileField::Type::State)
            column.states = StateMapper(stateStyle(spec.stateFormat), spec.zeroToO);
        mapper.m_columns.push_back(std::move(column));
    }
    return mapper;
}

bool HotListMapper::possibleMatches() const {
    return m_profile->matchFold != ImportProfile::MatchFold::ExactOnly;
}

QString HotListMapper::mapCode(const Column& column, const QString& text, MappedHotListEntry& entry,
                               QString& value) const {
    const ProfileField& spec = column.spec;
    value = text;
    if (spec.mapCase == QStringLiteral("upper"))
        value = value.toUpper();
    else if (spec.mapCase == QStringLiteral("lower"))
        value = value.toLower();
    if (spec.zeroToO && value.contains(QLatin1Char('0'))) {
        value.replace(QLatin1Char('0'), QLatin1Char('O'));
        entry.flags.append(spec.name + QStringLiteral("_zero_for_O"));
    }
    if (!spec.codeMap.isEmpty() || !spec.mapDefault.isEmpty()) {
        const auto found = spec.codeMap.constFind(value);
        if (found != spec.codeMap.constEnd())
            value = found.value();
        else if (!spec.mapDefault.isEmpty())
            value = spec.mapDefault;
    }
    if (spec.name == QStringLiteral("category") && !HotListCategory::isKnown(value))
        return QStringLiteral("unknown_category:") + text;
    return {};
}

QString HotListMapper::map(const SourceRecord& record, MappedHotListEntry& entry) const {
    entry.clear();
    entry.category = QStringLiteral("other");
    if (m_profile->expectedFields > 0 && record.cells.size() != m_profile->expectedFields)
        return QStringLiteral("field_count:%1!=%2")
            .arg(record.cells.size())
            .arg(m_profile->expectedFields);
    if (QString why = FixedWidthReader::lineIssue(*m_profile, record, entry.flags); !why.isEmpty())
        return why;
    if (record.decodedAsWindows1252)
        entry.flags.append(QStringLiteral("decoded_windows_1252"));

    const bool hasListCodeField = m_profile->field(QStringLiteral("list_code")) != nullptr;
    QStringList rejections;
    bool hasPlate = false;
    for (const Column& column : m_columns) {
        const ProfileField& spec = column.spec;
        QString text = spec.constValue;
        if (column.index >= 0)
            text =
                column.index < record.cells.size() ? record.cells.at(column.index).text : QString();
        else if (!spec.columns.isEmpty())
            text.clear(); // an optional column this file does not have
        // Positions count in the cell as written, padding included.
        if (spec.substrStart > 0)
            text = text.mid(spec.substrStart - 1, spec.substrLength > 0 ? spec.substrLength : -1);

        if (spec.type == ProfileField::Type::Plate) {
            hasPlate = true;
            entry.plateRaw = text.trimmed();
            const PlateNormalizer::Normalized plate = m_plates.normalize(text);
            if (!plate.ok()) {
                rejections.append(plate.rejection);
                continue;
            }
            if (m_profile->platePattern &&
                !m_profile->platePattern->match(plate.normalized).hasMatch()) {
                rejections.append(QStringLiteral("plate_pattern:") + plate.normalized);
                continue;
            }
            if (plate.wildcards > 0 &&
                plate.normalized.size() - plate.wildcards < kMinFixedCharacters) {
                rejections.append(QStringLiteral("wildcard_too_broad:") + plate.normalized);
                continue;
            }
            entry.plate = plate.normalized;
            entry.matchKey = PlateNormalizer::matchKey(plate.normalized);
            entry.wildcards = plate.wildcards;
            entry.flags.append(plate.flags);
            continue;
        }

        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || spec.nullValues.contains(trimmed)) {
            if (spec.type == ProfileField::Type::State && !m_defaultState.isEmpty())
                entry.state = m_defaultState;
            else if (spec.required)
                rejections.append(QStringLiteral("missing_required:") + spec.name);
            continue;
        }

        switch (spec.type) {
        case ProfileField::Type::State: {
            const StateMapper::Mapped state = column.states.map(trimmed);
            if (!state.known()) {
                // A required state that cannot be read would widen the entry
                // to every jurisdiction; an optional one is left out, flagged.
                if (spec.required)
                    rejections.append(state.flags);
                else
                    entry.flags.append(state.flags);
                break;
            }
            entry.state = state.code;
            entry.flags.append(state.flags);
            if (state.code != trimmed)
                entry.details.insert(QStringLiteral("state_text"), trimmed);
            break;
        }
        case ProfileField::Type::DateTime: {
            const TimestampParser::Parsed parsed = column.dates.parse(trimmed);
            QDate date;
            QString iso;
            switch (parsed.kind) {
            case TimestampParser::Parsed::Kind::DateOnly:
                date = parsed.date;
                iso = date.toString(Qt::ISODate);
                break;
            case TimestampParser::Parsed::Kind::LocalDateTime:
                date = parsed.date;
                iso = QDateTime(parsed.date, parsed.time).toString(Qt::ISODate);
                break;
            case TimestampParser::Parsed::Kind::Instant: {
                const QDateTime utc = QDateTime::fromMSecsSinceEpoch(parsed.utcMs, Qt::UTC);
                date = utc.date();
                iso = utc.toString(Qt::ISODate);
                break;
            }
            case TimestampParser::Parsed::Kind::Empty:
            case TimestampParser::Parsed::Kind::Invalid:
            case TimestampParser::Parsed::Kind::TimeOnly:
                break;
            }
            if (!date.isValid()) {
                rejections.append(QStringLiteral("bad_date:") + quoted(spec.name, trimmed));
                break;
            }
            if (parsed.alternative && parsed.formatIndex >= 0)
                entry.flags.append(
                    QStringLiteral("alt_format:") +
                    column.dates.formats().at(static_cast<size_t>(parsed.formatIndex)).pattern());
            if (spec.name == QStringLiteral("expiry_date"))
                entry.expiryDate = date;
            entry.details.insert(spec.name, iso);
            break;
        }
        case ProfileField::Type::Int:
        case ProfileField::Type::Float: {
            // A vehicle year or the like that cannot be read is dropped, not
            // the entry; the flag says what was there.
            if (!fitsFormat(spec, trimmed, entry, rejections))
                break;
            bool ok = false;
            const double value = trimmed.toDouble(&ok);
            const bool integral =
                spec.type == ProfileField::Type::Float || std::floor(value) == value;
            if (!ok || !std::isfinite(value) || !integral) {
                const QString issue = QStringLiteral("bad_number:") + quoted(spec.name, trimmed);
                if (spec.required)
                    rejections.append(issue);
                else
                    entry.flags.append(issue);
                break;
            }
            if ((spec.rangeMin && value < *spec.rangeMin) ||
                (spec.rangeMax && value > *spec.rangeMax)) {
                entry.flags.append(QStringLiteral("out_of_range:") + quoted(spec.name, trimmed));
                break;
            }
            if (spec.type == ProfileField::Type::Int)
                entry.details.insert(spec.name, static_cast<qint64>(value));
            else
                entry.details.insert(spec.name, value);
            break;
        }
        case ProfileField::Type::Text:
        case ProfileField::Type::Plate:
        case ProfileField::Type::Latitude:
        case ProfileField::Type::Longitude:
        case ProfileField::Type::FileRef:
        case ProfileField::Type::Base64Image:
        case ProfileField::Type::IntList: {
            if (!fitsFormat(spec, trimmed, entry, rejections))
                break;
            QString value;
            if (QString why = mapCode(column, trimmed, entry, value); !why.isEmpty()) {
                rejections.append(why);
                break;
            }
            if (spec.name == QStringLiteral("category")) {
                entry.category = value;
                // Without a code column, the source's own wording is kept.
                if (!hasListCodeField && value != trimmed)
                    entry.details.insert(QStringLiteral("category_text"), trimmed);
            } else if (spec.name == QStringLiteral("list_code")) {
                entry.listCode = value;
            } else {
                if (spec.name == QStringLiteral("description"))
                    entry.description = value;
                entry.details.insert(spec.name, value);
            }
            break;
        }
        }
    }
    if (!hasPlate)
        rejections.append(QString(PlateNormalizer::kEmptyPlate));
    if (!rejections.isEmpty())
        return rejections.join(QStringLiteral("; "));
    entry.flags.removeDuplicates();
    return {};
}

QString HotListMapper::dedupeKey(const MappedHotListEntry& entry) const {
    if (m_profile->dedupeKey.isEmpty())
        return {};
    QStringList parts;
    for (const QString& key : m_profile->dedupeKey) {
        if (key == QStringLiteral("plate_norm"))
            parts.append(entry.plate);
        else if (key == QStringLiteral("state"))
            parts.append(entry.state);
        else if (key == QStringLiteral("list_code"))
            parts.append(entry.listCode);
        else if (key == QStringLiteral("category"))
            parts.append(entry.category);
        else
            parts.append(entry.details.value(key).toVariant().toString());
    }
    return parts.join(QChar(0x1f));
}

} // namespace pl::core
