#include "core/accounts/AccountService.h"

#include "core/accounts/PasswordPolicy.h"
#include "core/audit/AuditAction.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/crypto/KeyWrap.h"
#include "core/policy/PolicySettings.h"
#include "core/station/Authenticator.h"
#include "core/station/PendingEvents.h"
#include "core/station/Station.h"
#include "core/store/KeySlotFile.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pl::core {

namespace {

class AccountText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::AccountService)
public:
    static QString badName() {
        return tr("A user name has 2 to 64 characters: letters, digits, dot, dash or underscore, "
                  "starting with a letter or digit.");
    }
    static QString badDisplayName() {
        return tr("Enter the person's full name (up to 100 characters).");
    }
    static QString nameTaken(const QString& name) {
        return tr("There is already a user named %1.").arg(name);
    }
    static QString noSuchUser() { return tr("There is no such user."); }
    static QString futureTraining() { return tr("The training date cannot be in the future."); }
    static QString implausibleTraining() { return tr("The training date is not plausible."); }
    static QString notYourself() { return tr("You cannot do this to your own account."); }
    static QString lastAdministrator() {
        return tr("This is the last active administrator; make another user an administrator "
                  "first.");
    }
    static QString inactive() { return tr("The account is deactivated; reactivate it first."); }
    static QString alreadyActive() { return tr("The account is already active."); }
    static QString reasonRequired() { return tr("Give a reason for deactivating the account."); }
    static QString samePassword() {
        return tr("The new password must be different from the current one.");
    }
    static QString wrongCurrent() { return tr("The current password is wrong."); }
};

const char* const kSelectUser =
    "SELECT id, name, display_name, role, active, training_completed, password_changed_utc, "
    "must_change_password, created_utc, deactivated_utc FROM users ";

User readUser(const Statement& stmt) {
    User user;
    user.id = stmt.integer(0);
    user.name = stmt.text(1);
    user.displayName = stmt.text(2);
    user.role = Roles::fromId(stmt.text(3)).value_or(Role::Agent);
    user.active = stmt.integer(4) != 0;
    user.trainingCompleted = TimeFormat::dateFromStorage(stmt.text(5));
    user.passwordChangedUtc = TimeFormat::fromStorage(stmt.text(6));
    user.mustChangePassword = stmt.integer(7) != 0;
    user.createdUtc = TimeFormat::fromStorage(stmt.text(8));
    user.deactivatedUtc = TimeFormat::fromStorage(stmt.text(9));
    return user;
}

AuditRecord userRecord(const QString& action, const User& target) {
    AuditRecord record{action, AuditOutcome::Success};
    record.targetKind = QStringLiteral("user");
    record.target = target.name;
    return record;
}

} // namespace

AccountService::AccountService(Station& station)
    : m_station(station) {}

Status AccountService::validateNewAccount(const QString& name, const QString& displayName,
                                          const QDate& trainingCompleted, const QDateTime& nowUtc) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$"));
    if (!pattern.match(name).hasMatch())
        return Error(ErrorCode::InvalidArgument, AccountText::badName());
    if (displayName.trimmed().isEmpty() || displayName.size() > 100)
        return Error(ErrorCode::InvalidArgument, AccountText::badDisplayName());
    if (trainingCompleted.isValid()) {
        if (trainingCompleted > nowUtc.toLocalTime().date())
            return Error(ErrorCode::InvalidArgument, AccountText::futureTraining());
        if (trainingCompleted.year() < 1990)
            return Error(ErrorCode::InvalidArgument, AccountText::implausibleTraining());
    }
    return {};
}

Result<User> AccountService::userByName(Database& db, const QString& name) {
    auto stmt = db.prepare(QByteArray(kSelectUser).append("WHERE name = ?1").constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, name.trimmed());
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::NotFound, AccountText::noSuchUser());
    return readUser(stmt.value());
}

Result<User> AccountService::userById(Database& db, qint64 id) {
    auto stmt = db.prepare(QByteArray(kSelectUser).append("WHERE id = ?1").constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::NotFound, AccountText::noSuchUser());
    return readUser(stmt.value());
}

Result<qint64> AccountService::insertUser(Database& db, const User& user) {
    auto stmt =
        db.prepare("INSERT INTO users (name, display_name, role, active, training_completed, "
                   "password_changed_utc, must_change_password, created_utc) "
                   "VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6, ?7)");
    if (!stmt)
        return stmt.error();
    stmt.value()
        .bind(1, user.name)
        .bind(2, user.displayName)
        .bind(3, Roles::id(user.role))
        .bindOptional(4, TimeFormat::dateToStorage(user.trainingCompleted))
        .bind(5, TimeFormat::toStorage(user.passwordChangedUtc))
        .bind(6, user.mustChangePassword)
        .bind(7, TimeFormat::toStorage(user.createdUtc));
    if (auto inserted = stmt.value().run(); !inserted)
        return inserted.error();
    return db.lastInsertRowId();
}

Result<User> AccountService::managedUser(const Session& session, qint64 userId) {
    if (auto active = m_station.requireActive(session, Permission::ManageUsers); !active)
        return active.error();
    return userById(m_station.database(), userId);
}

Status AccountService::ensureAnotherAdministrator(qint64 userId) {
    auto stmt = m_station.database().prepare(
        "SELECT count(*) FROM users WHERE role = 'administrator' AND active = 1 AND id <> ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, userId);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (stmt.value().integer(0) == 0)
        return Error(ErrorCode::InvalidArgument, AccountText::lastAdministrator());
    return {};
}

Status AccountService::writeFreshSlot(const QString& userName, const SecretBytes& password) {
    auto slotsFile = KeySlotFile::read(m_station.keySlotPath());
    if (!slotsFile)
        return slotsFile.error();
    auto wrapped = KeyWrap::wrap(m_station.store().key(), password, slotsFile.value().newSlotKdf());
    if (!wrapped)
        return wrapped.error();
    return KeySlotFile::update(m_station.keySlotPath(), [&](KeySlotFile& file) -> Status {
        KeySlot slot; // a fresh slot: no failures, no lock
        slot.id = file.slotIdFor(userName);
        slot.wrapped = wrapped.value();
        file.putSlot(slot);
        return {};
    });
}

Result<QList<UserStatus>> AccountService::users(const Session& session) {
    if (auto active = m_station.requireActive(session, Permission::ManageUsers); !active)
        return active.error();
    auto policy = m_station.currentPolicy();
    if (!policy)
        return policy.error();
    auto slots = KeySlotFile::read(m_station.keySlotPath());
    if (!slots)
        return slots.error();
    auto stmt =
        m_station.database().prepare(QByteArray(kSelectUser).append("ORDER BY name").constData());
    if (!stmt)
        return stmt.error();
    QList<UserStatus> out;
    while (true) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        UserStatus status;
        status.user = readUser(stmt.value());
        if (const KeySlot* slot = slots.value().findSlot(status.user.name)) {
            status.lockedUntil = slot->lockedUntil;
            status.failedAttempts = slot->failedAttempts;
        }
        if (status.user.trainingCompleted.isValid())
            status.trainingExpires =
                status.user.trainingCompleted.addDays(policy.value().trainingValidityDays());
        status.passwordExpires = status.user.passwordChangedUtc.toLocalTime().date().addDays(
            policy.value().passwordMaxAgeDays());
        out.append(status);
    }
    return out;
}

Result<User> AccountService::createUser(const Session& session, const NewUser& request) {
    if (auto active = m_station.requireActive(session, Permission::ManageUsers); !active)
        return active.error();
    const QDateTime now = m_station.clock().nowUtc();
    User user;
    user.name = request.name.trimmed();
    user.displayName = request.displayName.trimmed();
    user.role = request.role;
    user.trainingCompleted = request.trainingCompleted;
    user.passwordChangedUtc = now;
    user.mustChangePassword = request.mustChangePassword;
    user.createdUtc = now;
    if (auto valid = validateNewAccount(user.name, user.displayName, user.trainingCompleted, now);
        !valid)
        return valid.error();
    if (auto strong = checkNewPassword(request.temporaryPassword, user.name); !strong)
        return strong.error();
    Database& db = m_station.database();
    if (auto existing = userByName(db, user.name); existing)
        return Error(ErrorCode::AlreadyExists, AccountText::nameTaken(existing.value().name));

    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto id = insertUser(db, user);
    if (!id)
        return id.error();
    user.id = id.value();

    AuditRecord created = userRecord(AuditAction::userCreated(), user);
    created.details.insert(QStringLiteral("role"), Roles::id(user.role));
    created.details.insert(QStringLiteral("display_name"), user.displayName);
    created.details.insert(QStringLiteral("must_change_password"), user.mustChangePassword);
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), created); !added)
        return added.error();
    if (user.trainingCompleted.isValid()) {
        AuditRecord training = userRecord(AuditAction::trainingRecorded(), user);
        training.details.insert(QStringLiteral("completed"),
                                TimeFormat::dateToStorage(user.trainingCompleted));
        if (auto added = m_station.auditLog().append(tx.value(), session.actor(), training); !added)
            return added.error();
    }

    if (auto written = writeFreshSlot(user.name, request.temporaryPassword); !written)
        return written.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return user;
}

Status AccountService::applyChange(const Session& session, const char* sql,
                                   const std::function<void(Statement&)>& bind,
                                   const QList<AuditRecord>& records,
                                   const std::function<Status()>& keySlotChange) {
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (sql) {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return stmt.error();
        bind(stmt.value());
        if (auto updated = stmt.value().run(); !updated)
            return updated;
    }
    for (const AuditRecord& record : records) {
        if (auto added = m_station.auditLog().append(tx.value(), session.actor(), record); !added)
            return added.error();
    }
    // Last before the commit: if the key-slot file cannot be written, the
    // transaction rolls back and nothing has changed.
    if (keySlotChange) {
        if (auto changed = keySlotChange(); !changed)
            return changed;
    }
    return tx.value().commit();
}

Status AccountService::checkNewPassword(const SecretBytes& password, const QString& userName) {
    auto policy = m_station.currentPolicy();
    if (!policy)
        return policy.error();
    return PasswordPolicy::check(password, userName, policy.value().passwordMinLength());
}

Status AccountService::setDisplayName(const Session& session, qint64 userId,
                                      const QString& displayName) {
    auto user = managedUser(session, userId);
    if (!user)
        return user.error();
    const QString name = displayName.trimmed();
    if (name.isEmpty() || name.size() > 100)
        return Error(ErrorCode::InvalidArgument, AccountText::badDisplayName());
    if (name == user.value().displayName)
        return {};
    AuditRecord changed = userRecord(AuditAction::userChanged(), user.value());
    changed.details.insert(QStringLiteral("field"), QStringLiteral("display_name"));
    changed.details.insert(QStringLiteral("from"), user.value().displayName);
    changed.details.insert(QStringLiteral("to"), name);
    return applyChange(session, "UPDATE users SET display_name = ?1 WHERE id = ?2",
                       [&](Statement& stmt) { stmt.bind(1, name).bind(2, userId); }, {changed});
}

Status AccountService::setRole(const Session& session, qint64 userId, Role role) {
    auto user = managedUser(session, userId);
    if (!user)
        return user.error();
    if (user.value().role == role)
        return {};
    if (userId == session.userId)
        return Error(ErrorCode::InvalidArgument, AccountText::notYourself());
    if (user.value().role == Role::Administrator && user.value().active) {
        if (auto other = ensureAnotherAdministrator(userId); !other)
            return other;
    }
    AuditRecord changed = userRecord(AuditAction::roleChanged(), user.value());
    changed.details.insert(QStringLiteral("from"), Roles::id(user.value().role));
    changed.details.insert(QStringLiteral("to"), Roles::id(role));
    return applyChange(session, "UPDATE users SET role = ?1 WHERE id = ?2",
                       [&](Statement& stmt) { stmt.bind(1, Roles::id(role)).bind(2, userId); },
                       {changed});
}

Status AccountService::recordTraining(const Session& session, qint64 userId,
                                      const QDate& completed) {
    auto user = managedUser(session, userId);
    if (!user)
        return user.error();
    if (!completed.isValid())
        return Error(ErrorCode::InvalidArgument, AccountText::implausibleTraining());
    if (auto valid = validateNewAccount(user.value().name, user.value().displayName, completed,
                                        m_station.clock().nowUtc());
        !valid)
        return valid;
    AuditRecord training = userRecord(AuditAction::trainingRecorded(), user.value());
    training.details.insert(QStringLiteral("completed"), TimeFormat::dateToStorage(completed));
    training.details.insert(QStringLiteral("previous"),
                            TimeFormat::dateToStorage(user.value().trainingCompleted));
    return applyChange(session, "UPDATE users SET training_completed = ?1 WHERE id = ?2",
                       [&](Statement& stmt) {
                           stmt.bind(1, TimeFormat::dateToStorage(completed)).bind(2, userId);
                       },
                       {training});
}

Status AccountService::resetPassword(const Session& session, qint64 userId,
                                     const SecretBytes& temporaryPassword) {
    auto user = managedUser(session, userId);
    if (!user)
        return user.error();
    if (!user.value().active)
        return Error(ErrorCode::InvalidArgument, AccountText::inactive());
    if (auto strong = checkNewPassword(temporaryPassword, user.value().name); !strong)
        return strong;
    return applyChange(
        session, "UPDATE users SET must_change_password = 1 WHERE id = ?1",
        [&](Statement& stmt) { stmt.bind(1, userId); },
        {userRecord(AuditAction::passwordReset(), user.value())},
        [&] { return writeFreshSlot(user.value().name, temporaryPassword); });
}

Status AccountService::unlock(const Session& session, qint64 userId) {
    auto user = managedUser(session, userId);
    if (!user)
        return user.error();
    auto slots = KeySlotFile::read(m_station.keySlotPath());
    if (!slots)
        return slots.error();
    const KeySlot* slot = slots.value().findSlot(user.value().name);
    if (!slot)
        return Error(ErrorCode::NotFound, AccountText::noSuchUser());
    AuditRecord unlocked = userRecord(AuditAction::accountUnlocked(), user.value());
    unlocked.details.insert(QStringLiteral("was_locked_until"),
                            TimeFormat::toStorage(slot->lockedUntil));
    unlocked.details.insert(QStringLiteral("failed_attempts_cleared"), slot->failedAttempts);
    return applyChange(session, nullptr, {}, {unlocked}, [&] {
        return KeySlotFile::update(m_station.keySlotPath(), [&](KeySlotFile& file) -> Status {
            if (KeySlot* mine = file.findSlot(user.value().name)) {
                mine->lockedUntil = {};
                mine->failedAttempts = 0;
            }
            return {};
        });
    });
}

Status AccountService::deactivate(const Session& session, qint64 userId, const QString& reason) {
    auto user = managedUser(session, userId);
    if (!user)
        return user.error();
    if (userId == session.userId)
        return Error(ErrorCode::InvalidArgument, AccountText::notYourself());
    if (!user.value().active)
        return {};
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, AccountText::reasonRequired());
    if (user.value().role == Role::Administrator) {
        if (auto other = ensureAnotherAdministrator(userId); !other)
            return other;
    }
    AuditRecord deactivated = userRecord(AuditAction::userDeactivated(), user.value());
    deactivated.reason = reason.trimmed();
    const QString now = TimeFormat::toStorage(m_station.clock().nowUtc());
    return applyChange(
        session, "UPDATE users SET active = 0, deactivated_utc = ?1 WHERE id = ?2",
        [&](Statement& stmt) { stmt.bind(1, now).bind(2, userId); }, {deactivated},
        [&] {
            // The wrapped key goes: the old password no longer opens anything.
            return KeySlotFile::update(m_station.keySlotPath(), [&](KeySlotFile& file) -> Status {
                KeySlot slot;
                slot.id = file.slotIdFor(user.value().name);
                slot.active = false;
                file.putSlot(slot);
                return {};
            });
        });
}

Status AccountService::reactivate(const Session& session, qint64 userId,
                                  const SecretBytes& temporaryPassword) {
    auto user = managedUser(session, userId);
    if (!user)
        return user.error();
    if (user.value().active)
        return Error(ErrorCode::InvalidArgument, AccountText::alreadyActive());
    if (auto strong = checkNewPassword(temporaryPassword, user.value().name); !strong)
        return strong;
    return applyChange(
        session,
        "UPDATE users SET active = 1, deactivated_utc = NULL, must_change_password = 1 "
        "WHERE id = ?1",
        [&](Statement& stmt) { stmt.bind(1, userId); },
        {userRecord(AuditAction::userReactivated(), user.value()),
         userRecord(AuditAction::passwordReset(), user.value())},
        [&] { return writeFreshSlot(user.value().name, temporaryPassword); });
}

Status AccountService::changePassword(Session& session, const SecretBytes& current,
                                      const SecretBytes& next) {
    if (auto known = m_station.requireKnown(session); !known)
        return known;
    if (current.equals(next))
        return Error(ErrorCode::PasswordPolicy, AccountText::samePassword());
    if (auto strong = checkNewPassword(next, session.userName); !strong)
        return strong;

    // Proves the current password the same way a login does: wrong attempts
    // count towards lockout and are audited.
    auto verified = Authenticator::openSlot(m_station.store().path(), session.userName, current,
                                            session.client, m_station.clock());
    if (auto ingested =
            PendingEvents::ingest(m_station.store(), m_station.auditLog(), m_station.keySlotPath());
        !ingested)
        return ingested;
    if (!verified) {
        if (verified.error().code() == ErrorCode::WrongCredentials)
            return Error(ErrorCode::WrongCredentials, AccountText::wrongCurrent());
        return verified.error();
    }

    auto user = userById(m_station.database(), session.userId);
    if (!user)
        return user.error();
    AuditRecord changed = userRecord(AuditAction::passwordChanged(), user.value());
    if (session.passwordChangeRequired)
        changed.details.insert(QStringLiteral("required_because"), session.passwordChangeReason);
    const QString now = TimeFormat::toStorage(m_station.clock().nowUtc());
    if (auto applied = applyChange(
            session,
            "UPDATE users SET password_changed_utc = ?1, must_change_password = 0 WHERE id = ?2",
            [&](Statement& stmt) { stmt.bind(1, now).bind(2, session.userId); }, {changed},
            [&] { return writeFreshSlot(session.userName, next); });
        !applied)
        return applied;

    // Not updateSession(session): the caller's copy must not become the
    // station's (it could carry consent or an idle unlock that never happened).
    m_station.markPasswordChanged(session);
    return {};
}

} // namespace pl::core
