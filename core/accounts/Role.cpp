#include "core/accounts/Role.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class RoleText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::Roles)
public:
    static QString agent() { return tr("Agent"); }
    static QString investigator() { return tr("Investigator"); }
    static QString supervisor() { return tr("Supervisor"); }
    static QString administrator() { return tr("Administrator"); }
};
} // namespace

QList<Role> Roles::all() {
    return {Role::Agent, Role::Investigator, Role::Supervisor, Role::Administrator};
}

QString Roles::id(Role role) {
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Investigator:
        return QStringLiteral("investigator");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> Roles::fromId(const QString& id) {
    for (Role role : all()) {
        if (Roles::id(role) == id)
            return role;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role) {
    switch (role) {
    case Role::Agent:
        return RoleText::agent();
    case Role::Investigator:
        return RoleText::investigator();
    case Role::Supervisor:
        return RoleText::supervisor();
    case Role::Administrator:
        return RoleText::administrator();
    }
    return {};
}

} // namespace pl::core
