#include "core/import/ImportTypes.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class TypesText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::ImportRecord)
public:
    static QString label(ImportRecord::Status status) {
        switch (status) {
        case ImportRecord::Status::Running:
            return tr("running");
        case ImportRecord::Status::Complete:
            return tr("complete");
        case ImportRecord::Status::Cancelled:
            return tr("cancelled (incomplete)");
        case ImportRecord::Status::Failed:
            return tr("failed (incomplete)");
        case ImportRecord::Status::RolledBack:
            return tr("rolled back");
        }
        return {};
    }
};
} // namespace

QString ImportRecord::statusName(Status status) {
    switch (status) {
    case Status::Running:
        return QStringLiteral("running");
    case Status::Complete:
        return QStringLiteral("complete");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::RolledBack:
        return QStringLiteral("rolled_back");
    }
    return {};
}

QString ImportRecord::statusLabel(Status status) {
    return TypesText::label(status);
}

} // namespace pl::core
