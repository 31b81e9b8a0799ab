#include "core/station/DemoStation.h"

#include "core/accounts/AccountService.h"
#include "core/accounts/PasswordPolicy.h"
#include "core/common/Clock.h"
#include "core/crypto/Sodium.h"
#include "core/station/Station.h"

#include <QDir>

namespace pl::core {

Result<DemoStore> DemoStation::create(const QString& folder, const ConsentText& notice,
                                      const Clock& clock) {
    if (auto started = Sodium::initialize(); !started)
        return started.error();
    DemoStore demo;
    demo.path = QDir(folder).filePath(QStringLiteral("demo.plstore"));
    const QDate today = clock.nowUtc().toLocalTime().date();

    DemoAccount admin{QStringLiteral("admin"), Role::Administrator, PasswordPolicy::generate()};
    auto created = Station::create(demo.path,
                                   {admin.name, QStringLiteral("Demo Administrator"),
                                    SecretBytes::fromString(admin.password), today},
                                   Session::Client::Cli, clock);
    if (!created)
        return created.error();
    demo.accounts.append(admin);
    Station& station = *created.value().station;
    Session& session = created.value().session;
    if (auto acknowledged = station.acknowledgeNotice(session, notice); !acknowledged)
        return acknowledged.error();

    const QList<std::pair<Role, QString>> others = {
        {Role::Supervisor, QStringLiteral("Demo Supervisor")},
        {Role::Investigator, QStringLiteral("Demo Investigator")},
        {Role::Agent, QStringLiteral("Demo Agent")},
    };
    for (const auto& [role, displayName] : others) {
        DemoAccount account{Roles::id(role), role, PasswordPolicy::generate()};
        NewUser request;
        request.name = account.name;
        request.displayName = displayName;
        request.role = role;
        request.trainingCompleted = today;
        request.temporaryPassword = SecretBytes::fromString(account.password);
        request.mustChangePassword = false;
        if (auto user = station.accounts().createUser(session, request); !user)
            return user.error();
        demo.accounts.append(account);
    }
    if (auto loggedOut = station.logout(session); !loggedOut)
        return loggedOut.error();
    return demo;
}

} // namespace pl::core
