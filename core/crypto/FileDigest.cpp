#include "core/crypto/FileDigest.h"

#include <QIODevice>

#include <openssl/evp.h>

#include <memory>

namespace pl::core {

std::optional<QByteArray> sha256Of(QIODevice& device) {
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return std::nullopt;
    QByteArray block(1 << 20, Qt::Uninitialized);
    while (true) {
        const qint64 got = device.read(block.data(), block.size());
        if (got < 0)
            return std::nullopt;
        if (got == 0)
            break;
        if (EVP_DigestUpdate(context.get(), block.constData(), static_cast<size_t>(got)) != 1)
            return std::nullopt;
    }
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char*>(digest.data()), &size) !=
        1)
        return std::nullopt;
    digest.resize(size);
    return digest;
}

} // namespace pl::core
