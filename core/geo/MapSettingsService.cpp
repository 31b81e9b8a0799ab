#include "core/geo/MapSettingsService.h"

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QUrl>

#include <tuple>
#include <utility>

namespace pl::core {

namespace {
class MapText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::MapSettingsService)
public:
    static QString noSuchFile(const QString& path) {
        return tr("The MBTiles file \"%1\" does not exist.").arg(path);
    }
    static QString unreadable(const QString& path) {
        return tr("The MBTiles file \"%1\" cannot be read.").arg(path);
    }
    static QString notMbtiles(const QString& path) {
        return tr("\"%1\" is not an MBTiles file (an MBTiles file is an SQLite database).")
            .arg(path);
    }
    static QString placeholders() {
        return tr("The tile URL must contain {z}, {x} and {y}, e.g. "
                  "https://tiles.example.local/{z}/{x}/{y}.png.");
    }
    static QString scheme() {
        return tr("The tile URL must start with http://, https:// or file://.");
    }
    static QString badUrl(const QString& why) {
        return tr("The tile URL is not a valid address: %1").arg(why);
    }
    static QString noHost() { return tr("The tile URL names no server."); }
    static QString cacheNotFolder(const QString& path) {
        return tr("The tile cache \"%1\" is a file, not a folder.").arg(path);
    }
    static QString cacheNotCreated(const QString& path) {
        return tr("The tile cache folder \"%1\" cannot be created.").arg(path);
    }
    static QString cacheNotWritable(const QString& path) {
        return tr("The tile cache folder \"%1\" cannot be written to.").arg(path);
    }
};

QJsonObject describe(const MapSettings& s) {
    return {{QStringLiteral("mbtiles_path"), s.mbtilesPath},
            {QStringLiteral("tile_url"), s.tileUrl},
            {QStringLiteral("tile_cache_dir"), s.tileCacheDir}};
}

MapSettings trimmed(const MapSettings& s) {
    return {s.mbtilesPath.trimmed(), s.tileUrl.trimmed(), s.tileCacheDir.trimmed()};
}

Status validateMbtiles(const QString& path) {
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error(ErrorCode::InvalidArgument, MapText::noSuchFile(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::InvalidArgument, MapText::unreadable(path));
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return Error(ErrorCode::InvalidArgument, MapText::notMbtiles(path));
    return {};
}

Status validateUrl(const QString& url) {
    if (url.isEmpty())
        return {};
    const QString lower = url.toLower();
    if (!lower.startsWith(QLatin1String("http://")) &&
        !lower.startsWith(QLatin1String("https://")) && !lower.startsWith(QLatin1String("file://")))
        return Error(ErrorCode::InvalidArgument, MapText::scheme());
    if (!url.contains(QLatin1String("{z}")) || !url.contains(QLatin1String("{x}")) ||
        !url.contains(QLatin1String("{y}")))
        return Error(ErrorCode::InvalidArgument, MapText::placeholders());
    // A filled-in tile address must be a valid URL.
    QString sample = url;
    sample.replace(QLatin1String("{z}"), QLatin1String("1"))
        .replace(QLatin1String("{x}"), QLatin1String("0"))
        .replace(QLatin1String("{y}"), QLatin1String("0"));
    const QUrl parsed(sample, QUrl::StrictMode);
    if (!parsed.isValid())
        return Error(ErrorCode::InvalidArgument, MapText::badUrl(parsed.errorString()));
    if (parsed.scheme() != QLatin1String("file") && parsed.host().isEmpty())
        return Error(ErrorCode::InvalidArgument, MapText::noHost());
    return {};
}

Status validateCache(const QString& path) {
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Error(ErrorCode::InvalidArgument, MapText::cacheNotFolder(path));
    if (!info.exists() && !QDir().mkpath(path))
        return Error(ErrorCode::InvalidArgument, MapText::cacheNotCreated(path));
    // Try it: permission bits alone do not tell (read-only mounts, ACLs).
    QTemporaryFile probe(QDir(path).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open())
        return Error(ErrorCode::InvalidArgument, MapText::cacheNotWritable(path));
    return {};
}

Result<QString> readSetting(Database& db, const QString& key) {
    auto stmt = db.prepare("SELECT value FROM settings WHERE key = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, key);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    return row.value() ? stmt.value().text(0) : QString();
}

} // namespace

MapSettingsService::MapSettingsService(Station& station)
    : m_station(station) {}

Status MapSettingsService::validate(const MapSettings& raw) {
    const MapSettings s = trimmed(raw);
    if (auto ok = validateMbtiles(s.mbtilesPath); !ok)
        return ok;
    if (auto ok = validateUrl(s.tileUrl); !ok)
        return ok;
    return validateCache(s.tileCacheDir);
}

Result<MapSettings> MapSettingsService::mapSettings(const Session& session) {
    auto viewer = m_station.requireActive(session, Permission::ViewMap);
    if (!viewer && viewer.error().code() == ErrorCode::PermissionDenied)
        viewer = m_station.requireActive(session, Permission::ManagePolicy);
    if (!viewer)
        return viewer.error();
    Database& db = m_station.database();
    MapSettings s;
    for (auto [key, field] : {std::pair{MapSettings::mbtilesPathKey(), &s.mbtilesPath},
                              std::pair{MapSettings::tileUrlKey(), &s.tileUrl},
                              std::pair{MapSettings::tileCacheDirKey(), &s.tileCacheDir}}) {
        auto value = readSetting(db, key);
        if (!value)
            return value.error();
        *field = value.value();
    }
    return s;
}

Status MapSettingsService::setMapSettings(const Session& session, const MapSettings& raw) {
    if (auto active = m_station.requireActive(session, Permission::ManagePolicy); !active)
        return active;
    const MapSettings wanted = trimmed(raw);
    if (auto valid = validate(wanted); !valid)
        return valid;
    auto before = mapSettings(session);
    if (!before)
        return before.error();
    if (before.value() == wanted)
        return {};

    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QString now = TimeFormat::toStorage(m_station.clock().nowUtc());
    auto stmt = db.prepare("INSERT OR REPLACE INTO settings (key, value, changed_utc, changed_by) "
                           "VALUES (?1, ?2, ?3, ?4)");
    if (!stmt)
        return stmt.error();
    const QJsonObject from = describe(before.value());
    const QJsonObject to = describe(wanted);
    for (auto [key, value, old] :
         {std::tuple{MapSettings::mbtilesPathKey(), wanted.mbtilesPath, before->mbtilesPath},
          std::tuple{MapSettings::tileUrlKey(), wanted.tileUrl, before->tileUrl},
          std::tuple{MapSettings::tileCacheDirKey(), wanted.tileCacheDir, before->tileCacheDir}}) {
        if (value == old)
            continue;
        stmt.value().reset();
        // An unset source is stored as an empty text (the column is NOT NULL).
        stmt.value()
            .bind(1, key)
            .bind(2, value.isNull() ? QStringLiteral("") : value)
            .bind(3, now)
            .bind(4, session.userId);
        if (auto stored = stmt.value().run(); !stored)
            return stored;
    }
    AuditRecord record{AuditAction::mapSettingsChanged(), AuditOutcome::Success,
                       QStringLiteral("setting"), QStringLiteral("map")};
    record.details.insert(QStringLiteral("from"), from);
    record.details.insert(QStringLiteral("to"), to);
    if (auto audited = m_station.auditLog().append(tx.value(), session.actor(), record); !audited)
        return audited.error();
    return tx.value().commit();
}

} // namespace pl::core
