#include "core/import/CoordinateParser.h"

#include <charconv>
#include <cmath>

namespace pl::core {

namespace {

constexpr int kNoMark = -1;

bool isAsciiDigit(char16_t c) {
    return c >= u'0' && c <= u'9';
}

bool isBlank(QChar c) {
    return c.isSpace();
}

// 'N', 'S', 'E', 'W' for a hemisphere letter (any case), else 0.
char16_t hemisphere(char16_t c) {
    switch (c) {
    case u'N':
    case u'n':
        return u'N';
    case u'S':
    case u's':
        return u'S';
    case u'E':
    case u'e':
        return u'E';
    case u'W':
    case u'w':
        return u'W';
    default:
        return 0;
    }
}

struct Component {
    double value = 0.0;
    bool hasFraction = false;
};

// digits [ '.' digits ]; returns false when there is no such number at pos.
bool readNumber(QStringView text, qsizetype& pos, Component& out) {
    // Exact powers of ten for the fast path below.
    static constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                              1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                              1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const qsizetype n = text.size();
    const qsizetype start = pos;
    quint64 mantissa = 0;
    int digits = 0;
    int fractionDigits = 0;
    while (pos < n && isAsciiDigit(text[pos].unicode())) {
        if (digits < 19)
            mantissa = mantissa * 10 + (text[pos].unicode() - u'0');
        ++digits;
        ++pos;
    }
    if (digits == 0)
        return false;
    out.hasFraction = false;
    if (pos < n && text[pos] == u'.') {
        ++pos;
        if (pos >= n || !isAsciiDigit(text[pos].unicode()))
            return false;
        while (pos < n && isAsciiDigit(text[pos].unicode())) {
            if (digits < 19)
                mantissa = mantissa * 10 + (text[pos].unicode() - u'0');
            ++digits;
            ++fractionDigits;
            ++pos;
        }
        out.hasFraction = true;
    }
    // Up to 15 digits the mantissa and the power of ten are exact doubles, so
    // one division is correctly rounded (Clinger's fast path).
    if (digits <= 15) {
        out.value = double(mantissa) / kPowersOfTen[fractionDigits];
        return true;
    }
    char buffer[64];
    const qsizetype length = pos - start;
    if (length > qsizetype(sizeof(buffer)))
        return false;
    for (qsizetype k = 0; k < length; ++k)
        buffer[k] = static_cast<char>(text[start + k].unicode());
    const std::from_chars_result result =
        std::from_chars(buffer, buffer + length, out.value, std::chars_format::fixed);
    return result.ec == std::errc() && result.ptr == buffer + length;
}

// The DMS position a mark right after a number stands for (0 degrees,
// 1 minutes, 2 seconds) and how many characters it takes; kNoMark if none.
int readMark(QStringView text, qsizetype& pos, std::size_t componentIndex) {
    if (pos >= text.size())
        return kNoMark;
    const char16_t c = text[pos].unicode();
    switch (c) {
    case u'\u00B0': // °
    case u'\u00BA': // º, often typed for °
    case u'd':
    case u'D':
        ++pos;
        return 0;
    case u'\'':
        if (pos + 1 < text.size() && text[pos + 1] == u'\'') {
            pos += 2; // '' for "
            return 2;
        }
        ++pos;
        return 1;
    case u'\u2032': // ′
    case u'\u2019': // ’
    case u'm':
    case u'M':
        ++pos;
        return 1;
    case u'"':
    case u'\u2033': // ″
    case u'\u201D': // ”
        ++pos;
        return 2;
    case u's':
        // Only as the third number's mark; elsewhere it is South.
        if (componentIndex == 2) {
            ++pos;
            return 2;
        }
        return kNoMark;
    default:
        return kNoMark;
    }
}

void skipBlanks(QStringView text, qsizetype& pos) {
    while (pos < text.size() && isBlank(text[pos]))
        ++pos;
}

CoordinateParser::Parsed error(QLatin1StringView issue) {
    CoordinateParser::Parsed out;
    out.kind = CoordinateParser::Parsed::Kind::Error;
    out.issue = issue;
    return out;
}

} // namespace

CoordinateParser::Parsed CoordinateParser::parse(QStringView text, Axis axis, bool acceptDms) {
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        text = text.trimmed();
    if (text.isEmpty())
        return Parsed{};
    const qsizetype n = text.size();
    qsizetype pos = 0;

    char16_t hemi = hemisphere(text[0].unicode());
    if (hemi != 0) {
        ++pos;
        skipBlanks(text, pos);
    }
    bool negative = false;
    if (pos < n && (text[pos] == u'+' || text[pos] == u'-')) {
        negative = text[pos] == u'-';
        ++pos;
    }

    Component components[3];
    std::size_t count = 0;
    while (true) {
        if (count == 3 || !readNumber(text, pos, components[count]))
            return error(kBadCoordinate);
        const int mark = readMark(text, pos, count);
        if (mark != kNoMark && mark != static_cast<int>(count))
            return error(kBadCoordinate);
        ++count;
        skipBlanks(text, pos);
        if (pos >= n || !isAsciiDigit(text[pos].unicode()))
            break;
    }
    if (pos < n) {
        const char16_t suffix = hemisphere(text[pos].unicode());
        if (suffix == 0 || hemi != 0)
            return error(kBadCoordinate);
        hemi = suffix;
        ++pos;
        skipBlanks(text, pos);
    }
    if (pos != n)
        return error(kBadCoordinate);

    if (count > 1 && !acceptDms)
        return error(kBadCoordinate);
    for (std::size_t i = 0; i + 1 < count; ++i) {
        if (components[i].hasFraction)
            return error(kBadCoordinate);
    }
    if ((count > 1 && components[1].value >= 60.0) || (count > 2 && components[2].value >= 60.0))
        return error(kBadCoordinate);

    if (hemi != 0) {
        const bool latitudeLetter = hemi == u'N' || hemi == u'S';
        if (negative || latitudeLetter != (axis == Axis::Latitude))
            return error(kBadCoordinate);
        negative = hemi == u'S' || hemi == u'W';
    }

    double value = components[0].value;
    if (count > 1)
        value += components[1].value / 60.0;
    if (count > 2)
        value += components[2].value / 3600.0;
    if (!std::isfinite(value) || value > (axis == Axis::Latitude ? 90.0 : 180.0))
        return error(kOutOfRange);

    Parsed out;
    out.kind = Parsed::Kind::Value;
    out.value = (negative && value != 0.0) ? -value : value;
    out.wasDms = count > 1;
    return out;
}

} // namespace pl::core
