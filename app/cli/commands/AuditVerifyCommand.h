#pragma once

#include "app/cli/CliCommand.h"

namespace pl::app {

// audit verify: exit 0 only if the hash chain is intact; otherwise
// ExitCode::AuditBroken and the first broken event named.
class AuditVerifyCommand final : public CliCommand {
public:
    QStringList words() const override {
        return {QStringLiteral("audit"), QStringLiteral("verify")};
    }
    QString synopsis() const override;
    int run(CliContext& context) override;
};

} // namespace pl::app
