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
    return {};
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
