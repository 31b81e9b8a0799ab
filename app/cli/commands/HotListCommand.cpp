#include "app/cli/commands/HotListCommand.h"

#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/hotlist/HotListService.h"
#include "core/station/Station.h"

#include <QCoreApplication>

#include <optional>

namespace pl::app {

namespace {

class HotListCommandText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::HotListCommand)
public:
    static QString addSynopsis(const QString& categories) {
        return tr("hotlist add PLATE --state ST --reason TEXT --case NUMBER [--category NAME] "
                  "[--expires YYYY-MM-DD] [--review-by YYYY-MM-DD] [--no-possible]\n    Adds a "
                  "plate to your hot list; new reads of it alert you alone. '?' stands for one "
                  "character, '*' for any run. --state \"\" when the state is not known. "
                  "Categories: %1 (default other). Dates are UTC days: the entry expires, or is "
                  "due for review, at the end of that day; the review date defaults to the "
                  "longest the policy allows. --no-possible: no alerts for OCR look-alikes. "
                  "Prints the new entry's number.")
            .arg(categories);
    }
    static QString listSynopsis() {
        return tr("hotlist list [--all] [--removed]\n    Your hot-list entries (--all: every "
                  "entry of the station, for supervisors; --removed: removed ones too) as "
                  "tab-separated lines after a header line: id, plate, state, category, reason, "
                  "case, owner, list, added (UTC), review by (UTC), expires (UTC), status.");
    }
    static QString reviewSynopsis() {
        return tr("hotlist review ID [--note TEXT]\n    Confirms that your entry is still "
                  "needed: it alerts again until the next review date.");
    }
    static QString removeSynopsis() {
        return tr("hotlist remove ID --reason TEXT\n    Takes your entry off the hot list; it "
                  "is kept, with the reason, as history.");
    }
    static QString plateMissing() {
        return tr("Give the plate: hotlist add PLATE --state ST --reason TEXT --case NUMBER. "
                  "Quote a plate with '*' or '?'.");
    }
    static QString idMissing(const QString& command) {
        return tr("Give the entry's number: %1 ID.").arg(command);
    }
    static QString badId(const QString& text) {
        return tr("\"%1\" is not a hot-list entry number.").arg(text);
    }
    static QString tooManyWords(const QString& extra) {
        return tr("Unexpected words: %1. Quote a plate, reason or note that has spaces.")
            .arg(extra);
    }
    static QString stateRequired() {
        return tr("Give --state with the plate's two-letter state or province code, or "
                  "--state \"\" when it is not known.");
    }
    static QString badDate(const QString& option, const QString& text) {
        return tr("--%1 \"%2\" is not a date; write it as 2026-12-31.").arg(option, text);
    }
    static QString reviewed(qint64 id, const QString& reviewBy) {
        return tr("Reviewed hot-list entry %1; next review by %2 (UTC).").arg(id).arg(reviewBy);
    }
    static QString removed(qint64 id) { return tr("Removed hot-list entry %1.").arg(id); }
    static QString statusRemoved() { return tr("removed"); }
    static QString statusInactive() { return tr("inactive"); }
    static QString statusExpired() { return tr("expired"); }
    static QString statusOverdue() { return tr("review overdue"); }
    static QString statusCaseClosed() { return tr("case closed"); }
    static QString statusActive() { return tr("active"); }
};

// TSV fields cannot hold tabs or line breaks.
QString field(const QString& value) {
    QString out = value;
    out.replace(QLatin1Char('\t'), QLatin1Char(' '));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return out;
}

QString optionalTime(const QDateTime& time) {
    return time.isValid() ? core::TimeFormat::toStorage(time) : QString();
}

bool noExtraWords(CliContext& context, int expected) {
    const QStringList& words = context.args.words();
    if (words.size() <= expected)
        return true;
    context.err << HotListCommandText::tooManyWords(words.mid(expected).join(QLatin1Char(' ')))
                << Qt::endl;
    return false;
}

// The entry number after the two command words; prints the problem if there
// is none, it is not a number, or more words follow.
std::optional<qint64> entryId(CliContext& context) {
    const QStringList& words = context.args.words();
    if (words.size() < 3) {
        context.err << HotListCommandText::idMissing(words.mid(0, 2).join(QLatin1Char(' ')))
                    << Qt::endl;
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = words.at(2).toLongLong(&ok);
    if (!ok || id <= 0) {
        context.err << HotListCommandText::badId(words.at(2)) << Qt::endl;
        return std::nullopt;
    }
    if (!noExtraWords(context, 3))
        return std::nullopt;
    return id;
}

// YYYY-MM-DD as the last millisecond of that day, UTC; an invalid QDateTime
// when the option is absent, nullopt (after printing why) when it is wrong.
std::optional<QDateTime> endOfDay(CliContext& context, const QString& option) {
    if (!context.args.has(option))
        return QDateTime();
    const QString text = context.args.value(option).trimmed();
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid() || text.size() != 10) {
        context.err << HotListCommandText::badDate(option, context.args.value(option)) << Qt::endl;
        return std::nullopt;
    }
    return QDateTime(date, QTime(0, 0), Qt::UTC).addDays(1).addMSecs(-1);
}

QString status(const core::HotListEntry& entry, const QDateTime& now) {
    if (entry.isRemoved())
        return HotListCommandText::statusRemoved();
    if (!entry.active)
        return HotListCommandText::statusInactive();
    if (entry.isExpired(now))
        return HotListCommandText::statusExpired();
    if (entry.isOverdue(now))
        return HotListCommandText::statusOverdue();
    if (entry.caseClosed)
        return HotListCommandText::statusCaseClosed();
    return HotListCommandText::statusActive();
}

} // namespace

QString HotListAddCommand::synopsis() const {
    return HotListCommandText::addSynopsis(
        core::HotListCategory::names().join(QStringLiteral(", ")));
}

int HotListAddCommand::run(CliContext& context) {
    const CliArguments& args = context.args;
    if (args.words().size() < 3) {
        context.err << HotListCommandText::plateMissing() << Qt::endl;
        return ExitCode::Usage;
    }
    if (!noExtraWords(context, 3))
        return ExitCode::Usage;
    // The state decides which reads match, so it is never left out by
    // accident; "" says it is not known.
    if (!args.has(QStringLiteral("state"))) {
        context.err << HotListCommandText::stateRequired() << Qt::endl;
        return ExitCode::Usage;
    }
    const auto expires = endOfDay(context, QStringLiteral("expires"));
    const auto reviewBy = endOfDay(context, QStringLiteral("review-by"));
    if (!expires || !reviewBy)
        return ExitCode::Usage;

    core::HotListEntryInput input;
    input.plate = args.word(2);
    input.state = args.value(QStringLiteral("state"));
    input.reason = args.value(QStringLiteral("reason"));
    input.caseNumber = args.value(QStringLiteral("case"));
    if (args.has(QStringLiteral("category")))
        input.category = args.value(QStringLiteral("category")).trimmed();
    input.expiresUtc = *expires;
    input.reviewByUtc = *reviewBy;
    input.possibleMatches = !args.has(QStringLiteral("no-possible"));
    // Missing reasons and cases, unknown states and categories, dates out of
    // range: the service says what is wrong.
    auto added = context.station->hotLists().add(*context.session, input);
    if (!added)
        return context.fail(added.error());
    context.out << added->id << Qt::endl;
    return ExitCode::Ok;
}

QString HotListListCommand::synopsis() const {
    return HotListCommandText::listSynopsis();
}

int HotListListCommand::run(CliContext& context) {
    if (!noExtraWords(context, 2))
        return ExitCode::Usage;
    const auto scope = context.args.has(QStringLiteral("all"))
                           ? core::HotListService::Scope::Station
                           : core::HotListService::Scope::Own;
    auto entries = context.station->hotLists().entries(*context.session, scope,
                                                       context.args.has(QStringLiteral("removed")));
    if (!entries)
        return context.fail(entries.error());
    const QDateTime now = context.station->clock().nowUtc();
    // The header names columns for scripts, so it is not translated.
    context.out << QStringLiteral("id\tplate\tstate\tcategory\treason\tcase\towner\tlist\t"
                                  "added_utc\treview_by_utc\texpires_utc\tstatus")
                << Qt::endl;
    for (const core::HotListEntry& entry : std::as_const(entries.value())) {
        const QStringList cells = {QString::number(entry.id),
                                   entry.plate,
                                   entry.state,
                                   entry.category,
                                   entry.reason,
                                   entry.caseNumber,
                                   entry.ownerName,
                                   entry.listName,
                                   optionalTime(entry.addedUtc),
                                   optionalTime(entry.reviewByUtc),
                                   optionalTime(entry.expiresUtc),
                                   status(entry, now)};
        QStringList cleaned;
        for (const QString& value : cells)
            cleaned.append(field(value));
        context.out << cleaned.join(QLatin1Char('\t')) << Qt::endl;
    }
    return ExitCode::Ok;
}

QString HotListReviewCommand::synopsis() const {
    return HotListCommandText::reviewSynopsis();
}

int HotListReviewCommand::run(CliContext& context) {
    const auto id = entryId(context);
    if (!id)
        return ExitCode::Usage;
    auto reviewed = context.station->hotLists().review(*context.session, *id,
                                                       context.args.value(QStringLiteral("note")));
    if (!reviewed)
        return context.fail(reviewed.error());
    context.out << HotListCommandText::reviewed(*id, optionalTime(reviewed->reviewByUtc))
                << Qt::endl;
    return ExitCode::Ok;
}

QString HotListRemoveCommand::synopsis() const {
    return HotListCommandText::removeSynopsis();
}

int HotListRemoveCommand::run(CliContext& context) {
    const auto id = entryId(context);
    if (!id)
        return ExitCode::Usage;
    // A missing reason is refused by the service, with its message.
    auto removed = context.station->hotLists().remove(*context.session, *id,
                                                      context.args.value(QStringLiteral("reason")));
    if (!removed)
        return context.fail(removed.error());
    context.out << HotListCommandText::removed(*id) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pl::app
