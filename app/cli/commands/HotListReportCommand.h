#pragma once

#include "app/cli/CliCommand.h"

namespace pl::app {

// hotlist report --month YYYY-MM [--csv FILE]: the monthly report as TSV, or
// written as CSV (an audited export).
class HotListReportCommand final : public CliCommand {
public:
    QStringList words() const override {
        return {QStringLiteral("hotlist"), QStringLiteral("report")};
    }
    QString synopsis() const override;
    QSet<QString> options() const override {
        return {QStringLiteral("month"), QStringLiteral("csv")};
    }
    int run(CliContext& context) override;
};

} // namespace pl::app
