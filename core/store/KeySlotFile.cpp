#include "core/store/KeySlotFile.h"

#include "core/common/TimeFormat.h"
#include "core/crypto/SealedBox.h"
#include "core/crypto/Sodium.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace pl::core {

namespace {

const QByteArray kMagic = QByteArrayLiteral("PLATELEDGER-KEYSLOTS ");
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

class KeySlotText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::KeySlotFile)
public:
    static QString missing(const QString& path) {
        return tr("The key-slot file %1 is missing. The store cannot be opened without it; "
                  "restore it from the backup made with the store.")
            .arg(path);
    }
    static QString unreadable(const QString& path, const QString& why) {
        return tr("The key-slot file %1 cannot be read: %2").arg(path, why);
    }
    static QString corrupt(const QString& path) {
        return tr("The key-slot file %1 is damaged (its checksum or structure is wrong). "
                  "Restore it from the backup made with the store.")
            .arg(path);
    }
    static QString tooNew(const QString& path, int version) {
        return tr("The key-slot file %1 has format version %2, which this version of "
                  "PlateLedger does not know. Use a newer PlateLedger.")
            .arg(path)
            .arg(version);
    }
    static QString cannotWrite(const QString& path, const QString& why) {
        return tr("The key-slot file %1 cannot be written: %2").arg(path, why);
    }
    static QString locked(const QString& path) {
        return tr("The key-slot file %1 is locked by another PlateLedger program; "
                  "try again in a moment.")
            .arg(path);
    }
};

QString hex(const QByteArray& data) {
    return QString::fromLatin1(data.toHex());
}

QByteArray unhex(const QJsonValue& value) {
    return QByteArray::fromHex(value.toString().toLatin1());
}

QJsonObject kdfToJson(const KdfParams& kdf) {
    return QJsonObject{{QStringLiteral("ops"), static_cast<qint64>(kdf.opsLimit)},
                       {QStringLiteral("mem"), static_cast<qint64>(kdf.memLimitBytes)}};
}

KdfParams kdfFromJson(const QJsonObject& object) {
    return {static_cast<quint64>(object.value(QStringLiteral("ops")).toInteger()),
            static_cast<quint64>(object.value(QStringLiteral("mem")).toInteger())};
}

QString normalisedName(const QString& userName) {
    return userName.trimmed().toCaseFolded();
}

} // namespace

QString KeySlotFile::pathForDatabase(const QString& databasePath) {
    return databasePath + QStringLiteral(".keys");
}

KeySlotFile KeySlotFile::create(QByteArray storeId, QByteArray eventPublicKey,
                                KdfParams newSlotKdf) {
    KeySlotFile file;
    file.m_storeId = std::move(storeId);
    file.m_nameKey = Sodium::randomBytes(32);
    file.m_eventPublicKey = std::move(eventPublicKey);
    file.m_newSlotKdf = newSlotKdf;
    return file;
}

void KeySlotFile::setLockoutPolicy(int threshold, int minutes) {
    m_lockoutThreshold = threshold;
    m_lockoutMinutes = minutes;
}

QByteArray KeySlotFile::slotIdFor(const QString& userName) const {
    return Sodium::keyedHash(normalisedName(userName).toUtf8(), m_nameKey);
}

KeySlot* KeySlotFile::findSlot(const QString& userName) {
    const QByteArray id = slotIdFor(userName);
    for (KeySlot& slot : m_slots) {
        if (Sodium::constantTimeEquals(slot.id, id))
            return &slot;
    }
    return nullptr;
}

const KeySlot* KeySlotFile::findSlot(const QString& userName) const {
    return const_cast<KeySlotFile*>(this)->findSlot(userName);
}

void KeySlotFile::putSlot(const KeySlot& slot) {
    for (KeySlot& existing : m_slots) {
        if (existing.id == slot.id) {
            existing = slot;
            return;
        }
    }
    m_slots.append(slot);
}

void KeySlotFile::addPendingEvent(const QByteArray& sealed) {
    if (m_pendingEvents.size() >= kMaxPendingEvents) {
        ++m_droppedPendingEvents;
        return;
    }
    m_pendingEvents.append(sealed);
}

void KeySlotFile::removePendingEvents(const QList<QByteArray>& ingested, int droppedReported) {
    for (const QByteArray& sealed : ingested)
        m_pendingEvents.removeOne(sealed);
    m_droppedPendingEvents = qMax(0, m_droppedPendingEvents - droppedReported);
}

QByteArray KeySlotFile::serializeBody() const {
    QJsonArray slots;
    for (const KeySlot& slot : m_slots) {
        QJsonObject object{
            {QStringLiteral("id"), hex(slot.id)},
            {QStringLiteral("state"),
             slot.active ? QStringLiteral("active") : QStringLiteral("deactivated")},
            {QStringLiteral("failures"), slot.failedAttempts},
            {QStringLiteral("locked_until"), TimeFormat::toStorage(slot.lockedUntil)}};
        if (slot.active) {
            object.insert(QStringLiteral("kdf"), kdfToJson(slot.wrapped.kdf));
            object.insert(QStringLiteral("salt"), hex(slot.wrapped.salt));
            object.insert(QStringLiteral("nonce"), hex(slot.wrapped.nonce));
            object.insert(QStringLiteral("wrapped"), hex(slot.wrapped.ciphertext));
        }
        slots.append(object);
    }
    QJsonArray pending;
    for (const QByteArray& event : m_pendingEvents)
        pending.append(QString::fromLatin1(event.toBase64()));

    const QJsonObject body{
        {QStringLiteral("store_id"), hex(m_storeId)},
        {QStringLiteral("database_salt"), hex(m_databaseSalt)},
        {QStringLiteral("name_key"), hex(m_nameKey)},
        {QStringLiteral("event_public_key"), hex(m_eventPublicKey)},
        {QStringLiteral("new_slot_kdf"), kdfToJson(m_newSlotKdf)},
        {QStringLiteral("lockout"), QJsonObject{{QStringLiteral("threshold"), m_lockoutThreshold},
                                                {QStringLiteral("minutes"), m_lockoutMinutes}}},
        {QStringLiteral("slots"), slots},
        {QStringLiteral("pending_events"), pending},
        {QStringLiteral("dropped_events"), m_droppedPendingEvents},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Indented);
}

Result<KeySlotFile> KeySlotFile::parseBody(const QByteArray& body) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(ErrorCode::KeySlotCorrupt, QString());
    const QJsonObject root = document.object();

    KeySlotFile file;
    file.m_storeId = unhex(root.value(QStringLiteral("store_id")));
    file.m_databaseSalt = unhex(root.value(QStringLiteral("database_salt")));
    file.m_nameKey = unhex(root.value(QStringLiteral("name_key")));
    file.m_eventPublicKey = unhex(root.value(QStringLiteral("event_public_key")));
    file.m_newSlotKdf = kdfFromJson(root.value(QStringLiteral("new_slot_kdf")).toObject());
    const QJsonObject lockout = root.value(QStringLiteral("lockout")).toObject();
    file.m_lockoutThreshold = lockout.value(QStringLiteral("threshold")).toInt(5);
    file.m_lockoutMinutes = lockout.value(QStringLiteral("minutes")).toInt(10);
    file.m_droppedPendingEvents = root.value(QStringLiteral("dropped_events")).toInt();
    if (file.m_storeId.size() != 16 || file.m_nameKey.size() != 32 ||
        !SealedBox::isValidPublicKey(file.m_eventPublicKey) || !file.m_newSlotKdf.isWithinLimits())
        return Error(ErrorCode::KeySlotCorrupt, QString());

    for (const QJsonValue& value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject object = value.toObject();
        KeySlot slot;
        slot.id = unhex(object.value(QStringLiteral("id")));
        slot.active = object.value(QStringLiteral("state")).toString() == QStringLiteral("active");
        slot.failedAttempts = object.value(QStringLiteral("failures")).toInt();
        slot.lockedUntil =
            TimeFormat::fromStorage(object.value(QStringLiteral("locked_until")).toString());
        if (slot.active) {
            slot.wrapped.kdf = kdfFromJson(object.value(QStringLiteral("kdf")).toObject());
            slot.wrapped.salt = unhex(object.value(QStringLiteral("salt")));
            slot.wrapped.nonce = unhex(object.value(QStringLiteral("nonce")));
            slot.wrapped.ciphertext = unhex(object.value(QStringLiteral("wrapped")));
            if (!slot.wrapped.isWellFormed())
                return Error(ErrorCode::KeySlotCorrupt, QString());
        }
        if (slot.id.size() != 32)
            return Error(ErrorCode::KeySlotCorrupt, QString());
        file.m_slots.append(slot);
    }
    for (const QJsonValue& value : root.value(QStringLiteral("pending_events")).toArray())
        file.m_pendingEvents.append(QByteArray::fromBase64(value.toString().toLatin1()));
    return file;
}

Result<KeySlotFile> KeySlotFile::read(const QString& path) {
    QFile in(path);
    if (!in.exists())
        return Error(ErrorCode::KeySlotMissing, KeySlotText::missing(path));
    if (!in.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, KeySlotText::unreadable(path, in.errorString()));
    if (in.size() > kMaxFileSize)
        return Error(ErrorCode::KeySlotCorrupt, KeySlotText::corrupt(path));
    return parse(in.readAll(), path);
}

QByteArray KeySlotFile::frame(const QByteArray& body) {
    return kMagic + QByteArray::number(kFormatVersion) + '\n' + Sodium::sha256(body).toHex() +
           '\n' + body;
}

Result<KeySlotFile> KeySlotFile::parse(const QByteArray& content, const QString& path) {
    // Line 1: magic and version; line 2: SHA-256 of the body; then the body.
    const qsizetype firstBreak = content.indexOf('\n');
    const qsizetype secondBreak = firstBreak < 0 ? -1 : content.indexOf('\n', firstBreak + 1);
    if (!content.startsWith(kMagic) || secondBreak < 0)
        return Error(ErrorCode::KeySlotCorrupt, KeySlotText::corrupt(path));
    bool versionOk = false;
    const int version =
        content.mid(kMagic.size(), firstBreak - kMagic.size()).trimmed().toInt(&versionOk);
    if (!versionOk || version < 1)
        return Error(ErrorCode::KeySlotCorrupt, KeySlotText::corrupt(path));
    if (version > kFormatVersion)
        return Error(ErrorCode::KeySlotCorrupt, KeySlotText::tooNew(path, version));
    const QByteArray checksum =
        QByteArray::fromHex(content.mid(firstBreak + 1, secondBreak - firstBreak - 1));
    const QByteArray body = content.mid(secondBreak + 1);
    if (checksum != Sodium::sha256(body))
        return Error(ErrorCode::KeySlotCorrupt, KeySlotText::corrupt(path));

    auto parsed = parseBody(body);
    if (!parsed)
        return Error(ErrorCode::KeySlotCorrupt, KeySlotText::corrupt(path));
    return parsed;
}

Status KeySlotFile::write(const QString& path) const {
    const QByteArray body = serializeBody();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, KeySlotText::cannotWrite(path, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(frame(body));
    if (!out.commit())
        return Error(ErrorCode::Io, KeySlotText::cannotWrite(path, out.errorString()));
    return {};
}

Status KeySlotFile::update(const QString& path, const std::function<Status(KeySlotFile&)>& change) {
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return Error(ErrorCode::Busy, KeySlotText::locked(path));
    auto file = read(path);
    if (!file)
        return file.error();
    if (auto changed = change(file.value()); !changed)
        return changed;
    return file.value().write(path);
}

} // namespace pl::core
