#pragma once

#include "core/accounts/Session.h"
#include "core/audit/AuditLog.h"
#include "core/common/Result.h"

#include <functional>

namespace pl::core {

class Station;

// The audit trail as people use it: verifying the chain and reading events
// are themselves audited, and only roles allowed to see the trail may.
class AuditTrail {
public:
    explicit AuditTrail(Station& station);

    // Verifies the whole chain and records the result (audit.verified).
    Result<AuditVerification> verify(const Session& session,
                                     const std::function<bool(qint64, qint64)>& progress = {});
    // Newest first. Recorded as audit.viewed in the same transaction.
    Result<QList<AuditEvent>> events(const Session& session, int limit, qint64 beforeSeq = 0);

private:
    Station& m_station;
};

} // namespace pl::core
