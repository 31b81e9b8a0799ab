#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>

namespace pl::core {

// Anonymous public-key encryption (crypto_box_seal). Used for events that
// happen before anyone can open the store, such as a failed login: anyone can
// seal them with the store's public key, only an open store can read them.
class SealedBox {
public:
    struct KeyPair {
        QByteArray publicKey;
        SecretBytes secretKey;
    };

    static Result<KeyPair> generateKeyPair();
    static Result<QByteArray> seal(const QByteArray& message, const QByteArray& publicKey);
    static Result<QByteArray> open(const QByteArray& sealed, const QByteArray& publicKey,
                                   const SecretBytes& secretKey);
    static bool isValidPublicKey(const QByteArray& publicKey);
};

} // namespace pl::core
