#pragma once

#include "core/common/Result.h"

namespace pl::core {

class Database;

// A write transaction (BEGIN IMMEDIATE: takes the write lock at once, so the
// audit chain head read inside it cannot change under us). Rolls back on
// destruction unless committed. Audited actions take a Transaction& to prove
// they run inside one.
class Transaction {
public:
    static Result<Transaction> begin(Database& db);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status commit();
    Database& database() { return *m_db; }

private:
    explicit Transaction(Database& db);
    Database* m_db;
    bool m_open = true;
};

} // namespace pl::core
