#include "core/retention/RetentionJob.h"

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/common/TimeFormat.h"
#include "core/retention/RetentionService.h"
#include "core/store/Database.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

#include <QCryptographicHash>

#include <algorithm>

namespace pl::core {

struct RetentionJob::Plan {
    const Store* store = nullptr;
    const AuditLog* audit = nullptr;
    AuditActor actor;
    QDateTime cutoffUtc;
    RetentionOptions options;
};

namespace {
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

// The first column of the only row of a prepared, bound count query.
Result<qint64> countOf(Statement& stmt) {
    auto row = stmt.step();
    if (!row)
        return row.error();
    return row.value() ? stmt.integer(0) : 0;
}

Result<qint64> countExpired(Database& db, qint64 cutoffMs) {
    auto stmt = db.prepare(QByteArray("SELECT count(*) " + kExpiredReads).constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, cutoffMs);
    return countOf(stmt.value());
}

Result<qint64> countHeld(Database& db, qint64 cutoffMs) {
    auto stmt = db.prepare("SELECT count(DISTINCT r.id) FROM reads r JOIN case_reads cr ON "
                           "cr.read_id = r.id JOIN cases c ON c.id = cr.case_id "
                           "WHERE r.time_ms < ?1 AND c.closed_utc IS NULL");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, cutoffMs);
    return countOf(stmt.value());
}

Result<qint64> countImportRows(Database& db, const QString& cutoffText) {
    auto stmt = db.prepare(QByteArray("SELECT count(*) " + kExpiredImportRows).constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, cutoffText);
    return countOf(stmt.value());
}

// Runs the statement once per id; the number of rows it deleted.
Result<qint64> runEach(Database& db, const char* sql, const QList<qint64>& ids) {
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

// Feeds ascending ids to a digest as comma-joined decimals, continuing
// after ids already fed unless first.
void addToDigest(QCryptographicHash& hash, const QList<qint64>& ids, bool first) {
    for (const qint64 id : ids) {
        if (!first)
            hash.addData(QByteArrayView(","));
        first = false;
        hash.addData(QByteArray::number(id));
    }
}
} // namespace

RetentionJob::RetentionJob(std::unique_ptr<Plan> plan)
    : m_plan(std::move(plan)) {}
RetentionJob::~RetentionJob() = default;

RetentionJob RetentionJob::make(const Store& store, const AuditLog& audit, const AuditActor& actor,
                                const QDateTime& cutoffUtc, const RetentionOptions& options) {
    auto plan = std::make_unique<Plan>();
    plan->store = &store;
    plan->audit = &audit;
    plan->actor = actor;
    plan->cutoffUtc = cutoffUtc;
    plan->options = options;
    return RetentionJob(std::move(plan));
}
RetentionJob::RetentionJob(RetentionJob&&) noexcept = default;
RetentionJob& RetentionJob::operator=(RetentionJob&&) noexcept = default;

QDateTime RetentionJob::cutoffUtc() const {
    return m_plan->cutoffUtc;
}

Result<RetentionPreview> RetentionJob::count(Database& db, const QDateTime& cutoffUtc) {
    RetentionPreview preview;
    preview.cutoffUtc = cutoffUtc;
    const qint64 cutoffMs = cutoffUtc.toMSecsSinceEpoch();
    auto expired = countExpired(db, cutoffMs);
    if (!expired)
        return expired.error();
    preview.expiredReads = expired.value();
    auto held = countHeld(db, cutoffMs);
    if (!held)
        return held.error();
    preview.heldReads = held.value();
    auto rows = countImportRows(db, TimeFormat::toStorage(cutoffUtc));
    if (!rows)
        return rows.error();
    preview.expiredImportRows = rows.value();
    return preview;
}

Result<RetentionResult> RetentionJob::run() {
    const Plan& plan = *m_plan;
    const RetentionOptions& options = plan.options;
    auto connection = plan.store->openConnection();
    if (!connection)
        return connection.error();
    Database& db = *connection.value();

    RetentionResult result;
    result.cutoffUtc = plan.cutoffUtc;
    const qint64 cutoffMs = result.cutoffUtc.toMSecsSinceEpoch();
    const QString cutoffText = TimeFormat::toStorage(result.cutoffUtc);
    auto total = countExpired(db, cutoffMs);
    if (!total)
        return total.error();
    auto held = countHeld(db, cutoffMs);
    if (!held)
        return held.error();
    result.heldReads = held.value();

    const auto baseRecord = [&](const QString& kind) {
        AuditRecord record{AuditAction::retentionPurged(), AuditOutcome::Success, kind};
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

        auto images = runEach(db, "DELETE FROM read_images WHERE read_id = ?1", ids);
        if (!images)
            return images.error();
        auto verifications = runEach(db, "DELETE FROM verifications WHERE read_id = ?1", ids);
        if (!verifications)
            return verifications.error();
        auto links = runEach(db, "DELETE FROM case_reads WHERE read_id = ?1", ids);
        if (!links)
            return links.error();
        // Alerts stay on record for the hot-list reports, without the read.
        auto alerts = runEach(db,
                              "UPDATE alerts SET read_id = NULL, read_plate = NULL, "
                              "read_state = NULL, read_time_ms = NULL, device_name = NULL "
                              "WHERE read_id = ?1",
                              ids);
        if (!alerts)
            return alerts.error();
        auto reads = runEach(db, "DELETE FROM reads WHERE id = ?1", ids);
        if (!reads)
            return reads.error();

        AuditRecord purged = baseRecord(QStringLiteral("reads"));
        purged.details.insert(QStringLiteral("count"), reads.value());
        purged.details.insert(QStringLiteral("ids_sha256"),
                              QString::fromLatin1(RetentionService::idDigest(ids)));
        purged.details.insert(QStringLiteral("first_id"), ids.first());
        purged.details.insert(QStringLiteral("last_id"), ids.last());
        purged.details.insert(QStringLiteral("images"), images.value());
        purged.details.insert(QStringLiteral("verifications"), verifications.value());
        purged.details.insert(QStringLiteral("case_links"), links.value());
        purged.details.insert(QStringLiteral("batch"), result.batches + 1);
        if (auto added = plan.audit->append(tx.value(), plan.actor, purged); !added)
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
        auto remove = db.prepare(QByteArray("DELETE " + kExpiredImportRows).constData());
        if (!remove)
            return remove.error();
        remove.value().bind(1, cutoffText);
        if (auto done = remove.value().run(); !done)
            return done.error();
        result.importRowsRemoved = db.changes();
    }
    // The run as a whole (each batch was recorded as it was removed): every
    // read it removed, what it held back, whether it was cancelled, and the
    // raw import lines it removed in this transaction.
    AuditRecord summary = baseRecord(QStringLiteral("run"));
    summary.details.insert(QStringLiteral("count"), result.readsRemoved);
    summary.details.insert(QStringLiteral("ids_sha256"),
                           QString::fromLatin1(runDigest.result().toHex()));
    summary.details.insert(QStringLiteral("batches"), result.batches);
    summary.details.insert(QStringLiteral("held"), result.heldReads);
    summary.details.insert(QStringLiteral("import_rows"), result.importRowsRemoved);
    summary.details.insert(QStringLiteral("cancelled"), result.cancelled);
    if (auto added = plan.audit->append(tx.value(), plan.actor, summary); !added)
        return added.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return result;
}

} // namespace pl::core
