#include "core/station/Station.h"

#include "core/accounts/AccountService.h"
#include "core/accounts/User.h"
#include "core/audit/AuditAction.h"
#include "core/audit/AuditBrowser.h"
#include "core/audit/AuditReportService.h"
#include "core/audit/AuditReviewService.h"
#include "core/audit/AuditFlagService.h"
#include "core/audit/AuditTrail.h"
#include "core/camera/CameraService.h"
#include "core/cases/CaseExportService.h"
#include "core/cases/CaseService.h"
#include "core/cases/ExceptionService.h"
#include "core/cases/VerificationService.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/consent/ConsentText.h"
#include "core/crypto/Sodium.h"
#include "core/geo/MapSettingsService.h"
#include "core/geo/SensitiveLocationService.h"
#include "core/hotlist/AlertService.h"
#include "core/hotlist/HotListImportService.h"
#include "core/hotlist/HotListReportService.h"
#include "core/hotlist/HotListService.h"
#include "core/import/ImportService.h"
#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/reads/ReadRecordService.h"
#include "core/retention/RetentionService.h"
#include "core/search/SearchService.h"
#include "core/station/Authenticator.h"
#include "core/station/PendingEvents.h"
#include "core/store/KeySlotFile.h"
#include "core/store/Migrations.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pl::core {

namespace {
class StationText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::Station)
public:
    static QString ended() { return tr("This session has ended; log in again."); }
    static QString noConsent() {
        return tr("The permitted-use terms have not been accepted in this session.");
    }
    static QString passwordChange() { return tr("Change your password before continuing."); }
    static QString idleLocked() { return tr("The session is locked; enter your password."); }
    static QString notLocked() { return tr("The session is not locked."); }
    static QString deactivated() {
        return tr("Your account has been deactivated; this session can no longer be used.");
    }
    static QString denied(const QString& role) {
        return tr("Your role (%1) does not allow this.").arg(role);
    }
};
} // namespace

Station::Station(std::unique_ptr<Store> store, const Clock& clock)
    : m_store(std::move(store))
    , m_clock(clock)
    , m_audit(clock)
    , m_accounts(std::make_unique<AccountService>(*this))
    , m_policy(std::make_unique<PolicyService>(*this))
    , m_auditTrail(std::make_unique<AuditTrail>(*this))
    , m_auditBrowser(std::make_unique<AuditBrowser>(*this))
    , m_auditReports(std::make_unique<AuditReportService>(*this))
    , m_auditReviews(std::make_unique<AuditReviewService>(*this))
    , m_auditFlags(std::make_unique<AuditFlagService>(*this))
    , m_imports(std::make_unique<ImportService>(*this))
    , m_cameras(std::make_unique<CameraService>(*this))
    , m_reads(std::make_unique<ReadRecordService>(*this))
    , m_search(std::make_unique<SearchService>(*this))
    , m_cases(std::make_unique<CaseService>(*this))
    , m_caseExports(std::make_unique<CaseExportService>(*this))
    , m_exceptions(std::make_unique<ExceptionService>(*this))
    , m_verifications(std::make_unique<VerificationService>(*this))
    , m_retention(std::make_unique<RetentionService>(*this))
    , m_hotLists(std::make_unique<HotListService>(*this))
    , m_hotListImports(std::make_unique<HotListImportService>(*this))
    , m_alerts(std::make_unique<AlertService>(*this))
    , m_hotListReports(std::make_unique<HotListReportService>(*this))
    , m_sensitiveLocations(std::make_unique<SensitiveLocationService>(*this))
    , m_mapSettings(std::make_unique<MapSettingsService>(*this)) {}

Station::~Station() = default;

Result<StationLogin> Station::login(const QString& storePath, const QString& userName,
                                    const SecretBytes& password, Session::Client client,
                                    const Clock& clock) {
    return Authenticator::login(storePath, userName, password, client, clock);
}

Result<StationLogin> Station::create(const QString& storePath, NewAdministrator admin,
                                     Session::Client client, const Clock& clock,
                                     const KdfParams& kdf) {
    return Authenticator::create(storePath, std::move(admin), client, clock, kdf);
}

Database& Station::database() {
    return m_store->database();
}

QString Station::keySlotPath() const {
    return KeySlotFile::pathForDatabase(m_store->path());
}

Session Station::openSession(const User& user, Session::Client client) {
    Session session;
    session.id = Sodium::randomBytes(16).toHex();
    session.userId = user.id;
    session.userName = user.name;
    session.displayName = user.displayName;
    session.role = user.role;
    session.client = client;
    session.loginUtc = m_clock.nowUtc();
    m_sessions.insert(session.id, session);
    return session;
}

void Station::updateSession(const Session& session) {
    if (m_sessions.contains(session.id))
        m_sessions.insert(session.id, session);
}

void Station::markPasswordChanged(Session& session) {
    const auto found = m_sessions.find(session.id);
    if (found == m_sessions.end())
        return;
    found.value().passwordChangeRequired = false;
    found.value().passwordChangeReason.clear();
    session = found.value();
}

bool Station::isOpen(const Session& session) const {
    return m_sessions.contains(session.id);
}

Status Station::requireKnown(const Session& session) const {
    if (!m_sessions.contains(session.id))
        return Error(ErrorCode::SessionNotActive, StationText::ended());
    return {};
}

Status Station::requireActive(const Session& session, std::optional<Permission> permission) const {
    // Judge by our copy, not the caller's.
    const auto found = m_sessions.constFind(session.id);
    if (found == m_sessions.constEnd())
        return Error(ErrorCode::SessionNotActive, StationText::ended());
    const Session& known = found.value();
    if (known.passwordChangeRequired)
        return Error(ErrorCode::SessionNotActive, StationText::passwordChange());
    if (!known.hasConsented())
        return Error(ErrorCode::SessionNotActive, StationText::noConsent());
    if (known.idleLocked)
        return Error(ErrorCode::SessionNotActive, StationText::idleLocked());

    // An administrator may have deactivated the account or changed its role
    // since this session began, possibly from another program on the store.
    auto stmt = m_store->database().prepare("SELECT role, active FROM users WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, known.userId);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value() || stmt.value().integer(1) == 0)
        return Error(ErrorCode::SessionNotActive, StationText::deactivated());
    const Role role = Roles::fromId(stmt.value().text(0)).value_or(Role::Agent);
    if (permission && !Permissions::allows(role, *permission))
        return Error(ErrorCode::PermissionDenied, StationText::denied(Roles::displayName(role)));
    return {};
}

Status Station::recordSessionEvent(const Session& session, const QString& action,
                                   AuditOutcome outcome, const QJsonObject& details) {
    auto tx = Transaction::begin(database());
    if (!tx)
        return tx.error();
    AuditRecord record{action, outcome};
    record.details = details;
    record.details.insert(QStringLiteral("session"), QString::fromLatin1(session.id));
    record.details.insert(QStringLiteral("client"), session.clientName());
    if (auto added = m_audit.append(tx.value(), session.actor(), record); !added)
        return added.error();
    return tx.value().commit();
}

Status Station::acceptConsent(Session& session, const ConsentText& consent) {
    if (auto known = requireKnown(session); !known)
        return known;
    const QJsonObject details{{QStringLiteral("version"), consent.version()},
                              {QStringLiteral("language"), consent.language()},
                              {QStringLiteral("text_sha256"), consent.sha256()}};
    if (auto recorded = recordSessionEvent(session, AuditAction::consentAccepted(),
                                           AuditOutcome::Success, details);
        !recorded)
        return recorded;
    session = m_sessions.value(session.id);
    session.consentVersion = consent.version();
    session.consentSha256 = consent.sha256();
    updateSession(session);
    return {};
}

Status Station::acknowledgeNotice(Session& session, const ConsentText& consent) {
    if (auto known = requireKnown(session); !known)
        return known;
    const QJsonObject details{{QStringLiteral("version"), consent.version()},
                              {QStringLiteral("language"), consent.language()},
                              {QStringLiteral("notice_sha256"), consent.noticeSha256()}};
    if (auto recorded =
            recordSessionEvent(session, AuditAction::noticeShown(), AuditOutcome::Success, details);
        !recorded)
        return recorded;
    session = m_sessions.value(session.id);
    session.consentVersion = consent.version();
    session.consentSha256 = consent.noticeSha256();
    updateSession(session);
    return {};
}

Status Station::declineConsent(Session& session, const ConsentText& consent) {
    if (auto known = requireKnown(session); !known)
        return known;
    const QJsonObject details{{QStringLiteral("version"), consent.version()},
                              {QStringLiteral("language"), consent.language()},
                              {QStringLiteral("text_sha256"), consent.sha256()}};
    if (auto recorded = recordSessionEvent(session, AuditAction::consentDeclined(),
                                           AuditOutcome::Refused, details);
        !recorded)
        return recorded;
    return logout(session);
}

Status Station::logout(Session& session) {
    if (auto known = requireKnown(session); !known)
        return known;
    const QJsonObject details{
        {QStringLiteral("duration_seconds"), session.loginUtc.secsTo(m_clock.nowUtc())}};
    auto recorded =
        recordSessionEvent(session, AuditAction::logout(), AuditOutcome::Success, details);
    // The session ends even if the event could not be written; the failure is reported.
    m_sessions.remove(session.id);
    return recorded;
}

Status Station::lockIdle(Session& session) {
    if (auto known = requireKnown(session); !known)
        return known;
    auto policy = currentPolicy();
    QJsonObject details;
    if (policy)
        details.insert(QStringLiteral("idle_minutes"), policy.value().idleLockMinutes());
    if (auto recorded =
            recordSessionEvent(session, AuditAction::idleLocked(), AuditOutcome::Success, details);
        !recorded)
        return recorded;
    session = m_sessions.value(session.id);
    session.idleLocked = true;
    updateSession(session);
    return {};
}

Status Station::unlockIdle(Session& session, const SecretBytes& password) {
    if (auto known = requireKnown(session); !known)
        return known;
    if (!m_sessions.value(session.id).idleLocked)
        return Error(ErrorCode::InvalidArgument, StationText::notLocked());

    auto key = Authenticator::openSlot(m_store->path(), session.userName, password, session.client,
                                       m_clock);
    // A failure was sealed into the key-slot file; the store is open, so
    // write it into the trail now rather than at the next login.
    if (auto ingested = PendingEvents::ingest(*m_store, m_audit, keySlotPath()); !ingested)
        return ingested;
    if (!key) {
        if (key.error().code() == ErrorCode::AccountLocked ||
            key.error().code() == ErrorCode::AccountDeactivated) {
            (void)recordSessionEvent(session, AuditAction::idleUnlockFailed(),
                                     AuditOutcome::Refused,
                                     {{QStringLiteral("session_ended"), true}});
            (void)logout(session);
        }
        return key.error();
    }
    if (auto recorded =
            recordSessionEvent(session, AuditAction::idleUnlocked(), AuditOutcome::Success, {});
        !recorded)
        return recorded;
    session = m_sessions.value(session.id);
    session.idleLocked = false;
    updateSession(session);
    return {};
}

Result<Policy> Station::currentPolicy() {
    return PolicySettings::load(database());
}

Result<StationInfo> Station::info(const Session& session) {
    if (auto active = requireActive(session); !active)
        return active.error();
    Database& db = database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();

    StationInfo info;
    info.path = m_store->path();
    info.fileBytes = QFileInfo(info.path).size();
    auto version = Migrations::currentVersion(db);
    if (!version)
        return version.error();
    info.schemaVersion = version.value();
    info.latestSchemaVersion = Migrations::latestVersion();
    auto storeId = m_store->metaValue(QStringLiteral("store_id"));
    if (!storeId)
        return storeId.error();
    info.storeId = QString::fromLatin1(storeId.value().toHex());
    auto created = m_store->metaValue(QStringLiteral("created_utc"));
    if (!created)
        return created.error();
    info.createdUtc = TimeFormat::fromStorage(QString::fromUtf8(created.value()));

    auto users = db.prepare("SELECT role, active, count(*) FROM users GROUP BY role, active");
    if (!users)
        return users.error();
    while (true) {
        auto row = users.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const int count = static_cast<int>(users.value().integer(2));
        info.users += count;
        if (users.value().integer(1) == 1) {
            info.activeUsers += count;
            info.activeUsersByRole[users.value().text(0)] += count;
        }
    }

    AuditRecord viewed{AuditAction::storeInfoViewed(), AuditOutcome::Success,
                       QStringLiteral("store"), info.storeId};
    viewed.details.insert(QStringLiteral("client"), session.clientName());
    if (auto added = m_audit.append(tx.value(), session.actor(), viewed); !added)
        return added.error();
    auto count = AuditLog::count(db);
    if (!count)
        return count.error();
    info.auditEvents = count.value();
    auto head = AuditLog::head(db);
    if (!head)
        return head.error();
    info.auditHead = head.value();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return info;
}

} // namespace pl::core
