#pragma once

#include <QString>

namespace pl::core {

// The names of audited actions, as stored in audit_events.action.
namespace AuditAction {
inline QString storeCreated() {
    return QStringLiteral("store.created");
}
inline QString storeMigrated() {
    return QStringLiteral("store.migrated");
}
inline QString storeInfoViewed() {
    return QStringLiteral("store.info_viewed");
}
inline QString keySlotsRepaired() {
    return QStringLiteral("store.keyslots_repaired");
}
inline QString loginSuccess() {
    return QStringLiteral("login.success");
}
inline QString loginFailure() {
    return QStringLiteral("login.failure");
}
inline QString loginRefused() {
    return QStringLiteral("login.refused");
}
inline QString accountLocked() {
    return QStringLiteral("account.locked");
}
inline QString accountUnlocked() {
    return QStringLiteral("account.unlocked");
}
inline QString consentAccepted() {
    return QStringLiteral("consent.accepted");
}
inline QString consentDeclined() {
    return QStringLiteral("consent.declined");
}
inline QString noticeShown() {
    return QStringLiteral("consent.notice_shown");
}
inline QString logout() {
    return QStringLiteral("logout");
}
inline QString idleLocked() {
    return QStringLiteral("session.idle_locked");
}
inline QString idleUnlocked() {
    return QStringLiteral("session.idle_unlocked");
}
inline QString idleUnlockFailed() {
    return QStringLiteral("session.idle_unlock_failed");
}
inline QString passwordChanged() {
    return QStringLiteral("password.changed");
}
inline QString passwordReset() {
    return QStringLiteral("password.reset");
}
inline QString userCreated() {
    return QStringLiteral("user.created");
}
inline QString userChanged() {
    return QStringLiteral("user.changed");
}
inline QString userDeactivated() {
    return QStringLiteral("user.deactivated");
}
inline QString userReactivated() {
    return QStringLiteral("user.reactivated");
}
inline QString roleChanged() {
    return QStringLiteral("user.role_changed");
}
inline QString trainingRecorded() {
    return QStringLiteral("training.recorded");
}
inline QString settingChanged() {
    return QStringLiteral("setting.changed");
}
inline QString auditVerified() {
    return QStringLiteral("audit.verified");
}
inline QString auditViewed() {
    return QStringLiteral("audit.viewed");
}
inline QString auditBrowserOpened() {
    return QStringLiteral("audit.browser_opened");
}
inline QString auditFiltered() {
    return QStringLiteral("audit.filtered");
}
inline QString auditFlagReviewed() {
    return QStringLiteral("audit.flag_reviewed");
}
inline QString auditReviewStarted() {
    return QStringLiteral("audit.review_started");
}
inline QString auditReviewItemChecked() {
    return QStringLiteral("audit.review_item_checked");
}
inline QString auditReviewSigned() {
    return QStringLiteral("audit.review_signed");
}
inline QString auditReviewChecked() {
    return QStringLiteral("audit.review_checked");
}
inline QString auditReportViewed() {
    return QStringLiteral("audit.report_viewed");
}
inline QString auditReportExported() {
    return QStringLiteral("audit.report_exported");
}
inline QString eventsLost() {
    return QStringLiteral("audit.pending_events_lost");
}
inline QString importStarted() {
    return QStringLiteral("import.started");
}
inline QString importResumed() {
    return QStringLiteral("import.resumed");
}
inline QString importCompleted() {
    return QStringLiteral("import.completed");
}
inline QString importCancelled() {
    return QStringLiteral("import.cancelled");
}
inline QString importFailed() {
    return QStringLiteral("import.failed");
}
inline QString importRefused() {
    return QStringLiteral("import.refused");
}
inline QString importRolledBack() {
    return QStringLiteral("import.rolled_back");
}
inline QString importRowsExported() {
    return QStringLiteral("import.rows_exported");
}
inline QString importProfileSaved() {
    return QStringLiteral("import.profile_saved");
}
inline QString deviceCreated() {
    return QStringLiteral("device.created");
}
inline QString cameraCreated() {
    return QStringLiteral("camera.created");
}
inline QString cameraChanged() {
    return QStringLiteral("camera.changed");
}
inline QString cameraStarted() {
    return QStringLiteral("camera.started");
}
inline QString cameraStopped() {
    return QStringLiteral("camera.stopped");
}
inline QString caseOpened() {
    return QStringLiteral("case.opened");
}
inline QString caseClosed() {
    return QStringLiteral("case.closed");
}
inline QString caseReadLinked() {
    return QStringLiteral("case.read_linked");
}
inline QString caseReadUnlinked() {
    return QStringLiteral("case.read_unlinked");
}
inline QString caseExported() {
    return QStringLiteral("case.exported");
}
inline QString offenseCategoryChanged() {
    return QStringLiteral("offense_category.changed");
}
inline QString searchRun() {
    return QStringLiteral("search.run");
}
inline QString searchViewExported() {
    return QStringLiteral("search.view_exported");
}
inline QString searchRefused() {
    return QStringLiteral("search.refused");
}
inline QString exceptionRequested() {
    return QStringLiteral("exception.requested");
}
inline QString exceptionApproved() {
    return QStringLiteral("exception.approved");
}
inline QString exceptionRefused() {
    return QStringLiteral("exception.refused");
}
inline QString readVerified() {
    return QStringLiteral("read.verified");
}
inline QString readViewed() {
    return QStringLiteral("read.viewed");
}
inline QString retentionPurged() {
    return QStringLiteral("retention.purged");
}
inline QString retentionPreviewed() {
    return QStringLiteral("retention.previewed");
}
inline QString hotListEntryAdded() {
    return QStringLiteral("hotlist.entry_added");
}
inline QString hotListEntryEdited() {
    return QStringLiteral("hotlist.entry_edited");
}
inline QString hotListEntryReviewed() {
    return QStringLiteral("hotlist.entry_reviewed");
}
inline QString hotListEntryRemoved() {
    return QStringLiteral("hotlist.entry_removed");
}
inline QString hotListImported() {
    return QStringLiteral("hotlist.imported");
}
inline QString hotListImportRefused() {
    return QStringLiteral("hotlist.import_refused");
}
inline QString hotListReportViewed() {
    return QStringLiteral("hotlist.report_viewed");
}
inline QString hotListReportExported() {
    return QStringLiteral("hotlist.report_exported");
}
inline QString alertCreated() {
    return QStringLiteral("alert.created");
}
inline QString alertShown() {
    return QStringLiteral("alert.shown");
}
inline QString alertAcknowledged() {
    return QStringLiteral("alert.acknowledged");
}
inline QString sensitiveLocationAdded() {
    return QStringLiteral("sensitive_location.added");
}
inline QString sensitiveLocationEdited() {
    return QStringLiteral("sensitive_location.edited");
}
inline QString sensitiveLocationRemoved() {
    return QStringLiteral("sensitive_location.removed");
}
inline QString sensitiveLocationsImported() {
    return QStringLiteral("sensitive_location.imported");
}
inline QString sensitiveLocationsImportRefused() {
    return QStringLiteral("sensitive_location.import_refused");
}
inline QString mapSettingsChanged() {
    return QStringLiteral("map.settings_changed");
}
} // namespace AuditAction

} // namespace pl::core
