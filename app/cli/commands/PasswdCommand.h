#pragma once

#include "app/cli/CliCommand.h"

namespace pl::app {

// passwd: change the logged-in user's own password (also when it is due).
class PasswdCommand final : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("passwd")}; }
    QString synopsis() const override;
    Access access() const override { return Access::PasswordChangeOnly; }
    int run(CliContext& context) override;
};

} // namespace pl::app
