#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/store/Database.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace pl::tests {

// A store's files as someone holding a copy of them sees them: raw bytes, and
// a SQLCipher connection opened with the key from a user's slot but without
// Station, so tests can damage or inspect what the services protect.
class RawStore {
public:
    static constexpr qint64 kPageSize = 4096;

    // Empty for a file that does not exist.
    static QByteArray readFile(const QString& path);
    static QByteArray fileSha256(const QString& path);
    static bool writeFile(const QString& path, const QByteArray& content);
    // Inverts length bytes at offset.
    static bool flipBytes(const QString& path, qint64 offset, qint64 length);

    // The database key, unwrapped from userName's slot in <storePath>.keys.
    static core::Result<core::SecretBytes>
    unwrapKey(const QString& storePath, const QString& userName, const QString& password);
    static core::Result<std::unique_ptr<core::Database>>
    openKeyed(const QString& storePath, const QString& userName, const QString& password);
};

} // namespace pl::tests
