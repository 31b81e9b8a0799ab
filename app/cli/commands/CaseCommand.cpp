#include "app/cli/commands/CaseCommand.h"

#include "core/cases/CaseService.h"
#include "core/common/TimeFormat.h"
#include "core/station/Station.h"

#include <QCoreApplication>

namespace pl::app {

namespace {
class CaseCommandText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::CaseCommand)
public:
    static QString openSynopsis() {
        return tr("case open NUMBER --title TITLE --kind administrative|criminal "
                  "[--offense CATEGORY]\n    Opens a case; a criminal case needs an offense "
                  "category (%1).");
    }
    static QString closeSynopsis() {
        return tr("case close NUMBER [--reason TEXT]\n    Closes a case; its reads are then "
                  "purged on schedule like any other.");
    }
    static QString listSynopsis() {
        return tr("case list [--all]\n    Open cases (with --all, closed ones too) as "
                  "tab-separated lines: number, kind, offense, status, opened (UTC), opened by, "
                  "lead, linked reads, title.");
    }
    static QString numberMissing(const QString& command) {
        return tr("Give the case number: %1 NUMBER.").arg(command);
    }
    static QString tooManyWords(const QString& extra) {
        return tr("Unexpected words: %1. Quote a case number or title that has spaces.").arg(extra);
    }
    static QString badKind(const QString& kind) {
        return tr("--kind must be administrative or criminal, not \"%1\".").arg(kind);
    }
    static QString kindMissing() { return tr("Give --kind administrative or --kind criminal."); }
    static QString opened(const QString& number) { return tr("Opened case %1.").arg(number); }
    static QString closed(const QString& number) { return tr("Closed case %1.").arg(number); }
    static QString open() { return tr("open"); }
    static QString closedStatus() { return tr("closed"); }
};

// TSV fields cannot hold tabs or line breaks.
QString field(const QString& value) {
    QString out = value;
    out.replace(QLatin1Char('\t'), QLatin1Char(' '));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return out;
}

// The case number after the two command words; prints the problem if there
// is none or there are more words.
std::optional<QString> caseNumber(CliContext& context) {
    const QStringList& words = context.args.words();
    if (words.size() < 3) {
        context.err << CaseCommandText::numberMissing(words.mid(0, 2).join(QLatin1Char(' ')))
                    << Qt::endl;
        return std::nullopt;
    }
    if (words.size() > 3) {
        context.err << CaseCommandText::tooManyWords(words.mid(3).join(QLatin1Char(' ')))
                    << Qt::endl;
        return std::nullopt;
    }
    return words.at(2);
}
} // namespace

QString CaseOpenCommand::synopsis() const {
    return CaseCommandText::openSynopsis().arg(
        QStringLiteral("homicide, violent-felony, felony, fraud, property, misdemeanor, "
                       "traffic"));
}

int CaseOpenCommand::run(CliContext& context) {
    const auto number = caseNumber(context);
    if (!number)
        return ExitCode::Usage;
    core::NewCase request;
    request.number = *number;
    request.title = context.args.value(QStringLiteral("title"));
    const QString kind = context.args.value(QStringLiteral("kind"));
    if (kind.isEmpty()) {
        context.err << CaseCommandText::kindMissing() << Qt::endl;
        return ExitCode::Usage;
    }
    const auto parsedKind = core::CaseFile::kindFromName(kind.trimmed().toLower());
    if (!parsedKind) {
        context.err << CaseCommandText::badKind(kind) << Qt::endl;
        return ExitCode::Usage;
    }
    request.kind = *parsedKind;
    request.offense = context.args.value(QStringLiteral("offense"));
    auto opened = context.station->cases().open(*context.session, request);
    if (!opened)
        return context.fail(opened.error());
    context.out << CaseCommandText::opened(opened.value().number) << Qt::endl;
    return ExitCode::Ok;
}

QString CaseCloseCommand::synopsis() const {
    return CaseCommandText::closeSynopsis();
}

int CaseCloseCommand::run(CliContext& context) {
    const auto number = caseNumber(context);
    if (!number)
        return ExitCode::Usage;
    auto found = context.station->cases().find(*context.session, *number);
    if (!found)
        return context.fail(found.error());
    auto closed = context.station->cases().close(*context.session, *number,
                                                 context.args.value(QStringLiteral("reason")));
    if (!closed)
        return context.fail(closed.error());
    context.out << CaseCommandText::closed(found.value().number) << Qt::endl;
    return ExitCode::Ok;
}

QString CaseListCommand::synopsis() const {
    return CaseCommandText::listSynopsis();
}

int CaseListCommand::run(CliContext& context) {
    const auto filter = context.args.has(QStringLiteral("all"))
                            ? core::CaseService::Filter::All
                            : core::CaseService::Filter::OpenOnly;
    auto cases = context.station->cases().list(*context.session, filter);
    if (!cases)
        return context.fail(cases.error());
    for (const core::CaseFile& file : cases.value()) {
        const QStringList cells = {file.number,
                                   core::CaseFile::kindName(file.kind),
                                   file.offense,
                                   file.isOpen() ? CaseCommandText::open()
                                                 : CaseCommandText::closedStatus(),
                                   core::TimeFormat::toStorage(file.openedUtc),
                                   file.openedByName,
                                   file.leadUserName,
                                   QString::number(file.linkedReads),
                                   file.title};
        QStringList cleaned;
        for (const QString& value : cells)
            cleaned.append(field(value));
        context.out << cleaned.join(QLatin1Char('\t')) << Qt::endl;
    }
    return ExitCode::Ok;
}

} // namespace pl::app
