#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/import/ImportTypes.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace pl::core {

class Station;
class Store;
class AuditLog;
class Clock;
struct ImportPlan;

// Receives progress from a running import; returning false cancels it. Called
// on the thread that runs the job, at most every few thousand rows.
using ImportProgressFn = std::function<bool(const ImportProgress&)>;

// One import, ready to run on any thread: it opens its own connection to the
// store, so the caller's thread stays free. Made by ImportService, which has
// already checked the session, the file and the profile. Move-only.
class ImportJob {
public:
    ~ImportJob();
    ImportJob(ImportJob&&) noexcept;
    ImportJob& operator=(ImportJob&&) noexcept;

    // Runs to the end, to a cancel, or to a failure. Reads are committed in
    // whole batches together with the import record, so whatever happens the
    // store holds whole batches and a record that says how far it got.
    // A cancel or a failure returns the summary with the record marked so.
    Result<ImportSummary> run(const ImportProgressFn& progress = {});

    const ImportProfile& profile() const;
    // The import's number once run() has started it (or the one resumed).
    qint64 importId() const;
    // Smaller batches commit more often (a slow disk, or a test that needs
    // several batches from a small file).
    void setBatchRows(int rows);

private:
    friend class ImportService;
    explicit ImportJob(std::unique_ptr<ImportPlan> plan);
    std::unique_ptr<ImportPlan> m_plan;
};

// Receives the progress of a roll-back: reads removed so far out of about
// how many; returning false cancels it.
using RollbackProgressFn = std::function<bool(qint64 removed, qint64 total)>;

// One roll-back of an incomplete import, ready to run on any thread with its
// own connection (like ImportJob). Move-only.
class RollbackJob {
public:
    ~RollbackJob();
    RollbackJob(RollbackJob&&) noexcept;
    RollbackJob& operator=(RollbackJob&&) noexcept;

    // Removes the import's reads (and their images) in steps, reporting
    // progress between them, and marks the import rolled back; all in one
    // transaction with its audit event. The number of reads removed. A
    // cancel leaves the store as it was and returns ErrorCode::Cancelled.
    Result<qint64> run(const RollbackProgressFn& progress = {});
    // The import as it was when the roll-back was prepared.
    const ImportRecord& record() const;

private:
    friend class ImportService;
    struct Plan;
    explicit RollbackJob(std::unique_ptr<Plan> plan);
    std::unique_ptr<Plan> m_plan;
};

// Importing reader dumps, as agents, investigators and administrators do it.
// Every step that changes the store is audited in the same transaction.
class ImportService {
public:
    explicit ImportService(Station& station);
    ~ImportService();

    // Built-in profiles of reader dumps and those saved in the store (hot-list
    // profiles are HotListImportService's).
    Result<QList<ImportProfile>> profiles(const Session& session);
    // Saves a person's profile (a new id; built-in ids cannot be replaced).
    Status saveProfile(const Session& session, const ImportProfile& profile);

    Result<QList<Device>> devices(const Session& session);
    Result<Device> createDevice(const Session& session, const Device& device);

    // Looks at the file without storing anything: layout, detected profile,
    // header, the first rows and how the profile maps them. profileId and
    // sheet may be empty (detect / the profile's choice).
    Result<ImportPreview> preview(const Session& session, const QString& filePath,
                                  const QString& profileId = {}, const QString& sheet = {},
                                  int maxRows = 20);

    // Checks everything that can be checked before the first row: permission,
    // the file, the profile, the device and its time zone. A file whose
    // SHA-256 was imported before is refused (and the refusal audited) unless
    // request.confirmReimport is set; the error's code is AlreadyExists.
    Result<ImportJob> prepare(const Session& session, const ImportRequest& request);
    // Continues an interrupted, cancelled or failed import from its last
    // committed batch. The file must be unchanged (same SHA-256).
    Result<ImportJob> prepareResume(const Session& session, qint64 importId);
    // Removes every read an incomplete import stored and marks it rolled
    // back: prepareRollback checks, the job does it (see RollbackJob);
    // rollback does both on the calling thread.
    Result<RollbackJob> prepareRollback(const Session& session, qint64 importId);
    Result<qint64> rollback(const Session& session, qint64 importId);

    // Newest first.
    Result<QList<ImportRecord>> imports(const Session& session, int limit = 200);
    Result<ImportRecord> importRecord(const Session& session, qint64 importId);
    // Rejected and duplicate rows, in file order.
    Result<QList<ImportRowIssue>> rowIssues(const Session& session, qint64 importId);
    // Writes them as CSV (line, last line, outcome, reason, content) for a
    // person to fix and import again. Audited.
    Status exportRowIssues(const Session& session, qint64 importId, const QString& csvPath);

private:
    // The station and the person a job works for.
    void attach(ImportPlan& plan, const Session& session) const;

    Station& m_station;
};

} // namespace pl::core
