#include "core/audit/AuditReportService.h"

#include "core/audit/AuditAction.h"
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
#include <QMap>
#include <QSaveFile>

#include <algorithm>

namespace pl::core {

namespace {

class ReportServiceText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::AuditReportService)
public:
    static QString invalidPeriod() {
        return tr("Choose a period whose first day comes before its last.");
    }
    static QString notMidnight() { return tr("A report period begins and ends at midnight UTC."); }
    static QString notBegun(const QString& period) {
        return tr("The period %1 has not begun yet; there is nothing to report.").arg(period);
    }
    static QString pathRequired() { return tr("Choose the file to write the report to."); }
    static QString cannotWrite(const QString& path, const QString& why) {
        return tr("Cannot write \"%1\": %2").arg(path, why);
    }
};

bool atMidnightUtc(const QDateTime& time) {
    return time.isValid() && time.toUTC().time() == QTime(0, 0);
}

QJsonObject figuresJson(const AuditReport& r) {
    qint64 often = 0;
    qint64 veryOften = 0;
    for (const AuditReport::PlateMonth& month : r.plateMonths) {
        often += month.platesOften;
        veryOften += month.platesVeryOften;
    }
    return {{QStringLiteral("searches"), r.searches},
            {QStringLiteral("searches_refused"), r.searchesRefused},
            {QStringLiteral("alerts"), r.alerts},
            {QStringLiteral("exceptions_requested"), r.exceptionsRequested},
            {QStringLiteral("exceptions_approved"), r.exceptionsApproved},
            {QStringLiteral("exceptions_refused"), r.exceptionsRefused},
            {QStringLiteral("imports_completed"), r.importsCompleted},
            {QStringLiteral("import_reads_stored"), r.importReadsStored},
            {QStringLiteral("live_reads_stored"), r.liveReads},
            {QStringLiteral("reads_purged"), r.readsPurged},
            {QStringLiteral("training_due"), static_cast<qint64>(r.trainingDue.size())},
            {QStringLiteral("plate_months_read_often"), often},
            {QStringLiteral("plate_months_read_very_often"), veryOften}};
}

AuditRecord reportRecord(const QString& action, const AuditReport& report, const Session& session) {
    AuditRecord record{action, AuditOutcome::Success, QStringLiteral("audit_report"),
                       report.period().text()};
    record.details.insert(QStringLiteral("from_utc"), TimeFormat::toStorage(report.fromUtc));
    record.details.insert(QStringLiteral("to_utc"), TimeFormat::toStorage(report.toUtc));
    record.details.insert(QStringLiteral("as_of_utc"), TimeFormat::toStorage(report.asOfUtc));
    record.details.insert(QStringLiteral("partial"), report.isPartial());
    record.details.insert(QStringLiteral("figures"), figuresJson(report));
    record.details.insert(QStringLiteral("client"), session.clientName());
    return record;
}

// Steps through a statement's rows, calling each(row) for every one.
template <typename Each>
Status forEachRow(Statement& stmt, Each each) {
    while (true) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        each(stmt);
    }
}

} // namespace

AuditReportService::AuditReportService(Station& station)
    : m_station(station) {}

Result<AuditReport> AuditReportService::build(Database& db, const Session& session,
                                              const QDateTime& fromUtc, const QDateTime& toUtc) {
    if (!atMidnightUtc(fromUtc) || !atMidnightUtc(toUtc))
        return Error(ErrorCode::InvalidArgument, ReportServiceText::notMidnight());
    if (fromUtc.toUTC() >= toUtc.toUTC())
        return Error(ErrorCode::InvalidArgument, ReportServiceText::invalidPeriod());
    AuditReport report;
    report.fromUtc = fromUtc.toUTC();
    report.toUtc = toUtc.toUTC();
    report.generatedUtc = m_station.clock().nowUtc();
    report.generatedBy = session.userName;
    if (report.fromUtc > report.generatedUtc)
        return Error(ErrorCode::InvalidArgument,
                     ReportServiceText::notBegun(report.period().text()));
    report.asOfUtc = std::min(report.toUtc, report.generatedUtc);
    const QString from = TimeFormat::toStorage(report.fromUtc);
    const QString asOf = TimeFormat::toStorage(report.asOfUtc);

    auto policy = m_station.currentPolicy();
    if (!policy)
        return policy.error();

    QHash<qint64, QString> userNames;
    auto users = db.prepare("SELECT id, name FROM users");
    if (!users)
        return users.error();
    if (auto read = forEachRow(
            users.value(), [&](const Statement& s) { userNames.insert(s.integer(0), s.text(1)); });
        !read)
        return read.error();

    QHash<QString, QString> offenseLabels;
    auto offenses = db.prepare("SELECT code, label FROM offense_categories");
    if (!offenses)
        return offenses.error();
    if (auto read =
            forEachRow(offenses.value(),
                       [&](const Statement& s) { offenseLabels.insert(s.text(0), s.text(1)); });
        !read)
        return read.error();

    // The events the figures come from. Their details are JSON, read here
    // (this SQLCipher has no JSON1).
    const QStringList actions = {
        AuditAction::searchRun(),         AuditAction::searchRefused(),
        AuditAction::alertCreated(),      AuditAction::exceptionRequested(),
        AuditAction::exceptionApproved(), AuditAction::exceptionRefused(),
        AuditAction::importCompleted(),   AuditAction::importCancelled(),
        AuditAction::importFailed(),      AuditAction::cameraStopped(),
        AuditAction::retentionPurged()};
    auto events = db.prepare(
        "SELECT action, user_name, outcome, COALESCE(target_kind, ''), details FROM audit_events "
        "WHERE time_utc >= ?1 AND time_utc < ?2 AND action IN "
        "(?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ORDER BY seq");
    if (!events)
        return events.error();
    events.value().bind(1, from).bind(2, asOf);
    for (int i = 0; i < actions.size(); ++i)
        events.value().bind(i + 3, actions.at(i));

    QMap<QString, AuditReport::UserSearches> byUser;
    QMap<std::pair<QString, QString>, qint64> byCategory;
    QHash<qint64, qint64> byOwner;
    const auto number = [](const QJsonObject& details, const QString& key) {
        return details.value(key).toInteger();
    };
    const auto tally = [&](const Statement& s) {
        const QString action = s.text(0);
        const QString user = s.text(1);
        const bool success = s.text(2) == auditOutcomeName(AuditOutcome::Success);
        const QString kind = s.text(3);
        const QJsonObject details = QJsonDocument::fromJson(s.text(4).toUtf8()).object();
        if (action == AuditAction::searchRun()) {
            ++report.searches;
            AuditReport::UserSearches& row = byUser[user];
            row.userName = user;
            ++row.searches;
            const QJsonObject window = details.value(QStringLiteral("window")).toObject();
            const QString basis = window.value(QStringLiteral("basis")).toString();
            const QString offense = basis == QLatin1String("criminal")
                                        ? window.value(QStringLiteral("offense")).toString()
                                        : QString();
            ++byCategory[{basis, offense}];
        } else if (action == AuditAction::searchRefused()) {
            ++report.searchesRefused;
            AuditReport::UserSearches& row = byUser[user];
            row.userName = user;
            ++row.refused;
        } else if (action == AuditAction::alertCreated()) {
            ++report.alerts;
            ++byOwner[number(details, QStringLiteral("owner_id"))];
        } else if (action == AuditAction::exceptionRequested()) {
            if (success)
                ++report.exceptionsRequested;
        } else if (action == AuditAction::exceptionApproved()) {
            // A refused attempt (deciding one's own request) is no decision.
            if (success)
                ++report.exceptionsApproved;
        } else if (action == AuditAction::exceptionRefused()) {
            if (success)
                ++report.exceptionsRefused;
        } else if (action == AuditAction::importCompleted()) {
            ++report.importsCompleted;
            report.importReadsStored += number(details, QStringLiteral("stored"));
            report.importDuplicates += number(details, QStringLiteral("duplicates"));
            report.importRejected += number(details, QStringLiteral("rejected"));
        } else if (action == AuditAction::importCancelled() ||
                   action == AuditAction::importFailed()) {
            ++report.importsNotCompleted;
        } else if (action == AuditAction::cameraStopped()) {
            ++report.captures;
            report.liveReads += number(details, QStringLiteral("reads"));
        } else if (action == AuditAction::retentionPurged()) {
            // Each batch records the reads it removed (a run interrupted
            // after some batches still counts them); the run its summary.
            if (kind == QLatin1String("reads"))
                report.readsPurged += number(details, QStringLiteral("count"));
            else if (kind == QLatin1String("run"))
                ++report.purgeRuns;
        }
    };
    if (auto read = forEachRow(events.value(), tally); !read)
        return read.error();

    report.searchesByUser = byUser.values();
    std::stable_sort(report.searchesByUser.begin(), report.searchesByUser.end(),
                     [](const AuditReport::UserSearches& a, const AuditReport::UserSearches& b) {
                         return a.searches != b.searches ? a.searches > b.searches
                                                         : a.refused > b.refused;
                     });
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        AuditReport::CategorySearches row;
        row.basis = it.key().first;
        row.offense = it.key().second;
        row.label = AuditReport::basisLabel(row.basis);
        if (!row.offense.isEmpty())
            row.label += QStringLiteral(": ") + offenseLabels.value(row.offense, row.offense);
        row.searches = it.value();
        report.searchesByCategory.append(row);
    }
    std::stable_sort(
        report.searchesByCategory.begin(), report.searchesByCategory.end(),
        [](const AuditReport::CategorySearches& a, const AuditReport::CategorySearches& b) {
            return a.searches > b.searches;
        });
    for (auto it = byOwner.cbegin(); it != byOwner.cend(); ++it) {
        const QString name = userNames.value(it.key());
        report.alertsByOwner.append(
            {it.key(), name.isEmpty() ? QStringLiteral("#%1").arg(it.key()) : name, it.value()});
    }
    std::sort(report.alertsByOwner.begin(), report.alertsByOwner.end(),
              [](const AuditReport::OwnerAlerts& a, const AuditReport::OwnerAlerts& b) {
                  return a.alerts != b.alerts ? a.alerts > b.alerts : a.ownerId < b.ownerId;
              });

    // Training that lapses within the horizon of the report's end (as the
    // log-in gate counts it: valid through the expiry day).
    report.trainingReference = report.asOfUtc.date();
    const QDate horizon = report.trainingReference.addDays(AuditReport::trainingHorizonDays);
    auto training = db.prepare("SELECT name, display_name, role, training_completed FROM users "
                               "WHERE active = 1 ORDER BY name");
    if (!training)
        return training.error();
    const int validity = policy.value().trainingValidityDays();
    if (auto read = forEachRow(training.value(),
                               [&](const Statement& s) {
                                   AuditReport::TrainingDue row;
                                   row.userName = s.text(0);
                                   row.displayName = s.text(1);
                                   row.role = Roles::fromId(s.text(2)).value_or(Role::Agent);
                                   row.completed = TimeFormat::dateFromStorage(s.text(3));
                                   if (row.completed.isValid()) {
                                       row.expires = row.completed.addDays(validity);
                                       if (row.expires > horizon)
                                           return;
                                       row.expired = row.expires < report.trainingReference;
                                   }
                                   report.trainingDue.append(row);
                               });
        !read)
        return read.error();
    std::stable_sort(report.trainingDue.begin(), report.trainingDue.end(),
                     [](const AuditReport::TrainingDue& a, const AuditReport::TrainingDue& b) {
                         if (a.expires.isValid() != b.expires.isValid())
                             return !a.expires.isValid();
                         return a.expires < b.expires;
                     });

    // Plates read often in a calendar month, counted by the reads' own time
    // over the part of each month the period covers.
    auto plates = db.prepare("SELECT COUNT(*), COALESCE(SUM(n), 0), COALESCE(SUM(n >= ?3), 0), "
                             "COALESCE(SUM(n >= ?4), 0) FROM (SELECT COUNT(*) AS n FROM reads "
                             "WHERE time_ms >= ?1 AND time_ms < ?2 GROUP BY plate)");
    if (!plates)
        return plates.error();
    for (QDateTime monthStart = AuditReport::Period::month(report.fromUtc.date()).fromUtc;
         monthStart < report.asOfUtc; monthStart = monthStart.addMonths(1)) {
        const QDateTime monthEnd = monthStart.addMonths(1);
        const QDateTime lo = std::max(monthStart, report.fromUtc);
        const QDateTime hi = std::min(monthEnd, report.asOfUtc);
        Statement& s = plates.value();
        s.reset();
        s.bind(1, lo.toMSecsSinceEpoch())
            .bind(2, hi.toMSecsSinceEpoch())
            .bind(3, AuditReport::oftenThreshold)
            .bind(4, AuditReport::veryOftenThreshold);
        auto row = s.step();
        if (!row)
            return row.error();
        AuditReport::PlateMonth month;
        month.month = monthStart.date();
        month.whole = lo == monthStart && hi == monthEnd;
        if (row.value()) {
            month.plates = s.integer(0);
            month.reads = s.integer(1);
            month.platesOften = s.integer(2);
            month.platesVeryOften = s.integer(3);
        }
        report.plateMonths.append(month);
    }
    return report;
}

Result<AuditReport> AuditReportService::report(const Session& session, const QDateTime& fromUtc,
                                               const QDateTime& toUtc) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto built = build(db, session, fromUtc, toUtc);
    if (!built)
        return built.error();
    if (auto added = m_station.auditLog().append(
            tx.value(), session.actor(),
            reportRecord(AuditAction::auditReportViewed(), built.value(), session));
        !added)
        return added.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return built;
}

Result<AuditReportService::Export> AuditReportService::exportCsv(const Session& session,
                                                                 const QDateTime& fromUtc,
                                                                 const QDateTime& toUtc,
                                                                 const QString& path) {
    return exportDocument(
        session, fromUtc, toUtc, path, QStringLiteral("csv"),
        [](const AuditReport& report) -> Result<QByteArray> { return report.toCsv(); });
}

Result<AuditReportService::Export>
AuditReportService::exportDocument(const Session& session, const QDateTime& fromUtc,
                                   const QDateTime& toUtc, const QString& path,
                                   const QString& format, const Renderer& render) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    if (path.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, ReportServiceText::pathRequired());
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto built = build(db, session, fromUtc, toUtc);
    if (!built)
        return built.error();

    Export written;
    written.report = std::move(built.value());
    written.path = QFileInfo(path).absoluteFilePath();
    auto rendered = render(written.report);
    if (!rendered)
        return rendered.error();
    const QByteArray& bytes = rendered.value();
    written.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    written.bytes = bytes.size();

    AuditRecord record = reportRecord(AuditAction::auditReportExported(), written.report, session);
    record.details.insert(QStringLiteral("format"), format);
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
