#include "app/cli/commands/AlertsCommand.h"

#include "core/common/TimeFormat.h"
#include "core/hotlist/AlertService.h"
#include "core/station/Station.h"

#include <QCoreApplication>

namespace pl::app {

namespace {

class AlertsCommandText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::AlertsCommand)
public:
    static QString listSynopsis() {
        return tr("alerts [--all]\n    Your hot-list alerts not yet acknowledged (--all: "
                  "acknowledged ones too), newest first, as tab-separated lines after a header "
                  "line: id, kind (hit or possible), plate as read, entry plate, state as read, "
                  "read time (UTC), device, category, case, acknowledged (UTC). Listing them "
                  "counts as showing them and is recorded in the audit trail.");
    }
    static QString ackSynopsis() {
        return tr("alerts ack ID [--note TEXT]\n    Acknowledges one of your alerts.");
    }
    static QString idMissing() { return tr("Give the alert's number: alerts ack ID."); }
    static QString badId(const QString& text) {
        return tr("\"%1\" is not an alert number.").arg(text);
    }
    static QString extraWords(const QString& extra) {
        return tr("Unexpected words: %1. Quote a note that has spaces.").arg(extra);
    }
    static QString count(qsizetype alerts) {
        return tr("%n alert(s).", nullptr, static_cast<int>(alerts));
    }
    static QString acknowledged(qint64 id) { return tr("Acknowledged alert %1.").arg(id); }
};

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

} // namespace

QString AlertsListCommand::synopsis() const {
    return AlertsCommandText::listSynopsis();
}

int AlertsListCommand::run(CliContext& context) {
    const QStringList& words = context.args.words();
    if (words.size() > 1) {
        context.err << AlertsCommandText::extraWords(words.mid(1).join(QLatin1Char(' ')))
                    << Qt::endl;
        return ExitCode::Usage;
    }
    core::AlertService& alerts = context.station->alerts();
    auto inbox = alerts.inbox(*context.session, context.args.has(QStringLiteral("all")));
    if (!inbox)
        return context.fail(inbox.error());
    // Recorded as shown before they are printed, so none is seen unrecorded.
    QList<qint64> ids;
    for (const core::HotListAlert& alert : std::as_const(inbox.value()))
        ids.append(alert.id);
    if (auto shown = alerts.markShown(*context.session, ids); !shown)
        return context.fail(shown.error());

    // The header names columns for scripts, so it is not translated.
    context.out << QStringLiteral("id\tkind\tread_plate\tentry_plate\tstate\tread_time_utc\t"
                                  "device\tcategory\tcase\tacknowledged_utc")
                << Qt::endl;
    for (const core::HotListAlert& alert : std::as_const(inbox.value())) {
        const QStringList cells = {
            QString::number(alert.id), core::HotListAlert::kindName(alert.kind),
            alert.readPlate,           alert.entryPlate,
            alert.readState,           optionalTime(alert.readTimeUtc),
            alert.deviceName,          alert.category,
            alert.caseNumber,          optionalTime(alert.acknowledgedUtc)};
        QStringList cleaned;
        for (const QString& value : cells)
            cleaned.append(field(value));
        context.out << cleaned.join(QLatin1Char('\t')) << Qt::endl;
    }
    context.err << AlertsCommandText::count(inbox.value().size()) << Qt::endl;
    return ExitCode::Ok;
}

QString AlertsAckCommand::synopsis() const {
    return AlertsCommandText::ackSynopsis();
}

int AlertsAckCommand::run(CliContext& context) {
    const QStringList& words = context.args.words();
    if (words.size() < 3) {
        context.err << AlertsCommandText::idMissing() << Qt::endl;
        return ExitCode::Usage;
    }
    bool ok = false;
    const qint64 id = words.at(2).toLongLong(&ok);
    if (!ok || id <= 0) {
        context.err << AlertsCommandText::badId(words.at(2)) << Qt::endl;
        return ExitCode::Usage;
    }
    if (words.size() > 3) {
        context.err << AlertsCommandText::extraWords(words.mid(3).join(QLatin1Char(' ')))
                    << Qt::endl;
        return ExitCode::Usage;
    }
    auto acknowledged = context.station->alerts().acknowledge(
        *context.session, id, context.args.value(QStringLiteral("note")));
    if (!acknowledged)
        return context.fail(acknowledged.error());
    context.out << AlertsCommandText::acknowledged(id) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pl::app
