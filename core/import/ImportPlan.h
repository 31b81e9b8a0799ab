#pragma once

#include "core/audit/AuditEvent.h"
#include "core/import/Device.h"
#include "core/import/ImportProfile.h"

#include <QDateTime>
#include <QString>

namespace pl::core {

class AuditLog;
class Clock;
class Store;

// Everything an import needs once the service has checked it: made on the
// caller's thread, then handed with its job to whichever thread runs it. It
// holds no connection; the job opens its own.
struct ImportPlan {
    const Store* store = nullptr;
    const AuditLog* audit = nullptr;
    const Clock* clock = nullptr;
    AuditActor actor;
    QString client;

    ImportProfile profile;
    QString filePath;
    QString fileName;
    QString sha256;
    qint64 fileSize = 0;
    QString sheet;
    QString deviceName; // the default device; may be empty when rows name theirs
    Device::Type deviceType = Device::Type::Covert;
    std::optional<double> deviceLatitude;
    std::optional<double> deviceLongitude;
    QString timeZone;   // for times of the default device and of devices created here
    QDateTime baseTime; // wall clock, for relative times
    bool reimportConfirmed = false;
    QStringList previousImports; // ids of earlier imports of the same file

    // Resuming: the import to continue and where its last batch ended.
    qint64 resumeImportId = 0;
    // Rows per committed batch; 0 for ImportRunner's default.
    int batchRows = 0;

    QByteArray optionsJson() const;
    static ImportPlan fromOptions(const QByteArray& json);
};

} // namespace pl::core
