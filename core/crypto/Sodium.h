#pragma once

#include "core/common/Result.h"

#include <QByteArray>

namespace pl::core {

// libsodium start-up and the small primitives the store needs. Everything that
// calls libsodium goes through core/crypto so failures become Errors here.
class Sodium {
public:
    // Safe to call from any thread, any number of times.
    static Status initialize();
    static QByteArray randomBytes(int size);
    static QByteArray sha256(const QByteArray& data);
    // Keyed BLAKE2b, used to name key slots without writing user names to disk.
    static QByteArray keyedHash(const QByteArray& data, const QByteArray& key);
    static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
    // Overwrites the bytes of a buffer we are about to drop.
    static void wipe(QByteArray& data);
    static void wipe(void* data, size_t size);
};

} // namespace pl::core
