#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QLatin1StringView>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <unordered_map>
#include <vector>

namespace pl::core {

// Converts naive wall-clock times of one time zone to UTC and says when the
// wall time was ambiguous (it happened twice, at a fall-back) or did not exist
// (skipped at a spring-forward). Qt 6.4 has no QDateTime transition
// resolution, so this works from the zone's transition list: fetched once per
// calendar year on first use, then searched with a binary search, so a call
// costs no allocation.
//
// Owns a per-year cache that resolve() fills lazily: one resolver per import
// (per thread); it is not safe to share between threads.
class LocalTimeResolver {
public:
    enum class Kind {
        Exact,
        // Occurs twice: utcMs is the earlier instant (the offset before the
        // fall-back, i.e. daylight time), alternativeUtcMs the later one.
        Ambiguous,
        // Does not exist: utcMs uses the offset before the spring-forward, so
        // 02:30 in a one-hour gap becomes 03:30 daylight time;
        // alternativeUtcMs uses the offset after it (01:30 standard time).
        Gap,
    };

    // Issue codes for flags, stable.
    static constexpr QLatin1StringView kAmbiguousLocalTime{"ambiguous_local_time"};
    static constexpr QLatin1StringView kNonexistentLocalTime{"nonexistent_local_time"};

    struct Resolved {
        Kind kind = Kind::Exact;
        qint64 utcMs = 0;            // milliseconds since 1970-01-01T00:00:00Z
        int offsetSeconds = 0;       // the offset used for utcMs
        qint64 alternativeUtcMs = 0; // Ambiguous / Gap only; otherwise utcMs

        // kAmbiguousLocalTime, kNonexistentLocalTime, or empty for Exact.
        QLatin1StringView issue() const;
    };

    // InvalidArgument "unknown time zone" when the id names no zone known to
    // this system (IANA names such as "America/Chicago", or "UTC").
    static Result<LocalTimeResolver> create(const QString& ianaId);
    // `zone` must be valid (an invalid zone behaves as UTC).
    explicit LocalTimeResolver(QTimeZone zone);

    const QTimeZone& zone() const { return m_zone; }

    // `date` must be valid (an invalid one resolves 1970-01-01T00:00 wall
    // time); an invalid time counts as midnight.
    Resolved resolve(QDate date, QTime time);
    // The wall clock as milliseconds since 1970-01-01T00:00 of that clock.
    Resolved resolveWallMs(qint64 wallMs);

    // The wall-clock value resolveWallMs() takes.
    static qint64 wallMs(QDate date, QTime time);

private:
    struct Transition {
        // Wall times in [localLow, localHigh) are in the gap or overlap.
        qint64 localLow = 0;
        qint64 localHigh = 0;
        qint64 atUtcMs = 0;
        int offsetBefore = 0; // seconds
        int offsetAfter = 0;  // seconds
    };
    struct YearTable {
        int offsetAtStart = 0; // seconds, before the first transition
        std::vector<Transition> transitions;
    };

    const YearTable& tableFor(int year);

    QTimeZone m_zone;
    // Node-based, so pointers to entries survive later insertions.
    std::unordered_map<int, YearTable> m_years;
    int m_lastYear = 0;
    const YearTable* m_lastTable = nullptr;
};

} // namespace pl::core
