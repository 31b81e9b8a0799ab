#include "core/import/ImportProfile.h"

#include "core/hotlist/HotListTypes.h"
#include "core/import/TimestampFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace pl::core {

namespace {

class ProfileText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::ImportProfile)
public:
    static QString notJson(const QString& why, int offset) {
        return tr("The import profile is not valid JSON (%1 at character %2).")
            .arg(why)
            .arg(offset);
    }
    static QString bad(const QString& id, const QString& key, const QString& expected) {
        return tr("Import profile \"%1\": \"%2\" %3.").arg(id, key, expected);
    }
    static QString mustBeString() { return tr("must be a text value"); }
    static QString mustBeChar() { return tr("must be a single character"); }
    static QString mustBeNumber() { return tr("must be a number"); }
    static QString mustBeList() { return tr("must be a list of text values"); }
    static QString mustBeOneOf(const QStringList& values) {
        return tr("must be one of: %1").arg(values.join(QStringLiteral(", ")));
    }
    static QString missing() { return tr("is missing"); }
    static QString badRegex(const QString& why) {
        return tr("is not a valid regular expression (%1)").arg(why);
    }
    static QString unknownZone() { return tr("is not a known time zone"); }
    static QString badId() {
        return tr("must be 1 to 64 characters: lowercase letters, digits and dashes");
    }
    static QString needsColumn() { return tr("needs \"col\" or \"cols\""); }
    static QString noPlate() { return tr("must map a plate field and a time field"); }
    static QString unknownField(const QString& name) {
        return tr("names an unknown field \"%1\"").arg(name);
    }
    static QString needsColumns() {
        return tr("must list the fixed-width columns, each with a name, a start of 1 or more "
                  "and a length of 0 (the rest of the line) or more");
    }
    static QString unknownColumn(const QString& name) {
        return tr("names \"%1\", which is not one of the fixed-width columns").arg(name);
    }
    static QString fixedWidthIsText() { return tr("must be \"text\" for a fixed-width layout"); }
    static QString noHotListPlate() { return tr("must map a plate field"); }
    static QString unknownCategory(const QString& value) {
        return tr("names \"%1\", which is not a hot-list category").arg(value);
    }
    static QString typeNotForHotLists() {
        return tr("must be one of: text, code, int, float, plate, state, date, datetime");
    }
    static QString badSubstr() {
        return tr("must be [start, length] with a start of 1 or more and a length of 0 or more");
    }
    static QString mustBeMap() { return tr("must map codes to text values"); }
    static QString badDedupeKey(const QString& key) {
        return tr("names \"%1\", which is neither plate_norm, state, list_code, category nor a "
                  "field of the profile")
            .arg(key);
    }
};

// Reads one profile, remembering the first problem with the key it is at.
class ProfileReader {
public:
    explicit ProfileReader(QString id)
        : m_id(std::move(id)) {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    void fail(const QString& key, const QString& expected) {
        if (!m_error)
            m_error = Error(ErrorCode::InvalidArgument, ProfileText::bad(m_id, key, expected));
    }

    QString string(const QJsonObject& object, const QString& key, const QString& path,
                   const QString& fallback = {}) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isString()) {
            fail(path, ProfileText::mustBeString());
            return fallback;
        }
        return value.toString();
    }

    QStringList strings(const QJsonObject& object, const QString& key, const QString& path) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            fail(path, ProfileText::mustBeList());
            return {};
        }
        QStringList out;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString()) {
                fail(path, ProfileText::mustBeList());
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }

    std::optional<double> number(const QJsonObject& object, const QString& key,
                                 const QString& path) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble()) {
            fail(path, ProfileText::mustBeNumber());
            return std::nullopt;
        }
        return value.toDouble();
    }

    bool boolean(const QJsonObject& object, const QString& key, bool fallback = false) {
        const QJsonValue value = object.value(key);
        return value.isBool() ? value.toBool() : fallback;
    }

    char character(const QJsonObject& object, const QString& key, const QString& path,
                   char fallback) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        const QString text = value.toString();
        if (text == QStringLiteral("auto"))
            return '\0';
        if (!value.isString() || text.size() > 1 ||
            (text.size() == 1 && text.at(0).unicode() > 0x7e)) {
            fail(path, ProfileText::mustBeChar());
            return fallback;
        }
        if (text == QStringLiteral("\\t"))
            return '\t';
        return text.isEmpty() ? '\0' : static_cast<char>(text.at(0).unicode());
    }

    template <typename E>
    E choice(const QJsonObject& object, const QString& key, const QString& path,
             const QList<QPair<QString, E>>& options, E fallback) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        QStringList names;
        for (const auto& [name, option] : options) {
            if (value.toString() == name)
                return option;
            names.append(name);
        }
        fail(path, ProfileText::mustBeOneOf(names));
        return fallback;
    }

    std::optional<QRegularExpression> regex(const QString& pattern, const QString& path) {
        QRegularExpression expression(pattern);
        if (!expression.isValid()) {
            fail(path, ProfileText::badRegex(expression.errorString()));
            return std::nullopt;
        }
        expression.optimize();
        return expression;
    }

private:
    QString m_id;
    std::optional<Error> m_error;
};

const QList<QPair<QString, ProfileField::Type>>& fieldTypes() {
    static const QList<QPair<QString, ProfileField::Type>> types = {
        {QStringLiteral("text"), ProfileField::Type::Text},
        {QStringLiteral("code"), ProfileField::Type::Text},
        {QStringLiteral("int"), ProfileField::Type::Int},
        {QStringLiteral("float"), ProfileField::Type::Float},
        {QStringLiteral("plate"), ProfileField::Type::Plate},
        {QStringLiteral("state"), ProfileField::Type::State},
        {QStringLiteral("datetime"), ProfileField::Type::DateTime},
        {QStringLiteral("date"), ProfileField::Type::DateTime},
        {QStringLiteral("latitude"), ProfileField::Type::Latitude},
        {QStringLiteral("longitude"), ProfileField::Type::Longitude},
        {QStringLiteral("file_ref"), ProfileField::Type::FileRef},
        {QStringLiteral("base64_image"), ProfileField::Type::Base64Image},
        {QStringLiteral("int_list"), ProfileField::Type::IntList},
    };
    return types;
}

// The canonical read fields a profile may fill (FORMATS.md 4.3).
const QStringList& canonicalFields() {
    static const QStringList names = {
        QStringLiteral("read_id"),
        QStringLiteral("ts"),
        QStringLiteral("plate"),
        QStringLiteral("state"),
        QStringLiteral("confidence"),
        QStringLiteral("device_id"),
        QStringLiteral("camera"),
        QStringLiteral("site"),
        QStringLiteral("address"),
        QStringLiteral("lat"),
        QStringLiteral("lon"),
        QStringLiteral("heading"),
        QStringLiteral("speed"),
        QStringLiteral("direction"),
        QStringLiteral("image_plate"),
        QStringLiteral("image_overview"),
        QStringLiteral("image_frame"),
        QStringLiteral("veh_make"),
        QStringLiteral("veh_model"),
        QStringLiteral("veh_color"),
        QStringLiteral("veh_type"),
        QStringLiteral("video_time_s"),
        QStringLiteral("frame"),
        QStringLiteral("group_id"),
        QStringLiteral("notes"),
        QStringLiteral("country"),
        QStringLiteral("matches_pattern"),
        QStringLiteral("plate_corners"),
        QStringLiteral("state_confidence"),
    };
    return names;
}

// The canonical hot-list fields (FORMATS.md 4.3).
const QStringList& canonicalHotListFields() {
    static const QStringList names = {
        QStringLiteral("list_code"),
        QStringLiteral("category"),
        QStringLiteral("plate"),
        QStringLiteral("state"),
        QStringLiteral("nic"),
        QStringLiteral("ori"),
        QStringLiteral("oca"),
        QStringLiteral("entry_date"),
        QStringLiteral("effective_date"),
        QStringLiteral("expiry_date"),
        QStringLiteral("plate_year"),
        QStringLiteral("plate_type"),
        QStringLiteral("veh_year"),
        QStringLiteral("veh_make"),
        QStringLiteral("veh_model"),
        QStringLiteral("veh_style"),
        QStringLiteral("veh_color"),
        QStringLiteral("veh_type"),
        QStringLiteral("vin"),
        QStringLiteral("description"),
        QStringLiteral("notes"),
    };
    return names;
}

bool validId(const QString& id) {
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return true;
}

QStringList columnsOf(const QJsonObject& spec) {
    QStringList columns;
    auto add = [&columns](const QJsonValue& value) {
        if (value.isDouble())
            columns.append(QLatin1Char('#') + QString::number(value.toInt()));
        else if (value.isString())
            columns.append(value.toString());
    };
    if (spec.contains(QStringLiteral("col")))
        add(spec.value(QStringLiteral("col")));
    for (const QJsonValue& value : spec.value(QStringLiteral("cols")).toArray())
        add(value);
    return columns;
}

QList<ProfileField::Type> hotListTypes() {
    return {ProfileField::Type::Text,  ProfileField::Type::Int,   ProfileField::Type::Float,
            ProfileField::Type::Plate, ProfileField::Type::State, ProfileField::Type::DateTime};
}

// The keys of FORMATS.md 4.3 that hot-list fields use: codes cut out of a
// cell and mapped, value patterns, wildcards. A read profile may carry them
// too; the read mapper does not use them.
void readHotListField(ProfileReader& reader, const QJsonObject& spec, const QString& path,
                      ProfileField& field) {
    const QJsonValue substr = spec.value(QStringLiteral("substr"));
    if (!substr.isUndefined()) {
        const QJsonArray parts = substr.toArray();
        if (parts.size() != 2 || !parts.at(0).isDouble() || !parts.at(1).isDouble() ||
            parts.at(0).toInt() < 1 || parts.at(1).toInt() < 0)
            reader.fail(path + QStringLiteral(".substr"), ProfileText::badSubstr());
        else {
            field.substrStart = parts.at(0).toInt();
            field.substrLength = parts.at(1).toInt();
        }
    }
    field.mapCase =
        reader.choice<QString>(spec, QStringLiteral("map_case"), path + QStringLiteral(".map_case"),
                               {{QStringLiteral("upper"), QStringLiteral("upper")},
                                {QStringLiteral("lower"), QStringLiteral("lower")},
                                {QStringLiteral("as_is"), QString()}},
                               QString());
    const QJsonValue map = spec.value(QStringLiteral("map"));
    if (!map.isUndefined()) {
        const QJsonObject codes = map.toObject();
        if (!map.isObject())
            reader.fail(path + QStringLiteral(".map"), ProfileText::mustBeMap());
        for (auto it = codes.begin(); it != codes.end(); ++it) {
            if (!it.value().isString()) {
                reader.fail(path + QStringLiteral(".map"), ProfileText::mustBeMap());
                break;
            }
            QString code = it.key().trimmed();
            if (field.mapCase == QStringLiteral("upper"))
                code = code.toUpper();
            else if (field.mapCase == QStringLiteral("lower"))
                code = code.toLower();
            field.codeMap.insert(code, it.value().toString());
        }
    }
    field.mapDefault =
        reader.string(spec, QStringLiteral("map_default"), path + QStringLiteral(".map_default"));
    field.zeroToO = reader.boolean(spec, QStringLiteral("zero_to_o"));
    const QString regex =
        reader.string(spec, QStringLiteral("regex"), path + QStringLiteral(".regex"));
    if (!regex.isEmpty())
        field.valueRegex = reader.regex(regex, path + QStringLiteral(".regex"));
    const QString wildcard =
        reader.string(spec, QStringLiteral("wildcard"), path + QStringLiteral(".wildcard"));
    if (wildcard.size() > 1)
        reader.fail(path + QStringLiteral(".wildcard"), ProfileText::mustBeChar());
    else if (wildcard.size() == 1)
        field.wildcard = wildcard.at(0);
    field.maxWildcards = static_cast<int>(
        reader
            .number(spec, QStringLiteral("max_wildcards"), path + QStringLiteral(".max_wildcards"))
            .value_or(2));
}

} // namespace

QString ProfileField::typeName(Type type) {
    for (const auto& [name, value] : fieldTypes()) {
        if (value == type)
            return name;
    }
    return {};
}

const ProfileField* ImportProfile::field(const QString& name) const {
    for (const ProfileField& f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

Result<ImportProfile> ImportProfile::fromJson(const QByteArray& json) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(ErrorCode::InvalidArgument,
                     ProfileText::notJson(parseError.errorString(), parseError.offset));
    if (!document.isObject())
        return Error(ErrorCode::InvalidArgument,
                     ProfileText::notJson(QStringLiteral("not an object"), 0));
    const QJsonObject root = document.object();

    ImportProfile profile;
    profile.id = root.value(QStringLiteral("id")).toString();
    ProfileReader reader(profile.id);
    if (!validId(profile.id))
        reader.fail(QStringLiteral("id"), ProfileText::badId());
    profile.label =
        reader.string(root, QStringLiteral("label"), QStringLiteral("label"), profile.id);
    profile.kind = reader.string(root, QStringLiteral("kind"), QStringLiteral("kind"),
                                 QStringLiteral("reads"));
    if (profile.kind != QStringLiteral("reads") && profile.kind != QStringLiteral("hotlist"))
        reader.fail(QStringLiteral("kind"),
                    ProfileText::mustBeOneOf({QStringLiteral("reads"), QStringLiteral("hotlist")}));

    const QJsonObject detect = root.value(QStringLiteral("detect")).toObject();
    for (const QString& extension :
         reader.strings(detect, QStringLiteral("extensions"), QStringLiteral("detect.extensions")))
        profile.extensions.append(extension.toLower());
    profile.headerContains = reader.strings(detect, QStringLiteral("header_contains"),
                                            QStringLiteral("detect.header_contains"));
    const QString lineRegex =
        reader.string(detect, QStringLiteral("line_regex"), QStringLiteral("detect.line_regex"));
    if (!lineRegex.isEmpty())
        profile.lineRegex = reader.regex(lineRegex, QStringLiteral("detect.line_regex"));

    const QJsonObject source = root.value(QStringLiteral("source")).toObject();
    profile.container = reader.choice<Container>(
        source, QStringLiteral("container"), QStringLiteral("source.container"),
        {{QStringLiteral("text"), Container::Text}, {QStringLiteral("xlsx"), Container::Xlsx}},
        Container::Text);
    profile.encoding = reader.choice<Encoding>(
        source, QStringLiteral("encoding"), QStringLiteral("source.encoding"),
        {{QStringLiteral("auto"), Encoding::Auto},
         {QStringLiteral("utf-8"), Encoding::Utf8},
         {QStringLiteral("windows-1252"), Encoding::Windows1252},
         {QStringLiteral("utf-16"), Encoding::Utf16}},
        Encoding::Auto);
    const QString layout =
        reader.string(source, QStringLiteral("layout"), QStringLiteral("source.layout"),
                      QStringLiteral("delimited"));
    if (layout == QStringLiteral("fixed_width"))
        profile.layout = Layout::FixedWidth;
    else if (layout != QStringLiteral("delimited"))
        reader.fail(
            QStringLiteral("source.layout"),
            ProfileText::mustBeOneOf({QStringLiteral("delimited"), QStringLiteral("fixed_width")}));
    profile.delimiter = reader.character(source, QStringLiteral("delimiter"),
                                         QStringLiteral("source.delimiter"), ',');
    profile.quote =
        reader.character(source, QStringLiteral("quote"), QStringLiteral("source.quote"), '"');
    profile.sheet = reader.string(source, QStringLiteral("sheet"), QStringLiteral("source.sheet"));
    profile.sheetFallbackIndex =
        static_cast<int>(reader
                             .number(source, QStringLiteral("sheet_fallback_index"),
                                     QStringLiteral("source.sheet_fallback_index"))
                             .value_or(0));

    const QJsonObject header = source.value(QStringLiteral("header")).toObject();
    profile.headerMode = reader.choice<HeaderMode>(
        header, QStringLiteral("mode"), QStringLiteral("source.header.mode"),
        {{QStringLiteral("row"), HeaderMode::Row},
         {QStringLiteral("find"), HeaderMode::Find},
         {QStringLiteral("none"), HeaderMode::None},
         {QStringLiteral("skip_lines"), HeaderMode::SkipLines}},
        HeaderMode::Row);
    profile.headerRow = static_cast<int>(
        reader.number(header, QStringLiteral("row"), QStringLiteral("source.header.row"))
            .value_or(1));
    profile.headerFindContains = reader.strings(header, QStringLiteral("contains"),
                                                QStringLiteral("source.header.contains"));
    profile.headerMaxScanRows =
        static_cast<int>(reader
                             .number(header, QStringLiteral("max_scan_rows"),
                                     QStringLiteral("source.header.max_scan_rows"))
                             .value_or(20));
    profile.skipLines = static_cast<int>(
        reader.number(header, QStringLiteral("count"), QStringLiteral("source.header.count"))
            .value_or(0));
    if (profile.headerRow < 1 || profile.headerMaxScanRows < 1 || profile.skipLines < 0)
        reader.fail(QStringLiteral("source.header"), ProfileText::mustBeNumber());
    for (const QString& pattern : reader.strings(source, QStringLiteral("skip_lines_regex"),
                                                 QStringLiteral("source.skip_lines_regex"))) {
        if (auto expression = reader.regex(pattern, QStringLiteral("source.skip_lines_regex")))
            profile.skipLinesRegex.append(*expression);
    }
    const QString stopAt = reader.string(source, QStringLiteral("stop_at_regex"),
                                         QStringLiteral("source.stop_at_regex"));
    if (!stopAt.isEmpty())
        profile.stopAtRegex = reader.regex(stopAt, QStringLiteral("source.stop_at_regex"));
    profile.expectedFields = static_cast<int>(reader
                                                  .number(source, QStringLiteral("expected_fields"),
                                                          QStringLiteral("source.expected_fields"))
                                                  .value_or(0));
    // Mismatched rows are always rejected; the key is accepted for clarity.
    reader.choice<bool>(source, QStringLiteral("on_field_count_mismatch"),
                        QStringLiteral("source.on_field_count_mismatch"),
                        {{QStringLiteral("reject"), true}}, true);
    if (profile.layout == Layout::FixedWidth) {
        const QJsonValue columns = source.value(QStringLiteral("columns"));
        for (const QJsonValue& value : columns.toArray()) {
            const QJsonObject column = value.toObject();
            FixedColumn fixed;
            fixed.name = column.value(QStringLiteral("name")).toString();
            fixed.start = column.value(QStringLiteral("start")).toInt(0);
            fixed.length = column.value(QStringLiteral("length")).toInt(-1);
            if (fixed.name.isEmpty() || fixed.start < 1 || fixed.length < 0) {
                reader.fail(QStringLiteral("source.columns"), ProfileText::needsColumns());
                break;
            }
            profile.fixedColumns.append(fixed);
        }
        if (profile.fixedColumns.isEmpty())
            reader.fail(QStringLiteral("source.columns"), ProfileText::needsColumns());
        if (profile.container != Container::Text)
            reader.fail(QStringLiteral("source.container"), ProfileText::fixedWidthIsText());
    }
    profile.minLineLength = static_cast<int>(reader
                                                 .number(source, QStringLiteral("min_line_length"),
                                                         QStringLiteral("source.min_line_length"))
                                                 .value_or(0));
    profile.fullLineLength =
        static_cast<int>(reader
                             .number(source, QStringLiteral("full_line_length"),
                                     QStringLiteral("source.full_line_length"))
                             .value_or(0));
    profile.rejectTabs = reader.choice<bool>(
        source, QStringLiteral("tab_in_line"), QStringLiteral("source.tab_in_line"),
        {{QStringLiteral("reject"), true}, {QStringLiteral("keep"), false}}, false);

    const QJsonObject time = root.value(QStringLiteral("time")).toObject();
    profile.timeZone = reader.string(time, QStringLiteral("tz"), QStringLiteral("time.tz"));
    if (profile.timeZone == QStringLiteral("ask_user"))
        profile.timeZone.clear();
    if (!profile.timeZone.isEmpty() && !QTimeZone(profile.timeZone.toUtf8()).isValid())
        reader.fail(QStringLiteral("time.tz"), ProfileText::unknownZone());
    profile.ambiguity = reader.choice<Ambiguity>(time, QStringLiteral("ambiguous"),
                                                 QStringLiteral("time.ambiguous"),
                                                 {{QStringLiteral("flag"), Ambiguity::Flag},
                                                  {QStringLiteral("earlier"), Ambiguity::Earlier},
                                                  {QStringLiteral("later"), Ambiguity::Later},
                                                  {QStringLiteral("reject"), Ambiguity::Reject}},
                                                 Ambiguity::Flag);
    profile.notBefore =
        reader.string(time, QStringLiteral("not_before"), QStringLiteral("time.not_before"));
    profile.futureSlackHours = static_cast<int>(
        reader.number(time, QStringLiteral("future_slack_h"), QStringLiteral("time.future_slack_h"))
            .value_or(24));
    const QJsonObject relative = time.value(QStringLiteral("relative")).toObject();
    profile.relativeOffsetField = reader.string(relative, QStringLiteral("offset_field"),
                                                QStringLiteral("time.relative.offset_field"));
    profile.relativeUnit = reader.string(relative, QStringLiteral("unit"),
                                         QStringLiteral("time.relative.unit"), QStringLiteral("s"));

    const QJsonObject fields = root.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString path = QStringLiteral("fields.") + it.key();
        const QJsonObject spec = it.value().toObject();
        ProfileField field;
        field.name = it.key();
        const QStringList& known =
            profile.isHotList() ? canonicalHotListFields() : canonicalFields();
        if (!known.contains(field.name)) {
            reader.fail(path, ProfileText::unknownField(field.name));
            continue;
        }
        field.columns = columnsOf(spec);
        if (field.columns.isEmpty() && !spec.contains(QStringLiteral("const")))
            reader.fail(path, ProfileText::needsColumn());
        if (profile.layout == Layout::FixedWidth) {
            for (const QString& column : std::as_const(field.columns)) {
                const bool found =
                    std::any_of(profile.fixedColumns.cbegin(), profile.fixedColumns.cend(),
                                [&column](const FixedColumn& fixed) {
                                    return fixed.name.compare(column, Qt::CaseInsensitive) == 0;
                                });
                if (!found)
                    reader.fail(path + QStringLiteral(".col"), ProfileText::unknownColumn(column));
            }
        }
        field.constValue =
            reader.string(spec, QStringLiteral("const"), path + QStringLiteral(".const"));
        const QString typeName = reader.string(
            spec, QStringLiteral("type"), path + QStringLiteral(".type"), QStringLiteral("text"));
        bool knownType = false;
        for (const auto& [name, type] : fieldTypes()) {
            if (name == typeName) {
                field.type = type;
                knownType = true;
            }
        }
        if (!knownType) {
            QStringList names;
            for (const auto& entry : fieldTypes())
                names.append(entry.first);
            reader.fail(path + QStringLiteral(".type"), ProfileText::mustBeOneOf(names));
        }
        field.required = reader.boolean(spec, QStringLiteral("required"));
        field.formats =
            reader.strings(spec, QStringLiteral("formats"), path + QStringLiteral(".formats"));
        for (const QString& format : field.formats) {
            if (auto compiled = TimestampFormat::compile(format); !compiled)
                reader.fail(path + QStringLiteral(".formats"), compiled.error().message());
        }
        field.excelSerial = reader.boolean(spec, QStringLiteral("excel_serial"));
        field.epochUnit =
            reader.string(spec, QStringLiteral("epoch_unit"), path + QStringLiteral(".epoch_unit"));
        if (!field.epochUnit.isEmpty() && field.epochUnit != QStringLiteral("s") &&
            field.epochUnit != QStringLiteral("ms"))
            reader.fail(path + QStringLiteral(".epoch_unit"),
                        ProfileText::mustBeOneOf({QStringLiteral("s"), QStringLiteral("ms")}));
        const QJsonArray range = spec.value(QStringLiteral("range")).toArray();
        if (range.size() == 2) {
            field.rangeMin = range.at(0).toDouble();
            field.rangeMax = range.at(1).toDouble();
        }
        field.acceptDms =
            reader.strings(spec, QStringLiteral("accept"), path + QStringLiteral(".accept"))
                .contains(QStringLiteral("dms"));
        field.stateFormat =
            reader.string(spec, QStringLiteral("state_format"),
                          path + QStringLiteral(".state_format"), QStringLiteral("code_or_name"));
        field.numericCellFlag =
            reader.string(spec, QStringLiteral("numeric_cell"),
                          path + QStringLiteral(".numeric_cell")) == QStringLiteral("flag");
        field.baseDir =
            reader.string(spec, QStringLiteral("base_dir"), path + QStringLiteral(".base_dir"));
        field.pathStyle =
            reader.string(spec, QStringLiteral("path_style"), path + QStringLiteral(".path_style"));
        field.nullValues = reader.strings(spec, QStringLiteral("null_values"),
                                          path + QStringLiteral(".null_values"));
        readHotListField(reader, spec, path, field);
        if (profile.isHotList() && !hotListTypes().contains(field.type))
            reader.fail(path + QStringLiteral(".type"), ProfileText::typeNotForHotLists());
        if (profile.isHotList() && field.name == QStringLiteral("category")) {
            QStringList values = field.codeMap.values();
            if (!field.mapDefault.isEmpty())
                values.append(field.mapDefault);
            if (!field.constValue.isEmpty())
                values.append(field.constValue);
            for (const QString& value : std::as_const(values)) {
                if (!HotListCategory::isKnown(value))
                    reader.fail(path, ProfileText::unknownCategory(value));
            }
        }
        profile.fields.append(field);
    }
    if (profile.kind == QStringLiteral("reads") &&
        (!profile.field(QStringLiteral("plate")) ||
         (!profile.field(QStringLiteral("ts")) && profile.relativeOffsetField.isEmpty())))
        reader.fail(QStringLiteral("fields"), ProfileText::noPlate());
    if (profile.isHotList() && !profile.field(QStringLiteral("plate")))
        reader.fail(QStringLiteral("fields"), ProfileText::noHotListPlate());
    if (!profile.relativeOffsetField.isEmpty() && !profile.field(profile.relativeOffsetField))
        reader.fail(QStringLiteral("time.relative.offset_field"),
                    ProfileText::unknownField(profile.relativeOffsetField));

    const QJsonObject plate = root.value(QStringLiteral("plate")).toObject();
    profile.plateMaxLength = static_cast<int>(
        reader.number(plate, QStringLiteral("max_len"), QStringLiteral("plate.max_len"))
            .value_or(10));
    profile.junkValues =
        reader.strings(plate, QStringLiteral("junk_values"), QStringLiteral("plate.junk_values"));
    profile.rejectValues = reader.strings(plate, QStringLiteral("reject_values"),
                                          QStringLiteral("plate.reject_values"));
    const QString platePattern =
        reader.string(plate, QStringLiteral("pattern"), QStringLiteral("plate.pattern"));
    if (!platePattern.isEmpty())
        profile.platePattern = reader.regex(platePattern, QStringLiteral("plate.pattern"));
    profile.matchFold = reader.choice<MatchFold>(
        plate, QStringLiteral("match_fold"), QStringLiteral("plate.match_fold"),
        {{QStringLiteral("exact_only"), MatchFold::ExactOnly},
         {QStringLiteral("genetec_default"), MatchFold::GenetecDefault}},
        MatchFold::Default);

    const QJsonObject coords = root.value(QStringLiteral("coords")).toObject();
    profile.zeroZeroIsMissing =
        reader.boolean(coords, QStringLiteral("zero_zero_is_missing"), true);
    const QJsonArray bbox = coords.value(QStringLiteral("bbox")).toArray();
    if (!bbox.isEmpty()) {
        if (bbox.size() != 4)
            reader.fail(QStringLiteral("coords.bbox"), ProfileText::mustBeNumber());
        else
            profile.bbox = std::array<double, 4>{bbox.at(0).toDouble(), bbox.at(1).toDouble(),
                                                 bbox.at(2).toDouble(), bbox.at(3).toDouble()};
    }

    const QJsonObject dedupe = root.value(QStringLiteral("dedupe")).toObject();
    profile.dedupeWindowSeconds =
        reader.number(dedupe, QStringLiteral("window_s"), QStringLiteral("dedupe.window_s"))
            .value_or(0.0);
    profile.dedupeKey = reader.strings(dedupe, QStringLiteral("key"), QStringLiteral("dedupe.key"));
    if (profile.isHotList()) {
        for (const QString& key : std::as_const(profile.dedupeKey)) {
            if (key != QStringLiteral("plate_norm") && key != QStringLiteral("state") &&
                key != QStringLiteral("list_code") && key != QStringLiteral("category") &&
                !profile.field(key))
                reader.fail(QStringLiteral("dedupe.key"), ProfileText::badDedupeKey(key));
        }
    }

    const QJsonObject hotlist = root.value(QStringLiteral("hotlist")).toObject();
    // A hot-list file is a full snapshot of its list (FORMATS.md 2.7): a new
    // import replaces the list's entries.
    reader.choice<bool>(hotlist, QStringLiteral("mode"), QStringLiteral("hotlist.mode"),
                        {{QStringLiteral("replace"), true}}, true);
    profile.skipExpiredEntries = reader.choice<bool>(
        hotlist, QStringLiteral("expired_entries"), QStringLiteral("hotlist.expired_entries"),
        {{QStringLiteral("skip"), true}, {QStringLiteral("keep"), false}}, false);
    reader.choice<bool>(hotlist, QStringLiteral("as_of"), QStringLiteral("hotlist.as_of"),
                        {{QStringLiteral("import_time"), true}}, true);

    if (reader.failed())
        return reader.error();
    profile.json = document.toJson(QJsonDocument::Compact);
    return profile;
}

Result<ImportProfile> ImportProfile::derive(const QString& newId, const QString& newLabel,
                                            const QHash<QString, QStringList>& columns) const {
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.insert(QStringLiteral("id"), newId);
    root.insert(QStringLiteral("label"), newLabel);
    root.remove(QStringLiteral("evidence"));
    QJsonObject fieldsObject = root.value(QStringLiteral("fields")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        QJsonObject spec = fieldsObject.value(it.key()).toObject();
        if (!spec.contains(QStringLiteral("type")))
            spec.insert(QStringLiteral("type"), QStringLiteral("text"));
        spec.remove(QStringLiteral("col"));
        spec.remove(QStringLiteral("cols"));
        if (it.value().isEmpty()) {
            fieldsObject.remove(it.key());
            continue;
        }
        if (it.value().size() == 1)
            spec.insert(QStringLiteral("col"), it.value().first());
        else
            spec.insert(QStringLiteral("cols"), QJsonArray::fromStringList(it.value()));
        fieldsObject.insert(it.key(), spec);
    }
    root.insert(QStringLiteral("fields"), fieldsObject);
    return fromJson(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace pl::core
