#pragma once

#include "core/common/Result.h"
#include "core/import/ImportService.h"

namespace pl::core {

struct ImportPlan;

// Runs one import on the calling thread with its own connection: streams the
// file, maps and checks each row, skips duplicates, and commits reads in
// batches together with the import record's counters and resume point. The
// last batch commits with the completion record and its audit event.
class ImportRunner {
public:
    // Rows per transaction at most, and seconds between commits at most.
    // Each commit rewrites the (plate, time) index's touched leaf pages and
    // journals them, so few large batches write far less (measured: 50,000
    // rows per batch wrote 645 MiB for a 142 MiB store, 200,000 rows 248
    // MiB); a cancel or a crash costs at most the batch in flight, and the
    // write lock is released at least every few seconds.
    static constexpr int batchRows = 200000;
    static constexpr int batchSeconds = 5;
    // Progress is reported (and a cancel noticed) this often.
    static constexpr int progressRows = 2000;
    // Row issues kept in memory for the summary; all are in the store.
    static constexpr int summaryIssueLimit = 10000;

    explicit ImportRunner(ImportPlan& plan);
    Result<ImportSummary> run(const ImportProgressFn& progress);

private:
    ImportPlan& m_plan;
};

} // namespace pl::core
