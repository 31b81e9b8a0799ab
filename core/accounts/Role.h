#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pl::core {

enum class Role { Agent, Investigator, Supervisor, Administrator };

class Roles {
public:
    static QList<Role> all();
    // Stable identifier as stored ("agent", "investigator"...).
    static QString id(Role role);
    static std::optional<Role> fromId(const QString& id);
    // Translated name for people.
    static QString displayName(Role role);
};

} // namespace pl::core
