#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/retention/RetentionJob.h"
#include "core/retention/RetentionTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace pl::core {

class Station;

// Purging reads past the retention period (Policy::retentionDays()) unless an
// open case holds them. Each batch is removed together with its images, its
// links to closed cases and its verifications, and audited in the same
// transaction ("retention.purged", target kind "reads") with the cut-off, the
// count and a digest of the removed ids. A run ends with one more event
// (target kind "run"): the run's count and digest of all its ids, the reads
// held, whether it was cancelled, and the raw lines of old imports it removed
// in that transaction. The store overwrites deleted pages (secure_delete).
//
// prepare() checks the session and fixes the cut-off; the job it returns
// runs on any thread with its own connection, while the station lives.
// run() does both on the calling thread.
class RetentionService {
public:
    explicit RetentionService(Station& station);

    // The cut-off now: nowUtc - retentionDays.
    Result<QDateTime> cutoff();
    // RunRetention. A dry run: counts only, audited as a preview.
    Result<RetentionPreview> preview(const Session& session);
    // RunRetention, or any active session when options.scheduled is set.
    Result<RetentionJob> prepare(const Session& session, const RetentionOptions& options = {});
    Result<RetentionResult> run(const Session& session, const RetentionOptions& options = {});
    // Any active session: whether a day has passed since the last purge (or
    // there has been none), so the station should start a scheduled run.
    Result<bool> scheduledRunDue(const Session& session);

    // SHA-256 (hex) of the ids in ascending order as comma-joined decimals,
    // as recorded in each purge's audit event.
    static QByteArray idDigest(QList<qint64> readIds);

private:
    Station& m_station;
};

} // namespace pl::core
