#include "core/hotlist/HotListService.h"

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/import/PlateNormalizer.h"
#include "core/search/PlatePattern.h"
#include "core/search/SearchService.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pl::core {

namespace {
class HotListText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::HotListService)
public:
    static QString plateRequired() { return tr("Give the plate the entry is for."); }
    static QString plateTooLong(int length) {
        return tr("A plate has at most 10 characters; this one has %1.").arg(length);
    }
    static QString wildcardTooBroad() {
        return tr("A wildcard entry needs at least three letters or digits besides its "
                  "wildcards, so that it cannot match plates at large.");
    }
    static QString wildcardLimit(int limit) {
        return tr("The station's hot lists already hold %n wildcard entries, the most the "
                  "policy allows. Remove one, or ask an administrator to raise the limit.",
                  nullptr, limit);
    }
    static QString badState(const QString& state) {
        return tr("\"%1\" is not a state or province code; use two letters, such as TX or ON, "
                  "or leave it empty.")
            .arg(state);
    }
    static QString badCategory(const QString& category) {
        return tr("\"%1\" is not a hot-list category.").arg(category);
    }
    static QString reasonRequired() { return tr("Give the reason the plate is of interest."); }
    static QString caseRequired() { return tr("Give the case number the entry is held for."); }
    static QString caseClosed(const QString& number) {
        return tr("Case %1 is closed; an entry cannot be held for it.").arg(number);
    }
    static QString reviewByInPast() { return tr("The review date must be in the future."); }
    static QString reviewByTooLate(int days) {
        return tr("The review date can be at most %n days from today.", nullptr, days);
    }
    static QString expiresInPast() { return tr("The expiry date must be in the future."); }
    static QString notFound(qint64 id) { return tr("There is no hot-list entry %1.").arg(id); }
    static QString notOwner() {
        return tr("Only the officer who added a hot-list entry can change it.");
    }
    static QString removed(qint64 id) {
        return tr("Hot-list entry %1 was removed; it can no longer be changed.").arg(id);
    }
    static QString removeReasonRequired() { return tr("Give the reason the entry is removed."); }
};

const char* const kEntryColumns =
    "SELECT e.id, e.plate_entered, e.plate, COALESCE(e.state, ''), e.category, "
    "COALESCE(e.list_code, ''), e.reason, e.case_number, e.owner_id, ou.name, e.list_id, "
    "COALESCE(l.name, ''), e.added_utc, e.reviewed_utc, e.review_by_utc, e.expires_utc, "
    "e.possible_matches, e.active, e.removed_utc, COALESCE(ru.name, ''), "
    "COALESCE(e.removed_reason, ''), COALESCE(e.details, ''), "
    "EXISTS (SELECT 1 FROM cases c WHERE c.number = e.case_number COLLATE NOCASE "
    "AND c.closed_utc IS NOT NULL) "
    "FROM hotlist_entries e JOIN users ou ON ou.id = e.owner_id "
    "LEFT JOIN hotlist_lists l ON l.id = e.list_id LEFT JOIN users ru ON ru.id = e.removed_by ";

QDateTime optionalTime(const Statement& row, int column) {
    return row.isNull(column) ? QDateTime() : TimeFormat::fromStorage(row.text(column));
}

HotListEntry entryFromRow(const Statement& row) {
    HotListEntry e;
    e.id = row.integer(0);
    e.plateEntered = row.text(1);
    e.plate = row.text(2);
    e.state = row.text(3);
    e.category = row.text(4);
    e.listCode = row.text(5);
    e.reason = row.text(6);
    e.caseNumber = row.text(7);
    e.ownerId = row.integer(8);
    e.ownerName = row.text(9);
    e.listId = row.optionalInteger(10);
    e.listName = row.text(11);
    e.addedUtc = TimeFormat::fromStorage(row.text(12));
    e.reviewedUtc = optionalTime(row, 13);
    e.reviewByUtc = TimeFormat::fromStorage(row.text(14));
    e.expiresUtc = optionalTime(row, 15);
    e.possibleMatches = row.integer(16) != 0;
    e.active = row.integer(17) != 0;
    e.removedUtc = optionalTime(row, 18);
    e.removedByName = row.text(19);
    e.removedReason = row.text(20);
    e.details = row.text(21);
    e.caseClosed = row.integer(22) != 0;
    return e;
}

// What an entry looks like in history and audit details.
QJsonObject describe(const HotListEntry& e) {
    QJsonObject o;
    o.insert(QStringLiteral("plate"), e.plate);
    o.insert(QStringLiteral("state"), e.state);
    o.insert(QStringLiteral("category"), e.category);
    o.insert(QStringLiteral("reason"), e.reason);
    o.insert(QStringLiteral("case"), e.caseNumber);
    o.insert(QStringLiteral("review_by_utc"), TimeFormat::toStorage(e.reviewByUtc));
    if (e.expiresUtc.isValid())
        o.insert(QStringLiteral("expires_utc"), TimeFormat::toStorage(e.expiresUtc));
    o.insert(QStringLiteral("possible_matches"), e.possibleMatches);
    o.insert(QStringLiteral("active"), e.active);
    return o;
}

// The fields that differ, each as {"from": ..., "to": ...}.
QJsonObject difference(const HotListEntry& before, const HotListEntry& after) {
    const QJsonObject a = describe(before);
    const QJsonObject b = describe(after);
    QJsonObject changed;
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    for (const QString& key : keys) {
        if (a.value(key) != b.value(key))
            changed.insert(key, QJsonObject{{QStringLiteral("from"), a.value(key)},
                                            {QStringLiteral("to"), b.value(key)}});
    }
    return changed;
}

Status addHistory(Database& db, qint64 entryId, const QString& change, qint64 userId,
                  const QDateTime& now, const QString& reason, const QJsonObject& details) {
    auto stmt = db.prepare("INSERT INTO hotlist_history (entry_id, change, user_id, time_utc, "
                           "reason, details) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt)
        return stmt.error();
    stmt.value()
        .bind(1, entryId)
        .bind(2, change)
        .bind(3, userId)
        .bind(4, TimeFormat::toStorage(now))
        .bindOptional(5, reason)
        .bind(6, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return stmt.value().run();
}

AuditRecord entryRecord(const QString& action, const HotListEntry& e) {
    AuditRecord record{action, AuditOutcome::Success, QStringLiteral("hotlist_entry"),
                       QString::number(e.id)};
    record.caseNumber = e.caseNumber;
    record.reason = e.reason;
    record.details.insert(QStringLiteral("plate"), e.plate);
    record.details.insert(QStringLiteral("state"), e.state);
    record.details.insert(QStringLiteral("owner"), e.ownerName);
    return record;
}

} // namespace

HotListService::HotListService(Station& station)
    : m_station(station) {}

Result<HotListEntry> HotListService::load(Database& db, qint64 entryId) {
    auto stmt = db.prepare(QByteArray(QByteArray(kEntryColumns) + "WHERE e.id = ?1").constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, entryId);
    auto found = stmt.value().collect<HotListEntry>(entryFromRow);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error(ErrorCode::NotFound, HotListText::notFound(entryId));
    return found.value().first();
}

Result<HotListService::Checked> HotListService::check(Database& db, const HotListEntryInput& input,
                                                      std::optional<qint64> editing) {
    auto policy = m_station.currentPolicy();
    if (!policy)
        return policy.error();
    const QDateTime now = m_station.clock().nowUtc();
    Checked checked;

    if (input.plate.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, HotListText::plateRequired());
    auto pattern = PlatePattern::parse(input.plate, SearchMode::Exact);
    if (!pattern)
        return pattern.error();
    if (pattern.value().kind() == PlatePattern::Kind::Any)
        return Error(ErrorCode::InvalidArgument, HotListText::plateRequired());
    checked.plate = pattern.value().text();
    if (checked.plate.size() > 10)
        return Error(ErrorCode::InvalidArgument, HotListText::plateTooLong(checked.plate.size()));
    checked.wildcard = pattern.value().kind() == PlatePattern::Kind::Wildcard;
    if (checked.wildcard) {
        int fixed = 0;
        for (QChar c : checked.plate)
            fixed += c != QLatin1Char('?') && c != QLatin1Char('*');
        if (fixed < 3)
            return Error(ErrorCode::InvalidArgument, HotListText::wildcardTooBroad());
        auto count = db.prepare("SELECT COUNT(*) FROM hotlist_entries WHERE wildcard = 1 AND "
                                "removed_utc IS NULL AND id <> ?1");
        if (!count)
            return count.error();
        count.value().bind(1, editing.value_or(0));
        auto row = count.value().step();
        if (!row)
            return row.error();
        const int limit = policy.value().hotListMaxWildcardEntries();
        if (count.value().integer(0) >= limit)
            return Error(ErrorCode::InvalidArgument, HotListText::wildcardLimit(limit));
    }

    checked.state = input.state.trimmed().toUpper();
    static const QRegularExpression stateCode(QStringLiteral("^[A-Z]{2}$"));
    if (!checked.state.isEmpty() && !stateCode.match(checked.state).hasMatch())
        return Error(ErrorCode::InvalidArgument, HotListText::badState(input.state.trimmed()));
    if (!HotListCategory::isKnown(input.category))
        return Error(ErrorCode::InvalidArgument, HotListText::badCategory(input.category));
    if (input.reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, HotListText::reasonRequired());
    if (input.caseNumber.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, HotListText::caseRequired());
    // Entries may be held for matters recorded elsewhere; a case of this
    // store, though, must be open.
    auto file = CaseService::lookup(db, input.caseNumber);
    if (file && !file.value().isOpen())
        return Error(ErrorCode::InvalidArgument, HotListText::caseClosed(file.value().number));
    if (!file && file.error().code() != ErrorCode::NotFound)
        return file.error();

    const int days = policy.value().hotListReviewDays();
    const QDateTime latest = now.addDays(days);
    checked.reviewByUtc = input.reviewByUtc.isValid() ? input.reviewByUtc.toUTC() : latest;
    if (checked.reviewByUtc <= now)
        return Error(ErrorCode::InvalidArgument, HotListText::reviewByInPast());
    if (checked.reviewByUtc > latest)
        return Error(ErrorCode::InvalidArgument, HotListText::reviewByTooLate(days));
    if (input.expiresUtc.isValid() && input.expiresUtc <= now)
        return Error(ErrorCode::InvalidArgument, HotListText::expiresInPast());
    return checked;
}

Result<HotListEntry> HotListService::add(const Session& session, const HotListEntryInput& input) {
    if (auto active = m_station.requireActive(session, Permission::ManageOwnHotList); !active)
        return active.error();
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto checked = check(db, input, std::nullopt);
    if (!checked)
        return checked.error();
    const QDateTime now = m_station.clock().nowUtc();
    auto insert = db.prepare(
        "INSERT INTO hotlist_entries (plate_entered, plate, match_key, wildcard, state, "
        "category, reason, case_number, owner_id, added_utc, review_by_utc, expires_utc, "
        "possible_matches, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
        "?13, ?14)");
    if (!insert)
        return insert.error();
    insert.value()
        .bind(1, input.plate.trimmed())
        .bind(2, checked->plate)
        .bind(3, PlateNormalizer::matchKey(checked->plate))
        .bind(4, checked->wildcard)
        .bindOptional(5, checked->state)
        .bind(6, input.category)
        .bind(7, input.reason.trimmed())
        .bind(8, input.caseNumber.trimmed())
        .bind(9, session.userId)
        .bind(10, TimeFormat::toStorage(now))
        .bind(11, TimeFormat::toStorage(checked->reviewByUtc));
    if (input.expiresUtc.isValid())
        insert.value().bind(12, TimeFormat::toStorage(input.expiresUtc.toUTC()));
    else
        insert.value().bindNull(12);
    insert.value().bind(13, input.possibleMatches).bind(14, input.active);
    if (auto stored = insert.value().run(); !stored)
        return stored.error();
    auto created = load(db, db.lastInsertRowId());
    if (!created)
        return created.error();
    if (auto added = addHistory(db, created->id, QStringLiteral("added"), session.userId, now, {},
                                describe(created.value()));
        !added)
        return added.error();
    AuditRecord record = entryRecord(AuditAction::hotListEntryAdded(), created.value());
    record.details.insert(QStringLiteral("wildcard"), created->isWildcard());
    if (auto audited = m_station.auditLog().append(tx.value(), session.actor(), record); !audited)
        return audited.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return created;
}

Result<HotListEntry> HotListService::ownEntry(Database& db, const Session& session,
                                              qint64 entryId) {
    auto found = load(db, entryId);
    if (!found)
        return found.error();
    if (found->ownerId != session.userId)
        return Error(ErrorCode::PermissionDenied, HotListText::notOwner());
    if (found->isRemoved())
        return Error(ErrorCode::InvalidArgument, HotListText::removed(entryId));
    return found;
}

Result<HotListEntry> HotListService::edit(const Session& session, qint64 entryId,
                                          const HotListEntryInput& input) {
    if (auto active = m_station.requireActive(session, Permission::ManageOwnHotList); !active)
        return active.error();
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto before = ownEntry(db, session, entryId);
    if (!before)
        return before.error();
    HotListEntryInput wanted = input;
    // An unchanged review date is kept as it is, even when it is already
    // past; only a new date must lie in the next review period.
    const bool newReviewDate =
        input.reviewByUtc.isValid() && input.reviewByUtc.toUTC() != before->reviewByUtc;
    if (!newReviewDate)
        wanted.reviewByUtc = QDateTime();
    auto checked = check(db, wanted, entryId);
    if (!checked)
        return checked.error();
    const QDateTime now = m_station.clock().nowUtc();
    const QDateTime reviewBy = newReviewDate ? checked->reviewByUtc : before->reviewByUtc;
    auto update = db.prepare(
        "UPDATE hotlist_entries SET plate_entered = ?1, plate = ?2, match_key = ?3, wildcard = "
        "?4, state = ?5, category = ?6, reason = ?7, case_number = ?8, review_by_utc = ?9, "
        "expires_utc = ?10, possible_matches = ?11, active = ?12, reviewed_utc = CASE WHEN ?13 "
        "THEN ?14 ELSE reviewed_utc END WHERE id = ?15");
    if (!update)
        return update.error();
    update.value()
        .bind(1, input.plate.trimmed())
        .bind(2, checked->plate)
        .bind(3, PlateNormalizer::matchKey(checked->plate))
        .bind(4, checked->wildcard)
        .bindOptional(5, checked->state)
        .bind(6, input.category)
        .bind(7, input.reason.trimmed())
        .bind(8, input.caseNumber.trimmed())
        .bind(9, TimeFormat::toStorage(reviewBy));
    if (input.expiresUtc.isValid())
        update.value().bind(10, TimeFormat::toStorage(input.expiresUtc.toUTC()));
    else
        update.value().bindNull(10);
    update.value()
        .bind(11, input.possibleMatches)
        .bind(12, input.active)
        .bind(13, newReviewDate)
        .bind(14, TimeFormat::toStorage(now))
        .bind(15, entryId);
    if (auto stored = update.value().run(); !stored)
        return stored.error();
    auto after = load(db, entryId);
    if (!after)
        return after.error();
    const QJsonObject changed = difference(before.value(), after.value());
    if (changed.isEmpty())
        return after; // nothing to record; the transaction rolls back
    if (auto added =
            addHistory(db, entryId, QStringLiteral("edited"), session.userId, now, {}, changed);
        !added)
        return added.error();
    AuditRecord record = entryRecord(AuditAction::hotListEntryEdited(), after.value());
    record.details.insert(QStringLiteral("changed"), changed);
    if (auto audited = m_station.auditLog().append(tx.value(), session.actor(), record); !audited)
        return audited.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return after;
}

Result<HotListEntry> HotListService::review(const Session& session, qint64 entryId,
                                            const QString& note) {
    if (auto active = m_station.requireActive(session, Permission::ManageOwnHotList); !active)
        return active.error();
    auto policy = m_station.currentPolicy();
    if (!policy)
        return policy.error();
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto before = ownEntry(db, session, entryId);
    if (!before)
        return before.error();
    if (before->caseClosed)
        return Error(ErrorCode::InvalidArgument, HotListText::caseClosed(before->caseNumber));
    const QDateTime now = m_station.clock().nowUtc();
    const QDateTime reviewBy = now.addDays(policy.value().hotListReviewDays());
    auto update = db.prepare(
        "UPDATE hotlist_entries SET reviewed_utc = ?1, review_by_utc = ?2 WHERE id = ?3");
    if (!update)
        return update.error();
    update.value()
        .bind(1, TimeFormat::toStorage(now))
        .bind(2, TimeFormat::toStorage(reviewBy))
        .bind(3, entryId);
    if (auto stored = update.value().run(); !stored)
        return stored.error();
    auto after = load(db, entryId);
    if (!after)
        return after.error();
    QJsonObject details{
        {QStringLiteral("review_by_utc"),
         QJsonObject{{QStringLiteral("from"), TimeFormat::toStorage(before->reviewByUtc)},
                     {QStringLiteral("to"), TimeFormat::toStorage(reviewBy)}}}};
    if (auto added = addHistory(db, entryId, QStringLiteral("reviewed"), session.userId, now,
                                note.trimmed(), details);
        !added)
        return added.error();
    AuditRecord record = entryRecord(AuditAction::hotListEntryReviewed(), after.value());
    record.details.insert(QStringLiteral("was_overdue"), before->isOverdue(now));
    record.details.insert(QStringLiteral("review_by_utc"), TimeFormat::toStorage(reviewBy));
    if (!note.trimmed().isEmpty())
        record.details.insert(QStringLiteral("note"), note.trimmed());
    if (auto audited = m_station.auditLog().append(tx.value(), session.actor(), record); !audited)
        return audited.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return after;
}

Status HotListService::remove(const Session& session, qint64 entryId, const QString& reason) {
    if (auto active = m_station.requireActive(session, Permission::ManageOwnHotList); !active)
        return active.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error(ErrorCode::InvalidArgument, HotListText::removeReasonRequired());
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto before = ownEntry(db, session, entryId);
    if (!before)
        return before.error();
    const QDateTime now = m_station.clock().nowUtc();
    auto update = db.prepare("UPDATE hotlist_entries SET active = 0, removed_utc = ?1, "
                             "removed_by = ?2, removed_reason = ?3 WHERE id = ?4");
    if (!update)
        return update.error();
    update.value()
        .bind(1, TimeFormat::toStorage(now))
        .bind(2, session.userId)
        .bind(3, why)
        .bind(4, entryId);
    if (auto stored = update.value().run(); !stored)
        return stored.error();
    if (auto added = addHistory(db, entryId, QStringLiteral("removed"), session.userId, now, why,
                                describe(before.value()));
        !added)
        return added.error();
    AuditRecord record = entryRecord(AuditAction::hotListEntryRemoved(), before.value());
    record.reason = why;
    if (auto audited = m_station.auditLog().append(tx.value(), session.actor(), record); !audited)
        return audited.error();
    return tx.value().commit();
}

Result<QList<HotListEntry>> HotListService::entries(const Session& session, Scope scope,
                                                    bool includeRemoved) {
    const Permission needed =
        scope == Scope::Own ? Permission::ManageOwnHotList : Permission::ViewStationHotList;
    if (auto active = m_station.requireActive(session, needed); !active)
        return active.error();
    QByteArray sql(kEntryColumns);
    sql += "WHERE (?1 = 0 OR e.owner_id = ?2) AND (?3 = 1 OR e.removed_utc IS NULL) "
           "ORDER BY e.id DESC";
    auto stmt = m_station.database().prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, scope == Scope::Own).bind(2, session.userId).bind(3, includeRemoved);
    return stmt.value().collect<HotListEntry>(entryFromRow);
}

Result<HotListEntry> HotListService::entry(const Session& session, qint64 entryId) {
    if (auto active = m_station.requireActive(session); !active)
        return active.error();
    auto found = load(m_station.database(), entryId);
    if (!found)
        return found.error();
    if (found->ownerId != session.userId && !session.can(Permission::ViewStationHotList))
        return Error(ErrorCode::NotFound, HotListText::notFound(entryId));
    return found;
}

Result<QList<HotListChange>> HotListService::history(const Session& session, qint64 entryId) {
    if (auto visible = entry(session, entryId); !visible)
        return visible.error();
    auto stmt = m_station.database().prepare(
        "SELECT h.id, h.entry_id, h.change, COALESCE(u.name, ''), h.time_utc, "
        "COALESCE(h.reason, ''), COALESCE(h.details, '') FROM hotlist_history h "
        "LEFT JOIN users u ON u.id = h.user_id WHERE h.entry_id = ?1 ORDER BY h.id");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, entryId);
    return stmt.value().collect<HotListChange>([](const Statement& row) {
        HotListChange change;
        change.id = row.integer(0);
        change.entryId = row.integer(1);
        change.change = row.text(2);
        change.userName = row.text(3);
        change.timeUtc = TimeFormat::fromStorage(row.text(4));
        change.reason = row.text(5);
        change.details = row.text(6);
        return change;
    });
}

Result<QList<HotListEntry>> HotListService::needingAttention(const Session& session) {
    if (!session.can(Permission::ManageOwnHotList))
        return QList<HotListEntry>();
    auto own = entries(session, Scope::Own);
    if (!own)
        return own.error();
    const QDateTime now = m_station.clock().nowUtc();
    QList<HotListEntry> flagged;
    for (const HotListEntry& e : own.value()) {
        if (e.active && (e.isOverdue(now) || e.caseClosed))
            flagged.append(e);
    }
    return flagged;
}

Result<SearchResult> HotListService::searchStoredReads(const Session& session, qint64 entryId,
                                                       const QString& caseNumber,
                                                       const QString& reason) {
    if (auto active = m_station.requireActive(session, Permission::ManageOwnHotList); !active)
        return active.error();
    auto found = ownEntry(m_station.database(), session, entryId);
    if (!found)
        return found.error();
    SearchRequest request;
    request.caseNumber = caseNumber;
    request.reason = reason;
    request.pattern = found->plate;
    request.mode = SearchMode::Exact;
    request.state = found->state;
    return m_station.search().search(session, request);
}

} // namespace pl::core
