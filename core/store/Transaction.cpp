#include "core/store/Transaction.h"

#include "core/store/Database.h"

#include <utility>

namespace pl::core {

Transaction::Transaction(Database& db)
    : m_db(&db) {}

Result<Transaction> Transaction::begin(Database& db) {
    if (auto started = db.exec("BEGIN IMMEDIATE"); !started)
        return started.error();
    return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
    , m_open(std::exchange(other.m_open, false)) {}

Transaction::~Transaction() {
    if (m_open)
        (void)m_db->exec("ROLLBACK");
}

Status Transaction::commit() {
    if (!m_open)
        return {};
    auto committed = m_db->exec("COMMIT");
    if (committed)
        m_open = false;
    return committed;
}

} // namespace pl::core
