#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace pl::core {

// Groups map markers that would overlap at a zoom into clusters.
//
// Cells are squares of the world's pixel grid at that zoom, anchored at the
// world's origin, so the clusters of a zoom do not depend on where the view
// is: they are computed once per zoom (and per set of visible points) and a
// pan only draws them. A cell's cluster sits at the mean of its members.
// Neighbouring cells whose clusters still overlap are merged, so two
// markers never sit on top of each other across a cell border.
class MarkerClusterer {
public:
    struct Cluster {
        QPointF world; // the members' mean, in world units
        QRectF bounds; // the members' extent, in world units
        int first = 0; // members: indices()[first, first + count)
        int count = 0;
        qint64 newestMs = 0; // the newest member's time
        qint64 oldestMs = 0;
    };

    // world: each point's position (WebMercator world units); timeMs: its
    // time; include: which points take part (empty: all).
    void setPoints(QList<QPointF> world, QList<qint64> timeMs);
    // Clusters the included points for a zoom with cells of cellPixels.
    void cluster(double zoom, double cellPixels, const std::vector<bool>& include = {});

    const QList<Cluster>& clusters() const { return m_clusters; }
    // Point indices, grouped by cluster (see Cluster::first/count).
    const QList<int>& indices() const { return m_indices; }
    QList<int> members(const Cluster& cluster) const {
        return m_indices.mid(cluster.first, cluster.count);
    }
    // The cluster holding a point at the last clustering, or -1 when the
    // point was not included.
    int clusterOf(int point) const {
        return point >= 0 && point < m_clusterOf.size() ? m_clusterOf[point] : -1;
    }

private:
    QList<QPointF> m_world;
    QList<qint64> m_timeMs;
    QList<Cluster> m_clusters;
    QList<int> m_indices;
    QList<int> m_clusterOf;
};

} // namespace pl::core
