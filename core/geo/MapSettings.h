#pragma once

#include <QString>

namespace pl::core {

// Where the map takes street-level tiles from, as an administrator set it.
// Every field may be empty (not used).
struct MapSettings {
    // An MBTiles file (SQLite) of the agency's own map data.
    QString mbtilesPath;
    // An XYZ tile template of an agency-internal tile server, with {z}, {x}
    // and {y}; http, https or file only.
    QString tileUrl;
    // Where tiles fetched from tileUrl are kept on disk.
    QString tileCacheDir;

    // The settings-table keys the values are stored under.
    static QString mbtilesPathKey() { return QStringLiteral("map.mbtiles_path"); }
    static QString tileUrlKey() { return QStringLiteral("map.tile_url"); }
    static QString tileCacheDirKey() { return QStringLiteral("map.tile_cache_dir"); }

    bool operator==(const MapSettings&) const = default;
};

} // namespace pl::core
