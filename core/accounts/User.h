#pragma once

#include "core/accounts/Role.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pl::core {

struct User {
    qint64 id = 0;
    QString name; // log-in name, unique regardless of case
    QString displayName;
    Role role = Role::Agent;
    bool active = true;
    QDate trainingCompleted; // invalid when never recorded
    QDateTime passwordChangedUtc;
    bool mustChangePassword = false;
    QDateTime createdUtc;
    QDateTime deactivatedUtc;
};

// What an administrator sees in the user list: the record plus the lock
// state, which lives in the key-slot file.
struct UserStatus {
    User user;
    QDateTime lockedUntil; // invalid or past when not locked
    int failedAttempts = 0;
    QDate trainingExpires;
    QDate passwordExpires;
};

} // namespace pl::core
