#include "core/audit/AuditFlagService.h"

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/policy/PolicySettings.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <limits>
#include <map>

namespace pl::core {

namespace {

class FlagText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::AuditFlagService)
public:
    static QString noteRequired() {
        return tr("Write a note saying what you found when you reviewed the event.");
    }
    static QString notFlagged(qint64 seq) {
        return tr("Event #%1 has no anomaly flag; only flagged events are marked reviewed.")
            .arg(seq);
    }
    static QString alreadyReviewed(qint64 seq, const QString& who, const QString& when) {
        return tr("Event #%1 was already reviewed by %2 on %3; a review is kept as written.")
            .arg(QString::number(seq), who, when);
    }
    static QString cancelled() { return tr("Updating the anomaly flags was cancelled."); }
};

const char* const kStateName = "flags";
// Events evaluated per write transaction: short enough not to hold the
// store's write lock for long, big enough to keep commits cheap.
constexpr qint64 kChunk = 20000;

// The columns the rules read, in AnomalyEvent's order.
const char* const kSelectEvents =
    "SELECT seq, time_utc, user_id, user_name, on_behalf_of, action, target, case_number, "
    "reason, details FROM audit_events ";

// Only these actions matter to the rules; the rest are skipped unread.
bool isRelevant(const QString& action) {
    static const QSet<QString> relevant{
        AuditAction::searchRun(),          AuditAction::loginFailure(),
        AuditAction::idleUnlockFailed(),   AuditAction::accountLocked(),
        AuditAction::caseExported(),       AuditAction::searchViewExported(),
        AuditAction::importRowsExported(), AuditAction::settingChanged(),
        AuditAction::mapSettingsChanged(), AuditAction::offenseCategoryChanged()};
    return relevant.contains(action);
}

// Reads the row into event when its action matters; false otherwise.
bool readEvent(const Statement& row, AnomalyEvent& event) {
    event.action = row.text(5);
    if (!isRelevant(event.action))
        return false;
    event.seq = row.integer(0);
    event.timeMsecs = AnomalyRules::parseStorageTime(row.text(1));
    event.userId = row.optionalInteger(2);
    event.userName = row.text(3);
    event.onBehalfOf = row.text(4);
    event.target = row.text(6);
    event.caseNumber = row.text(7);
    event.reason = row.text(8);
    event.details = row.text(9);
    return true;
}

QString compactJson(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<QStringList> knownPeople(Database& db) {
    auto stmt = db.prepare("SELECT name, display_name FROM users");
    if (!stmt)
        return stmt.error();
    QStringList people;
    while (true) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            return people;
        people.append(stmt.value().text(0));
        people.append(stmt.value().text(1));
    }
}

struct DerivedState {
    bool present = false;
    qint64 scannedSeq = 0;
    QString settings;
};

Result<DerivedState> readState(Database& db) {
    auto stmt = db.prepare("SELECT scanned_seq, settings FROM audit_derived_state WHERE name = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, QString::fromLatin1(kStateName));
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    DerivedState state;
    if (row.value()) {
        state.present = true;
        state.scannedSeq = stmt.value().integer(0);
        state.settings = stmt.value().text(1);
    }
    return state;
}

Status writeState(Database& db, qint64 scannedSeq, const QString& settings) {
    auto stmt = db.prepare("INSERT OR REPLACE INTO audit_derived_state (name, scanned_seq, "
                           "settings) VALUES (?1, ?2, ?3)");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, QString::fromLatin1(kStateName)).bind(2, scannedSeq).bind(3, settings);
    return stmt.value().run();
}

// The hot-list rule: active entries overdue for review by more than the
// threshold at nowUtc, each flagged on the latest event that names it (its
// own entry events, or the import of its list). Replaces the rule's flags.
Status recomputeHotList(Database& db, const AnomalyThresholds& thresholds, const QDateTime& nowUtc,
                        const QString& flaggedUtc) {
    if (auto cleared = db.exec("DELETE FROM audit_flags WHERE rule = 'hotlist_overdue'"); !cleared)
        return cleared;

    struct Overdue {
        qint64 id;
        std::optional<qint64> listId;
        QJsonObject facts;
    };
    QList<Overdue> overdue;
    {
        auto stmt = db.prepare(
            "SELECT id, plate, list_id, review_by_utc FROM hotlist_entries WHERE active = 1 AND "
            "removed_utc IS NULL AND (expires_utc IS NULL OR expires_utc > ?1) AND "
            "review_by_utc < ?1 ORDER BY id");
        if (!stmt)
            return stmt.error();
        stmt.value().bind(1, TimeFormat::toStorage(nowUtc));
        while (true) {
            auto row = stmt.value().step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            const Statement& r = stmt.value();
            auto facts = AnomalyRules::hotListOverdueFacts(
                thresholds, r.integer(0), r.text(1), TimeFormat::fromStorage(r.text(3)), nowUtc);
            if (facts)
                overdue.append(Overdue{r.integer(0), r.optionalInteger(2), *facts});
        }
    }
    if (overdue.isEmpty())
        return {};

    // The latest event naming each entry and each list.
    QHash<qint64, qint64> entryEvent;
    QHash<qint64, qint64> listEvent;
    {
        auto stmt = db.prepare("SELECT seq, action, target, details FROM audit_events WHERE "
                               "action IN (?1, ?2, ?3, ?4) ORDER BY seq");
        if (!stmt)
            return stmt.error();
        stmt.value()
            .bind(1, AuditAction::hotListEntryAdded())
            .bind(2, AuditAction::hotListEntryReviewed())
            .bind(3, AuditAction::hotListEntryEdited())
            .bind(4, AuditAction::hotListImported());
        while (true) {
            auto row = stmt.value().step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            const Statement& r = stmt.value();
            if (r.text(1) == AuditAction::hotListImported()) {
                const QJsonValue list = QJsonDocument::fromJson(r.text(3).toUtf8())
                                            .object()
                                            .value(QStringLiteral("listId"));
                if (list.isDouble())
                    listEvent.insert(list.toVariant().toLongLong(), r.integer(0));
            } else {
                bool ok = false;
                const qint64 id = r.text(2).toLongLong(&ok);
                if (ok)
                    entryEvent.insert(id, r.integer(0));
            }
        }
    }

    std::map<qint64, QJsonArray> bySeq;
    for (const Overdue& entry : std::as_const(overdue)) {
        qint64 seq = entryEvent.value(entry.id, 0);
        if (entry.listId)
            seq = std::max(seq, listEvent.value(*entry.listId, 0));
        if (seq > 0)
            bySeq[seq].append(entry.facts);
    }
    auto insert = db.prepare("INSERT OR REPLACE INTO audit_flags (seq, rule, facts, flagged_utc) "
                             "VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return insert.error();
    for (const auto& [seq, entries] : bySeq) {
        QJsonObject facts;
        facts.insert(QStringLiteral("entries"), entries);
        facts.insert(QStringLiteral("limit"), thresholds.hotListOverdueDays);
        insert.value()
            .bind(1, seq)
            .bind(2, AnomalyRules::hotListOverdue())
            .bind(3, compactJson(facts))
            .bind(4, flaggedUtc);
        if (auto done = insert.value().run(); !done)
            return done;
        insert.value().reset();
    }
    return {};
}

// Users added since a search was evaluated may now match its on-behalf-of name.
Status recheckOnBehalf(Database& db, const AnomalyRules& rules) {
    auto stmt = db.prepare("SELECT seq, facts FROM audit_flags WHERE rule = 'unknown_on_behalf'");
    if (!stmt)
        return stmt.error();
    QList<qint64> known;
    while (true) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QString name = QJsonDocument::fromJson(stmt.value().text(1).toUtf8())
                                 .object()
                                 .value(QStringLiteral("on_behalf_of"))
                                 .toString();
        if (rules.isKnownPerson(name))
            known.append(stmt.value().integer(0));
    }
    auto drop = db.prepare("DELETE FROM audit_flags WHERE rule = 'unknown_on_behalf' AND seq = ?1");
    if (!drop)
        return drop.error();
    for (qint64 seq : std::as_const(known)) {
        drop.value().bind(1, seq);
        if (auto done = drop.value().run(); !done)
            return done;
        drop.value().reset();
    }
    return {};
}

AuditFlagReview readReview(const Statement& row, int first) {
    AuditFlagReview review;
    review.seq = row.integer(first);
    review.reviewedBy = row.integer(first + 1);
    review.reviewerName = row.text(first + 2);
    review.reviewedUtc = TimeFormat::fromStorage(row.text(first + 3));
    review.note = row.text(first + 4);
    review.auditSeq = row.integer(first + 5);
    return review;
}

} // namespace

AuditFlagUpdateJob::AuditFlagUpdateJob(const Store& store, const Clock& clock,
                                       AnomalyThresholds thresholds)
    : m_store(&store)
    , m_clock(&clock)
    , m_thresholds(thresholds) {}

Result<AuditFlagUpdate>
AuditFlagUpdateJob::run(const std::function<bool(qint64, qint64)>& progress) const {
    auto connection = m_store->openConnection();
    if (!connection)
        return connection.error();
    return AuditFlagService::updateStore(*connection.value(), m_thresholds, m_clock->nowUtc(),
                                         progress);
}

AuditFlagService::AuditFlagService(Station& station)
    : m_station(station) {}

Result<AnomalyThresholds> AuditFlagService::thresholds() {
    auto policy = m_station.currentPolicy();
    if (!policy)
        return policy.error();
    return AnomalyThresholds::fromPolicy(policy.value());
}

Result<AuditFlagUpdateJob> AuditFlagService::prepareUpdate(const Session& session) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    auto t = thresholds();
    if (!t)
        return t.error();
    return AuditFlagUpdateJob(m_station.store(), m_station.clock(), t.value());
}

Result<AuditFlagUpdate>
AuditFlagService::update(const Session& session,
                         const std::function<bool(qint64, qint64)>& progress) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    auto t = thresholds();
    if (!t)
        return t.error();
    return updateStore(m_station.database(), t.value(), m_station.clock().nowUtc(), progress);
}

Result<AuditFlagUpdate>
AuditFlagService::updateStore(Database& db, const AnomalyThresholds& thresholds,
                              const QDateTime& nowUtc,
                              const std::function<bool(qint64, qint64)>& progress) {
    AuditFlagUpdate result;
    const QString digest = thresholds.digest();
    const QString flaggedUtc = TimeFormat::toStorage(nowUtc);

    auto state = readState(db);
    if (!state)
        return state.error();
    qint64 scanned = state.value().scannedSeq;
    if (!state.value().present || state.value().settings != digest) {
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (auto cleared = db.exec("DELETE FROM audit_flags"); !cleared)
            return cleared.error();
        if (auto written = writeState(db, 0, digest); !written)
            return written.error();
        if (auto committed = tx.value().commit(); !committed)
            return committed.error();
        scanned = 0;
        result.recomputed = true;
    }

    auto head = AuditLog::head(db);
    if (!head)
        return head.error();
    const qint64 last = head.value().seq;
    const qint64 total = std::max<qint64>(0, last - scanned);

    auto people = knownPeople(db);
    if (!people)
        return people.error();
    AnomalyRules rules(thresholds, people.value());
    AnomalyEvent event;

    // The events before the first new one that the rules look back over.
    if (scanned > 0 && last > scanned) {
        auto first = db.prepare("SELECT min(time_utc) FROM audit_events WHERE seq > ?1");
        if (!first)
            return first.error();
        first.value().bind(1, scanned);
        auto row = first.value().step();
        if (!row)
            return row.error();
        if (row.value() && !first.value().isNull(0)) {
            const qint64 from =
                AnomalyRules::parseStorageTime(first.value().text(0)) - thresholds.contextMsecs();
            // seq is the rowid: a range scan, not a look-up per row through
            // the time index. Events before `from` in the range are skipped.
            auto context = db.prepare(
                QByteArray(kSelectEvents)
                    .append("WHERE seq <= ?1 AND seq >= (SELECT min(seq) FROM audit_events "
                            "WHERE time_utc >= ?2) ORDER BY seq")
                    .constData());
            if (!context)
                return context.error();
            context.value()
                .bind(1, scanned)
                .bind(2, TimeFormat::toStorage(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC)));
            while (true) {
                auto next = context.value().step();
                if (!next)
                    return next.error();
                if (!next.value())
                    break;
                if (readEvent(context.value(), event) && event.timeMsecs >= from)
                    rules.context(event);
            }
        }
    }

    auto insert = db.prepare("INSERT OR REPLACE INTO audit_flags (seq, rule, facts, flagged_utc) "
                             "VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return insert.error();
    auto select = db.prepare(
        QByteArray(kSelectEvents).append("WHERE seq > ?1 AND seq <= ?2 ORDER BY seq").constData());
    if (!select)
        return select.error();

    QList<AnomalyFlag> flags;
    while (scanned < last) {
        const qint64 upTo = std::min(last, scanned + kChunk);
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        // Someone else updated meanwhile: their flags stand.
        auto current = readState(db);
        if (!current)
            return current.error();
        if (current.value().scannedSeq != scanned || current.value().settings != digest)
            break;
        select.value().bind(1, scanned).bind(2, upTo);
        while (true) {
            auto row = select.value().step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            if (readEvent(select.value(), event))
                rules.evaluate(event, flags);
        }
        select.value().reset();
        for (const AnomalyFlag& flag : std::as_const(flags)) {
            insert.value()
                .bind(1, flag.seq)
                .bind(2, flag.rule)
                .bind(3, compactJson(flag.facts))
                .bind(4, flaggedUtc);
            if (auto done = insert.value().run(); !done)
                return done.error();
            insert.value().reset();
        }
        flags.clear();
        if (auto written = writeState(db, upTo, digest); !written)
            return written.error();
        if (auto committed = tx.value().commit(); !committed)
            return committed.error();
        result.eventsScanned += upTo - scanned;
        scanned = upTo;
        if (progress && !progress(result.eventsScanned, total))
            return Error(ErrorCode::Cancelled, FlagText::cancelled());
    }
    result.scannedSeq = scanned;

    {
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (auto done = recomputeHotList(db, thresholds, nowUtc, flaggedUtc); !done)
            return done.error();
        if (auto done = recheckOnBehalf(db, rules); !done)
            return done.error();
        if (auto committed = tx.value().commit(); !committed)
            return committed.error();
    }
    auto count = db.queryInt("SELECT count(*) FROM audit_flags");
    if (!count)
        return count.error();
    result.flags = count.value();
    if (progress)
        progress(result.eventsScanned, total);
    return result;
}

Result<QList<AuditFlag>> AuditFlagService::flagsFor(const Session& session,
                                                    const QList<qint64>& seqs) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    QList<qint64> wanted = seqs;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());

    auto stmt = m_station.database().prepare(
        "SELECT f.seq, f.rule, f.facts, f.flagged_utc, r.seq, r.reviewed_by, u.name, "
        "r.reviewed_utc, r.note, r.audit_seq FROM audit_flags f "
        "LEFT JOIN audit_flag_reviews r ON r.seq = f.seq "
        "LEFT JOIN users u ON u.id = r.reviewed_by WHERE f.seq = ?1 ORDER BY f.rule");
    if (!stmt)
        return stmt.error();
    QList<AuditFlag> flags;
    for (qint64 seq : std::as_const(wanted)) {
        stmt.value().bind(1, seq);
        while (true) {
            auto row = stmt.value().step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            const Statement& r = stmt.value();
            AuditFlag flag;
            flag.seq = r.integer(0);
            flag.rule = r.text(1);
            flag.facts = QJsonDocument::fromJson(r.text(2).toUtf8()).object();
            flag.flaggedUtc = TimeFormat::fromStorage(r.text(3));
            flag.title = AnomalyRules::title(flag.rule);
            flag.explanation = AnomalyRules::explain(flag.rule, flag.facts);
            if (!r.isNull(4))
                flag.review = readReview(r, 4);
            flags.append(flag);
        }
        stmt.value().reset();
    }
    return flags;
}

Result<bool> AuditFlagService::isFlagged(const Session& session, qint64 seq) {
    auto found = flaggedSeqs(session, seq, seq);
    if (!found)
        return found.error();
    return !found.value().isEmpty();
}

Result<QList<qint64>> AuditFlagService::flaggedSeqs(const Session& session, qint64 fromSeq,
                                                    qint64 toSeq) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    auto stmt = m_station.database().prepare(
        "SELECT DISTINCT seq FROM audit_flags WHERE seq >= ?1 AND seq <= ?2 ORDER BY seq");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, fromSeq).bind(2, toSeq > 0 ? toSeq : std::numeric_limits<qint64>::max());
    return stmt.value().collect<qint64>([](const Statement& r) { return r.integer(0); });
}

Result<QList<qint64>> AuditFlagService::flaggedSeqsBetween(const Session& session,
                                                           const QDateTime& fromUtc,
                                                           const QDateTime& toUtc) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    auto stmt = m_station.database().prepare(
        "SELECT DISTINCT f.seq FROM audit_flags f JOIN audit_events e ON e.seq = f.seq "
        "WHERE e.time_utc >= ?1 AND e.time_utc < ?2 ORDER BY f.seq");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, TimeFormat::toStorage(fromUtc)).bind(2, TimeFormat::toStorage(toUtc));
    return stmt.value().collect<qint64>([](const Statement& r) { return r.integer(0); });
}

Result<QList<qint64>> AuditFlagService::unreviewedSeqsBetween(const Session& session,
                                                              const QDateTime& fromUtc,
                                                              const QDateTime& toUtc) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    auto stmt = m_station.database().prepare(
        "SELECT DISTINCT f.seq FROM audit_flags f JOIN audit_events e ON e.seq = f.seq "
        "WHERE e.time_utc >= ?1 AND e.time_utc < ?2 AND NOT EXISTS (SELECT 1 FROM "
        "audit_flag_reviews r WHERE r.seq = f.seq) ORDER BY f.seq");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, TimeFormat::toStorage(fromUtc)).bind(2, TimeFormat::toStorage(toUtc));
    return stmt.value().collect<qint64>([](const Statement& r) { return r.integer(0); });
}

Result<AuditFlagReview> AuditFlagService::markReviewed(const Session& session, qint64 seq,
                                                       const QString& note) {
    if (auto active = m_station.requireActive(session, Permission::ReviewAudit); !active)
        return active.error();
    const QString text = note.trimmed();
    if (text.isEmpty())
        return Error(ErrorCode::InvalidArgument, FlagText::noteRequired());

    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();

    QStringList rules;
    {
        auto stmt = db.prepare("SELECT rule FROM audit_flags WHERE seq = ?1 ORDER BY rule");
        if (!stmt)
            return stmt.error();
        stmt.value().bind(1, seq);
        auto found = stmt.value().collect<QString>([](const Statement& r) { return r.text(0); });
        if (!found)
            return found.error();
        rules = found.value();
    }
    if (rules.isEmpty())
        return Error(ErrorCode::NotFound, FlagText::notFlagged(seq));
    {
        auto stmt = db.prepare("SELECT r.seq, r.reviewed_by, u.name, r.reviewed_utc, r.note, "
                               "r.audit_seq FROM audit_flag_reviews r LEFT JOIN users u ON "
                               "u.id = r.reviewed_by WHERE r.seq = ?1");
        if (!stmt)
            return stmt.error();
        stmt.value().bind(1, seq);
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (row.value()) {
            const AuditFlagReview earlier = readReview(stmt.value(), 0);
            return Error(ErrorCode::AlreadyExists,
                         FlagText::alreadyReviewed(seq, earlier.reviewerName,
                                                   TimeFormat::toDisplay(earlier.reviewedUtc)));
        }
    }

    AuditRecord record{AuditAction::auditFlagReviewed(), AuditOutcome::Success,
                       QStringLiteral("audit_event"), QString::number(seq)};
    record.details.insert(QStringLiteral("seq"), seq);
    record.details.insert(QStringLiteral("rules"), QJsonArray::fromStringList(rules));
    record.details.insert(QStringLiteral("note"), text);
    record.details.insert(QStringLiteral("client"), session.clientName());
    auto added = m_station.auditLog().append(tx.value(), session.actor(), record);
    if (!added)
        return added.error();

    AuditFlagReview review;
    review.seq = seq;
    review.reviewedBy = session.userId;
    review.reviewerName = session.userName;
    review.reviewedUtc = added.value().timeUtc;
    review.note = text;
    review.auditSeq = added.value().seq;
    auto insert = db.prepare("INSERT INTO audit_flag_reviews (seq, reviewed_by, reviewed_utc, "
                             "note, audit_seq) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return insert.error();
    insert.value()
        .bind(1, seq)
        .bind(2, review.reviewedBy)
        .bind(3, TimeFormat::toStorage(review.reviewedUtc))
        .bind(4, review.note)
        .bind(5, review.auditSeq);
    if (auto stored = insert.value().run(); !stored)
        return stored.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return review;
}

} // namespace pl::core
