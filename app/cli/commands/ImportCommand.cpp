#include "app/cli/commands/ImportCommand.h"

#include "core/common/TimeFormat.h"
#include "core/import/ImportService.h"
#include "core/station/Station.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <csignal>

namespace pl::app {

namespace {
class ImportText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::ImportCommand)
public:
    static QString synopsis() {
        return tr("import FILE --device NAME [--device-type covert|mobile|fixed] [--profile ID] "
                  "[--tz ZONE] [--sheet NAME] [--video-start \"YYYY-MM-DD HH:MM:SS\"] "
                  "[--rejects OUT.csv] [--confirm-reimport]\n"
                  "    Import a reader dump (CSV or similar text, or .xlsx). The device is "
                  "created if it does not exist; a device column in the file names each row's "
                  "device. The profile is detected when not given. Exit code 0 when every row "
                  "was stored, %1 when some rows were rejected, %2 when the import failed.")
            .arg(int(ExitCode::RowsRejected))
            .arg(int(ExitCode::ImportFailed));
    }
    static QString listSynopsis() {
        return tr("import list\n    The latest imports, tab-separated: id, started (UTC), "
                  "status, file, SHA-256, profile, device, user, rows, stored, flagged, "
                  "duplicates, rejected.");
    }
    static QString resumeSynopsis() {
        return tr("import resume ID [--rejects OUT.csv]\n    Continue an interrupted, cancelled "
                  "or failed import from its last committed batch.");
    }
    static QString rollbackSynopsis() {
        return tr("import rollback ID\n    Remove the reads an incomplete import stored.");
    }
    static QString needFile() { return tr("Give the file to import: import FILE --device NAME"); }
    static QString needId() { return tr("Give the number of the import (see import list)."); }
    static QString badType(const QString& type) {
        return tr("Unknown device type \"%1\" (covert, mobile or fixed).").arg(type);
    }
    static QString badTime(const QString& text) {
        return tr("Cannot read the video start \"%1\"; write it as YYYY-MM-DD HH:MM:SS.").arg(text);
    }
    static QString progress(qint64 rows, int percent) {
        return tr("%1 rows, %2%").arg(rows).arg(percent);
    }
    static QString header(qint64 id, const QString& file, const QString& status) {
        return tr("Import %1 of %2: %3").arg(id).arg(file, status);
    }
    static QString counts(const core::ImportCounts& counts) {
        return tr("  rows read:          %1\n"
                  "  reads stored:       %2 (%3 with flags)\n"
                  "  duplicates skipped: %4\n"
                  "  rows rejected:      %5\n"
                  "  other lines:        %6 (header, titles, blank lines, trailer)")
            .arg(counts.rowsRead)
            .arg(counts.stored)
            .arg(counts.flagged)
            .arg(counts.duplicates)
            .arg(counts.rejected)
            .arg(counts.skipped);
    }
    static QString rejectedHeading() { return tr("Rejected and duplicate rows:"); }
    static QString issue(qint64 line, const QString& outcome, const QString& code,
                         const QString& message) {
        return tr("  line %1 %2 %3 (%4)").arg(line).arg(outcome, code, message);
    }
    static QString rejected() { return tr("REJECTED"); }
    static QString duplicate() { return tr("DUPLICATE"); }
    static QString more(qsizetype count) {
        return tr("  ... and %1 more (see --rejects)").arg(count);
    }
    static QString lookAlike(const QString& plates) {
        return tr("Possibly the same vehicle (OCR look-alikes, not merged): %1").arg(plates);
    }
    static QString failure(const QString& why) { return tr("Stopped: %1").arg(why); }
    static QString rejectsWritten(const QString& path) {
        return tr("Rejected and duplicate rows written to %1").arg(path);
    }
    static QString rolledBack(qint64 id, qint64 reads) {
        return tr("Import %1 rolled back: %2 reads removed.").arg(id).arg(reads);
    }
    static QString resumeHint(qint64 id) {
        return tr("Resume it with: import resume %1, or remove its reads with: import rollback %1")
            .arg(id);
    }
    static QString confirmHint() {
        return tr("To import it again anyway, add --confirm-reimport.");
    }
};

// Ctrl-C cancels the import cleanly (the batch in flight is dropped, the
// record says cancelled and can be resumed); a second Ctrl-C kills.
std::atomic<bool> interruptRequested{false};
extern "C" void onInterrupt(int) {
    interruptRequested = true;
    std::signal(SIGINT, SIG_DFL);
}

int report(CliContext& context, core::ImportJob& job) {
    interruptRequested = false;
    std::signal(SIGINT, onInterrupt);
    auto summary = job.run([&context](const core::ImportProgress& progress) {
        const int percent = progress.bytesTotal > 0
                                ? static_cast<int>(100 * progress.bytesDone / progress.bytesTotal)
                                : 0;
        context.err << ImportText::progress(progress.counts.rowsRead, percent) << QLatin1Char('\r');
        context.err.flush();
        return !interruptRequested.load();
    });
    std::signal(SIGINT, SIG_DFL);
    context.err << Qt::endl;
    if (!summary) {
        context.fail(summary.error());
        return ExitCode::ImportFailed;
    }
    const core::ImportRecord& record = summary->record;
    context.out << ImportText::header(record.id, record.fileName,
                                      core::ImportRecord::statusLabel(record.status))
                << Qt::endl
                << ImportText::counts(record.counts) << Qt::endl;
    if (!summary->issues.isEmpty()) {
        context.out << ImportText::rejectedHeading() << Qt::endl;
        constexpr qsizetype shown = 50;
        for (qsizetype i = 0; i < qMin(shown, summary->issues.size()); ++i) {
            const core::ImportRowIssue& issue = summary->issues.at(i);
            context.out << ImportText::issue(issue.line,
                                             issue.kind == core::ImportRowIssue::Kind::Duplicate
                                                 ? ImportText::duplicate()
                                                 : ImportText::rejected(),
                                             issue.code, issue.message)
                        << Qt::endl;
        }
        const qint64 total = record.counts.rejected + record.counts.duplicates;
        if (total > shown)
            context.out << ImportText::more(total - shown) << Qt::endl;
    }
    for (const QStringList& plates : summary->ocrEquivalentPlates)
        context.out << ImportText::lookAlike(plates.join(QStringLiteral(", "))) << Qt::endl;
    const QString rejects = context.args.value(QStringLiteral("rejects"));
    if (!rejects.isEmpty()) {
        if (auto written =
                context.station->imports().exportRowIssues(*context.session, record.id, rejects);
            !written) {
            context.fail(written.error());
            return ExitCode::ImportFailed;
        }
        context.err << ImportText::rejectsWritten(rejects) << Qt::endl;
    }
    if (record.status != core::ImportRecord::Status::Complete) {
        context.out << ImportText::failure(record.failure) << Qt::endl
                    << ImportText::resumeHint(record.id) << Qt::endl;
        return ExitCode::ImportFailed;
    }
    return record.counts.rejected > 0 ? ExitCode::RowsRejected : ExitCode::Ok;
}

std::optional<qint64> importId(CliContext& context) {
    bool ok = false;
    const qint64 id = context.args.word(2).toLongLong(&ok);
    if (!ok || id <= 0) {
        context.err << ImportText::needId() << Qt::endl;
        return std::nullopt;
    }
    return id;
}
} // namespace

QString ImportCommand::synopsis() const {
    return ImportText::synopsis();
}

QSet<QString> ImportCommand::options() const {
    return {QStringLiteral("device"),      QStringLiteral("device-type"),
            QStringLiteral("profile"),     QStringLiteral("tz"),
            QStringLiteral("sheet"),       QStringLiteral("rejects"),
            QStringLiteral("video-start"), QStringLiteral("confirm-reimport")};
}

int ImportCommand::run(CliContext& context) {
    const CliArguments& args = context.args;
    if (args.words().size() != 2) {
        context.err << ImportText::needFile() << Qt::endl;
        return ExitCode::Usage;
    }
    core::ImportRequest request;
    request.filePath = args.word(1);
    request.deviceName = args.value(QStringLiteral("device"));
    request.profileId = args.value(QStringLiteral("profile"));
    request.timeZone = args.value(QStringLiteral("tz"));
    request.sheet = args.value(QStringLiteral("sheet"));
    request.confirmReimport = args.has(QStringLiteral("confirm-reimport"));
    if (args.has(QStringLiteral("device-type"))) {
        const auto type = core::Device::typeFromName(args.value(QStringLiteral("device-type")));
        if (!type || *type == core::Device::Type::Camera) {
            context.err << ImportText::badType(args.value(QStringLiteral("device-type")))
                        << Qt::endl;
            return ExitCode::Usage;
        }
        request.deviceType = *type;
    }
    if (args.has(QStringLiteral("video-start"))) {
        const QString text = args.value(QStringLiteral("video-start")).trimmed();
        QDateTime start = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!start.isValid())
            start = QDateTime::fromString(text, Qt::ISODate);
        if (!start.isValid()) {
            context.err << ImportText::badTime(text) << Qt::endl;
            return ExitCode::Usage;
        }
        request.baseTime = start;
    }
    auto job = context.station->imports().prepare(*context.session, request);
    if (!job) {
        context.fail(job.error());
        if (job.error().code() == core::ErrorCode::AlreadyExists)
            context.err << ImportText::confirmHint() << Qt::endl;
        const int code = exitCodeFor(job.error());
        return code == ExitCode::Failed ? int(ExitCode::ImportFailed) : code;
    }
    return report(context, job.value());
}

QString ImportListCommand::synopsis() const {
    return ImportText::listSynopsis();
}

int ImportListCommand::run(CliContext& context) {
    auto imports = context.station->imports().imports(*context.session);
    if (!imports)
        return context.fail(imports.error());
    for (const core::ImportRecord& record : imports.value()) {
        const QString status = record.interrupted ? QStringLiteral("interrupted")
                                                  : core::ImportRecord::statusName(record.status);
        const QStringList cells = {QString::number(record.id),
                                   core::TimeFormat::toStorage(record.startedUtc),
                                   status,
                                   record.fileName,
                                   record.sha256,
                                   record.profileId,
                                   record.deviceName,
                                   record.userName,
                                   QString::number(record.counts.rowsRead),
                                   QString::number(record.counts.stored),
                                   QString::number(record.counts.flagged),
                                   QString::number(record.counts.duplicates),
                                   QString::number(record.counts.rejected)};
        context.out << cells.join(QLatin1Char('\t')) << Qt::endl;
    }
    return ExitCode::Ok;
}

QString ImportResumeCommand::synopsis() const {
    return ImportText::resumeSynopsis();
}

int ImportResumeCommand::run(CliContext& context) {
    const auto id = importId(context);
    if (!id)
        return ExitCode::Usage;
    auto job = context.station->imports().prepareResume(*context.session, *id);
    if (!job) {
        context.fail(job.error());
        const int code = exitCodeFor(job.error());
        return code == ExitCode::Failed ? int(ExitCode::ImportFailed) : code;
    }
    return report(context, job.value());
}

QString ImportRollbackCommand::synopsis() const {
    return ImportText::rollbackSynopsis();
}

int ImportRollbackCommand::run(CliContext& context) {
    const auto id = importId(context);
    if (!id)
        return ExitCode::Usage;
    auto removed = context.station->imports().rollback(*context.session, *id);
    if (!removed)
        return context.fail(removed.error());
    context.out << ImportText::rolledBack(*id, removed.value()) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pl::app
