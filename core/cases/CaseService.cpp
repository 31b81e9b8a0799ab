#include "core/cases/CaseService.h"

#include "core/audit/AuditAction.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class CaseText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::CaseService)
public:
    static QString numberRequired() { return tr("Enter a case number."); }
    static QString numberTooLong(int max) {
        return tr("A case number has at most %1 characters.").arg(max);
    }
    static QString numberBadChars() {
        return tr("A case number cannot contain line breaks or other control characters.");
    }
    static QString numberTaken(const QString& number) {
        return tr("Case number %1 is already taken.").arg(number);
    }
    static QString titleRequired() { return tr("Enter a title for the case."); }
    static QString offenseRequired() { return tr("A criminal case needs an offense category."); }
    static QString offenseUnknown(const QString& code) {
        return tr("There is no offense category \"%1\".").arg(code);
    }
    static QString offenseNotForAdministrative() {
        return tr("An administrative case has no offense category.");
    }
    static QString leadUnknown() { return tr("The lead investigator is not an active user."); }
    static QString notFound(const QString& number) {
        return tr("There is no case %1.").arg(number);
    }
    static QString alreadyClosed(const QString& number) {
        return tr("Case %1 is already closed.").arg(number);
    }
    static QString closedNoLink(const QString& number) {
        return tr("Case %1 is closed; reads can no longer be linked to or unlinked from it.")
            .arg(number);
    }
    static QString readNotFound(qint64 readId) { return tr("There is no read %1.").arg(readId); }
    static QString alreadyLinked(qint64 readId, const QString& number) {
        return tr("Read %1 is already linked to case %2.").arg(readId).arg(number);
    }
    static QString notLinked(qint64 readId, const QString& number) {
        return tr("Read %1 is not linked to case %2.").arg(readId).arg(number);
    }
    static QString yearsRange(int min, int max) {
        return tr("The number of years must be between %1 and %2.").arg(min).arg(max);
    }
};

constexpr int kMaxNumberLength = 64;
constexpr int kMinYears = 1;
constexpr int kMaxYears = 100;

const char* const kCaseColumns =
    "SELECT c.id, c.number, c.title, c.kind, c.offense, c.lead_user_id, lu.name, c.opened_utc, "
    "c.opened_by, ou.name, c.closed_utc, c.closed_by, cu.name, "
    "(SELECT count(*) FROM case_reads cr WHERE cr.case_id = c.id) "
    "FROM cases c LEFT JOIN users lu ON lu.id = c.lead_user_id "
    "LEFT JOIN users ou ON ou.id = c.opened_by LEFT JOIN users cu ON cu.id = c.closed_by ";

CaseFile caseFromRow(const Statement& row) {
    CaseFile file;
    file.id = row.integer(0);
    file.number = row.text(1);
    file.title = row.text(2);
    file.kind = CaseFile::kindFromName(row.text(3)).value_or(CaseFile::Kind::Administrative);
    file.offense = row.text(4);
    file.leadUserId = row.optionalInteger(5);
    file.leadUserName = row.text(6);
    file.openedUtc = TimeFormat::fromStorage(row.text(7));
    file.openedBy = row.integer(8);
    file.openedByName = row.text(9);
    if (!row.isNull(10))
        file.closedUtc = TimeFormat::fromStorage(row.text(10));
    file.closedBy = row.optionalInteger(11);
    file.closedByName = row.text(12);
    file.linkedReads = row.integer(13);
    return file;
}

Status checkNumber(const QString& number) {
    if (number.isEmpty())
        return Error(ErrorCode::InvalidArgument, CaseText::numberRequired());
    if (number.size() > kMaxNumberLength)
        return Error(ErrorCode::InvalidArgument, CaseText::numberTooLong(kMaxNumberLength));
    for (const QChar c : number) {
        if (c.category() == QChar::Other_Control)
            return Error(ErrorCode::InvalidArgument, CaseText::numberBadChars());
    }
    return {};
}

Result<bool> readExists(Database& db, qint64 readId) {
    auto stmt = db.prepare("SELECT 1 FROM reads WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, readId);
    return stmt.value().step();
}

Result<bool> isLinked(Database& db, qint64 caseId, qint64 readId) {
    auto stmt = db.prepare("SELECT 1 FROM case_reads WHERE case_id = ?1 AND read_id = ?2");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, caseId).bind(2, readId);
    return stmt.value().step();
}
} // namespace

CaseService::CaseService(Station& station)
    : m_station(station) {}

Result<CaseFile> CaseService::lookup(Database& db, const QString& number) {
    const QString trimmed = number.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidArgument, CaseText::numberRequired());
    auto stmt = db.prepare(
        QByteArray(QByteArray(kCaseColumns) + "WHERE c.number = ?1 COLLATE NOCASE").constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, trimmed);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::NotFound, CaseText::notFound(trimmed));
    return caseFromRow(stmt.value());
}

Result<QDateTime> CaseService::windowStart(Database& db, const CaseFile& file, const Policy& policy,
                                           const QDateTime& nowUtc) {
    if (file.kind == CaseFile::Kind::Administrative)
        return nowUtc.addYears(-policy.administrativeWindowYears());
    auto stmt = db.prepare("SELECT years FROM offense_categories WHERE code = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, file.offense);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    // The schema ties a criminal case to a known category; should one be
    // missing, the administrative window applies.
    if (!row.value())
        return nowUtc.addYears(-policy.administrativeWindowYears());
    return nowUtc.addYears(-static_cast<int>(stmt.value().integer(0)));
}

Result<CaseFile> CaseService::open(const Session& session, const NewCase& request) {
    if (auto active = m_station.requireActive(session, Permission::ManageCases); !active)
        return active.error();
    const QString number = request.number.trimmed();
    if (auto valid = checkNumber(number); !valid)
        return valid.error();
    const QString title = request.title.trimmed();
    if (title.isEmpty())
        return Error(ErrorCode::InvalidArgument, CaseText::titleRequired());
    const QString offense = request.offense.trimmed();
    if (request.kind == CaseFile::Kind::Criminal && offense.isEmpty())
        return Error(ErrorCode::InvalidArgument, CaseText::offenseRequired());
    if (request.kind == CaseFile::Kind::Administrative && !offense.isEmpty())
        return Error(ErrorCode::InvalidArgument, CaseText::offenseNotForAdministrative());

    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();

    auto existing = lookup(db, number);
    if (existing)
        return Error(ErrorCode::AlreadyExists, CaseText::numberTaken(existing.value().number));
    if (existing.error().code() != ErrorCode::NotFound)
        return existing.error();

    if (!offense.isEmpty()) {
        auto known = db.prepare("SELECT 1 FROM offense_categories WHERE code = ?1");
        if (!known)
            return known.error();
        known.value().bind(1, offense);
        auto row = known.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            return Error(ErrorCode::InvalidArgument, CaseText::offenseUnknown(offense));
    }

    const qint64 leadId = request.leadUserId.value_or(session.userId);
    auto lead = db.prepare("SELECT 1 FROM users WHERE id = ?1 AND active = 1");
    if (!lead)
        return lead.error();
    lead.value().bind(1, leadId);
    auto leadRow = lead.value().step();
    if (!leadRow)
        return leadRow.error();
    if (!leadRow.value())
        return Error(ErrorCode::InvalidArgument, CaseText::leadUnknown());

    auto insert = db.prepare("INSERT INTO cases (number, title, kind, offense, lead_user_id, "
                             "opened_utc, opened_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!insert)
        return insert.error();
    insert.value()
        .bind(1, number)
        .bind(2, title)
        .bind(3, CaseFile::kindName(request.kind))
        .bindOptional(4, offense)
        .bind(5, leadId)
        .bind(6, TimeFormat::toStorage(m_station.clock().nowUtc()))
        .bind(7, session.userId);
    if (auto stored = insert.value().run(); !stored)
        return stored.error();

    AuditRecord opened{AuditAction::caseOpened(), AuditOutcome::Success, QStringLiteral("case"),
                       number};
    opened.caseNumber = number;
    opened.details.insert(QStringLiteral("title"), title);
    opened.details.insert(QStringLiteral("kind"), CaseFile::kindName(request.kind));
    if (!offense.isEmpty())
        opened.details.insert(QStringLiteral("offense"), offense);
    opened.details.insert(QStringLiteral("lead_user_id"), leadId);
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), opened); !added)
        return added.error();

    auto created = lookup(db, number);
    if (!created)
        return created.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return created;
}

Status CaseService::close(const Session& session, const QString& number, const QString& reason) {
    if (auto active = m_station.requireActive(session, Permission::ManageCases); !active)
        return active;
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto file = lookup(db, number);
    if (!file)
        return file.error();
    if (!file.value().isOpen())
        return Error(ErrorCode::InvalidArgument, CaseText::alreadyClosed(file.value().number));

    auto update = db.prepare("UPDATE cases SET closed_utc = ?1, closed_by = ?2 WHERE id = ?3");
    if (!update)
        return update.error();
    update.value()
        .bind(1, TimeFormat::toStorage(m_station.clock().nowUtc()))
        .bind(2, session.userId)
        .bind(3, file.value().id);
    if (auto stored = update.value().run(); !stored)
        return stored;

    AuditRecord closed{AuditAction::caseClosed(), AuditOutcome::Success, QStringLiteral("case"),
                       file.value().number};
    closed.caseNumber = file.value().number;
    closed.reason = reason.trimmed();
    closed.details.insert(QStringLiteral("linked_reads"), file.value().linkedReads);
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), closed); !added)
        return added.error();
    return tx.value().commit();
}

Result<CaseFile> CaseService::find(const Session& session, const QString& number) {
    if (auto active = m_station.requireActive(session); !active)
        return active.error();
    return lookup(m_station.database(), number);
}

Result<QList<CaseFile>> CaseService::list(const Session& session, Filter filter) {
    if (auto active = m_station.requireActive(session); !active)
        return active.error();
    const QByteArray sql = QByteArray(kCaseColumns) +
                           (filter == Filter::OpenOnly ? "WHERE c.closed_utc IS NULL " : "") +
                           "ORDER BY c.opened_utc DESC, c.id DESC";
    auto stmt = m_station.database().prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    return stmt.value().collect<CaseFile>(caseFromRow);
}

Status CaseService::linkRead(const Session& session, const QString& number, qint64 readId) {
    if (auto active = m_station.requireActive(session, Permission::ManageCases); !active)
        return active;
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto file = lookup(db, number);
    if (!file)
        return file.error();
    if (!file.value().isOpen())
        return Error(ErrorCode::InvalidArgument, CaseText::closedNoLink(file.value().number));
    auto exists = readExists(db, readId);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return Error(ErrorCode::NotFound, CaseText::readNotFound(readId));
    auto linked = isLinked(db, file.value().id, readId);
    if (!linked)
        return linked.error();
    if (linked.value())
        return Error(ErrorCode::AlreadyExists,
                     CaseText::alreadyLinked(readId, file.value().number));

    auto insert = db.prepare(
        "INSERT INTO case_reads (case_id, read_id, linked_utc, linked_by) VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return insert.error();
    insert.value()
        .bind(1, file.value().id)
        .bind(2, readId)
        .bind(3, TimeFormat::toStorage(m_station.clock().nowUtc()))
        .bind(4, session.userId);
    if (auto stored = insert.value().run(); !stored)
        return stored;

    AuditRecord record{AuditAction::caseReadLinked(), AuditOutcome::Success, QStringLiteral("read"),
                       QString::number(readId)};
    record.caseNumber = file.value().number;
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), record); !added)
        return added.error();
    return tx.value().commit();
}

Status CaseService::unlinkRead(const Session& session, const QString& number, qint64 readId,
                               const QString& reason) {
    if (auto active = m_station.requireActive(session, Permission::ManageCases); !active)
        return active;
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto file = lookup(db, number);
    if (!file)
        return file.error();
    if (!file.value().isOpen())
        return Error(ErrorCode::InvalidArgument, CaseText::closedNoLink(file.value().number));
    auto linked = isLinked(db, file.value().id, readId);
    if (!linked)
        return linked.error();
    if (!linked.value())
        return Error(ErrorCode::NotFound, CaseText::notLinked(readId, file.value().number));

    auto remove = db.prepare("DELETE FROM case_reads WHERE case_id = ?1 AND read_id = ?2");
    if (!remove)
        return remove.error();
    remove.value().bind(1, file.value().id).bind(2, readId);
    if (auto removed = remove.value().run(); !removed)
        return removed;

    AuditRecord record{AuditAction::caseReadUnlinked(), AuditOutcome::Success,
                       QStringLiteral("read"), QString::number(readId)};
    record.caseNumber = file.value().number;
    record.reason = reason.trimmed();
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), record); !added)
        return added.error();
    return tx.value().commit();
}

Result<QList<CaseRead>> CaseService::reads(const Session& session, const QString& number) {
    if (auto active = m_station.requireActive(session, Permission::ManageCases); !active)
        return active.error();
    Database& db = m_station.database();
    auto file = lookup(db, number);
    if (!file)
        return file.error();
    auto stmt = db.prepare(
        "SELECT r.id, r.plate, r.plate_raw, r.state, r.time_ms, r.device_id, r.latitude, "
        "r.longitude, cr.linked_utc, u.name FROM case_reads cr JOIN reads r ON r.id = cr.read_id "
        "LEFT JOIN users u ON u.id = cr.linked_by WHERE cr.case_id = ?1 "
        "ORDER BY r.time_ms, r.id");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, file.value().id);
    return stmt.value().collect<CaseRead>([](const Statement& s) {
        CaseRead read;
        read.readId = s.integer(0);
        read.plate = s.text(1);
        read.plateRaw = s.text(2);
        read.state = s.text(3);
        read.timeUtc = QDateTime::fromMSecsSinceEpoch(s.integer(4), Qt::UTC);
        read.deviceId = s.integer(5);
        if (!s.isNull(6))
            read.latitude = s.real(6);
        if (!s.isNull(7))
            read.longitude = s.real(7);
        read.linkedUtc = TimeFormat::fromStorage(s.text(8));
        read.linkedByName = s.text(9);
        return read;
    });
}

Result<QList<CaseLead>> CaseService::leads(const Session& session) {
    if (auto active = m_station.requireActive(session, Permission::ManageCases); !active)
        return active.error();
    auto stmt = m_station.database().prepare(
        "SELECT id, name, display_name FROM users WHERE active = 1 AND role = 'investigator' "
        "ORDER BY display_name, name");
    if (!stmt)
        return stmt.error();
    return stmt.value().collect<CaseLead>([](const Statement& s) {
        return CaseLead{s.integer(0), s.text(1), s.text(2)};
    });
}

Result<QList<OffenseCategory>> CaseService::offenseCategories(const Session& session) {
    if (auto active = m_station.requireActive(session); !active)
        return active.error();
    auto stmt = m_station.database().prepare(
        "SELECT code, label, years FROM offense_categories ORDER BY years DESC, label");
    if (!stmt)
        return stmt.error();
    return stmt.value().collect<OffenseCategory>([](const Statement& s) {
        return OffenseCategory{s.text(0), s.text(1), static_cast<int>(s.integer(2))};
    });
}

Status CaseService::setOffenseYears(const Session& session, const QString& code, int years) {
    if (auto active = m_station.requireActive(session, Permission::ManagePolicy); !active)
        return active;
    if (years < kMinYears || years > kMaxYears)
        return Error(ErrorCode::InvalidArgument, CaseText::yearsRange(kMinYears, kMaxYears));
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto current = db.prepare("SELECT years FROM offense_categories WHERE code = ?1");
    if (!current)
        return current.error();
    current.value().bind(1, code);
    auto row = current.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::NotFound, CaseText::offenseUnknown(code));
    const int previous = static_cast<int>(current.value().integer(0));
    if (previous == years)
        return {};

    auto update = db.prepare("UPDATE offense_categories SET years = ?1, changed_utc = ?2, "
                             "changed_by = ?3 WHERE code = ?4");
    if (!update)
        return update.error();
    update.value()
        .bind(1, years)
        .bind(2, TimeFormat::toStorage(m_station.clock().nowUtc()))
        .bind(3, session.userId)
        .bind(4, code);
    if (auto stored = update.value().run(); !stored)
        return stored;
    AuditRecord changed{AuditAction::offenseCategoryChanged(), AuditOutcome::Success,
                        QStringLiteral("offense_category"), code};
    changed.details.insert(QStringLiteral("from"), previous);
    changed.details.insert(QStringLiteral("to"), years);
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), changed); !added)
        return added.error();
    return tx.value().commit();
}

} // namespace pl::core
