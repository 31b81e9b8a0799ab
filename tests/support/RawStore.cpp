#include "tests/support/RawStore.h"

#include "core/crypto/KeyWrap.h"
#include "core/store/KeySlotFile.h"

#include <QCryptographicHash>
#include <QFile>

namespace pl::tests {

QByteArray RawStore::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray RawStore::fileSha256(const QString& path) {
    if (!QFile::exists(path))
        return {};
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

bool RawStore::writeFile(const QString& path, const QByteArray& content) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

bool RawStore::flipBytes(const QString& path, qint64 offset, qint64 length) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || offset + length > file.size())
        return false;
    file.seek(offset);
    QByteArray bytes = file.read(length);
    for (char& byte : bytes)
        byte = static_cast<char>(~static_cast<unsigned char>(byte));
    file.seek(offset);
    return file.write(bytes) == length;
}

core::Result<core::SecretBytes>
RawStore::unwrapKey(const QString& storePath, const QString& userName, const QString& password) {
    auto slots = core::KeySlotFile::read(core::KeySlotFile::pathForDatabase(storePath));
    if (!slots)
        return slots.error();
    const core::KeySlot* slot = slots.value().findSlot(userName);
    if (!slot)
        return core::Error(core::ErrorCode::NotFound,
                           QStringLiteral("no key slot for %1").arg(userName));
    return core::KeyWrap::unwrap(slot->wrapped, core::SecretBytes::fromString(password));
}

core::Result<std::unique_ptr<core::Database>>
RawStore::openKeyed(const QString& storePath, const QString& userName, const QString& password) {
    auto key = unwrapKey(storePath, userName, password);
    if (!key)
        return key.error();
    auto db = core::Database::open(storePath, core::Database::OpenMode::ExistingOnly);
    if (!db)
        return db.error();
    if (auto keyed = db.value()->applyKey(key.value()); !keyed)
        return keyed.error();
    return db;
}

} // namespace pl::tests
