#include "core/geo/SensitiveLocationIndex.h"

#include "core/geo/WebMercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pl::core {

namespace {

constexpr double kDegree = std::numbers::pi / 180.0;

bool nearerFirst(const SensitiveCaution& a, const SensitiveCaution& b) {
    if (a.distanceMetres != b.distanceMetres)
        return a.distanceMetres < b.distanceMetres;
    return a.location.id < b.location.id;
}

} // namespace

// Why the cells are wide enough. A location within r metres of a point is at
// most r/R radians of latitude away (a meridian arc is the shortest way
// between two latitudes), so it lies in the point's band or a neighbour when
// bands are r/R high. For longitude, haversine gives
//   d >= 2R·asin(c·sin(|Δλ|/2)) >= 2R·c·sin(|Δλ|/2) >= (2/π)·R·c·|Δλ|
// for |Δλ| <= π, with c the smaller cosine of the two latitudes. Both
// latitudes lie within the band widened by one band each way, so with c taken
// at the edge of that span nearest a pole, cells (π/2)·r/(R·c) wide hold every
// location within r in the point's cell or a neighbour.
SensitiveLocationIndex::SensitiveLocationIndex(const QList<SensitiveLocation>& locations,
                                               double radiusMetres)
    : m_radius(std::max(0.0, radiusMetres)) {
    m_bandDegrees = std::clamp(m_radius / WebMercator::earthRadiusMetres / kDegree, 1e-6, 180.0);
    m_bands = std::max(1, static_cast<int>(std::ceil(180.0 / m_bandDegrees)));
    for (const SensitiveLocation& location : locations) {
        if (location.isRemoved())
            continue;
        const int index = static_cast<int>(m_locations.size());
        m_locations.append(location);
        const int band = bandOf(location.latitude);
        m_cells[key(band, cellOf(band, location.longitude))].append(index);
    }
}

int SensitiveLocationIndex::bandOf(double latitude) const {
    const int band = static_cast<int>(std::floor((latitude + 90.0) / m_bandDegrees));
    return std::clamp(band, 0, m_bands - 1);
}

int SensitiveLocationIndex::cellsInBand(int band) const {
    const double south = -90.0 + (band - 1) * m_bandDegrees;
    const double north = -90.0 + (band + 2) * m_bandDegrees;
    const double polewards = std::min(90.0, std::max(std::abs(south), std::abs(north)));
    const double c = std::cos(polewards * kDegree);
    if (c <= 1e-9)
        return 1;
    const double width = (std::numbers::pi / 2) * m_bandDegrees / c;
    if (width >= 120.0)
        return 1;
    return std::max(1, static_cast<int>(std::floor(360.0 / width)));
}

int SensitiveLocationIndex::cellOf(int band, double longitude) const {
    const int cells = cellsInBand(band);
    const double fromWest = std::fmod(std::fmod(longitude + 180.0, 360.0) + 360.0, 360.0);
    return std::clamp(static_cast<int>(std::floor(fromWest / (360.0 / cells))), 0, cells - 1);
}

template <typename Visit>
void SensitiveLocationIndex::candidates(double latitude, double longitude, Visit visit) const {
    if (m_locations.isEmpty())
        return;
    const int centre = bandOf(latitude);
    for (int band = std::max(0, centre - 1); band <= std::min(m_bands - 1, centre + 1); ++band) {
        const int cells = cellsInBand(band);
        const int middle = cellOf(band, longitude);
        // Fewer than three cells: each once.
        const int first = cells < 3 ? 0 : middle - 1;
        const int last = cells < 3 ? cells - 1 : middle + 1;
        for (int cell = first; cell <= last; ++cell) {
            const auto found = m_cells.constFind(key(band, (cell + cells) % cells));
            if (found == m_cells.constEnd())
                continue;
            for (int index : found.value())
                visit(m_locations[index]);
        }
    }
}

std::optional<SensitiveCaution> SensitiveLocationIndex::nearest(double latitude,
                                                                double longitude) const {
    std::optional<SensitiveCaution> best;
    candidates(latitude, longitude, [&](const SensitiveLocation& location) {
        const double d =
            WebMercator::distanceMetres(latitude, longitude, location.latitude, location.longitude);
        if (d > m_radius)
            return;
        SensitiveCaution caution{location, d};
        if (!best || nearerFirst(caution, *best))
            best = std::move(caution);
    });
    return best;
}

QList<SensitiveCaution> SensitiveLocationIndex::within(double latitude, double longitude) const {
    QList<SensitiveCaution> found;
    candidates(latitude, longitude, [&](const SensitiveLocation& location) {
        const double d =
            WebMercator::distanceMetres(latitude, longitude, location.latitude, location.longitude);
        if (d <= m_radius)
            found.append({location, d});
    });
    std::sort(found.begin(), found.end(), nearerFirst);
    return found;
}

QList<SensitiveCaution> SensitiveLocationIndex::nearby(const QList<SensitiveLocation>& locations,
                                                       double latitude, double longitude,
                                                       double radiusMetres) {
    QList<SensitiveCaution> found;
    for (const SensitiveLocation& location : locations) {
        if (location.isRemoved())
            continue;
        const double d =
            WebMercator::distanceMetres(latitude, longitude, location.latitude, location.longitude);
        if (d <= radiusMetres)
            found.append({location, d});
    }
    std::sort(found.begin(), found.end(), nearerFirst);
    return found;
}

} // namespace pl::core
