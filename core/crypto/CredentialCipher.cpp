#include "core/crypto/CredentialCipher.h"

#include "core/crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace pl::core {

namespace {

class CredentialText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::CredentialCipher)
public:
    static QString noKey() { return tr("The store key is not available to seal credentials."); }
    static QString cannotOpen() {
        return tr("Stored credentials cannot be opened; enter them again.");
    }
};

// Subkey 1 of the store key in the "plcreds1" context (crypto_kdf).
constexpr char kContext[crypto_kdf_CONTEXTBYTES + 1] = "plcreds1";
constexpr quint64 kSubkeyId = 1;

} // namespace

CredentialCipher::CredentialCipher(const SecretBytes& storeKey) {
    if (!Sodium::initialize() || storeKey.size() != crypto_kdf_KEYBYTES)
        return;
    SecretBytes key(crypto_secretbox_KEYBYTES);
    if (crypto_kdf_derive_from_key(key.data(), key.size(), kSubkeyId, kContext, storeKey.data()) ==
        0)
        m_key = std::move(key);
}

Result<QByteArray> CredentialCipher::seal(const SecretBytes& secret) const {
    if (!isValid())
        return Error(ErrorCode::Crypto, CredentialText::noKey());
    QByteArray out = Sodium::randomBytes(crypto_secretbox_NONCEBYTES);
    out.resize(static_cast<qsizetype>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES +
                                      secret.size()));
    auto* bytes = reinterpret_cast<unsigned char*>(out.data());
    crypto_secretbox_easy(bytes + crypto_secretbox_NONCEBYTES, secret.data(), secret.size(), bytes,
                          m_key.data());
    return out;
}

Result<SecretBytes> CredentialCipher::open(const QByteArray& sealed) const {
    if (!isValid())
        return Error(ErrorCode::Crypto, CredentialText::noKey());
    constexpr qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (sealed.size() < overhead)
        return Error(ErrorCode::Crypto, CredentialText::cannotOpen());
    const auto* bytes = reinterpret_cast<const unsigned char*>(sealed.constData());
    SecretBytes plain(static_cast<size_t>(sealed.size() - overhead));
    if (crypto_secretbox_open_easy(plain.data(), bytes + crypto_secretbox_NONCEBYTES,
                                   static_cast<unsigned long long>(sealed.size()) -
                                       crypto_secretbox_NONCEBYTES,
                                   bytes, m_key.data()) != 0)
        return Error(ErrorCode::Crypto, CredentialText::cannotOpen());
    return plain;
}

} // namespace pl::core
