#include "core/hotlist/AlertWriter.h"

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

namespace pl::core {

AlertWriter::AlertWriter(Database& db, const AuditLog& audit, AuditActor actor, const Clock& clock)
    : m_db(&db)
    , m_audit(&audit)
    , m_actor(std::move(actor))
    , m_clock(&clock) {}

Result<AlertWriter> AlertWriter::create(Database& db, const AuditLog& audit, AuditActor actor,
                                        const Clock& clock) {
    AlertWriter writer(db, audit, std::move(actor), clock);
    auto insert = db.prepare("INSERT OR IGNORE INTO alerts (entry_id, owner_id, read_id, kind, "
                             "read_plate, read_state, read_time_ms, device_name, created_utc) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert)
        return insert.error();
    writer.m_insert.emplace(std::move(insert.value()));
    auto query = db.prepare("SELECT COALESCE(MAX(id), 0) FROM hotlist_history");
    if (!query)
        return query.error();
    writer.m_revisionQuery.emplace(std::move(query.value()));
    if (auto loaded = writer.refresh(); !loaded)
        return loaded.error();
    return writer;
}

Result<qint64> AlertWriter::revision() {
    Statement& query = *m_revisionQuery;
    query.reset();
    auto row = query.step();
    if (!row)
        return row.error();
    const qint64 value = row.value() ? query.integer(0) : 0;
    query.reset();
    return value;
}

Status AlertWriter::refresh() {
    // Every change to an entry adds a history row, so the newest history id
    // tells whether the entries changed.
    auto current = revision();
    if (!current)
        return current.error();
    if (current.value() == m_revision)
        return {};
    auto loaded = HotListMatcher::load(*m_db);
    if (!loaded)
        return loaded.error();
    m_matcher = std::move(loaded.value());
    m_revision = current.value();
    return {};
}

Result<int> AlertWriter::onRead(Transaction& tx, const Read& read) {
    if (m_matcher.isEmpty())
        return 0;
    // The clock is read only when an entry could match the read.
    QDateTime now;
    m_matcher.match(read.plate, read.state, *m_clock, now, m_matches);
    if (m_matches.isEmpty())
        return 0;
    int created = 0;
    for (const HotListMatcher::Match& match : m_matches) {
        Statement& insert = *m_insert;
        insert.reset();
        insert.bind(1, match.target->entryId)
            .bind(2, match.target->ownerId)
            .bind(3, read.id)
            .bind(4, HotListAlert::kindName(match.kind))
            .bind(5, read.plate.toString())
            .bindOptional(6, read.state.toString())
            .bind(7, read.timeMs)
            .bindOptional(8, read.deviceName.toString())
            .bind(9, TimeFormat::toStorage(now));
        if (auto stored = insert.run(); !stored)
            return stored.error();
        if (m_db->changes() == 0)
            continue;
        const qint64 alertId = m_db->lastInsertRowId();
        AuditRecord record{AuditAction::alertCreated(), AuditOutcome::Success,
                           QStringLiteral("alert"), QString::number(alertId)};
        record.caseNumber = match.target->caseNumber;
        record.details.insert(QStringLiteral("entry_id"), match.target->entryId);
        record.details.insert(QStringLiteral("owner_id"), match.target->ownerId);
        record.details.insert(QStringLiteral("read_id"), read.id);
        record.details.insert(QStringLiteral("kind"), HotListAlert::kindName(match.kind));
        record.details.insert(QStringLiteral("plate"), read.plate.toString());
        if (auto added = m_audit->append(tx, m_actor, record); !added)
            return added.error();
        ++created;
    }
    return created;
}

} // namespace pl::core
