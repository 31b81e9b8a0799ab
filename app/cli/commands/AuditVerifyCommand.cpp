#include "app/cli/commands/AuditVerifyCommand.h"

#include "core/audit/AuditTrail.h"
#include "core/station/Station.h"

#include <QCoreApplication>

namespace pl::app {

namespace {
class VerifyText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::AuditVerifyCommand)
public:
    static QString synopsis() {
        return tr("audit verify\n    Check the audit trail's hash chain. Exit code 0 only if it "
                  "is intact; otherwise %1 and the first broken event.")
            .arg(int(ExitCode::AuditBroken));
    }
    static QString intact(qint64 events, qint64 head, const QString& hash) {
        return tr("Audit trail intact: %1 events verified, chain head #%2 %3")
            .arg(events)
            .arg(head)
            .arg(hash);
    }
    static QString broken(qint64 seq, const QString& problem) {
        return tr("Audit trail BROKEN at event #%1: %2").arg(seq).arg(problem);
    }
    static QString progress(qint64 done, qint64 total) {
        return tr("Verified %1 of %2 events").arg(done).arg(total);
    }
};
} // namespace

QString AuditVerifyCommand::synopsis() const {
    return VerifyText::synopsis();
}

int AuditVerifyCommand::run(CliContext& context) {
    auto result = context.station->auditTrail().verify(
        *context.session, [&context](qint64 done, qint64 total) {
            context.err << VerifyText::progress(done, total) << QLatin1Char('\r');
            context.err.flush();
            return true;
        });
    context.err << Qt::endl;
    if (!result)
        return context.fail(result.error());
    const core::AuditVerification& verification = result.value();
    if (!verification.intact) {
        context.out << VerifyText::broken(verification.firstBrokenSeq, verification.problem)
                    << Qt::endl;
        return ExitCode::AuditBroken;
    }
    context.out << VerifyText::intact(verification.eventsChecked, verification.head.seq,
                                      QString::fromLatin1(verification.head.hash.toHex()))
                << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pl::app
