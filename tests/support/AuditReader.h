#pragma once

#include "core/audit/AuditEvent.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pl::core {
class Database;
}

namespace pl::tests {

// Reads the audit trail straight from a connection (no session, nothing
// recorded), for tests that check which events an action left behind.
class AuditReader {
public:
    // Every event, oldest first.
    static QList<core::AuditEvent> all(core::Database& db);
    // The events with this action, oldest first.
    static QList<core::AuditEvent> withAction(core::Database& db, const QString& action);
    // The newest event with this action; seq is 0 when there is none.
    static core::AuditEvent last(core::Database& db, const QString& action);
    static QJsonObject details(const core::AuditEvent& event);
};

} // namespace pl::tests
