#include "core/audit/AuditBrowser.h"

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/common/TimeFormat.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <variant>
#include <vector>

namespace pl::core {

namespace {

class BrowserText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::AuditBrowser)
public:
    static QString otherUser() {
        return tr("This filter was applied by someone else; apply it again.");
    }
    static QString noSuchEvent(qint64 seq) {
        return tr("Event #%1 is not among the events this filter shows.").arg(seq);
    }
};

const char* const kColumns =
    "SELECT seq, time_utc, user_id, user_name, on_behalf_of, action, target_kind, target, "
    "case_number, reason, details, outcome, prev_hash, hash FROM audit_events";

using Parameter = std::variant<QString, qint64>;

// The WHERE clause of a filter. Equality filters have indexes ordered by seq,
// so SQLite walks them newest first without sorting. The time range is
// checked on the rows ('+' keeps SQLite from sorting a time-index range),
// within the seq bounds of the events in that range, found at apply time,
// because a backdated event (a sealed failed log-in) can be newer in the
// chain than its time says. An action family matching many events is also
// checked on the rows, walked newest first; a rare one is read through the
// action index and sorted.
struct Where {
    QByteArray sql;
    std::vector<Parameter> parameters;

    void add(const char* condition) {
        sql += sql.isEmpty() ? " WHERE " : " AND ";
        sql += condition;
    }
    void add(const char* condition, Parameter value) {
        add(condition);
        parameters.push_back(std::move(value));
    }
};

struct Plan {
    bool dense = false; // many matches: walk by seq rather than sort
    qint64 minSeq = 0;  // seq bounds of the time range, 0 when none
    qint64 maxSeq = 0;
};

Where whereOf(const AuditFilter& filter, const Plan& plan = {}) {
    Where where;
    if (plan.minSeq > 0) {
        where.add("seq >= ?", plan.minSeq);
        where.add("seq <= ?", plan.maxSeq);
    }
    if (filter.fromUtc.isValid())
        where.add("+time_utc >= ?", TimeFormat::toStorage(filter.fromUtc));
    if (filter.toUtc.isValid())
        where.add("+time_utc < ?", TimeFormat::toStorage(filter.toUtc));
    if (!filter.user.isEmpty())
        where.add("user_name = ? COLLATE NOCASE", filter.user);
    if (filter.action.endsWith(QLatin1String(".*"))) {
        const QString family = filter.action.chopped(1); // "search."
        where.add(plan.dense ? "+action >= ?" : "action >= ?", family);
        // '/' sorts right after '.', so this bounds the family.
        where.add(plan.dense ? "+action < ?" : "action < ?", family.chopped(1) + QLatin1Char('/'));
    } else if (!filter.action.isEmpty()) {
        where.add("action = ?", filter.action);
    }
    if (!filter.plate.isEmpty()) {
        const qsizetype wildcard = filter.plate.indexOf(QRegularExpression(QStringLiteral("[?*]")));
        if (wildcard < 0) {
            where.add("seq IN (SELECT seq FROM audit_event_plates WHERE plate = ?)", filter.plate);
        } else {
            // A pattern: GLOB shares the search's '?' and '*'; the fixed
            // prefix bounds the index range.
            const QString prefix = filter.plate.left(wildcard);
            where.add("seq IN (SELECT seq FROM audit_event_plates WHERE plate >= ? AND plate < ? "
                      "AND plate GLOB ?)");
            where.parameters.emplace_back(prefix);
            where.parameters.emplace_back(prefix + QChar(0x7f));
            where.parameters.emplace_back(filter.plate);
        }
    }
    if (!filter.caseNumber.isEmpty())
        where.add("case_number = ? COLLATE NOCASE", filter.caseNumber);
    if (!filter.outcome.isEmpty())
        where.add("outcome = ?", filter.outcome);
    if (filter.onlyFlagged)
        where.add("seq IN (SELECT seq FROM audit_flags)");
    return where;
}

void bindAll(Statement& stmt, const std::vector<Parameter>& parameters, int first = 1) {
    int index = first;
    for (const Parameter& parameter : parameters) {
        if (const auto* text = std::get_if<QString>(&parameter))
            stmt.bind(index++, *text);
        else
            stmt.bind(index++, std::get<qint64>(parameter));
    }
}

AuditEventRow rowOf(AuditEvent event) {
    AuditEventRow row;
    const QJsonObject details = QJsonDocument::fromJson(event.details.toUtf8()).object();
    row.plate = details.value(QStringLiteral("plate")).toString();
    for (const char* key : {"count", "reads"}) {
        const QJsonValue value = details.value(QLatin1String(key));
        if (value.isDouble()) {
            row.readCount = value.toInteger();
            break;
        }
    }
    row.event = std::move(event);
    return row;
}

// Marks the rows that carry anomaly flags and those whose flags were reviewed.
Status markFlags(Database& db, QList<AuditEventRow>& rows) {
    if (rows.isEmpty())
        return {};
    const qint64 newest = rows.first().event.seq;
    const qint64 oldest = rows.last().event.seq;
    QSet<qint64> flagged;
    QSet<qint64> reviewed;
    for (auto [sql, into] : {std::pair{"SELECT DISTINCT seq FROM audit_flags WHERE seq BETWEEN ? "
                                       "AND ?",
                                       &flagged},
                             std::pair{"SELECT seq FROM audit_flag_reviews WHERE seq BETWEEN ? "
                                       "AND ?",
                                       &reviewed}}) {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt.value().bind(1, oldest).bind(2, newest);
        while (true) {
            auto step = stmt.value().step();
            if (!step)
                return step.error();
            if (!step.value())
                break;
            into->insert(stmt.value().integer(0));
        }
    }
    for (AuditEventRow& row : rows) {
        row.flagged = flagged.contains(row.event.seq);
        row.flagReviewed = reviewed.contains(row.event.seq);
    }
    return {};
}

Result<qint64> countMatching(Database& db, const Where& where) {
    auto stmt =
        db.prepare(QByteArray("SELECT count(*) FROM audit_events").append(where.sql).constData());
    if (!stmt)
        return stmt.error();
    bindAll(stmt.value(), where.parameters);
    auto step = stmt.value().step();
    if (!step)
        return step.error();
    return stmt.value().integer(0);
}

// The lowest and highest seq of the events in the filter's time range, read
// from the time index alone.
Status seqBounds(Database& db, const AuditFilter& filter, Plan& plan) {
    if (!filter.fromUtc.isValid() && !filter.toUtc.isValid())
        return {};
    Where where;
    if (filter.fromUtc.isValid())
        where.add("time_utc >= ?", TimeFormat::toStorage(filter.fromUtc));
    if (filter.toUtc.isValid())
        where.add("time_utc < ?", TimeFormat::toStorage(filter.toUtc));
    auto stmt = db.prepare(QByteArray("SELECT min(seq), max(seq) FROM audit_events INDEXED BY "
                                      "audit_events_time")
                               .append(where.sql)
                               .constData());
    if (!stmt)
        return stmt.error();
    bindAll(stmt.value(), where.parameters);
    auto step = stmt.value().step();
    if (!step)
        return step.error();
    if (stmt.value().isNull(0)) {
        // Nothing in the range: bounds no event has.
        plan.minSeq = 1;
        plan.maxSeq = 0;
        return {};
    }
    plan.minSeq = stmt.value().integer(0);
    plan.maxSeq = stmt.value().integer(1);
    return {};
}

} // namespace

AuditBrowser::AuditBrowser(Station& station)
    : m_station(station) {}

Result<AuditQuery> AuditBrowser::open(const Session& session) {
    return record(session, AuditFilter{}, true);
}

Result<AuditQuery> AuditBrowser::apply(const Session& session, const AuditFilter& filter) {
    return record(session, filter, false);
}

Result<AuditQuery> AuditBrowser::record(const Session& session, const AuditFilter& filter,
                                        bool opening) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();

    AuditRecord recorded{opening ? AuditAction::auditBrowserOpened() : AuditAction::auditFiltered(),
                         AuditOutcome::Success};
    recorded.details.insert(QStringLiteral("client"), session.clientName());
    auto normalised = filter.normalised();
    if (!normalised) {
        // A refused filter is recorded too: it shows what someone tried to look for.
        recorded.outcome = AuditOutcome::Refused;
        recorded.details.insert(QStringLiteral("filter"), filter.toJson());
        recorded.details.insert(QStringLiteral("refused"), normalised.error().message());
        if (auto added = m_station.auditLog().append(tx.value(), session.actor(), recorded); !added)
            return added.error();
        if (auto committed = tx.value().commit(); !committed)
            return committed.error();
        return normalised.error();
    }

    AuditQuery query;
    query.m_filter = normalised.value();
    query.m_userId = session.userId;
    Plan plan;
    if (auto bounded = seqBounds(db, query.m_filter, plan); !bounded)
        return bounded.error();
    query.m_minSeq = plan.minSeq;
    query.m_maxSeq = plan.maxSeq;
    auto matching = countMatching(db, whereOf(query.m_filter, plan));
    if (!matching)
        return matching.error();
    query.m_matching = matching.value();

    recorded.details.insert(QStringLiteral("filter"), query.m_filter.toJson());
    recorded.details.insert(QStringLiteral("matching"), query.m_matching);
    auto added = m_station.auditLog().append(tx.value(), session.actor(), recorded);
    if (!added)
        return added.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    query.m_recordedSeq = added.value().seq;
    return query;
}

Result<AuditEventPage> AuditBrowser::page(const Session& session, const AuditQuery& query,
                                          qint64 beforeSeq, int limit) const {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    if (query.m_userId != session.userId || query.m_recordedSeq == 0)
        return Error(ErrorCode::PermissionDenied, BrowserText::otherUser());
    Plan plan;
    plan.minSeq = query.m_minSeq;
    plan.maxSeq = query.m_maxSeq;
    // At least one event in a hundred matching: walking back from the newest
    // finds a page within a few thousand rows.
    plan.dense = query.m_matching * 100 >= query.m_recordedSeq;
    Where where = whereOf(query.m_filter, plan);
    // The trail as it was when the filter was applied: what it counted.
    where.add("seq < ?",
              beforeSeq > 0 ? std::min(beforeSeq, query.m_recordedSeq) : query.m_recordedSeq);
    // One more than asked for tells whether older events remain.
    const QByteArray sql =
        QByteArray(kColumns).append(where.sql).append(" ORDER BY seq DESC LIMIT ?");
    Database& db = m_station.database();
    auto stmt = db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    bindAll(stmt.value(), where.parameters);
    stmt.value().bind(static_cast<int>(where.parameters.size()) + 1,
                      static_cast<qint64>(limit) + 1);
    auto events = stmt.value().collect<AuditEvent>(
        [](const Statement& row) { return AuditLog::readEvent(row); });
    if (!events)
        return events.error();

    AuditEventPage page;
    page.more = events.value().size() > limit;
    if (page.more)
        events.value().removeLast();
    page.rows.reserve(events.value().size());
    for (AuditEvent& event : events.value())
        page.rows.append(rowOf(std::move(event)));
    if (auto marked = markFlags(db, page.rows); !marked)
        return marked.error();
    return page;
}

Result<AuditEventRow> AuditBrowser::event(const Session& session, const AuditQuery& query,
                                          qint64 seq) const {
    auto found = page(session, query, seq + 1, 1);
    if (!found)
        return found.error();
    if (found.value().rows.isEmpty() || found.value().rows.first().event.seq != seq)
        return Error(ErrorCode::NotFound, BrowserText::noSuchEvent(seq));
    return found.value().rows.first();
}

Result<QStringList> AuditBrowser::actions(const Session& session) const {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    auto stmt = m_station.database().prepare("SELECT DISTINCT action FROM audit_events "
                                             "ORDER BY action");
    if (!stmt)
        return stmt.error();
    return stmt.value().collect<QString>([](const Statement& row) { return row.text(0); });
}

Result<std::optional<AuditChainStatus>>
AuditBrowser::lastVerification(const Session& session) const {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    Database& db = m_station.database();
    auto stmt = db.prepare("SELECT time_utc, user_name, details FROM audit_events "
                           "WHERE action = ? ORDER BY seq DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, AuditAction::auditVerified());
    auto step = stmt.value().step();
    if (!step)
        return step.error();
    if (!step.value())
        return std::optional<AuditChainStatus>();
    AuditChainStatus status;
    status.verifiedUtc = TimeFormat::fromStorage(stmt.value().text(0));
    status.verifiedBy = stmt.value().text(1);
    const QJsonObject details = QJsonDocument::fromJson(stmt.value().text(2).toUtf8()).object();
    status.intact = details.value(QStringLiteral("intact")).toBool();
    status.headSeq = details.value(QStringLiteral("head_seq")).toInteger();
    status.firstBrokenSeq = details.value(QStringLiteral("first_broken_seq")).toInteger();
    status.problem = details.value(QStringLiteral("problem")).toString();
    status.breakName = details.value(QStringLiteral("break")).toString();
    if (status.headSeq > 0) {
        auto head = db.prepare("SELECT time_utc FROM audit_events WHERE seq = ?");
        if (!head)
            return head.error();
        head.value().bind(1, status.headSeq);
        auto found = head.value().step();
        if (!found)
            return found.error();
        if (found.value())
            status.headTimeUtc = TimeFormat::fromStorage(head.value().text(0));
    }
    return std::optional<AuditChainStatus>(status);
}

} // namespace pl::core
