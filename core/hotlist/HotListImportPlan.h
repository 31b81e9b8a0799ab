#pragma once

#include "core/audit/AuditEvent.h"
#include "core/import/ImportProfile.h"

#include <QString>

namespace pl::core {

class AuditLog;
class Clock;
class Store;

// Everything a hot-list import needs once the service has checked it: made
// on the caller's thread, then handed with its job to whichever thread runs
// it. It holds no connection; the job opens its own.
struct HotListImportPlan {
    const Store* store = nullptr;
    const AuditLog* audit = nullptr;
    const Clock* clock = nullptr;
    AuditActor actor;
    qint64 userId = 0;
    QString client;

    ImportProfile profile;
    QString filePath;
    QString fileName;
    QString sha256;
    qint64 fileSize = 0;
    QString listName;
    QString caseNumber;
    QString reason;
    QString defaultState;

    // Policy as it was when the import was prepared.
    int reviewDays = 365;
    int maxWildcardEntries = 100;
};

} // namespace pl::core
