#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace pl::core {

// How one canonical read or hot-list field is taken from the source
// (FORMATS.md 4.3).
struct ProfileField {
    enum class Type {
        Text,
        Int,
        Float,
        Plate,
        State,
        DateTime,
        Latitude,
        Longitude,
        FileRef,
        Base64Image,
        IntList
    };

    QString name;        // canonical name: plate, ts, lat, device_id, ...
    QStringList columns; // header names, or "#0"-style indexes; several for ts (date + time)
    Type type = Type::Text;
    bool required = false;
    QStringList formats; // DateTime: Qt-syntax formats, first is the expected one
    bool excelSerial = false;
    QString epochUnit; // "", "s" or "ms"
    std::optional<double> rangeMin;
    std::optional<double> rangeMax;
    bool acceptDms = false;
    QString stateFormat; // code_or_name, ncic, openalpr_region
    bool numericCellFlag = false;
    QString baseDir;   // FileRef: "${IMPORT_DIR}" or empty
    QString pathStyle; // FileRef: "windows" or "posix"
    QStringList nullValues;

    // Hot-list fields (FORMATS.md 4.6.4, 4.6.5).
    QString constValue; // "const": the value when the field has no column
    // "substr": [start, length], 1-based, of the cell as it stands; length 0
    // is the rest. start 0: the whole cell.
    int substrStart = 0;
    int substrLength = 0;
    // "map": source code -> value, after "map_case" ("upper", "lower" or
    // empty); "map_default" is the value of codes the map does not hold
    // (empty: they are kept as written).
    QHash<QString, QString> codeMap;
    QString mapDefault;
    QString mapCase;
    // "zero_to_o": a zero in a code is read as the letter O (flag
    // "<field>_zero_for_O"); for states, see StateMapper.
    bool zeroToO = false;
    // "regex": a value that does not match is dropped with the flag
    // "bad_format:<field>='<text>'".
    std::optional<QRegularExpression> valueRegex;
    // Plates: "wildcard" character (null: none) and "max_wildcards".
    QChar wildcard;
    int maxWildcards = 2;

    static QString typeName(Type type);
};

// A declarative description of one file layout. Built-in profiles ship as
// resources (:/import-profiles/*.json); people save their own in the store.
// The JSON text is kept so an import can record exactly what it ran with.
struct ImportProfile {
    enum class Container { Text, Xlsx };
    enum class Encoding { Auto, Utf8, Windows1252, Utf16 };
    enum class HeaderMode { Row, Find, None, SkipLines };
    enum class Ambiguity { Flag, Earlier, Later, Reject };
    enum class Layout { Delimited, FixedWidth };
    enum class MatchFold { Default, ExactOnly, GenetecDefault };

    // One column of a fixed-width layout: 1-based start, length in
    // characters (0: the rest of the line).
    struct FixedColumn {
        QString name;
        int start = 1;
        int length = 0;
    };

    QString id;
    QString label;
    QString kind = QStringLiteral("reads");
    bool builtIn = false;

    // detect
    QStringList extensions;     // ".csv", ".xlsx" (lowercase, with the dot)
    QStringList headerContains; // all must appear among the header cells
    // Hot lists: most data lines of a file in this layout match it.
    std::optional<QRegularExpression> lineRegex;

    // source
    Container container = Container::Text;
    Encoding encoding = Encoding::Auto;
    Layout layout = Layout::Delimited;
    char delimiter = ','; // 0: "auto", the delimiter the file's first lines use
    char quote = '"';     // 0: no quoting
    QString sheet;        // xlsx: preferred sheet name
    int sheetFallbackIndex = 0;
    HeaderMode headerMode = HeaderMode::Row;
    int headerRow = 1;              // Row: 1-based record number of the header
    QStringList headerFindContains; // Find: cells the header row must contain
    int headerMaxScanRows = 20;
    int skipLines = 0; // SkipLines
    QList<QRegularExpression> skipLinesRegex;
    std::optional<QRegularExpression> stopAtRegex;
    int expectedFields = 0; // 0: not checked
    // Fixed width: the columns; lines shorter than minLineLength are
    // rejected ("line_too_short:<n>"), those shorter than fullLineLength
    // flagged ("short_record:<n>"); a tab rejects the line
    // ("tab_in_fixed_width_line") when rejectTabs is set. 0: not checked.
    QList<FixedColumn> fixedColumns;
    int minLineLength = 0;
    int fullLineLength = 0;
    bool rejectTabs = false;

    // time
    QString timeZone; // IANA id, "UTC", or empty/"ask_user"
    Ambiguity ambiguity = Ambiguity::Flag;
    QString notBefore; // ISO date; reads before it are rejected
    int futureSlackHours = 24;
    QString relativeOffsetField; // a field holding seconds from a base time the user gives
    QString relativeUnit;        // "s" or "ms"

    QList<ProfileField> fields;

    // plate
    int plateMaxLength = 10;
    QStringList junkValues;
    QStringList rejectValues;
    // Normalised plates must match this, when given.
    std::optional<QRegularExpression> platePattern;
    // Hot lists: exact_only entries alert on exact (and wildcard) matches
    // only; genetec_default ones also on one look-alike character.
    MatchFold matchFold = MatchFold::Default;

    // coords
    bool zeroZeroIsMissing = true;
    std::optional<std::array<double, 4>> bbox; // lonMin, latMin, lonMax, latMax

    // dedupe: same normalized plate, device and time within this many seconds
    double dedupeWindowSeconds = 0.0;
    // Hot lists: the fields that make two records the same entry
    // (plate_norm, state, list_code, category or any mapped field).
    QStringList dedupeKey;

    // hotlist: a record whose expiry date lies before the import is
    // skipped ("expired:<date>") rather than stored (expired_entries: skip).
    bool skipExpiredEntries = false;

    QByteArray json; // the definition as parsed (compact)

    const ProfileField* field(const QString& name) const;
    bool isHotList() const { return kind == QStringLiteral("hotlist"); }
    bool needsBaseTime() const { return !relativeOffsetField.isEmpty(); }

    // Parses and checks a definition; errors name the key that is wrong.
    static Result<ImportProfile> fromJson(const QByteArray& json);
    // A copy under a new id and label with some fields taken from other
    // columns (field name -> column names), as a person corrects a mapping.
    Result<ImportProfile> derive(const QString& newId, const QString& newLabel,
                                 const QHash<QString, QStringList>& columns) const;
};

} // namespace pl::core
