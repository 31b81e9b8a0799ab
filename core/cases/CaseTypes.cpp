#include "core/cases/CaseTypes.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class CaseTypesText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::CaseFile)
public:
    static QString administrative() { return tr("administrative"); }
    static QString criminal() { return tr("criminal"); }
};
} // namespace

QString CaseFile::kindName(Kind kind) {
    return kind == Kind::Criminal ? QStringLiteral("criminal") : QStringLiteral("administrative");
}

std::optional<CaseFile::Kind> CaseFile::kindFromName(const QString& name) {
    if (name == QLatin1String("administrative"))
        return Kind::Administrative;
    if (name == QLatin1String("criminal"))
        return Kind::Criminal;
    return std::nullopt;
}

QString CaseFile::kindLabel(Kind kind) {
    return kind == Kind::Criminal ? CaseTypesText::criminal() : CaseTypesText::administrative();
}

} // namespace pl::core
