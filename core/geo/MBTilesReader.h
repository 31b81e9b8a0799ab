#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace pl::core {

// Reads map tiles from an MBTiles file (a plain SQLite database with
// metadata(name, value) and tiles(zoom_level, tile_column, tile_row,
// tile_data), rows in TMS order). Opened read-only through the SQLCipher
// library without a key, which reads plain SQLite. One connection per
// reader; a reader is used by one thread at a time and may be moved.
class MBTilesReader {
public:
    // Degrees, as in the "bounds" metadata entry.
    struct Bounds {
        double west = 0;
        double south = 0;
        double east = 0;
        double north = 0;
    };

    ~MBTilesReader();
    MBTilesReader(MBTilesReader&& other) noexcept;
    MBTilesReader& operator=(MBTilesReader&& other) noexcept;
    MBTilesReader(const MBTilesReader&) = delete;
    MBTilesReader& operator=(const MBTilesReader&) = delete;

    // Refuses a missing file, a file that is not SQLite and a database
    // without the MBTiles tables, with a translated message naming the file.
    static Result<MBTilesReader> open(const QString& path);

    const QString& path() const { return m_path; }
    // The "name" metadata entry, or the file's base name.
    QString name() const;
    // "png", "jpg", "webp", ... ("png" when the metadata does not say).
    QString format() const;
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }
    std::optional<Bounds> bounds() const;
    // Any metadata entry; a null string when absent.
    QString metadata(const QString& key) const { return m_metadata.value(key); }

    // The encoded tile at XYZ coordinates (y downwards, as on the web); an
    // empty array when the file has no such tile, an error when the database
    // cannot be read.
    Result<QByteArray> tile(int z, int x, int y);

private:
    MBTilesReader(sqlite3* db, sqlite3_stmt* tileQuery, QString path);
    void close();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_tileQuery = nullptr;
    QString m_path;
    QHash<QString, QString> m_metadata;
    int m_minZoom = 0;
    int m_maxZoom = 0;
};

} // namespace pl::core
