#pragma once

#include "app/cli/CliCommand.h"

namespace pl::app {

// retention run [--dry-run]: purges reads past the retention period that no
// open case holds (administrators); --dry-run only counts them.
class RetentionRunCommand final : public CliCommand {
public:
    QStringList words() const override {
        return {QStringLiteral("retention"), QStringLiteral("run")};
    }
    QString synopsis() const override;
    QSet<QString> options() const override { return {QStringLiteral("dry-run")}; }
    int run(CliContext& context) override;
};

} // namespace pl::app
