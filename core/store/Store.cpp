#include "core/store/Store.h"

#include "core/store/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace pl::core {

namespace {

constexpr qint64 kPageSize = 4096;
const QByteArray kPlainSqliteHeader = QByteArrayLiteral("SQLite format 3");

class StoreText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::Store)
public:
    static QString notFound(const QString& path) {
        return tr("There is no store at %1.").arg(path);
    }
    static QString exists(const QString& path) {
        return tr("A file already exists at %1; choose another location for the new store.")
            .arg(path);
    }
    static QString plainSqlite(const QString& path) {
        return tr("%1 is an unencrypted SQLite database, not a PlateLedger store.").arg(path);
    }
    static QString notAStore(const QString& path) {
        return tr("%1 is not a PlateLedger store.").arg(path);
    }
    static QString corrupt(const QString& path) {
        return tr("The store %1 is damaged and cannot be read. Restore it from a backup.")
            .arg(path);
    }
    static QString unreadable(const QString& path, const QString& why) {
        return tr("The store %1 cannot be read: %2").arg(path, why);
    }
    static QString cannotCreateFolder(const QString& path) {
        return tr("The folder %1 cannot be created.").arg(path);
    }
    static QString wroteInClear(const QString& path) {
        return tr("The store %1 was written without encryption; it has been removed. "
                  "Check the SQLCipher installation.")
            .arg(path);
    }
};

} // namespace

Store::Store(QString path, std::unique_ptr<Database> db, SecretBytes key, int versionAtOpen)
    : m_path(std::move(path))
    , m_db(std::move(db))
    , m_key(std::move(key))
    , m_versionAtOpen(versionAtOpen) {}

Store::~Store() = default;

QString Store::defaultPath() {
    // Named explicitly so the GUI and the CLI agree whatever their application names.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(folder).filePath(QStringLiteral("PlateLedger/station.plstore"));
}

Status Store::checkDatabaseFile(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::StoreNotFound, StoreText::notFound(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, StoreText::unreadable(path, file.errorString()));
    const QByteArray head = file.read(kPlainSqliteHeader.size());
    if (head == kPlainSqliteHeader)
        return Error(ErrorCode::NotAStore, StoreText::plainSqlite(path));
    if (file.size() < kPageSize || file.size() % kPageSize != 0)
        return Error(ErrorCode::NotAStore, StoreText::notAStore(path));
    return {};
}

Result<QByteArray> Store::readDatabaseSalt(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, StoreText::unreadable(path, file.errorString()));
    return file.read(16);
}

Result<std::unique_ptr<Database>> Store::connect(const QString& path, const SecretBytes& key,
                                                 bool create) {
    auto db = Database::open(path, create ? Database::OpenMode::CreateNew
                                          : Database::OpenMode::ExistingOnly);
    if (!db)
        return db.error();
    if (auto keyed = db.value()->applyKey(key); !keyed)
        return keyed.error();
    // secure_delete: freed pages are overwritten, so purged data is gone from
    // the file; temp_store in memory: no temporary files beside the store.
    if (auto set = db.value()->exec("PRAGMA secure_delete = ON;"
                                    "PRAGMA foreign_keys = ON;"
                                    "PRAGMA temp_store = MEMORY;"
                                    "PRAGMA cache_size = -65536;");
        !set)
        return set.error();
    return db;
}

Result<std::unique_ptr<Store>> Store::create(const QString& path, SecretBytes key) {
    if (QFileInfo::exists(path))
        return Error(ErrorCode::StoreAlreadyExists, StoreText::exists(path));
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error(ErrorCode::Io, StoreText::cannotCreateFolder(folder));

    auto removeFiles = [&path] {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
    };
    auto db = connect(path, key, true);
    if (!db) {
        removeFiles();
        return db.error();
    }
    auto migrated = Migrations::migrate(*db.value());
    if (!migrated) {
        db.value().reset();
        removeFiles();
        return migrated.error();
    }
    // Belt and braces for the plaintext hazard: the first bytes of an
    // encrypted store are its random salt, never the SQLite header.
    if (auto written = checkDatabaseFile(path);
        !written && written.error().code() == ErrorCode::NotAStore) {
        db.value().reset();
        removeFiles();
        return Error(ErrorCode::EncryptionUnavailable, StoreText::wroteInClear(path));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return std::unique_ptr<Store>(new Store(path, std::move(db.value()), std::move(key), 0));
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, SecretBytes key) {
    if (auto checked = checkDatabaseFile(path); !checked)
        return checked.error();
    auto db = connect(path, key, false);
    if (!db)
        return db.error();

    // The first real read: fails here if the file cannot be decrypted.
    auto tables = db.value()->queryInt("SELECT count(*) FROM sqlite_master");
    if (!tables) {
        if (tables.error().code() == ErrorCode::StoreCorrupt)
            return Error(ErrorCode::StoreCorrupt, StoreText::corrupt(path));
        return tables.error();
    }
    auto applicationId = db.value()->queryInt("PRAGMA application_id");
    if (!applicationId)
        return applicationId.error();
    if (applicationId.value() != Migrations::kApplicationId)
        return Error(ErrorCode::NotAStore, StoreText::notAStore(path));

    auto migrated = Migrations::migrate(*db.value());
    if (!migrated)
        return migrated.error();
    return std::unique_ptr<Store>(
        new Store(path, std::move(db.value()), std::move(key), migrated.value()));
}

Result<QByteArray> Store::metaValue(const QString& key) {
    auto stmt = m_db->prepare("SELECT value FROM store_meta WHERE key = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, key);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return QByteArray();
    return stmt.value().blob(0);
}

Status Store::setMetaValue(const QString& key, const QByteArray& value) {
    auto stmt = m_db->prepare("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?1, ?2)");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, key).bindBlob(2, value);
    return stmt.value().run();
}

Result<std::unique_ptr<Database>> Store::openConnection() const {
    return connect(m_path, m_key, false);
}

} // namespace pl::core
