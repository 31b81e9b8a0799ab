#pragma once

#include "core/common/Result.h"
#include "core/hotlist/HotListTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace pl::core {

class Clock;
class Database;

// The hot-list entries that can alert, held in memory so that matching a read
// costs two hash lookups and a look at the few wildcard entries that could
// fit it (docs/benchmarks.md, "Hot-list matching"). A read
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
    // The same, reading the clock only when an entry could match (nearly no
    // read); nowUtc is set to the time the entries were judged at, and left
    // as it was when the clock was not read.
    void match(QStringView plate, QStringView state, const Clock& clock, QDateTime& nowUtc,
               QList<Match>& out) const;

    int size() const { return static_cast<int>(m_targets.size()); }
    bool isEmpty() const { return m_targets.empty(); }

    // '?' one character, '*' any run (possibly empty), anchored at both ends.
    static bool globMatches(QStringView pattern, QStringView plate);
    // Same length, one differing character, and that one a look-alike pair.
    static bool oneConfusionApart(QStringView a, QStringView b);

private:
    // A plate of up to 12 characters A-Z and 0-9 as one number (base 37,
    // each character 1-36, so the length is part of it); 0 for any other.
    // Nearly every plate has one, and an integer is looked up without
    // building a string for each read.
    static quint64 plateCode(QStringView plate);
    // A wildcard entry, the plate lengths it can match, and where its
    // pattern is in m_patterns.
    struct Wildcard {
        int target = 0;
        int minLength = 0;
        int maxLength = 0; // -1: any ('*')
        quint32 patternAt = 0;
        quint32 patternSize = 0;
    };
    using Buckets = std::vector<std::vector<Wildcard>>;

    // The time of a match: given, or read from the clock the first time it
    // is needed.
    class Now {
    public:
        explicit Now(qint64 ms)
            : m_ms(ms)
            , m_known(true) {}
        Now(const Clock& clock, QDateTime& utc)
            : m_clock(&clock)
            , m_utc(&utc) {}
        qint64 ms();

    private:
        const Clock* m_clock = nullptr;
        QDateTime* m_utc = nullptr;
        qint64 m_ms = 0;
        bool m_known = false;
    };
    // One probe of the filter: false when no entry's plate has this match key.
    bool mayHold(quint64 keyCode) const;

    // Files a wildcard entry under one character it fixes (see m_wildcards).
    void fileWildcard(int index, Buckets& fromStart, Buckets& fromEnd,
                      std::vector<Wildcard>& floating);
    void layOutWildcards(const Buckets& fromStart, const Buckets& fromEnd,
                         const std::vector<Wildcard>& floating);
    void matchAt(QStringView plate, QStringView state, Now& now, QList<Match>& out) const;
    bool alerts(const Target& target, QStringView state, Now& now) const;
    void addWildcardHits(QStringView plate, QStringView state, Now& now, QList<Match>& out) const;

    std::vector<Target> m_targets;
    // Plate code -> targets; match key's code -> targets allowing possible matches.
    QHash<quint64, QList<int>> m_exact;
    QHash<quint64, QList<int>> m_confusable;
    // The same for plates without a code (no read with a code can match them).
    QHash<QString, QList<int>> m_exactOther;
    QHash<QString, QList<int>> m_confusableOther;
    // One bit per match key of the plates in m_exact (a Bloom filter with
    // one hash): 32 KiB that stay in the processor's cache while an import
    // churns through its pages, where the hashes would not. A read whose
    // key it has not seen can neither hit nor possibly match; most reads
    // stop here.
    std::vector<quint64> m_filter;
    // Wildcard entries by a character they fix at a set distance from the
    // plate's start (before any '*'), or else from its end (after the last
    // '*'): a read is tried only against the patterns whose character it has
    // there, a few of a hundred. m_wildcards holds them bucket after bucket,
    // each bucket in target order: bucket [distance * 128 + character] of
    // m_startBuckets begins at that offset and ends where the next begins;
    // likewise m_endBuckets; then, from m_floatingAt on, the patterns with no
    // such (ASCII) character. The patterns' characters are copied into
    // m_patterns. All of it takes a few KiB, which stay in the
    // processor's cache during an import.
    std::vector<Wildcard> m_wildcards;
    std::vector<char16_t> m_patterns;
    std::vector<quint32> m_startBuckets;
    std::vector<quint32> m_endBuckets;
    size_t m_floatingAt = 0;
    qsizetype m_startDistances = 0; // buckets in use: distances 0 .. this - 1
    qsizetype m_endDistances = 0;
    bool m_hasWildcards = false;
};

} // namespace pl::core
