#pragma once

#include <QHash>
#include <QString>

namespace pl::core {

// The policy values in force, read from the store's settings (defaults where
// an administrator has not changed them).
class Policy {
public:
    int value(const QString& key) const;
    void set(const QString& key, int value) { m_values.insert(key, value); }

    int lockoutThreshold() const;
    int lockoutMinutes() const;
    int idleLockMinutes() const;
    int passwordMaxAgeDays() const;
    int passwordMinLength() const;
    int trainingValidityDays() const;
    int retentionDays() const;
    int administrativeWindowYears() const;
    int exceptionValidityDays() const;
    int hotListReviewDays() const;
    int hotListMaxWildcardEntries() const;
    int sensitiveCautionMetres() const;

private:
    QHash<QString, int> m_values;
};

} // namespace pl::core
