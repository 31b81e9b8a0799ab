#pragma once

#include "core/common/Result.h"
#include "core/import/ImportTypes.h"

#include <QList>

#include <optional>

namespace pl::core {

class Database;

// The imports table: one record per import, created when it starts and
// updated with every committed batch, so the record always says how far the
// import got. Static helpers over a connection; the caller owns transactions.
class ImportLedger {
public:
    struct NewImport {
        QString fileName;
        QString filePath;
        QString sha256;
        qint64 fileSize = 0;
        QString profileId;
        QByteArray profileJson;
        qint64 deviceId = 0;
        QString timeZone;
        QByteArray optionsJson;
        qint64 userId = 0;
        QString startedUtc;
        bool reimportConfirmed = false;
    };

    static Result<qint64> create(Database& db, const NewImport& import);
    // firstReadId: the id of the import's first stored read, once there is one.
    static Status saveProgress(Database& db, qint64 importId, const ImportCounts& counts,
                               qint64 resumeRecord, std::optional<qint64> firstReadId);
    // Where an import's reads start (ids only grow), or nothing when it stored none.
    static Result<std::optional<qint64>> firstReadId(Database& db, qint64 importId);
    static Status finish(Database& db, qint64 importId, ImportRecord::Status status,
                         const QString& finishedUtc, const QString& failure);
    static Status setStatus(Database& db, qint64 importId, ImportRecord::Status status);

    static Result<ImportRecord> load(Database& db, qint64 importId);
    static Result<QList<ImportRecord>> list(Database& db, int limit);
    static Result<QList<ImportRecord>> withSha256(Database& db, const QString& sha256);
    // The stored profile definition and options of an import, for resuming it.
    static Result<QPair<QByteArray, QByteArray>> definition(Database& db, qint64 importId);
    static Result<QList<ImportRowIssue>> rowIssues(Database& db, qint64 importId);

    // The lock file a running import holds, beside the store.
    static QString lockPath(const QString& storePath, qint64 importId);
    static bool isRunningElsewhere(const QString& storePath, qint64 importId);

    static QString statusName(ImportRecord::Status status);
    static ImportRecord::Status statusFromName(const QString& name);
};

} // namespace pl::core
