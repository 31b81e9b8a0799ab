#pragma once

#include "core/common/Result.h"
#include "core/station/Station.h"

#include <QString>

namespace pl::core {
class Clock;
}

namespace pl::bench {

// The store a benchmark works on: opened when the file exists (a store an
// earlier run filled and kept), otherwise created with a bench administrator
// and the cheapest key derivation. Either way the administrator is logged in
// with the consent text accepted.
struct BenchStore {
    core::StationLogin login;
    bool reused = false;
};

core::Result<BenchStore> openBenchStore(const QString& path, const core::Clock& clock);

} // namespace pl::bench
