// Clustering of map markers: overlapping markers become one cluster, distant
// ones stay apart, clusters do not depend on the view, and every included
// point belongs to exactly one cluster.
#include "core/geo/MarkerClusterer.h"
#include "core/geo/WebMercator.h"

#include <QRandomGenerator>
#include <QTest>

using pl::core::MarkerClusterer;
using pl::core::WebMercator;

namespace {

// A point dx, dy pixels away from a base, at a zoom.
QPointF offset(const QPointF& base, double zoom, double dx, double dy) {
    const double scale = WebMercator::worldPixels(zoom);
    return {base.x() + dx / scale, base.y() + dy / scale};
}

} // namespace

class TestMarkerClusterer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptySetHasNoClusters();
    void overlappingMarkersCluster();
    void distantMarkersStayApart();
    void neighbourCellsMergeWhenClose();
    void longLineDoesNotChainIntoOne();
    void zoomingInSplitsClusters();
    void includeMaskLeavesPointsOut();
    void everyPointInExactlyOneCluster();
};

void TestMarkerClusterer::emptySetHasNoClusters() {
    MarkerClusterer clusterer;
    clusterer.setPoints({}, {});
    clusterer.cluster(10, 40);
    QVERIFY(clusterer.clusters().isEmpty());
    QVERIFY(clusterer.indices().isEmpty());
    QCOMPARE(clusterer.clusterOf(0), -1);
}

void TestMarkerClusterer::overlappingMarkersCluster() {
    // Choose a base in the middle of a 40 px cell at zoom 12.
    const double zoom = 12;
    const double scale = WebMercator::worldPixels(zoom);
    const QPointF base((std::floor(0.3 * scale / 40) * 40 + 20) / scale,
                       (std::floor(0.4 * scale / 40) * 40 + 20) / scale);
    MarkerClusterer clusterer;
    clusterer.setPoints({base, offset(base, zoom, 3, 2), offset(base, zoom, -4, 5)},
                        {1000, 3000, 2000});
    clusterer.cluster(zoom, 40);
    QCOMPARE(clusterer.clusters().size(), 1);
    const MarkerClusterer::Cluster& c = clusterer.clusters().first();
    QCOMPARE(c.count, 3);
    QCOMPARE(c.newestMs, 3000);
    QCOMPARE(c.oldestMs, 1000);
    QCOMPARE(clusterer.members(c), QList<int>({0, 1, 2}));
    // At the mean of its members.
    QCOMPARE(c.world.x(), (base.x() * 3 + (3.0 - 4.0) / scale) / 3);
    QVERIFY(c.bounds.contains(base));
}

void TestMarkerClusterer::distantMarkersStayApart() {
    const double zoom = 12;
    const QPointF base = WebMercator::toWorld(45.5, -73.57);
    MarkerClusterer clusterer;
    clusterer.setPoints({base, offset(base, zoom, 200, 0), offset(base, zoom, 0, 300)}, {1, 2, 3});
    clusterer.cluster(zoom, 40);
    QCOMPARE(clusterer.clusters().size(), 3);
    QVERIFY(clusterer.clusterOf(0) != clusterer.clusterOf(1));
    QVERIFY(clusterer.clusterOf(1) != clusterer.clusterOf(2));
}

void TestMarkerClusterer::neighbourCellsMergeWhenClose() {
    // Two markers 4 px apart on either side of a cell border are one cluster.
    const double zoom = 10;
    const double scale = WebMercator::worldPixels(zoom);
    const double borderX = std::floor(0.55 * scale / 40) * 40;
    const double y = std::floor(0.35 * scale / 40) * 40 + 20;
    const QPointF left((borderX - 2) / scale, y / scale);
    const QPointF right((borderX + 2) / scale, y / scale);
    MarkerClusterer clusterer;
    clusterer.setPoints({left, right}, {1, 2});
    clusterer.cluster(zoom, 40);
    QCOMPARE(clusterer.clusters().size(), 1);
    QCOMPARE(clusterer.clusters().first().count, 2);
}

void TestMarkerClusterer::longLineDoesNotChainIntoOne() {
    // A marker every 30 px along 3,000 px: overlapping neighbours merge, but
    // the line stays many clusters, each spanning at most three cells.
    const double zoom = 14;
    const QPointF base = WebMercator::toWorld(40.0, -100.0);
    QList<QPointF> points;
    QList<qint64> times;
    for (int i = 0; i < 100; ++i) {
        points.append(offset(base, zoom, i * 30.0, 0));
        times.append(i);
    }
    MarkerClusterer clusterer;
    clusterer.setPoints(points, times);
    clusterer.cluster(zoom, 40);
    QVERIFY(clusterer.clusters().size() >= 25);
    const double scale = WebMercator::worldPixels(zoom);
    for (const auto& c : clusterer.clusters())
        QVERIFY2(c.bounds.width() * scale <= 3 * 40, "a cluster spans more than three cells");
}

void TestMarkerClusterer::zoomingInSplitsClusters() {
    const QPointF base = WebMercator::toWorld(45.5, -73.57);
    QList<QPointF> points;
    QList<qint64> times;
    // Reads 500 m apart: one cluster at zoom 8, apart at zoom 16.
    for (int i = 0; i < 5; ++i) {
        points.append(WebMercator::toWorld(45.5 + i * 0.0045, -73.57));
        times.append(i);
    }
    MarkerClusterer clusterer;
    clusterer.setPoints(points, times);
    clusterer.cluster(8, 40);
    QCOMPARE(clusterer.clusters().size(), 1);
    clusterer.cluster(16, 40);
    QCOMPARE(clusterer.clusters().size(), 5);
    Q_UNUSED(base);
}

void TestMarkerClusterer::includeMaskLeavesPointsOut() {
    const QPointF base = WebMercator::toWorld(45.5, -73.57);
    MarkerClusterer clusterer;
    clusterer.setPoints({base, offset(base, 12, 1, 1), offset(base, 12, 500, 0)}, {1, 2, 3});
    clusterer.cluster(12, 40, {true, false, true});
    QCOMPARE(clusterer.clusters().size(), 2);
    QCOMPARE(clusterer.clusterOf(1), -1);
    QCOMPARE(clusterer.indices().size(), 2);
}

void TestMarkerClusterer::everyPointInExactlyOneCluster() {
    QRandomGenerator random(42);
    QList<QPointF> points;
    QList<qint64> times;
    for (int i = 0; i < 20000; ++i) {
        points.append(
            WebMercator::toWorld(40 + random.generateDouble(), -75 + random.generateDouble()));
        times.append(random.bounded(1000000));
    }
    MarkerClusterer clusterer;
    clusterer.setPoints(points, times);
    for (const double zoom : {4.0, 9.5, 13.0, 18.0}) {
        clusterer.cluster(zoom, 40);
        QList<int> seen(points.size(), 0);
        int total = 0;
        for (int c = 0; c < clusterer.clusters().size(); ++c) {
            const auto& cluster = clusterer.clusters()[c];
            QVERIFY(cluster.count > 0);
            total += cluster.count;
            for (const int i : clusterer.members(cluster)) {
                ++seen[i];
                QCOMPARE(clusterer.clusterOf(i), c);
                QVERIFY(times[i] <= cluster.newestMs && times[i] >= cluster.oldestMs);
            }
        }
        QCOMPARE(total, points.size());
        QVERIFY(std::all_of(seen.cbegin(), seen.cend(), [](int n) { return n == 1; }));
    }
}

QTEST_GUILESS_MAIN(TestMarkerClusterer)
#include "tst_markerclusterer.moc"
