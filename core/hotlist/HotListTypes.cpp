#include "core/hotlist/HotListTypes.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class CategoryText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::HotListCategory)
public:
    static QString label(const QString& name) {
        if (name == QLatin1String("stolen_vehicle"))
            return tr("Stolen vehicle");
        if (name == QLatin1String("stolen_plate"))
            return tr("Stolen plate");
        if (name == QLatin1String("felony_vehicle"))
            return tr("Vehicle used in a felony");
        if (name == QLatin1String("wanted_person"))
            return tr("Wanted person");
        if (name == QLatin1String("missing_person"))
            return tr("Missing person");
        if (name == QLatin1String("amber_alert"))
            return tr("AMBER alert");
        if (name == QLatin1String("protection_order"))
            return tr("Protection order");
        if (name == QLatin1String("protective_interest"))
            return tr("Protective interest");
        if (name == QLatin1String("violent_person"))
            return tr("Violent person");
        if (name == QLatin1String("gang_terrorist"))
            return tr("Gang or terrorist");
        if (name == QLatin1String("sex_offender"))
            return tr("Sex offender");
        if (name == QLatin1String("supervised_release"))
            return tr("Supervised release");
        if (name == QLatin1String("stolen_canadian_vehicle"))
            return tr("Stolen Canadian vehicle");
        if (name == QLatin1String("immigration_violator"))
            return tr("Immigration violator");
        if (name == QLatin1String("expired_registration"))
            return tr("Expired registration");
        if (name == QLatin1String("suspended"))
            return tr("Suspended registration or licence");
        if (name == QLatin1String("other"))
            return tr("Other");
        return name;
    }
};
} // namespace

const QStringList& HotListCategory::names() {
    static const QStringList all = {
        QStringLiteral("stolen_vehicle"),
        QStringLiteral("stolen_plate"),
        QStringLiteral("felony_vehicle"),
        QStringLiteral("wanted_person"),
        QStringLiteral("missing_person"),
        QStringLiteral("amber_alert"),
        QStringLiteral("protection_order"),
        QStringLiteral("protective_interest"),
        QStringLiteral("violent_person"),
        QStringLiteral("gang_terrorist"),
        QStringLiteral("sex_offender"),
        QStringLiteral("supervised_release"),
        QStringLiteral("stolen_canadian_vehicle"),
        QStringLiteral("immigration_violator"),
        QStringLiteral("expired_registration"),
        QStringLiteral("suspended"),
        QStringLiteral("other"),
    };
    return all;
}

bool HotListCategory::isKnown(const QString& name) {
    return names().contains(name);
}

QString HotListCategory::label(const QString& name) {
    return CategoryText::label(name);
}

bool HotListEntry::isWildcard() const {
    return plate.contains(QLatin1Char('?')) || plate.contains(QLatin1Char('*'));
}

QString HotListAlert::kindName(Kind kind) {
    return kind == Kind::Hit ? QStringLiteral("hit") : QStringLiteral("possible");
}

} // namespace pl::core
