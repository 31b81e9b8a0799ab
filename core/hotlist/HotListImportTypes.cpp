#include "core/hotlist/HotListImportTypes.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class OutcomeText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::HotListImportRow)
public:
    static QString label(HotListImportRow::Outcome outcome) {
        switch (outcome) {
        case HotListImportRow::Outcome::Accepted:
            return tr("Accepted");
        case HotListImportRow::Outcome::Flagged:
            return tr("Accepted with flags");
        case HotListImportRow::Outcome::Rejected:
            return tr("Rejected");
        case HotListImportRow::Outcome::Duplicate:
            return tr("Duplicate");
        case HotListImportRow::Outcome::Skipped:
            return tr("Skipped");
        }
        return {};
    }
};
} // namespace

QString HotListImportRow::outcomeName(Outcome outcome) {
    switch (outcome) {
    case Outcome::Accepted:
        return QStringLiteral("accepted");
    case Outcome::Flagged:
        return QStringLiteral("flagged");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString HotListImportRow::outcomeLabel(Outcome outcome) {
    return OutcomeText::label(outcome);
}

} // namespace pl::core
