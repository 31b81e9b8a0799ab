#include "core/audit/AuditTrail.h"

#include "core/audit/AuditAction.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

namespace pl::core {

AuditTrail::AuditTrail(Station& station)
    : m_station(station) {}

Result<AuditVerification> AuditTrail::verify(const Session& session,
                                             const std::function<bool(qint64, qint64)>& progress) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    auto result = AuditLog::verify(m_station.database(), progress);
    if (!result)
        return result.error();

    auto tx = Transaction::begin(m_station.database());
    if (!tx)
        return tx.error();
    AuditRecord verified{AuditAction::auditVerified(),
                         result.value().intact ? AuditOutcome::Success : AuditOutcome::Failure};
    verified.details.insert(QStringLiteral("intact"), result.value().intact);
    verified.details.insert(QStringLiteral("events_checked"), result.value().eventsChecked);
    verified.details.insert(QStringLiteral("head_seq"), result.value().head.seq);
    verified.details.insert(QStringLiteral("head_sha256"),
                            QString::fromLatin1(result.value().head.hash.toHex()));
    verified.details.insert(QStringLiteral("client"), session.clientName());
    if (!result.value().intact) {
        verified.details.insert(QStringLiteral("first_broken_seq"), result.value().firstBrokenSeq);
        verified.details.insert(QStringLiteral("problem"), result.value().problem);
    }
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), verified); !added)
        return added.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return result;
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
