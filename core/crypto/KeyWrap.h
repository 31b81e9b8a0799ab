#pragma once

#include "core/common/Result.h"
#include "core/crypto/KdfParams.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>

namespace pl::core {

// The database key sealed with a key derived from one user's password:
// Argon2id(password, salt) -> crypto_secretbox(key, nonce).
struct WrappedKey {
    KdfParams kdf;
    QByteArray salt;
    QByteArray nonce;
    QByteArray ciphertext;

    bool isWellFormed() const;
};

class KeyWrap {
public:
    static constexpr size_t kDatabaseKeySize = 32;

    static Result<WrappedKey> wrap(const SecretBytes& key, const SecretBytes& password,
                                   const KdfParams& kdf);
    // ErrorCode::WrongCredentials when the password does not open the slot.
    static Result<SecretBytes> unwrap(const WrappedKey& wrapped, const SecretBytes& password);
};

} // namespace pl::core
