#include "core/hotlist/AlertService.h"

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class AlertText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::AlertService)
public:
    static QString notFound(qint64 id) { return tr("You have no alert %1.").arg(id); }
    static QString alreadyAcknowledged(qint64 id) {
        return tr("Alert %1 was already acknowledged.").arg(id);
    }
};

const char* const kAlertColumns =
    "SELECT a.id, a.kind, a.entry_id, e.plate, COALESCE(e.state, ''), e.category, "
    "e.case_number, e.reason, COALESCE(l.name, ''), a.owner_id, a.read_id, "
    "COALESCE(a.read_plate, ''), COALESCE(a.read_state, ''), a.read_time_ms, "
    "COALESCE(a.device_name, ''), a.created_utc, a.shown_utc, a.acknowledged_utc, "
    "COALESCE(a.acknowledged_note, '') FROM alerts a "
    "JOIN hotlist_entries e ON e.id = a.entry_id LEFT JOIN hotlist_lists l ON l.id = e.list_id ";

QDateTime optionalTime(const Statement& row, int column) {
    return row.isNull(column) ? QDateTime() : TimeFormat::fromStorage(row.text(column));
}

HotListAlert alertFromRow(const Statement& row) {
    HotListAlert a;
    a.id = row.integer(0);
    a.kind = row.text(1) == QLatin1String("possible") ? HotListAlert::Kind::Possible
                                                      : HotListAlert::Kind::Hit;
    a.entryId = row.integer(2);
    a.entryPlate = row.text(3);
    a.entryState = row.text(4);
    a.category = row.text(5);
    a.caseNumber = row.text(6);
    a.entryReason = row.text(7);
    a.listName = row.text(8);
    a.ownerId = row.integer(9);
    a.readId = row.optionalInteger(10);
    a.readPlate = row.text(11);
    a.readState = row.text(12);
    if (!row.isNull(13))
        a.readTimeUtc = QDateTime::fromMSecsSinceEpoch(row.integer(13), Qt::UTC);
    a.deviceName = row.text(14);
    a.createdUtc = TimeFormat::fromStorage(row.text(15));
    a.shownUtc = optionalTime(row, 16);
    a.acknowledgedUtc = optionalTime(row, 17);
    a.acknowledgedNote = row.text(18);
    return a;
}

AuditRecord alertRecord(const QString& action, const HotListAlert& a) {
    AuditRecord record{action, AuditOutcome::Success, QStringLiteral("alert"),
                       QString::number(a.id)};
    record.caseNumber = a.caseNumber;
    record.details.insert(QStringLiteral("entry_id"), a.entryId);
    record.details.insert(QStringLiteral("kind"), HotListAlert::kindName(a.kind));
    record.details.insert(QStringLiteral("plate"), a.readPlate);
    if (a.readId)
        record.details.insert(QStringLiteral("read_id"), *a.readId);
    return record;
}

} // namespace

AlertService::AlertService(Station& station)
    : m_station(station) {}

Result<QList<HotListAlert>> AlertService::inbox(const Session& session, bool includeAcknowledged) {
    if (auto active = m_station.requireActive(session); !active)
        return active.error();
    auto stmt = m_station.database().prepare(
        QByteArray(QByteArray(kAlertColumns) +
                   "WHERE a.owner_id = ?1 AND (?2 = 1 OR a.acknowledged_utc IS NULL) "
                   "ORDER BY a.id DESC")
            .constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, session.userId).bind(2, includeAcknowledged);
    return stmt.value().collect<HotListAlert>(alertFromRow);
}

Result<QList<HotListAlert>> AlertService::newSince(const Session& session, qint64 afterId) {
    if (auto active = m_station.requireActive(session); !active)
        return active.error();
    auto stmt = m_station.database().prepare(
        QByteArray(QByteArray(kAlertColumns) +
                   "WHERE a.owner_id = ?1 AND a.id > ?2 AND a.acknowledged_utc IS NULL "
                   "ORDER BY a.id")
            .constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, session.userId).bind(2, afterId);
    return stmt.value().collect<HotListAlert>(alertFromRow);
}

Result<int> AlertService::unacknowledgedCount(const Session& session) {
    if (auto active = m_station.requireActive(session); !active)
        return active.error();
    auto stmt = m_station.database().prepare(
        "SELECT COUNT(*) FROM alerts WHERE owner_id = ?1 AND acknowledged_utc IS NULL");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, session.userId);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    return static_cast<int>(stmt.value().integer(0));
}

Result<HotListAlert> AlertService::alert(const Session& session, qint64 alertId) {
    if (auto active = m_station.requireActive(session); !active)
        return active.error();
    Database& db = m_station.database();
    auto stmt = db.prepare(QByteArray(QByteArray(kAlertColumns) + "WHERE a.id = ?1").constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, alertId);
    auto found = stmt.value().collect<HotListAlert>(alertFromRow);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error(ErrorCode::NotFound, AlertText::notFound(alertId));
    if (found.value().first().ownerId != session.userId) {
        // Someone asked for another officer's alert: they learn nothing, and
        // the attempt is on record.
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        AuditRecord refused{AuditAction::alertShown(), AuditOutcome::Refused,
                            QStringLiteral("alert"), QString::number(alertId)};
        refused.reason = QStringLiteral("not the owner");
        if (auto added = m_station.auditLog().append(tx.value(), session.actor(), refused); !added)
            return added.error();
        if (auto committed = tx.value().commit(); !committed)
            return committed.error();
        return Error(ErrorCode::NotFound, AlertText::notFound(alertId));
    }
    return found.value().first();
}

Status AlertService::markShown(const Session& session, const QList<qint64>& alertIds) {
    if (auto active = m_station.requireActive(session); !active)
        return active.error();
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QDateTime now = m_station.clock().nowUtc();
    auto select =
        db.prepare(QByteArray(QByteArray(kAlertColumns) + "WHERE a.id = ?1 AND a.owner_id = ?2 AND "
                                                          "a.shown_utc IS NULL")
                       .constData());
    if (!select)
        return select.error();
    auto update = db.prepare("UPDATE alerts SET shown_utc = ?1 WHERE id = ?2");
    if (!update)
        return update.error();
    for (qint64 id : alertIds) {
        select.value().reset();
        select.value().bind(1, id).bind(2, session.userId);
        auto found = select.value().collect<HotListAlert>(alertFromRow);
        if (!found)
            return found.error();
        if (found.value().isEmpty())
            continue;
        update.value().reset();
        update.value().bind(1, TimeFormat::toStorage(now)).bind(2, id);
        if (auto stored = update.value().run(); !stored)
            return stored.error();
        if (auto added = m_station.auditLog().append(
                tx.value(), session.actor(),
                alertRecord(AuditAction::alertShown(), found.value().first()));
            !added)
            return added.error();
    }
    return tx.value().commit();
}

Status AlertService::acknowledge(const Session& session, qint64 alertId, const QString& note) {
    auto found = alert(session, alertId);
    if (!found)
        return found.error();
    if (found->isAcknowledged())
        return Error(ErrorCode::InvalidArgument, AlertText::alreadyAcknowledged(alertId));
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QDateTime now = m_station.clock().nowUtc();
    auto update = db.prepare("UPDATE alerts SET acknowledged_utc = ?1, acknowledged_note = ?2, "
                             "shown_utc = COALESCE(shown_utc, ?1) WHERE id = ?3 AND owner_id = ?4 "
                             "AND acknowledged_utc IS NULL");
    if (!update)
        return update.error();
    update.value()
        .bind(1, TimeFormat::toStorage(now))
        .bindOptional(2, note.trimmed())
        .bind(3, alertId)
        .bind(4, session.userId);
    if (auto stored = update.value().run(); !stored)
        return stored.error();
    if (db.changes() == 0)
        return Error(ErrorCode::InvalidArgument, AlertText::alreadyAcknowledged(alertId));
    AuditRecord record = alertRecord(AuditAction::alertAcknowledged(), found.value());
    if (!note.trimmed().isEmpty())
        record.reason = note.trimmed();
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), record); !added)
        return added.error();
    return tx.value().commit();
}

} // namespace pl::core
