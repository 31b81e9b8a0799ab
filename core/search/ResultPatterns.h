#pragma once

#include "core/search/SearchTypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <array>

namespace pl::core {

// Simple pattern figures of a result set's reads: when (hour of day, day of
// week, in a given time zone's local time) and where (the places, see
// PlaceGrid, with the most reads). They describe the result set only.
class ResultPatterns {
public:
    struct LocalTimeCounts {
        std::array<int, 24> perHour{};   // local hour 0..23
        std::array<int, 7> perWeekday{}; // Monday first
    };

    struct Place {
        QString label; // the cell's centre, see PlaceGrid::label
        double latitude = 0;
        double longitude = 0;
        int readCount = 0;
        qint64 firstMs = 0; // UTC ms of the first and the last read there
        qint64 lastMs = 0;
        QStringList devices;   // names of the devices that read there, sorted
        QList<qint64> readIds; // in time order
    };

    // Counts each read once by its local hour and its local day of week in
    // zone (an invalid zone counts in UTC).
    static LocalTimeCounts countByLocalTime(const QList<ResultPoint>& points,
                                            const QTimeZone& zone = QTimeZone::systemTimeZone());

    // The count places with the most reads, most first; ties: the earliest
    // first read first, then the cell from south to north and west to east.
    // Reads without a location are not at any place.
    static QList<Place> topPlaces(const ResultPoints& points, int count);
};

} // namespace pl::core
