#include "core/import/TimestampParser.h"

#include <cmath>

namespace pl::core {

namespace {

constexpr qint64 kMsPerDay = 86400000;
// QDate::toJulianDay() of 1970-01-01.
constexpr qint64 kUnixEpochJulianDay = 2440588;

bool isAsciiDigit(QChar c) {
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Reads exactly `count` digits at `pos`; -1 when they are not all digits.
int fixedDigits(QStringView text, qsizetype pos, qsizetype count) {
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype k = 0; k < count; ++k) {
        const QChar c = text[pos + k];
        if (!isAsciiDigit(c))
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

TimestampParser::TimestampParser(std::vector<TimestampFormat> formats, bool acceptIso8601,
                                 EpochUnit epochUnit)
    : m_formats(std::move(formats))
    , m_acceptIso8601(acceptIso8601)
    , m_epochUnit(epochUnit) {
    bool seen[3] = {};
    m_alternative.reserve(m_formats.size());
    for (const TimestampFormat& format : m_formats) {
        const Shape shape = format.hasDate()
                                ? (format.hasTime() ? Shape::DateTime : Shape::DateOnly)
                                : Shape::TimeOnly;
        const auto index = static_cast<std::size_t>(shape);
        m_alternative.push_back(seen[index]);
        seen[index] = true;
    }
}

Result<TimestampParser> TimestampParser::create(const QStringList& patterns, bool acceptIso8601,
                                                EpochUnit epochUnit) {
    std::vector<TimestampFormat> formats;
    formats.reserve(static_cast<std::size_t>(patterns.size()));
    for (const QString& pattern : patterns) {
        Result<TimestampFormat> format = TimestampFormat::compile(pattern);
        if (!format)
            return format.error();
        formats.push_back(std::move(format).value());
    }
    return TimestampParser(std::move(formats), acceptIso8601, epochUnit);
}

TimestampParser::Parsed TimestampParser::parse(QStringView text) const {
    return parseWith(text, true, true);
}

TimestampParser::Parsed TimestampParser::parseDate(QStringView text) const {
    return parseWith(text, true, false);
}

TimestampParser::Parsed TimestampParser::parseTime(QStringView text) const {
    return parseWith(text, false, true);
}

// wantDate && wantTime: any format, ISO and epoch. Otherwise only formats of
// exactly that shape.
TimestampParser::Parsed TimestampParser::parseWith(QStringView text, bool wantDate,
                                                   bool wantTime) const {
    Parsed out;
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        text = text.trimmed();
    if (text.isEmpty())
        return out;
    const bool any = wantDate && wantTime;
    for (std::size_t i = 0; i < m_formats.size(); ++i) {
        const TimestampFormat& format = m_formats[i];
        if (!any && (format.hasDate() != wantDate || format.hasTime() != wantTime))
            continue;
        const std::optional<TimestampFormat::Parts> parts = format.match(text);
        if (!parts)
            continue;
        out.source = Parsed::Source::Format;
        out.formatIndex = static_cast<int>(i);
        out.alternative = m_alternative[i];
        if (parts->hasDate())
            out.date = parts->date();
        if (parts->hasTime)
            out.time = parts->time();
        out.kind = parts->hasDate()
                       ? (parts->hasTime ? Parsed::Kind::LocalDateTime : Parsed::Kind::DateOnly)
                       : Parsed::Kind::TimeOnly;
        return out;
    }
    if (any) {
        if (m_acceptIso8601 && parseIso8601(text, out))
            return out;
        if (m_epochUnit != EpochUnit::None && parseEpoch(text, out))
            return out;
    }
    out.kind = Parsed::Kind::Invalid;
    out.issue = kBadDatetime;
    return out;
}

TimestampParser::Parsed TimestampParser::parseDateAndTime(QStringView dateText,
                                                          QStringView timeText) const {
    if (timeText.trimmed().isEmpty())
        return parse(dateText);
    const Parsed date = parseDate(dateText);
    if (!date.ok())
        return date;
    const Parsed time = parseTime(timeText);
    if (!time.ok())
        return time;
    Parsed out = date;
    out.kind = Parsed::Kind::LocalDateTime;
    out.time = time.time;
    out.timeFormatIndex = time.formatIndex;
    out.alternative = date.alternative || time.alternative;
    return out;
}

QString TimestampParser::issueText(const Parsed& parsed, QStringView text) {
    QString result(parsed.issue.isEmpty() ? kBadDatetime : parsed.issue);
    result.append(QLatin1StringView(":'"));
    result.append(text);
    result.append(u'\'');
    return result;
}

// yyyy-MM-dd(T| )HH:mm:ss[.fraction][Z|+hh:mm|+hhmm|+hh]; lower-case t and z
// too. Without a zone designator the result is a naive LocalDateTime.
bool TimestampParser::parseIso8601(QStringView text, Parsed& out) const {
    const qsizetype n = text.size();
    if (n < 19)
        return false;
    const int year = fixedDigits(text, 0, 4);
    const int month = fixedDigits(text, 5, 2);
    const int day = fixedDigits(text, 8, 2);
    const int hour = fixedDigits(text, 11, 2);
    const int minute = fixedDigits(text, 14, 2);
    const int second = fixedDigits(text, 17, 2);
    const QChar sep = text[10];
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 ||
        text[4] != u'-' || text[7] != u'-' || text[13] != u':' || text[16] != u':' ||
        (sep != u'T' && sep != u't' && sep != u' '))
        return false;
    if (!QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return false;

    qsizetype pos = 19;
    int msec = 0;
    if (pos < n && (text[pos] == u'.' || text[pos] == u',')) {
        ++pos;
        int digits = 0;
        while (pos < n && isAsciiDigit(text[pos])) {
            // Digits beyond milliseconds are dropped (truncated), as Qt does.
            if (digits < 3)
                msec = msec * 10 + (text[pos].unicode() - u'0');
            ++digits;
            ++pos;
        }
        if (digits == 0)
            return false;
        for (int k = digits; k < 3; ++k)
            msec *= 10;
    }

    bool hasOffset = false;
    int offsetSeconds = 0;
    if (pos < n) {
        const QChar c = text[pos];
        if (c == u'Z' || c == u'z') {
            hasOffset = true;
            ++pos;
        } else if (c == u'+' || c == u'-') {
            const int sign = c == u'-' ? -1 : 1;
            const int offsetHours = fixedDigits(text, pos + 1, 2);
            if (offsetHours < 0)
                return false;
            pos += 3;
            int offsetMinutes = 0;
            if (pos < n) {
                if (text[pos] == u':')
                    ++pos;
                offsetMinutes = fixedDigits(text, pos, 2);
                if (offsetMinutes < 0)
                    return false;
                pos += 2;
            }
            if (offsetHours > 18 || offsetMinutes > 59)
                return false;
            hasOffset = true;
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
        }
    }
    if (pos != n)
        return false;

    out.source = Parsed::Source::Iso8601;
    out.date = QDate(year, month, day);
    out.time = QTime(hour, minute, second, msec);
    if (hasOffset) {
        const qint64 wallMs = (out.date.toJulianDay() - kUnixEpochJulianDay) * kMsPerDay +
                              out.time.msecsSinceStartOfDay();
        out.kind = Parsed::Kind::Instant;
        out.offsetSeconds = offsetSeconds;
        out.utcMs = wallMs - qint64(offsetSeconds) * 1000;
    } else {
        out.kind = Parsed::Kind::LocalDateTime;
    }
    return true;
}

// Seconds: digits with an optional fraction; milliseconds: digits only.
// Returns false when the text is not an epoch number at all; an epoch number
// outside the sanity range sets Invalid/bad_epoch and returns true.
bool TimestampParser::parseEpoch(QStringView text, Parsed& out) const {
    const qsizetype n = text.size();
    qsizetype pos = 0;
    qint64 whole = 0;
    int wholeDigits = 0;
    while (pos < n && isAsciiDigit(text[pos])) {
        if (wholeDigits < 16)
            whole = whole * 10 + (text[pos].unicode() - u'0');
        ++wholeDigits;
        ++pos;
    }
    if (wholeDigits == 0)
        return false;
    qint64 fractionMs = 0;
    if (pos < n) {
        if (m_epochUnit != EpochUnit::Seconds || text[pos] != u'.')
            return false;
        ++pos;
        int digits = 0;
        while (pos < n && isAsciiDigit(text[pos])) {
            if (digits < 3)
                fractionMs = fractionMs * 10 + (text[pos].unicode() - u'0');
            ++digits;
            ++pos;
        }
        if (digits == 0 || pos != n)
            return false;
        for (int k = digits; k < 3; ++k)
            fractionMs *= 10;
    }

    qint64 ms = 0;
    bool inRange = wholeDigits <= 15;
    if (inRange)
        ms = m_epochUnit == EpochUnit::Seconds ? whole * 1000 + fractionMs : whole;
    inRange = inRange && ms >= kEpochMinMs && ms <= kEpochMaxMs;
    out.source = Parsed::Source::Epoch;
    if (!inRange) {
        out.kind = Parsed::Kind::Invalid;
        out.issue = kBadEpoch;
        return true;
    }
    out.kind = Parsed::Kind::Instant;
    out.utcMs = ms;
    out.offsetSeconds = 0;
    return true;
}

std::pair<QDate, QTime> TimestampParser::fromExcelSerial(double serial, bool date1904) {
    // 2958465 is 9999-12-31, Excel's last day.
    if (!std::isfinite(serial) || serial < 0.0 || serial >= 2958466.0)
        return {};
    const qint64 totalMs = std::llround(serial * double(kMsPerDay));
    const qint64 days = totalMs / kMsPerDay;
    const QTime time = QTime::fromMSecsSinceStartOfDay(static_cast<int>(totalMs % kMsPerDay));
    if (date1904)
        return {QDate(1904, 1, 1).addDays(days), time};
    if (days == 60) // 1900-02-29, which Excel counts but never existed
        return {QDate(), time};
    // Below 60 Excel's count is one ahead of the real calendar because of
    // that fictitious day.
    const QDate base = days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return {base.addDays(days), time};
}

} // namespace pl::core
