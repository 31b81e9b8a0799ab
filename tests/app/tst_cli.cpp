// plateledger-cli as scripts use it: a real process, the password from
// PLATELEDGER_PASSWORD, results on stdout, the notice on stderr, exit codes.
#include "core/audit/AuditLog.h"
#include "core/crypto/KeyWrap.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/KeySlotFile.h"
#include "tests/support/TestStation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;
using tests::TestStation;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments, const QString& password = {},
           const QString& newPassword = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PLATELEDGER_PASSWORD"));
    environment.remove(QStringLiteral("PLATELEDGER_NEW_PASSWORD"));
    if (!password.isNull())
        environment.insert(QStringLiteral("PLATELEDGER_PASSWORD"), password);
    if (!newPassword.isNull())
        environment.insert(QStringLiteral("PLATELEDGER_NEW_PASSWORD"), newPassword);
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

QStringList storeArgs(const TestStation& ts, const QString& user) {
    return {QStringLiteral("--store"), ts.storePath(), QStringLiteral("--user"), user};
}

// A connection with the database key, as someone holding the key could open it.
std::unique_ptr<core::Database> rawConnection(const TestStation& ts) {
    auto slots = core::KeySlotFile::read(ts.keySlotPath());
    if (!slots)
        return nullptr;
    const core::KeySlot* slot = slots.value().findSlot(TestStation::adminName());
    if (!slot)
        return nullptr;
    auto key =
        core::KeyWrap::unwrap(slot->wrapped, TestStation::secret(TestStation::adminPassword()));
    if (!key)
        return nullptr;
    auto db = core::Database::open(ts.storePath(), core::Database::OpenMode::ExistingOnly);
    if (!db || !db.value()->applyKey(key.value()))
        return nullptr;
    return std::move(db.value());
}

QStringList actions(const TestStation& ts, int count) {
    auto db = rawConnection(ts);
    QStringList out;
    if (!db)
        return out;
    auto events = core::AuditLog::events(*db, count);
    if (events) {
        for (const core::AuditEvent& event : events.value())
            out.append(event.action);
    }
    return out;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void version();
    void initCreatesStore();
    void passwordsNeverOnCommandLine();
    void infoIsAuditedAndPrintsNotice();
    void wrongPasswordAndMissingStore();
    void auditVerifyDetectsTampering();
    void roleIsChecked();
    void duePasswordBlocksUntilChanged();
    void unknownCommandIsUsageError();
    void importReportsAndExitsByOutcome();
    void importRefusesSameFileUntilConfirmed();
    void killedImportKeepsWholeBatchesAndResumes();
    void recognizePrintsOneLinePerImage();
};

void TestCli::version() {
    const Run run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("plateledger-cli ") + QStringLiteral(PL_VERSION)));
}

void TestCli::initCreatesStore() {
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("station.plstore"));
    const Run run = runCli({QStringLiteral("--store"), path, QStringLiteral("init"),
                            QStringLiteral("--admin"), QStringLiteral("chief")},
                           QStringLiteral("Init-Secret-Pass-1"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Created store")));
    QVERIFY(run.err.contains(QStringLiteral("sole basis for enforcement action")));
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(core::KeySlotFile::pathForDatabase(path)));

    // The administrator exists, with training recorded as of today.
    tests::ManualClock clock(QDateTime::currentDateTimeUtc());
    auto login = core::Station::login(path, QStringLiteral("chief"),
                                      TestStation::secret(QStringLiteral("Init-Secret-Pass-1")),
                                      core::Session::Client::Cli, clock);
    QVERIFY(login);
    QCOMPARE(login.value().session.role, core::Role::Administrator);
    auto events = core::AuditLog::events(login.value().station->database(), 100);
    QVERIFY(events);
    QStringList seen;
    for (const core::AuditEvent& event : events.value())
        seen.append(event.action);
    for (const char* expected :
         {"store.created", "user.created", "training.recorded", "consent.notice_shown", "logout"})
        QVERIFY2(seen.contains(QString::fromLatin1(expected)), expected);

    // A second init on the same path changes nothing.
    const Run again = runCli({QStringLiteral("--store"), path, QStringLiteral("init"),
                              QStringLiteral("--admin"), QStringLiteral("other")},
                             QStringLiteral("Init-Secret-Pass-2"));
    QCOMPARE(again.exitCode, 4);
}

void TestCli::passwordsNeverOnCommandLine() {
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("s.plstore"));
    const Run run = runCli({QStringLiteral("--store"), path, QStringLiteral("init"),
                            QStringLiteral("--admin"), QStringLiteral("chief"),
                            QStringLiteral("--password"), QStringLiteral("Init-Secret-Pass-1")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("never taken on the command line")));
    QVERIFY(!QFile::exists(path));
}

void TestCli::infoIsAuditedAndPrintsNotice() {
    TestStation ts(QDateTime::currentDateTimeUtc());
    QVERIFY(ts.isValid());
    ts.close();
    const Run run = runCli(storeArgs(ts, TestStation::adminName()) << QStringLiteral("info"),
                           TestStation::adminPassword());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Schema version:")));
    QVERIFY(run.out.contains(QStringLiteral("Audit chain head:")));
    QVERIFY(run.out.contains(QStringLiteral("1 active of 1")));
    QVERIFY(!run.out.contains(QStringLiteral("sole basis"))); // stdout stays parseable
    QVERIFY(run.err.contains(QStringLiteral("sole basis for enforcement action")));
    const QStringList recent = actions(ts, 4);
    QCOMPARE(recent, (QStringList{QStringLiteral("logout"), QStringLiteral("store.info_viewed"),
                                  QStringLiteral("consent.notice_shown"),
                                  QStringLiteral("login.success")}));
}

void TestCli::wrongPasswordAndMissingStore() {
    TestStation ts(QDateTime::currentDateTimeUtc());
    QVERIFY(ts.isValid());
    ts.close();
    const Run wrong = runCli(storeArgs(ts, TestStation::adminName()) << QStringLiteral("info"),
                             QStringLiteral("not the password"));
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY(wrong.err.contains(QStringLiteral("Wrong user name or password")));
    QVERIFY(!wrong.err.contains(QStringLiteral("sole basis"))); // no notice without a login

    const Run missing =
        runCli({QStringLiteral("--store"), ts.storePath() + QStringLiteral(".nope"),
                QStringLiteral("--user"), TestStation::adminName(), QStringLiteral("info")},
               TestStation::adminPassword());
    QCOMPARE(missing.exitCode, 4);
    QVERIFY(missing.err.contains(QStringLiteral("There is no store")));

    const Run noUser = runCli({QStringLiteral("--store"), ts.storePath(), QStringLiteral("info")},
                              TestStation::adminPassword());
    QCOMPARE(noUser.exitCode, 2);
}

void TestCli::auditVerifyDetectsTampering() {
    TestStation ts(QDateTime::currentDateTimeUtc());
    QVERIFY(ts.isValid());
    ts.close();
    const QStringList verify = storeArgs(ts, TestStation::adminName())
                               << QStringLiteral("audit") << QStringLiteral("verify");
    const Run intact = runCli(verify, TestStation::adminPassword());
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.out.contains(QStringLiteral("intact")), qPrintable(intact.out));

    {
        auto db = rawConnection(ts);
        QVERIFY(db);
        QVERIFY(db->exec("DROP TRIGGER audit_events_append_only_update"));
        QVERIFY(db->exec("UPDATE audit_events SET reason = 'edited' WHERE seq = 2"));
    }
    const Run broken = runCli(verify, TestStation::adminPassword());
    QCOMPARE(broken.exitCode, 6);
    QVERIFY2(broken.out.contains(QStringLiteral("BROKEN at event #2")), qPrintable(broken.out));
    // The failed verification is itself recorded.
    QVERIFY(actions(ts, 3).contains(QStringLiteral("audit.verified")));
}

void TestCli::roleIsChecked() {
    TestStation ts(QDateTime::currentDateTimeUtc());
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("agent1"), core::Role::Agent));
    ts.close();
    const Run run = runCli(storeArgs(ts, QStringLiteral("agent1"))
                               << QStringLiteral("audit") << QStringLiteral("verify"),
                           TestStation::userPassword());
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.err.contains(QStringLiteral("does not allow")));
}

void TestCli::duePasswordBlocksUntilChanged() {
    TestStation ts(QDateTime::currentDateTimeUtc());
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("temp"), core::Role::Investigator, true));
    ts.close();
    const Run blocked = runCli(storeArgs(ts, QStringLiteral("temp")) << QStringLiteral("info"),
                               TestStation::userPassword());
    QCOMPARE(blocked.exitCode, 3);
    QVERIFY(blocked.err.contains(QStringLiteral("passwd")));

    const Run weak = runCli(storeArgs(ts, QStringLiteral("temp")) << QStringLiteral("passwd"),
                            TestStation::userPassword(), QStringLiteral("weak"));
    QCOMPARE(weak.exitCode, 1);
    QVERIFY(weak.err.contains(QStringLiteral("too short")));

    const Run changed = runCli(storeArgs(ts, QStringLiteral("temp")) << QStringLiteral("passwd"),
                               TestStation::userPassword(), QStringLiteral("Chosen-By-Me-2026"));
    QCOMPARE(changed.exitCode, 0);
    const Run info = runCli(storeArgs(ts, QStringLiteral("temp")) << QStringLiteral("info"),
                            QStringLiteral("Chosen-By-Me-2026"));
    QCOMPARE(info.exitCode, 0);
}

void TestCli::unknownCommandIsUsageError() {
    const Run run = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("Unknown command")));
    const Run help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("audit verify")));
}

namespace {
const QString samples = QStringLiteral(PL_SAMPLES_DIR);

// `rows` distinct reads in the plain list layout.
bool writePlainList(const QString& path, int rows) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("plate,state,date,time,lat,lon,device\n");
    QByteArray chunk;
    for (int i = 0; i < rows; ++i) {
        const QTime time = QTime(0, 0).addSecs(i % 86400);
        chunk.append("K")
            .append(QByteArray::number(1000000 + i))
            .append(",TX,")
            .append(QDate(2024, 1, 1).addDays(i / 86400).toString(Qt::ISODate).toLatin1())
            .append(',')
            .append(time.toString(QStringLiteral("HH:mm:ss")).toLatin1())
            .append(",30.25,-97.75,\n");
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

qint64 scalar(core::Database& db, const char* sql) {
    auto query = db.prepare(sql);
    if (!query || !query->step().value())
        return -1;
    return query->integer(0);
}
} // namespace

void TestCli::importReportsAndExitsByOutcome() {
    TestStation ts(QDateTime::currentDateTimeUtc());
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("agent"), core::Role::Agent));
    ts.close();
    QTemporaryDir dir;
    const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
    Run run = runCli(storeArgs(ts, QStringLiteral("agent")) +
                         QStringList{QStringLiteral("import"),
                                     samples + QStringLiteral("/reads_summary_like.csv"),
                                     QStringLiteral("--device"), QStringLiteral("UNIT-0412-MDC"),
                                     QStringLiteral("--rejects"), rejects},
                     TestStation::userPassword());
    // Some rows were rejected: its own exit code, the summary on stdout.
    QCOMPARE(run.exitCode, 7);
    QVERIFY2(run.out.contains(QStringLiteral("reads stored:       15 (5 with flags)")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("rows rejected:      4")));
    QVERIFY(
        run.out.contains(QStringLiteral("line 16 REJECTED bad_datetime:'13/07/2024 - 16:41:00'")));
    QVERIFY(run.err.contains(QStringLiteral("20 rows, 100%")));
    QFile written(rejects);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll().count('\n'), 6); // header, 4 rejected, 1 duplicate

    // A file with nothing wrong: exit 0.
    const QString clean = dir.filePath(QStringLiteral("clean.csv"));
    QVERIFY(writePlainList(clean, 10));
    run = runCli(storeArgs(ts, QStringLiteral("agent")) +
                     QStringList{QStringLiteral("import"), clean, QStringLiteral("--device"),
                                 QStringLiteral("U7"), QStringLiteral("--device-type"),
                                 QStringLiteral("mobile"), QStringLiteral("--tz"),
                                 QStringLiteral("America/Chicago")},
                 TestStation::userPassword());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("reads stored:       10 (0 with flags)")));

    // A file that cannot be imported: the failure code, nothing stored.
    const QString garbage = dir.filePath(QStringLiteral("garbage.csv"));
    QFile bad(garbage);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray(4096, '\0'));
    bad.close();
    run = runCli(storeArgs(ts, QStringLiteral("agent")) +
                     QStringList{QStringLiteral("import"), garbage, QStringLiteral("--device"),
                                 QStringLiteral("U7"), QStringLiteral("--profile"),
                                 QStringLiteral("plain-reads-csv")},
                 TestStation::userPassword());
    QCOMPARE(run.exitCode, 8);
    QVERIFY(run.err.contains(QStringLiteral("garbage.csv")));

    // The refused file left no import record: two imports are listed.
    run = runCli(storeArgs(ts, TestStation::adminName()) +
                     QStringList{QStringLiteral("import"), QStringLiteral("list")},
                 TestStation::adminPassword());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count(QLatin1Char('\n')), 2);
}

void TestCli::importRefusesSameFileUntilConfirmed() {
    TestStation ts(QDateTime::currentDateTimeUtc());
    QVERIFY(ts.isValid());
    ts.close();
    const QStringList import = {QStringLiteral("import"),
                                samples + QStringLiteral("/reads_summary_like.csv"),
                                QStringLiteral("--device"), QStringLiteral("UNIT-0412-MDC")};
    QCOMPARE(runCli(storeArgs(ts, TestStation::adminName()) + import, TestStation::adminPassword())
                 .exitCode,
             7);
    Run run =
        runCli(storeArgs(ts, TestStation::adminName()) + import, TestStation::adminPassword());
    QCOMPARE(run.exitCode, 8);
    QVERIFY(run.err.contains(QStringLiteral("--confirm-reimport")));
    QVERIFY(actions(ts, 3).contains(QStringLiteral("import.refused")));
    run = runCli(storeArgs(ts, TestStation::adminName()) + import +
                     QStringList{QStringLiteral("--confirm-reimport")},
                 TestStation::adminPassword());
    QCOMPARE(run.exitCode, 7); // the same rows are rejected again
    QVERIFY(run.out.contains(QStringLiteral("duplicates skipped: 16")));
}

void TestCli::killedImportKeepsWholeBatchesAndResumes() {
    TestStation ts(QDateTime::currentDateTimeUtc());
    QVERIFY(ts.isValid());
    ts.close();
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("big.csv"));
    constexpr int rows = 800000;
    QVERIFY(writePlainList(list, rows));

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PLATELEDGER_PASSWORD"), TestStation::adminPassword());
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(PL_CLI_PATH),
                  storeArgs(ts, TestStation::adminName()) +
                      QStringList{QStringLiteral("import"), list, QStringLiteral("--device"),
                                  QStringLiteral("U1"), QStringLiteral("--tz"),
                                  QStringLiteral("UTC")});
    QVERIFY(process.waitForStarted());
    // Progress lines end in \r: "<rows> rows, <percent>%". Kill once past
    // the first batch (200,000 rows at most), mid-batch.
    QByteArray progress;
    qint64 seen = 0;
    QRegularExpression line(QStringLiteral("(\\d+) rows, \\d+%"));
    while (seen < 260000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(1000);
        progress.append(process.readAllStandardError());
        auto matches = line.globalMatch(QString::fromLatin1(progress));
        while (matches.hasNext())
            seen = qMax(seen, matches.next().captured(1).toLongLong());
    }
    QVERIFY2(process.state() == QProcess::Running, "the import ended before it could be killed");
    process.kill(); // SIGKILL: no chance to clean up
    QVERIFY(process.waitForFinished());

    {
        auto db = rawConnection(ts);
        QVERIFY(db);
        // Whole batches only, and the record agrees with the store.
        const qint64 stored = scalar(*db, "SELECT count(*) FROM reads");
        QVERIFY2(stored >= 200000 && stored < rows, qPrintable(QString::number(stored)));
        QCOMPARE(scalar(*db, "SELECT reads_stored FROM imports WHERE id = 1"), stored);
        QCOMPARE(scalar(*db, "SELECT rows_read FROM imports WHERE id = 1"), stored);
        QCOMPARE(
            scalar(*db, "SELECT count(*) FROM reads WHERE import_id IS NULL OR import_id <> 1"), 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM imports WHERE status = 'running'"), 1);
    }
    Run listed = runCli(storeArgs(ts, TestStation::adminName()) +
                            QStringList{QStringLiteral("import"), QStringLiteral("list")},
                        TestStation::adminPassword());
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("\tinterrupted\t")), qPrintable(listed.out));

    Run resumed = runCli(
        storeArgs(ts, TestStation::adminName()) +
            QStringList{QStringLiteral("import"), QStringLiteral("resume"), QStringLiteral("1")},
        TestStation::adminPassword());
    QCOMPARE(resumed.exitCode, 0);
    auto db = rawConnection(ts);
    QVERIFY(db);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM reads"), rows);
    QCOMPARE(scalar(*db, "SELECT count(DISTINCT plate) FROM reads"), rows);
    QCOMPARE(scalar(*db, "SELECT reads_stored FROM imports WHERE id = 1"), rows);
    QCOMPARE(scalar(*db, "SELECT rows_read FROM imports WHERE id = 1"), rows);
    QVERIFY(actions(ts, 5).contains(QStringLiteral("import.resumed")));
}

void TestCli::recognizePrintsOneLinePerImage() {
    // Three cropped plates of the shared dataset, and a file that is no image.
    const QDir crops(QStringLiteral(PL_DATASETS_DIR "/alpr-us-plates-dev/images"));
    const QStringList names =
        crops.entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files, QDir::Name)
            .mid(0, 3);
    QVERIFY2(names.size() == 3, qPrintable(crops.path()));
    QTemporaryDir dir;
    for (const QString& name : names)
        QVERIFY(QFile::copy(crops.filePath(name), QDir(dir.path()).filePath(name)));

    const Run tsv = runCli({QStringLiteral("recognize"), dir.path(), QStringLiteral("--tsv")});
    QCOMPARE(tsv.exitCode, 0);
    const QStringList lines = tsv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    int read = 0;
    for (int i = 0; i < 3; ++i) {
        const QStringList fields = lines[i].split(QLatin1Char('\t'));
        QCOMPARE(fields.first(), names[i]);
        for (const QString& plate : fields.mid(1))
            QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z0-9]+$")).match(plate).hasMatch(),
                     qPrintable(lines[i]));
        read += fields.size() > 1;
    }
    QVERIFY(read >= 1);

    const Run json = runCli({QStringLiteral("recognize"), QDir(dir.path()).filePath(names.first()),
                             QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray images = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(images.size(), 1);
    QVERIFY(images.first().toObject().contains(QStringLiteral("plates")));

    QFile notImage(QDir(dir.path()).filePath(QStringLiteral("notes.jpg")));
    QVERIFY(notImage.open(QIODevice::WriteOnly));
    notImage.write("not a photo");
    notImage.close();
    const Run bad = runCli({QStringLiteral("recognize"), notImage.fileName(),
                            QDir(dir.path()).filePath(names.first()), QStringLiteral("--tsv")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains(QStringLiteral("notes.jpg")));
    QCOMPARE(bad.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);

    QCOMPARE(runCli({QStringLiteral("recognize")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("recognize"), dir.path(), QStringLiteral("--tsv"),
                     QStringLiteral("--json")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
