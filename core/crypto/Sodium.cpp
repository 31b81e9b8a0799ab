#include "core/crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

#include <mutex>

namespace pl::core {

namespace {
class SodiumText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::Sodium)
public:
    static QString initFailed() { return tr("The cryptography library could not be started."); }
};
} // namespace

Status Sodium::initialize() {
    static std::once_flag once;
    static int result = -1;
    std::call_once(once, [] { result = sodium_init(); });
    if (result < 0)
        return Error(ErrorCode::Crypto, SodiumText::initFailed());
    return {};
}

QByteArray Sodium::randomBytes(int size) {
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<size_t>(out.size()));
    return out;
}

QByteArray Sodium::sha256(const QByteArray& data) {
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

QByteArray Sodium::keyedHash(const QByteArray& data, const QByteArray& key) {
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(
        reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(out.size()),
        reinterpret_cast<const unsigned char*>(data.constData()),
        static_cast<unsigned long long>(data.size()),
        reinterpret_cast<const unsigned char*>(key.constData()), static_cast<size_t>(key.size()));
    return out;
}

bool Sodium::constantTimeEquals(const QByteArray& a, const QByteArray& b) {
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

void Sodium::wipe(QByteArray& data) {
    if (!data.isEmpty() && !data.isDetached()) {
        // Shared data belongs to someone else too; only drop our reference.
        data.clear();
        return;
    }
    if (!data.isEmpty())
        sodium_memzero(data.data(), static_cast<size_t>(data.size()));
    data.clear();
}

void Sodium::wipe(void* data, size_t size) {
    if (data && size)
        sodium_memzero(data, size);
}

} // namespace pl::core
