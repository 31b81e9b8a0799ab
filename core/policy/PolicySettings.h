#pragma once

#include "core/common/Result.h"
#include "core/policy/Policy.h"

#include <QList>
#include <QString>

namespace pl::core {

class Database;

// One administrator-changeable policy value.
struct PolicySpec {
    QString key;
    int defaultValue;
    int minimum;
    int maximum;
};

// The catalogue of policy values and their storage in the settings table.
// Later capabilities (retention, query windows...) add their values here.
class PolicySettings {
public:
    static QString lockoutThreshold() { return QStringLiteral("lockout.threshold"); }
    static QString lockoutMinutes() { return QStringLiteral("lockout.minutes"); }
    static QString idleLockMinutes() { return QStringLiteral("session.idle_lock_minutes"); }
    static QString passwordMaxAgeDays() { return QStringLiteral("password.max_age_days"); }
    static QString passwordMinLength() { return QStringLiteral("password.min_length"); }
    static QString trainingValidityDays() { return QStringLiteral("training.validity_days"); }
    // Reads older than this are purged unless linked to an open case.
    static QString retentionDays() { return QStringLiteral("retention.days"); }
    // How far back a search for an administrative case may look.
    static QString administrativeWindowYears() {
        return QStringLiteral("search.administrative_window_years");
    }
    // How long a supervisor's approval of a wider search window lasts.
    static QString exceptionValidityDays() { return QStringLiteral("search.exception_days"); }
    // How long a hot-list entry alerts before its owner must review it (a year at most).
    static QString hotListReviewDays() { return QStringLiteral("hotlist.review_days"); }
    // How many wildcard entries the station's hot lists may hold in all.
    static QString hotListMaxWildcardEntries() {
        return QStringLiteral("hotlist.max_wildcard_entries");
    }
    // How near a sensitive location (school, place of worship, medical
    // facility) a read must be for the map to show a caution.
    static QString sensitiveCautionMetres() {
        return QStringLiteral("map.sensitive_caution_metres");
    }

    // Anomaly flags on the audit trail (see core/audit): each rule's
    // threshold; 0 turns a rule off where the label says so.
    // A search is outside a user's usual hours when fewer than this share of
    // the user's searches in the 90 days before fell within an hour of it.
    static QString flagUsualHoursPercent() { return QStringLiteral("anomaly.usual_hours_percent"); }
    // The station's working hours (local), for users with little history.
    static QString flagWorkdayStartHour() { return QStringLiteral("anomaly.workday_start_hour"); }
    static QString flagWorkdayEndHour() { return QStringLiteral("anomaly.workday_end_hour"); }
    static QString flagDailySearchLimit() { return QStringLiteral("anomaly.daily_search_limit"); }
    // The window for the same-plate and repeated-reason rules.
    static QString flagWindowDays() { return QStringLiteral("anomaly.window_days"); }
    static QString flagPlateCaseLimit() { return QStringLiteral("anomaly.plate_case_limit"); }
    static QString flagPlateUserLimit() { return QStringLiteral("anomaly.plate_user_limit"); }
    static QString flagReasonMinLength() { return QStringLiteral("anomaly.reason_min_length"); }
    static QString flagReasonRepeatLimit() { return QStringLiteral("anomaly.reason_repeat_limit"); }
    static QString flagExceptionSearches() { return QStringLiteral("anomaly.exception_searches"); }
    static QString flagUnknownOnBehalf() { return QStringLiteral("anomaly.unknown_on_behalf"); }
    static QString flagHotListOverdueDays() {
        return QStringLiteral("anomaly.hotlist_overdue_days");
    }
    static QString flagExports() { return QStringLiteral("anomaly.exports"); }
    static QString flagFailedLoginLimit() { return QStringLiteral("anomaly.failed_login_limit"); }
    static QString flagPolicyChanges() { return QStringLiteral("anomaly.policy_changes"); }
    // Whether key is one of the anomaly thresholds above.
    static bool isAnomalyThreshold(const QString& key);

    static const QList<PolicySpec>& specs();
    static const PolicySpec* spec(const QString& key);
    // Translated label and unit for settings screens.
    static QString label(const QString& key);
    static QString unit(const QString& key);

    static Policy defaults();
    static Result<Policy> load(Database& db);
    static Status validate(const QString& key, int value);
};

} // namespace pl::core
