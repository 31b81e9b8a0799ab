// The role matrix of DESIGN.md, and that the station enforces it.

#include "core/accounts/Permission.h"
#include "core/accounts/Role.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QTest>

using namespace pl;
using core::Permission;
using core::Role;

namespace {

struct Rule {
    Permission permission;
    const char* name;
    QList<Role> allowed;
};

// Written from the role table, independently of Permissions::allows.
const QList<Rule>& matrix() {
    static const QList<Rule> rules = {
        {Permission::SearchReads,
         "SearchReads",
         {Role::Agent, Role::Investigator, Role::Supervisor, Role::Administrator}},
        {Permission::ImportReads,
         "ImportReads",
         {Role::Agent, Role::Investigator, Role::Administrator}},
        {Permission::RunCameras, "RunCameras", {Role::Agent, Role::Investigator}},
        {Permission::ConfigureCameras, "ConfigureCameras", {Role::Agent, Role::Administrator}},
        {Permission::ManageOwnHotList, "ManageOwnHotList", {Role::Agent, Role::Investigator}},
        {Permission::ViewStationHotList, "ViewStationHotList", {Role::Supervisor}},
        {Permission::ViewMap, "ViewMap", {Role::Investigator, Role::Supervisor}},
        {Permission::VerifyReads, "VerifyReads", {Role::Investigator}},
        {Permission::ExportCases, "ExportCases", {Role::Investigator}},
        {Permission::ViewAudit, "ViewAudit", {Role::Supervisor, Role::Administrator}},
        {Permission::ReviewAudit, "ReviewAudit", {Role::Supervisor}},
        {Permission::ApproveExceptions, "ApproveExceptions", {Role::Supervisor}},
        {Permission::ManageUsers, "ManageUsers", {Role::Administrator}},
        {Permission::ManagePolicy, "ManagePolicy", {Role::Administrator}},
        {Permission::ManageCases, "ManageCases", {Role::Investigator}},
        {Permission::RunRetention, "RunRetention", {Role::Administrator}},
    };
    return rules;
}

} // namespace

class TestPermissions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matrixCoversEveryPermission();
    void allows_data();
    void allows();
    void stationEnforcesMatrix();
    void roleIdsRoundTrip();
};

void TestPermissions::matrixCoversEveryPermission() {
    // A permission added to the enum must be added to the table above.
    QCOMPARE(matrix().size(), static_cast<int>(Permission::RunRetention) + 1);
    for (int i = 0; i < matrix().size(); ++i)
        QCOMPARE(static_cast<int>(matrix()[i].permission), i);
}

void TestPermissions::allows_data() {
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("expected");
    for (const Rule& rule : matrix()) {
        for (Role role : core::Roles::all()) {
            QTest::addRow("%s may %s%s", qPrintable(core::Roles::id(role)),
                          rule.allowed.contains(role) ? "" : "not ", rule.name)
                << role << rule.permission << rule.allowed.contains(role);
        }
    }
}

void TestPermissions::allows() {
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, expected);
    QCOMPARE(core::Permissions::allows(role, permission), expected);
    core::Session session;
    session.role = role;
    QCOMPARE(session.can(permission), expected);
}

void TestPermissions::stationEnforcesMatrix() {
    tests::TestStation ts;
    QVERIFY(ts.isValid());
    const QList<std::pair<QString, Role>> people = {{QStringLiteral("amy"), Role::Agent},
                                                    {QStringLiteral("ivan"), Role::Investigator},
                                                    {QStringLiteral("sue"), Role::Supervisor}};
    for (const auto& [name, role] : people)
        QVERIFY(ts.addUser(name, role) > 0);

    auto check = [](core::Station& station, const core::Session& session) {
        for (const Rule& rule : matrix()) {
            const core::Status active = station.requireActive(session, rule.permission);
            const bool allowed = rule.allowed.contains(session.role);
            if (allowed != active.ok() ||
                (!active.ok() && active.error().code() != core::ErrorCode::PermissionDenied))
                return QStringLiteral("%1: %2").arg(session.userName, QLatin1String(rule.name));
        }
        return QString();
    };
    const QString adminMismatch = check(ts.station(), ts.adminSession());
    QVERIFY2(adminMismatch.isEmpty(), qPrintable(adminMismatch));
    for (const auto& [name, role] : people) {
        auto login = ts.loginActive(name, tests::TestStation::userPassword());
        QVERIFY(login.station);
        QCOMPARE(login.session.role, role);
        const QString mismatch = check(*login.station, login.session);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }
}

void TestPermissions::roleIdsRoundTrip() {
    QCOMPARE(core::Roles::all().size(), 4);
    for (Role role : core::Roles::all()) {
        QCOMPARE(core::Roles::fromId(core::Roles::id(role)), std::optional<Role>(role));
        QVERIFY(!core::Roles::displayName(role).isEmpty());
    }
    QCOMPARE(core::Roles::id(Role::Administrator), QStringLiteral("administrator"));
    QVERIFY(!core::Roles::fromId(QStringLiteral("superuser")).has_value());
    QVERIFY(!core::Roles::fromId(QStringLiteral("Administrator")).has_value());
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
