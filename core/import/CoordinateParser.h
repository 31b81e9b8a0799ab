#pragma once

#include <QLatin1StringView>
#include <QStringView>

namespace pl::core {

// Parses one latitude or longitude cell. Accepted, with surrounding spaces:
//   decimal degrees      41.8818   -87.6231   +41.8818   41.88°
//   hemisphere letter    41.88 N   W87.6   87.6w      (suffix or prefix, any case)
//   DMS (acceptDms)      41°52'54.6"N   41 52 54.6 N   41°52.91'N   41d52m54.6sN
//                        41° 52′ 54.6″ N  (typographic primes; º for °; '' for ")
// Rules: '.' is the only decimal separator (a comma is an error, never a
// decimal point); only the last DMS component may have a fraction; minutes
// and seconds must be below 60; a minus sign together with a hemisphere letter
// is contradictory; a hemisphere of the other axis (E on a latitude) is an
// error. A lower-case "s" right after the seconds number is the seconds mark,
// not South.
class CoordinateParser {
public:
    enum class Axis { Latitude, Longitude };

    // Issue codes, stable.
    static constexpr QLatin1StringView kBadCoordinate{"bad_coordinate"};
    static constexpr QLatin1StringView kOutOfRange{"coordinate_out_of_range"};

    struct Parsed {
        enum class Kind { Missing, Value, Error };

        Kind kind = Kind::Missing;
        double value = 0.0; // signed decimal degrees (S and W negative)
        bool wasDms = false;
        QLatin1StringView issue; // Error only: kBadCoordinate or kOutOfRange

        bool ok() const { return kind == Kind::Value; }
    };

    // Blank text is Missing. |latitude| <= 90 and |longitude| <= 180, else
    // kOutOfRange; anything unreadable is kBadCoordinate.
    static Parsed parse(QStringView text, Axis axis, bool acceptDms);
};

} // namespace pl::core
