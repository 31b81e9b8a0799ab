#include "core/policy/Policy.h"

#include "core/policy/PolicySettings.h"

namespace pl::core {

int Policy::value(const QString& key) const {
    if (auto found = m_values.constFind(key); found != m_values.constEnd())
        return found.value();
    const PolicySpec* spec = PolicySettings::spec(key);
    return spec ? spec->defaultValue : 0;
}

int Policy::lockoutThreshold() const {
    return value(PolicySettings::lockoutThreshold());
}

int Policy::lockoutMinutes() const {
    return value(PolicySettings::lockoutMinutes());
}

int Policy::idleLockMinutes() const {
    return value(PolicySettings::idleLockMinutes());
}

int Policy::passwordMaxAgeDays() const {
    return value(PolicySettings::passwordMaxAgeDays());
}

int Policy::passwordMinLength() const {
    return value(PolicySettings::passwordMinLength());
}

int Policy::trainingValidityDays() const {
    return value(PolicySettings::trainingValidityDays());
}

int Policy::retentionDays() const {
    return value(PolicySettings::retentionDays());
}

int Policy::administrativeWindowYears() const {
    return value(PolicySettings::administrativeWindowYears());
}

int Policy::exceptionValidityDays() const {
    return value(PolicySettings::exceptionValidityDays());
}

int Policy::hotListReviewDays() const {
    return value(PolicySettings::hotListReviewDays());
}

int Policy::hotListMaxWildcardEntries() const {
    return value(PolicySettings::hotListMaxWildcardEntries());
}

int Policy::sensitiveCautionMetres() const {
    return value(PolicySettings::sensitiveCautionMetres());
}

} // namespace pl::core
