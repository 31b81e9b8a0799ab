#include "tests/support/MBTilesFixture.h"

#include <QFile>

#include <sqlcipher/sqlite3.h>

namespace pl::tests {

namespace {

const char redPngBytes[] =
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00"
    "\x01\x08\x02\x00\x00\x00\x90\x77\x53\xde\x00\x00\x00\x0c\x49\x44\x41\x54\x78\xda\x63\xf8\xcf"
    "\xc0\x00\x00\x03\x01\x01\x00\xf7\x03\x41\x43\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";
const char bluePngBytes[] =
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00"
    "\x01\x08\x02\x00\x00\x00\x90\x77\x53\xde\x00\x00\x00\x0c\x49\x44\x41\x54\x78\xda\x63\x60\x60"
    "\xf8\x0f\x00\x01\x03\x01\x00\x36\x74\x11\x40\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";

bool exec(sqlite3* db, const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    qWarning("MBTiles fixture: %s: %s", sql, message ? message : "");
    sqlite3_free(message);
    return false;
}

} // namespace

QByteArray MBTilesFixture::redPng() {
    return QByteArray(redPngBytes, sizeof(redPngBytes) - 1);
}

QByteArray MBTilesFixture::bluePng() {
    return QByteArray(bluePngBytes, sizeof(bluePngBytes) - 1);
}

bool MBTilesFixture::write(const QString& path, const QMap<QString, QString>& metadata,
                           const QList<Tile>& tiles, bool withTilesTable) {
    QFile::remove(path);
    sqlite3* db = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    if (sqlite3_open_v2(encoded.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return false;
    }
    bool ok = exec(db, "PRAGMA page_size = 4096") &&
              exec(db, "CREATE TABLE metadata (name TEXT, value TEXT)") && exec(db, "BEGIN");
    if (ok && withTilesTable)
        ok = exec(db, "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row "
                      "INTEGER, tile_data BLOB)");
    sqlite3_stmt* stmt = nullptr;
    if (ok && sqlite3_prepare_v2(db, "INSERT INTO metadata (name, value) VALUES (?1, ?2)", -1,
                                 &stmt, nullptr) == SQLITE_OK) {
        for (auto it = metadata.begin(); ok && it != metadata.end(); ++it) {
            const QByteArray key = it.key().toUtf8();
            const QByteArray value = it.value().toUtf8();
            sqlite3_bind_text(stmt, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(stmt, 2, value.constData(), int(value.size()), SQLITE_TRANSIENT);
            ok = sqlite3_step(stmt) == SQLITE_DONE;
            sqlite3_reset(stmt);
        }
    } else {
        ok = false;
    }
    sqlite3_finalize(stmt);
    stmt = nullptr;
    if (ok && withTilesTable &&
        sqlite3_prepare_v2(db,
                           "INSERT INTO tiles (zoom_level, tile_column, tile_row, tile_data) "
                           "VALUES (?1, ?2, ?3, ?4)",
                           -1, &stmt, nullptr) == SQLITE_OK) {
        for (const Tile& tile : tiles) {
            sqlite3_bind_int(stmt, 1, tile.z);
            sqlite3_bind_int(stmt, 2, tile.x);
            sqlite3_bind_int(stmt, 3, (1 << tile.z) - 1 - tile.y);
            sqlite3_bind_blob(stmt, 4, tile.data.constData(), int(tile.data.size()),
                              SQLITE_TRANSIENT);
            ok = ok && sqlite3_step(stmt) == SQLITE_DONE;
            sqlite3_reset(stmt);
        }
    }
    sqlite3_finalize(stmt);
    ok = ok && exec(db, "COMMIT");
    sqlite3_close_v2(db);
    return ok;
}

} // namespace pl::tests
