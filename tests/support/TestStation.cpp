#include "tests/support/TestStation.h"

#include "core/accounts/AccountService.h"
#include "core/consent/ConsentText.h"
#include "core/crypto/KdfParams.h"
#include "core/store/KeySlotFile.h"

#include <QDir>
#include <QTest>

namespace pl::tests {

TestStation::TestStation(const QDateTime& start)
    : m_storePath(QDir(m_dir.path()).filePath(QStringLiteral("station.plstore")))
    , m_clock(start) {
    core::NewAdministrator admin{adminName(), QStringLiteral("Ada Admin"), secret(adminPassword()),
                                 m_clock.nowUtc().date().addDays(-10)};
    auto created = core::Station::create(m_storePath, std::move(admin), core::Session::Client::Gui,
                                         m_clock, core::KdfParams::minimal());
    if (!created) {
        qWarning("TestStation: %s", qPrintable(created.error().message()));
        return;
    }
    m_login = std::move(created.value());
    auto consent = core::ConsentText::load(QStringLiteral("en"));
    if (!consent || !m_login.station->acceptConsent(m_login.session, consent.value())) {
        qWarning("TestStation: consent could not be accepted");
        return;
    }
    m_ok = true;
}

TestStation::~TestStation() = default;

QString TestStation::keySlotPath() const {
    return core::KeySlotFile::pathForDatabase(m_storePath);
}

qint64 TestStation::addUser(const QString& name, core::Role role, bool mustChange) {
    core::NewUser request;
    request.name = name;
    request.displayName = name.toUpper();
    request.role = role;
    request.trainingCompleted = m_clock.nowUtc().date().addDays(-1);
    request.temporaryPassword = secret(userPassword());
    request.mustChangePassword = mustChange;
    auto user = station().accounts().createUser(adminSession(), request);
    if (!user) {
        qWarning("TestStation::addUser: %s", qPrintable(user.error().message()));
        return 0;
    }
    return user.value().id;
}

void TestStation::close() {
    if (m_login.station) {
        (void)m_login.station->logout(m_login.session);
        m_login.station.reset();
    }
}

core::Result<core::StationLogin> TestStation::login(const QString& name, const QString& password,
                                                    core::Session::Client client) {
    return core::Station::login(m_storePath, name, secret(password), client, m_clock);
}

core::StationLogin TestStation::loginActive(const QString& name, const QString& password) {
    auto login = this->login(name, password);
    if (!login) {
        qWarning("TestStation::loginActive: %s", qPrintable(login.error().message()));
        return {};
    }
    auto consent = core::ConsentText::load(QStringLiteral("en"));
    if (consent)
        (void)login.value().station->acceptConsent(login.value().session, consent.value());
    return std::move(login.value());
}

} // namespace pl::tests
