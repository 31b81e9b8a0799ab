#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/policy/Policy.h"

namespace pl::core {

class Station;

// Changes to policy values: administrators only, each change audited with
// the old and new value in the same transaction.
class PolicyService {
public:
    explicit PolicyService(Station& station);

    Status set(const Session& session, const QString& key, int value);
    // The lockout values are needed before login, so the key-slot file keeps a
    // copy; this restores it from the store (audited when it differed).
    Status syncKeySlotMirror(const Session& session);

private:
    Station& m_station;
};

} // namespace pl::core
