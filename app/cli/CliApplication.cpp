#include "app/cli/CliApplication.h"

#include "app/cli/PasswordSource.h"
#include "app/cli/commands/AlertsCommand.h"
#include "app/cli/commands/AuditListCommand.h"
#include "app/cli/commands/AuditVerifyCommand.h"
#include "app/cli/commands/CaseCommand.h"
#include "app/cli/commands/HotListCommand.h"
#include "app/cli/commands/HotListImportCommand.h"
#include "app/cli/commands/HotListReportCommand.h"
#include "app/cli/commands/ImportCommand.h"
#include "app/cli/commands/InfoCommand.h"
#include "app/cli/commands/InitCommand.h"
#include "app/cli/commands/PasswdCommand.h"
#include "app/cli/commands/RecognizeCommand.h"
#include "app/cli/commands/RetentionCommand.h"
#include "app/cli/commands/SearchCommand.h"
#include "core/consent/ConsentText.h"
#include "core/station/Station.h"
#include "core/store/Migrations.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace pl::app {

namespace {
class CliText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::CliApplication)
public:
    static QString usage() {
        return tr("Usage: plateledger-cli [--store PATH] [--user NAME] COMMAND [OPTIONS]\n\n"
                  "The store defaults to %1.\n"
                  "Passwords are read from the terminal, or from the environment variable "
                  "PLATELEDGER_PASSWORD for scripts; never from the command line.\n"
                  "Every command that opens the store prints the permitted-use notice and is "
                  "recorded in the audit trail.\n\nCommands:");
    }
    static QString exitCodes() {
        return tr("Exit codes: 0 success, 1 the command failed, 2 bad command line, 3 log-in "
                  "refused, 4 store unavailable, 5 not allowed for your role, 6 audit trail "
                  "broken, 7 import finished but rows were rejected, 8 import failed or "
                  "refused.");
    }
    static QString unknown(const QString& words) {
        return tr("Unknown command \"%1\". Run plateledger-cli --help.").arg(words);
    }
    static QString unexpected(const QString& options) {
        return tr("Unexpected options for this command: %1").arg(options);
    }
    static QString userRequired() { return tr("This command needs --user NAME."); }
    static QString prompt(const QString& user) { return tr("Password for %1: ").arg(user); }
    static QString passwordDue(const QString& user, const QString& store) {
        return tr("The password of %1 must be changed before continuing. Run:\n"
                  "  plateledger-cli --store %2 --user %1 passwd")
            .arg(user, store);
    }
};
} // namespace

CliApplication::CliApplication(QTextStream& out, QTextStream& err, const core::Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_clock(clock) {
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<AuditVerifyCommand>());
    m_commands.push_back(std::make_unique<AuditListCommand>());
    m_commands.push_back(std::make_unique<PasswdCommand>());
    m_commands.push_back(std::make_unique<RecognizeCommand>());
    // The sub-commands first: "import" alone would match their words.
    m_commands.push_back(std::make_unique<ImportListCommand>());
    m_commands.push_back(std::make_unique<ImportResumeCommand>());
    m_commands.push_back(std::make_unique<ImportRollbackCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<CaseOpenCommand>());
    m_commands.push_back(std::make_unique<CaseCloseCommand>());
    m_commands.push_back(std::make_unique<CaseListCommand>());
    m_commands.push_back(std::make_unique<HotListImportCommand>());
    m_commands.push_back(std::make_unique<RetentionRunCommand>());
    m_commands.push_back(std::make_unique<HotListAddCommand>());
    m_commands.push_back(std::make_unique<HotListListCommand>());
    m_commands.push_back(std::make_unique<HotListReviewCommand>());
    m_commands.push_back(std::make_unique<HotListRemoveCommand>());
    m_commands.push_back(std::make_unique<HotListReportCommand>());
    // "alerts ack" before "alerts", whose word it starts with.
    m_commands.push_back(std::make_unique<AlertsAckCommand>());
    m_commands.push_back(std::make_unique<AlertsListCommand>());
}

CliApplication::~CliApplication() = default;

void CliApplication::printUsage() const {
    m_out << CliText::usage().arg(core::Store::defaultPath()) << Qt::endl;
    for (const auto& command : m_commands)
        m_out << QStringLiteral("  ") << command->synopsis() << Qt::endl;
    m_out << QStringLiteral("  --version") << Qt::endl << Qt::endl;
    m_out << CliText::exitCodes() << Qt::endl;
}

CliCommand* CliApplication::find(const QStringList& words) const {
    for (const auto& command : m_commands) {
        if (words.mid(0, command->words().size()) == command->words())
            return command.get();
    }
    return nullptr;
}

int CliApplication::run(const QStringList& arguments) {
    auto parsed = CliArguments::parse(arguments);
    if (!parsed) {
        m_err << parsed.error().message() << Qt::endl;
        return ExitCode::Usage;
    }
    const CliArguments& args = parsed.value();
    if (args.has(QStringLiteral("version"))) {
        m_out << QStringLiteral("plateledger-cli %1 (store schema %2)")
                     .arg(QStringLiteral(PL_VERSION))
                     .arg(core::Migrations::latestVersion())
              << Qt::endl;
        return ExitCode::Ok;
    }
    if (args.has(QStringLiteral("help")) || args.words().isEmpty()) {
        printUsage();
        return args.words().isEmpty() && !args.has(QStringLiteral("help")) ? ExitCode::Usage
                                                                           : ExitCode::Ok;
    }
    CliCommand* command = find(args.words());
    if (!command) {
        m_err << CliText::unknown(args.words().join(QLatin1Char(' '))) << Qt::endl;
        return ExitCode::Usage;
    }
    if (const QStringList extra = args.unexpected(command->options()); !extra.isEmpty()) {
        m_err << CliText::unexpected(extra.join(QStringLiteral(", "))) << Qt::endl;
        return ExitCode::Usage;
    }

    const QString storePath =
        args.storePath().isEmpty() ? core::Store::defaultPath() : args.storePath();
    CliContext context{args, m_out, m_err, m_clock, QFileInfo(storePath).absoluteFilePath()};
    if (command->access() == CliCommand::Access::None)
        return command->run(context);
    return runLoggedIn(*command, context);
}

int CliApplication::runLoggedIn(CliCommand& command, CliContext& context) {
    const QString user = context.args.user().trimmed();
    if (user.isEmpty()) {
        m_err << CliText::userRequired() << Qt::endl;
        return ExitCode::Usage;
    }
    // Checked before asking for a password, so a wrong path is said at once.
    if (auto file = core::Store::checkDatabaseFile(context.storePath); !file)
        return context.fail(file.error());

    auto password =
        PasswordSource::obtain(PasswordSource::passwordVariable(), CliText::prompt(user));
    if (!password)
        return context.fail(password.error());
    auto login = core::Station::login(context.storePath, user, password.value(),
                                      core::Session::Client::Cli, m_clock);
    if (!login)
        return context.fail(login.error());
    core::Station& station = *login.value().station;
    core::Session& session = login.value().session;
    context.station = &station;
    context.session = &session;

    int code = ExitCode::Ok;
    if (command.access() == CliCommand::Access::PasswordChangeOnly) {
        context.loginPassword = &password.value();
        code = command.run(context);
        context.loginPassword = nullptr;
    } else if (session.passwordChangeRequired) {
        m_err << CliText::passwordDue(user, context.storePath) << Qt::endl;
        code = ExitCode::AuthRefused;
    } else {
        password.value().clear();
        auto consent = core::ConsentText::load(QLocale().name());
        if (!consent) {
            code = context.fail(consent.error());
        } else {
            m_err << consent.value().notice() << Qt::endl;
            if (auto acknowledged = station.acknowledgeNotice(session, consent.value());
                !acknowledged)
                code = context.fail(acknowledged.error());
            else
                code = command.run(context);
        }
    }
    if (auto loggedOut = station.logout(session); !loggedOut && code == ExitCode::Ok)
        code = context.fail(loggedOut.error());
    return code;
}

} // namespace pl::app
