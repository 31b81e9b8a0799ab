#pragma once

#include "app/cli/CliCommand.h"

namespace pl::app {

// hotlist add PLATE --state ST --reason TEXT --case NUM [--category NAME]
//   [--expires YYYY-MM-DD] [--review-by YYYY-MM-DD] [--no-possible]
class HotListAddCommand final : public CliCommand {
public:
    QStringList words() const override {
        return {QStringLiteral("hotlist"), QStringLiteral("add")};
    }
    QString synopsis() const override;
    QSet<QString> options() const override {
        return {QStringLiteral("state"),      QStringLiteral("reason"),
                QStringLiteral("case"),       QStringLiteral("category"),
                QStringLiteral("expires"),    QStringLiteral("review-by"),
                QStringLiteral("no-possible")};
    }
    int run(CliContext& context) override;
};

// hotlist list [--all] [--removed]: entries as TSV with a header line.
class HotListListCommand final : public CliCommand {
public:
    QStringList words() const override {
        return {QStringLiteral("hotlist"), QStringLiteral("list")};
    }
    QString synopsis() const override;
    QSet<QString> options() const override {
        return {QStringLiteral("all"), QStringLiteral("removed")};
    }
    int run(CliContext& context) override;
};

// hotlist review ID [--note TEXT]
class HotListReviewCommand final : public CliCommand {
public:
    QStringList words() const override {
        return {QStringLiteral("hotlist"), QStringLiteral("review")};
    }
    QString synopsis() const override;
    QSet<QString> options() const override { return {QStringLiteral("note")}; }
    int run(CliContext& context) override;
};

// hotlist remove ID --reason TEXT
class HotListRemoveCommand final : public CliCommand {
public:
    QStringList words() const override {
        return {QStringLiteral("hotlist"), QStringLiteral("remove")};
    }
    QString synopsis() const override;
    QSet<QString> options() const override { return {QStringLiteral("reason")}; }
    int run(CliContext& context) override;
};

} // namespace pl::app
