#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>

namespace pl::core {

// Seals secrets the store keeps for the station (a camera's password) with a
// key derived from the store key, so they never sit in a table in clear and
// are bound to this store: a row copied to another store does not open.
class CredentialCipher {
public:
    // storeKey: the store's 256-bit key. Keeps only a derived key.
    explicit CredentialCipher(const SecretBytes& storeKey);

    bool isValid() const { return !m_key.isEmpty(); }
    // nonce + ciphertext.
    Result<QByteArray> seal(const SecretBytes& secret) const;
    Result<SecretBytes> open(const QByteArray& sealed) const;

private:
    SecretBytes m_key;
};

} // namespace pl::core
