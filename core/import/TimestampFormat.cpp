#include "core/import/TimestampFormat.h"

#include <QCoreApplication>

namespace pl::core {

namespace {

class TimestampFormatText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::TimestampFormat)
public:
    static QString empty() {
        return tr("The date/time format is empty; expected a pattern such as "
                  "\"MM/dd/yyyy HH:mm:ss\".");
    }
    static QString unsupported(const QString& pattern, const QString& token, qsizetype position) {
        return tr("Date/time format \"%1\": \"%2\" at character %3 is not supported. Use yyyy, yy, "
                  "MM, M, dd, d, HH, H, hh, h, mm, m, ss, s, zzz, z and AP/ap; quote literal "
                  "letters, e.g. 'T'.")
            .arg(pattern, token)
            .arg(position + 1);
    }
    static QString unterminatedQuote(const QString& pattern, qsizetype position) {
        return tr("Date/time format \"%1\": the quote at character %2 is never closed.")
            .arg(pattern)
            .arg(position + 1);
    }
    static QString duplicate(const QString& pattern, const QString& token, qsizetype position) {
        return tr("Date/time format \"%1\": \"%2\" at character %3 repeats a field that is "
                  "already in the format.")
            .arg(pattern, token)
            .arg(position + 1);
    }
    static QString noFields(const QString& pattern) {
        return tr("Date/time format \"%1\" has no date or time field.").arg(pattern);
    }
    static QString incompleteDate(const QString& pattern) {
        return tr("Date/time format \"%1\": a date needs at least a year (yyyy or yy) and a month "
                  "(MM or M).")
            .arg(pattern);
    }
    static QString incompleteTime(const QString& pattern) {
        return tr("Date/time format \"%1\": minutes, seconds or fractions need an hour (HH, H, hh "
                  "or h).")
            .arg(pattern);
    }
    static QString amPmWith24h(const QString& pattern) {
        return tr("Date/time format \"%1\": AM/PM (AP) goes with a 12-hour field (h or hh), not "
                  "with H or HH.")
            .arg(pattern);
    }
    static QString amPmWithoutHour(const QString& pattern) {
        return tr("Date/time format \"%1\": AM/PM (AP) needs an hour field (h or hh).")
            .arg(pattern);
    }
    static QString tooLong(const QString& pattern) {
        return tr("Date/time format \"%1\" is too long (at most 64 fields and literals).")
            .arg(pattern);
    }
};

constexpr std::size_t kMaxTokens = 64;

bool isAsciiDigit(char16_t c) {
    return c >= u'0' && c <= u'9';
}

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeapYear(year))
        return 29;
    return kDays[month - 1];
}

char16_t asciiUpper(char16_t c) {
    return (c >= u'a' && c <= u'z') ? static_cast<char16_t>(c - (u'a' - u'A')) : c;
}

int parseDigits(QStringView text, qsizetype pos, qsizetype length) {
    int value = 0;
    for (qsizetype k = 0; k < length; ++k)
        value = value * 10 + (text[pos + k].unicode() - u'0');
    return value;
}

} // namespace

// The values of one attempt; backtracking simply overwrites them.
struct TimestampFormat::Values {
    int year = -1;
    int month = -1;
    int day = -1;
    int hour = -1;
    int minute = 0;
    int second = 0;
    int msec = 0;
    int pm = -1; // -1 no AM/PM, 0 AM, 1 PM
};

void TimestampFormat::storeField(Field field, int value, qsizetype digits, Values& values) {
    switch (field) {
    case Field::Year4:
        values.year = value;
        break;
    case Field::Year2:
        values.year = 2000 + value;
        break;
    case Field::Month:
        values.month = value;
        break;
    case Field::Day:
        values.day = value;
        break;
    case Field::Hour24:
    case Field::Hour12:
        values.hour = value;
        break;
    case Field::Minute:
        values.minute = value;
        break;
    case Field::Second:
        values.second = value;
        break;
    case Field::Fraction:
        values.msec = digits == 1 ? value * 100 : digits == 2 ? value * 10 : value;
        break;
    case Field::Msec3:
        values.msec = value;
        break;
    case Field::Literal:
    case Field::AmPm:
        break;
    }
}

QDate TimestampFormat::Parts::date() const {
    if (!year || !month)
        return {};
    return QDate(*year, *month, day.value_or(1));
}

QTime TimestampFormat::Parts::time() const {
    if (!hasTime)
        return {};
    return QTime(hour, minute, second, msec);
}

Result<TimestampFormat> TimestampFormat::compile(const QString& pattern) {
    const auto fail = [](QString message) {
        return Error(ErrorCode::InvalidArgument, message);
    };
    if (pattern.trimmed().isEmpty())
        return fail(TimestampFormatText::empty());

    TimestampFormat format;
    format.m_pattern = pattern;
    std::vector<Token>& tokens = format.m_tokens;
    const auto appendLiteral = [&tokens](QStringView text) {
        if (!tokens.empty() && tokens.back().field == Field::Literal)
            tokens.back().literal.append(text);
        else
            tokens.push_back(Token{Field::Literal, 0, 0, text.toString()});
    };

    bool seen[12] = {};
    bool amPm = false;
    bool hour24 = false;
    bool hour12 = false;
    const qsizetype n = pattern.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = pattern.at(i);
        if (c == u'\'') {
            // Quoted literal; '' inside or outside quotes is one quote.
            if (i + 1 < n && pattern.at(i + 1) == u'\'') {
                appendLiteral(u"'");
                i += 2;
                continue;
            }
            QString text;
            qsizetype j = i + 1;
            bool closed = false;
            while (j < n) {
                if (pattern.at(j) == u'\'') {
                    if (j + 1 < n && pattern.at(j + 1) == u'\'') {
                        text.append(u'\'');
                        j += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                text.append(pattern.at(j));
                ++j;
            }
            if (!closed)
                return fail(TimestampFormatText::unterminatedQuote(pattern, i));
            if (!text.isEmpty())
                appendLiteral(text);
            i = j + 1;
            continue;
        }

        // AM/PM: "AP", "ap", "A", "a".
        if (c == u'A' || c == u'a') {
            const qsizetype length =
                (i + 1 < n && pattern.at(i + 1) == QChar(c == u'A' ? u'P' : u'p')) ? 2 : 1;
            const QString token = pattern.mid(i, length);
            if (amPm)
                return fail(TimestampFormatText::duplicate(pattern, token, i));
            amPm = true;
            tokens.push_back(Token{Field::AmPm, 0, 0, {}});
            i += length;
            continue;
        }

        const char16_t ch = c.unicode();
        if (ch != u'y' && ch != u'M' && ch != u'd' && ch != u'H' && ch != u'h' && ch != u'm' &&
            ch != u's' && ch != u'z' && ch != u't') {
            appendLiteral(QStringView(pattern).mid(i, 1));
            ++i;
            continue;
        }
        qsizetype run = 1;
        while (i + run < n && pattern.at(i + run) == c)
            ++run;
        const QString token = pattern.mid(i, run);
        Token t;
        const auto digits = [&t](Field field, int minDigits, int maxDigits) {
            t.field = field;
            t.minDigits = static_cast<quint8>(minDigits);
            t.maxDigits = static_cast<quint8>(maxDigits);
            return true;
        };
        bool ok = false;
        switch (ch) {
        case u'y':
            ok = run == 4 ? digits(Field::Year4, 4, 4) : run == 2 && digits(Field::Year2, 2, 2);
            break;
        case u'M':
            ok = run <= 2 && digits(Field::Month, run == 1 ? 1 : 2, 2);
            break;
        case u'd':
            ok = run <= 2 && digits(Field::Day, run == 1 ? 1 : 2, 2);
            break;
        case u'H':
            ok = run <= 2 && digits(Field::Hour24, run == 1 ? 1 : 2, 2);
            hour24 = true;
            break;
        case u'h':
            // Becomes 12-hour below when the format has AM/PM, as in Qt.
            ok = run <= 2 && digits(Field::Hour12, run == 1 ? 1 : 2, 2);
            hour12 = true;
            break;
        case u'm':
            ok = run <= 2 && digits(Field::Minute, run == 1 ? 1 : 2, 2);
            break;
        case u's':
            ok = run <= 2 && digits(Field::Second, run == 1 ? 1 : 2, 2);
            break;
        case u'z':
            ok = run == 1 ? digits(Field::Fraction, 1, 3) : run == 3 && digits(Field::Msec3, 3, 3);
            break;
        default: // 't' (time zone name) is not supported
            break;
        }
        if (!ok)
            return fail(TimestampFormatText::unsupported(pattern, token, i));

        // Year4/Year2, Hour24/Hour12 and Fraction/Msec3 share one slot each.
        int slot = static_cast<int>(t.field);
        if (t.field == Field::Year2)
            slot = static_cast<int>(Field::Year4);
        else if (t.field == Field::Hour12)
            slot = static_cast<int>(Field::Hour24);
        else if (t.field == Field::Msec3)
            slot = static_cast<int>(Field::Fraction);
        if (seen[slot])
            return fail(TimestampFormatText::duplicate(pattern, token, i));
        seen[slot] = true;
        tokens.push_back(t);
        i += run;
    }

    if (tokens.size() > kMaxTokens)
        return fail(TimestampFormatText::tooLong(pattern));

    const auto has = [&seen](Field field) {
        return seen[static_cast<int>(field)];
    };
    const bool anyDate = has(Field::Year4) || has(Field::Month) || has(Field::Day);
    const bool anyTime = has(Field::Hour24) || has(Field::Minute) || has(Field::Second) ||
                         has(Field::Fraction) || amPm;
    if (!anyDate && !anyTime)
        return fail(TimestampFormatText::noFields(pattern));
    if (anyDate && !(has(Field::Year4) && has(Field::Month)))
        return fail(TimestampFormatText::incompleteDate(pattern));
    if (anyTime && !has(Field::Hour24)) {
        if (amPm)
            return fail(TimestampFormatText::amPmWithoutHour(pattern));
        return fail(TimestampFormatText::incompleteTime(pattern));
    }
    if (amPm && hour24)
        return fail(TimestampFormatText::amPmWith24h(pattern));
    if (hour12 && !amPm) {
        // "h"/"hh" without AM/PM is a 0-23 hour, as in Qt.
        for (Token& token : tokens) {
            if (token.field == Field::Hour12)
                token.field = Field::Hour24;
        }
    }
    format.m_hasDate = anyDate;
    format.m_hasTime = anyTime;
    return format;
}

bool TimestampFormat::matchFrom(QStringView text, qsizetype pos, std::size_t tokenIndex,
                                Values& values) const {
    const qsizetype n = text.size();
    for (; tokenIndex < m_tokens.size(); ++tokenIndex) {
        const Token& token = m_tokens[tokenIndex];
        if (token.field == Field::Literal) {
            const qsizetype length = token.literal.size();
            if (n - pos < length)
                return false;
            const QChar* literal = token.literal.constData();
            for (qsizetype k = 0; k < length; ++k) {
                if (text[pos + k] != literal[k])
                    return false;
            }
            pos += length;
            continue;
        }
        if (token.field == Field::AmPm) {
            if (n - pos < 2 || asciiUpper(text[pos + 1].unicode()) != u'M')
                return false;
            const char16_t letter = asciiUpper(text[pos].unicode());
            if (letter == u'A')
                values.pm = 0;
            else if (letter == u'P')
                values.pm = 1;
            else
                return false;
            pos += 2;
            continue;
        }

        // A numeric field: count the digits available, up to the maximum.
        qsizetype available = 0;
        while (available < token.maxDigits && pos + available < n &&
               isAsciiDigit(text[pos + available].unicode()))
            ++available;
        if (available < token.minDigits)
            return false;
        if (token.minDigits == token.maxDigits) {
            storeField(token.field, parseDigits(text, pos, available), available, values);
            pos += available;
            continue;
        }
        // Variable width (M, d, h, z): take the most digits that still let
        // the rest match.
        for (qsizetype length = available; length >= token.minDigits; --length) {
            storeField(token.field, parseDigits(text, pos, length), length, values);
            if (matchFrom(text, pos + length, tokenIndex + 1, values))
                return true;
        }
        return false;
    }
    return pos == n;
}

std::optional<TimestampFormat::Parts> TimestampFormat::match(QStringView text) const {
    if (m_tokens.empty())
        return std::nullopt;
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        text = text.trimmed();
    Values values;
    if (!matchFrom(text, 0, 0, values))
        return std::nullopt;

    Parts parts;
    if (m_hasDate) {
        const int day = values.day < 0 ? 1 : values.day;
        if (values.month < 1 || values.month > 12 || day < 1 ||
            day > daysInMonth(values.year, values.month))
            return std::nullopt;
        parts.year = values.year;
        parts.month = values.month;
        if (values.day >= 0)
            parts.day = values.day;
    }
    if (m_hasTime) {
        int hour = values.hour;
        if (values.pm >= 0) {
            // 12-hour clock: 1-12; 12 AM is midnight, 12 PM noon.
            if (hour < 1 || hour > 12)
                return std::nullopt;
            hour = hour % 12 + (values.pm == 1 ? 12 : 0);
        }
        if (hour < 0 || hour > 23 || values.minute > 59 || values.second > 59)
            return std::nullopt;
        parts.hasTime = true;
        parts.hour = hour;
        parts.minute = values.minute;
        parts.second = values.second;
        parts.msec = values.msec;
    }
    return parts;
}

} // namespace pl::core
