#include "core/crypto/KdfParams.h"

#include <sodium.h>

namespace pl::core {

KdfParams KdfParams::standard() {
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::minimal() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool KdfParams::isWithinLimits() const {
    // An upper bound too: a tampered file must not make us allocate gigabytes.
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= crypto_pwhash_OPSLIMIT_SENSITIVE &&
           memLimitBytes >= crypto_pwhash_MEMLIMIT_MIN &&
           memLimitBytes <= crypto_pwhash_MEMLIMIT_SENSITIVE;
}

} // namespace pl::core
