#pragma once

#include "app/cli/CliCommand.h"

namespace pl::app {

// search --case NUM --reason TEXT [--on-behalf-of NAME] [--similar|--contains]
// [--from DATE] [--to DATE] PATTERN: the reads found, as TSV. The same
// audited service call as a search in the main window.
class SearchCommand final : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("search")}; }
    QString synopsis() const override;
    QSet<QString> options() const override {
        return {
            QStringLiteral("case"),    QStringLiteral("reason"),   QStringLiteral("on-behalf-of"),
            QStringLiteral("similar"), QStringLiteral("contains"), QStringLiteral("from"),
            QStringLiteral("to")};
    }
    int run(CliContext& context) override;
};

} // namespace pl::app
