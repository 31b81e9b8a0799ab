#pragma once

#include "core/audit/AuditEvent.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace pl::core {

// A summary of an open store, for `plateledger-cli info` and the about box.
struct StationInfo {
    QString path;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QString storeId;
    QDateTime createdUtc;
    int users = 0;
    int activeUsers = 0;
    QMap<QString, int> activeUsersByRole; // role id -> count
    qint64 auditEvents = 0;
    AuditHead auditHead;
    qint64 fileBytes = 0;
};

} // namespace pl::core
