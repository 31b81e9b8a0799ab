#include "ui/map/ReadsFigure.h"

#include "core/geo/Basemap.h"
#include "ui/map/BasemapTileSource.h"
#include "ui/map/MapView.h"
#include "ui/map/TimelineView.h"

#include <QPainter>

namespace pl::ui {

QImage ReadsFigure::render(const core::ResultPoints& points, const QSize& size) {
    const int timelineHeight = std::max(160, size.height() / 3);
    const QSize mapSize(size.width(), size.height() - timelineHeight);

    BasemapTileSource basemap(core::Basemap::embedded());
    MapView map;
    map.resize(mapSize);
    map.setBaseSource(&basemap);
    map.setPlaces(core::Basemap::embedded().places());
    map.setPoints(points);
    map.fitToReads();

    TimelineView timeline;
    timeline.resize(size.width(), timelineHeight);
    timeline.setPoints(points);

    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    map.render(&painter, QPoint(0, 0));
    timeline.render(&painter, QPoint(0, mapSize.height()));
    return image;
}

} // namespace pl::ui
