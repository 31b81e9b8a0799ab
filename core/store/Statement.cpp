#include "core/store/Statement.h"

#include <QCoreApplication>

#include <sqlcipher/sqlite3.h>

#include <utility>

namespace pl::core {

namespace {
class StatementText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::Statement)
public:
    static QString failed(const QString& why) { return tr("Store query failed: %1").arg(why); }
    static QString busy() {
        return tr("The store is in use by another PlateLedger program; try again in a moment.");
    }
    static QString corrupt() { return tr("The store file is damaged."); }
};
} // namespace

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt)
    : m_db(db)
    , m_stmt(stmt) {}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindError(std::exchange(other.m_bindError, 0)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::exchange(other.m_bindError, 0);
    }
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                                     SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bind(int index, qint64 value) {
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bind(int index, double value) {
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value) {
    const int rc = sqlite3_bind_blob(m_stmt, index, value.constData(),
                                     static_cast<int>(value.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bindNull(int index) {
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bind(int index, const std::optional<qint64>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindOptional(int index, const QString& value) {
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement& Statement::bindUtf8NoCopy(int index, std::optional<QByteArrayView> utf8) {
    if (!utf8)
        return bindNull(index);
    const int rc = sqlite3_bind_text(m_stmt, index, utf8->data(), static_cast<int>(utf8->size()),
                                     SQLITE_STATIC);
    if (rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Result<bool> Statement::step() {
    if (m_bindError != 0)
        return stepError(m_bindError);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return stepError(rc);
}

Status Statement::run() {
    auto stepped = step();
    if (!stepped)
        return stepped.error();
    return {};
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

Error Statement::stepError(int rc) const {
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::Busy, StatementText::busy());
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(ErrorCode::StoreCorrupt, StatementText::corrupt());
    default:
        return Error(ErrorCode::Database,
                     StatementText::failed(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const {
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size <= 0)
        return {};
    return QByteArray(static_cast<const char*>(data), size);
}

std::optional<qint64> Statement::optionalInteger(int column) const {
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

} // namespace pl::core
