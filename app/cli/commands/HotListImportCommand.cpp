#include "app/cli/commands/HotListImportCommand.h"

#include "core/hotlist/HotListImportService.h"
#include "core/station/Station.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>

namespace pl::app {

namespace {
class HotListImportText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::HotListImportCommand)
public:
    static QString synopsis() {
        return tr("hotlist import FILE --case NUM --reason TEXT [--profile ID] [--list NAME] "
                  "[--state XX]\n"
                  "    Import a hot list (NCIC extract, state or vendor list). You own the list "
                  "and its entries, so their alerts come to you. Importing a list of the same "
                  "name again replaces its entries. The profile is detected when not given; the "
                  "list is named after the profile unless --list names it; --state is the state "
                  "of records that give none. Exit code 0 when every record was stored, %1 when "
                  "some were rejected, %2 when the import failed or was refused.")
            .arg(int(ExitCode::RowsRejected))
            .arg(int(ExitCode::ImportFailed));
    }
    static QString needFile() {
        return tr("Give the file to import: hotlist import FILE --case NUM --reason TEXT");
    }
    static QString progress(qint64 records, int percent) {
        return tr("%1 records, %2%").arg(records).arg(percent);
    }
    static QString header(const QString& list, qint64 id, const QString& profile, bool replaced) {
        return replaced ? tr("Hot list \"%1\" replaced by import %2 (profile %3)")
                              .arg(list)
                              .arg(id)
                              .arg(profile)
                        : tr("Hot list \"%1\" created by import %2 (profile %3)")
                              .arg(list)
                              .arg(id)
                              .arg(profile);
    }
    static QString counts(const core::HotListImportCounts& counts) {
        return tr("  records:      %1\n"
                  "  stored:       %2 (%3 with flags)\n"
                  "  duplicates:   %4\n"
                  "  skipped:      %5 (by the profile's rules, such as expiry)\n"
                  "  rejected:     %6\n"
                  "  list entries: %7 added, %8 kept, %9 removed\n"
                  "  other lines:  %10 (header, blank lines, comments, trailer)")
            .arg(counts.records)
            .arg(counts.stored())
            .arg(counts.flagged)
            .arg(counts.duplicates)
            .arg(counts.skipped)
            .arg(counts.rejected)
            .arg(counts.added)
            .arg(counts.kept)
            .arg(counts.removed)
            .arg(counts.nonDataLines);
    }
    static QString issuesHeading() { return tr("Records with issues:"); }
    static QString issue(qint64 line, const QString& outcome, const QString& code,
                         const QString& message) {
        return tr("  line %1 %2 %3 (%4)").arg(line).arg(outcome, code, message);
    }
    static QString more(qint64 count) {
        return tr("  ... and %1 more, kept with the import in the store").arg(count);
    }
    static QString outcome(core::HotListImportRow::Outcome outcome) {
        switch (outcome) {
        case core::HotListImportRow::Outcome::Accepted:
            return tr("ACCEPTED");
        case core::HotListImportRow::Outcome::Flagged:
            return tr("FLAG");
        case core::HotListImportRow::Outcome::Rejected:
            return tr("REJECT");
        case core::HotListImportRow::Outcome::Duplicate:
            return tr("DUP");
        case core::HotListImportRow::Outcome::Skipped:
            return tr("SKIP");
        }
        return {};
    }
};

// Ctrl-C cancels the import cleanly (nothing is stored); a second one kills.
std::atomic<bool> interruptRequested{false};
extern "C" void onHotListInterrupt(int) {
    interruptRequested = true;
    std::signal(SIGINT, SIG_DFL);
}
} // namespace

QString HotListImportCommand::synopsis() const {
    return HotListImportText::synopsis();
}

QSet<QString> HotListImportCommand::options() const {
    return {QStringLiteral("case"), QStringLiteral("reason"), QStringLiteral("profile"),
            QStringLiteral("list"), QStringLiteral("state")};
}

int HotListImportCommand::run(CliContext& context) {
    const CliArguments& args = context.args;
    if (args.words().size() != 3) {
        context.err << HotListImportText::needFile() << Qt::endl;
        return ExitCode::Usage;
    }
    core::HotListImportRequest request;
    request.filePath = args.word(2);
    request.caseNumber = args.value(QStringLiteral("case"));
    request.reason = args.value(QStringLiteral("reason"));
    request.profileId = args.value(QStringLiteral("profile"));
    request.listName = args.value(QStringLiteral("list"));
    request.defaultState = args.value(QStringLiteral("state"));

    auto job = context.station->hotListImports().prepare(*context.session, request);
    if (!job) {
        context.fail(job.error());
        const int code = exitCodeFor(job.error());
        return code == ExitCode::Failed ? int(ExitCode::ImportFailed) : code;
    }
    interruptRequested = false;
    std::signal(SIGINT, onHotListInterrupt);
    auto summary = job->run([&context](const core::HotListImportProgress& progress) {
        const int percent = progress.bytesTotal > 0
                                ? static_cast<int>(100 * progress.bytesDone / progress.bytesTotal)
                                : 0;
        context.err << HotListImportText::progress(progress.counts.records, percent)
                    << QLatin1Char('\r');
        context.err.flush();
        return !interruptRequested.load();
    });
    std::signal(SIGINT, SIG_DFL);
    context.err << Qt::endl;
    if (!summary) {
        context.fail(summary.error());
        return ExitCode::ImportFailed;
    }
    context.out << HotListImportText::header(summary->listName, summary->importId,
                                             summary->profileId, summary->listReplaced)
                << Qt::endl
                << HotListImportText::counts(summary->counts) << Qt::endl;
    if (!summary->issues.isEmpty()) {
        context.out << HotListImportText::issuesHeading() << Qt::endl;
        constexpr qsizetype shown = 200;
        for (qsizetype i = 0; i < qMin(shown, summary->issues.size()); ++i) {
            const core::HotListImportRow& row = summary->issues.at(i);
            context.out << HotListImportText::issue(row.line,
                                                    HotListImportText::outcome(row.outcome),
                                                    row.reason, row.message)
                        << Qt::endl;
        }
        const core::HotListImportCounts& counts = summary->counts;
        const qint64 total = counts.flagged + counts.rejected + counts.duplicates + counts.skipped;
        if (total > shown)
            context.out << HotListImportText::more(total - shown) << Qt::endl;
    }
    return summary->counts.rejected > 0 ? ExitCode::RowsRejected : ExitCode::Ok;
}

} // namespace pl::app
