// plateledger-cli search: results as TSV on stdout, the same audit record as
// a search in the main window, refusals with their exit codes.
#include "core/audit/AuditAction.h"
#include "core/common/TimeFormat.h"
#include "core/import/PlateNormalizer.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "tests/support/AuditReader.h"
#include "tests/support/TestStation.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace pl;
using tests::AuditReader;
using tests::TestStation;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments, const QString& password) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PLATELEDGER_PASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(PL_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

qint64 insertRead(core::Database& db, const QString& plate, const QDateTime& time) {
    auto stmt = db.prepare("INSERT INTO reads (plate_raw, plate, match_key, state, time_ms, "
                           "device_id, latitude, longitude, confidence, source) "
                           "VALUES (?1, ?1, ?2, 'QC', ?3, 1, 45.5, -73.57, 88.0, 'import')");
    if (!stmt)
        return 0;
    stmt.value()
        .bind(1, plate)
        .bind(2, core::PlateNormalizer::matchKey(plate))
        .bind(3, time.toMSecsSinceEpoch());
    return stmt.value().run() ? db.lastInsertRowId() : 0;
}

} // namespace

class TestCliSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void printsReadsAndAudits();
};

void TestCliSearch::printsReadsAndAudits() {
    // The command line uses the real clock.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TestStation ts(now);
    QVERIFY(ts.isValid());
    core::Database& db = ts.station().database();
    const QString stamp = core::TimeFormat::toStorage(now);
    auto device = db.prepare("INSERT INTO devices (id, name, type, time_zone, created_utc) "
                             "VALUES (1, 'North gate', 'fixed', 'UTC', ?1)");
    QVERIFY(device && device.value().bind(1, stamp).run());
    auto addCase = db.prepare("INSERT INTO cases (number, title, kind, opened_utc, opened_by) "
                              "VALUES ('A-1', 'Hit and run', 'administrative', ?1, ?2)");
    QVERIFY(addCase && addCase.value().bind(1, stamp).bind(2, ts.adminSession().userId).run());
    const QDateTime seen(QDate(now.date().year() - 1, 6, 1), QTime(14, 30), Qt::UTC);
    const qint64 exact = insertRead(db, QStringLiteral("ABC123"), seen);
    const qint64 lookAlike = insertRead(db, QStringLiteral("A8C123"), seen.addDays(1));
    QVERIFY(exact > 0 && lookAlike > 0);
    ts.close();

    const QStringList base = {QStringLiteral("--store"),
                              ts.storePath(),
                              QStringLiteral("--user"),
                              TestStation::adminName(),
                              QStringLiteral("search"),
                              QStringLiteral("--case"),
                              QStringLiteral("A-1"),
                              QStringLiteral("--reason"),
                              QStringLiteral("witness statement")};

    const Run run =
        runCli(base + QStringList{QStringLiteral("abc-123")}, TestStation::adminPassword());
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().split(u'\t'),
             QStringList({QString::number(exact), QStringLiteral("ABC123"), QStringLiteral("QC"),
                          core::TimeFormat::toStorage(seen), QStringLiteral("45.500000"),
                          QStringLiteral("-73.570000"), QStringLiteral("North gate"),
                          QStringLiteral("88.0")}));

    // A similar search, limited to a range of dates (a --to date is inclusive).
    const QString day = seen.date().toString(Qt::ISODate);
    const Run similar =
        runCli(base + QStringList{QStringLiteral("--similar"), QStringLiteral("--from"), day,
                                  QStringLiteral("--to"), day, QStringLiteral("ABC123")},
               TestStation::adminPassword());
    QCOMPARE(similar.exitCode, 0);
    QCOMPARE(similar.out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
    const Run wider =
        runCli(base + QStringList{QStringLiteral("--similar"), QStringLiteral("--from"), day,
                                  QStringLiteral("ABC123")},
               TestStation::adminPassword());
    QCOMPARE(wider.exitCode, 0);
    const QStringList both = wider.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(both.size(), 2);
    QVERIFY(both.at(0).startsWith(QString::number(exact) + u'\t'));
    QVERIFY(both.at(1).startsWith(QString::number(lookAlike) + u'\t'));

    // Refusals: beyond the window, an unknown case, a bad date.
    const Run tooFar =
        runCli(base + QStringList{QStringLiteral("--from"), QStringLiteral("2001-01-01"),
                                  QStringLiteral("ABC123")},
               TestStation::adminPassword());
    QCOMPARE(tooFar.exitCode, 5);
    QVERIFY(tooFar.err.contains(QStringLiteral("exception")));
    QVERIFY(tooFar.out.isEmpty());
    QStringList unknownCase = base;
    unknownCase[6] = QStringLiteral("Z-9");
    const Run unknown =
        runCli(unknownCase + QStringList{QStringLiteral("ABC123")}, TestStation::adminPassword());
    QVERIFY(unknown.exitCode != 0);
    QVERIFY(unknown.err.contains(QStringLiteral("Z-9")));
    const Run badDate =
        runCli(base + QStringList{QStringLiteral("--from"), QStringLiteral("last week"),
                                  QStringLiteral("ABC123")},
               TestStation::adminPassword());
    QCOMPARE(badDate.exitCode, 2);

    // Audited as the GUI's searches are: three runs, two refusals.
    auto login = ts.login(TestStation::adminName(), TestStation::adminPassword());
    QVERIFY(login);
    core::Database& after = login.value().station->database();
    const auto runs = AuditReader::withAction(after, core::AuditAction::searchRun());
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs.first().caseNumber, QStringLiteral("A-1"));
    QCOMPARE(runs.first().reason, QStringLiteral("witness statement"));
    QCOMPARE(AuditReader::details(runs.first()).value(QStringLiteral("client")).toString(),
             QStringLiteral("cli"));
    QCOMPARE(AuditReader::details(runs.last()).value(QStringLiteral("count")).toInteger(), 2);
    QCOMPARE(AuditReader::withAction(after, core::AuditAction::searchRefused()).size(), 2);
}

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
