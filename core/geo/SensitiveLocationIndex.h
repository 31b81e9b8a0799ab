#pragma once

#include "core/geo/SensitiveLocation.h"

#include <QHash>
#include <QList>

#include <optional>

namespace pl::core {

// Finds the sensitive locations within a fixed distance of many points
// quickly: built once from a list and a radius, it buckets the locations in a
// grid of latitude bands, each cut into longitude cells wide enough for the
// radius at the band's latitude, so a query looks at nine cells at most
// instead of every location. Results equal those of nearby() on the same
// list. Immutable after construction; safe to query from several threads.
class SensitiveLocationIndex {
public:
    // Removed locations in the list are left out.
    SensitiveLocationIndex(const QList<SensitiveLocation>& locations, double radiusMetres);

    double radiusMetres() const { return m_radius; }
    int size() const { return static_cast<int>(m_locations.size()); }

    // The nearest location within the radius of the point, if any.
    std::optional<SensitiveCaution> nearest(double latitude, double longitude) const;
    // Every location within the radius of the point, nearest first.
    QList<SensitiveCaution> within(double latitude, double longitude) const;

    // Brute force over the list: the (not removed) locations within
    // radiusMetres of the point, nearest first.
    static QList<SensitiveCaution> nearby(const QList<SensitiveLocation>& locations,
                                          double latitude, double longitude, double radiusMetres);

private:
    int bandOf(double latitude) const;
    int cellsInBand(int band) const;
    int cellOf(int band, double longitude) const;
    static qint64 key(int band, int cell) { return (qint64(band) << 32) | quint32(cell); }
    template <typename Visit>
    void candidates(double latitude, double longitude, Visit visit) const;

    double m_radius;
    double m_bandDegrees;
    int m_bands;
    QList<SensitiveLocation> m_locations;
    QHash<qint64, QList<int>> m_cells; // key(band, cell) -> indexes into m_locations
};

} // namespace pl::core
