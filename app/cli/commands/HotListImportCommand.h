#pragma once

#include "app/cli/CliCommand.h"

namespace pl::app {

// hotlist import FILE --case NUM --reason TEXT [--profile ID] [--list NAME]
// [--state XX]: imports a hot list with progress on stderr and the summary
// and every record's issue on stdout. Exit 0 when every record was stored
// (or was a duplicate or skipped by the profile's rules), RowsRejected when
// some were rejected, ImportFailed when the import failed or was refused.
class HotListImportCommand final : public CliCommand {
public:
    QStringList words() const override {
        return {QStringLiteral("hotlist"), QStringLiteral("import")};
    }
    QString synopsis() const override;
    QSet<QString> options() const override;
    int run(CliContext& context) override;
};

} // namespace pl::app
