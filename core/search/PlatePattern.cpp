#include "core/search/PlatePattern.h"

#include "core/import/PlateNormalizer.h"

#include <QCoreApplication>

#include <algorithm>

namespace pl::core {

namespace {

class PatternText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::PlatePattern)
public:
    static QString badCharacter(QChar c, const QString& text) {
        return tr("The plate \"%1\" contains \"%2\", which a plate cannot have. Use letters A-Z "
                  "and digits 0-9; '?' stands for one character and '*' for any run of them.")
            .arg(text, QString(c));
    }
    static QString onlyWildcards(const QString& text) {
        return tr("The plate \"%1\" has no letter or digit. Give at least one, or leave the "
                  "plate empty to search an area or a device.")
            .arg(text);
    }
    static QString similarWildcards() {
        return tr("A similar-plate search takes a whole plate, without '?' or '*'.");
    }
    static QString tooLong(int length, int maximum) {
        return tr("The plate has %1 characters; plates have at most %2.").arg(length).arg(maximum);
    }
};

// Longest plate the store keeps (PlateNormalizer's default).
constexpr int kMaxPlateLength = 10;

bool isWildcard(QChar c) {
    return c == u'?' || c == u'*';
}

// Characters a match key can hold: digits and the letters matchKey() keeps.
const QString& keyAlphabet() {
    static const QString alphabet = [] {
        QString symbols;
        for (char16_t c = u'0'; c <= u'9'; ++c)
            symbols.append(QChar(c));
        for (char16_t c = u'A'; c <= u'Z'; ++c) {
            const QString key = PlateNormalizer::matchKey(QString(QChar(c)));
            if (key == QString(QChar(c)))
                symbols.append(QChar(c));
        }
        return symbols;
    }();
    return alphabet;
}

// GLOB semantics for our alphabet: '?' one character, '*' any run.
bool globMatch(QStringView pattern, QStringView text) {
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype star = -1;
    qsizetype resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            resume = t;
        } else if (p < pattern.size() && (pattern[p] == u'?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

// Look-alike substitutions between two strings of one length whose match
// keys agree position by position; -1 when some position differs otherwise.
int confusions(QStringView a, QStringView b, const QString& keyA, const QString& keyB) {
    int count = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] == b[i])
            continue;
        if (keyA[i] != keyB[i])
            return -1;
        ++count;
    }
    return count;
}

QString withoutAt(QStringView text, qsizetype at) {
    QString out;
    out.reserve(text.size() - 1);
    out.append(text.left(at));
    out.append(text.mid(at + 1));
    return out;
}

} // namespace

Result<PlatePattern> PlatePattern::parse(const QString& text, SearchMode mode) {
    const QString trimmed = text.trimmed();
    QString normalized;
    normalized.reserve(trimmed.size());
    int wildcards = 0;
    bool alphanumeric = false;
    for (const QChar c : trimmed) {
        const char16_t u = c.unicode();
        if ((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')) {
            normalized.append(c);
            alphanumeric = true;
        } else if (u >= u'a' && u <= u'z') {
            normalized.append(c.toUpper());
            alphanumeric = true;
        } else if (u == u' ' || u == u'-') {
            continue;
        } else if (isWildcard(c)) {
            // "**" means the same as "*".
            if (!(u == u'*' && normalized.endsWith(u'*')))
                normalized.append(c);
            ++wildcards;
        } else {
            return Error(ErrorCode::InvalidArgument, PatternText::badCharacter(c, trimmed));
        }
    }

    PlatePattern pattern;
    pattern.m_text = normalized;
    if (normalized.isEmpty()) {
        pattern.m_kind = Kind::Any;
        return pattern;
    }
    if (!alphanumeric)
        return Error(ErrorCode::InvalidArgument, PatternText::onlyWildcards(trimmed));
    const qsizetype fixed = normalized.size() - normalized.count(u'*');
    if (fixed > kMaxPlateLength)
        return Error(ErrorCode::InvalidArgument,
                     PatternText::tooLong(static_cast<int>(fixed), kMaxPlateLength));

    switch (mode) {
    case SearchMode::Exact:
        pattern.m_kind = wildcards > 0 ? Kind::Wildcard : Kind::Exact;
        break;
    case SearchMode::Contains:
        pattern.m_kind = Kind::Contains;
        break;
    case SearchMode::Similar:
        if (wildcards > 0)
            return Error(ErrorCode::InvalidArgument, PatternText::similarWildcards());
        pattern.m_kind = Kind::Similar;
        break;
    }
    return pattern;
}

QString PlatePattern::fixedPrefix() const {
    if (m_kind == Kind::Contains || m_kind == Kind::Any)
        return {};
    qsizetype end = 0;
    while (end < m_text.size() && !isWildcard(m_text[end]))
        ++end;
    return m_text.left(end);
}

bool PlatePattern::matches(QStringView plate) const {
    switch (m_kind) {
    case Kind::Any:
        return true;
    case Kind::Exact:
        return plate == m_text;
    case Kind::Wildcard:
        return globMatch(m_text, plate);
    case Kind::Contains:
        return globMatch(QString(u'*' + m_text + u'*'), plate);
    case Kind::Similar:
        return distance(plate) >= 0;
    }
    return false;
}

int PlatePattern::distance(QStringView plate) const {
    if (m_kind != Kind::Similar)
        return matches(plate) ? 0 : -1;
    if (plate == m_text)
        return 0;
    const QString textKey = PlateNormalizer::matchKey(m_text);
    const QString plateKey = PlateNormalizer::matchKey(plate);
    int best = -1;
    if (plate.size() == m_text.size()) {
        best = confusions(m_text, plate, textKey, plateKey);
    } else if (plate.size() == m_text.size() + 1 || plate.size() + 1 == m_text.size()) {
        // One character missing from the shorter one: try each place in the longer.
        const bool plateLonger = plate.size() > m_text.size();
        const QStringView longer = plateLonger ? plate : QStringView(m_text);
        const QStringView shorter = plateLonger ? QStringView(m_text) : plate;
        const QString& longerKey = plateLonger ? plateKey : textKey;
        const QString& shorterKey = plateLonger ? textKey : plateKey;
        for (qsizetype at = 0; at < longer.size(); ++at) {
            const int count =
                confusions(withoutAt(longer, at), shorter, withoutAt(longerKey, at), shorterKey);
            if (count >= 0 && (best < 0 || count + 1 < best))
                best = count + 1;
        }
    }
    return best > maxDistance ? -1 : best;
}

QStringList PlatePattern::candidateKeys() const {
    if (m_kind != Kind::Similar)
        return {};
    const QString key = PlateNormalizer::matchKey(m_text);
    QStringList keys{key};
    if (key.size() > 1) {
        for (qsizetype at = 0; at < key.size(); ++at)
            keys.append(withoutAt(key, at));
    }
    if (key.size() < kMaxPlateLength) {
        for (qsizetype at = 0; at <= key.size(); ++at) {
            for (const QChar symbol : keyAlphabet()) {
                QString longer = key;
                longer.insert(at, symbol);
                keys.append(longer);
            }
        }
    }
    keys.removeDuplicates();
    return keys;
}

PlatePattern::SqlCondition PlatePattern::sqlCondition() const {
    SqlCondition condition;
    switch (m_kind) {
    case Kind::Any:
        break;
    case Kind::Exact:
        condition.sql = QStringLiteral("r.plate = ?");
        condition.parameters = {m_text};
        condition.index = QStringLiteral("reads_plate_time");
        break;
    case Kind::Wildcard: {
        const QString prefix = fixedPrefix();
        if (prefix.isEmpty()) {
            condition.sql = QStringLiteral("r.plate GLOB ?");
            condition.parameters = {m_text};
            break;
        }
        // Plates are A-Z0-9 only, so the prefix with its last character
        // moved one up bounds the range from above.
        QString upper = prefix;
        upper.back() = QChar(static_cast<char16_t>(upper.back().unicode() + 1));
        condition.sql = QStringLiteral("r.plate >= ? AND r.plate < ? AND r.plate GLOB ?");
        condition.parameters = {prefix, upper, m_text};
        condition.index = QStringLiteral("reads_plate_time");
        break;
    }
    case Kind::Contains:
        condition.sql = QStringLiteral("r.plate GLOB ?");
        condition.parameters = {QString(u'*' + m_text + u'*')};
        break;
    case Kind::Similar: {
        const QStringList keys = candidateKeys();
        QStringList marks;
        marks.reserve(keys.size());
        for (qsizetype i = 0; i < keys.size(); ++i)
            marks.append(QStringLiteral("?"));
        condition.sql = QStringLiteral("r.match_key IN (") + marks.join(u',') + u')';
        condition.parameters = keys;
        condition.index = QStringLiteral("reads_match_key");
        break;
    }
    }
    return condition;
}

} // namespace pl::core
