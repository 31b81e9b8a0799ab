#include "core/geo/MBTilesReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlcipher/sqlite3.h>

#include <utility>

namespace pl::core {

namespace {

class MBTilesText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::MBTilesReader)
public:
    static QString missing(const QString& path) {
        return tr("The map tile file %1 does not exist.").arg(path);
    }
    static QString cannotOpen(const QString& path, const QString& why) {
        return tr("The map tile file %1 cannot be opened: %2").arg(path, why);
    }
    static QString notSqlite(const QString& path) {
        return tr("The map tile file %1 is not an MBTiles file (it is not a SQLite database).")
            .arg(path);
    }
    static QString notMBTiles(const QString& path) {
        return tr("The map tile file %1 is not an MBTiles file (it has no \"metadata\" and "
                  "\"tiles\" tables).")
            .arg(path);
    }
    static QString damaged(const QString& path) {
        return tr("The map tile file %1 is damaged.").arg(path);
    }
    static QString readFailed(const QString& path, const QString& why) {
        return tr("Reading the map tile file %1 failed: %2").arg(path, why);
    }
};

Error errorFor(sqlite3* db, int rc, const QString& path) {
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return Error(ErrorCode::InvalidArgument, MBTilesText::notSqlite(path));
    case SQLITE_CORRUPT:
        return Error(ErrorCode::StoreCorrupt, MBTilesText::damaged(path));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::Busy,
                     MBTilesText::readFailed(path, QString::fromUtf8(sqlite3_errstr(rc))));
    default:
        return Error(ErrorCode::Io,
                     MBTilesText::readFailed(path, db ? QString::fromUtf8(sqlite3_errmsg(db))
                                                      : QString::fromUtf8(sqlite3_errstr(rc))));
    }
}

// Finalizes on scope exit.
struct Query {
    sqlite3_stmt* stmt = nullptr;
    ~Query() { sqlite3_finalize(stmt); }
};

QString columnText(sqlite3_stmt* stmt, int column) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, column)) : QString();
}

} // namespace

MBTilesReader::MBTilesReader(sqlite3* db, sqlite3_stmt* tileQuery, QString path)
    : m_db(db)
    , m_tileQuery(tileQuery)
    , m_path(std::move(path)) {}

MBTilesReader::~MBTilesReader() {
    close();
}

void MBTilesReader::close() {
    sqlite3_finalize(m_tileQuery);
    m_tileQuery = nullptr;
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

MBTilesReader::MBTilesReader(MBTilesReader&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_tileQuery(std::exchange(other.m_tileQuery, nullptr))
    , m_path(std::move(other.m_path))
    , m_metadata(std::move(other.m_metadata))
    , m_minZoom(other.m_minZoom)
    , m_maxZoom(other.m_maxZoom) {}

MBTilesReader& MBTilesReader::operator=(MBTilesReader&& other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_tileQuery = std::exchange(other.m_tileQuery, nullptr);
        m_path = std::move(other.m_path);
        m_metadata = std::move(other.m_metadata);
        m_minZoom = other.m_minZoom;
        m_maxZoom = other.m_maxZoom;
    }
    return *this;
}

Result<MBTilesReader> MBTilesReader::open(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error(ErrorCode::NotFound, MBTilesText::missing(path));

    sqlite3* db = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    int rc = sqlite3_open_v2(encoded.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX,
                             nullptr);
    if (rc != SQLITE_OK) {
        const QString why =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return Error(ErrorCode::Io, MBTilesText::cannotOpen(path, why));
    }
    // The reader owns the handle from here, so every early return closes it.
    MBTilesReader reader(db, nullptr, path);
    sqlite3_extended_result_codes(db, 1);

    {
        // The first read of the file: a file that is not SQLite fails here.
        // Many MBTiles writers make "tiles" a view over deduplicated images.
        Query tables;
        rc = sqlite3_prepare_v2(db,
                                "SELECT count(*) FROM sqlite_master WHERE type IN ('table', "
                                "'view') AND name IN ('metadata', 'tiles')",
                                -1, &tables.stmt, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(tables.stmt);
        if (rc != SQLITE_ROW)
            return errorFor(db, rc, path);
        if (sqlite3_column_int(tables.stmt, 0) != 2)
            return Error(ErrorCode::InvalidArgument, MBTilesText::notMBTiles(path));
    }

    {
        Query metadata;
        rc =
            sqlite3_prepare_v2(db, "SELECT name, value FROM metadata", -1, &metadata.stmt, nullptr);
        if (rc != SQLITE_OK)
            return Error(ErrorCode::InvalidArgument, MBTilesText::notMBTiles(path));
        while ((rc = sqlite3_step(metadata.stmt)) == SQLITE_ROW)
            reader.m_metadata.insert(columnText(metadata.stmt, 0), columnText(metadata.stmt, 1));
        if (rc != SQLITE_DONE)
            return errorFor(db, rc, path);
    }

    rc = sqlite3_prepare_v2(db,
                            "SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND "
                            "tile_column = ?2 AND tile_row = ?3",
                            -1, &reader.m_tileQuery, nullptr);
    if (rc != SQLITE_OK)
        return Error(ErrorCode::InvalidArgument, MBTilesText::notMBTiles(path));

    bool minOk = false;
    bool maxOk = false;
    reader.m_minZoom = reader.m_metadata.value(QStringLiteral("minzoom")).toInt(&minOk);
    reader.m_maxZoom = reader.m_metadata.value(QStringLiteral("maxzoom")).toInt(&maxOk);
    if (!minOk || !maxOk) {
        // Not in the metadata (it is optional): ask the tiles themselves.
        Query zooms;
        rc = sqlite3_prepare_v2(db, "SELECT min(zoom_level), max(zoom_level) FROM tiles", -1,
                                &zooms.stmt, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(zooms.stmt);
        if (rc != SQLITE_ROW)
            return errorFor(db, rc, path);
        if (!minOk)
            reader.m_minZoom = sqlite3_column_int(zooms.stmt, 0);
        if (!maxOk)
            reader.m_maxZoom = sqlite3_column_int(zooms.stmt, 1);
    }
    return reader;
}

QString MBTilesReader::name() const {
    const QString name = m_metadata.value(QStringLiteral("name"));
    return name.isEmpty() ? QFileInfo(m_path).completeBaseName() : name;
}

QString MBTilesReader::format() const {
    const QString format = m_metadata.value(QStringLiteral("format")).trimmed().toLower();
    if (format.isEmpty())
        return QStringLiteral("png");
    if (format == QLatin1String("jpeg"))
        return QStringLiteral("jpg");
    return format;
}

std::optional<MBTilesReader::Bounds> MBTilesReader::bounds() const {
    const QStringList parts =
        m_metadata.value(QStringLiteral("bounds")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.size() != 4)
        return std::nullopt;
    double values[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    return Bounds{values[0], values[1], values[2], values[3]};
}

Result<QByteArray> MBTilesReader::tile(int z, int x, int y) {
    if (!m_tileQuery || z < 0 || z > 30)
        return QByteArray();
    const qint64 size = qint64(1) << z;
    if (x < 0 || y < 0 || x >= size || y >= size)
        return QByteArray();
    sqlite3_reset(m_tileQuery);
    sqlite3_bind_int(m_tileQuery, 1, z);
    sqlite3_bind_int64(m_tileQuery, 2, x);
    sqlite3_bind_int64(m_tileQuery, 3, size - 1 - y); // TMS rows count from the south
    const int rc = sqlite3_step(m_tileQuery);
    QByteArray data;
    if (rc == SQLITE_ROW) {
        const void* blob = sqlite3_column_blob(m_tileQuery, 0);
        const int bytes = sqlite3_column_bytes(m_tileQuery, 0);
        if (blob && bytes > 0)
            data = QByteArray(static_cast<const char*>(blob), bytes);
    } else if (rc != SQLITE_DONE) {
        Error error = errorFor(m_db, rc, m_path);
        sqlite3_reset(m_tileQuery);
        return error;
    }
    sqlite3_reset(m_tileQuery);
    return data;
}

} // namespace pl::core
