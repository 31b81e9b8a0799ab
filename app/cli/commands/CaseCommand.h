#pragma once

#include "app/cli/CliCommand.h"

namespace pl::app {

// case open NUM --title T --kind administrative|criminal [--offense CATEGORY]
class CaseOpenCommand final : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("case"), QStringLiteral("open")}; }
    QString synopsis() const override;
    QSet<QString> options() const override {
        return {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("offense")};
    }
    int run(CliContext& context) override;
};

// case close NUM [--reason TEXT]
class CaseCloseCommand final : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("case"), QStringLiteral("close")}; }
    QString synopsis() const override;
    QSet<QString> options() const override { return {QStringLiteral("reason")}; }
    int run(CliContext& context) override;
};

// case list [--all]: open cases (or all), as TSV.
class CaseListCommand final : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("case"), QStringLiteral("list")}; }
    QString synopsis() const override;
    QSet<QString> options() const override { return {QStringLiteral("all")}; }
    int run(CliContext& context) override;
};

} // namespace pl::app
