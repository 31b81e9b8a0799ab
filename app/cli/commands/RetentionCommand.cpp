#include "app/cli/commands/RetentionCommand.h"

#include "core/common/TimeFormat.h"
#include "core/retention/RetentionService.h"
#include "core/station/Station.h"

#include <QCoreApplication>

namespace pl::app {

namespace {
class RetentionCommandText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::RetentionRunCommand)
public:
    static QString synopsis() {
        return tr("retention run [--dry-run]\n    Removes reads taken before the retention "
                  "cut-off that no open case holds, with their images and verifications, and "
                  "the rejected lines of imports older than the cut-off. --dry-run only counts "
                  "them. Every purge is recorded in the audit trail.");
    }
    static QString extraWords(const QString& extra) {
        return tr("Unexpected words: %1.").arg(extra);
    }
    static QString cutoff(const QString& time) { return tr("Cut-off (UTC): %1").arg(time); }
    static QString wouldRemove(qint64 count) {
        return tr("Reads that would be removed: %1").arg(count);
    }
    static QString held(qint64 count) { return tr("Reads held by open cases: %1").arg(count); }
    static QString importRowsWould(qint64 count) {
        return tr("Rejected import lines that would be removed: %1").arg(count);
    }
    static QString removed(qint64 count) { return tr("Reads removed: %1").arg(count); }
    static QString images(qint64 count) { return tr("Images removed: %1").arg(count); }
    static QString verifications(qint64 count) {
        return tr("Verifications removed: %1").arg(count);
    }
    static QString links(qint64 count) {
        return tr("Links to closed cases removed: %1").arg(count);
    }
    static QString importRows(qint64 count) {
        return tr("Rejected import lines removed: %1").arg(count);
    }
    static QString progress(qint64 removed, qint64 total) {
        return tr("Removed %1 of %2 reads…").arg(removed).arg(total);
    }
};
} // namespace

QString RetentionRunCommand::synopsis() const {
    return RetentionCommandText::synopsis();
}

int RetentionRunCommand::run(CliContext& context) {
    if (context.args.words().size() > 2) {
        context.err << RetentionCommandText::extraWords(
                           context.args.words().mid(2).join(QLatin1Char(' ')))
                    << Qt::endl;
        return ExitCode::Usage;
    }
    core::RetentionService& retention = context.station->retention();
    if (context.args.has(QStringLiteral("dry-run"))) {
        auto preview = retention.preview(*context.session);
        if (!preview)
            return context.fail(preview.error());
        context.out << RetentionCommandText::cutoff(
                           core::TimeFormat::toStorage(preview.value().cutoffUtc))
                    << Qt::endl
                    << RetentionCommandText::wouldRemove(preview.value().expiredReads) << Qt::endl
                    << RetentionCommandText::held(preview.value().heldReads) << Qt::endl
                    << RetentionCommandText::importRowsWould(preview.value().expiredImportRows)
                    << Qt::endl;
        return ExitCode::Ok;
    }

    core::RetentionOptions options;
    options.progress = [&context](const core::RetentionProgress& progress) {
        context.err << RetentionCommandText::progress(progress.removed, progress.total) << Qt::endl;
        return true;
    };
    auto result = retention.run(*context.session, options);
    if (!result)
        return context.fail(result.error());
    const core::RetentionResult& done = result.value();
    context.out << RetentionCommandText::cutoff(core::TimeFormat::toStorage(done.cutoffUtc))
                << Qt::endl
                << RetentionCommandText::removed(done.readsRemoved) << Qt::endl
                << RetentionCommandText::images(done.imagesRemoved) << Qt::endl
                << RetentionCommandText::verifications(done.verificationsRemoved) << Qt::endl
                << RetentionCommandText::links(done.caseLinksRemoved) << Qt::endl
                << RetentionCommandText::held(done.heldReads) << Qt::endl
                << RetentionCommandText::importRows(done.importRowsRemoved) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pl::app
