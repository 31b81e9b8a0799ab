#include "ui/audit/AuditReportDocument.h"

#include "core/accounts/Role.h"
#include "core/common/TimeFormat.h"
#include "ui/audit/AuditReportCharts.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QPixmap>
#include <QTextDocument>
#include <QUrl>

#include <functional>

namespace pl::ui {

namespace {

QString cell(const QString& text) {
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

QString number(qint64 value) {
    return QStringLiteral("<td align=\"right\">%1</td>").arg(value);
}

QString headings(const QStringList& names) {
    QString row = QStringLiteral("<tr>");
    for (const QString& name : names)
        row += QStringLiteral("<th align=\"left\">%1</th>").arg(name.toHtmlEscaped());
    return row + QStringLiteral("</tr>");
}

QString table(const QString& body) {
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">%1</table>")
        .arg(body);
}

QString utcText(const QDateTime& time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

struct ChartImage {
    QString name;
    std::function<QChart*(const core::AuditReport&)> make;
};

const QList<ChartImage>& charts() {
    static const QList<ChartImage> all = {
        {QStringLiteral("chart://users"), &AuditReportCharts::searchesByUser},
        {QStringLiteral("chart://categories"), &AuditReportCharts::searchesByCategory},
        {QStringLiteral("chart://plates"), &AuditReportCharts::platesPerMonth},
    };
    return all;
}

} // namespace

QList<std::pair<QString, qint64>> AuditReportDocument::figureRows(const core::AuditReport& r) {
    return {
        {tr("Searches run"), r.searches},
        {tr("Searches refused"), r.searchesRefused},
        {tr("Alerts raised"), r.alerts},
        {tr("Exceptions requested"), r.exceptionsRequested},
        {tr("Exceptions approved"), r.exceptionsApproved},
        {tr("Exceptions refused"), r.exceptionsRefused},
        {tr("Imports completed"), r.importsCompleted},
        {tr("Imports cancelled or failed"), r.importsNotCompleted},
        {tr("Reads stored by imports"), r.importReadsStored},
        {tr("Duplicate rows in imports"), r.importDuplicates},
        {tr("Rejected rows in imports"), r.importRejected},
        {tr("Camera captures"), r.captures},
        {tr("Reads stored by cameras"), r.liveReads},
        {tr("Purge runs"), r.purgeRuns},
        {tr("Reads purged"), r.readsPurged},
    };
}

QString AuditReportDocument::html(const core::AuditReport& r) {
    QString out;
    out += QStringLiteral("<h1>%1</h1>").arg(tr("Audit report").toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("Period: %1 (days in UTC).").arg(r.period().text()).toHtmlEscaped());
    if (r.isPartial())
        out += QStringLiteral("<p>%1</p>")
                   .arg(tr("The period is still running: figures up to "
                           "%1.")
                            .arg(utcText(r.asOfUtc))
                            .toHtmlEscaped());
    out +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("Made %1 by %2.").arg(utcText(r.generatedUtc), r.generatedBy).toHtmlEscaped());

    QString figures = headings({tr("Figure"), tr("Value")});
    const QList<std::pair<QString, qint64>> rows = figureRows(r);
    for (const auto& [name, value] : rows)
        figures += QStringLiteral("<tr>") + cell(name) + number(value) + QStringLiteral("</tr>");
    out += table(figures);

    out += QStringLiteral("<h2>%1</h2>").arg(tr("Searches").toHtmlEscaped());
    out += QStringLiteral("<p><img src=\"chart://users\" width=\"600\"></p>");
    QString users = headings({tr("User"), tr("Searches run"), tr("Searches refused")});
    for (const core::AuditReport::UserSearches& row : r.searchesByUser)
        users += QStringLiteral("<tr>") + cell(row.userName) + number(row.searches) +
                 number(row.refused) + QStringLiteral("</tr>");
    out += table(users);
    out += QStringLiteral("<p><img src=\"chart://categories\" width=\"600\"></p>");
    QString categories = headings({tr("Reason category"), tr("Searches run")});
    for (const core::AuditReport::CategorySearches& row : r.searchesByCategory)
        categories += QStringLiteral("<tr>") + cell(row.label) + number(row.searches) +
                      QStringLiteral("</tr>");
    out += table(categories);

    out += QStringLiteral("<h2>%1</h2>").arg(tr("Alerts per list owner").toHtmlEscaped());
    QString owners = headings({tr("Owner"), tr("Alerts")});
    for (const core::AuditReport::OwnerAlerts& row : r.alertsByOwner)
        owners += QStringLiteral("<tr>") + cell(row.ownerName) + number(row.alerts) +
                  QStringLiteral("</tr>");
    out += table(owners);

    out += QStringLiteral("<h2>%1</h2>").arg(tr("Training").toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("Active users whose training has lapsed, was never recorded, or lapses "
                       "within %1 days of %2.")
                        .arg(core::AuditReport::trainingHorizonDays)
                        .arg(r.trainingReference.toString(Qt::ISODate))
                        .toHtmlEscaped());
    QString training = headings({tr("User"), tr("Name"), tr("Role"), tr("Expires"), tr("Status")});
    for (const core::AuditReport::TrainingDue& row : r.trainingDue) {
        const QString status = !row.expires.isValid() ? tr("Never recorded")
                               : row.expired          ? tr("Expired")
                                                      : tr("Expires soon");
        training += QStringLiteral("<tr>") + cell(row.userName) + cell(row.displayName) +
                    cell(core::Roles::displayName(row.role)) +
                    cell(row.expires.toString(Qt::ISODate)) + cell(status) +
                    QStringLiteral("</tr>");
    }
    out += table(training);

    out += QStringLiteral("<h2>%1</h2>").arg(tr("Plates read often").toHtmlEscaped());
    out += QStringLiteral("<p><img src=\"chart://plates\" width=\"600\"></p>");
    QString plates =
        headings({tr("Month"), tr("Reads"), tr("Plates"),
                  tr("Read %1 times or more").arg(core::AuditReport::oftenThreshold),
                  tr("Read %1 times or more").arg(core::AuditReport::veryOftenThreshold)});
    for (const core::AuditReport::PlateMonth& row : r.plateMonths) {
        QString month = row.month.toString(QStringLiteral("yyyy-MM"));
        if (!row.whole)
            month = tr("%1 (part)").arg(month);
        plates += QStringLiteral("<tr>") + cell(month) + number(row.reads) + number(row.plates) +
                  number(row.platesOften) + number(row.platesVeryOften) + QStringLiteral("</tr>");
    }
    out += table(plates);
    return out;
}

core::Result<QByteArray> AuditReportDocument::pdf(const core::AuditReport& report) {
    QTextDocument document;
    document.setHtml(html(report));
    for (const ChartImage& chart : charts()) {
        // Rendered from a chart view, as the panel shows it.
        QChartView view(chart.make(report));
        view.setRenderHint(QPainter::Antialiasing);
        view.resize(900, 450);
        document.addResource(QTextDocument::ImageResource, QUrl(chart.name), view.grab().toImage());
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return core::Error(core::ErrorCode::Io, tr("The PDF could not be made."));
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(tr("Audit report") + QStringLiteral(" ") + report.period().text());
        writer.setCreator(QStringLiteral("PlateLedger"));
        document.print(&writer);
    }
    buffer.close();
    if (!bytes.startsWith("%PDF"))
        return core::Error(core::ErrorCode::Io, tr("The PDF could not be made."));
    return bytes;
}

} // namespace pl::ui
