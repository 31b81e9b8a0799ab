#include "core/import/PlateNormalizer.h"

namespace pl::core {

namespace {

constexpr char16_t kMiddleDot = u'\u00B7';

bool isSeparator(char16_t c) {
    return c == u' ' || c == u'-' || c == u'.' || c == kMiddleDot;
}

// Upper-case and strip separators, for the junk and reject lists (which a
// profile may write in any case).
QString listKey(const QString& value) {
    QString key;
    for (const QChar c : value.trimmed()) {
        if (!isSeparator(c.unicode()))
            key.append(c.toUpper());
    }
    return key;
}

QString withDetail(QLatin1StringView code, QStringView detail) {
    QString text;
    text.reserve(code.size() + 1 + detail.size());
    text.append(code);
    text.append(u':');
    text.append(detail);
    return text;
}

} // namespace

QStringList PlateNormalizer::defaultJunkValues() {
    return {QStringLiteral("DETOUR"),    QStringLiteral("STOP"),    QStringLiteral("SPEED"),
            QStringLiteral("AHEAD"),     QStringLiteral("CLOSED"),  QStringLiteral("ROAD"),
            QStringLiteral("WARNING"),   QStringLiteral("POLICE"),  QStringLiteral("TOWAWAY"),
            QStringLiteral("CROSSWALK"), QStringLiteral("PARKING"), QStringLiteral("SCHOOL"),
            QStringLiteral("YIELD")};
}

PlateNormalizer::PlateNormalizer()
    : PlateNormalizer(Options{}) {}

PlateNormalizer::PlateNormalizer(Options options)
    : m_options(std::move(options)) {
    if (m_options.builtInJunk) {
        for (const QString& value : defaultJunkValues())
            m_junk.insert(value);
    }
    for (const QString& value : std::as_const(m_options.junkValues)) {
        const QString key = listKey(value);
        if (!key.isEmpty())
            m_junk.insert(key);
    }
    for (const QString& value : std::as_const(m_options.rejectValues)) {
        const QString key = listKey(value);
        if (!key.isEmpty())
            m_reject.insert(key);
    }
}

PlateNormalizer::Normalized PlateNormalizer::normalize(QStringView raw) const {
    // Shared, so the common flags cost no allocation per row.
    static const QString lowercaseFlag(kLowercase);
    static const QString separatorsFlag(kSeparatorsRemoved);
    static const QString wildcardFlag(kWildcardEntry);
    static const QString emptyRejection(kEmptyPlate);

    Normalized out;
    const QStringView text =
        (!raw.isEmpty() && (raw.front().isSpace() || raw.back().isSpace())) ? raw.trimmed() : raw;
    const char16_t wildcard = m_options.wildcard.unicode();
    const bool wildcardAllowed = !m_options.wildcard.isNull();

    QString normalized(text.size(), Qt::Uninitialized);
    QChar* dst = normalized.data();
    qsizetype length = 0;
    qsizetype alphanumerics = 0;
    bool lowercase = false;
    bool separators = false;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')) {
            dst[length++] = qc;
            ++alphanumerics;
        } else if (c >= u'a' && c <= u'z') {
            dst[length++] = QChar(static_cast<char16_t>(c - (u'a' - u'A')));
            ++alphanumerics;
            lowercase = true;
        } else if (isSeparator(c)) {
            separators = true;
        } else if (wildcardAllowed && c == wildcard) {
            dst[length++] = qc;
            ++out.wildcards;
        } else {
            out.rejection = withDetail(kBadChars, text);
            return out;
        }
    }
    normalized.resize(length);

    if (alphanumerics == 0) {
        out.rejection = emptyRejection;
        return out;
    }
    if (length > m_options.maxLength) {
        out.rejection = QString(kTooLong) + u':' + QString::number(length);
        return out;
    }
    if (out.wildcards > m_options.maxWildcards) {
        out.rejection = withDetail(kTooManyWildcards, normalized);
        return out;
    }
    if (!m_reject.isEmpty() && m_reject.contains(normalized)) {
        out.rejection = withDetail(kPlaceholder, normalized);
        return out;
    }

    if (lowercase)
        out.flags.append(lowercaseFlag);
    if (separators)
        out.flags.append(separatorsFlag);
    if (out.wildcards > 0)
        out.flags.append(wildcardFlag);
    if (!m_junk.isEmpty() && m_junk.contains(normalized))
        out.flags.append(withDetail(kJunkRead, normalized));
    out.normalized = std::move(normalized);
    return out;
}

QString PlateNormalizer::matchKey(QStringView normalized) {
    QString key(normalized.size(), Qt::Uninitialized);
    QChar* dst = key.data();
    for (const QChar qc : normalized) {
        char16_t c = qc.unicode();
        switch (c) {
        case u'O':
        case u'D':
        case u'Q':
            c = u'0';
            break;
        case u'I':
        case u'L':
            c = u'1';
            break;
        case u'Z':
            c = u'2';
            break;
        case u'S':
            c = u'5';
            break;
        case u'G':
            c = u'6';
            break;
        case u'B':
            c = u'8';
            break;
        default:
            break;
        }
        *dst++ = QChar(c);
    }
    return key;
}

} // namespace pl::core
