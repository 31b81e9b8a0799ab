#pragma once

#include "app/cli/CliCommand.h"

namespace pl::app {

// audit list [--limit N] [--before SEQ]: newest events first, as TSV.
class AuditListCommand final : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("audit"), QStringLiteral("list")}; }
    QString synopsis() const override;
    QSet<QString> options() const override {
        return {QStringLiteral("limit"), QStringLiteral("before")};
    }
    int run(CliContext& context) override;
};

} // namespace pl::app
