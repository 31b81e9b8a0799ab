#include "app/cli/commands/SearchCommand.h"

#include "core/common/TimeFormat.h"
#include "core/search/SearchService.h"
#include "core/station/Station.h"

#include <QCoreApplication>

#include <optional>

namespace pl::app {

namespace {

class SearchCommandText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::SearchCommand)
public:
    static QString synopsis() {
        return tr("search --case NUM --reason TEXT [--on-behalf-of NAME] [--similar|--contains] "
                  "[--from DATE] [--to DATE] PATTERN\n    Searches reads for a plate, for an open "
                  "case and with a reason (both recorded in the audit trail). '?' stands for one "
                  "character, '*' for any run. --similar also finds OCR look-alikes and plates "
                  "with one character missing or extra; --contains finds the text anywhere in a "
                  "plate. Dates are UTC, as 2026-03-01 or 2026-03-01T14:30:00; a --to date "
                  "without a time includes that whole day. Prints tab-separated lines: read id, "
                  "plate, state, time (UTC), latitude, longitude, device, confidence.");
    }
    static QString onePattern() {
        return tr("Give one plate pattern to search for (quote it if it contains '*' or '?').");
    }
    static QString oneMode() { return tr("Give --similar or --contains, not both."); }
    static QString badDate(const QString& option, const QString& text) {
        return tr("--%1 \"%2\" is not a date or date-time; write it as 2026-03-01 or "
                  "2026-03-01T14:30:00 (UTC).")
            .arg(option, text);
    }
    static QString summary(qsizetype count, const QString& window) {
        return tr("%n read(s) found. %1", nullptr, static_cast<int>(count)).arg(window);
    }
};

// An ISO date or date-time, taken as UTC unless it names an offset. A date
// alone is the start of that day, or with endOfDay the last millisecond of it.
std::optional<QDateTime> parseUtc(const QString& value, bool endOfDay) {
    const QString text = value.trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        const QDateTime start(date, QTime(0, 0), Qt::UTC);
        return endOfDay ? start.addDays(1).addMSecs(-1) : start;
    }
    QString isoText = text;
    if (isoText.size() > 10 && isoText.at(10) == QLatin1Char(' '))
        isoText[10] = QLatin1Char('T');
    QDateTime time = QDateTime::fromString(isoText, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

QString field(const QString& value) {
    QString out = value;
    out.replace(QLatin1Char('\t'), QLatin1Char(' '));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return out;
}

QString number(const std::optional<double>& value, int decimals) {
    return value ? QString::number(*value, 'f', decimals) : QString();
}

} // namespace

QString SearchCommand::synopsis() const {
    return SearchCommandText::synopsis();
}

int SearchCommand::run(CliContext& context) {
    const CliArguments& args = context.args;
    if (args.words().size() != 2) {
        context.err << SearchCommandText::onePattern() << Qt::endl;
        return ExitCode::Usage;
    }
    const bool similar = args.has(QStringLiteral("similar"));
    const bool contains = args.has(QStringLiteral("contains"));
    if (similar && contains) {
        context.err << SearchCommandText::oneMode() << Qt::endl;
        return ExitCode::Usage;
    }
    core::SearchRequest request;
    request.caseNumber = args.value(QStringLiteral("case"));
    request.reason = args.value(QStringLiteral("reason"));
    request.onBehalfOf = args.value(QStringLiteral("on-behalf-of"));
    request.pattern = args.word(1);
    request.mode = similar    ? core::SearchMode::Similar
                   : contains ? core::SearchMode::Contains
                              : core::SearchMode::Exact;
    for (const QString& option : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!args.has(option))
            continue;
        const bool isTo = option == QStringLiteral("to");
        const auto time = parseUtc(args.value(option), isTo);
        if (!time) {
            context.err << SearchCommandText::badDate(option, args.value(option)) << Qt::endl;
            return ExitCode::Usage;
        }
        (isTo ? request.toUtc : request.fromUtc) = *time;
    }

    // Missing case or reason are refused (and audited) by the service itself.
    core::SearchService& search = context.station->search();
    auto result = search.search(*context.session, request);
    if (!result)
        return context.fail(result.error());

    constexpr qsizetype kSlice = 1000;
    const qsizetype total = result.value().readIds.size();
    for (qsizetype first = 0; first < total; first += kSlice) {
        auto rows = search.rows(*context.session, result.value(), first, kSlice);
        if (!rows)
            return context.fail(rows.error());
        for (const core::SearchRow& row : std::as_const(rows.value())) {
            const QStringList fields = {QString::number(row.readId),
                                        row.plate,
                                        row.state,
                                        core::TimeFormat::toStorage(row.timeUtc),
                                        number(row.latitude, 6),
                                        number(row.longitude, 6),
                                        row.deviceName,
                                        number(row.confidence, 1)};
            QStringList cleaned;
            for (const QString& value : fields)
                cleaned.append(field(value));
            context.out << cleaned.join(QLatin1Char('\t')) << Qt::endl;
        }
    }
    context.err << SearchCommandText::summary(total, result.value().window.explanation) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pl::app
