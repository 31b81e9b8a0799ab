#pragma once

#include "app/cli/CliArguments.h"
#include "app/cli/ExitCode.h"
#include "core/common/Error.h"

#include <QSet>
#include <QString>
#include <QTextStream>

namespace pl::core {
class Clock;
class SecretBytes;
class Station;
struct Session;
} // namespace pl::core

namespace pl::app {

// What a command gets to work with. station and session are set when the
// command needs a login; the login, the notice and the logout are done by
// CliApplication around run().
struct CliContext {
    const CliArguments& args;
    QTextStream& out;
    QTextStream& err;
    const core::Clock& clock;
    QString storePath;
    core::Station* station = nullptr;
    core::Session* session = nullptr;
    // Only for Access::PasswordChangeOnly commands: the password just used to log in.
    const core::SecretBytes* loginPassword = nullptr;

    // Prints the error's message and returns the matching exit code.
    int fail(const core::Error& error) const;
};

class CliCommand {
public:
    enum class Access {
        None,               // no store (version, help)
        LoggedIn,           // reads data: login, permitted-use notice, audited
        PasswordChangeOnly, // login, allowed even when a password change is due
    };

    virtual ~CliCommand() = default;
    // The command words, e.g. {"audit", "verify"}.
    virtual QStringList words() const = 0;
    virtual QString synopsis() const = 0;
    virtual Access access() const { return Access::LoggedIn; }
    virtual QSet<QString> options() const { return {}; }
    virtual int run(CliContext& context) = 0;
};

int exitCodeFor(const core::Error& error);

} // namespace pl::app
