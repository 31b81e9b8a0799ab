#include "core/audit/AuditReport.h"

#include "core/common/Csv.h"
#include "core/common/TimeFormat.h"

#include <QCoreApplication>
#include <QStringList>

namespace pl::core {

namespace {

class AuditReportText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::AuditReport)
public:
    static QString administrative() { return tr("Administrative"); }
    static QString criminal() { return tr("Criminal"); }
    static QString period(const QString& first, const QString& last) {
        return tr("%1 to %2").arg(first, last);
    }
};

QDateTime midnight(const QDate& day) {
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

QString count(qint64 value) {
    return QString::number(value);
}

QString yesNo(bool value) {
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

AuditReport::Period AuditReport::Period::month(const QDate& day) {
    const QDate first(day.year(), day.month(), 1);
    return {midnight(first), midnight(first.addMonths(1))};
}

AuditReport::Period AuditReport::Period::quarter(const QDate& day) {
    const QDate first(day.year(), ((day.month() - 1) / 3) * 3 + 1, 1);
    return {midnight(first), midnight(first.addMonths(3))};
}

AuditReport::Period AuditReport::Period::previousQuarter(const QDate& day) {
    return quarter(quarter(day).fromUtc.date().addDays(-1));
}

AuditReport::Period AuditReport::Period::days(const QDate& first, const QDate& last) {
    return {midnight(first), midnight(last.addDays(1))};
}

QString AuditReport::Period::text() const {
    return AuditReportText::period(fromUtc.date().toString(Qt::ISODate),
                                   toUtc.addDays(-1).date().toString(Qt::ISODate));
}

QString AuditReport::basisLabel(const QString& basis) {
    if (basis == QLatin1String("criminal"))
        return AuditReportText::criminal();
    if (basis == QLatin1String("administrative"))
        return AuditReportText::administrative();
    return basis;
}

QByteArray AuditReport::toCsv() const {
    QByteArray out;
    out += Csv::line({QStringLiteral("report"), QStringLiteral("audit_period")});
    out += Csv::line({QStringLiteral("from_utc"), TimeFormat::toStorage(fromUtc)});
    out += Csv::line({QStringLiteral("to_utc"), TimeFormat::toStorage(toUtc)});
    out += Csv::line({QStringLiteral("as_of_utc"), TimeFormat::toStorage(asOfUtc)});
    out += Csv::line({QStringLiteral("partial"), yesNo(isPartial())});
    out += Csv::line({QStringLiteral("generated_utc"), TimeFormat::toStorage(generatedUtc)});
    out += Csv::line({QStringLiteral("generated_by"), generatedBy});
    out += "\r\n";

    out += Csv::line({QStringLiteral("figure"), QStringLiteral("value")});
    const QList<std::pair<QString, qint64>> figures = {
        {QStringLiteral("searches"), searches},
        {QStringLiteral("searches_refused"), searchesRefused},
        {QStringLiteral("alerts"), alerts},
        {QStringLiteral("exceptions_requested"), exceptionsRequested},
        {QStringLiteral("exceptions_approved"), exceptionsApproved},
        {QStringLiteral("exceptions_refused"), exceptionsRefused},
        {QStringLiteral("imports_completed"), importsCompleted},
        {QStringLiteral("imports_not_completed"), importsNotCompleted},
        {QStringLiteral("import_reads_stored"), importReadsStored},
        {QStringLiteral("import_duplicates"), importDuplicates},
        {QStringLiteral("import_rejected"), importRejected},
        {QStringLiteral("camera_captures"), captures},
        {QStringLiteral("live_reads_stored"), liveReads},
        {QStringLiteral("purge_runs"), purgeRuns},
        {QStringLiteral("reads_purged"), readsPurged},
    };
    for (const auto& [name, value] : figures)
        out += Csv::line({name, count(value)});
    out += "\r\n";

    out += Csv::line(
        {QStringLiteral("user"), QStringLiteral("searches"), QStringLiteral("searches_refused")});
    for (const UserSearches& row : searchesByUser)
        out += Csv::line({row.userName, count(row.searches), count(row.refused)});
    out += "\r\n";

    out += Csv::line({QStringLiteral("basis"), QStringLiteral("offense"),
                      QStringLiteral("category"), QStringLiteral("searches")});
    for (const CategorySearches& row : searchesByCategory)
        out += Csv::line({row.basis, row.offense, row.label, count(row.searches)});
    out += "\r\n";

    out +=
        Csv::line({QStringLiteral("owner_id"), QStringLiteral("owner"), QStringLiteral("alerts")});
    for (const OwnerAlerts& row : alertsByOwner)
        out += Csv::line({count(row.ownerId), row.ownerName, count(row.alerts)});
    out += "\r\n";

    out +=
        Csv::line({QStringLiteral("training_reference"), trainingReference.toString(Qt::ISODate)});
    out += Csv::line({QStringLiteral("user"), QStringLiteral("name"), QStringLiteral("role"),
                      QStringLiteral("training_completed"), QStringLiteral("training_expires"),
                      QStringLiteral("expired")});
    for (const TrainingDue& row : trainingDue)
        out += Csv::line({row.userName, row.displayName, Roles::id(row.role),
                          row.completed.toString(Qt::ISODate), row.expires.toString(Qt::ISODate),
                          yesNo(row.expired)});
    out += "\r\n";

    out += Csv::line({QStringLiteral("month"), QStringLiteral("whole_month"),
                      QStringLiteral("reads"), QStringLiteral("plates"),
                      QStringLiteral("plates_read_%1_or_more").arg(oftenThreshold),
                      QStringLiteral("plates_read_%1_or_more").arg(veryOftenThreshold)});
    for (const PlateMonth& row : plateMonths)
        out += Csv::line({row.month.toString(QStringLiteral("yyyy-MM")), yesNo(row.whole),
                          count(row.reads), count(row.plates), count(row.platesOften),
                          count(row.platesVeryOften)});
    return out;
}

} // namespace pl::core
