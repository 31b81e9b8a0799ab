#pragma once

#include "core/accounts/Session.h"
#include "core/audit/AuditLog.h"
#include "core/common/Result.h"
#include "core/crypto/KdfParams.h"
#include "core/crypto/SecretBytes.h"
#include "core/policy/Policy.h"
#include "core/station/StationInfo.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace pl::core {

class AccountService;
class AlertService;
class AuditBrowser;
class AuditReportService;
class AuditReviewService;
class AuditFlagService;
class AuditTrail;
class CameraService;
class CaseExportService;
class CaseService;
class Clock;
class ConsentText;
class Database;
class ExceptionService;
class HotListImportService;
class HotListReportService;
class HotListService;
class ImportService;
class MapSettingsService;
class PolicyService;
class ReadRecordService;
class SearchService;
class RetentionService;
class SensitiveLocationService;
class Store;
class VerificationService;

struct StationLogin;

struct NewAdministrator {
    QString name;
    QString displayName;
    SecretBytes password;
    QDate trainingCompleted;
};

// An open station store and the sessions of the people using it. Every
// service that touches data hangs off a Station and takes a Session, checks
// it here, and writes its audit event in the same transaction as its action.
//
// Owns the Store (connection and key). Used from one thread at a time; work
// on other threads opens its own connection through store().openConnection().
class Station {
public:
    ~Station();
    Station(const Station&) = delete;
    Station& operator=(const Station&) = delete;

    // Opens the store at storePath as userName. Every outcome is audited:
    // failures before the store can be opened are sealed into the key-slot
    // file and written to the trail by the next successful login.
    static Result<StationLogin> login(const QString& storePath, const QString& userName,
                                      const SecretBytes& password, Session::Client client,
                                      const Clock& clock);
    // Creates a new store with its first administrator and logs them in.
    static Result<StationLogin> create(const QString& storePath, NewAdministrator admin,
                                       Session::Client client, const Clock& clock,
                                       const KdfParams& kdf = KdfParams::standard());

    Store& store() { return *m_store; }
    Database& database();
    const Clock& clock() const { return m_clock; }
    const AuditLog& auditLog() const { return m_audit; }
    QString keySlotPath() const;

    AccountService& accounts() { return *m_accounts; }
    PolicyService& policy() { return *m_policy; }
    AuditTrail& auditTrail() { return *m_auditTrail; }
    AuditBrowser& auditBrowser() { return *m_auditBrowser; }
    AuditReportService& auditReports() { return *m_auditReports; }
    AuditReviewService& auditReviews() { return *m_auditReviews; }
    AuditFlagService& auditFlags() { return *m_auditFlags; }
    ImportService& imports() { return *m_imports; }
    CameraService& cameras() { return *m_cameras; }
    ReadRecordService& reads() { return *m_reads; }
    SearchService& search() { return *m_search; }
    CaseService& cases() { return *m_cases; }
    CaseExportService& caseExports() { return *m_caseExports; }
    ExceptionService& exceptions() { return *m_exceptions; }
    VerificationService& verifications() { return *m_verifications; }
    RetentionService& retention() { return *m_retention; }
    HotListService& hotLists() { return *m_hotLists; }
    HotListImportService& hotListImports() { return *m_hotListImports; }
    AlertService& alerts() { return *m_alerts; }
    HotListReportService& hotListReports() { return *m_hotListReports; }
    SensitiveLocationService& sensitiveLocations() { return *m_sensitiveLocations; }
    MapSettingsService& mapSettings() { return *m_mapSettings; }

    // Session life cycle, each step audited.
    Status acceptConsent(Session& session, const ConsentText& consent);
    // The command line shows the short notice instead of the splash screen.
    Status acknowledgeNotice(Session& session, const ConsentText& consent);
    Status declineConsent(Session& session, const ConsentText& consent);
    Status logout(Session& session);
    Status lockIdle(Session& session);
    // Only the session's own user can unlock it. A wrong password counts
    // towards lockout; when the account locks, the session ends.
    Status unlockIdle(Session& session, const SecretBytes& password);
    bool isOpen(const Session& session) const;

    // For services: the session was issued here, is still open, has accepted
    // the consent text, is not idle-locked, its account is still active, and
    // (when given) its role as stored now, not as at login, may do this.
    Status requireActive(const Session& session,
                         std::optional<Permission> permission = std::nullopt) const;
    Status requireKnown(const Session& session) const;
    // After a successful password change: clears the requirement on our copy
    // and refreshes the caller's copy from ours (nothing else of theirs is taken).
    void markPasswordChanged(Session& session);

    Result<Policy> currentPolicy();
    Result<StationInfo> info(const Session& session);

private:
    friend class Authenticator;
    Station(std::unique_ptr<Store> store, const Clock& clock);
    Session openSession(const struct User& user, Session::Client client);
    // Replaces the authoritative copy; only core's own steps call it.
    void updateSession(const Session& session);
    Status recordSessionEvent(const Session& session, const QString& action, AuditOutcome outcome,
                              const QJsonObject& details);

    std::unique_ptr<Store> m_store;
    const Clock& m_clock;
    AuditLog m_audit;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<PolicyService> m_policy;
    std::unique_ptr<AuditTrail> m_auditTrail;
    std::unique_ptr<AuditBrowser> m_auditBrowser;
    std::unique_ptr<AuditReportService> m_auditReports;
    std::unique_ptr<AuditReviewService> m_auditReviews;
    std::unique_ptr<AuditFlagService> m_auditFlags;
    std::unique_ptr<ImportService> m_imports;
    std::unique_ptr<CameraService> m_cameras;
    std::unique_ptr<ReadRecordService> m_reads;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<CaseExportService> m_caseExports;
    std::unique_ptr<ExceptionService> m_exceptions;
    std::unique_ptr<VerificationService> m_verifications;
    std::unique_ptr<RetentionService> m_retention;
    std::unique_ptr<HotListService> m_hotLists;
    std::unique_ptr<HotListImportService> m_hotListImports;
    std::unique_ptr<AlertService> m_alerts;
    std::unique_ptr<HotListReportService> m_hotListReports;
    std::unique_ptr<SensitiveLocationService> m_sensitiveLocations;
    std::unique_ptr<MapSettingsService> m_mapSettings;
    QHash<QByteArray, Session> m_sessions;
};

struct StationLogin {
    std::unique_ptr<Station> station;
    Session session;
};

} // namespace pl::core
