#pragma once

#include <QtGlobal>

namespace pl::core {

// Argon2id cost. Stored with every key slot, so the cost for new slots can
// change without breaking old ones.
struct KdfParams {
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    // About half a second on the station computer (see docs/benchmarks.md).
    static KdfParams standard();
    // The smallest cost libsodium accepts: only for tests that create many slots.
    static KdfParams minimal();
    bool isWithinLimits() const;

    friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

} // namespace pl::core
