// plateledger-cli hotlist and alerts commands as scripts use them: a real
// process, results on stdout, messages on stderr, exit codes; alerts only
// ever the caller's own.
#include "core/audit/AuditAction.h"
#include "core/common/TimeFormat.h"
#include "core/hotlist/AlertWriter.h"
#include "core/hotlist/HotListService.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;
using tests::AuditReader;
using tests::TestStation;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;

    QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

Run runCli(const TestStation& ts, const QString& user, const QStringList& arguments,
           const QString& password = TestStation::userPassword()) {
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

QStringList hotlist(const QStringList& words) {
    return QStringList{QStringLiteral("hotlist")} + words;
}

// The lines after the header, each split into its cells.
QList<QStringList> rows(const Run& run) {
    QList<QStringList> out;
    const QStringList lines = run.lines();
    for (qsizetype i = 1; i < lines.size(); ++i)
        out.append(lines.at(i).split(QLatin1Char('\t')));
    return out;
}

QString day(int daysFromToday) {
    return QDateTime::currentDateTimeUtc().date().addDays(daysFromToday).toString(Qt::ISODate);
}

} // namespace

class TestHotListCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addListReviewRemove();
    void alertsAreOnlyTheCallersOwn();
    void reportForSupervisors();
    void usageErrors();

private:
    // Alerts raised through the same writer an import uses, in the store
    // before the command line opens it.
    void raiseAlerts();

    std::unique_ptr<TestStation> m_ts;
    QHash<QString, qint64> m_alertIds; // "amy-hit", "amy-possible", "ivan-hit"
};

void TestHotListCli::init() {
    // The command line uses the real clock.
    m_ts = std::make_unique<TestStation>(QDateTime::currentDateTimeUtc());
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("amy"), core::Role::Agent) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
    m_alertIds.clear();
}

void TestHotListCli::cleanup() {
    m_ts.reset();
}

void TestHotListCli::raiseAlerts() {
    core::StationLogin amy = m_ts->loginActive(QStringLiteral("amy"), TestStation::userPassword());
    core::StationLogin ivan =
        m_ts->loginActive(QStringLiteral("ivan"), TestStation::userPassword());
    QVERIFY(amy.station && ivan.station);
    core::HotListEntryInput input;
    input.plate = QStringLiteral("ABC123");
    input.reason = QStringLiteral("Stolen vehicle report");
    input.caseNumber = QStringLiteral("2026-31");
    input.category = QStringLiteral("stolen_vehicle");
    PL_VERIFY_OK(amy.station->hotLists().add(amy.session, input));
    input.plate = QStringLiteral("KLM456");
    input.caseNumber = QStringLiteral("2026-77");
    PL_VERIFY_OK(ivan.station->hotLists().add(ivan.session, input));

    core::Station& station = m_ts->station();
    core::Database& db = station.database();
    PL_VERIFY_OK(db.exec("INSERT INTO devices (id, name, type, time_zone, created_utc) "
                         "VALUES (1, 'North gate', 'fixed', 'UTC', '2026-01-01T00:00:00.000Z')"));
    auto writer = core::AlertWriter::create(db, station.auditLog(), m_ts->adminSession().actor(),
                                            m_ts->clock());
    PL_VERIFY_OK(writer);
    const QStringList plates = {QStringLiteral("ABC123"), QStringLiteral("KLM456"),
                                QStringLiteral("A8C123")};
    for (const QString& plate : plates) {
        auto tx = core::Transaction::begin(db);
        PL_VERIFY_OK(tx);
        auto insert = db.prepare("INSERT INTO reads (plate_raw, plate, match_key, state, "
                                 "time_ms, device_id, source) VALUES (?1, ?1, ?1, 'TX', ?2, 1, "
                                 "'live')");
        PL_VERIFY_OK(insert);
        const qint64 timeMs = m_ts->clock().nowUtc().toMSecsSinceEpoch();
        insert.value().bind(1, plate).bind(2, timeMs);
        PL_VERIFY_OK(insert.value().run());
        auto raised = writer->onRead(tx.value(), {db.lastInsertRowId(), plate, QStringLiteral("TX"),
                                                  timeMs, QStringLiteral("North gate")});
        PL_VERIFY_OK(raised);
        QCOMPARE(raised.value(), 1);
        PL_VERIFY_OK(tx.value().commit());
    }
    auto ids = db.prepare("SELECT a.id, u.name, a.kind FROM alerts a JOIN users u ON "
                          "u.id = a.owner_id ORDER BY a.id");
    PL_VERIFY_OK(ids);
    while (ids.value().step().value())
        m_alertIds.insert(ids.value().text(1) + QLatin1Char('-') + ids.value().text(2),
                          ids.value().integer(0));
    QCOMPARE(m_alertIds.size(), 3);
}

void TestHotListCli::addListReviewRemove() {
    m_ts->close();
    const QString amy = QStringLiteral("amy");
    Run added = runCli(*m_ts, amy,
                       hotlist({QStringLiteral("add"), QStringLiteral("abc-123"),
                                QStringLiteral("--state"), QStringLiteral("tx"),
                                QStringLiteral("--reason"), QStringLiteral("Stolen in a burglary"),
                                QStringLiteral("--case"), QStringLiteral("2026-5")}));
    QCOMPARE(added.exitCode, 0);
    bool isNumber = false;
    const qint64 first = added.out.trimmed().toLongLong(&isNumber);
    QVERIFY2(isNumber, qPrintable(added.out));

    Run wildcard = runCli(
        *m_ts, amy,
        hotlist({QStringLiteral("add"), QStringLiteral("DEF12?"), QStringLiteral("--state"),
                 QString(), QStringLiteral("--reason"), QStringLiteral("Partial plate, witness"),
                 QStringLiteral("--case"), QStringLiteral("2026-6"), QStringLiteral("--category"),
                 QStringLiteral("felony_vehicle"), QStringLiteral("--expires"), day(30),
                 QStringLiteral("--review-by"), day(100), QStringLiteral("--no-possible")}));
    QCOMPARE(wildcard.exitCode, 0);
    const qint64 second = wildcard.out.trimmed().toLongLong();
    QVERIFY(second > first);

    Run ivanAdded = runCli(
        *m_ts, QStringLiteral("ivan"),
        hotlist({QStringLiteral("add"), QStringLiteral("XYZ789"), QStringLiteral("--state"),
                 QStringLiteral("OK"), QStringLiteral("--reason"), QStringLiteral("Wanted driver"),
                 QStringLiteral("--case"), QStringLiteral("2026-9")}));
    QCOMPARE(ivanAdded.exitCode, 0);

    Run list = runCli(*m_ts, amy, hotlist({QStringLiteral("list")}));
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.lines().value(0),
             QStringLiteral("id\tplate\tstate\tcategory\treason\tcase\towner\tlist\tadded_utc\t"
                            "review_by_utc\texpires_utc\tstatus"));
    QList<QStringList> entries = rows(list);
    QCOMPARE(entries.size(), 2); // not ivan's
    // Newest first.
    const QStringList partial = entries.at(0);
    QCOMPARE(partial.size(), 12);
    QCOMPARE(partial.at(0), QString::number(second));
    QCOMPARE(partial.at(1), QStringLiteral("DEF12?"));
    QCOMPARE(partial.at(2), QString());
    QCOMPARE(partial.at(3), QStringLiteral("felony_vehicle"));
    QCOMPARE(partial.at(9), day(100) + QStringLiteral("T23:59:59.999Z"));
    QCOMPARE(partial.at(10), day(30) + QStringLiteral("T23:59:59.999Z"));
    QCOMPARE(partial.at(11), QStringLiteral("active"));
    const QStringList plain = entries.at(1);
    QCOMPARE(plain.at(0), QString::number(first));
    QCOMPARE(plain.at(1), QStringLiteral("ABC123"));
    QCOMPARE(plain.at(2), QStringLiteral("TX"));
    QCOMPARE(plain.at(3), QStringLiteral("other"));
    QCOMPARE(plain.at(4), QStringLiteral("Stolen in a burglary"));
    QCOMPARE(plain.at(5), QStringLiteral("2026-5"));
    QCOMPARE(plain.at(6), amy);
    QCOMPARE(plain.at(7), QString());
    QVERIFY(core::TimeFormat::fromStorage(plain.at(8)).isValid());
    QCOMPARE(plain.at(10), QString());

    // Station scope is for supervisors.
    Run agentAll = runCli(*m_ts, amy, hotlist({QStringLiteral("list"), QStringLiteral("--all")}));
    QCOMPARE(agentAll.exitCode, 5);
    Run station = runCli(*m_ts, QStringLiteral("sam"),
                         hotlist({QStringLiteral("list"), QStringLiteral("--all")}));
    QCOMPARE(station.exitCode, 0);
    QCOMPARE(rows(station).size(), 3);
    QCOMPARE(rows(station).at(0).at(6), QStringLiteral("ivan"));

    Run reviewed = runCli(*m_ts, amy,
                          hotlist({QStringLiteral("review"), QString::number(first),
                                   QStringLiteral("--note"), QStringLiteral("Still outstanding")}));
    QCOMPARE(reviewed.exitCode, 0);
    QVERIFY(reviewed.out.contains(QStringLiteral("Reviewed hot-list entry %1").arg(first)));
    Run notOwner = runCli(*m_ts, QStringLiteral("ivan"),
                          hotlist({QStringLiteral("review"), QString::number(first)}));
    QCOMPARE(notOwner.exitCode, 5);
    QVERIFY(notOwner.err.contains(QStringLiteral("Only the officer who added")));

    Run removed =
        runCli(*m_ts, amy,
               hotlist({QStringLiteral("remove"), QString::number(first),
                        QStringLiteral("--reason"), QStringLiteral("Vehicle recovered")}));
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(removed.out.contains(QStringLiteral("Removed hot-list entry %1.").arg(first)));
    Run again = runCli(*m_ts, amy,
                       hotlist({QStringLiteral("remove"), QString::number(first),
                                QStringLiteral("--reason"), QStringLiteral("Twice")}));
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("was removed")));

    Run current = runCli(*m_ts, amy, hotlist({QStringLiteral("list")}));
    QCOMPARE(rows(current).size(), 1);
    Run withRemoved =
        runCli(*m_ts, amy, hotlist({QStringLiteral("list"), QStringLiteral("--removed")}));
    QCOMPARE(withRemoved.exitCode, 0);
    entries = rows(withRemoved);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).at(0), QString::number(first));
    QCOMPARE(entries.at(1).at(11), QStringLiteral("removed"));

    // Each change is on the audit trail under the person who made it.
    auto admin = m_ts->login(TestStation::adminName(), TestStation::adminPassword());
    PL_VERIFY_OK(admin);
    core::Database& db = admin.value().station->database();
    QCOMPARE(AuditReader::withAction(db, core::AuditAction::hotListEntryAdded()).size(), 3);
    const core::AuditEvent review =
        AuditReader::last(db, core::AuditAction::hotListEntryReviewed());
    QCOMPARE(review.userName, amy);
    QCOMPARE(review.target, QString::number(first));
    const core::AuditEvent removal =
        AuditReader::last(db, core::AuditAction::hotListEntryRemoved());
    QCOMPARE(removal.reason, QStringLiteral("Vehicle recovered"));
}

void TestHotListCli::alertsAreOnlyTheCallersOwn() {
    raiseAlerts();
    m_ts->close();
    const QString amy = QStringLiteral("amy");
    const QString header = QStringLiteral("id\tkind\tread_plate\tentry_plate\tstate\t"
                                          "read_time_utc\tdevice\tcategory\tcase\t"
                                          "acknowledged_utc");

    Run inbox = runCli(*m_ts, amy, {QStringLiteral("alerts")});
    QCOMPARE(inbox.exitCode, 0);
    QCOMPARE(inbox.lines().value(0), header);
    QList<QStringList> alerts = rows(inbox);
    QCOMPARE(alerts.size(), 2);
    // Newest first: the look-alike read, then the hit.
    QCOMPARE(alerts.at(0).at(0), QString::number(m_alertIds.value(QStringLiteral("amy-possible"))));
    QCOMPARE(alerts.at(0).at(1), QStringLiteral("possible"));
    QCOMPARE(alerts.at(0).at(2), QStringLiteral("A8C123"));
    QCOMPARE(alerts.at(0).at(3), QStringLiteral("ABC123"));
    const QStringList hit = alerts.at(1);
    QCOMPARE(hit.size(), 10);
    QCOMPARE(hit.at(0), QString::number(m_alertIds.value(QStringLiteral("amy-hit"))));
    QCOMPARE(hit.at(1), QStringLiteral("hit"));
    QCOMPARE(hit.at(2), QStringLiteral("ABC123"));
    QCOMPARE(hit.at(4), QStringLiteral("TX"));
    QVERIFY(core::TimeFormat::fromStorage(hit.at(5)).isValid());
    QCOMPARE(hit.at(6), QStringLiteral("North gate"));
    QCOMPARE(hit.at(7), QStringLiteral("stolen_vehicle"));
    QCOMPARE(hit.at(8), QStringLiteral("2026-31"));
    QCOMPARE(hit.at(9), QString());
    QVERIFY(!inbox.out.contains(QStringLiteral("KLM456")));

    Run ivanInbox = runCli(*m_ts, QStringLiteral("ivan"), {QStringLiteral("alerts")});
    QCOMPARE(ivanInbox.exitCode, 0);
    QCOMPARE(rows(ivanInbox).size(), 1);
    QCOMPARE(rows(ivanInbox).at(0).at(2), QStringLiteral("KLM456"));
    // A supervisor has no alerts of their own, and sees nobody else's.
    Run samInbox = runCli(*m_ts, QStringLiteral("sam"), {QStringLiteral("alerts")});
    QCOMPARE(samInbox.exitCode, 0);
    QCOMPARE(rows(samInbox).size(), 0);

    // Someone else's alert is not there for amy.
    const QString ivansAlert = QString::number(m_alertIds.value(QStringLiteral("ivan-hit")));
    Run foreign = runCli(*m_ts, amy, {QStringLiteral("alerts"), QStringLiteral("ack"), ivansAlert});
    QCOMPARE(foreign.exitCode, 1);
    QVERIFY(foreign.err.contains(QStringLiteral("You have no alert %1").arg(ivansAlert)));

    const QString amysHit = QString::number(m_alertIds.value(QStringLiteral("amy-hit")));
    Run ack = runCli(*m_ts, amy,
                     {QStringLiteral("alerts"), QStringLiteral("ack"), amysHit,
                      QStringLiteral("--note"), QStringLiteral("Parked, owner spoken to")});
    QCOMPARE(ack.exitCode, 0);
    QVERIFY(ack.out.contains(QStringLiteral("Acknowledged alert %1.").arg(amysHit)));
    Run twice = runCli(*m_ts, amy, {QStringLiteral("alerts"), QStringLiteral("ack"), amysHit});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY(twice.err.contains(QStringLiteral("already acknowledged")));

    Run open = runCli(*m_ts, amy, {QStringLiteral("alerts")});
    QCOMPARE(rows(open).size(), 1);
    Run all = runCli(*m_ts, amy, {QStringLiteral("alerts"), QStringLiteral("--all")});
    QCOMPARE(all.exitCode, 0);
    alerts = rows(all);
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts.at(1).at(0), amysHit);
    QVERIFY(core::TimeFormat::fromStorage(alerts.at(1).at(9)).isValid());

    // Each alert's first showing is audited once, for its owner; amy's try
    // at ivan's alert is on record as refused.
    auto admin = m_ts->login(TestStation::adminName(), TestStation::adminPassword());
    PL_VERIFY_OK(admin);
    core::Database& db = admin.value().station->database();
    QStringList shown;
    int refused = 0;
    for (const core::AuditEvent& event :
         AuditReader::withAction(db, core::AuditAction::alertShown())) {
        if (event.outcome == QLatin1String("success"))
            shown.append(event.userName + QLatin1Char(':') + event.target);
        else if (event.userName == amy && event.target == ivansAlert)
            ++refused;
    }
    shown.sort();
    QStringList expected = {amy + QLatin1Char(':') + amysHit,
                            amy + QLatin1Char(':') +
                                QString::number(m_alertIds.value(QStringLiteral("amy-possible"))),
                            QStringLiteral("ivan:") + ivansAlert};
    expected.sort();
    QCOMPARE(shown, expected);
    QCOMPARE(refused, 1);
    const core::AuditEvent acknowledged =
        AuditReader::last(db, core::AuditAction::alertAcknowledged());
    QCOMPARE(acknowledged.userName, amy);
    QCOMPARE(acknowledged.reason, QStringLiteral("Parked, owner spoken to"));
}

void TestHotListCli::reportForSupervisors() {
    raiseAlerts();
    m_ts->close();
    const QString month =
        QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyy-MM"));
    const QString sam = QStringLiteral("sam");

    Run shown =
        runCli(*m_ts, sam, hotlist({QStringLiteral("report"), QStringLiteral("--month"), month}));
    QCOMPARE(shown.exitCode, 0);
    const QStringList lines = shown.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("month\t") + month);
    QVERIFY(lines.contains(QStringLiteral("generated_by\tsam")));
    // Two entries added this month, both held; two hits and one possible.
    QVERIFY2(lines.contains(QStringLiteral("\tEntries added by hand\t2\t2\t0\t0\t0\t2\t1")),
             qPrintable(shown.out));
    QVERIFY(lines.contains(QStringLiteral("\ttotal\t2\t2\t0\t0\t0\t2\t1")));
    QVERIFY(shown.out.contains(
        QStringLiteral("\tABC123\t\tstolen_vehicle\t2026-31\tamy\t\t\tno\t1\t1")));
    QVERIFY(shown.err.contains(QStringLiteral("still running")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    Run exported = runCli(*m_ts, sam,
                          hotlist({QStringLiteral("report"), QStringLiteral("--month"), month,
                                   QStringLiteral("--csv"), path}));
    QCOMPARE(exported.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(
        bytes.startsWith(QByteArray("report,hotlist_month\r\nmonth," + month.toLatin1() + "\r\n")));
    QVERIFY(bytes.contains(",total,2,2,0,0,0,2,1\r\n"));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QVERIFY2(exported.out.contains(sha), qPrintable(exported.out));

    Run future = runCli(*m_ts, sam,
                        hotlist({QStringLiteral("report"), QStringLiteral("--month"),
                                 QDateTime::currentDateTimeUtc().date().addMonths(1).toString(
                                     QStringLiteral("yyyy-MM"))}));
    QCOMPARE(future.exitCode, 1);
    QVERIFY(future.err.contains(QStringLiteral("has not begun")));
    Run agent = runCli(*m_ts, QStringLiteral("amy"),
                       hotlist({QStringLiteral("report"), QStringLiteral("--month"), month}));
    QCOMPARE(agent.exitCode, 5);
    Run investigator =
        runCli(*m_ts, QStringLiteral("ivan"),
               hotlist({QStringLiteral("report"), QStringLiteral("--month"), month,
                        QStringLiteral("--csv"), dir.filePath(QStringLiteral("ivan.csv"))}));
    QCOMPARE(investigator.exitCode, 5);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("ivan.csv"))));

    auto admin = m_ts->login(TestStation::adminName(), TestStation::adminPassword());
    PL_VERIFY_OK(admin);
    core::Database& db = admin.value().station->database();
    const QList<core::AuditEvent> viewed =
        AuditReader::withAction(db, core::AuditAction::hotListReportViewed());
    QCOMPARE(viewed.size(), 1);
    QCOMPARE(viewed.first().userName, sam);
    const QList<core::AuditEvent> exports =
        AuditReader::withAction(db, core::AuditAction::hotListReportExported());
    QCOMPARE(exports.size(), 1);
    const QJsonObject details = AuditReader::details(exports.first());
    QCOMPARE(details.value(QStringLiteral("sha256")).toString(), sha);
    QCOMPARE(details.value(QStringLiteral("month")).toString(), month);
    QCOMPARE(details.value(QStringLiteral("file_name")).toString(), QStringLiteral("report.csv"));
    QCOMPARE(details.value(QStringLiteral("client")).toString(), QStringLiteral("cli"));
}

void TestHotListCli::usageErrors() {
    m_ts->close();
    const QString amy = QStringLiteral("amy");
    const auto add = [](const QStringList& more) {
        return hotlist(QStringList{QStringLiteral("add")} + more);
    };
    const QStringList complete = {QStringLiteral("ABC123"), QStringLiteral("--state"),
                                  QStringLiteral("TX"),     QStringLiteral("--reason"),
                                  QStringLiteral("Stolen"), QStringLiteral("--case"),
                                  QStringLiteral("2026-1")};

    // The command line's shape: exit code 2.
    const QList<std::pair<QStringList, QString>> usage = {
        {add({}), QStringLiteral("Give the plate")},
        {add({QStringLiteral("ABC123"), QStringLiteral("--reason"), QStringLiteral("r"),
              QStringLiteral("--case"), QStringLiteral("c")}),
         QStringLiteral("--state")},
        {add(complete + QStringList{QStringLiteral("--expires"), QStringLiteral("2026/12/31")}),
         QStringLiteral("--expires \"2026/12/31\" is not a date")},
        {add(complete + QStringList{QStringLiteral("--review-by"), QStringLiteral("soon")}),
         QStringLiteral("--review-by")},
        {add(complete + QStringList{QStringLiteral("DEF456")}), QStringLiteral("DEF456")},
        {add(complete + QStringList{QStringLiteral("--colour"), QStringLiteral("red")}),
         QStringLiteral("--colour")},
        {hotlist({QStringLiteral("review")}), QStringLiteral("hotlist review ID")},
        {hotlist({QStringLiteral("review"), QStringLiteral("first")}), QStringLiteral("first")},
        {hotlist({QStringLiteral("remove"), QStringLiteral("-3"), QStringLiteral("--reason"),
                  QStringLiteral("x")}),
         QStringLiteral("-3")},
        {hotlist({QStringLiteral("list"), QStringLiteral("everything")}),
         QStringLiteral("everything")},
        {hotlist({QStringLiteral("report")}), QStringLiteral("--month")},
        {hotlist({QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-3")}),
         QStringLiteral("2026-3")},
        {{QStringLiteral("alerts"), QStringLiteral("ack")}, QStringLiteral("alerts ack ID")},
        {{QStringLiteral("alerts"), QStringLiteral("ack"), QStringLiteral("x1")},
         QStringLiteral("x1")},
        {{QStringLiteral("alerts"), QStringLiteral("now")}, QStringLiteral("now")},
        {hotlist({QStringLiteral("frobnicate")}), QStringLiteral("Unknown command")},
    };
    for (const auto& [arguments, message] : usage) {
        const Run run = runCli(*m_ts, amy, arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) +
                                               QStringLiteral(": exit %1").arg(run.exitCode)));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    // What the service refuses, with its message: exit code 1.
    const QList<std::pair<QStringList, QString>> refused = {
        {add({QStringLiteral("ABC123"), QStringLiteral("--state"), QStringLiteral("TX"),
              QStringLiteral("--case"), QStringLiteral("2026-1")}),
         QStringLiteral("Give the reason")},
        {add({QStringLiteral("ABC123"), QStringLiteral("--state"), QStringLiteral("TX"),
              QStringLiteral("--reason"), QStringLiteral("Stolen")}),
         QStringLiteral("Give the case number")},
        {add({QStringLiteral("ABC123"), QStringLiteral("--state"), QStringLiteral("Texas"),
              QStringLiteral("--reason"), QStringLiteral("Stolen"), QStringLiteral("--case"),
              QStringLiteral("2026-1")}),
         QStringLiteral("not a state or province code")},
        {add(complete + QStringList{QStringLiteral("--category"), QStringLiteral("parking")}),
         QStringLiteral("\"parking\" is not a hot-list category")},
        {add(complete + QStringList{QStringLiteral("--review-by"), day(400)}),
         QStringLiteral("at most 365 days")},
        {add(complete + QStringList{QStringLiteral("--expires"), day(-1)}),
         QStringLiteral("expiry date must be in the future")},
        {add({QStringLiteral("A?*"), QStringLiteral("--state"), QStringLiteral("TX"),
              QStringLiteral("--reason"), QStringLiteral("Stolen"), QStringLiteral("--case"),
              QStringLiteral("2026-1")}),
         QStringLiteral("three letters or digits")},
        {hotlist({QStringLiteral("remove"), QStringLiteral("999"), QStringLiteral("--reason"),
                  QStringLiteral("x")}),
         QStringLiteral("There is no hot-list entry 999")},
        {{QStringLiteral("alerts"), QStringLiteral("ack"), QStringLiteral("41")},
         QStringLiteral("You have no alert 41")},
    };
    for (const auto& [arguments, message] : refused) {
        const Run run = runCli(*m_ts, amy, arguments);
        QVERIFY2(run.exitCode == 1, qPrintable(arguments.join(QLatin1Char(' ')) +
                                               QStringLiteral(": exit %1").arg(run.exitCode)));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    // A removal needs its reason.
    Run added = runCli(*m_ts, amy, add(complete));
    QCOMPARE(added.exitCode, 0);
    Run noReason = runCli(*m_ts, amy, hotlist({QStringLiteral("remove"), added.out.trimmed()}));
    QCOMPARE(noReason.exitCode, 1);
    QVERIFY(noReason.err.contains(QStringLiteral("Give the reason the entry is removed")));

    // Not for this role: exit code 5.
    Run supervisor = runCli(*m_ts, QStringLiteral("sam"), add(complete));
    QCOMPARE(supervisor.exitCode, 5);
    // The whole list shows up in the help.
    Run help = runCli(*m_ts, amy, {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const QString& synopsis :
         {QStringLiteral("hotlist add PLATE"), QStringLiteral("hotlist list"),
          QStringLiteral("hotlist review ID"), QStringLiteral("hotlist remove ID"),
          QStringLiteral("hotlist report --month"), QStringLiteral("alerts [--all]"),
          QStringLiteral("alerts ack ID")})
        QVERIFY2(help.out.contains(synopsis), qPrintable(synopsis));
}

QTEST_GUILESS_MAIN(TestHotListCli)
#include "tst_hotlistcommands.moc"
