#pragma once

#include "core/common/Result.h"
#include "core/search/SearchTypes.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace pl::core {

// The plate part of a search, parsed and checked: what to compare, and the
// SQL condition that finds candidates through the reads indexes
// (reads_plate_time starts with plate; reads_match_key). Immutable; cheap to copy.
class PlatePattern {
public:
    enum class Kind {
        Any,      // no plate text: every plate
        Exact,    // plate = text
        Wildcard, // '?' and '*' in the text, anchored at both ends
        Contains, // text (wildcards allowed) anywhere in the plate
        Similar,  // within maxDistance look-alike confusions / one missing or extra character
    };

    // A WHERE fragment over the reads table with '?' placeholders, in order.
    struct SqlCondition {
        QString sql;            // empty: no condition on the plate
        QStringList parameters; // bound as text, in placeholder order
        QString index;          // the index the condition is written for, empty if none
    };

    // A similar search keeps plates at most this far away.
    static constexpr int maxDistance = 2;

    PlatePattern() = default;

    // Lower case is upper-cased; spaces and dashes are dropped. Any other
    // character outside A-Z, 0-9, '?' and '*' is refused with a message
    // that names it; so are wildcards in a similar search and a pattern of
    // wildcards only.
    static Result<PlatePattern> parse(const QString& text, SearchMode mode);

    Kind kind() const { return m_kind; }
    // The normalised text, wildcards kept.
    const QString& text() const { return m_text; }
    // The characters before the first wildcard (the whole text when exact).
    QString fixedPrefix() const;

    // Whether the plate (normalised) matches. For Similar: distance() <= maxDistance.
    bool matches(QStringView plate) const;
    // Similar: the cost of turning the text into the plate, where a look-alike
    // substitution (O/0/D/Q, I/1/L, B/8, S/5, Z/2, G/6) and a missing or extra
    // character cost 1 each, and any other change is not allowed. -1 when
    // more than maxDistance or not reachable. Other kinds: 0 or -1.
    int distance(QStringView plate) const;

    SqlCondition sqlCondition() const;

    // Similar: the match keys a candidate can have: the text's own (any
    // number of confusions), the keys one character shorter and those one
    // character longer.
    QStringList candidateKeys() const;

private:
    Kind m_kind = Kind::Any;
    QString m_text;
};

} // namespace pl::core
