#include "app/cli/commands/PasswdCommand.h"

#include "app/cli/PasswordSource.h"
#include "core/accounts/AccountService.h"
#include "core/station/Station.h"

#include <QCoreApplication>

namespace pl::app {

namespace {
class PasswdText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::PasswdCommand)
public:
    static QString synopsis() {
        return tr("passwd\n    Change your password (also when it is due). The current one "
                  "comes from PLATELEDGER_PASSWORD or the prompt, the new one from "
                  "PLATELEDGER_NEW_PASSWORD or the prompt.");
    }
    static QString newPrompt() { return tr("New password: "); }
    static QString confirm() { return tr("Repeat the new password: "); }
    static QString changed() { return tr("Password changed."); }
};
} // namespace

QString PasswdCommand::synopsis() const {
    return PasswdText::synopsis();
}

int PasswdCommand::run(CliContext& context) {
    // The password the user just logged in with is the current one.
    auto next = PasswordSource::obtainNew(PasswordSource::newPasswordVariable(),
                                          PasswdText::newPrompt(), PasswdText::confirm());
    if (!next)
        return context.fail(next.error());
    auto changed = context.station->accounts().changePassword(*context.session,
                                                              *context.loginPassword, next.value());
    if (!changed)
        return context.fail(changed.error());
    context.out << PasswdText::changed() << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pl::app
