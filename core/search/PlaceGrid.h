#pragma once

#include <QString>

namespace pl::core {

// Groups reads into places: a place is one cell of a fixed grid of
// 0.0015 degrees (about 167 m north-south, and 106-118 m east-west at 45-55
// degrees of latitude), so reads taken at the same spot by the same reader,
// or by readers a block apart, fall together. A fixed grid, not a clustering,
// keeps a place the same cell in every view and every run. Reads are put in
// the cell whose centre is nearest (the coordinates rounded to the step).
class PlaceGrid {
public:
    static constexpr double step = 0.0015; // degrees

    struct Cell {
        qint32 row = 0;    // round(latitude / step)
        qint32 column = 0; // round(longitude / step)
        friend bool operator==(const Cell&, const Cell&) = default;
        friend auto operator<=>(const Cell&, const Cell&) = default;
    };

    static Cell cellOf(double latitude, double longitude);
    // One number per cell, for hashing.
    static qint64 key(Cell cell);
    static double centreLatitude(Cell cell);
    static double centreLongitude(Cell cell);
    // The cell's centre for people, e.g. "45.502, -73.567", in the current
    // locale's number format (three decimals: distinct for distinct cells).
    static QString label(Cell cell);
};

} // namespace pl::core
