#pragma once

#include "core/common/Result.h"
#include "core/crypto/KdfParams.h"
#include "core/crypto/KeyWrap.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace pl::core {

// One user's way into the store: the database key wrapped with that user's
// password, and the failed-attempt state that must be readable before the
// store can be opened.
struct KeySlot {
    QByteArray id; // keyed hash of the normalised user name, never the name
    bool active = true;
    WrappedKey wrapped; // empty when the account is deactivated
    int failedAttempts = 0;
    QDateTime lockedUntil;
};

// The key-slot file beside the database (<store>.keys). It holds nothing that
// identifies a person: slots are named by a keyed hash, and events recorded
// before login (failed attempts) are sealed to the store's public key.
//
// Format: a magic line, the SHA-256 of the body, then a JSON body. Every
// change is a locked read-modify-write (update()) and an atomic replace.
class KeySlotFile {
public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kMaxPendingEvents = 5000;

    static QString pathForDatabase(const QString& databasePath);

    // A new file for a new store.
    static KeySlotFile create(QByteArray storeId, QByteArray eventPublicKey, KdfParams newSlotKdf);
    static Result<KeySlotFile> read(const QString& path);
    // The contents of a key-slot file; path only names it in messages.
    static Result<KeySlotFile> parse(const QByteArray& content, const QString& path);
    // Magic line and checksum around a body, as written to disk.
    static QByteArray frame(const QByteArray& body);
    Status write(const QString& path) const;
    // Locks the file against other PlateLedger processes, reads it, applies
    // change and writes the result if change succeeded.
    static Status update(const QString& path, const std::function<Status(KeySlotFile&)>& change);

    const QByteArray& storeId() const { return m_storeId; }
    const QByteArray& databaseSalt() const { return m_databaseSalt; }
    void setDatabaseSalt(const QByteArray& salt) { m_databaseSalt = salt; }
    const QByteArray& eventPublicKey() const { return m_eventPublicKey; }

    KdfParams newSlotKdf() const { return m_newSlotKdf; }
    int lockoutThreshold() const { return m_lockoutThreshold; }
    int lockoutMinutes() const { return m_lockoutMinutes; }
    void setLockoutPolicy(int threshold, int minutes);

    QByteArray slotIdFor(const QString& userName) const;
    KeySlot* findSlot(const QString& userName);
    const KeySlot* findSlot(const QString& userName) const;
    void putSlot(const KeySlot& slot);
    const QList<KeySlot>& slots() const { return m_slots; }

    // Sealed events waiting to be written into the audit trail.
    void addPendingEvent(const QByteArray& sealed);
    const QList<QByteArray>& pendingEvents() const { return m_pendingEvents; }
    int droppedPendingEvents() const { return m_droppedPendingEvents; }
    // Removes events that were written to the trail (matched by content, as
    // others may have been added meanwhile) and the count of lost ones reported.
    void removePendingEvents(const QList<QByteArray>& ingested, int droppedReported);

private:
    QByteArray serializeBody() const;
    static Result<KeySlotFile> parseBody(const QByteArray& body);

    QByteArray m_storeId;
    QByteArray m_databaseSalt;
    QByteArray m_nameKey;
    QByteArray m_eventPublicKey;
    KdfParams m_newSlotKdf;
    int m_lockoutThreshold = 5;
    int m_lockoutMinutes = 10;
    QList<KeySlot> m_slots;
    QList<QByteArray> m_pendingEvents;
    int m_droppedPendingEvents = 0;
};

} // namespace pl::core
