#pragma once

#include "core/accounts/Permission.h"
#include "core/accounts/Role.h"
#include "core/audit/AuditEvent.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace pl::core {

// A logged-in user as core sees them. The Station that issued a session keeps
// the authoritative copy (by id); a session it does not know, or one that has
// not yet accepted the consent text, opens nothing.
struct Session {
    enum class Client { Gui, Cli };

    QByteArray id;
    qint64 userId = 0;
    QString userName;
    QString displayName;
    Role role = Role::Agent;
    Client client = Client::Gui;
    QDateTime loginUtc;
    bool passwordChangeRequired = false;
    QString passwordChangeReason; // "expired" or "reset"
    QString consentVersion;       // empty until accepted
    QString consentSha256;
    bool idleLocked = false;

    bool hasConsented() const { return !consentSha256.isEmpty(); }
    bool isActive() const { return hasConsented() && !passwordChangeRequired && !idleLocked; }
    bool can(Permission permission) const { return Permissions::allows(role, permission); }
    AuditActor actor() const { return {userId, userName}; }
    QString clientName() const {
        return client == Client::Gui ? QStringLiteral("gui") : QStringLiteral("cli");
    }
};

} // namespace pl::core
