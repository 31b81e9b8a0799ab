#pragma once

#include "app/cli/CliCommand.h"

namespace pl::app {

// alerts [--all]: the caller's alerts as TSV; listing them shows them.
class AlertsListCommand final : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("alerts")}; }
    QString synopsis() const override;
    QSet<QString> options() const override { return {QStringLiteral("all")}; }
    int run(CliContext& context) override;
};

// alerts ack ID [--note TEXT]
class AlertsAckCommand final : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("alerts"), QStringLiteral("ack")}; }
    QString synopsis() const override;
    QSet<QString> options() const override { return {QStringLiteral("note")}; }
    int run(CliContext& context) override;
};

} // namespace pl::app
