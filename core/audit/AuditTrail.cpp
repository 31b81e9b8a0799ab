#include "core/audit/AuditTrail.h"

#include "core/audit/AuditAction.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

namespace pl::core {

AuditTrail::AuditTrail(Station& station)
    : m_station(station) {}

AuditVerificationJob::AuditVerificationJob(const Store& store, const AuditLog& log,
                                           AuditActor actor, QString client)
    : m_store(&store)
    , m_log(&log)
    , m_actor(std::move(actor))
    , m_client(std::move(client)) {}

Result<AuditVerification>
AuditVerificationJob::run(const std::function<bool(qint64, qint64)>& progress) const {
    auto connection = m_store->openConnection();
    if (!connection)
        return connection.error();
    Database& db = *connection.value();
    auto result = AuditLog::verify(db, progress);
    if (!result)
        return result.error();

    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const AuditVerification& verification = result.value();
    AuditRecord verified{AuditAction::auditVerified(),
                         verification.intact ? AuditOutcome::Success : AuditOutcome::Failure};
    verified.details.insert(QStringLiteral("intact"), verification.intact);
    verified.details.insert(QStringLiteral("events_checked"), verification.eventsChecked);
    verified.details.insert(QStringLiteral("head_seq"), verification.head.seq);
    verified.details.insert(QStringLiteral("head_sha256"),
                            QString::fromLatin1(verification.head.hash.toHex()));
    verified.details.insert(QStringLiteral("client"), m_client);
    if (!verification.intact) {
        verified.details.insert(QStringLiteral("first_broken_seq"), verification.firstBrokenSeq);
        verified.details.insert(QStringLiteral("problem"), verification.problem);
        verified.details.insert(QStringLiteral("break"), auditBreakName(verification.breakKind));
    }
    if (auto added = m_log->append(tx.value(), m_actor, verified); !added)
        return added.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return result;
}

Result<AuditVerificationJob> AuditTrail::prepareVerification(const Session& session) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    return AuditVerificationJob(m_station.store(), m_station.auditLog(), session.actor(),
                                session.clientName());
}

Result<AuditVerification> AuditTrail::verify(const Session& session,
                                             const std::function<bool(qint64, qint64)>& progress) {
    auto job = prepareVerification(session);
    if (!job)
        return job.error();
    return job.value().run(progress);
}

Result<QList<AuditEvent>> AuditTrail::events(const Session& session, int limit, qint64 beforeSeq) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    auto tx = Transaction::begin(m_station.database());
    if (!tx)
        return tx.error();
    auto events = AuditLog::events(m_station.database(), limit, beforeSeq);
    if (!events)
        return events.error();
    AuditRecord viewed{AuditAction::auditViewed(), AuditOutcome::Success};
    viewed.details.insert(QStringLiteral("events_shown"), static_cast<int>(events.value().size()));
    if (!events.value().isEmpty()) {
        viewed.details.insert(QStringLiteral("from_seq"), events.value().last().seq);
        viewed.details.insert(QStringLiteral("to_seq"), events.value().first().seq);
    }
    viewed.details.insert(QStringLiteral("client"), session.clientName());
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), viewed); !added)
        return added.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return events;
}

} // namespace pl::core
