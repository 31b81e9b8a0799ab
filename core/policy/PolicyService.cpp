#include "core/policy/PolicyService.h"

#include "core/audit/AuditAction.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/policy/PolicySettings.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/KeySlotFile.h"
#include "core/store/Transaction.h"

namespace pl::core {

PolicyService::PolicyService(Station& station)
    : m_station(station) {}

Status PolicyService::set(const Session& session, const QString& key, int value) {
    if (auto active = m_station.requireActive(session, Permission::ManagePolicy); !active)
        return active;
    if (auto valid = PolicySettings::validate(key, value); !valid)
        return valid;
    auto before = m_station.currentPolicy();
    if (!before)
        return before.error();
    const int previous = before.value().value(key);
    if (previous == value)
        return {};

    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto stmt = db.prepare("INSERT OR REPLACE INTO settings (key, value, changed_utc, changed_by) "
                           "VALUES (?1, ?2, ?3, ?4)");
    if (!stmt)
        return stmt.error();
    stmt.value()
        .bind(1, key)
        .bind(2, QString::number(value))
        .bind(3, TimeFormat::toStorage(m_station.clock().nowUtc()))
        .bind(4, session.userId);
    if (auto stored = stmt.value().run(); !stored)
        return stored;
    AuditRecord changed{AuditAction::settingChanged(), AuditOutcome::Success};
    changed.targetKind = QStringLiteral("setting");
    changed.target = key;
    changed.details.insert(QStringLiteral("from"), previous);
    changed.details.insert(QStringLiteral("to"), value);
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), changed); !added)
        return added.error();

    if (key == PolicySettings::lockoutThreshold() || key == PolicySettings::lockoutMinutes()) {
        Policy after = before.value();
        after.set(key, value);
        auto mirrored =
            KeySlotFile::update(m_station.keySlotPath(), [&](KeySlotFile& file) -> Status {
                file.setLockoutPolicy(after.lockoutThreshold(), after.lockoutMinutes());
                return {};
            });
        if (!mirrored)
            return mirrored;
    }
    return tx.value().commit();
}

Status PolicyService::syncKeySlotMirror(const Session& session) {
    if (auto known = m_station.requireKnown(session); !known)
        return known;
    auto policy = m_station.currentPolicy();
    if (!policy)
        return policy.error();
    auto file = KeySlotFile::read(m_station.keySlotPath());
    if (!file)
        return file.error();
    const int threshold = policy.value().lockoutThreshold();
    const int minutes = policy.value().lockoutMinutes();
    if (file.value().lockoutThreshold() == threshold && file.value().lockoutMinutes() == minutes)
        return {};

    auto tx = Transaction::begin(m_station.database());
    if (!tx)
        return tx.error();
    AuditRecord repaired{AuditAction::keySlotsRepaired(), AuditOutcome::Success};
    repaired.targetKind = QStringLiteral("store");
    repaired.reason =
        QStringLiteral("lockout values in the key-slot file differed from the policy");
    repaired.details.insert(QStringLiteral("found_threshold"), file.value().lockoutThreshold());
    repaired.details.insert(QStringLiteral("found_minutes"), file.value().lockoutMinutes());
    repaired.details.insert(QStringLiteral("threshold"), threshold);
    repaired.details.insert(QStringLiteral("minutes"), minutes);
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), repaired); !added)
        return added.error();
    auto written =
        KeySlotFile::update(m_station.keySlotPath(), [&](KeySlotFile& current) -> Status {
            current.setLockoutPolicy(threshold, minutes);
            return {};
        });
    if (!written)
        return written;
    return tx.value().commit();
}

} // namespace pl::core
