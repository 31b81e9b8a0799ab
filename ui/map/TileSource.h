#pragma once

#include <QImage>
#include <QObject>
#include <QString>

namespace pl::ui {

// Where the map widget gets its 256×256 Web Mercator tiles (XYZ numbering, y
// downwards). Sources live on the GUI thread; tile() never blocks on the
// network: a tile that is not available yet comes as a null image, followed
// by tileReady() once it is.
class TileSource : public QObject {
    Q_OBJECT
public:
    static constexpr int tileSize = 256;

    using QObject::QObject;
    ~TileSource() override;

    // The tile if available now, otherwise a null image (absent, or coming
    // later with tileReady()).
    virtual QImage tile(int z, int x, int y) = 0;
    // The deepest zoom the source has tiles for.
    virtual int maxZoom() const = 0;
    // A short translated text naming the map data's sources.
    virtual QString attribution() const = 0;

    // A key for caches: z, x and y packed into one number.
    static quint64 key(int z, int x, int y) {
        return (quint64(z) << 58) | (quint64(quint32(x)) << 29) | quint64(quint32(y));
    }
    // Whether (z, x, y) lies in the world (zoom 0 to 29).
    static bool isValid(int z, int x, int y) {
        return z >= 0 && z <= 29 && x >= 0 && y >= 0 && x < (1 << z) && y < (1 << z);
    }

Q_SIGNALS:
    void tileReady(int z, int x, int y);
    // The source stopped working (a damaged file, an unreachable server); the
    // message is translated and meant for the user.
    void failed(const QString& message);
};

} // namespace pl::ui
