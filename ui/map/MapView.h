#pragma once

#include "core/geo/Basemap.h"
#include "core/geo/MarkerClusterer.h"
#include "core/geo/SensitiveLocation.h"
#include "core/search/SearchTypes.h"

#include <QList>
#include <QPointF>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

namespace pl::ui {

class TileSource;

// An offline map of a result set's reads.
//
// Draws a base tile source (the embedded basemap), optionally a street-level
// source over it (the agency's MBTiles or tile server), place names, the
// station's sensitive locations with their caution distance, the devices'
// fixed locations, the path between consecutive reads in time order, and
// the reads as markers coloured by time, clustered where they would overlap.
//
// Pan by dragging or with the arrow keys, zoom with the wheel (around the
// cursor), + and −, or a double-click; Home fits the reads. Clicking a marker
// or cluster selects its reads (readsSelected); clicking a single read's
// marker twice, or Return, asks to open it (readActivated).
class MapView : public QWidget {
    Q_OBJECT
public:
    explicit MapView(QWidget* parent = nullptr);
    ~MapView() override;

    void setBaseSource(TileSource* source);
    // Street-level tiles drawn over the base where they exist; nullptr: none.
    void setOverlaySource(TileSource* source);
    // Place names for orientation, largest first.
    void setPlaces(const QList<core::BasemapPlace>& places);
    // The station's sensitive locations and the caution distance around them.
    void setSensitivePlaces(QList<core::SensitiveLocation> places, double cautionMetres);
    void setSensitiveLayerVisible(bool visible);
    bool sensitiveLayerVisible() const { return m_sensitiveVisible; }
    void setPathVisible(bool visible);

    // The reads to draw; the view fits them.
    void setPoints(const core::ResultPoints& points);
    const core::ResultPoints& points() const { return m_points; }
    // Only reads taken in [fromMs, toMs) are drawn (the timeline's range).
    void setTimeRange(qint64 fromMs, qint64 toMs);
    void clearTimeRange();
    // Reads shown: located and within the time range.
    int shownCount() const;

    void setSelectedReads(const QList<qint64>& readIds);
    QList<qint64> selectedReads() const;

    // The sensitive places within the caution distance of a read, nearest
    // first, with their distance in metres.
    QList<core::SensitiveCaution> cautionsFor(qint64 readId) const;

    void setCenter(double latitude, double longitude);
    double centerLatitude() const;
    double centerLongitude() const;
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    // Zooms and centres to show every shown read (or the devices, or the
    // whole continent when there is nothing).
    void fitToReads();

    // Clusters at the current zoom, for tests and the benchmark.
    const QList<core::MarkerClusterer::Cluster>& clusters();
    // The read ids of a cluster.
    QList<qint64> readsOf(const core::MarkerClusterer::Cluster& cluster) const;
    // Widget position of a world point, and back.
    QPointF toScreen(const QPointF& world) const;
    QPointF toWorld(const QPointF& screen) const;
    // The coordinates under the cursor as the view shows them ("" outside).
    QString cursorText() const { return m_cursorText; }
    // The scale bar's label ("500 m", "2 km").
    QString scaleText() const;

    static constexpr double minZoom = 1.0;
    static constexpr double maxZoom = 19.0;
    static constexpr double cellPixels = 36.0;
    // Beyond this many shown reads the path is a tangle that tells nothing
    // (and costs seconds to draw); the map says to narrow the time range.
    static constexpr int maxPathReads = 5000;
    // Whether the path is drawn now (asked for, and few enough reads).
    bool pathDrawn() const;

Q_SIGNALS:
    void readsSelected(const QList<qint64>& readIds);
    void readActivated(qint64 readId);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void rebuildShown();
    void ensureClusters();
    void zoomAround(const QPointF& screen, double newZoom);
    void panBy(const QPointF& pixels);
    int clusterAt(const QPointF& screen);
    double markerRadius(int count) const;
    QColor colourFor(qint64 timeMs) const;

    void drawTiles(QPainter& painter, TileSource* source, bool fallback);
    void drawPlaces(QPainter& painter);
    void drawSensitive(QPainter& painter);
    void drawDevices(QPainter& painter);
    void drawPath(QPainter& painter);
    void drawMarkers(QPainter& painter);
    void drawLegend(QPainter& painter);
    void drawScaleBar(QPainter& painter);
    void drawStatus(QPainter& painter);

    QPointer<TileSource> m_base;
    QPointer<TileSource> m_overlay;
    QList<core::BasemapPlace> m_places;
    QList<core::SensitiveLocation> m_sensitive;
    QList<QPointF> m_sensitiveWorld;
    double m_cautionMetres = 0;
    bool m_sensitiveVisible = true;
    bool m_pathVisible = true;

    core::ResultPoints m_points;
    // Located points: index into m_points.points, world position, time.
    QList<int> m_located;
    QList<QPointF> m_world;
    QList<qint64> m_time;
    std::vector<bool> m_shown;    // per located point
    std::vector<int> m_pathOrder; // shown located points, oldest first
    qint64 m_minTime = 0;
    qint64 m_maxTime = 0;
    std::optional<std::pair<qint64, qint64>> m_range;

    core::MarkerClusterer m_clusterer;
    bool m_clustersValid = false;
    double m_clusteredZoom = -1;
    QSet<qint64> m_selected;
    std::vector<bool> m_clusterSelected;

    QPointF m_center; // world units
    double m_zoom = 4;
    QPoint m_pressPos;
    QPoint m_lastDrag;
    bool m_dragging = false;
    QString m_cursorText;
};

} // namespace pl::ui
