#include "core/cases/Verification.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class DecisionText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::Verification)
public:
    static QString confirmed() { return tr("confirmed"); }
    static QString mismatch() { return tr("mismatch"); }
    static QString unreadable() { return tr("unreadable"); }
};
} // namespace

QString Verification::decisionName(Decision decision) {
    switch (decision) {
    case Decision::Confirmed:
        return QStringLiteral("confirmed");
    case Decision::Mismatch:
        return QStringLiteral("mismatch");
    case Decision::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

std::optional<Verification::Decision> Verification::decisionFromName(const QString& name) {
    for (const Decision decision :
         {Decision::Confirmed, Decision::Mismatch, Decision::Unreadable}) {
        if (decisionName(decision) == name)
            return decision;
    }
    return std::nullopt;
}

QString Verification::decisionLabel(Decision decision) {
    switch (decision) {
    case Decision::Confirmed:
        return DecisionText::confirmed();
    case Decision::Mismatch:
        return DecisionText::mismatch();
    case Decision::Unreadable:
        return DecisionText::unreadable();
    }
    return {};
}

} // namespace pl::core
