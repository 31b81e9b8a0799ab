#include "core/retention/RetentionService.h"

#include "core/audit/AuditAction.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace pl::core {

namespace {
class RetentionText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::RetentionService)
public:
    static QString badBatch() { return tr("A purge batch must hold at least one read."); }
};

// Reads before the cut-off (?1, UTC ms) that no open case holds.
const QByteArray kExpiredReads =
    QByteArrayLiteral("FROM reads r WHERE r.time_ms < ?1 AND NOT EXISTS (SELECT 1 FROM "
                      "case_reads cr JOIN cases c ON c.id = cr.case_id WHERE cr.read_id = r.id "
                      "AND c.closed_utc IS NULL)");

// Raw lines of imports started before the cut-off (?1, stored time): every
// read such a dump held was taken before it was imported, so before the
// cut-off too.
const QByteArray kExpiredImportRows = QByteArrayLiteral(
    "FROM import_rows WHERE import_id IN (SELECT id FROM imports WHERE started_utc < ?1)");

Result<qint64> countWith(Database& db, const QByteArray& sql, const QString& text, qint64 number,
                         bool byText) {
    auto stmt = db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    if (byText)
        stmt.value().bind(1, text);
    else
        stmt.value().bind(1, number);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    return row.value() ? stmt.value().integer(0) : 0;
}

Result<qint64> countExpired(Database& db, qint64 cutoffMs) {
    return countWith(db, "SELECT count(*) " + kExpiredReads, {}, cutoffMs, false);
}

Result<qint64> countHeld(Database& db, qint64 cutoffMs) {
    return countWith(
        db,
        QByteArrayLiteral("SELECT count(DISTINCT r.id) FROM reads r JOIN case_reads cr ON "
                          "cr.read_id = r.id JOIN cases c ON c.id = cr.case_id "
                          "WHERE r.time_ms < ?1 AND c.closed_utc IS NULL"),
        {}, cutoffMs, false);
}

Result<qint64> countImportRows(Database& db, const QString& cutoffText) {
    return countWith(db, "SELECT count(*) " + kExpiredImportRows, cutoffText, 0, true);
}

// Deletes one row set per id with a prepared statement; the number deleted.
Result<qint64> deleteEach(Database& db, const char* sql, const QList<qint64>& ids) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    qint64 removed = 0;
    for (const qint64 id : ids) {
        stmt.value().reset();
        stmt.value().bind(1, id);
        if (auto done = stmt.value().run(); !done)
            return done.error();
        removed += db.changes();
    }
    return removed;
}
// Feeds ascending ids to a digest as comma-joined decimals.
void addToDigest(QCryptographicHash& hash, const QList<qint64>& ids, bool first) {
    for (const qint64 id : ids) {
        if (!first)
            hash.addData(QByteArrayView(","));
        first = false;
        hash.addData(QByteArray::number(id));
    }
}
} // namespace

RetentionService::RetentionService(Station& station)
    : m_station(station) {}

QByteArray RetentionService::idDigest(QList<qint64> readIds) {
    std::sort(readIds.begin(), readIds.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addToDigest(hash, readIds, true);
    return hash.result().toHex();
}

Result<QDateTime> RetentionService::cutoff() {
    auto policy = m_station.currentPolicy();
    if (!policy)
        return policy.error();
    return m_station.clock().nowUtc().addDays(-policy.value().retentionDays());
}

Result<RetentionPreview> RetentionService::preview(const Session& session) {
    if (auto active = m_station.requireActive(session, Permission::RunRetention); !active)
        return active.error();
    auto when = cutoff();
    if (!when)
        return when.error();
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();

    RetentionPreview preview;
    preview.cutoffUtc = when.value();
    const qint64 cutoffMs = preview.cutoffUtc.toMSecsSinceEpoch();
    auto expired = countExpired(db, cutoffMs);
    if (!expired)
        return expired.error();
    preview.expiredReads = expired.value();
    auto held = countHeld(db, cutoffMs);
    if (!held)
        return held.error();
    preview.heldReads = held.value();
    auto rows = countImportRows(db, TimeFormat::toStorage(preview.cutoffUtc));
    if (!rows)
        return rows.error();
    preview.expiredImportRows = rows.value();

    AuditRecord previewed{AuditAction::retentionPreviewed(), AuditOutcome::Success,
                          QStringLiteral("reads")};
    previewed.details.insert(QStringLiteral("cutoff_utc"),
                             TimeFormat::toStorage(preview.cutoffUtc));
    previewed.details.insert(QStringLiteral("expired"), preview.expiredReads);
    previewed.details.insert(QStringLiteral("held"), preview.heldReads);
    previewed.details.insert(QStringLiteral("import_rows"), preview.expiredImportRows);
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), previewed); !added)
        return added.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return preview;
}

Result<RetentionResult> RetentionService::run(const Session& session,
                                              const RetentionOptions& options) {
    const std::optional<Permission> needed =
        options.scheduled ? std::nullopt : std::optional<Permission>(Permission::RunRetention);
    if (auto active = m_station.requireActive(session, needed); !active)
        return active.error();
    if (options.batchSize < 1)
        return Error(ErrorCode::InvalidArgument, RetentionText::badBatch());
    auto when = cutoff();
    if (!when)
        return when.error();
    Database& db = m_station.database();

    RetentionResult result;
    result.cutoffUtc = when.value();
    const qint64 cutoffMs = result.cutoffUtc.toMSecsSinceEpoch();
    const QString cutoffText = TimeFormat::toStorage(result.cutoffUtc);
    auto total = countExpired(db, cutoffMs);
    if (!total)
        return total.error();
    auto held = countHeld(db, cutoffMs);
    if (!held)
        return held.error();
    result.heldReads = held.value();

    const auto baseRecord = [&](AuditOutcome outcome, const QString& kind) {
        AuditRecord record{AuditAction::retentionPurged(), outcome, kind};
        record.details.insert(QStringLiteral("cutoff_utc"), cutoffText);
        record.details.insert(QStringLiteral("scheduled"), options.scheduled);
        return record;
    };

    // One transaction per batch, each with its own audit event: a cancel or
    // a crash keeps whole, recorded batches. Batches go up the ids, so the
    // run's digest covers its ids in ascending order like a batch's.
    QCryptographicHash runDigest(QCryptographicHash::Sha256);
    qint64 lastId = 0;
    while (true) {
        if (options.cancel && options.cancel->load()) {
            result.cancelled = true;
            break;
        }
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        auto select = db.prepare(
            QByteArray("SELECT r.id " + kExpiredReads + " AND r.id > ?2 ORDER BY r.id LIMIT ?3")
                .constData());
        if (!select)
            return select.error();
        select.value().bind(1, cutoffMs).bind(2, lastId).bind(3, options.batchSize);
        QList<qint64> ids;
        while (true) {
            auto row = select.value().step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            ids.append(select.value().integer(0));
        }
        if (ids.isEmpty())
            break;

        auto images = deleteEach(db, "DELETE FROM read_images WHERE read_id = ?1", ids);
        if (!images)
            return images.error();
        auto verifications = deleteEach(db, "DELETE FROM verifications WHERE read_id = ?1", ids);
        if (!verifications)
            return verifications.error();
        auto links = deleteEach(db, "DELETE FROM case_reads WHERE read_id = ?1", ids);
        if (!links)
            return links.error();
        auto reads = deleteEach(db, "DELETE FROM reads WHERE id = ?1", ids);
        if (!reads)
            return reads.error();

        AuditRecord purged = baseRecord(AuditOutcome::Success, QStringLiteral("reads"));
        purged.details.insert(QStringLiteral("count"), reads.value());
        purged.details.insert(QStringLiteral("ids_sha256"), QString::fromLatin1(idDigest(ids)));
        purged.details.insert(QStringLiteral("first_id"), ids.first());
        purged.details.insert(QStringLiteral("last_id"), ids.last());
        purged.details.insert(QStringLiteral("images"), images.value());
        purged.details.insert(QStringLiteral("verifications"), verifications.value());
        purged.details.insert(QStringLiteral("case_links"), links.value());
        purged.details.insert(QStringLiteral("batch"), result.batches + 1);
        if (auto added = m_station.auditLog().append(tx.value(), session.actor(), purged); !added)
            return added.error();
        if (auto committed = tx.value().commit(); !committed)
            return committed.error();

        addToDigest(runDigest, ids, result.batches == 0);
        lastId = ids.last();
        ++result.batches;
        result.readsRemoved += reads.value();
        result.imagesRemoved += images.value();
        result.verificationsRemoved += verifications.value();
        result.caseLinksRemoved += links.value();
        if (options.progress && !options.progress({result.readsRemoved,
                                                   std::max(total.value(), result.readsRemoved)})) {
            result.cancelled = true;
            break;
        }
    }

    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (!result.cancelled) {
        auto rows = countImportRows(db, cutoffText);
        if (!rows)
            return rows.error();
        if (rows.value() > 0) {
            auto remove = db.prepare(QByteArray("DELETE " + kExpiredImportRows).constData());
            if (!remove)
                return remove.error();
            remove.value().bind(1, cutoffText);
            if (auto done = remove.value().run(); !done)
                return done.error();
            result.importRowsRemoved = db.changes();
        }
    }
    // The run as a whole (each batch was recorded as it was removed): every
    // read it removed, what it held back, whether it was cancelled, and the
    // raw import lines it removed in this transaction.
    AuditRecord summary = baseRecord(AuditOutcome::Success, QStringLiteral("run"));
    summary.details.insert(QStringLiteral("count"), result.readsRemoved);
    summary.details.insert(QStringLiteral("ids_sha256"),
                           QString::fromLatin1(runDigest.result().toHex()));
    summary.details.insert(QStringLiteral("batches"), result.batches);
    summary.details.insert(QStringLiteral("held"), result.heldReads);
    summary.details.insert(QStringLiteral("import_rows"), result.importRowsRemoved);
    summary.details.insert(QStringLiteral("cancelled"), result.cancelled);
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), summary); !added)
        return added.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return result;
}

Result<bool> RetentionService::scheduledRunDue(const Session& session) {
    if (auto active = m_station.requireActive(session); !active)
        return active.error();
    auto stmt = m_station.database().prepare(
        "SELECT max(time_utc) FROM audit_events WHERE action = ?1 AND target_kind = 'run'");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, AuditAction::retentionPurged());
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value() || stmt.value().isNull(0))
        return true;
    const QDateTime last = TimeFormat::fromStorage(stmt.value().text(0));
    return !last.isValid() || last.addDays(1) <= m_station.clock().nowUtc();
}

} // namespace pl::core
