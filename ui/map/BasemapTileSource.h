#pragma once

#include "core/geo/Basemap.h"
#include "ui/map/TileSource.h"

#include <QCache>
#include <QColor>

namespace pl::ui {

// Draws tiles of the offline basemap: sea, land, country, state and county
// borders (no labels: the map widget places those). Rendered tiles are kept
// in a least-recently-used cache.
class BasemapTileSource : public TileSource {
    Q_OBJECT
public:
    static constexpr int cacheTiles = 512;
    // Below this zoom the coarse outlines are drawn.
    static constexpr int fineFromZoom = 4;
    static constexpr int statesFromZoom = 3;
    static constexpr int countiesFromZoom = 6;

    // basemap must outlive the source (the embedded one lives for the process).
    explicit BasemapTileSource(const core::Basemap& basemap = core::Basemap::embedded(),
                               QObject* parent = nullptr);

    QImage tile(int z, int x, int y) override;
    int maxZoom() const override { return 19; }
    QString attribution() const override { return m_basemap.attribution(); }

    static QColor seaColor() { return QColor(0xaa, 0xd3, 0xdf); }
    static QColor landColor() { return QColor(0xf2, 0xef, 0xe9); }

    // Renders a tile without the cache.
    QImage render(int z, int x, int y) const;

private:
    const core::Basemap& m_basemap;
    QCache<quint64, QImage> m_cache;
};

} // namespace pl::ui
