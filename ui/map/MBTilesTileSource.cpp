#include "ui/map/MBTilesTileSource.h"

#include <utility>

namespace pl::ui {

MBTilesTileSource::MBTilesTileSource(core::MBTilesReader reader, QObject* parent)
    : TileSource(parent)
    , m_reader(std::move(reader))
    , m_cache(cacheTiles) {}

core::Result<std::unique_ptr<MBTilesTileSource>> MBTilesTileSource::open(const QString& path,
                                                                         QObject* parent) {
    auto reader = core::MBTilesReader::open(path);
    if (!reader)
        return reader.error();
    return std::unique_ptr<MBTilesTileSource>(
        new MBTilesTileSource(std::move(reader).value(), parent));
}

QString MBTilesTileSource::attribution() const {
    const QString text = m_reader.metadata(QStringLiteral("attribution"));
    return text.isEmpty() ? m_reader.name() : text;
}

QImage MBTilesTileSource::tile(int z, int x, int y) {
    if (m_failed || !isValid(z, x, y))
        return {};
    const quint64 k = key(z, x, y);
    if (const QImage* cached = m_cache.object(k))
        return *cached;
    auto bytes = m_reader.tile(z, x, y);
    if (!bytes) {
        // A damaged file stays damaged: report it once and stop reading.
        m_failed = true;
        Q_EMIT failed(bytes.error().message());
        return {};
    }
    QImage image;
    if (!bytes.value().isEmpty()) {
        image = QImage::fromData(bytes.value());
        if (!image.isNull() && image.size() != QSize(tileSize, tileSize))
            image =
                image.scaled(tileSize, tileSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    // Absent or undecodable tiles are cached too, as null images, so they
    // are not looked up again and again.
    m_cache.insert(k, new QImage(image));
    return image;
}

} // namespace pl::ui
