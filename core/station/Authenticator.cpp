#include "core/station/Authenticator.h"

#include "core/accounts/AccountService.h"
#include "core/accounts/PasswordPolicy.h"
#include "core/audit/AuditAction.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/crypto/KeyWrap.h"
#include "core/crypto/SealedBox.h"
#include "core/crypto/Sodium.h"
#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/station/PendingEvents.h"
#include "core/station/Station.h"
#include "core/store/KeySlotFile.h"
#include "core/store/Migrations.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace pl::core {

namespace {

class AuthText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::Authenticator)
public:
    static QString wrongCredentials() { return tr("Wrong user name or password."); }
    static QString deactivated() {
        return tr("This account has been deactivated. Ask an administrator if you need access.");
    }
    static QString locked(const QString& until) {
        return tr("Too many failed log-in attempts: this account is locked until %1. "
                  "An administrator can unlock it sooner.")
            .arg(until);
    }
    static QString mismatch(const QString& store, const QString& slots) {
        return tr("The key-slot file %1 belongs to a different store than %2; the store was "
                  "not opened.")
            .arg(slots, store);
    }
    static QString noRecord() {
        return tr("This account has a key but no record in the store. Ask an administrator "
                  "to check the account.");
    }
    static QString trainingMissing() {
        return tr("There is no training record for this account. An administrator must record "
                  "your completed training before you can log in.");
    }
    static QString trainingExpired(const QString& date) {
        return tr("Your training expired on %1. An administrator must record your refresher "
                  "training before you can log in.")
            .arg(date);
    }
    static QString slotsExist(const QString& path) {
        return tr("A key-slot file already exists at %1; choose another location for the new "
                  "store.")
            .arg(path);
    }
};

Status recordBeforeLogin(const QString& slotPath, const QDateTime& now, const QString& userName,
                         const AuditRecord& record) {
    return KeySlotFile::update(slotPath, [&](KeySlotFile& file) {
        return PendingEvents::add(file, now, userName, record);
    });
}

AuditRecord loginRecord(const QString& action, AuditOutcome outcome, const QString& userName,
                        const QString& reason, Session::Client client) {
    AuditRecord record{action, outcome};
    record.targetKind = QStringLiteral("user");
    record.target = userName;
    record.details.insert(QStringLiteral("reason"), reason);
    record.details.insert(QStringLiteral("client"), client == Session::Client::Gui
                                                        ? QStringLiteral("gui")
                                                        : QStringLiteral("cli"));
    return record;
}

} // namespace

Result<SecretBytes> Authenticator::openSlot(const QString& databasePath, const QString& userName,
                                            const SecretBytes& password, Session::Client client,
                                            const Clock& clock) {
    if (auto started = Sodium::initialize(); !started)
        return started.error();
    const QString name = userName.trimmed();
    if (auto checked = Store::checkDatabaseFile(databasePath); !checked)
        return checked.error();
    const QString slotPath = KeySlotFile::pathForDatabase(databasePath);
    auto file = KeySlotFile::read(slotPath);
    if (!file)
        return file.error();
    auto salt = Store::readDatabaseSalt(databasePath);
    if (!salt)
        return salt.error();
    if (salt.value() != file.value().databaseSalt())
        return Error(ErrorCode::NotAStore, AuthText::mismatch(databasePath, slotPath));

    const QDateTime now = clock.nowUtc();
    const KeySlot* slot = name.isEmpty() ? nullptr : file.value().findSlot(name);
    if (!slot) {
        auto recorded =
            recordBeforeLogin(slotPath, now, name,
                              loginRecord(AuditAction::loginFailure(), AuditOutcome::Failure, name,
                                          QStringLiteral("unknown_user"), client));
        if (!recorded)
            return recorded.error();
        return Error(ErrorCode::WrongCredentials, AuthText::wrongCredentials());
    }
    if (!slot->active) {
        auto recorded =
            recordBeforeLogin(slotPath, now, name,
                              loginRecord(AuditAction::loginRefused(), AuditOutcome::Refused, name,
                                          QStringLiteral("deactivated"), client));
        if (!recorded)
            return recorded.error();
        return Error(ErrorCode::AccountDeactivated, AuthText::deactivated());
    }
    if (slot->lockedUntil.isValid() && slot->lockedUntil > now) {
        AuditRecord refused = loginRecord(AuditAction::loginRefused(), AuditOutcome::Refused, name,
                                          QStringLiteral("locked"), client);
        refused.details.insert(QStringLiteral("locked_until"),
                               TimeFormat::toStorage(slot->lockedUntil));
        if (auto recorded = recordBeforeLogin(slotPath, now, name, refused); !recorded)
            return recorded.error();
        return Error(ErrorCode::AccountLocked,
                     AuthText::locked(TimeFormat::toDisplay(slot->lockedUntil)), slot->lockedUntil);
    }

    auto key = KeyWrap::unwrap(slot->wrapped, password);
    if (key) {
        if (slot->failedAttempts > 0 || slot->lockedUntil.isValid()) {
            auto reset = KeySlotFile::update(slotPath, [&](KeySlotFile& current) -> Status {
                if (KeySlot* mine = current.findSlot(name)) {
                    mine->failedAttempts = 0;
                    mine->lockedUntil = {};
                }
                return {};
            });
            if (!reset)
                return reset.error();
        }
        return key;
    }
    if (key.error().code() != ErrorCode::WrongCredentials)
        return key.error();

    QDateTime lockedUntil;
    auto counted = KeySlotFile::update(slotPath, [&](KeySlotFile& current) -> Status {
        KeySlot* mine = current.findSlot(name);
        if (!mine)
            return {};
        mine->failedAttempts += 1;
        AuditRecord failure = loginRecord(AuditAction::loginFailure(), AuditOutcome::Failure, name,
                                          QStringLiteral("wrong_password"), client);
        failure.details.insert(QStringLiteral("consecutive_failures"), mine->failedAttempts);
        if (auto added = PendingEvents::add(current, now, name, failure); !added)
            return added;
        if (mine->failedAttempts >= current.lockoutThreshold()) {
            lockedUntil = now.addSecs(qint64(current.lockoutMinutes()) * 60);
            AuditRecord locked{AuditAction::accountLocked(), AuditOutcome::Success};
            locked.targetKind = QStringLiteral("user");
            locked.target = name;
            locked.details.insert(QStringLiteral("failed_attempts"), mine->failedAttempts);
            locked.details.insert(QStringLiteral("locked_until"),
                                  TimeFormat::toStorage(lockedUntil));
            mine->lockedUntil = lockedUntil;
            mine->failedAttempts = 0;
            return PendingEvents::add(current, now, name, locked);
        }
        return {};
    });
    if (!counted)
        return counted.error();
    if (lockedUntil.isValid())
        return Error(ErrorCode::AccountLocked, AuthText::locked(TimeFormat::toDisplay(lockedUntil)),
                     lockedUntil);
    return Error(ErrorCode::WrongCredentials, AuthText::wrongCredentials());
}

Result<StationLogin> Authenticator::login(const QString& databasePath, const QString& userName,
                                          const SecretBytes& password, Session::Client client,
                                          const Clock& clock) {
    const QString name = userName.trimmed();
    auto key = openSlot(databasePath, name, password, client, clock);
    if (!key)
        return key.error();
    auto store = Store::open(databasePath, std::move(key.value()));
    if (!store)
        return store.error();
    std::unique_ptr<Station> station(new Station(std::move(store.value()), clock));
    Database& db = station->database();

    if (auto ingested =
            PendingEvents::ingest(station->store(), station->m_audit, station->keySlotPath());
        !ingested)
        return ingested.error();

    auto policy = PolicySettings::load(db);
    if (!policy)
        return policy.error();
    auto user = AccountService::userByName(db, name);
    if (!user && user.error().code() != ErrorCode::NotFound)
        return user.error();

    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const AuditActor actor =
        user ? AuditActor{user.value().id, user.value().name} : AuditActor{std::nullopt, name};
    const int versionAtOpen = station->store().versionAtOpen();
    if (versionAtOpen < Migrations::latestVersion()) {
        AuditRecord migrated{AuditAction::storeMigrated(), AuditOutcome::Success};
        migrated.targetKind = QStringLiteral("store");
        migrated.details.insert(QStringLiteral("from_version"), versionAtOpen);
        migrated.details.insert(QStringLiteral("to_version"), Migrations::latestVersion());
        if (auto added = station->m_audit.append(tx.value(), actor, migrated); !added)
            return added.error();
    }

    auto refuse = [&](ErrorCode code, const QString& message,
                      const QString& reason) -> Result<StationLogin> {
        AuditRecord refused =
            loginRecord(AuditAction::loginRefused(), AuditOutcome::Refused, name, reason, client);
        if (auto added = station->m_audit.append(tx.value(), actor, refused); !added)
            return added.error();
        if (auto committed = tx.value().commit(); !committed)
            return committed.error();
        return Error(code, message);
    };

    if (!user)
        return refuse(ErrorCode::NotFound, AuthText::noRecord(), QStringLiteral("no_record"));
    const User& account = user.value();
    if (!account.active)
        return refuse(ErrorCode::AccountDeactivated, AuthText::deactivated(),
                      QStringLiteral("deactivated"));
    const QDate today = clock.nowUtc().toLocalTime().date();
    if (!account.trainingCompleted.isValid())
        return refuse(ErrorCode::TrainingMissing, AuthText::trainingMissing(),
                      QStringLiteral("training_missing"));
    const QDate trainingExpires =
        account.trainingCompleted.addDays(policy.value().trainingValidityDays());
    if (today > trainingExpires)
        return refuse(
            ErrorCode::TrainingExpired,
            AuthText::trainingExpired(QLocale().toString(trainingExpires, QLocale::ShortFormat)),
            QStringLiteral("training_expired"));

    Session session = station->openSession(account, client);
    if (account.mustChangePassword) {
        session.passwordChangeRequired = true;
        session.passwordChangeReason = QStringLiteral("reset");
    } else if (account.passwordChangedUtc.addDays(policy.value().passwordMaxAgeDays()) <=
               clock.nowUtc()) {
        session.passwordChangeRequired = true;
        session.passwordChangeReason = QStringLiteral("expired");
    }
    station->updateSession(session);

    AuditRecord success{AuditAction::loginSuccess(), AuditOutcome::Success};
    success.targetKind = QStringLiteral("user");
    success.target = account.name;
    success.details.insert(QStringLiteral("client"), session.clientName());
    success.details.insert(QStringLiteral("session"), QString::fromLatin1(session.id));
    if (session.passwordChangeRequired)
        success.details.insert(QStringLiteral("password_change_required"),
                               session.passwordChangeReason);
    if (auto added = station->m_audit.append(tx.value(), actor, success); !added)
        return added.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();

    // The lockout values used before login are a copy in the key-slot file;
    // put them back if someone edited that file.
    if (auto synced = station->policy().syncKeySlotMirror(session); !synced)
        return synced.error();
    return StationLogin{std::move(station), session};
}

Result<StationLogin> Authenticator::create(const QString& databasePath, NewAdministrator admin,
                                           Session::Client client, const Clock& clock,
                                           const KdfParams& kdf) {
    if (auto started = Sodium::initialize(); !started)
        return started.error();
    const QString slotPath = KeySlotFile::pathForDatabase(databasePath);
    const Policy policy = PolicySettings::defaults();
    const QDateTime now = clock.nowUtc();

    admin.name = admin.name.trimmed();
    admin.displayName = admin.displayName.trimmed();
    if (admin.displayName.isEmpty())
        admin.displayName = admin.name;
    if (auto valid = AccountService::validateNewAccount(admin.name, admin.displayName,
                                                        admin.trainingCompleted, now);
        !valid)
        return valid.error();
    if (!admin.trainingCompleted.isValid())
        return Error(ErrorCode::TrainingMissing, AuthText::trainingMissing());
    if (auto strong = PasswordPolicy::check(admin.password, admin.name, policy.passwordMinLength());
        !strong)
        return strong.error();
    if (QFileInfo::exists(slotPath))
        return Error(ErrorCode::StoreAlreadyExists, AuthText::slotsExist(slotPath));

    auto created = Store::create(databasePath, SecretBytes::random(KeyWrap::kDatabaseKeySize));
    if (!created)
        return created.error();
    std::unique_ptr<Station> station(new Station(std::move(created.value()), clock));
    auto abandon = [&databasePath, &slotPath,
                    &station](const Error& error) -> Result<StationLogin> {
        station.reset();
        QFile::remove(databasePath);
        QFile::remove(databasePath + QStringLiteral("-journal"));
        QFile::remove(slotPath);
        return error;
    };

    auto eventKeys = SealedBox::generateKeyPair();
    if (!eventKeys)
        return abandon(eventKeys.error());
    const QByteArray storeId = Sodium::randomBytes(16);
    Store& store = station->store();
    Database& db = store.database();

    auto tx = Transaction::begin(db);
    if (!tx)
        return abandon(tx.error());
    QByteArray secretKey(eventKeys.value().secretKey.chars(),
                         static_cast<qsizetype>(eventKeys.value().secretKey.size()));
    Status meta = store.setMetaValue(QStringLiteral("store_id"), storeId);
    if (meta)
        meta =
            store.setMetaValue(QStringLiteral("created_utc"), TimeFormat::toStorage(now).toUtf8());
    if (meta)
        meta = store.setMetaValue(QStringLiteral("event_public_key"), eventKeys.value().publicKey);
    if (meta)
        meta = store.setMetaValue(QStringLiteral("event_secret_key"), secretKey);
    Sodium::wipe(secretKey);
    if (!meta)
        return abandon(meta.error());

    User account;
    account.name = admin.name;
    account.displayName = admin.displayName;
    account.role = Role::Administrator;
    account.trainingCompleted = admin.trainingCompleted;
    account.passwordChangedUtc = now;
    account.createdUtc = now;
    auto inserted = AccountService::insertUser(db, account);
    if (!inserted)
        return abandon(inserted.error());
    account.id = inserted.value();

    const AuditActor actor{account.id, account.name};
    AuditRecord storeCreated{AuditAction::storeCreated(), AuditOutcome::Success};
    storeCreated.targetKind = QStringLiteral("store");
    storeCreated.target = QString::fromLatin1(storeId.toHex());
    storeCreated.details.insert(QStringLiteral("schema_version"), Migrations::latestVersion());
    storeCreated.details.insert(QStringLiteral("kdf_ops"), static_cast<qint64>(kdf.opsLimit));
    storeCreated.details.insert(QStringLiteral("kdf_mem"), static_cast<qint64>(kdf.memLimitBytes));
    AuditRecord userCreated{AuditAction::userCreated(), AuditOutcome::Success,
                            QStringLiteral("user"), account.name};
    userCreated.details.insert(QStringLiteral("role"), Roles::id(account.role));
    userCreated.details.insert(QStringLiteral("display_name"), account.displayName);
    AuditRecord training{AuditAction::trainingRecorded(), AuditOutcome::Success,
                         QStringLiteral("user"), account.name};
    training.details.insert(QStringLiteral("completed"),
                            TimeFormat::dateToStorage(account.trainingCompleted));
    for (const AuditRecord& record : {storeCreated, userCreated, training}) {
        if (auto added = station->m_audit.append(tx.value(), actor, record); !added)
            return abandon(added.error());
    }
    if (auto committed = tx.value().commit(); !committed)
        return abandon(committed.error());

    // The key-slot file comes last: a store without one cannot be opened, and
    // the failure path above removes both.
    auto salt = Store::readDatabaseSalt(databasePath);
    if (!salt)
        return abandon(salt.error());
    KeySlotFile slots = KeySlotFile::create(storeId, eventKeys.value().publicKey, kdf);
    slots.setDatabaseSalt(salt.value());
    slots.setLockoutPolicy(policy.lockoutThreshold(), policy.lockoutMinutes());
    auto wrapped = KeyWrap::wrap(store.key(), admin.password, kdf);
    if (!wrapped)
        return abandon(wrapped.error());
    KeySlot slot;
    slot.id = slots.slotIdFor(account.name);
    slot.wrapped = wrapped.value();
    slots.putSlot(slot);
    if (auto written = slots.write(slotPath); !written)
        return abandon(written.error());

    Session session = station->openSession(account, client);
    auto loginTx = Transaction::begin(db);
    if (!loginTx)
        return loginTx.error();
    AuditRecord success{AuditAction::loginSuccess(), AuditOutcome::Success, QStringLiteral("user"),
                        account.name};
    success.details.insert(QStringLiteral("client"), session.clientName());
    success.details.insert(QStringLiteral("session"), QString::fromLatin1(session.id));
    success.details.insert(QStringLiteral("first_login_after_setup"), true);
    if (auto added = station->m_audit.append(loginTx.value(), actor, success); !added)
        return added.error();
    if (auto committed = loginTx.value().commit(); !committed)
        return committed.error();
    return StationLogin{std::move(station), session};
}

} // namespace pl::core
