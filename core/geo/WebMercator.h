#pragma once

#include <QPoint>
#include <QPointF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pl::core {

// The Web Mercator projection of map tiles (EPSG:3857), in "world" units:
// x and y run from 0 to 1 across the whole map, y downwards from the
// northern limit (85.0511°). At zoom z the world is 256·2^z pixels wide.
class WebMercator {
public:
    static constexpr double maxLatitude = 85.05112878;
    static constexpr double tileSize = 256.0;
    // The mean Earth radius, for great-circle distances.
    static constexpr double earthRadiusMetres = 6371008.8;
    // The sphere of the projection itself (WGS 84 equatorial radius): the
    // ground scale of map pixels follows from it.
    static constexpr double projectionRadiusMetres = 6378137.0;

    static QPointF toWorld(double latitude, double longitude) {
        const double lat = std::clamp(latitude, -maxLatitude, maxLatitude);
        const double x = (longitude + 180.0) / 360.0;
        const double s = std::sin(lat * std::numbers::pi / 180.0);
        const double y = 0.5 - std::log((1 + s) / (1 - s)) / (4 * std::numbers::pi);
        return {x, y};
    }
    static double latitude(const QPointF& world) {
        const double n = std::numbers::pi * (1 - 2 * world.y());
        return std::atan(std::sinh(n)) * 180.0 / std::numbers::pi;
    }
    static double longitude(const QPointF& world) { return world.x() * 360.0 - 180.0; }

    // Pixels across the whole world at a (possibly fractional) zoom.
    static double worldPixels(double zoom) { return tileSize * std::exp2(zoom); }
    // Metres on the ground per pixel at a latitude and zoom.
    static double metresPerPixel(double latitude, double zoom) {
        return std::cos(latitude * std::numbers::pi / 180.0) * 2 * std::numbers::pi *
               projectionRadiusMetres / worldPixels(zoom);
    }
    // The tile (x, y downwards) that holds a world point at an integer zoom.
    static QPoint tileAt(const QPointF& world, int zoom) {
        const double n = std::exp2(zoom);
        const int last = static_cast<int>(n) - 1;
        return {std::clamp(static_cast<int>(std::floor(world.x() * n)), 0, last),
                std::clamp(static_cast<int>(std::floor(world.y() * n)), 0, last)};
    }
    // Great-circle distance in metres (haversine).
    static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        const double toRad = std::numbers::pi / 180.0;
        const double dLat = (lat2 - lat1) * toRad;
        const double dLon = (lon2 - lon1) * toRad;
        const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                         std::cos(lat1 * toRad) * std::cos(lat2 * toRad) * std::sin(dLon / 2) *
                             std::sin(dLon / 2);
        return 2 * earthRadiusMetres * std::asin(std::min(1.0, std::sqrt(a)));
    }
};

} // namespace pl::core
