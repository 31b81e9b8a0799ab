#include "core/store/Database.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlcipher/sqlite3.h>

#include <mutex>
#include <utility>

namespace pl::core {

namespace {

class DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::Database)
public:
    static QString cannotOpen(const QString& path, const QString& why) {
        return tr("The store file %1 cannot be opened: %2").arg(path, why);
    }
    static QString noCipher() {
        return tr("The database library in use does not encrypt (SQLCipher is not active); "
                  "refusing to continue so nothing is written unencrypted.");
    }
    static QString busy() {
        return tr("The store is in use by another PlateLedger program; try again in a moment.");
    }
    static QString failed(const QString& context, const QString& why) {
        return tr("Store operation failed (%1): %2").arg(context, why);
    }
    static QString notADatabase() {
        return tr("The store file cannot be decrypted or is not a database.");
    }
    static QString corrupt() { return tr("The store file is damaged."); }
};

// Before the library's first use: no global memory statistics, which would
// take a process-wide mutex on every allocation SQLite makes (nothing here
// reads them).
void configureLibrary() {
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

} // namespace

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path)) {}

Database::~Database() {
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode) {
    configureLibrary();
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (mode == OpenMode::CreateNew)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* db = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(encoded.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        if (db)
            sqlite3_close_v2(db);
        return Error(ErrorCode::Io, DatabaseText::cannotOpen(path, why));
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    return std::unique_ptr<Database>(new Database(db, path));
}

Status Database::applyKey(const SecretBytes& rawKey) {
    // SQLCipher takes a raw key as the text x'<64 hex digits>'.
    const SecretBytes hex = rawKey.toHex();
    SecretBytes literal(hex.size() + 3);
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    for (size_t i = 0; i < hex.size(); ++i)
        literal.data()[i + 2] = hex.data()[i];
    literal.data()[hex.size() + 2] = '\'';
    const int rc = sqlite3_key(m_db, literal.data(), static_cast<int>(literal.size()));
    if (rc != SQLITE_OK)
        return errorFromCode(rc, QStringLiteral("sqlite3_key"));

    // A plain SQLite library answers nothing to cipher_version: if code bound
    // to one by accident, stop before a single page is written.
    auto version = queryText("PRAGMA cipher_version");
    if (!version || version.value().isEmpty())
        return Error(ErrorCode::EncryptionUnavailable, DatabaseText::noCipher());
    return exec("PRAGMA cipher_page_size = 4096");
}

Status Database::exec(const char* sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString why = message ? QString::fromUtf8(message) : QString();
        sqlite3_free(message);
        Error error = errorFromCode(rc, QString::fromUtf8(sql).left(60));
        if (!why.isEmpty() && (rc & 0xff) == SQLITE_CONSTRAINT)
            return Error(error.code(), DatabaseText::failed(QString::fromUtf8(sql).left(60), why));
        return error;
    }
    return {};
}

Result<Statement> Database::prepare(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return errorFromCode(rc, QString::fromUtf8(sql).left(60));
    }
    return Statement(m_db, stmt);
}

Result<QString> Database::queryText(const char* sql) {
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return QString();
    return stmt.value().text(0);
}

Result<qint64> Database::queryInt(const char* sql) {
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return qint64(0);
    return stmt.value().integer(0);
}

qint64 Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

Error Database::errorFromCode(int rc, const QString& context) const {
    const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::Busy, DatabaseText::busy());
    case SQLITE_NOTADB:
        return Error(ErrorCode::StoreCorrupt, DatabaseText::notADatabase());
    case SQLITE_CORRUPT:
        return Error(ErrorCode::StoreCorrupt, DatabaseText::corrupt());
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
        return Error(ErrorCode::Io, DatabaseText::failed(context, why));
    default:
        return Error(ErrorCode::Database, DatabaseText::failed(context, why));
    }
}

} // namespace pl::core
