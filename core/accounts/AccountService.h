#pragma once

#include "core/accounts/Role.h"
#include "core/accounts/Session.h"
#include "core/accounts/User.h"
#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace pl::core {

class Database;
class Station;
class Statement;
struct AuditRecord;

struct NewUser {
    QString name;
    QString displayName;
    Role role = Role::Agent;
    QDate trainingCompleted; // may be left empty: the user cannot log in until recorded
    SecretBytes temporaryPassword;
    // Whether the user must change the password at first login. Only the
    // throw-away demo store sets this to false; the audit event records it.
    bool mustChangePassword = true;
};

// Accounts: what administrators do to users, and what users do to their own
// password. Every change is checked against the session, written with its
// audit event in one transaction, and reflected in the key-slot file.
class AccountService {
public:
    explicit AccountService(Station& station);

    Result<QList<UserStatus>> users(const Session& session);
    Result<User> createUser(const Session& session, const NewUser& request);
    Status setDisplayName(const Session& session, qint64 userId, const QString& displayName);
    Status setRole(const Session& session, qint64 userId, Role role);
    Status recordTraining(const Session& session, qint64 userId, const QDate& completed);
    // Sets a temporary password the user must change at next login; clears a lockout.
    Status resetPassword(const Session& session, qint64 userId,
                         const SecretBytes& temporaryPassword);
    Status unlock(const Session& session, qint64 userId);
    Status deactivate(const Session& session, qint64 userId, const QString& reason);
    Status reactivate(const Session& session, qint64 userId, const SecretBytes& temporaryPassword);

    // The user's own password. Allowed before consent, so that an expired
    // password can be changed at login. Rewraps only this user's key slot.
    Status changePassword(Session& session, const SecretBytes& current, const SecretBytes& next);

    static Result<User> userByName(Database& db, const QString& name);
    static Result<User> userById(Database& db, qint64 id);
    static Result<qint64> insertUser(Database& db, const User& user);
    static Status validateNewAccount(const QString& name, const QString& displayName,
                                     const QDate& trainingCompleted, const QDateTime& nowUtc);

private:
    Result<User> managedUser(const Session& session, qint64 userId);
    Status ensureAnotherAdministrator(qint64 userId);
    // One change to an account: the users row (sql may be null), its audit
    // events and, last, the key-slot file, all or nothing.
    Status applyChange(const Session& session, const char* sql,
                       const std::function<void(Statement&)>& bind,
                       const QList<AuditRecord>& records,
                       const std::function<Status()>& keySlotChange = {});
    Status checkNewPassword(const SecretBytes& password, const QString& userName);
    // Wraps the database key with password into a new slot for userName
    // (replacing any old one, its failures and lock included).
    Status writeFreshSlot(const QString& userName, const SecretBytes& password);

    Station& m_station;
};

} // namespace pl::core
