#include "app/cli/commands/HotListReportCommand.h"

#include "core/common/TimeFormat.h"
#include "core/hotlist/HotListReport.h"
#include "core/hotlist/HotListReportService.h"
#include "core/station/Station.h"

#include <QCoreApplication>
#include <QDir>

namespace pl::app {

namespace {

class HotListReportCommandText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::HotListReportCommand)
public:
    static QString synopsis() {
        return tr("hotlist report --month YYYY-MM [--csv FILE]\n    The hot lists' month for "
                  "supervisors (calendar month in UTC): per list, entries at the month's end, "
                  "entries added, reviewed and removed in it, entries overdue for review at its "
                  "end, alerts raised (hits and possible matches); then each entry that raised "
                  "alerts. Printed as tab-separated blocks with header lines, or with --csv "
                  "written to FILE. Viewing and exporting are recorded in the audit trail.");
    }
    static QString monthMissing() {
        return tr("Give the month to report on: hotlist report --month 2026-03.");
    }
    static QString extraWords(const QString& extra) {
        return tr("Unexpected words: %1.").arg(extra);
    }
    static QString fileMissing() { return tr("Give the file to write: --csv FILE."); }
    static QString partial(const QString& month, const QString& asOf) {
        return tr("%1 is still running: the figures are as of %2 (UTC).").arg(month, asOf);
    }
    static QString written(const QString& month, const QString& path, const QString& sha) {
        return tr("Wrote the hot-list report for %1 to %2 (SHA-256 %3).").arg(month, path, sha);
    }
};

QString field(const QString& value) {
    QString out = value;
    out.replace(QLatin1Char('\t'), QLatin1Char(' '));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return out;
}

void printLine(QTextStream& out, const QStringList& cells) {
    QStringList cleaned;
    cleaned.reserve(cells.size());
    for (const QString& cell : cells)
        cleaned.append(field(cell));
    out << cleaned.join(QLatin1Char('\t')) << Qt::endl;
}

QStringList figures(const core::HotListReport::Figures& f) {
    return {QString::number(f.entries), QString::number(f.added),   QString::number(f.reviewed),
            QString::number(f.removed), QString::number(f.overdue), QString::number(f.hits),
            QString::number(f.possible)};
}

// The same blocks as the CSV export, tab-separated.
void print(QTextStream& out, const core::HotListReport& report) {
    using core::TimeFormat;
    printLine(out, {QStringLiteral("month"), report.monthText()});
    printLine(out, {QStringLiteral("from_utc"), TimeFormat::toStorage(report.fromUtc)});
    printLine(out, {QStringLiteral("to_utc"), TimeFormat::toStorage(report.toUtc)});
    printLine(out, {QStringLiteral("as_of_utc"), TimeFormat::toStorage(report.asOfUtc)});
    printLine(out, {QStringLiteral("generated_utc"), TimeFormat::toStorage(report.generatedUtc)});
    printLine(out, {QStringLiteral("generated_by"), report.generatedBy});
    out << Qt::endl;
    printLine(out,
              {QStringLiteral("list_id"), QStringLiteral("list"), QStringLiteral("entries_at_end"),
               QStringLiteral("added"), QStringLiteral("reviewed"), QStringLiteral("removed"),
               QStringLiteral("overdue_at_end"), QStringLiteral("hits"),
               QStringLiteral("possible")});
    for (const core::HotListReport::ListRow& row : report.lists) {
        printLine(out, QStringList{row.listId ? QString::number(*row.listId) : QString(),
                                   core::HotListReport::listLabel(row)} +
                           figures(row.figures));
    }
    printLine(out, QStringList{QString(), QStringLiteral("total")} + figures(report.total));
    out << Qt::endl;
    printLine(out, {QStringLiteral("entry_id"), QStringLiteral("plate"), QStringLiteral("state"),
                    QStringLiteral("category"), QStringLiteral("case"), QStringLiteral("owner"),
                    QStringLiteral("list_id"), QStringLiteral("list"), QStringLiteral("removed"),
                    QStringLiteral("hits"), QStringLiteral("possible")});
    for (const core::HotListReport::EntryRow& row : report.entries) {
        printLine(out,
                  {QString::number(row.entryId), row.plate, row.state, row.category, row.caseNumber,
                   row.ownerName, row.listId ? QString::number(*row.listId) : QString(),
                   row.listName, row.removed ? QStringLiteral("yes") : QStringLiteral("no"),
                   QString::number(row.hits), QString::number(row.possible)});
    }
}

} // namespace

QString HotListReportCommand::synopsis() const {
    return HotListReportCommandText::synopsis();
}

int HotListReportCommand::run(CliContext& context) {
    const CliArguments& args = context.args;
    if (args.words().size() > 2) {
        context.err << HotListReportCommandText::extraWords(
                           args.words().mid(2).join(QLatin1Char(' ')))
                    << Qt::endl;
        return ExitCode::Usage;
    }
    if (!args.has(QStringLiteral("month"))) {
        context.err << HotListReportCommandText::monthMissing() << Qt::endl;
        return ExitCode::Usage;
    }
    const auto month = core::HotListReport::parseMonth(args.value(QStringLiteral("month")));
    if (!month) {
        context.err << month.error().message() << Qt::endl;
        return ExitCode::Usage;
    }
    core::HotListReportService& reports = context.station->hotListReports();
    if (args.has(QStringLiteral("csv"))) {
        const QString path = args.value(QStringLiteral("csv"));
        if (path.trimmed().isEmpty()) {
            context.err << HotListReportCommandText::fileMissing() << Qt::endl;
            return ExitCode::Usage;
        }
        auto exported = reports.exportCsv(*context.session, month.value(), path);
        if (!exported)
            return context.fail(exported.error());
        context.out << HotListReportCommandText::written(exported->report.monthText(),
                                                         QDir::toNativeSeparators(exported->path),
                                                         QString::fromLatin1(exported->sha256))
                    << Qt::endl;
        return ExitCode::Ok;
    }
    auto report = reports.report(*context.session, month.value());
    if (!report)
        return context.fail(report.error());
    print(context.out, report.value());
    if (report->isPartial()) {
        context.err << HotListReportCommandText::partial(
                           report->monthText(), core::TimeFormat::toStorage(report->asOfUtc))
                    << Qt::endl;
    }
    return ExitCode::Ok;
}

} // namespace pl::app
