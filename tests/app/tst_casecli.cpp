// plateledger-cli case and retention commands as scripts use them: a real
// process, results on stdout, messages on stderr, exit codes.
#include "core/store/Database.h"
#include "tests/support/TestStation.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace pl;
using tests::TestStation;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const TestStation& ts, const QString& user, const QString& password,
           const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PLATELEDGER_PASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(
        QStringLiteral(PL_CLI_PATH),
        QStringList{QStringLiteral("--store"), ts.storePath(), QStringLiteral("--user"), user} +
            arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCaseCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void openListAndCloseCases();
    void caseCommandsCheckTheirInput();
    void retentionDryRunAndRun();
};

void TestCaseCli::openListAndCloseCases() {
    TestStation ts(QDateTime::currentDateTimeUtc());
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    ts.close();
    const QString pw = TestStation::userPassword();

    Run opened = runCli(ts, QStringLiteral("ivan"), pw,
                        {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("2026-17"),
                         QStringLiteral("--title"), QStringLiteral("Stolen trailer"),
                         QStringLiteral("--kind"), QStringLiteral("criminal"),
                         QStringLiteral("--offense"), QStringLiteral("property")});
    QCOMPARE(opened.exitCode, 0);
    QVERIFY(opened.out.contains(QStringLiteral("Opened case 2026-17.")));
    Run admin = runCli(ts, QStringLiteral("ivan"), pw,
                       {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("ADM-1"),
                        QStringLiteral("--title"), QStringLiteral("Fleet audit"),
                        QStringLiteral("--kind"), QStringLiteral("administrative")});
    QCOMPARE(admin.exitCode, 0);

    Run taken = runCli(ts, QStringLiteral("ivan"), pw,
                       {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("2026-17"),
                        QStringLiteral("--title"), QStringLiteral("Again"),
                        QStringLiteral("--kind"), QStringLiteral("administrative")});
    QCOMPARE(taken.exitCode, 1);
    QVERIFY(taken.err.contains(QStringLiteral("already taken")));

    Run closed = runCli(ts, QStringLiteral("ivan"), pw,
                        {QStringLiteral("case"), QStringLiteral("close"), QStringLiteral("adm-1")});
    QCOMPARE(closed.exitCode, 0);
    QVERIFY(closed.out.contains(QStringLiteral("Closed case ADM-1.")));

    Run open =
        runCli(ts, QStringLiteral("ivan"), pw, {QStringLiteral("case"), QStringLiteral("list")});
    QCOMPARE(open.exitCode, 0);
    const QStringList lines = open.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QStringList cells = lines.first().split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), 9);
    QCOMPARE(cells.at(0), QStringLiteral("2026-17"));
    QCOMPARE(cells.at(1), QStringLiteral("criminal"));
    QCOMPARE(cells.at(2), QStringLiteral("property"));
    QCOMPARE(cells.at(5), QStringLiteral("ivan"));
    QCOMPARE(cells.at(8), QStringLiteral("Stolen trailer"));

    Run all = runCli(ts, QStringLiteral("ivan"), pw,
                     {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--all")});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);
}

void TestCaseCli::caseCommandsCheckTheirInput() {
    TestStation ts(QDateTime::currentDateTimeUtc());
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    QVERIFY(ts.addUser(QStringLiteral("amy"), core::Role::Agent) > 0);
    ts.close();
    const QString pw = TestStation::userPassword();

    Run badKind = runCli(ts, QStringLiteral("ivan"), pw,
                         {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("X-1"),
                          QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--kind"),
                          QStringLiteral("civil")});
    QCOMPARE(badKind.exitCode, 2);
    QVERIFY(badKind.err.contains(QStringLiteral("--kind")));
    Run noNumber =
        runCli(ts, QStringLiteral("ivan"), pw, {QStringLiteral("case"), QStringLiteral("close")});
    QCOMPARE(noNumber.exitCode, 2);
    Run noOffense = runCli(ts, QStringLiteral("ivan"), pw,
                           {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("X-1"),
                            QStringLiteral("--title"), QStringLiteral("T"),
                            QStringLiteral("--kind"), QStringLiteral("criminal")});
    QCOMPARE(noOffense.exitCode, 1);
    QVERIFY(noOffense.err.contains(QStringLiteral("offense category")));
    Run agent = runCli(ts, QStringLiteral("amy"), pw,
                       {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("X-1"),
                        QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--kind"),
                        QStringLiteral("administrative")});
    QCOMPARE(agent.exitCode, 5);
    Run missing = runCli(ts, QStringLiteral("ivan"), pw,
                         {QStringLiteral("case"), QStringLiteral("close"), QStringLiteral("X-1")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("There is no case X-1")));
}

void TestCaseCli::retentionDryRunAndRun() {
    TestStation ts(QDateTime::currentDateTimeUtc());
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    core::Database& db = ts.station().database();
    QVERIFY(db.exec("INSERT INTO devices (id, name, type, time_zone, created_utc) "
                    "VALUES (1, 'Cam', 'fixed', 'UTC', '2020-01-01T00:00:00.000Z')"));
    auto insert = db.prepare("INSERT INTO reads (plate_raw, plate, match_key, time_ms, "
                             "device_id, source) VALUES (?1, ?1, ?1, ?2, 1, 'live')");
    QVERIFY(insert.ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 3; ++i) {
        insert.value().reset();
        insert.value()
            .bind(1, QStringLiteral("OLD%1").arg(i))
            .bind(2, now.addDays(-800 - i).toMSecsSinceEpoch());
        QVERIFY(insert.value().run().ok());
    }
    insert.value().reset();
    insert.value().bind(1, QStringLiteral("NEW1")).bind(2, now.addDays(-1).toMSecsSinceEpoch());
    QVERIFY(insert.value().run().ok());
    ts.close();

    Run denied = runCli(ts, QStringLiteral("ivan"), TestStation::userPassword(),
                        {QStringLiteral("retention"), QStringLiteral("run")});
    QCOMPARE(denied.exitCode, 5);

    Run dry =
        runCli(ts, TestStation::adminName(), TestStation::adminPassword(),
               {QStringLiteral("retention"), QStringLiteral("run"), QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains(QStringLiteral("Cut-off (UTC): ")));
    QVERIFY(dry.out.contains(QStringLiteral("Reads that would be removed: 3")));
    QVERIFY(dry.out.contains(QStringLiteral("Reads held by open cases: 0")));

    Run run = runCli(ts, TestStation::adminName(), TestStation::adminPassword(),
                     {QStringLiteral("retention"), QStringLiteral("run")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Reads removed: 3")));
    Run again =
        runCli(ts, TestStation::adminName(), TestStation::adminPassword(),
               {QStringLiteral("retention"), QStringLiteral("run"), QStringLiteral("--dry-run")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("Reads that would be removed: 0")));
}

QTEST_GUILESS_MAIN(TestCaseCli)
#include "tst_casecli.moc"
