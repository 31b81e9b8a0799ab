#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QString>

namespace pl::core {

// Minimum length and complexity for new passwords.
class PasswordPolicy {
public:
    static constexpr int kRequiredCharacterClasses = 3;

    static Status check(const SecretBytes& password, const QString& userName, int minimumLength);
    static QString describe(int minimumLength);
    // A random password that satisfies the default policy (19 characters from
    // an alphabet without look-alikes), for temporary and demo passwords.
    static QString generate();
};

} // namespace pl::core
