#include "core/retention/RetentionService.h"

#include "core/audit/AuditAction.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace pl::core {

namespace {
class RetentionText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::RetentionService)
public:
    static QString badBatch() { return tr("A purge batch must hold at least one read."); }
};
} // namespace

RetentionService::RetentionService(Station& station)
    : m_station(station) {}

QByteArray RetentionService::idDigest(QList<qint64> readIds) {
    std::sort(readIds.begin(), readIds.end());
    QByteArray joined;
    for (qsizetype i = 0; i < readIds.size(); ++i) {
        if (i > 0)
            joined.append(',');
        joined.append(QByteArray::number(readIds.at(i)));
    }
    return QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex();
}

Result<QDateTime> RetentionService::cutoff() {
    auto policy = m_station.currentPolicy();
    if (!policy)
        return policy.error();
    return m_station.clock().nowUtc().addDays(-policy.value().retentionDays());
}

Result<RetentionPreview> RetentionService::preview(const Session& session) {
    if (auto active = m_station.requireActive(session, Permission::RunRetention); !active)
        return active.error();
    auto when = cutoff();
    if (!when)
        return when.error();
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto preview = RetentionJob::count(db, when.value());
    if (!preview)
        return preview.error();

    AuditRecord previewed{AuditAction::retentionPreviewed(), AuditOutcome::Success,
                          QStringLiteral("reads")};
    previewed.details.insert(QStringLiteral("cutoff_utc"), TimeFormat::toStorage(when.value()));
    previewed.details.insert(QStringLiteral("expired"), preview.value().expiredReads);
    previewed.details.insert(QStringLiteral("held"), preview.value().heldReads);
    previewed.details.insert(QStringLiteral("import_rows"), preview.value().expiredImportRows);
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), previewed); !added)
        return added.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return preview;
}

Result<RetentionJob> RetentionService::prepare(const Session& session,
                                               const RetentionOptions& options) {
    const std::optional<Permission> needed =
        options.scheduled ? std::nullopt : std::optional<Permission>(Permission::RunRetention);
    if (auto active = m_station.requireActive(session, needed); !active)
        return active.error();
    if (options.batchSize < 1)
        return Error(ErrorCode::InvalidArgument, RetentionText::badBatch());
    auto when = cutoff();
    if (!when)
        return when.error();
    return RetentionJob::make(m_station.store(), m_station.auditLog(), session.actor(),
                              when.value(), options);
}

Result<RetentionResult> RetentionService::run(const Session& session,
                                              const RetentionOptions& options) {
    auto job = prepare(session, options);
    if (!job)
        return job.error();
    return job.value().run();
}

Result<bool> RetentionService::scheduledRunDue(const Session& session) {
    if (auto active = m_station.requireActive(session); !active)
        return active.error();
    auto stmt = m_station.database().prepare(
        "SELECT max(time_utc) FROM audit_events WHERE action = ?1 AND target_kind = 'run'");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, AuditAction::retentionPurged());
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value() || stmt.value().isNull(0))
        return true;
    const QDateTime last = TimeFormat::fromStorage(stmt.value().text(0));
    return !last.isValid() || last.addDays(1) <= m_station.clock().nowUtc();
}

} // namespace pl::core
