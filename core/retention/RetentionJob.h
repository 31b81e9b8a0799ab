#pragma once

#include "core/common/Result.h"
#include "core/retention/RetentionTypes.h"

#include <QDateTime>

#include <memory>

namespace pl::core {

class AuditLog;
class Database;
class Store;
struct AuditActor;

// One purge, ready to run on any thread: it opens its own connection to the
// store, so the caller's thread stays free. Made by RetentionService, which
// has already checked the session and fixed the cut-off. Move-only.
class RetentionJob {
public:
    ~RetentionJob();
    RetentionJob(RetentionJob&&) noexcept;
    RetentionJob& operator=(RetentionJob&&) noexcept;

    // Removes batch after batch (each in its own transaction with its audit
    // event), reporting progress and checking the cancel flag between them,
    // then records the run. A cancel keeps the batches already removed and
    // returns them with cancelled set.
    Result<RetentionResult> run();
    QDateTime cutoffUtc() const;

    // What a purge at this cut-off would remove and keep, read on db.
    static Result<RetentionPreview> count(Database& db, const QDateTime& cutoffUtc);

private:
    friend class RetentionService;
    struct Plan;
    explicit RetentionJob(std::unique_ptr<Plan> plan);
    static RetentionJob make(const Store& store, const AuditLog& audit, const AuditActor& actor,
                             const QDateTime& cutoffUtc, const RetentionOptions& options);
    std::unique_ptr<Plan> m_plan;
};

} // namespace pl::core
