#include "app/cli/commands/AuditListCommand.h"

#include "core/audit/AuditTrail.h"
#include "core/common/TimeFormat.h"
#include "core/station/Station.h"

#include <QCoreApplication>

namespace pl::app {

namespace {
class ListText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::AuditListCommand)
public:
    static QString synopsis() {
        return tr("audit list [--limit N] [--before SEQ]\n    The newest audit events as "
                  "tab-separated lines: seq, time (UTC), user, on behalf of, action, outcome, "
                  "target kind, target, case, reason, details.");
    }
    static QString badNumber(const QString& option) {
        return tr("--%1 needs a positive whole number.").arg(option);
    }
};

// TSV fields cannot hold tabs or line breaks.
QString field(const QString& value) {
    QString out = value;
    out.replace(QLatin1Char('\t'), QLatin1Char(' '));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return out;
}
} // namespace

QString AuditListCommand::synopsis() const {
    return ListText::synopsis();
}

int AuditListCommand::run(CliContext& context) {
    int limit = 50;
    qint64 before = 0;
    bool ok = true;
    if (context.args.has(QStringLiteral("limit"))) {
        limit = context.args.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0) {
            context.err << ListText::badNumber(QStringLiteral("limit")) << Qt::endl;
            return ExitCode::Usage;
        }
    }
    if (context.args.has(QStringLiteral("before"))) {
        before = context.args.value(QStringLiteral("before")).toLongLong(&ok);
        if (!ok || before <= 0) {
            context.err << ListText::badNumber(QStringLiteral("before")) << Qt::endl;
            return ExitCode::Usage;
        }
    }
    auto events = context.station->auditTrail().events(*context.session, limit, before);
    if (!events)
        return context.fail(events.error());
    for (const core::AuditEvent& event : events.value()) {
        const QStringList fields = {QString::number(event.seq),
                                    core::TimeFormat::toStorage(event.timeUtc),
                                    event.userName,
                                    event.onBehalfOf,
                                    event.action,
                                    event.outcome,
                                    event.targetKind,
                                    event.target,
                                    event.caseNumber,
                                    event.reason,
                                    event.details};
        QStringList cleaned;
        for (const QString& value : fields)
            cleaned.append(field(value));
        context.out << cleaned.join(QLatin1Char('\t')) << Qt::endl;
    }
    return ExitCode::Ok;
}

} // namespace pl::app
