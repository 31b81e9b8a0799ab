#include "core/station/PendingEvents.h"

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/common/TimeFormat.h"
#include "core/crypto/SealedBox.h"
#include "core/crypto/Sodium.h"
#include "core/store/KeySlotFile.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pl::core {

namespace {

const QString kSecretKeyName = QStringLiteral("event_secret_key");

std::optional<qint64> userIdForName(Database& db, const QString& name) {
    auto stmt = db.prepare("SELECT id FROM users WHERE name = ?1");
    if (!stmt)
        return std::nullopt;
    stmt.value().bind(1, name);
    auto row = stmt.value().step();
    if (!row || !row.value())
        return std::nullopt;
    return stmt.value().integer(0);
}

} // namespace

Status PendingEvents::add(KeySlotFile& file, const QDateTime& timeUtc, const QString& userName,
                          const AuditRecord& record) {
    const QJsonObject event{
        {QStringLiteral("id"), QString::fromLatin1(Sodium::randomBytes(16).toHex())},
        {QStringLiteral("time"), TimeFormat::toStorage(timeUtc)},
        {QStringLiteral("user_name"), userName},
        {QStringLiteral("action"), record.action},
        {QStringLiteral("outcome"), auditOutcomeName(record.outcome)},
        {QStringLiteral("target_kind"), record.targetKind},
        {QStringLiteral("target"), record.target},
        {QStringLiteral("reason"), record.reason},
        {QStringLiteral("details"), record.details},
    };
    auto sealed =
        SealedBox::seal(QJsonDocument(event).toJson(QJsonDocument::Compact), file.eventPublicKey());
    if (!sealed)
        return sealed.error();
    file.addPendingEvent(sealed.value());
    return {};
}

Status PendingEvents::ingest(Store& store, const AuditLog& audit, const QString& keySlotPath) {
    auto file = KeySlotFile::read(keySlotPath);
    if (!file)
        return file.error();
    const QList<QByteArray> pending = file.value().pendingEvents();
    const int dropped = file.value().droppedPendingEvents();
    if (pending.isEmpty() && dropped == 0)
        return {};

    auto secret = store.metaValue(kSecretKeyName);
    if (!secret)
        return secret.error();
    QByteArray secretBytes = secret.value();
    const SecretBytes secretKey = SecretBytes::takeFrom(secretBytes);

    Database& db = store.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    QList<QByteArray> done;
    for (const QByteArray& sealed : pending) {
        done.append(sealed);
        auto opened = SealedBox::open(sealed, file.value().eventPublicKey(), secretKey);
        const QJsonObject event =
            opened ? QJsonDocument::fromJson(opened.value()).object() : QJsonObject();
        const QByteArray id =
            QByteArray::fromHex(event.value(QStringLiteral("id")).toString().toLatin1());
        if (id.size() != 16) {
            // Not sealed by us: record that the key-slot file held junk.
            AuditRecord junk{AuditAction::eventsLost(), AuditOutcome::Failure};
            junk.details.insert(QStringLiteral("unreadable_events"), 1);
            if (auto added =
                    audit.append(tx.value(), {std::nullopt, QStringLiteral("system")}, junk);
                !added)
                return added.error();
            continue;
        }
        auto seen = db.prepare("SELECT 1 FROM ingested_events WHERE id = ?1");
        if (!seen)
            return seen.error();
        seen.value().bindBlob(1, id);
        auto already = seen.value().step();
        if (!already)
            return already.error();
        if (already.value())
            continue;

        const QString userName = event.value(QStringLiteral("user_name")).toString();
        AuditRecord record;
        record.action = event.value(QStringLiteral("action")).toString();
        const QString outcome = event.value(QStringLiteral("outcome")).toString();
        record.outcome = outcome == QStringLiteral("success")   ? AuditOutcome::Success
                         : outcome == QStringLiteral("refused") ? AuditOutcome::Refused
                                                                : AuditOutcome::Failure;
        record.targetKind = event.value(QStringLiteral("target_kind")).toString();
        record.target = event.value(QStringLiteral("target")).toString();
        record.reason = event.value(QStringLiteral("reason")).toString();
        record.details = event.value(QStringLiteral("details")).toObject();
        record.details.insert(QStringLiteral("recorded_before_login"), true);
        const QDateTime time =
            TimeFormat::fromStorage(event.value(QStringLiteral("time")).toString());
        if (auto added =
                audit.appendAt(tx.value(), {userIdForName(db, userName), userName}, record, time);
            !added)
            return added.error();
        auto mark = db.prepare("INSERT INTO ingested_events (id) VALUES (?1)");
        if (!mark)
            return mark.error();
        mark.value().bindBlob(1, id);
        if (auto marked = mark.value().run(); !marked)
            return marked;
    }
    if (dropped > 0) {
        AuditRecord lost{AuditAction::eventsLost(), AuditOutcome::Failure};
        lost.details.insert(QStringLiteral("events_not_recorded"), dropped);
        lost.reason = QStringLiteral("pending event limit reached");
        if (auto added = audit.append(tx.value(), {std::nullopt, QStringLiteral("system")}, lost);
            !added)
            return added.error();
    }
    if (auto committed = tx.value().commit(); !committed)
        return committed;

    // The trail has them now; a crash before this line only leaves copies
    // that ingested_events will skip next time.
    return KeySlotFile::update(keySlotPath, [&](KeySlotFile& current) -> Status {
        current.removePendingEvents(done, dropped);
        return {};
    });
}

} // namespace pl::core
