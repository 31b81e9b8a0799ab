#pragma once

#include "core/accounts/Role.h"
#include "core/accounts/Session.h"
#include "core/crypto/SecretBytes.h"
#include "core/station/Station.h"
#include "tests/support/ManualClock.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pl::tests {

// A store in a temporary folder, created with the cheapest key derivation so
// tests can log in many times. Passwords below satisfy the default policy.
class TestStation {
public:
    static QString adminName() { return QStringLiteral("admin"); }
    static QString adminPassword() { return QStringLiteral("Station-Key-42!x"); }
    static QString userPassword() { return QStringLiteral("User-Passw0rd!x"); }

    // start: the manual clock's time when the store is created (tests that run
    // the CLI, which uses the real clock, start at the real time).
    explicit TestStation(const QDateTime& start = ManualClock().nowUtc());
    ~TestStation();

    bool isValid() const { return m_ok; }
    QString folder() const { return m_dir.path(); }
    QString storePath() const { return m_storePath; }
    QString keySlotPath() const;
    ManualClock& clock() { return m_clock; }

    // The administrator's login from creation, consent already accepted.
    core::Station& station() { return *m_login.station; }
    core::Session& adminSession() { return m_login.session; }

    // Adds a user (temporary password = userPassword(), change required unless
    // mustChange is false) through the administrator's session; returns the id.
    qint64 addUser(const QString& name, core::Role role, bool mustChange = false);
    // Closes the administrator's station (logout) so others can log in fresh.
    void close();

    core::Result<core::StationLogin>
    login(const QString& name, const QString& password,
          core::Session::Client client = core::Session::Client::Gui);
    // Logs in and accepts the consent text; fails the test on error.
    core::StationLogin loginActive(const QString& name, const QString& password);

    static core::SecretBytes secret(const QString& text) {
        return core::SecretBytes::fromString(text);
    }

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    ManualClock m_clock;
    core::StationLogin m_login;
    bool m_ok = false;
};

} // namespace pl::tests
