#include "core/policy/PolicySettings.h"

#include "core/store/Database.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class PolicyText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::PolicySettings)
public:
    static QString lockoutThreshold() { return tr("Failed log-in attempts before lockout"); }
    static QString lockoutMinutes() { return tr("Lockout duration"); }
    static QString idleLockMinutes() { return tr("Lock the session after idle"); }
    static QString passwordMaxAgeDays() { return tr("Password must be changed every"); }
    static QString passwordMinLength() { return tr("Minimum password length"); }
    static QString trainingValidityDays() { return tr("Training is valid for"); }
    static QString retentionDays() { return tr("Reads are kept for"); }
    static QString administrativeWindowYears() {
        return tr("Administrative searches may look back");
    }
    static QString exceptionValidityDays() { return tr("An approved wider search window lasts"); }
    static QString hotListReviewDays() { return tr("Hot-list entries must be reviewed every"); }
    static QString hotListMaxWildcardEntries() {
        return tr("Wildcard hot-list entries allowed in all");
    }
    static QString sensitiveCautionMetres() {
        return tr("Caution on the map for reads near a sensitive location within");
    }
    static QString flagUsualHoursPercent() {
        return tr("Flag searches outside a user's usual hours: share of the user's searches "
                  "below");
    }
    static QString flagWorkdayStartHour() {
        return tr("Usual hours for users with little history begin at");
    }
    static QString flagWorkdayEndHour() {
        return tr("Usual hours for users with little history end at");
    }
    static QString flagDailySearchLimit() { return tr("Flag a user's searches in a day beyond"); }
    static QString flagWindowDays() {
        return tr("Same plate and repeated reasons are counted over");
    }
    static QString flagPlateCaseLimit() {
        return tr("Flag a plate searched under this many different cases");
    }
    static QString flagPlateUserLimit() { return tr("Flag a plate searched by this many users"); }
    static QString flagReasonMinLength() { return tr("Flag search reasons shorter than"); }
    static QString flagReasonRepeatLimit() {
        return tr("Flag a reason a user repeats word for word more than");
    }
    static QString flagExceptionSearches() {
        return tr("Flag searches using a query-window exception");
    }
    static QString flagUnknownOnBehalf() {
        return tr("Flag searches on behalf of someone who is not a user");
    }
    static QString flagHotListOverdueDays() {
        return tr("Flag hot-list entries overdue for review by more than");
    }
    static QString flagExports() { return tr("Flag exports of reads"); }
    static QString flagFailedLoginLimit() {
        return tr("Flag failed log-ins once one name has in a day");
    }
    static QString flagPolicyChanges() { return tr("Flag changes of policy settings"); }
    static QString percent() { return tr("%"); }
    static QString hour() { return tr("h"); }
    static QString searches() { return tr("searches"); }
    static QString cases() { return tr("cases"); }
    static QString users() { return tr("users"); }
    static QString times() { return tr("times"); }
    static QString onOff() { return tr("(1 = on, 0 = off)"); }
    static QString offWhenZero(const QString& unit) { return tr("%1 (0 = off)").arg(unit); }
    static QString failedLogin() { return tr("failed log-ins (0 = off)"); }
    static QString entries() { return tr("entries"); }
    static QString metres() { return tr("metres"); }
    static QString years() { return tr("years"); }
    static QString minutes() { return tr("minutes"); }
    static QString days() { return tr("days"); }
    static QString attempts() { return tr("attempts"); }
    static QString characters() { return tr("characters"); }
    static QString unknown(const QString& key) { return tr("There is no setting %1.").arg(key); }
    static QString outOfRange(const QString& label, int minimum, int maximum) {
        return tr("%1 must be between %2 and %3.").arg(label).arg(minimum).arg(maximum);
    }
};
} // namespace

const QList<PolicySpec>& PolicySettings::specs() {
    static const QList<PolicySpec> all = {
        {lockoutThreshold(), 5, 1, 100},
        {lockoutMinutes(), 10, 1, 24 * 60},
        {idleLockMinutes(), 30, 1, 8 * 60},
        {passwordMaxAgeDays(), 90, 1, 3650},
        {passwordMinLength(), 12, 8, 128},
        {trainingValidityDays(), 365, 1, 3650},
        {retentionDays(), 730, 1, 36500},
        {administrativeWindowYears(), 5, 1, 100},
        {exceptionValidityDays(), 30, 1, 365},
        {hotListReviewDays(), 365, 1, 365},
        {hotListMaxWildcardEntries(), 100, 0, 10000},
        {sensitiveCautionMetres(), 300, 10, 5000},
        {flagUsualHoursPercent(), 5, 0, 50},
        {flagWorkdayStartHour(), 6, 0, 23},
        {flagWorkdayEndHour(), 20, 1, 24},
        {flagDailySearchLimit(), 40, 0, 10000},
        {flagWindowDays(), 30, 1, 365},
        {flagPlateCaseLimit(), 3, 0, 100},
        {flagPlateUserLimit(), 3, 0, 100},
        {flagReasonMinLength(), 10, 0, 200},
        {flagReasonRepeatLimit(), 20, 0, 10000},
        {flagExceptionSearches(), 1, 0, 1},
        {flagUnknownOnBehalf(), 1, 0, 1},
        {flagHotListOverdueDays(), 0, 0, 365},
        {flagExports(), 1, 0, 1},
        {flagFailedLoginLimit(), 1, 0, 100},
        {flagPolicyChanges(), 1, 0, 1},
    };
    return all;
}

const PolicySpec* PolicySettings::spec(const QString& key) {
    for (const PolicySpec& spec : specs()) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

QString PolicySettings::label(const QString& key) {
    if (key == lockoutThreshold())
        return PolicyText::lockoutThreshold();
    if (key == lockoutMinutes())
        return PolicyText::lockoutMinutes();
    if (key == idleLockMinutes())
        return PolicyText::idleLockMinutes();
    if (key == passwordMaxAgeDays())
        return PolicyText::passwordMaxAgeDays();
    if (key == passwordMinLength())
        return PolicyText::passwordMinLength();
    if (key == trainingValidityDays())
        return PolicyText::trainingValidityDays();
    if (key == retentionDays())
        return PolicyText::retentionDays();
    if (key == administrativeWindowYears())
        return PolicyText::administrativeWindowYears();
    if (key == exceptionValidityDays())
        return PolicyText::exceptionValidityDays();
    if (key == hotListReviewDays())
        return PolicyText::hotListReviewDays();
    if (key == hotListMaxWildcardEntries())
        return PolicyText::hotListMaxWildcardEntries();
    if (key == sensitiveCautionMetres())
        return PolicyText::sensitiveCautionMetres();
    if (key == flagUsualHoursPercent())
        return PolicyText::flagUsualHoursPercent();
    if (key == flagWorkdayStartHour())
        return PolicyText::flagWorkdayStartHour();
    if (key == flagWorkdayEndHour())
        return PolicyText::flagWorkdayEndHour();
    if (key == flagDailySearchLimit())
        return PolicyText::flagDailySearchLimit();
    if (key == flagWindowDays())
        return PolicyText::flagWindowDays();
    if (key == flagPlateCaseLimit())
        return PolicyText::flagPlateCaseLimit();
    if (key == flagPlateUserLimit())
        return PolicyText::flagPlateUserLimit();
    if (key == flagReasonMinLength())
        return PolicyText::flagReasonMinLength();
    if (key == flagReasonRepeatLimit())
        return PolicyText::flagReasonRepeatLimit();
    if (key == flagExceptionSearches())
        return PolicyText::flagExceptionSearches();
    if (key == flagUnknownOnBehalf())
        return PolicyText::flagUnknownOnBehalf();
    if (key == flagHotListOverdueDays())
        return PolicyText::flagHotListOverdueDays();
    if (key == flagExports())
        return PolicyText::flagExports();
    if (key == flagFailedLoginLimit())
        return PolicyText::flagFailedLoginLimit();
    if (key == flagPolicyChanges())
        return PolicyText::flagPolicyChanges();
    return key;
}

QString PolicySettings::unit(const QString& key) {
    if (key == lockoutMinutes() || key == idleLockMinutes())
        return PolicyText::minutes();
    if (key == passwordMaxAgeDays() || key == trainingValidityDays() || key == retentionDays() ||
        key == exceptionValidityDays() || key == hotListReviewDays())
        return PolicyText::days();
    if (key == hotListMaxWildcardEntries())
        return PolicyText::entries();
    if (key == administrativeWindowYears())
        return PolicyText::years();
    if (key == sensitiveCautionMetres())
        return PolicyText::metres();
    if (key == lockoutThreshold())
        return PolicyText::attempts();
    if (key == passwordMinLength())
        return PolicyText::characters();
    if (key == flagUsualHoursPercent())
        return PolicyText::offWhenZero(PolicyText::percent());
    if (key == flagWorkdayStartHour() || key == flagWorkdayEndHour())
        return PolicyText::hour();
    if (key == flagDailySearchLimit())
        return PolicyText::offWhenZero(PolicyText::searches());
    if (key == flagWindowDays() || key == flagHotListOverdueDays())
        return PolicyText::days();
    if (key == flagPlateCaseLimit())
        return PolicyText::offWhenZero(PolicyText::cases());
    if (key == flagPlateUserLimit())
        return PolicyText::offWhenZero(PolicyText::users());
    if (key == flagReasonMinLength())
        return PolicyText::offWhenZero(PolicyText::characters());
    if (key == flagReasonRepeatLimit())
        return PolicyText::offWhenZero(PolicyText::times());
    if (key == flagExceptionSearches() || key == flagUnknownOnBehalf() || key == flagExports() ||
        key == flagPolicyChanges())
        return PolicyText::onOff();
    if (key == flagFailedLoginLimit())
        return PolicyText::failedLogin();
    return {};
}

bool PolicySettings::isAnomalyThreshold(const QString& key) {
    return key.startsWith(QLatin1String("anomaly."));
}

Policy PolicySettings::defaults() {
    Policy policy;
    for (const PolicySpec& spec : specs())
        policy.set(spec.key, spec.defaultValue);
    return policy;
}

Result<Policy> PolicySettings::load(Database& db) {
    Policy policy = defaults();
    auto stmt = db.prepare("SELECT key, value FROM settings");
    if (!stmt)
        return stmt.error();
    while (true) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QString key = stmt.value().text(0);
        // The table holds other station settings too (text values such as
        // the map's tile sources); only catalogued keys are policy values.
        if (!spec(key))
            continue;
        bool ok = false;
        const int value = stmt.value().text(1).toInt(&ok);
        // A value outside its range (edited by hand) falls back to the default.
        if (ok && validate(key, value))
            policy.set(key, value);
    }
    return policy;
}

Status PolicySettings::validate(const QString& key, int value) {
    const PolicySpec* found = spec(key);
    if (!found)
        return Error(ErrorCode::InvalidArgument, PolicyText::unknown(key));
    if (value < found->minimum || value > found->maximum)
        return Error(ErrorCode::InvalidArgument,
                     PolicyText::outOfRange(label(key), found->minimum, found->maximum));
    return {};
}

} // namespace pl::core
