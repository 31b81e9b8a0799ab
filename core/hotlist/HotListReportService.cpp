#include "core/hotlist/HotListReportService.h"

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <map>

namespace pl::core {

namespace {

class ReportServiceText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::HotListReportService)
public:
    static QString invalidMonth() { return tr("Choose the month to report on."); }
    static QString notBegun(const QString& month) {
        return tr("The month %1 has not begun yet; there is nothing to report.").arg(month);
    }
    static QString pathRequired() { return tr("Choose the file to write the report to."); }
    static QString cannotWrite(const QString& path, const QString& why) {
        return tr("Cannot write \"%1\": %2").arg(path, why);
    }
};

// What the report needs of an entry, with its review date and active flag as
// they were at the report's end (see undoLaterChanges).
struct EntryState {
    qint64 id = 0;
    std::optional<qint64> listId;
    QString listName;
    QDateTime addedUtc;
    QDateTime removedUtc;
    QDateTime reviewByUtc;
    bool active = true;
    QString plate;
    QString state;
    QString category;
    QString caseNumber;
    QString ownerName;
};

QDateTime optionalTime(const Statement& row, int column) {
    return row.isNull(column) ? QDateTime() : TimeFormat::fromStorage(row.text(column));
}

// Changes record what they changed as {"field": {"from": old, "to": new}};
// a removal records the whole entry as it was before it. Undone newest
// first, they give the entry as it stood at the time of the first one.
void undoChange(EntryState& entry, const QString& change, const QJsonObject& details) {
    const QJsonValue reviewBy = details.value(QStringLiteral("review_by_utc"));
    const QJsonValue active = details.value(QStringLiteral("active"));
    if (reviewBy.isObject()) {
        const QString from = reviewBy.toObject().value(QStringLiteral("from")).toString();
        if (!from.isEmpty())
            entry.reviewByUtc = TimeFormat::fromStorage(from);
    } else if (change == QLatin1String("removed") && reviewBy.isString()) {
        entry.reviewByUtc = TimeFormat::fromStorage(reviewBy.toString());
    }
    if (active.isObject()) {
        const QJsonValue from = active.toObject().value(QStringLiteral("from"));
        if (from.isBool())
            entry.active = from.toBool();
    } else if (change == QLatin1String("removed") && active.isBool()) {
        entry.active = active.toBool();
    }
}

// A review, or an edit that set a new review date (which is one as well).
bool isReview(const QString& change, const QJsonObject& details) {
    return change == QLatin1String("reviewed") ||
           (change == QLatin1String("edited") &&
            details.value(QStringLiteral("review_by_utc")).isObject());
}

QJsonObject figuresJson(const HotListReport::Figures& f) {
    return {{QStringLiteral("entries_at_end"), f.entries}, {QStringLiteral("added"), f.added},
            {QStringLiteral("reviewed"), f.reviewed},      {QStringLiteral("removed"), f.removed},
            {QStringLiteral("overdue_at_end"), f.overdue}, {QStringLiteral("hits"), f.hits},
            {QStringLiteral("possible"), f.possible}};
}

AuditRecord reportRecord(const QString& action, const HotListReport& report,
                         const Session& session) {
    AuditRecord record{action, AuditOutcome::Success, QStringLiteral("hotlist_report"),
                       report.monthText()};
    record.details.insert(QStringLiteral("month"), report.monthText());
    record.details.insert(QStringLiteral("as_of_utc"), TimeFormat::toStorage(report.asOfUtc));
    record.details.insert(QStringLiteral("partial"), report.isPartial());
    record.details.insert(QStringLiteral("figures"), figuresJson(report.total));
    record.details.insert(QStringLiteral("lists"), static_cast<qint64>(report.lists.size()));
    record.details.insert(QStringLiteral("entries_with_alerts"),
                          static_cast<qint64>(report.entries.size()));
    record.details.insert(QStringLiteral("client"), session.clientName());
    return record;
}

} // namespace

HotListReportService::HotListReportService(Station& station)
    : m_station(station) {}

Result<HotListReport> HotListReportService::build(Database& db, const Session& session,
                                                  const QDate& month) {
    if (!month.isValid())
        return Error(ErrorCode::InvalidArgument, ReportServiceText::invalidMonth());
    HotListReport report;
    report.month = QDate(month.year(), month.month(), 1);
    report.fromUtc = QDateTime(report.month, QTime(0, 0), Qt::UTC);
    report.toUtc = report.fromUtc.addMonths(1);
    report.generatedUtc = m_station.clock().nowUtc();
    report.generatedBy = session.userName;
    if (report.fromUtc > report.generatedUtc)
        return Error(ErrorCode::InvalidArgument, ReportServiceText::notBegun(report.monthText()));
    report.asOfUtc = std::min(report.toUtc, report.generatedUtc);
    const QString from = TimeFormat::toStorage(report.fromUtc);
    const QString to = TimeFormat::toStorage(report.toUtc);
    const QString asOf = TimeFormat::toStorage(report.asOfUtc);

    // The lists that existed by the report's end; manual entries first.
    std::map<std::optional<qint64>, HotListReport::ListRow> groups;
    groups[std::nullopt] = HotListReport::ListRow{};
    auto lists =
        db.prepare("SELECT id, name FROM hotlist_lists WHERE created_utc < ?1 ORDER BY id");
    if (!lists)
        return lists.error();
    lists.value().bind(1, asOf);
    while (true) {
        auto row = lists.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        HotListReport::ListRow group;
        group.listId = lists.value().integer(0);
        group.name = lists.value().text(1);
        groups[group.listId] = group;
    }

    // The entries that count: on a list at some time in the month, and any
    // that raised an alert in it.
    auto select = db.prepare(
        "SELECT e.id, e.list_id, COALESCE(l.name, ''), e.added_utc, e.removed_utc, "
        "e.review_by_utc, e.active, e.plate, COALESCE(e.state, ''), e.category, e.case_number, "
        "u.name FROM hotlist_entries e JOIN users u ON u.id = e.owner_id "
        "LEFT JOIN hotlist_lists l ON l.id = e.list_id "
        "WHERE (e.added_utc < ?1 AND (e.removed_utc IS NULL OR e.removed_utc >= ?2)) "
        "OR e.id IN (SELECT entry_id FROM alerts WHERE created_utc >= ?2 AND created_utc < ?3)");
    if (!select)
        return select.error();
    select.value().bind(1, asOf).bind(2, from).bind(3, to);
    QHash<qint64, EntryState> entries;
    while (true) {
        auto row = select.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const Statement& s = select.value();
        EntryState e;
        e.id = s.integer(0);
        e.listId = s.optionalInteger(1);
        e.listName = s.text(2);
        e.addedUtc = TimeFormat::fromStorage(s.text(3));
        e.removedUtc = optionalTime(s, 4);
        e.reviewByUtc = TimeFormat::fromStorage(s.text(5));
        e.active = s.integer(6) != 0;
        e.plate = s.text(7);
        e.state = s.text(8);
        e.category = s.text(9);
        e.caseNumber = s.text(10);
        e.ownerName = s.text(11);
        entries.insert(e.id, e);
    }

    // History from the month's start on, newest first: reviews in the month
    // are counted; changes after its end are undone.
    auto history = db.prepare("SELECT entry_id, change, time_utc, COALESCE(details, '') FROM "
                              "hotlist_history WHERE time_utc >= ?1 ORDER BY time_utc DESC, id "
                              "DESC");
    if (!history)
        return history.error();
    history.value().bind(1, from);
    std::map<std::optional<qint64>, QSet<qint64>> reviewed;
    while (true) {
        auto row = history.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const Statement& s = history.value();
        const auto found = entries.find(s.integer(0));
        if (found == entries.end())
            continue;
        const QString change = s.text(1);
        const QJsonObject details = QJsonDocument::fromJson(s.text(3).toUtf8()).object();
        if (s.text(2) >= asOf)
            undoChange(found.value(), change, details);
        else if (isReview(change, details))
            reviewed[found->listId].insert(found->id);
    }

    // Alerts raised in the month.
    auto alerts = db.prepare("SELECT entry_id, SUM(kind = 'hit'), SUM(kind = 'possible') FROM "
                             "alerts WHERE created_utc >= ?1 AND created_utc < ?2 "
                             "GROUP BY entry_id");
    if (!alerts)
        return alerts.error();
    alerts.value().bind(1, from).bind(2, to);
    while (true) {
        auto row = alerts.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const Statement& s = alerts.value();
        const auto found = entries.constFind(s.integer(0));
        if (found == entries.constEnd())
            continue; // cannot happen: the entries query takes every alerting entry
        HotListReport::EntryRow line;
        line.entryId = found->id;
        line.plate = found->plate;
        line.state = found->state;
        line.category = found->category;
        line.caseNumber = found->caseNumber;
        line.ownerName = found->ownerName;
        line.listId = found->listId;
        line.listName = found->listName;
        line.removed = found->removedUtc.isValid() && found->removedUtc < report.asOfUtc;
        line.hits = s.integer(1);
        line.possible = s.integer(2);
        report.entries.append(line);
    }
    std::sort(report.entries.begin(), report.entries.end(),
              [](const HotListReport::EntryRow& a, const HotListReport::EntryRow& b) {
                  if (a.hits + a.possible != b.hits + b.possible)
                      return a.hits + a.possible > b.hits + b.possible;
                  if (a.hits != b.hits)
                      return a.hits > b.hits;
                  return a.entryId < b.entryId;
              });

    for (const EntryState& e : std::as_const(entries)) {
        auto group = groups.find(e.listId);
        if (group == groups.end()) {
            HotListReport::ListRow added;
            added.listId = e.listId;
            added.name = e.listName;
            group = groups.emplace(e.listId, added).first;
        }
        HotListReport::Figures& f = group->second.figures;
        const bool removedByEnd = e.removedUtc.isValid() && e.removedUtc < report.asOfUtc;
        const bool held = e.addedUtc < report.asOfUtc && !removedByEnd;
        if (held)
            ++f.entries;
        if (e.addedUtc >= report.fromUtc && e.addedUtc < report.asOfUtc)
            ++f.added;
        if (e.removedUtc.isValid() && e.removedUtc >= report.fromUtc &&
            e.removedUtc < report.asOfUtc)
            ++f.removed;
        if (held && e.active && e.reviewByUtc <= report.asOfUtc)
            ++f.overdue;
    }
    for (const auto& [listId, ids] : reviewed)
        groups[listId].figures.reviewed += ids.size();
    for (const HotListReport::EntryRow& line : std::as_const(report.entries)) {
        HotListReport::Figures& f = groups[line.listId].figures;
        f.hits += line.hits;
        f.possible += line.possible;
    }

    HotListReport::ListRow manual = groups[std::nullopt];
    report.lists.append(manual);
    QList<HotListReport::ListRow> named;
    for (const auto& [id, group] : groups) {
        if (id)
            named.append(group);
    }
    std::sort(named.begin(), named.end(),
              [](const HotListReport::ListRow& a, const HotListReport::ListRow& b) {
                  const int order = a.name.compare(b.name, Qt::CaseInsensitive);
                  return order != 0 ? order < 0 : *a.listId < *b.listId;
              });
    report.lists.append(named);
    for (const HotListReport::ListRow& group : std::as_const(report.lists)) {
        const HotListReport::Figures& f = group.figures;
        report.total.entries += f.entries;
        report.total.added += f.added;
        report.total.reviewed += f.reviewed;
        report.total.removed += f.removed;
        report.total.overdue += f.overdue;
        report.total.hits += f.hits;
        report.total.possible += f.possible;
    }
    return report;
}

Result<HotListReport> HotListReportService::report(const Session& session, const QDate& month) {
    if (auto active = m_station.requireActive(session, Permission::ViewStationHotList); !active)
        return active.error();
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto built = build(db, session, month);
    if (!built)
        return built.error();
    if (auto added = m_station.auditLog().append(
            tx.value(), session.actor(),
            reportRecord(AuditAction::hotListReportViewed(), built.value(), session));
        !added)
        return added.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return built;
}

Result<HotListReportService::Export>
HotListReportService::exportCsv(const Session& session, const QDate& month, const QString& path) {
    if (auto active = m_station.requireActive(session, Permission::ViewStationHotList); !active)
        return active.error();
    if (path.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, ReportServiceText::pathRequired());
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto built = build(db, session, month);
    if (!built)
        return built.error();

    Export written;
    written.report = std::move(built.value());
    written.path = QFileInfo(path).absoluteFilePath();
    const QByteArray bytes = written.report.toCsv();
    written.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    written.bytes = bytes.size();

    AuditRecord record =
        reportRecord(AuditAction::hotListReportExported(), written.report, session);
    record.details.insert(QStringLiteral("format"), QStringLiteral("csv"));
    record.details.insert(QStringLiteral("file"), written.path);
    record.details.insert(QStringLiteral("file_name"), QFileInfo(written.path).fileName());
    record.details.insert(QStringLiteral("sha256"), QString::fromLatin1(written.sha256));
    record.details.insert(QStringLiteral("bytes"), written.bytes);
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), record); !added)
        return added.error();

    QSaveFile file(written.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io,
                     ReportServiceText::cannotWrite(written.path, file.errorString()));
    if (auto committed = tx.value().commit(); !committed) {
        // Nothing leaves the station unrecorded.
        QFile::remove(written.path);
        return committed.error();
    }
    return written;
}

} // namespace pl::core
