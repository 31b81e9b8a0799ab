#pragma once

#include "app/cli/CliCommand.h"

namespace pl::app {

// init --admin NAME [--display-name TEXT] [--training-date YYYY-MM-DD]
class InitCommand final : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("init")}; }
    QString synopsis() const override;
    Access access() const override { return Access::None; }
    QSet<QString> options() const override;
    int run(CliContext& context) override;
};

} // namespace pl::app
