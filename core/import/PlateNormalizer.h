#pragma once

#include <QChar>
#include <QLatin1StringView>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace pl::core {

// Turns a plate as read or listed into its normalised form (upper-case A-Z and
// 0-9 only) and says what was changed or is wrong with it. The raw text is
// never rewritten here; the importer keeps it next to the normalised one.
// Immutable after construction; safe to share between threads.
class PlateNormalizer {
public:
    struct Options {
        // Longest normalised plate; longer ones are rejected.
        int maxLength = 10;
        // Use defaultJunkValues() in addition to junkValues.
        bool builtInJunk = true;
        // Extra road-sign words and the like (a profile's "junk_values"):
        // such reads are kept and flagged "junk_read:<NORM>".
        QStringList junkValues;
        // Placeholders that are not plates (a profile's "reject_values", e.g.
        // UNKNOWN, NONE, NOTAG): rejected as "placeholder_plate:<NORM>".
        QStringList rejectValues;
        // A wildcard character a hot list may use (e.g. '*'); null = none, so
        // '*' is then a bad character like any other symbol.
        QChar wildcard;
        // More wildcards than this reject the entry ("too_many_wildcards").
        int maxWildcards = 2;
    };

    // Flags (the read is kept).
    static constexpr QLatin1StringView kLowercase{"plate_lowercase"};
    static constexpr QLatin1StringView kSeparatorsRemoved{"plate_separators_removed"};
    static constexpr QLatin1StringView kJunkRead{"junk_read"};           // junk_read:<NORM>
    static constexpr QLatin1StringView kWildcardEntry{"wildcard_entry"}; // 1..maxWildcards
    // Rejections.
    static constexpr QLatin1StringView kEmptyPlate{"empty_plate"};
    static constexpr QLatin1StringView kBadChars{"plate_bad_chars"}; // plate_bad_chars:<raw>
    static constexpr QLatin1StringView kTooLong{"plate_too_long"};   // plate_too_long:<n>
    static constexpr QLatin1StringView kPlaceholder{
        "placeholder_plate"}; // placeholder_plate:<NORM>
    static constexpr QLatin1StringView kTooManyWildcards{
        "too_many_wildcards"}; // too_many_wildcards:<NORM>

    struct Normalized {
        QString normalized;
        // In this order when present: plate_lowercase, plate_separators_removed,
        // wildcard_entry, junk_read:<NORM>. Empty when rejected.
        QStringList flags;
        // Empty when accepted, else one reason such as "empty_plate".
        QString rejection;
        int wildcards = 0;

        bool ok() const { return rejection.isEmpty(); }
    };

    PlateNormalizer();
    explicit PlateNormalizer(Options options);

    const Options& options() const { return m_options; }

    // Surrounding whitespace is dropped without a flag. Inside, ASCII letters
    // are upper-cased (flag plate_lowercase if any was lower case) and the
    // separators space, '-', '.' and '·' (U+00B7) are removed (flag
    // plate_separators_removed). Any other character rejects the plate with
    // "plate_bad_chars:<raw>" (raw = the trimmed input). Then: nothing left
    // (or only wildcards) is "empty_plate", more than maxLength characters is
    // "plate_too_long:<n>", a reject value is "placeholder_plate:<NORM>", and
    // a junk value is kept with the flag "junk_read:<NORM>".
    Normalized normalize(QStringView raw) const;

    // Folds look-alike characters so OCR variants of one plate share a key
    // (the profile's "genetec_default" match fold). Characters not in the
    // table, including wildcards, are kept:
    //   O D Q -> 0    I L -> 1    Z -> 2    S -> 5    G -> 6    B -> 8
    // e.g. B0KT552 and BOKT552 -> 80KT552; ZQX4821 and ZQX4B21 -> 20X4821.
    // Expects a normalised plate.
    static QString matchKey(QStringView normalized);

    // DETOUR STOP SPEED AHEAD CLOSED ROAD WARNING POLICE TOWAWAY CROSSWALK
    // PARKING SCHOOL YIELD
    static QStringList defaultJunkValues();

private:
    Options m_options;
    QSet<QString> m_junk;
    QSet<QString> m_reject;
};

} // namespace pl::core
