#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/store/Database.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace pl::core {

// The encrypted database of one station: a SQLCipher file keyed with a random
// 256-bit key. Store knows files, keys and schema; who may open it and what
// gets audited is Station's business.
//
// Owns its connection and the key while open; the key is wiped on close.
class Store {
public:
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Checks the file on disk without any key: present, not a plain SQLite
    // database, plausible size. Used before asking for a password.
    static Status checkDatabaseFile(const QString& path);
    // The first 16 bytes of the file: SQLCipher's per-file salt. The key-slot
    // file records them so a slot file and a database cannot be mismatched.
    static Result<QByteArray> readDatabaseSalt(const QString& path);

    // A new, empty, migrated store at path (which must not exist).
    static Result<std::unique_ptr<Store>> create(const QString& path, SecretBytes key);
    static Result<std::unique_ptr<Store>> open(const QString& path, SecretBytes key);
    // The default place for the station store: the user data folder.
    static QString defaultPath();

    Database& database() { return *m_db; }
    const QString& path() const { return m_path; }
    const SecretBytes& key() const { return m_key; }
    // Schema version found when the store was opened (before migration).
    int versionAtOpen() const { return m_versionAtOpen; }

    Result<QByteArray> metaValue(const QString& key);
    Status setMetaValue(const QString& key, const QByteArray& value);

    // Another connection to the same store, for work on another thread.
    Result<std::unique_ptr<Database>> openConnection() const;

private:
    Store(QString path, std::unique_ptr<Database> db, SecretBytes key, int versionAtOpen);
    static Result<std::unique_ptr<Database>> connect(const QString& path, const SecretBytes& key,
                                                     bool create);

    QString m_path;
    std::unique_ptr<Database> m_db;
    SecretBytes m_key;
    int m_versionAtOpen = 0;
};

} // namespace pl::core
