#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace pl::core {

// Maps the state/province text of a plate to a two-letter jurisdiction code
// and its country. Known jurisdictions:
//   US: the 50 states, DC, and the territories PR GU VI AS MP
//   CA: AB BC MB NB NL NS NT NU ON PE QC SK YT (the older NCIC codes PQ and NF
//       are read as QC and NL)
//   MX: the country code "MX" only. Mexican state abbreviations are not
//       accepted as codes because several collide with US/Canadian ones (BC,
//       CO, ...); an OpenALPR "mx-<state>" region maps to MX.
// Immutable; safe to share between threads.
class StateMapper {
public:
    enum class Style {
        // A code ("IL", "il") or a full name ("Illinois", "new york",
        // "District of Columbia", "British Columbia", "Québec"; case and
        // spacing ignored); a name sets the flag state_name_mapped.
        CodeOrName,
        // OpenALPR regions: "wa", "us-wa", "ca-on", "mx-bc" (lower case is
        // this style's normal spelling, so no flag).
        OpenAlprRegion,
        // NCIC two-letter codes.
        Ncic,
    };

    // Flags, stable.
    static constexpr QLatin1StringView kNameMapped{"state_name_mapped"};
    static constexpr QLatin1StringView kZeroForO{"state_zero_for_O"};
    static constexpr QLatin1StringView kUnknownState{"unknown_state"}; // unknown_state:<raw>

    struct Mapped {
        QString code;    // e.g. "WA"; empty when blank or unknown
        QString country; // "US", "CA" or "MX"; empty when code is
        QStringList flags;

        bool known() const { return !code.isEmpty(); }
    };

    // fixZeroForO: a two-character code with a zero that is not a code, but
    // is one with the zero read as the letter O ("0H" -> OH), is mapped and
    // flagged state_zero_for_O (the profile's "zero_to_o"; all styles).
    explicit StateMapper(Style style = Style::CodeOrName, bool fixZeroForO = true);

    Style style() const { return m_style; }

    // Blank text gives an empty result without flags. Unknown text gives an
    // empty code and the flag "unknown_state:<raw>" (raw = the trimmed text);
    // the importer keeps the raw text.
    Mapped map(QStringView text) const;

private:
    Style m_style;
    bool m_fixZeroForO;
};

} // namespace pl::core
