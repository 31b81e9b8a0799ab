#include "core/geo/MarkerClusterer.h"

#include "core/geo/WebMercator.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pl::core {

namespace {

quint64 cellKey(qint64 cx, qint64 cy) {
    return (static_cast<quint64>(static_cast<quint32>(cx)) << 32) |
           static_cast<quint64>(static_cast<quint32>(cy));
}

} // namespace

void MarkerClusterer::setPoints(QList<QPointF> world, QList<qint64> timeMs) {
    m_world = std::move(world);
    m_timeMs = std::move(timeMs);
    m_timeMs.resize(m_world.size());
    m_clusters.clear();
    m_indices.clear();
    m_clusterOf.clear();
}

void MarkerClusterer::cluster(double zoom, double cellPixels, const std::vector<bool>& include) {
    const int n = static_cast<int>(m_world.size());
    const double scale = WebMercator::worldPixels(zoom);
    const double cell = std::max(1.0, cellPixels);
    m_clusters.clear();
    m_indices.clear();
    m_clusterOf.fill(-1, n);

    // 1. Each included point into its cell; a cell becomes a slot.
    QHash<quint64, int> slotOfCell;
    slotOfCell.reserve(std::min(n, 1 << 16));
    std::vector<int> slotOfPoint(n, -1);
    std::vector<qint64> slotCellX;
    std::vector<qint64> slotCellY;
    std::vector<double> sumX;
    std::vector<double> sumY;
    std::vector<int> slotCount;
    for (int i = 0; i < n; ++i) {
        if (!include.empty() && (static_cast<size_t>(i) >= include.size() || !include[i]))
            continue;
        const qint64 cx = static_cast<qint64>(std::floor(m_world[i].x() * scale / cell));
        const qint64 cy = static_cast<qint64>(std::floor(m_world[i].y() * scale / cell));
        const quint64 key = cellKey(cx, cy);
        auto found = slotOfCell.constFind(key);
        int slot;
        if (found == slotOfCell.constEnd()) {
            slot = static_cast<int>(slotCount.size());
            slotOfCell.insert(key, slot);
            slotCellX.push_back(cx);
            slotCellY.push_back(cy);
            sumX.push_back(0);
            sumY.push_back(0);
            slotCount.push_back(0);
        } else {
            slot = found.value();
        }
        slotOfPoint[i] = slot;
        sumX[slot] += m_world[i].x();
        sumY[slot] += m_world[i].y();
        ++slotCount[slot];
    }

    // 2. Greedily, the fullest cells first, a cell takes in its neighbours
    // whose markers would overlap its own (closer than a cell). A cluster
    // spans at most three cells, so a long line of reads stays a line of
    // clusters instead of chaining into one.
    const int slots = static_cast<int>(slotCount.size());
    std::vector<int> order(slots);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&slotCount](int a, int b) { return slotCount[a] > slotCount[b]; });
    const double minDistance = cell / scale;
    std::vector<int> clusterOfSlot(slots, -1);
    for (const int s : order) {
        if (clusterOfSlot[s] >= 0)
            continue;
        const int c = static_cast<int>(m_clusters.size());
        m_clusters.append(Cluster{});
        clusterOfSlot[s] = c;
        const QPointF centre(sumX[s] / slotCount[s], sumY[s] / slotCount[s]);
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                if (dx == 0 && dy == 0)
                    continue;
                auto other = slotOfCell.constFind(cellKey(slotCellX[s] + dx, slotCellY[s] + dy));
                if (other == slotOfCell.constEnd() || clusterOfSlot[other.value()] >= 0)
                    continue;
                const int o = other.value();
                const QPointF d = centre - QPointF(sumX[o] / slotCount[o], sumY[o] / slotCount[o]);
                if (std::hypot(d.x(), d.y()) < minDistance)
                    clusterOfSlot[o] = c;
            }
        }
    }

    // 3. Members grouped by cluster (a counting sort), in point order.
    std::vector<int> counts(m_clusters.size(), 0);
    for (int i = 0; i < n; ++i) {
        if (slotOfPoint[i] >= 0)
            ++counts[clusterOfSlot[slotOfPoint[i]]];
    }
    int offset = 0;
    for (int c = 0; c < m_clusters.size(); ++c) {
        m_clusters[c].first = offset;
        offset += counts[c];
    }
    m_indices.resize(offset);
    std::vector<int> fill(m_clusters.size(), 0);
    std::vector<double> cx(m_clusters.size(), 0);
    std::vector<double> cy(m_clusters.size(), 0);
    for (int i = 0; i < n; ++i) {
        if (slotOfPoint[i] < 0)
            continue;
        const int c = clusterOfSlot[slotOfPoint[i]];
        Cluster& cluster = m_clusters[c];
        m_indices[cluster.first + fill[c]] = i;
        const QPointF p = m_world[i];
        const qint64 t = m_timeMs[i];
        if (fill[c] == 0) {
            cluster.bounds = QRectF(p, QSizeF(0, 0));
            cluster.newestMs = cluster.oldestMs = t;
        } else {
            cluster.bounds.setLeft(std::min(cluster.bounds.left(), p.x()));
            cluster.bounds.setRight(std::max(cluster.bounds.right(), p.x()));
            cluster.bounds.setTop(std::min(cluster.bounds.top(), p.y()));
            cluster.bounds.setBottom(std::max(cluster.bounds.bottom(), p.y()));
            cluster.newestMs = std::max(cluster.newestMs, t);
            cluster.oldestMs = std::min(cluster.oldestMs, t);
        }
        ++fill[c];
        cx[c] += p.x();
        cy[c] += p.y();
        m_clusterOf[i] = c;
    }
    for (int c = 0; c < m_clusters.size(); ++c) {
        m_clusters[c].count = fill[c];
        m_clusters[c].world = QPointF(cx[c] / fill[c], cy[c] / fill[c]);
    }
}

} // namespace pl::core
