#pragma once

#include "app/cli/CliCommand.h"

namespace pl::app {

// recognize IMAGE...|DIR [--json|--tsv] [--candidates N]: finds and reads the
// plates in photos. Needs no store: nothing is stored or looked up.
class RecognizeCommand final : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("recognize")}; }
    QString synopsis() const override;
    Access access() const override { return Access::None; }
    QSet<QString> options() const override;
    int run(CliContext& context) override;
};

} // namespace pl::app
