#include "core/crypto/SealedBox.h"

#include "core/crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace pl::core {

namespace {
class SealedBoxText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::SealedBox)
public:
    static QString badKey() { return tr("The store's event key is malformed."); }
    static QString cannotOpen() { return tr("A sealed event could not be decrypted."); }
};
} // namespace

Result<SealedBox::KeyPair> SealedBox::generateKeyPair() {
    if (auto started = Sodium::initialize(); !started)
        return started.error();
    KeyPair pair{QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized),
                 SecretBytes(crypto_box_SECRETKEYBYTES)};
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                       pair.secretKey.data());
    return pair;
}

bool SealedBox::isValidPublicKey(const QByteArray& publicKey) {
    return publicKey.size() == crypto_box_PUBLICKEYBYTES;
}

Result<QByteArray> SealedBox::seal(const QByteArray& message, const QByteArray& publicKey) {
    if (auto started = Sodium::initialize(); !started)
        return started.error();
    if (!isValidPublicKey(publicKey))
        return Error(ErrorCode::KeySlotCorrupt, SealedBoxText::badKey());
    QByteArray out(static_cast<qsizetype>(crypto_box_SEALBYTES) + message.size(),
                   Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()),
                    reinterpret_cast<const unsigned char*>(message.constData()),
                    static_cast<unsigned long long>(message.size()),
                    reinterpret_cast<const unsigned char*>(publicKey.constData()));
    return out;
}

Result<QByteArray> SealedBox::open(const QByteArray& sealed, const QByteArray& publicKey,
                                   const SecretBytes& secretKey) {
    if (!isValidPublicKey(publicKey) || secretKey.size() != crypto_box_SECRETKEYBYTES)
        return Error(ErrorCode::Crypto, SealedBoxText::badKey());
    if (sealed.size() < static_cast<qsizetype>(crypto_box_SEALBYTES))
        return Error(ErrorCode::Crypto, SealedBoxText::cannotOpen());
    QByteArray out(sealed.size() - static_cast<qsizetype>(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(out.data()),
                             reinterpret_cast<const unsigned char*>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char*>(publicKey.constData()),
                             secretKey.data()) != 0)
        return Error(ErrorCode::Crypto, SealedBoxText::cannotOpen());
    return out;
}

} // namespace pl::core
