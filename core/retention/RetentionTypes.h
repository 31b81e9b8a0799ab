#pragma once

#include <QDateTime>

#include <atomic>
#include <functional>

namespace pl::core {

// What a purge would do now.
struct RetentionPreview {
    QDateTime cutoffUtc;          // reads taken before this go
    qint64 expiredReads = 0;      // before the cut-off and not held: would be removed
    qint64 heldReads = 0;         // before the cut-off but linked to an open case: kept
    qint64 expiredImportRows = 0; // rejected/duplicate raw lines of imports before the cut-off
};

// Reads removed so far out of those to remove when the run started.
struct RetentionProgress {
    qint64 removed = 0;
    qint64 total = 0;
};

// Returning false cancels the run after the batch in hand.
using RetentionProgressFn = std::function<bool(const RetentionProgress&)>;

struct RetentionOptions {
    // A run the station starts by itself (at start-up and daily) for the
    // logged-in person, whatever their role; audited as scheduled.
    bool scheduled = false;
    // Reads removed per transaction (each batch audited on its own).
    int batchSize = 10000;
    RetentionProgressFn progress;
    // Set from another thread to stop after the batch in hand.
    const std::atomic_bool* cancel = nullptr;
};

// What a run removed. A cancelled run keeps what it removed before the cancel.
struct RetentionResult {
    QDateTime cutoffUtc;
    qint64 readsRemoved = 0;
    qint64 imagesRemoved = 0;
    qint64 verificationsRemoved = 0;
    qint64 caseLinksRemoved = 0; // links to closed cases
    qint64 importRowsRemoved = 0;
    qint64 heldReads = 0; // kept because an open case holds them
    int batches = 0;
    bool cancelled = false;
};

} // namespace pl::core
