#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace pl::core {

// A prepared statement; finalized on destruction. Parameters are 1-based like
// SQLite's, columns 0-based.
class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) = delete; // use QStringLiteral
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<qint64>& value);
    // Binds a null for an empty string.
    Statement& bindOptional(int index, const QString& value);
    // Binds UTF-8 text without copying it: the bytes must stay as they are
    // until the statement is reset. nullopt binds a null.
    Statement& bindUtf8NoCopy(int index, std::optional<QByteArrayView> utf8);

    // true: a row is available; false: done.
    Result<bool> step();
    // Every remaining row, each turned into a T by read(const Statement&).
    template <typename T, typename Read>
    Result<QList<T>> collect(Read read) {
        QList<T> rows;
        while (true) {
            auto row = step();
            if (!row)
                return row.error();
            if (!row.value())
                return rows;
            rows.append(read(*this));
        }
    }
    // For statements that return no rows.
    Status run();
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    std::optional<qint64> optionalInteger(int column) const;

private:
    Error stepError(int rc) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = 0;
};

} // namespace pl::core
