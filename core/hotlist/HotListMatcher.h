#pragma once

#include "core/common/Result.h"
#include "core/hotlist/HotListTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace pl::core {

class Database;

// The hot-list entries that can alert, held in memory so that matching a read
// costs two hash lookups and a pass over the few wildcard entries. A read
// matches an entry when:
//   - its normalised plate is the entry's plate (a hit), or fits the entry's
//     wildcards, '?' one character and '*' any run (a hit);
//   - or, for entries that allow it, differs from the plate in exactly one
//     character by a look-alike confusion (O/0/D/Q, I/1/L, Z/2, S/5, G/6,
//     B/8): a possible match, never shown as a hit;
// and, when both the read and the entry name a state, the states agree.
// Review and expiry dates are checked at the time of each match, so an entry
// that falls overdue stops matching without a reload.
class HotListMatcher {
public:
    struct Target {
        qint64 entryId = 0;
        qint64 ownerId = 0;
        QString plate;
        QString state;
        QString caseNumber;
        bool wildcard = false;
        bool possibleMatches = true;
        qint64 reviewByMs = 0;
        qint64 expiresMs = 0; // 0: none
    };
    struct Match {
        const Target* target = nullptr;
        HotListAlert::Kind kind = HotListAlert::Kind::Hit;
    };

    HotListMatcher() = default;
    explicit HotListMatcher(std::vector<Target> targets);

    // The entries that are active and not removed (review and expiry are
    // checked per match).
    static Result<HotListMatcher> load(Database& db);

    // Appends the matches of a read to out (after clearing it): at most one
    // per entry, hits before possible matches.
    void match(QStringView plate, QStringView state, qint64 nowMs, QList<Match>& out) const;

    int size() const { return static_cast<int>(m_targets.size()); }
    bool isEmpty() const { return m_targets.empty(); }

    // '?' one character, '*' any run (possibly empty), anchored at both ends.
    static bool globMatches(QStringView pattern, QStringView plate);
    // Same length, one differing character, and that one a look-alike pair.
    static bool oneConfusionApart(QStringView a, QStringView b);

private:
    bool alerts(const Target& target, QStringView state, qint64 nowMs) const;

    std::vector<Target> m_targets;
    QHash<QString, QList<int>> m_exact;      // plate -> targets
    QHash<QString, QList<int>> m_confusable; // match key -> targets allowing possible matches
    QList<int> m_wildcards;
};

} // namespace pl::core
