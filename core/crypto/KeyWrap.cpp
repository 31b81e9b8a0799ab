#include "core/crypto/KeyWrap.h"

#include "core/crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace pl::core {

namespace {

class KeyWrapText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::KeyWrap)
public:
    static QString outOfMemory() {
        return tr("Not enough memory to derive the key from the password.");
    }
    static QString badSlot() { return tr("The key slot is malformed."); }
    static QString wrongPassword() { return tr("Wrong user name or password."); }
};

Result<SecretBytes> deriveKey(const SecretBytes& password, const QByteArray& salt,
                              const KdfParams& kdf) {
    SecretBytes derived(crypto_secretbox_KEYBYTES);
    const int rc =
        crypto_pwhash(derived.data(), derived.size(), password.chars(), password.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), kdf.opsLimit,
                      static_cast<size_t>(kdf.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return Error(ErrorCode::Crypto, KeyWrapText::outOfMemory());
    return derived;
}

} // namespace

bool WrappedKey::isWellFormed() const {
    return kdf.isWithinLimits() && salt.size() == crypto_pwhash_SALTBYTES &&
           nonce.size() == crypto_secretbox_NONCEBYTES &&
           ciphertext.size() ==
               static_cast<int>(crypto_secretbox_MACBYTES + KeyWrap::kDatabaseKeySize);
}

Result<WrappedKey> KeyWrap::wrap(const SecretBytes& key, const SecretBytes& password,
                                 const KdfParams& kdf) {
    if (auto started = Sodium::initialize(); !started)
        return started.error();
    if (key.size() != kDatabaseKeySize || !kdf.isWithinLimits())
        return Error(ErrorCode::InvalidArgument, KeyWrapText::badSlot());

    WrappedKey out;
    out.kdf = kdf;
    out.salt = Sodium::randomBytes(crypto_pwhash_SALTBYTES);
    out.nonce = Sodium::randomBytes(crypto_secretbox_NONCEBYTES);
    auto derived = deriveKey(password, out.salt, kdf);
    if (!derived)
        return derived.error();
    out.ciphertext.resize(static_cast<qsizetype>(crypto_secretbox_MACBYTES + key.size()));
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(out.ciphertext.data()), key.data(),
                          key.size(), reinterpret_cast<const unsigned char*>(out.nonce.constData()),
                          derived.value().data());
    return out;
}

Result<SecretBytes> KeyWrap::unwrap(const WrappedKey& wrapped, const SecretBytes& password) {
    if (auto started = Sodium::initialize(); !started)
        return started.error();
    if (!wrapped.isWellFormed())
        return Error(ErrorCode::KeySlotCorrupt, KeyWrapText::badSlot());
    auto derived = deriveKey(password, wrapped.salt, wrapped.kdf);
    if (!derived)
        return derived.error();
    SecretBytes key(kDatabaseKeySize);
    const int rc = crypto_secretbox_open_easy(
        key.data(), reinterpret_cast<const unsigned char*>(wrapped.ciphertext.constData()),
        static_cast<unsigned long long>(wrapped.ciphertext.size()),
        reinterpret_cast<const unsigned char*>(wrapped.nonce.constData()), derived.value().data());
    if (rc != 0)
        return Error(ErrorCode::WrongCredentials, KeyWrapText::wrongPassword());
    return key;
}

} // namespace pl::core
