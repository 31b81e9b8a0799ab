#pragma once

#include "app/cli/CliCommand.h"

namespace pl::app {

// info: the store's summary (schema version, counts, chain head).
class InfoCommand final : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("info")}; }
    QString synopsis() const override;
    int run(CliContext& context) override;
};

} // namespace pl::app
