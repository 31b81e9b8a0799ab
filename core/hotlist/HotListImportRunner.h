#pragma once

#include "core/audit/AuditEvent.h"
#include "core/common/Result.h"
#include "core/hotlist/HotListImportTypes.h"

#include <optional>

namespace pl::core {

class Database;
struct HotListImportPlan;

// Runs one hot-list import on the calling thread with its own connection:
// streams the file through the profile, and stores the list, its entries,
// their history, every record's outcome and the audit event in a single
// transaction. Nothing of a cancelled or failed run remains but the audit
// event saying so.
class HotListImportRunner {
public:
    // Progress is reported (and a cancel noticed) this often.
    static constexpr int progressRows = 500;
    // Records' outcomes kept in memory for the summary; all are in the store.
    static constexpr int summaryIssueLimit = 10000;

    explicit HotListImportRunner(HotListImportPlan& plan);
    Result<HotListImportSummary> run(const HotListImportProgressFn& progress);

    // The audit record of an import that did not happen (why: a stable code
    // such as "case_closed"; message: what the person was told).
    static AuditRecord refusal(const QString& listName, const QString& fileName,
                               const QString& caseNumber, const QString& reason, const QString& why,
                               const QString& message);
    // The translated explanation of an outcome's codes.
    static QString describe(const QString& codes);

    // The state of the list as it is stored, when there is one.
    struct ListState {
        qint64 id = 0;
        QString name; // as first imported (names compare without case)
        qint64 ownerId = 0;
        QString ownerName;
        qint64 entries = 0; // not removed
    };
    static Result<std::optional<ListState>> findList(Database& db, const QString& name);

private:
    HotListImportPlan& m_plan;
};

} // namespace pl::core
