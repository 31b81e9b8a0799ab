#include "ui/map/BasemapTileSource.h"

#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <cmath>

namespace pl::ui {

namespace {

using core::Basemap;

// Maps world units to the pixels of one tile.
struct TileTransform {
    double scale; // pixels per world unit
    double originX;
    double originY;

    QPointF map(const QPointF& world) const {
        return {world.x() * scale - originX, world.y() * scale - originY};
    }
};

struct LineStyle {
    Basemap::Layer layer;
    QColor colour;
    double width;
};

// Widths grow with zoom so borders stay readable when zoomed in.
double widthAt(double base, int z) {
    return base * (z < 4 ? 0.8 : z < 8 ? 1.0 : z < 12 ? 1.4 : 1.8);
}

// Unlike QRectF::intersects, true for the flat bounds of a straight
// horizontal or vertical line.
bool overlaps(const QRectF& bounds, const QRectF& area) {
    return bounds.left() <= area.right() && bounds.right() >= area.left() &&
           bounds.top() <= area.bottom() && bounds.bottom() >= area.top();
}

} // namespace

BasemapTileSource::BasemapTileSource(const core::Basemap& basemap, QObject* parent)
    : TileSource(parent)
    , m_basemap(basemap)
    , m_cache(cacheTiles) {}

QImage BasemapTileSource::tile(int z, int x, int y) {
    if (!isValid(z, x, y))
        return {};
    const quint64 k = key(z, x, y);
    if (const QImage* cached = m_cache.object(k))
        return *cached;
    QImage image = render(z, x, y);
    m_cache.insert(k, new QImage(image));
    return image;
}

QImage BasemapTileSource::render(int z, int x, int y) const {
    QImage image(tileSize, tileSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(seaColor());
    if (!isValid(z, x, y))
        return image;

    const double n = std::exp2(z);
    const TileTransform transform{n * tileSize, x * double(tileSize), y * double(tileSize)};
    // The tile in world units, with a margin of a few pixels for line widths.
    const double margin = 4.0 / (n * tileSize);
    const QRectF area(x / n - margin, y / n - margin, 1 / n + 2 * margin, 1 / n + 2 * margin);
    const auto detail = z < fineFromZoom ? Basemap::Detail::Coarse : Basemap::Detail::Fine;

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);

    QPainterPath land;
    land.setFillRule(Qt::OddEvenFill);
    for (const auto& ring : m_basemap.lines(Basemap::Layer::Land, detail)) {
        if (!overlaps(ring.bounds, area) || ring.points.size() < 3)
            continue;
        QPolygonF polygon;
        polygon.reserve(ring.points.size());
        for (const QPointF& p : ring.points)
            polygon.append(transform.map(p));
        land.addPolygon(polygon);
        land.closeSubpath();
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(landColor());
    painter.drawPath(land);
    painter.setBrush(Qt::NoBrush);

    // Finest first, so the wider borders are drawn over the finer ones.
    QList<LineStyle> styles;
    if (z >= countiesFromZoom)
        styles.append({Basemap::Layer::Counties, QColor(0xc8, 0xbf, 0xd2), widthAt(0.7, z)});
    if (z >= statesFromZoom)
        styles.append({Basemap::Layer::States, QColor(0x9a, 0x86, 0xae), widthAt(1.1, z)});
    styles.append({Basemap::Layer::Countries, QColor(0x6e, 0x5a, 0x86), widthAt(1.4, z)});

    QList<QPointF> pixels;
    for (const LineStyle& style : styles) {
        QPen pen(style.colour, style.width);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        for (const auto& line : m_basemap.lines(style.layer, detail)) {
            if (!overlaps(line.bounds, area))
                continue;
            pixels.resize(0);
            pixels.reserve(line.points.size());
            for (const QPointF& p : line.points)
                pixels.append(transform.map(p));
            painter.drawPolyline(pixels.constData(), int(pixels.size()));
        }
    }
    return image;
}

} // namespace pl::ui
