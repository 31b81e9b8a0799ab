#pragma once

#include "core/accounts/Session.h"
#include "core/audit/AuditLog.h"
#include "core/common/Result.h"

#include <functional>

namespace pl::core {

class AuditLog;
class Station;
class Store;

// A verification that may run on any thread: it opens its own connection to
// the store and records its result in the trail there. Made by AuditTrail,
// which checks the session first.
class AuditVerificationJob {
public:
    Result<AuditVerification> run(const std::function<bool(qint64, qint64)>& progress) const;

private:
    friend class AuditTrail;
    AuditVerificationJob(const Store& store, const AuditLog& log, AuditActor actor, QString client);

    const Store* m_store;
    const AuditLog* m_log;
    AuditActor m_actor;
    QString m_client;
};

// The audit trail as people use it: verifying the chain and reading events
// are themselves audited, and only roles allowed to see the trail may.
class AuditTrail {
public:
    explicit AuditTrail(Station& station);

    // Verifies the whole chain and records the result (audit.verified).
    Result<AuditVerification> verify(const Session& session,
                                     const std::function<bool(qint64, qint64)>& progress = {});
    // The same, to run off the calling thread: the session is checked now.
    Result<AuditVerificationJob> prepareVerification(const Session& session);
    // Newest first. Recorded as audit.viewed in the same transaction.
    Result<QList<AuditEvent>> events(const Session& session, int limit, qint64 beforeSeq = 0);

private:
    Station& m_station;
};

} // namespace pl::core
