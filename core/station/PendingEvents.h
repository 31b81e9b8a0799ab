#pragma once

#include "core/audit/AuditEvent.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>

namespace pl::core {

class AuditLog;
class KeySlotFile;
class Store;

// Events that happen while nobody can open the store (failed and refused
// logins, lockouts) are sealed into the key-slot file and written into the
// audit trail by the next successful login, with their original time.
class PendingEvents {
public:
    // Seals an event into file (the caller writes the file).
    static Status add(KeySlotFile& file, const QDateTime& timeUtc, const QString& userName,
                      const AuditRecord& record);
    // Moves every pending event of the key-slot file into the trail.
    static Status ingest(Store& store, const AuditLog& audit, const QString& keySlotPath);
};

} // namespace pl::core
