#pragma once

#include "core/common/Result.h"
#include "core/geo/MBTilesReader.h"
#include "ui/map/TileSource.h"

#include <QCache>

#include <memory>

namespace pl::ui {

// Tiles from a local MBTiles file (an offline raster map a station was given).
// Reads on the calling thread: a local SQLite lookup is quick. Decoded tiles,
// and the absence of tiles, are kept in a small least-recently-used cache.
class MBTilesTileSource : public TileSource {
    Q_OBJECT
public:
    static constexpr int cacheTiles = 256;

    // Fails with the reader's message on a missing or damaged file.
    static core::Result<std::unique_ptr<MBTilesTileSource>> open(const QString& path,
                                                                 QObject* parent = nullptr);

    QImage tile(int z, int x, int y) override;
    int maxZoom() const override { return m_reader.maxZoom(); }
    int minZoom() const { return m_reader.minZoom(); }
    // The file's "attribution" metadata, else its name.
    QString attribution() const override;
    const core::MBTilesReader& reader() const { return m_reader; }

private:
    MBTilesTileSource(core::MBTilesReader reader, QObject* parent);

    core::MBTilesReader m_reader;
    QCache<quint64, QImage> m_cache;
    bool m_failed = false;
};

} // namespace pl::ui
