#include "core/search/ResultPatterns.h"

#include "core/search/PlaceGrid.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

namespace pl::core {

namespace {

constexpr qint64 msPerHour = 3600 * 1000;
constexpr qint64 msPerDay = 24 * msPerHour;

qint64 floorDiv(qint64 a, qint64 b) {
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

void count(ResultPatterns::LocalTimeCounts& counts, qint64 localMs) {
    const qint64 day = floorDiv(localMs, msPerDay);
    const qint64 hour = (localMs - day * msPerDay) / msPerHour;
    counts.perHour[static_cast<size_t>(hour)] += 1;
    // 1970-01-01 was a Thursday (index 3 counting from Monday).
    const qint64 weekday = ((day + 3) % 7 + 7) % 7;
    counts.perWeekday[static_cast<size_t>(weekday)] += 1;
}

} // namespace

ResultPatterns::LocalTimeCounts ResultPatterns::countByLocalTime(const QList<ResultPoint>& points,
                                                                 const QTimeZone& zone) {
    LocalTimeCounts counts;
    if (points.isEmpty())
        return counts;
    const QTimeZone utc = QTimeZone::utc();
    if (!zone.isValid() || zone == utc) {
        for (const ResultPoint& point : points)
            count(counts, point.timeMs);
        return counts;
    }
    // Offsets change only at the zone's transitions: walk the reads in time
    // order and look the offset up again only past the next transition.
    std::vector<qint64> times;
    times.reserve(static_cast<size_t>(points.size()));
    for (const ResultPoint& point : points)
        times.push_back(point.timeMs);
    std::sort(times.begin(), times.end());
    const bool transitions = zone.hasTransitions();
    qint64 offsetMs = 0;
    qint64 validUntil = std::numeric_limits<qint64>::min();
    bool looked = false;
    for (const qint64 time : times) {
        if (!looked || time >= validUntil || !transitions) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(time, utc);
            offsetMs = static_cast<qint64>(zone.offsetFromUtc(at)) * 1000;
            validUntil = std::numeric_limits<qint64>::max();
            if (transitions) {
                const QTimeZone::OffsetData next = zone.nextTransition(at);
                if (next.atUtc.isValid())
                    validUntil = next.atUtc.toMSecsSinceEpoch();
            } else if (zone.hasDaylightTime()) {
                validUntil = time + 1; // no transition data: look each read up
            }
            looked = true;
        }
        count(counts, time + offsetMs);
    }
    return counts;
}

QList<ResultPatterns::Place> ResultPatterns::topPlaces(const ResultPoints& points, int count) {
    struct Gathered {
        PlaceGrid::Cell cell;
        std::vector<std::pair<qint64, qint64>> reads; // time, id
        QList<int> devices;
    };
    QHash<qint64, int> indexOf;
    std::vector<Gathered> places;
    for (const ResultPoint& point : points.points) {
        if (!point.hasLocation)
            continue;
        const PlaceGrid::Cell cell = PlaceGrid::cellOf(point.latitude, point.longitude);
        const qint64 key = PlaceGrid::key(cell);
        auto it = indexOf.constFind(key);
        if (it == indexOf.cend()) {
            it = indexOf.insert(key, static_cast<int>(places.size()));
            places.push_back(Gathered{cell, {}, {}});
        }
        Gathered& place = places[static_cast<size_t>(it.value())];
        place.reads.emplace_back(point.timeMs, point.readId);
        if (!place.devices.contains(point.device))
            place.devices.append(point.device);
    }
    for (Gathered& place : places)
        std::sort(place.reads.begin(), place.reads.end());
    std::sort(places.begin(), places.end(), [](const Gathered& a, const Gathered& b) {
        if (a.reads.size() != b.reads.size())
            return a.reads.size() > b.reads.size();
        if (a.reads.front().first != b.reads.front().first)
            return a.reads.front().first < b.reads.front().first;
        return a.cell < b.cell;
    });

    QList<Place> out;
    const size_t n = std::min(places.size(), static_cast<size_t>(std::max(0, count)));
    for (size_t i = 0; i < n; ++i) {
        const Gathered& gathered = places[i];
        Place place;
        place.label = PlaceGrid::label(gathered.cell);
        place.latitude = PlaceGrid::centreLatitude(gathered.cell);
        place.longitude = PlaceGrid::centreLongitude(gathered.cell);
        place.readCount = static_cast<int>(gathered.reads.size());
        place.firstMs = gathered.reads.front().first;
        place.lastMs = gathered.reads.back().first;
        for (const int device : gathered.devices) {
            if (device >= 0 && device < points.devices.size())
                place.devices.append(points.devices.at(device).name);
        }
        place.devices.sort();
        place.devices.removeDuplicates();
        place.readIds.reserve(place.readCount);
        for (const auto& read : gathered.reads)
            place.readIds.append(read.second);
        out.append(place);
    }
    return out;
}

} // namespace pl::core
