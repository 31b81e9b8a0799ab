#include "ui/map/MapView.h"

#include "core/geo/SensitiveLocationIndex.h"
#include "core/geo/WebMercator.h"
#include "ui/map/TileSource.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace pl::ui {

using core::WebMercator;

namespace {

const QColor seaColour(0xc6, 0xdb, 0xe9);
const QColor selectedColour(0xe6, 0x51, 0x00);

// A perceptual ramp (viridis) from the oldest read (0) to the newest (1).
QColor ramp(double t) {
    static constexpr std::array<std::array<double, 3>, 5> stops = {{
        {0.267, 0.005, 0.329},
        {0.231, 0.322, 0.545},
        {0.129, 0.569, 0.549},
        {0.369, 0.788, 0.384},
        {0.993, 0.906, 0.145},
    }};
    t = std::clamp(t, 0.0, 1.0) * (stops.size() - 1);
    const int i = std::min(static_cast<int>(t), static_cast<int>(stops.size()) - 2);
    const double f = t - i;
    return QColor::fromRgbF(static_cast<float>(stops[i][0] + f * (stops[i + 1][0] - stops[i][0])),
                            static_cast<float>(stops[i][1] + f * (stops[i + 1][1] - stops[i][1])),
                            static_cast<float>(stops[i][2] + f * (stops[i + 1][2] - stops[i][2])));
}

// The longest 1, 2 or 5 × 10^n metres that fits in maxMetres.
double niceLength(double maxMetres) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maxMetres)
            return step * magnitude;
    }
    return magnitude;
}

QString lengthText(double metres) {
    if (metres >= 1000)
        return MapView::tr("%1 km").arg(QLocale().toString(metres / 1000, 'g', 4));
    return MapView::tr("%1 m").arg(QLocale().toString(metres, 'g', 4));
}

} // namespace

MapView::MapView(QWidget* parent)
    : QWidget(parent)
    , m_center(WebMercator::toWorld(39.5, -98.35)) {
    setObjectName(QStringLiteral("mapView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    setAccessibleName(tr("Map of the reads"));
}

MapView::~MapView() = default;

void MapView::setBaseSource(TileSource* source) {
    if (m_base)
        disconnect(m_base, nullptr, this, nullptr);
    m_base = source;
    if (m_base)
        connect(m_base, &TileSource::tileReady, this, qOverload<>(&QWidget::update));
    update();
}

void MapView::setOverlaySource(TileSource* source) {
    if (m_overlay)
        disconnect(m_overlay, nullptr, this, nullptr);
    m_overlay = source;
    if (m_overlay)
        connect(m_overlay, &TileSource::tileReady, this, qOverload<>(&QWidget::update));
    update();
}

void MapView::setPlaces(const QList<core::BasemapPlace>& places) {
    m_places = places;
    update();
}

void MapView::setSensitivePlaces(QList<core::SensitiveLocation> places, double cautionMetres) {
    m_sensitive = std::move(places);
    m_cautionMetres = cautionMetres;
    m_sensitiveWorld.clear();
    for (const core::SensitiveLocation& place : m_sensitive)
        m_sensitiveWorld.append(WebMercator::toWorld(place.latitude, place.longitude));
    update();
}

void MapView::setSensitiveLayerVisible(bool visible) {
    m_sensitiveVisible = visible;
    update();
}

void MapView::setPathVisible(bool visible) {
    m_pathVisible = visible;
    update();
}

void MapView::setPoints(const core::ResultPoints& points) {
    m_points = points;
    m_located.clear();
    m_world.clear();
    m_time.clear();
    m_located.reserve(points.points.size());
    m_world.reserve(points.points.size());
    m_time.reserve(points.points.size());
    m_minTime = std::numeric_limits<qint64>::max();
    m_maxTime = std::numeric_limits<qint64>::min();
    for (int i = 0; i < points.points.size(); ++i) {
        const core::ResultPoint& p = points.points[i];
        if (!p.hasLocation)
            continue;
        m_located.append(i);
        m_world.append(WebMercator::toWorld(p.latitude, p.longitude));
        m_time.append(p.timeMs);
        m_minTime = std::min(m_minTime, p.timeMs);
        m_maxTime = std::max(m_maxTime, p.timeMs);
    }
    if (m_located.isEmpty())
        m_minTime = m_maxTime = 0;
    m_clusterer.setPoints(m_world, m_time);
    m_range.reset();
    m_selected.clear();
    rebuildShown();
    fitToReads();
}

void MapView::setTimeRange(qint64 fromMs, qint64 toMs) {
    m_range = std::make_pair(fromMs, toMs);
    rebuildShown();
    update();
}

void MapView::clearTimeRange() {
    m_range.reset();
    rebuildShown();
    update();
}

int MapView::shownCount() const {
    return static_cast<int>(std::count(m_shown.cbegin(), m_shown.cend(), true));
}

void MapView::rebuildShown() {
    const int n = static_cast<int>(m_located.size());
    m_shown.assign(n, true);
    if (m_range) {
        for (int i = 0; i < n; ++i)
            m_shown[i] = m_time[i] >= m_range->first && m_time[i] < m_range->second;
    }
    m_pathOrder.clear();
    for (int i = 0; i < n; ++i) {
        if (m_shown[i])
            m_pathOrder.push_back(i);
    }
    std::stable_sort(m_pathOrder.begin(), m_pathOrder.end(),
                     [this](int a, int b) { return m_time[a] < m_time[b]; });
    m_clustersValid = false;
}

void MapView::ensureClusters() {
    if (m_clustersValid && m_clusteredZoom == m_zoom)
        return;
    m_clusterer.cluster(m_zoom, cellPixels, m_shown);
    m_clustersValid = true;
    m_clusteredZoom = m_zoom;
    const auto& clusters = m_clusterer.clusters();
    m_clusterSelected.assign(clusters.size(), false);
    if (!m_selected.isEmpty()) {
        for (int i = 0; i < m_located.size(); ++i) {
            const int c = m_clusterer.clusterOf(i);
            if (c >= 0 && m_selected.contains(m_points.points[m_located[i]].readId))
                m_clusterSelected[c] = true;
        }
    }
}

const QList<core::MarkerClusterer::Cluster>& MapView::clusters() {
    ensureClusters();
    return m_clusterer.clusters();
}

QList<qint64> MapView::readsOf(const core::MarkerClusterer::Cluster& cluster) const {
    QList<qint64> ids;
    ids.reserve(cluster.count);
    for (const int i : m_clusterer.members(cluster))
        ids.append(m_points.points[m_located[i]].readId);
    return ids;
}

void MapView::setSelectedReads(const QList<qint64>& readIds) {
    m_selected = QSet<qint64>(readIds.cbegin(), readIds.cend());
    m_clustersValid = false;
    // Bring a single selected read into view when it is off screen.
    if (readIds.size() == 1) {
        for (int i = 0; i < m_located.size(); ++i) {
            if (m_points.points[m_located[i]].readId != readIds.first())
                continue;
            const QPointF screen = toScreen(m_world[i]);
            if (!rect().adjusted(20, 20, -20, -20).contains(screen.toPoint())) {
                m_center = m_world[i];
                Q_EMIT viewChanged();
            }
            break;
        }
    }
    update();
}

QList<qint64> MapView::selectedReads() const {
    return QList<qint64>(m_selected.cbegin(), m_selected.cend());
}

QList<core::SensitiveCaution> MapView::cautionsFor(qint64 readId) const {
    if (m_cautionMetres <= 0)
        return {};
    for (const core::ResultPoint& p : m_points.points) {
        if (p.readId == readId)
            return p.hasLocation ? core::SensitiveLocationIndex::nearby(
                                       m_sensitive, p.latitude, p.longitude, m_cautionMetres)
                                 : QList<core::SensitiveCaution>{};
    }
    return {};
}

void MapView::setCenter(double latitude, double longitude) {
    m_center = WebMercator::toWorld(latitude, longitude);
    update();
    Q_EMIT viewChanged();
}

double MapView::centerLatitude() const {
    return WebMercator::latitude(m_center);
}

double MapView::centerLongitude() const {
    return WebMercator::longitude(m_center);
}

void MapView::setZoom(double zoom) {
    m_zoom = std::clamp(zoom, minZoom, maxZoom);
    update();
    Q_EMIT viewChanged();
}

void MapView::fitToReads() {
    QRectF bounds;
    bool any = false;
    auto add = [&](const QPointF& p) {
        if (!any) {
            bounds = QRectF(p, QSizeF(0, 0));
            any = true;
            return;
        }
        bounds.setLeft(std::min(bounds.left(), p.x()));
        bounds.setRight(std::max(bounds.right(), p.x()));
        bounds.setTop(std::min(bounds.top(), p.y()));
        bounds.setBottom(std::max(bounds.bottom(), p.y()));
    };
    for (int i = 0; i < m_located.size(); ++i) {
        if (m_shown[i])
            add(m_world[i]);
    }
    if (!any) {
        for (const auto& device : m_points.devices) {
            if (device.latitude && device.longitude)
                add(WebMercator::toWorld(*device.latitude, *device.longitude));
        }
    }
    if (!any) {
        m_center = WebMercator::toWorld(39.5, -98.35);
        m_zoom = 4;
    } else {
        m_center = bounds.center();
        const double w = std::max(width(), 200) * 0.8;
        const double h = std::max(height(), 150) * 0.8;
        const double span = std::max(bounds.width() / w, bounds.height() / h);
        m_zoom = span > 0 ? std::log2(1.0 / (span * WebMercator::tileSize)) : 15.0;
        m_zoom = std::clamp(m_zoom, minZoom, 16.0);
    }
    update();
    Q_EMIT viewChanged();
}

QPointF MapView::toScreen(const QPointF& world) const {
    const double scale = WebMercator::worldPixels(m_zoom);
    return (world - m_center) * scale + QPointF(width() / 2.0, height() / 2.0);
}

QPointF MapView::toWorld(const QPointF& screen) const {
    const double scale = WebMercator::worldPixels(m_zoom);
    return m_center + (screen - QPointF(width() / 2.0, height() / 2.0)) / scale;
}

QString MapView::scaleText() const {
    const double metresPerPixel = WebMercator::metresPerPixel(centerLatitude(), m_zoom);
    return lengthText(niceLength(metresPerPixel * 120));
}

double MapView::markerRadius(int count) const {
    return count <= 1 ? 5.0
                      : std::min(22.0, 8.0 + 3.0 * std::log10(static_cast<double>(count)) * 2);
}

QColor MapView::colourFor(qint64 timeMs) const {
    if (m_maxTime <= m_minTime)
        return ramp(1.0);
    return ramp(static_cast<double>(timeMs - m_minTime) /
                static_cast<double>(m_maxTime - m_minTime));
}

void MapView::zoomAround(const QPointF& screen, double newZoom) {
    newZoom = std::clamp(newZoom, minZoom, maxZoom);
    const QPointF anchor = toWorld(screen);
    m_zoom = newZoom;
    // Keep the world point under the cursor where it was.
    const double scale = WebMercator::worldPixels(m_zoom);
    m_center = anchor - (screen - QPointF(width() / 2.0, height() / 2.0)) / scale;
    update();
    Q_EMIT viewChanged();
}

void MapView::panBy(const QPointF& pixels) {
    const double scale = WebMercator::worldPixels(m_zoom);
    m_center -= pixels / scale;
    m_center.setY(std::clamp(m_center.y(), 0.0, 1.0));
    update();
    Q_EMIT viewChanged();
}

int MapView::clusterAt(const QPointF& screen) {
    ensureClusters();
    const auto& clusters = m_clusterer.clusters();
    int best = -1;
    double bestDistance = 0;
    for (int c = 0; c < clusters.size(); ++c) {
        const QPointF d = toScreen(clusters[c].world) - screen;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= markerRadius(clusters[c].count) + 3 &&
            (best < 0 || distance < bestDistance)) {
            best = c;
            bestDistance = distance;
        }
    }
    return best;
}

void MapView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_lastDrag = m_pressPos;
        m_dragging = false;
    }
}

void MapView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() > 3) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            panBy(pos - m_lastDrag);
            m_lastDrag = pos;
        }
    }
    const QPointF world = toWorld(event->position());
    m_cursorText = tr("%1, %2").arg(QLocale().toString(WebMercator::latitude(world), 'f', 5),
                                    QLocale().toString(WebMercator::longitude(world), 'f', 5));
    update();
}

void MapView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    const int c = clusterAt(event->position());
    QList<qint64> ids;
    if (c >= 0)
        ids = readsOf(m_clusterer.clusters()[c]);
    setSelectedReads(ids);
    Q_EMIT readsSelected(ids);
}

void MapView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    const int c = clusterAt(event->position());
    if (c >= 0 && m_clusterer.clusters()[c].count == 1) {
        Q_EMIT readActivated(readsOf(m_clusterer.clusters()[c]).first());
        return;
    }
    // A cluster or empty ground: zoom in there.
    zoomAround(event->position(), m_zoom + 1);
}

void MapView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAround(event->position(), m_zoom + steps * 0.5);
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent* event) {
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(QPointF(width() / 8.0, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-width() / 8.0, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, height() / 8.0));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -height() / 8.0));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(centre, m_zoom + 0.5);
        break;
    case Qt::Key_Minus:
        zoomAround(centre, m_zoom - 0.5);
        break;
    case Qt::Key_Home:
        fitToReads();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected.size() == 1)
            Q_EMIT readActivated(*m_selected.cbegin());
        break;
    case Qt::Key_Escape:
        setSelectedReads({});
        Q_EMIT readsSelected({});
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapView::leaveEvent(QEvent* event) {
    m_cursorText.clear();
    update();
    QWidget::leaveEvent(event);
}

void MapView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), seaColour);
    drawTiles(painter, m_base, true);
    if (m_overlay)
        drawTiles(painter, m_overlay, false);
    painter.setRenderHint(QPainter::Antialiasing);
    drawPlaces(painter);
    drawDevices(painter);
    if (m_pathVisible)
        drawPath(painter);
    drawMarkers(painter);
    // Over the reads, so a busy area cannot hide one.
    if (m_sensitiveVisible)
        drawSensitive(painter);
    drawLegend(painter);
    drawScaleBar(painter);
    drawStatus(painter);
}

void MapView::drawTiles(QPainter& painter, TileSource* source, bool fallback) {
    if (!source)
        return;
    const int z = std::clamp(static_cast<int>(std::round(m_zoom)), 0, source->maxZoom());
    const int tiles = 1 << z;
    const double tilePixels = WebMercator::worldPixels(m_zoom) / tiles;
    const QPointF topLeft = toWorld(QPointF(0, 0));
    const QPointF bottomRight = toWorld(QPointF(width(), height()));
    const int x0 = static_cast<int>(std::floor(topLeft.x() * tiles));
    const int x1 = static_cast<int>(std::floor(bottomRight.x() * tiles));
    const int y0 = std::max(0, static_cast<int>(std::floor(topLeft.y() * tiles)));
    const int y1 = std::min(tiles - 1, static_cast<int>(std::floor(bottomRight.y() * tiles)));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, std::abs(tilePixels - 256) > 0.5);
    for (int ty = y0; ty <= y1; ++ty) {
        for (int tx = x0; tx <= x1; ++tx) {
            const int wrapped = ((tx % tiles) + tiles) % tiles;
            const QPointF origin =
                toScreen(QPointF(static_cast<double>(tx) / tiles, static_cast<double>(ty) / tiles));
            const QRectF target(origin, QSizeF(tilePixels, tilePixels));
            QImage image = source->tile(z, wrapped, ty);
            if (!image.isNull()) {
                painter.drawImage(target, image);
                continue;
            }
            if (!fallback)
                continue;
            // Until the tile is there, a quarter of its parent, enlarged.
            for (int up = 1; up <= std::min(z, 4); ++up) {
                QImage parent = source->tile(z - up, wrapped >> up, ty >> up);
                if (parent.isNull())
                    continue;
                const int part = 256 >> up;
                const QRect sourceRect((wrapped % (1 << up)) * part, (ty % (1 << up)) * part, part,
                                       part);
                painter.drawImage(target, parent, sourceRect);
                break;
            }
        }
    }
}

void MapView::drawPlaces(QPainter& painter) {
    if (m_places.isEmpty())
        return;
    // Bigger places first; a label is left out where it would cover another.
    const double minPopulation = m_zoom < 5    ? 1000000
                                 : m_zoom < 7  ? 250000
                                 : m_zoom < 9  ? 50000
                                 : m_zoom < 11 ? 10000
                                               : 0;
    QFont font = painter.font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
    painter.setFont(font);
    const QFontMetrics metrics(font);
    QList<QRect> taken;
    const QRect area = rect();
    int drawn = 0;
    for (const core::BasemapPlace& place : m_places) {
        if (place.population < minPopulation)
            break;
        const QPointF p = toScreen(WebMercator::toWorld(place.latitude, place.longitude));
        if (!area.contains(p.toPoint()))
            continue;
        QRect box = metrics.boundingRect(place.name);
        box.moveTopLeft(
            QPoint(static_cast<int>(p.x()) + 4, static_cast<int>(p.y()) - box.height()));
        const QRect padded = box.adjusted(-3, -2, 3, 2);
        if (std::any_of(taken.cbegin(), taken.cend(),
                        [&padded](const QRect& r) { return r.intersects(padded); }))
            continue;
        taken.append(padded);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x44, 0x44, 0x44));
        painter.drawEllipse(p, 2.0, 2.0);
        painter.setPen(QColor(255, 255, 255, 200));
        for (const QPoint& shift : {QPoint(-1, 0), QPoint(1, 0), QPoint(0, -1), QPoint(0, 1)})
            painter.drawText(box.translated(shift), Qt::AlignLeft, place.name);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(box, Qt::AlignLeft, place.name);
        if (++drawn >= 80)
            break;
    }
}

void MapView::drawSensitive(QPainter& painter) {
    const QRectF area = QRectF(rect()).adjusted(-200, -200, 200, 200);
    for (int i = 0; i < m_sensitive.size(); ++i) {
        const QPointF p = toScreen(m_sensitiveWorld[i]);
        if (!area.contains(p))
            continue;
        const double radius =
            m_cautionMetres / WebMercator::metresPerPixel(m_sensitive[i].latitude, m_zoom);
        if (radius >= 4) {
            painter.setPen(QPen(QColor(0xc6, 0x28, 0x28, 160), 1, Qt::DashLine));
            painter.setBrush(QColor(0xc6, 0x28, 0x28, 30));
            painter.drawEllipse(p, radius, radius);
        }
        // A small diamond, so it is not mistaken for a read.
        QPolygonF diamond(
            {p + QPointF(0, -6), p + QPointF(6, 0), p + QPointF(0, 6), p + QPointF(-6, 0)});
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.drawPolygon(diamond);
        if (m_zoom >= 13) {
            painter.setPen(QColor(0x8e, 0x00, 0x00));
            painter.drawText(p + QPointF(8, 4), m_sensitive[i].name);
        }
    }
}

void MapView::drawDevices(QPainter& painter) {
    for (const auto& device : m_points.devices) {
        if (!device.latitude || !device.longitude)
            continue;
        const QPointF p = toScreen(WebMercator::toWorld(*device.latitude, *device.longitude));
        if (!rect().adjusted(-10, -10, 10, 10).contains(p.toPoint()))
            continue;
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(QColor(0x37, 0x47, 0x4f));
        painter.drawRect(QRectF(p - QPointF(5, 5), QSizeF(10, 10)));
        if (m_zoom >= 10) {
            painter.setPen(QColor(0x26, 0x32, 0x38));
            painter.drawText(p + QPointF(8, -6), device.name);
        }
    }
}

bool MapView::pathDrawn() const {
    return m_pathVisible && m_pathOrder.size() >= 2 &&
           m_pathOrder.size() <= static_cast<size_t>(maxPathReads);
}

void MapView::drawPath(QPainter& painter) {
    if (!pathDrawn())
        return;
    // Consecutive reads in time order; segments shorter than two pixels are
    // merged and those wholly off screen skipped, so 100,000 reads draw as
    // a few thousand segments.
    const QRectF area = QRectF(rect()).adjusted(-2, -2, 2, 2);
    QList<QLineF> segments;
    segments.reserve(4096);
    QPointF last = toScreen(m_world[m_pathOrder.front()]);
    for (size_t k = 1; k < m_pathOrder.size(); ++k) {
        const QPointF p = toScreen(m_world[m_pathOrder[k]]);
        const QPointF d = p - last;
        if (std::abs(d.x()) + std::abs(d.y()) < 2)
            continue;
        if (QRectF(last, p).normalized().adjusted(-1, -1, 1, 1).intersects(area))
            segments.append(QLineF(last, p));
        last = p;
    }
    painter.setPen(QPen(QColor(0x1a, 0x23, 0x7e, 110), 1.5));
    painter.drawLines(segments);
}

void MapView::drawMarkers(QPainter& painter) {
    ensureClusters();
    const auto& clusters = m_clusterer.clusters();
    const QRectF area = QRectF(rect()).adjusted(-30, -30, 30, 30);
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
    painter.setFont(font);
    // Unselected first, so the selection stays on top.
    for (const bool selectedPass : {false, true}) {
        for (int c = 0; c < clusters.size(); ++c) {
            const bool selected = m_clusterSelected[c];
            if (selected != selectedPass)
                continue;
            const QPointF p = toScreen(clusters[c].world);
            if (!area.contains(p))
                continue;
            const double r = markerRadius(clusters[c].count);
            if (selected) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(selectedColour);
                painter.drawEllipse(p, r + 4, r + 4);
            }
            painter.setPen(QPen(Qt::white, 1.5));
            painter.setBrush(colourFor(clusters[c].newestMs));
            painter.drawEllipse(p, r, r);
            if (clusters[c].count > 1) {
                const QColor fill = colourFor(clusters[c].newestMs);
                painter.setPen(fill.lightnessF() > 0.55 ? Qt::black : Qt::white);
                painter.drawText(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                                 QLocale().toString(clusters[c].count));
            }
        }
    }
}

void MapView::drawLegend(QPainter& painter) {
    if (m_located.isEmpty())
        return;
    const QLocale locale;
    const QString oldest = locale.toString(QDateTime::fromMSecsSinceEpoch(m_minTime).toLocalTime(),
                                           QLocale::ShortFormat);
    const QString newest = locale.toString(QDateTime::fromMSecsSinceEpoch(m_maxTime).toLocalTime(),
                                           QLocale::ShortFormat);
    QFont font = painter.font();
    font.setBold(false);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int barWidth = 140;
    const int w = std::max(barWidth, metrics.horizontalAdvance(newest)) + 16;
    const QRect box(8, 8, w, 12 + metrics.height() * 2 + 16);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawRoundedRect(box, 4, 4);
    QLinearGradient gradient(box.left() + 8, 0, box.left() + 8 + barWidth, 0);
    for (int i = 0; i <= 4; ++i)
        gradient.setColorAt(i / 4.0, ramp(i / 4.0));
    painter.setBrush(gradient);
    painter.drawRect(QRect(box.left() + 8, box.top() + 6 + metrics.height(), barWidth, 10));
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(QPoint(box.left() + 8, box.top() + 4 + metrics.ascent()),
                     tr("oldest %1").arg(oldest));
    painter.drawText(QPoint(box.left() + 8, box.top() + 20 + metrics.height() + metrics.ascent()),
                     tr("newest %1").arg(newest));
    if (m_pathVisible && !pathDrawn() && m_pathOrder.size() >= 2) {
        const QString note = tr("The path is drawn for up to %1 reads: choose a time range on "
                                "the timeline.")
                                 .arg(locale.toString(maxPathReads));
        const QRect noteBox(box.left(), box.bottom() + 4, metrics.horizontalAdvance(note) + 16,
                            metrics.height() + 8);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 220));
        painter.drawRoundedRect(noteBox, 4, 4);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(noteBox, Qt::AlignCenter, note);
    }
}

void MapView::drawScaleBar(QPainter& painter) {
    const double metresPerPixel = WebMercator::metresPerPixel(centerLatitude(), m_zoom);
    const double metres = niceLength(metresPerPixel * 120);
    const double pixels = metres / metresPerPixel;
    const QPointF origin(12, height() - 14);
    painter.setPen(QPen(QColor(0x21, 0x21, 0x21), 2));
    painter.drawLine(origin, origin + QPointF(pixels, 0));
    painter.drawLine(origin, origin + QPointF(0, -6));
    painter.drawLine(origin + QPointF(pixels, 0), origin + QPointF(pixels, -6));
    painter.drawText(origin + QPointF(4, -6), lengthText(metres));
}

void MapView::drawStatus(QPainter& painter) {
    QStringList parts;
    if (!m_cursorText.isEmpty())
        parts.append(m_cursorText);
    QStringList sources;
    if (m_base && !m_base->attribution().isEmpty())
        sources.append(m_base->attribution());
    if (m_overlay && !m_overlay->attribution().isEmpty())
        sources.append(m_overlay->attribution());
    parts.append(sources);
    if (parts.isEmpty())
        return;
    const QString text = parts.join(QStringLiteral("  ·  "));
    QFont font = painter.font();
    font.setBold(false);
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int w = metrics.horizontalAdvance(text) + 10;
    const QRect box(width() - w - 4, height() - metrics.height() - 6, w, metrics.height() + 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(box);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace pl::ui
