#include "core/cases/ExceptionService.h"

#include "core/audit/AuditAction.h"
#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class ExceptionText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::ExceptionService)
public:
    static QString reasonRequired() {
        return tr("Give the reason the search must reach further back.");
    }
    static QString fromRequired() {
        return tr("Give the earliest time the search must reach back to.");
    }
    static QString fromInFuture() { return tr("The earliest time must be in the past."); }
    static QString notNeeded(const QString& number, const QString& start) {
        return tr("Searches for case %1 already reach back to %2; no exception is needed.")
            .arg(number, start);
    }
    static QString caseClosed(const QString& number) {
        return tr("Case %1 is closed; no exception can be requested or approved for it.")
            .arg(number);
    }
    static QString notFound(qint64 id) { return tr("There is no exception request %1.").arg(id); }
    static QString alreadyDecided(qint64 id, const QString& status) {
        return tr("Exception request %1 has already been decided (%2).").arg(id).arg(status);
    }
    static QString ownRequest() {
        return tr("You cannot decide your own exception request; another supervisor must.");
    }
    static QString noteRequired() { return tr("Give the reason for refusing the request."); }
};

const char* const kExceptionColumns =
    "SELECT e.id, e.case_id, c.number, e.requested_by, ru.name, e.requested_utc, e.from_utc, "
    "e.reason, e.status, e.decided_by, du.name, e.decided_utc, e.decision_note, e.expires_utc "
    "FROM query_exceptions e JOIN cases c ON c.id = e.case_id "
    "LEFT JOIN users ru ON ru.id = e.requested_by LEFT JOIN users du ON du.id = e.decided_by ";

QDateTime optionalTime(const Statement& row, int column) {
    return row.isNull(column) ? QDateTime() : TimeFormat::fromStorage(row.text(column));
}

QueryException exceptionFromRow(const Statement& row) {
    QueryException e;
    e.id = row.integer(0);
    e.caseId = row.integer(1);
    e.caseNumber = row.text(2);
    e.requestedBy = row.integer(3);
    e.requestedByName = row.text(4);
    e.requestedUtc = TimeFormat::fromStorage(row.text(5));
    e.fromUtc = TimeFormat::fromStorage(row.text(6));
    e.reason = row.text(7);
    e.status =
        QueryException::statusFromName(row.text(8)).value_or(QueryException::Status::Pending);
    e.decidedBy = row.optionalInteger(9);
    e.decidedByName = row.text(10);
    e.decidedUtc = optionalTime(row, 11);
    e.decisionNote = row.text(12);
    e.expiresUtc = optionalTime(row, 13);
    return e;
}

Result<QList<QueryException>> collect(Statement& stmt) {
    return stmt.collect<QueryException>(exceptionFromRow);
}

Result<QueryException> loadException(Database& db, qint64 id) {
    auto stmt =
        db.prepare(QByteArray(QByteArray(kExceptionColumns) + "WHERE e.id = ?1").constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id);
    auto found = collect(stmt.value());
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error(ErrorCode::NotFound, ExceptionText::notFound(id));
    return found.value().first();
}

} // namespace

ExceptionService::ExceptionService(Station& station)
    : m_station(station) {}

Result<QueryException> ExceptionService::request(const Session& session, const QString& caseNumber,
                                                 const QDateTime& fromUtc, const QString& reason) {
    if (auto active = m_station.requireActive(session, Permission::SearchReads); !active)
        return active.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error(ErrorCode::InvalidArgument, ExceptionText::reasonRequired());
    if (!fromUtc.isValid())
        return Error(ErrorCode::InvalidArgument, ExceptionText::fromRequired());
    const QDateTime now = m_station.clock().nowUtc();
    const QDateTime from = fromUtc.toUTC();
    if (from >= now)
        return Error(ErrorCode::InvalidArgument, ExceptionText::fromInFuture());
    auto policy = m_station.currentPolicy();
    if (!policy)
        return policy.error();

    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto file = CaseService::lookup(db, caseNumber);
    if (!file)
        return file.error();
    if (!file.value().isOpen())
        return Error(ErrorCode::InvalidArgument, ExceptionText::caseClosed(file.value().number));
    auto start = CaseService::windowStart(db, file.value(), policy.value(), now);
    if (!start)
        return start.error();
    if (from >= start.value())
        return Error(
            ErrorCode::InvalidArgument,
            ExceptionText::notNeeded(file.value().number, TimeFormat::toDisplay(start.value())));

    auto insert = db.prepare("INSERT INTO query_exceptions (case_id, requested_by, requested_utc, "
                             "from_utc, reason) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return insert.error();
    insert.value()
        .bind(1, file.value().id)
        .bind(2, session.userId)
        .bind(3, TimeFormat::toStorage(now))
        .bind(4, TimeFormat::toStorage(from))
        .bind(5, why);
    if (auto stored = insert.value().run(); !stored)
        return stored.error();
    const qint64 id = db.lastInsertRowId();

    AuditRecord requested{AuditAction::exceptionRequested(), AuditOutcome::Success,
                          QStringLiteral("query_exception"), QString::number(id)};
    requested.caseNumber = file.value().number;
    requested.reason = why;
    requested.details.insert(QStringLiteral("from_utc"), TimeFormat::toStorage(from));
    requested.details.insert(QStringLiteral("window_start_utc"),
                             TimeFormat::toStorage(start.value()));
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), requested); !added)
        return added.error();
    auto created = loadException(db, id);
    if (!created)
        return created.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return created;
}

Result<QueryException> ExceptionService::approve(const Session& session, qint64 exceptionId,
                                                 const QString& note) {
    return decide(session, exceptionId, true, note);
}

Result<QueryException> ExceptionService::refuse(const Session& session, qint64 exceptionId,
                                                const QString& note) {
    return decide(session, exceptionId, false, note);
}

Result<QueryException> ExceptionService::decide(const Session& session, qint64 exceptionId,
                                                bool approve, const QString& note) {
    if (auto active = m_station.requireActive(session, Permission::ApproveExceptions); !active)
        return active.error();
    const QString text = note.trimmed();
    if (!approve && text.isEmpty())
        return Error(ErrorCode::InvalidArgument, ExceptionText::noteRequired());
    auto policy = m_station.currentPolicy();
    if (!policy)
        return policy.error();
    const QDateTime now = m_station.clock().nowUtc();

    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto found = loadException(db, exceptionId);
    if (!found)
        return found.error();
    const QueryException& pending = found.value();
    if (pending.status != QueryException::Status::Pending)
        return Error(
            ErrorCode::InvalidArgument,
            ExceptionText::alreadyDecided(exceptionId, QueryException::statusLabel(pending, now)));
    if (pending.requestedBy == session.userId) {
        // Trying to decide one's own request is worth a supervisor's notice.
        AuditRecord attempt{
            approve ? AuditAction::exceptionApproved() : AuditAction::exceptionRefused(),
            AuditOutcome::Refused, QStringLiteral("query_exception"), QString::number(exceptionId)};
        attempt.caseNumber = pending.caseNumber;
        attempt.reason = QStringLiteral("own request");
        if (auto added = m_station.auditLog().append(tx.value(), session.actor(), attempt); !added)
            return added.error();
        if (auto committed = tx.value().commit(); !committed)
            return committed.error();
        return Error(ErrorCode::PermissionDenied, ExceptionText::ownRequest());
    }
    if (approve) {
        auto file = CaseService::lookup(db, pending.caseNumber);
        if (!file)
            return file.error();
        if (!file.value().isOpen())
            return Error(ErrorCode::InvalidArgument,
                         ExceptionText::caseClosed(file.value().number));
    }

    const QDateTime expires = now.addDays(policy.value().exceptionValidityDays());
    auto update = db.prepare("UPDATE query_exceptions SET status = ?1, decided_by = ?2, "
                             "decided_utc = ?3, decision_note = ?4, expires_utc = ?5 "
                             "WHERE id = ?6 AND status = 'pending'");
    if (!update)
        return update.error();
    update.value()
        .bind(1, QueryException::statusName(approve ? QueryException::Status::Approved
                                                    : QueryException::Status::Refused))
        .bind(2, session.userId)
        .bind(3, TimeFormat::toStorage(now))
        .bindOptional(4, text);
    if (approve)
        update.value().bind(5, TimeFormat::toStorage(expires));
    else
        update.value().bindNull(5);
    update.value().bind(6, exceptionId);
    if (auto stored = update.value().run(); !stored)
        return stored.error();

    AuditRecord decided{
        approve ? AuditAction::exceptionApproved() : AuditAction::exceptionRefused(),
        AuditOutcome::Success, QStringLiteral("query_exception"), QString::number(exceptionId)};
    decided.caseNumber = pending.caseNumber;
    decided.reason = text;
    decided.details.insert(QStringLiteral("requested_by"), pending.requestedByName);
    decided.details.insert(QStringLiteral("from_utc"), TimeFormat::toStorage(pending.fromUtc));
    if (approve)
        decided.details.insert(QStringLiteral("expires_utc"), TimeFormat::toStorage(expires));
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), decided); !added)
        return added.error();
    auto after = loadException(db, exceptionId);
    if (!after)
        return after.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return after;
}

Result<QList<QueryException>> ExceptionService::pending(const Session& session) {
    if (auto active = m_station.requireActive(session, Permission::ApproveExceptions); !active)
        return active.error();
    auto stmt = m_station.database().prepare(
        QByteArray(QByteArray(kExceptionColumns) + "WHERE e.status = 'pending' ORDER BY e.id")
            .constData());
    if (!stmt)
        return stmt.error();
    return collect(stmt.value());
}

Result<QList<QueryException>> ExceptionService::forCase(const Session& session,
                                                        const QString& caseNumber) {
    if (auto active = m_station.requireActive(session, Permission::SearchReads); !active)
        return active.error();
    Database& db = m_station.database();
    auto file = CaseService::lookup(db, caseNumber);
    if (!file)
        return file.error();
    auto stmt = db.prepare(
        QByteArray(QByteArray(kExceptionColumns) + "WHERE e.case_id = ?1 ORDER BY e.id DESC")
            .constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, file.value().id);
    return collect(stmt.value());
}

Result<std::optional<QueryException>> ExceptionService::activeFor(const Session& session,
                                                                  const QString& caseNumber) {
    if (auto active = m_station.requireActive(session, Permission::SearchReads); !active)
        return active.error();
    Database& db = m_station.database();
    auto file = CaseService::lookup(db, caseNumber);
    if (!file)
        return file.error();
    if (!file.value().isOpen())
        return std::optional<QueryException>();
    // Stored times share one fixed-width UTC form, so they compare as text.
    auto stmt = db.prepare(QByteArray(QByteArray(kExceptionColumns) +
                                      "WHERE e.case_id = ?1 AND e.status = 'approved' AND "
                                      "e.expires_utc > ?2 ORDER BY e.from_utc, e.id LIMIT 1")
                               .constData());
    if (!stmt)
        return stmt.error();
    stmt.value()
        .bind(1, file.value().id)
        .bind(2, TimeFormat::toStorage(m_station.clock().nowUtc()));
    auto found = collect(stmt.value());
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<QueryException>();
    return std::optional<QueryException>(found.value().first());
}

} // namespace pl::core
