// The demo store: one account per role, whose printed passwords log in.
// Uses the standard (slow) key derivation, so there is only this one test.

#include "core/audit/AuditAction.h"
#include "core/consent/ConsentText.h"
#include "core/station/DemoStation.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/ManualClock.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;
using core::Role;

class TestDemoStation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoAccountsLogIn();
};

void TestDemoStation::demoAccountsLogIn() {
    QTemporaryDir dir;
    tests::ManualClock clock;
    auto notice = core::ConsentText::load(QStringLiteral("en"));
    PL_VERIFY_OK(notice);
    auto demo = core::DemoStation::create(dir.path(), notice.value(), clock);
    PL_VERIFY_OK(demo);
    QVERIFY(QFileInfo::exists(demo.value().path));

    const QList<std::pair<QString, Role>> expected = {
        {QStringLiteral("admin"), Role::Administrator},
        {QStringLiteral("supervisor"), Role::Supervisor},
        {QStringLiteral("investigator"), Role::Investigator},
        {QStringLiteral("agent"), Role::Agent}};
    QCOMPARE(demo.value().accounts.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const core::DemoAccount& account = demo.value().accounts[i];
        QCOMPARE(account.name, expected[i].first);
        QCOMPARE(account.role, expected[i].second);
        auto login = core::Station::login(demo.value().path, account.name,
                                          core::SecretBytes::fromString(account.password),
                                          core::Session::Client::Cli, clock);
        PL_VERIFY_OK(login);
        QCOMPARE(login.value().session.role, account.role);
        QVERIFY(!login.value().session.passwordChangeRequired);
        if (i == 0) {
            const QList<core::AuditEvent> shown = tests::AuditReader::withAction(
                login.value().station->database(), core::AuditAction::noticeShown());
            QVERIFY(!shown.isEmpty());
            QCOMPARE(shown.first().userName, account.name);
            // The investigator opened the demo case, audited as such.
            QCOMPARE(demo.value().caseNumber, QStringLiteral("DEMO-2026-001"));
            const core::AuditEvent opened = tests::AuditReader::last(
                login.value().station->database(), core::AuditAction::caseOpened());
            QCOMPARE(opened.userName, QStringLiteral("investigator"));
            QCOMPARE(opened.caseNumber, demo.value().caseNumber);
            // Sample reads arrive through an ordinary, audited import.
            auto imports = login.value().station->database().queryInt(
                "SELECT reads_stored FROM imports WHERE status = 'complete'");
            PL_VERIFY_OK(imports);
            QVERIFY(imports.value() > 1900);
            QVERIFY(tests::AuditReader::last(login.value().station->database(),
                                             core::AuditAction::importCompleted())
                        .seq > 0);
            // Hot-list entries added before the import raised alerts for the
            // investigator (an exact hit and a possible match) and the agent
            // (a wildcard entry), and only for them.
            auto owners = login.value().station->database().prepare(
                "SELECT u.name, a.kind, COUNT(*) FROM alerts a JOIN users u ON u.id = a.owner_id "
                "GROUP BY u.name, a.kind ORDER BY u.name, a.kind");
            PL_VERIFY_OK(owners);
            QStringList kinds;
            while (true) {
                auto row = owners.value().step();
                PL_VERIFY_OK(row);
                if (!row.value())
                    break;
                QVERIFY(owners.value().integer(2) > 0);
                kinds.append(owners.value().text(0) + QLatin1Char('/') + owners.value().text(1));
            }
            QCOMPARE(kinds,
                     (QStringList{QStringLiteral("agent/hit"), QStringLiteral("investigator/hit"),
                                  QStringLiteral("investigator/possible")}));
        }
    }
}

QTEST_GUILESS_MAIN(TestDemoStation)
#include "tst_demostation.moc"
