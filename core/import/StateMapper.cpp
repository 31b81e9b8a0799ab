#include "core/import/StateMapper.h"

#include <QHash>

#include <array>

namespace pl::core {

namespace {

enum class Country : quint8 { US, CA, MX };

struct Jurisdiction {
    const char* code;
    Country country;
    // Full names, '|'-separated, upper case; empty for none.
    const char* names;
};

// The one table of known jurisdictions; see StateMapper.h.
constexpr Jurisdiction kJurisdictions[] = {
    {"AL", Country::US, "ALABAMA"},
    {"AK", Country::US, "ALASKA"},
    {"AZ", Country::US, "ARIZONA"},
    {"AR", Country::US, "ARKANSAS"},
    {"CA", Country::US, "CALIFORNIA"},
    {"CO", Country::US, "COLORADO"},
    {"CT", Country::US, "CONNECTICUT"},
    {"DE", Country::US, "DELAWARE"},
    {"FL", Country::US, "FLORIDA"},
    {"GA", Country::US, "GEORGIA"},
    {"HI", Country::US, "HAWAII"},
    {"ID", Country::US, "IDAHO"},
    {"IL", Country::US, "ILLINOIS"},
    {"IN", Country::US, "INDIANA"},
    {"IA", Country::US, "IOWA"},
    {"KS", Country::US, "KANSAS"},
    {"KY", Country::US, "KENTUCKY"},
    {"LA", Country::US, "LOUISIANA"},
    {"ME", Country::US, "MAINE"},
    {"MD", Country::US, "MARYLAND"},
    {"MA", Country::US, "MASSACHUSETTS"},
    {"MI", Country::US, "MICHIGAN"},
    {"MN", Country::US, "MINNESOTA"},
    {"MS", Country::US, "MISSISSIPPI"},
    {"MO", Country::US, "MISSOURI"},
    {"MT", Country::US, "MONTANA"},
    {"NE", Country::US, "NEBRASKA"},
    {"NV", Country::US, "NEVADA"},
    {"NH", Country::US, "NEW HAMPSHIRE"},
    {"NJ", Country::US, "NEW JERSEY"},
    {"NM", Country::US, "NEW MEXICO"},
    {"NY", Country::US, "NEW YORK"},
    {"NC", Country::US, "NORTH CAROLINA"},
    {"ND", Country::US, "NORTH DAKOTA"},
    {"OH", Country::US, "OHIO"},
    {"OK", Country::US, "OKLAHOMA"},
    {"OR", Country::US, "OREGON"},
    {"PA", Country::US, "PENNSYLVANIA"},
    {"RI", Country::US, "RHODE ISLAND"},
    {"SC", Country::US, "SOUTH CAROLINA"},
    {"SD", Country::US, "SOUTH DAKOTA"},
    {"TN", Country::US, "TENNESSEE"},
    {"TX", Country::US, "TEXAS"},
    {"UT", Country::US, "UTAH"},
    {"VT", Country::US, "VERMONT"},
    {"VA", Country::US, "VIRGINIA"},
    {"WA", Country::US, "WASHINGTON"},
    {"WV", Country::US, "WEST VIRGINIA"},
    {"WI", Country::US, "WISCONSIN"},
    {"WY", Country::US, "WYOMING"},
    {"DC", Country::US, "DISTRICT OF COLUMBIA|WASHINGTON DC|WASHINGTON D C"},
    {"PR", Country::US, "PUERTO RICO"},
    {"GU", Country::US, "GUAM"},
    {"VI", Country::US, "VIRGIN ISLANDS|US VIRGIN ISLANDS|UNITED STATES VIRGIN ISLANDS"},
    {"AS", Country::US, "AMERICAN SAMOA"},
    {"MP", Country::US, "NORTHERN MARIANA ISLANDS|NORTHERN MARIANAS"},
    {"AB", Country::CA, "ALBERTA"},
    {"BC", Country::CA, "BRITISH COLUMBIA"},
    {"MB", Country::CA, "MANITOBA"},
    {"NB", Country::CA, "NEW BRUNSWICK"},
    {"NL", Country::CA, "NEWFOUNDLAND AND LABRADOR|NEWFOUNDLAND & LABRADOR|NEWFOUNDLAND"},
    {"NS", Country::CA, "NOVA SCOTIA"},
    {"NT", Country::CA, "NORTHWEST TERRITORIES"},
    {"NU", Country::CA, "NUNAVUT"},
    {"ON", Country::CA, "ONTARIO"},
    {"PE", Country::CA, "PRINCE EDWARD ISLAND"},
    {"QC", Country::CA,
     "QUEBEC|QU\xC3\x89"
     "BEC"},
    {"SK", Country::CA, "SASKATCHEWAN"},
    {"YT", Country::CA, "YUKON|YUKON TERRITORY"},
    {"MX", Country::MX, "MEXICO|M\xC3\x89XICO"},
};
constexpr int kCount = static_cast<int>(std::size(kJurisdictions));

// Older codes still found in NCIC data, read as today's.
struct Alias {
    const char* code;
    const char* current;
};
constexpr Alias kAliases[] = {{"PQ", "QC"}, {"NF", "NL"}};

int letterIndex(char16_t c) {
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    return -1;
}

class Tables {
public:
    Tables() {
        m_byLetters.fill(-1);
        for (int i = 0; i < kCount; ++i) {
            const Jurisdiction& j = kJurisdictions[i];
            m_codes[i] = QString::fromLatin1(j.code);
            m_byLetters[slot(j.code[0], j.code[1])] = static_cast<qint8>(i);
            const QStringList names = QString::fromUtf8(j.names).split(u'|', Qt::SkipEmptyParts);
            for (const QString& name : names)
                m_byName.insert(name, i);
        }
        for (const Alias& alias : kAliases)
            m_byLetters[slot(alias.code[0], alias.code[1])] =
                m_byLetters[slot(alias.current[0], alias.current[1])];
        m_countries[0] = QStringLiteral("US");
        m_countries[1] = QStringLiteral("CA");
        m_countries[2] = QStringLiteral("MX");
    }

    // Index into kJurisdictions of a two-letter code (any case), or -1.
    int byCode(QChar first, QChar second) const {
        const int a = letterIndex(first.unicode());
        const int b = letterIndex(second.unicode());
        if (a < 0 || b < 0)
            return -1;
        return m_byLetters[static_cast<std::size_t>(a * 26 + b)];
    }
    int byName(const QString& key) const { return m_byName.value(key, -1); }

    const QString& code(int index) const { return m_codes[static_cast<std::size_t>(index)]; }
    const QString& country(int index) const {
        return m_countries[static_cast<std::size_t>(kJurisdictions[index].country)];
    }

private:
    static std::size_t slot(char a, char b) {
        return static_cast<std::size_t>((a - 'A') * 26 + (b - 'A'));
    }

    std::array<qint8, 26 * 26> m_byLetters{};
    std::array<QString, kCount> m_codes;
    std::array<QString, 3> m_countries;
    QHash<QString, int> m_byName;
};

const Tables& tables() {
    static const Tables instance;
    return instance;
}

// Upper case, '.' dropped, runs of whitespace as one space: "U.S. Virgin
// Islands" -> "US VIRGIN ISLANDS".
QString nameKey(QStringView text) {
    QString key;
    key.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !key.isEmpty();
            continue;
        }
        if (c == u'.')
            continue;
        if (pendingSpace)
            key.append(u' ');
        pendingSpace = false;
        key.append(c.toUpper());
    }
    return key;
}

} // namespace

StateMapper::StateMapper(Style style, bool fixZeroForO)
    : m_style(style)
    , m_fixZeroForO(fixZeroForO) {}

StateMapper::Mapped StateMapper::map(QStringView text) const {
    static const QString nameMappedFlag(kNameMapped);
    static const QString zeroForOFlag(kZeroForO);

    Mapped out;
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        text = text.trimmed();
    if (text.isEmpty())
        return out;
    const Tables& t = tables();
    const auto found = [&out, &t](int index) {
        out.code = t.code(index);
        out.country = t.country(index);
    };

    if (text.size() == 2) {
        int index = t.byCode(text[0], text[1]);
        if (index < 0 && m_fixZeroForO && (text[0] == u'0' || text[1] == u'0')) {
            index = t.byCode(text[0] == u'0' ? QChar(u'O') : text[0],
                             text[1] == u'0' ? QChar(u'O') : text[1]);
            if (index >= 0)
                out.flags.append(zeroForOFlag);
        }
        if (index >= 0) {
            found(index);
            return out;
        }
    } else if (m_style == Style::OpenAlprRegion && text.size() >= 4 && text[2] == u'-') {
        // "us-wa", "ca-on", "mx-<state>".
        const int country = t.byCode(text[0], text[1]);
        const QStringView region = text.mid(3);
        if (country >= 0 && t.code(country) == QLatin1StringView("MX")) {
            found(country);
            return out;
        }
        if (region.size() == 2) {
            const int index = t.byCode(region[0], region[1]);
            // "us"/"ca" are not jurisdiction codes (CA is California), so
            // compare the prefix as a country.
            if (index >= 0 && t.country(index).compare(text.first(2), Qt::CaseInsensitive) == 0) {
                found(index);
                return out;
            }
        }
    } else if (m_style == Style::CodeOrName) {
        const int index = t.byName(nameKey(text));
        if (index >= 0) {
            found(index);
            out.flags.append(nameMappedFlag);
            return out;
        }
    }

    QString flag(kUnknownState);
    flag.append(u':');
    flag.append(text);
    out.flags.append(flag);
    return out;
}

} // namespace pl::core
