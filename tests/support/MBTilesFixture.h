#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace pl::tests {

// Writes small MBTiles files (plain SQLite, TMS rows) for the map tests.
class MBTilesFixture {
public:
    struct Tile {
        int z = 0;
        int x = 0;
        int y = 0; // XYZ (downwards); stored as the TMS row
        QByteArray data;
    };

    // 1×1 PNG images, red and blue.
    static QByteArray redPng();
    static QByteArray bluePng();

    // Creates path (replacing it) with the given metadata and tiles; false
    // with a warning on any SQLite error. Without a "tiles" table when
    // withTilesTable is false, to make a database that is not MBTiles.
    static bool write(const QString& path, const QMap<QString, QString>& metadata,
                      const QList<Tile>& tiles, bool withTilesTable = true);
};

} // namespace pl::tests
