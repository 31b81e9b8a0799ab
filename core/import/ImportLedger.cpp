#include "core/import/ImportLedger.h"

#include "core/common/TimeFormat.h"
#include "core/import/ImportIssueText.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QLockFile>

namespace pl::core {

namespace {
class LedgerText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::ImportLedger)
public:
    static QString notFound(qint64 id) { return tr("There is no import number %1.").arg(id); }
};

const char* const recordColumns =
    "SELECT i.id, i.file_name, i.file_path, i.file_sha256, i.file_size, i.profile_id, "
    "d.name, i.time_zone, u.name, i.started_utc, i.finished_utc, i.status, i.failure, "
    "i.reimport_confirmed, i.resume_record, i.rows_read, i.reads_stored, i.reads_flagged, "
    "i.duplicates, i.rejected, i.skipped FROM imports i LEFT JOIN devices d ON d.id = i.device_id "
    "LEFT JOIN users u ON u.id = i.user_id ";

ImportRecord recordFrom(Statement& row, const QString& storePath) {
    ImportRecord record;
    record.id = row.integer(0);
    record.fileName = row.text(1);
    record.filePath = row.text(2);
    record.sha256 = row.text(3);
    record.fileSize = row.integer(4);
    record.profileId = row.text(5);
    record.deviceName = row.text(6);
    record.timeZone = row.text(7);
    record.userName = row.text(8);
    record.startedUtc = TimeFormat::fromStorage(row.text(9));
    if (!row.isNull(10))
        record.finishedUtc = TimeFormat::fromStorage(row.text(10));
    record.status = ImportLedger::statusFromName(row.text(11));
    record.failure = row.text(12);
    record.reimportConfirmed = row.integer(13) != 0;
    record.resumeRecord = row.integer(14);
    record.counts.rowsRead = row.integer(15);
    record.counts.stored = row.integer(16);
    record.counts.flagged = row.integer(17);
    record.counts.duplicates = row.integer(18);
    record.counts.rejected = row.integer(19);
    record.counts.skipped = row.integer(20);
    record.interrupted = record.status == ImportRecord::Status::Running &&
                         !ImportLedger::isRunningElsewhere(storePath, record.id);
    return record;
}

Result<QList<ImportRecord>> query(Database& db, const QByteArray& sql,
                                  const std::function<void(Statement&)>& bind) {
    auto statement = db.prepare(sql.constData());
    if (!statement)
        return statement.error();
    bind(statement.value());
    QList<ImportRecord> records;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        records.append(recordFrom(statement.value(), db.path()));
    }
    return records;
}
} // namespace

QString ImportLedger::statusName(ImportRecord::Status status) {
    return ImportRecord::statusName(status);
}

ImportRecord::Status ImportLedger::statusFromName(const QString& name) {
    for (auto status : {ImportRecord::Status::Running, ImportRecord::Status::Complete,
                        ImportRecord::Status::Cancelled, ImportRecord::Status::Failed,
                        ImportRecord::Status::RolledBack}) {
        if (ImportRecord::statusName(status) == name)
            return status;
    }
    return ImportRecord::Status::Failed;
}

Result<qint64> ImportLedger::create(Database& db, const NewImport& import) {
    auto insert = db.prepare(
        "INSERT INTO imports (file_name, file_path, file_sha256, file_size, profile_id, "
        "profile_definition, device_id, time_zone, options, user_id, started_utc, status, "
        "reimport_confirmed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'running', "
        "?12)");
    if (!insert)
        return insert.error();
    insert->bind(1, import.fileName)
        .bind(2, import.filePath)
        .bind(3, import.sha256)
        .bind(4, import.fileSize)
        .bind(5, import.profileId)
        .bind(6, QString::fromUtf8(import.profileJson))
        .bind(8, import.timeZone)
        .bind(9, QString::fromUtf8(import.optionsJson))
        .bind(10, import.userId)
        .bind(11, import.startedUtc)
        .bind(12, import.reimportConfirmed);
    if (import.deviceId > 0)
        insert->bind(7, import.deviceId);
    else
        insert->bindNull(7);
    if (auto done = insert->run(); !done)
        return done.error();
    return db.lastInsertRowId();
}

Status ImportLedger::saveProgress(Database& db, qint64 importId, const ImportCounts& counts,
                                  qint64 resumeRecord, std::optional<qint64> firstReadId) {
    auto update = db.prepare("UPDATE imports SET rows_read = ?2, reads_stored = ?3, "
                             "reads_flagged = ?4, duplicates = ?5, rejected = ?6, skipped = ?7, "
                             "resume_record = ?8, first_read_id = coalesce(first_read_id, ?9) "
                             "WHERE id = ?1");
    if (!update)
        return update.error();
    update->bind(1, importId)
        .bind(2, counts.rowsRead)
        .bind(3, counts.stored)
        .bind(4, counts.flagged)
        .bind(5, counts.duplicates)
        .bind(6, counts.rejected)
        .bind(7, counts.skipped)
        .bind(8, resumeRecord)
        .bind(9, firstReadId);
    return update->run();
}

Result<std::optional<qint64>> ImportLedger::firstReadId(Database& db, qint64 importId) {
    auto query = db.prepare("SELECT first_read_id FROM imports WHERE id = ?1");
    if (!query)
        return query.error();
    query->bind(1, importId);
    auto row = query->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::NotFound, LedgerText::notFound(importId));
    return query->optionalInteger(0);
}

Status ImportLedger::finish(Database& db, qint64 importId, ImportRecord::Status status,
                            const QString& finishedUtc, const QString& failure) {
    auto update =
        db.prepare("UPDATE imports SET status = ?2, finished_utc = ?3, failure = ?4 WHERE id = ?1");
    if (!update)
        return update.error();
    update->bind(1, importId)
        .bind(2, statusName(status))
        .bind(3, finishedUtc)
        .bindOptional(4, failure);
    return update->run();
}

Status ImportLedger::setStatus(Database& db, qint64 importId, ImportRecord::Status status) {
    auto update = db.prepare("UPDATE imports SET status = ?2, finished_utc = NULL, failure = NULL "
                             "WHERE id = ?1");
    if (!update)
        return update.error();
    update->bind(1, importId).bind(2, statusName(status));
    return update->run();
}

Result<ImportRecord> ImportLedger::load(Database& db, qint64 importId) {
    auto records = query(db, QByteArray(recordColumns).append("WHERE i.id = ?1"),
                         [importId](Statement& s) { s.bind(1, importId); });
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error(ErrorCode::NotFound, LedgerText::notFound(importId));
    return records->first();
}

Result<QList<ImportRecord>> ImportLedger::list(Database& db, int limit) {
    return query(db, QByteArray(recordColumns).append("ORDER BY i.id DESC LIMIT ?1"),
                 [limit](Statement& s) { s.bind(1, limit); });
}

Result<QList<ImportRecord>> ImportLedger::withSha256(Database& db, const QString& sha256) {
    return query(db, QByteArray(recordColumns).append("WHERE i.file_sha256 = ?1 ORDER BY i.id"),
                 [&sha256](Statement& s) { s.bind(1, sha256); });
}

Result<QPair<QByteArray, QByteArray>> ImportLedger::definition(Database& db, qint64 importId) {
    auto statement = db.prepare("SELECT profile_definition, options FROM imports WHERE id = ?1");
    if (!statement)
        return statement.error();
    statement->bind(1, importId);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::NotFound, LedgerText::notFound(importId));
    return qMakePair(statement->text(0).toUtf8(), statement->text(1).toUtf8());
}

Result<QList<ImportRowIssue>> ImportLedger::rowIssues(Database& db, qint64 importId) {
    auto statement = db.prepare("SELECT line, last_line, outcome, reason, raw FROM import_rows "
                                "WHERE import_id = ?1 ORDER BY line, rowid");
    if (!statement)
        return statement.error();
    statement->bind(1, importId);
    QList<ImportRowIssue> issues;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ImportRowIssue issue;
        issue.line = statement->integer(0);
        issue.lastLine = statement->integer(1);
        issue.kind = statement->text(2) == QStringLiteral("duplicate")
                         ? ImportRowIssue::Kind::Duplicate
                         : ImportRowIssue::Kind::Rejected;
        issue.code = statement->text(3);
        issue.message = ImportIssueText::describe(issue.code);
        issue.raw = statement->text(4);
        issues.append(issue);
    }
    return issues;
}

QString ImportLedger::lockPath(const QString& storePath, qint64 importId) {
    return storePath + QStringLiteral(".import-") + QString::number(importId) +
           QStringLiteral(".lock");
}

bool ImportLedger::isRunningElsewhere(const QString& storePath, qint64 importId) {
    QLockFile lock(lockPath(storePath, importId));
    // A lock left by a killed process is stale (its PID is gone) and is taken
    // over; only a live process holding it keeps the import "running".
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

} // namespace pl::core
