#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/store/Statement.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace pl::core {

// One SQLCipher connection. Owns the sqlite3 handle; not thread-safe: one
// thread uses a Database at a time. SQL text never carries values or keys,
// they go through bound parameters and sqlite3_key.
class Database {
public:
    enum class OpenMode { ExistingOnly, CreateNew };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the file without reading it; the key must be applied before any query.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);

    // Applies a raw 256-bit key (no SQLCipher key derivation) and checks that
    // the connection really is SQLCipher, never plain SQLite.
    Status applyKey(const SecretBytes& rawKey);

    Status exec(const char* sql);
    Result<Statement> prepare(const char* sql);
    // The first column of the first row of a query without parameters.
    Result<QString> queryText(const char* sql);
    Result<qint64> queryInt(const char* sql);
    qint64 lastInsertRowId() const;
    int changes() const;

    const QString& path() const { return m_path; }
    // The raw handle for code in core/store only.
    sqlite3* handle() const { return m_db; }
    Error errorFromCode(int rc, const QString& context) const;

private:
    Database(sqlite3* db, QString path);

    sqlite3* m_db;
    QString m_path;
};

} // namespace pl::core
