#pragma once

#include <QDateTime>

namespace pl::core {

// Every rule that depends on time (lockout, password age, idle lock, training
// expiry, audit timestamps) asks a Clock, so tests can move time by hand.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override;
};

} // namespace pl::core
