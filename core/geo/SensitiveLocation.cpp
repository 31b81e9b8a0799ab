#include "core/geo/SensitiveLocation.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class CategoryText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::SensitiveLocation)
public:
    static QString school() { return tr("School"); }
    static QString worship() { return tr("Place of worship"); }
    static QString medical() { return tr("Medical facility"); }
    static QString other() { return tr("Other"); }
};
} // namespace

const QStringList& SensitiveLocation::categories() {
    static const QStringList all = {QStringLiteral("school"), QStringLiteral("worship"),
                                    QStringLiteral("medical"), QStringLiteral("other")};
    return all;
}

bool SensitiveLocation::isKnownCategory(const QString& category) {
    return categories().contains(category);
}

QString SensitiveLocation::categoryLabel(const QString& category) {
    if (category == QLatin1String("school"))
        return CategoryText::school();
    if (category == QLatin1String("worship"))
        return CategoryText::worship();
    if (category == QLatin1String("medical"))
        return CategoryText::medical();
    if (category == QLatin1String("other"))
        return CategoryText::other();
    return category;
}

} // namespace pl::core
