#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <QTime>

#include <optional>
#include <vector>

namespace pl::core {

// One date/time layout from an import profile, written in the subset of Qt's
// QDateTime format syntax that import files need, compiled once and matched by
// hand (QDateTime::fromString is far too slow for a million rows).
//
// Supported: yyyy yy MM M dd d HH H hh h mm m ss s zzz z, AP/ap/A/a (AM or PM,
// any letter case in the input), literal punctuation and spaces, quoted
// literals ('T', '' for a quote). Letters that are not fields are literals too,
// as in Qt. Refused (with a message): day and month names (ddd, MMM, ...), time
// zone names (t), other run lengths (yyy, hhh, zz, ...), a field given twice, a
// date without year and month, minutes or seconds without an hour, AM/PM with
// a 24-hour field (H/HH) or without an hour.
//
// Matching differs from Qt on purpose in two places: "yy" means 2000-2099
// (Qt: 1900-1999; import data starts in 2000), and "z" reads one to three
// digits as the fraction of a second (".5" is 500 ms). One-letter numeric
// fields take one or two digits; doubled ones exactly two; yyyy four; zzz three.
class TimestampFormat {
public:
    // The fields one match produced. A date-only format leaves the time unset
    // (hasTime false); a time-only format leaves year, month and day unset.
    // A format without a day gives day 1.
    struct Parts {
        std::optional<int> year;
        std::optional<int> month;
        std::optional<int> day;
        bool hasTime = false;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int msec = 0;

        bool hasDate() const { return year.has_value(); }
        // Valid only when hasDate() / hasTime.
        QDate date() const;
        QTime time() const;
    };

    // An empty format that matches nothing; use compile().
    TimestampFormat() = default;

    // Error code InvalidArgument with a translated message naming the format,
    // the offending token and its position.
    static Result<TimestampFormat> compile(const QString& pattern);

    const QString& pattern() const { return m_pattern; }
    bool hasDate() const { return m_hasDate; }
    bool hasTime() const { return m_hasTime; }

    // Whole-string match after trimming surrounding whitespace. Fails on any
    // impossible value: month 13, 30 February, hour 13 with AM/PM, hour 24,
    // minute or second 60.
    std::optional<Parts> match(QStringView text) const;

private:
    enum class Field : quint8 {
        Literal,
        Year4,
        Year2,
        Month,
        Day,
        Hour24,
        Hour12,
        Minute,
        Second,
        Fraction, // z: 1-3 digits, fraction of a second
        Msec3,    // zzz: exactly 3 digits
        AmPm,
    };
    struct Token {
        Field field = Field::Literal;
        quint8 minDigits = 0;
        quint8 maxDigits = 0;
        QString literal;
    };
    struct Values;

    static void storeField(Field field, int value, qsizetype digits, Values& values);
    bool matchFrom(QStringView text, qsizetype pos, std::size_t tokenIndex, Values& values) const;

    QString m_pattern;
    std::vector<Token> m_tokens;
    bool m_hasDate = false;
    bool m_hasTime = false;
};

} // namespace pl::core
