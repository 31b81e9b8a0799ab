#pragma once

#include "app/cli/CliCommand.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace pl::core {
class Clock;
}

namespace pl::app {

// plateledger-cli: parses the command line, logs in when the command needs
// it (password from PLATELEDGER_PASSWORD or the terminal), prints the
// permitted-use notice, runs the command and logs out. Links core only.
class CliApplication {
public:
    CliApplication(QTextStream& out, QTextStream& err, const core::Clock& clock);
    ~CliApplication();

    int run(const QStringList& arguments);

private:
    void printUsage() const;
    CliCommand* find(const QStringList& words) const;
    int runLoggedIn(CliCommand& command, CliContext& context);

    QTextStream& m_out;
    QTextStream& m_err;
    const core::Clock& m_clock;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace pl::app
