// plateledger-cli hotlist import as scripts use it: a real process, the
// summary and every record's issue on stdout, messages on stderr, and the
// exit codes 0 (all stored), 7 (some rejected) and 8 (failed or refused).
#include "core/store/Database.h"
#include "tests/support/TestStation.h"

#include <QDir>
#include <QFile>
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

Run runCli(const TestStation& ts, const QString& user, const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PLATELEDGER_PASSWORD"), TestStation::userPassword());
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

QStringList importArgs(const QString& file, const QStringList& more = {}) {
    return QStringList{QStringLiteral("hotlist"),
                       QStringLiteral("import"),
                       file,
                       QStringLiteral("--case"),
                       QStringLiteral("HL-7"),
                       QStringLiteral("--reason"),
                       QStringLiteral("Shift briefing list")} +
           more;
}

} // namespace

class TestHotListCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanListExitsZero();
    void rejectedRecordsExitSeven();
    void refusalsExitEight();

private:
    std::unique_ptr<TestStation> m_ts;
    QString m_clean;
};

void TestHotListCli::initTestCase() {
    // The command line runs on the real clock.
    m_ts = std::make_unique<TestStation>(QDateTime::currentDateTimeUtc());
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("amy"), core::Role::Agent) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sue"), core::Role::Supervisor) > 0);
    m_ts->close();
    m_clean = QDir(m_ts->folder()).filePath(QStringLiteral("briefing.csv"));
    QFile file(m_clean);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Plate Number,Description,State/Province\r\n"
               "ABC1234,Burglary suspect,WA\r\n"
               "XYZ987,\"Grey van, dented\",OR\r\n");
}

void TestHotListCli::cleanupTestCase() {
    m_ts.reset();
}

void TestHotListCli::cleanListExitsZero() {
    Run run = runCli(*m_ts, QStringLiteral("amy"),
                     importArgs(m_clean, {QStringLiteral("--list"), QStringLiteral("Briefing")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY(run.out.contains(QStringLiteral("Hot list \"Briefing\" created")));
    QVERIFY(run.out.contains(QStringLiteral("openalpr-alert-list-csv")));
    QVERIFY(run.out.contains(QStringLiteral("stored:       2 (0 with flags)")));
    QVERIFY(run.out.contains(QStringLiteral("2 added, 0 kept, 0 removed")));

    // Again: the list is replaced, not doubled.
    Run again = runCli(*m_ts, QStringLiteral("amy"),
                       importArgs(m_clean, {QStringLiteral("--list"), QStringLiteral("Briefing")}));
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("Hot list \"Briefing\" replaced")));
    QVERIFY(again.out.contains(QStringLiteral("0 added, 2 kept, 0 removed")));
}

void TestHotListCli::rejectedRecordsExitSeven() {
    const QString ncic = QStringLiteral(PL_SAMPLES_DIR) + QStringLiteral("/ncic_hotlist_fixed.txt");
    Run run = runCli(*m_ts, QStringLiteral("amy"), importArgs(ncic));
    QVERIFY2(run.exitCode == 7, qPrintable(run.err + run.out));
    QVERIFY(run.out.contains(QStringLiteral("ncic-lpr-extract-fixed")));
    QVERIFY(run.out.contains(QStringLiteral("rejected:     3")));
    QVERIFY(run.out.contains(QStringLiteral("stored:       15 (6 with flags)")));
    QVERIFY(run.out.contains(QStringLiteral("line 16 REJECT bad_date:entry_date='20241340'")));
    QVERIFY(run.out.contains(QStringLiteral("line 15 DUP duplicate_of_line:14")));
    QVERIFY(run.out.contains(QStringLiteral("line 8 FLAG state_zero_for_O")));
    QVERIFY(run.out.contains(QStringLiteral("line 19 REJECT tab_in_fixed_width_line")));
}

void TestHotListCli::refusalsExitEight() {
    // No case number.
    Run noCase = runCli(*m_ts, QStringLiteral("amy"),
                        {QStringLiteral("hotlist"), QStringLiteral("import"), m_clean,
                         QStringLiteral("--reason"), QStringLiteral("Briefing")});
    QCOMPARE(noCase.exitCode, 8);
    QVERIFY(noCase.err.contains(QStringLiteral("case number")));
    // A file no profile recognises.
    const QString reads =
        QStringLiteral(PL_SAMPLES_DIR) + QStringLiteral("/reads_summary_like.csv");
    Run unknown = runCli(*m_ts, QStringLiteral("amy"), importArgs(reads));
    QCOMPARE(unknown.exitCode, 8);
    QVERIFY(unknown.err.contains(QStringLiteral("No hot-list profile recognises")));
    // No file to read.
    Run missing = runCli(*m_ts, QStringLiteral("amy"),
                         importArgs(QDir(m_ts->folder()).filePath(QStringLiteral("none.txt"))));
    QCOMPARE(missing.exitCode, 8);
    QVERIFY(missing.err.contains(QStringLiteral("none.txt")));
    // A role that may not import lists.
    Run supervisor = runCli(*m_ts, QStringLiteral("sue"), importArgs(m_clean));
    QCOMPARE(supervisor.exitCode, 5);
    // No file named at all.
    Run usage =
        runCli(*m_ts, QStringLiteral("amy"), {QStringLiteral("hotlist"), QStringLiteral("import")});
    QCOMPARE(usage.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestHotListCli)
#include "tst_hotlistcli.moc"
