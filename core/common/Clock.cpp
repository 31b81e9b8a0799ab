#include "core/common/Clock.h"

namespace pl::core {

QDateTime SystemClock::nowUtc() const {
    return QDateTime::currentDateTimeUtc();
}

} // namespace pl::core
