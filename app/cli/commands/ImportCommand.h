#pragma once

#include "app/cli/CliCommand.h"

namespace pl::app {

// import FILE --device NAME ...: imports a reader dump with progress on
// stderr and the summary on stdout. Exit 0 when every row was stored (or was
// a duplicate), RowsRejected when some rows were rejected, ImportFailed when
// the import failed or was refused.
class ImportCommand final : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("import")}; }
    QString synopsis() const override;
    QSet<QString> options() const override;
    int run(CliContext& context) override;
};

// import list: the latest imports, as TSV.
class ImportListCommand final : public CliCommand {
public:
    QStringList words() const override {
        return {QStringLiteral("import"), QStringLiteral("list")};
    }
    QString synopsis() const override;
    int run(CliContext& context) override;
};

// import resume ID: continues an interrupted, cancelled or failed import.
class ImportResumeCommand final : public CliCommand {
public:
    QStringList words() const override {
        return {QStringLiteral("import"), QStringLiteral("resume")};
    }
    QString synopsis() const override;
    QSet<QString> options() const override { return {QStringLiteral("rejects")}; }
    int run(CliContext& context) override;
};

// import rollback ID: removes the reads of an incomplete import.
class ImportRollbackCommand final : public CliCommand {
public:
    QStringList words() const override {
        return {QStringLiteral("import"), QStringLiteral("rollback")};
    }
    QString synopsis() const override;
    int run(CliContext& context) override;
};

} // namespace pl::app
