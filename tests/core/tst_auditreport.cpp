// The audit report of a period: every figure checked against a trail of
// hand-made events (and a real search and refusal) placed around the
// period's edges, reads of known plates, and users whose training lapses
// around the report's end; its CSV with the formula guard; and that each
// view and export is recorded and only supervisors and administrators may.

#include "core/accounts/AccountService.h"
#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditReport.h"
#include "core/audit/AuditReportService.h"
#include "core/cases/CaseService.h"
#include "core/cases/CaseTypes.h"
#include "core/common/Csv.h"
#include "core/common/TimeFormat.h"
#include "core/search/SearchService.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace pl;
using core::AuditReport;
using core::ErrorCode;
using tests::AuditReader;
using tests::TestStation;

namespace {

QDateTime utc(int year, int month, int day, int hour = 9, int minute = 0, int second = 0,
              int ms = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

QDateTime midnight(int year, int month, int day) {
    return utc(year, month, day, 0);
}

QJsonObject window(const QString& basis, const QString& offense = {}) {
    QJsonObject w{{QStringLiteral("basis"), basis}, {QStringLiteral("years"), 5}};
    if (!offense.isEmpty())
        w.insert(QStringLiteral("offense"), offense);
    return {{QStringLiteral("window"), w}};
}

} // namespace

class TestAuditReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void csvCells_data();
    void csvCells();
    void periods_data();
    void periods();
    void quarterFigures();
    void runningPeriodIsReportedUpToNow();
    void badPeriodsAreRefused();
    void viewingIsAudited();
    void csvExportWritesAndAudits();
    void csvCellsFromTheTrailAreGuarded();
    void documentExportWritesAndAudits();
    void failedExportsLeaveNoFileAndNoRecord();
    void onlySupervisorsAndAdministratorsSeeReports();

private:
    void buildHistory();
    void event(const QDateTime& when, const core::StationLogin& who, const QString& action,
               core::AuditOutcome outcome, const QJsonObject& details = {},
               const QString& kind = {});
    void eventAs(const QDateTime& when, const core::AuditActor& actor, const QString& action,
                 core::AuditOutcome outcome, const QJsonObject& details, const QString& kind);
    void read(const QString& plate, const QDateTime& when);
    qint64 userWithTraining(const QString& name, const QDate& completed);
    core::Result<AuditReport> quarterReport(core::StationLogin& who);

    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_amy;  // agent
    core::StationLogin m_ivan; // investigator
    core::StationLogin m_sam;  // supervisor
    qint64 m_amyId = 0;
    qint64 m_ivanId = 0;
};

void TestAuditReport::init() {
    m_ts = std::make_unique<TestStation>(utc(2026, 1, 10));
    QVERIFY(m_ts->isValid());
    m_amyId = m_ts->addUser(QStringLiteral("amy"), core::Role::Agent);
    m_ivanId = m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator);
    QVERIFY(m_amyId > 0 && m_ivanId > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
    m_amy = m_ts->loginActive(QStringLiteral("amy"), TestStation::userPassword());
    m_ivan = m_ts->loginActive(QStringLiteral("ivan"), TestStation::userPassword());
    m_sam = m_ts->loginActive(QStringLiteral("sam"), TestStation::userPassword());
    QVERIFY(m_amy.station && m_ivan.station && m_sam.station);
}

void TestAuditReport::cleanup() {
    m_amy = {};
    m_ivan = {};
    m_sam = {};
    m_ts.reset();
}

void TestAuditReport::eventAs(const QDateTime& when, const core::AuditActor& actor,
                              const QString& action, core::AuditOutcome outcome,
                              const QJsonObject& details, const QString& kind) {
    core::Station& station = m_ts->station();
    auto tx = core::Transaction::begin(station.database());
    PL_VERIFY_OK(tx);
    core::AuditRecord record{action, outcome, kind};
    record.details = details;
    PL_VERIFY_OK(station.auditLog().appendAt(tx.value(), actor, record, when));
    PL_VERIFY_OK(tx.value().commit());
}

void TestAuditReport::event(const QDateTime& when, const core::StationLogin& who,
                            const QString& action, core::AuditOutcome outcome,
                            const QJsonObject& details, const QString& kind) {
    eventAs(when, who.session.actor(), action, outcome, details, kind);
}

void TestAuditReport::read(const QString& plate, const QDateTime& when) {
    core::Database& db = m_ts->station().database();
    PL_VERIFY_OK(db.exec("INSERT OR IGNORE INTO devices (id, name, type, time_zone, created_utc) "
                         "VALUES (1, 'North gate', 'fixed', 'UTC', '2025-01-01T00:00:00.000Z')"));
    auto insert = db.prepare("INSERT INTO reads (plate_raw, plate, match_key, time_ms, device_id, "
                             "source) VALUES (?1, ?1, ?1, ?2, 1, 'live')");
    PL_VERIFY_OK(insert);
    insert.value().bind(1, plate).bind(2, when.toMSecsSinceEpoch());
    PL_VERIFY_OK(insert.value().run());
}

qint64 TestAuditReport::userWithTraining(const QString& name, const QDate& completed) {
    const qint64 id = m_ts->addUser(name, core::Role::Agent);
    if (id > 0 && completed.isValid()) {
        const auto recorded =
            m_ts->station().accounts().recordTraining(m_ts->adminSession(), id, completed);
        if (!recorded)
            qWarning("training %s: %s", qPrintable(name), qPrintable(recorded.error().message()));
    }
    return id;
}

core::Result<AuditReport> TestAuditReport::quarterReport(core::StationLogin& who) {
    return who.station->auditReports().report(who.session, midnight(2026, 1, 1),
                                              midnight(2026, 4, 1));
}

// The first quarter of 2026, with events just outside it on both sides.
void TestAuditReport::buildHistory() {
    using core::AuditOutcome;
    namespace A = core::AuditAction;
    const QString admin = QStringLiteral("administrative");
    const QString criminal = QStringLiteral("criminal");

    // Training (validity 365 days); the report's end is 2026-04-01, its
    // horizon 2026-05-01.
    core::AccountService& accounts = m_ts->station().accounts();
    PL_VERIFY_OK(accounts.recordTraining(m_ts->adminSession(), m_amyId, QDate(2025, 4, 20)));
    PL_VERIFY_OK(accounts.recordTraining(m_ts->adminSession(), m_ivanId, QDate(2025, 3, 1)));
    QVERIFY(userWithTraining(QStringLiteral("bob"), QDate(2025, 5, 1)) > 0);  // on the horizon
    QVERIFY(userWithTraining(QStringLiteral("cleo"), QDate(2025, 5, 2)) > 0); // a day after
    const qint64 eve = userWithTraining(QStringLiteral("eve"), QDate(2025, 1, 1));
    QVERIFY(eve > 0);
    PL_VERIFY_OK(accounts.deactivate(m_ts->adminSession(), eve, QStringLiteral("left")));
    core::NewUser dan;
    dan.name = QStringLiteral("dan");
    dan.displayName = QStringLiteral("Dan Doe");
    dan.temporaryPassword = TestStation::secret(TestStation::userPassword());
    PL_VERIFY_OK(accounts.createUser(m_ts->adminSession(), dan)); // no training recorded

    // Searches run and refused.
    event(utc(2025, 12, 31, 23, 59, 59, 999), m_amy, A::searchRun(), AuditOutcome::Success,
          window(admin));
    event(midnight(2026, 1, 1), m_amy, A::searchRun(), AuditOutcome::Success, window(admin));
    event(utc(2026, 2, 20), m_amy, A::searchRun(), AuditOutcome::Success, window(admin));
    event(utc(2026, 3, 5), m_amy, A::searchRun(), AuditOutcome::Success,
          window(criminal, QStringLiteral("homicide")));
    event(utc(2026, 1, 15), m_ivan, A::searchRun(), AuditOutcome::Success,
          window(criminal, QStringLiteral("homicide")));
    event(utc(2026, 3, 31, 23, 59, 59, 999), m_ivan, A::searchRun(), AuditOutcome::Success,
          window(criminal, QStringLiteral("homicide")));
    event(utc(2026, 2, 10), m_ivan, A::searchRun(), AuditOutcome::Success,
          window(criminal, QStringLiteral("felony")));
    event(midnight(2026, 4, 1), m_amy, A::searchRun(), AuditOutcome::Success, window(admin));
    event(utc(2026, 1, 20), m_amy, A::searchRefused(), AuditOutcome::Refused);
    event(utc(2026, 2, 25), m_ivan, A::searchRefused(), AuditOutcome::Refused);
    event(utc(2026, 3, 10), m_ivan, A::searchRefused(), AuditOutcome::Refused);

    // A real search of a fraud case, and a real refusal (no reason).
    m_ts->clock().set(utc(2026, 2, 3));
    core::NewCase fraud;
    fraud.number = QStringLiteral("C-7");
    fraud.title = QStringLiteral("Invoices");
    fraud.kind = core::NewCase::Kind::Criminal;
    fraud.offense = QStringLiteral("fraud");
    PL_VERIFY_OK(m_ivan.station->cases().open(m_ivan.session, fraud));
    core::SearchRequest search;
    search.caseNumber = fraud.number;
    search.reason = QStringLiteral("Suspect vehicle");
    search.pattern = QStringLiteral("AAA111");
    PL_VERIFY_OK(m_ivan.station->search().search(m_ivan.session, search));
    search.reason.clear();
    PL_VERIFY_ERROR(m_ivan.station->search().search(m_ivan.session, search),
                    ErrorCode::InvalidArgument);

    // Alerts, by owner.
    const auto alert = [](qint64 owner) {
        return QJsonObject{{QStringLiteral("owner_id"), owner}, {QStringLiteral("entry_id"), 1}};
    };
    event(utc(2026, 1, 5), m_amy, A::alertCreated(), AuditOutcome::Success, alert(m_amyId));
    event(utc(2026, 3, 3), m_amy, A::alertCreated(), AuditOutcome::Success, alert(m_amyId));
    event(utc(2026, 2, 1), m_amy, A::alertCreated(), AuditOutcome::Success, alert(m_ivanId));
    event(utc(2026, 3, 20), m_amy, A::alertCreated(), AuditOutcome::Success, alert(999));
    event(utc(2026, 4, 2), m_amy, A::alertCreated(), AuditOutcome::Success, alert(m_amyId));

    // Exceptions: an attempt to decide one's own request is no decision.
    event(utc(2026, 1, 12), m_ivan, A::exceptionRequested(), AuditOutcome::Success);
    event(utc(2026, 2, 12), m_ivan, A::exceptionRequested(), AuditOutcome::Success);
    event(utc(2026, 1, 13), m_sam, A::exceptionApproved(), AuditOutcome::Success);
    event(utc(2026, 2, 13), m_ivan, A::exceptionApproved(), AuditOutcome::Refused);
    event(utc(2026, 2, 14), m_sam, A::exceptionRefused(), AuditOutcome::Success);

    // Imports, a capture, a purge (two batches and the run's summary).
    const auto counts = [](qint64 stored, qint64 duplicates, qint64 rejected) {
        return QJsonObject{{QStringLiteral("rowsRead"), stored + duplicates + rejected},
                           {QStringLiteral("stored"), stored},
                           {QStringLiteral("duplicates"), duplicates},
                           {QStringLiteral("rejected"), rejected}};
    };
    event(utc(2025, 12, 20), m_amy, A::importCompleted(), AuditOutcome::Success, counts(1000, 0, 0),
          QStringLiteral("import"));
    event(utc(2026, 1, 20), m_amy, A::importCompleted(), AuditOutcome::Success, counts(100, 3, 1),
          QStringLiteral("import"));
    event(utc(2026, 3, 2), m_amy, A::importCompleted(), AuditOutcome::Success, counts(50, 0, 2),
          QStringLiteral("import"));
    event(utc(2026, 3, 3), m_amy, A::importCancelled(), AuditOutcome::Failure, counts(7, 0, 0),
          QStringLiteral("import"));
    event(utc(2026, 2, 8), m_amy, A::cameraStopped(), AuditOutcome::Success,
          {{QStringLiteral("reads"), 12}, {QStringLiteral("frames"), 900}},
          QStringLiteral("camera"));
    const core::AuditActor adminActor = m_ts->adminSession().actor();
    eventAs(utc(2026, 3, 1), adminActor, A::retentionPurged(), AuditOutcome::Success,
            {{QStringLiteral("count"), 40}}, QStringLiteral("reads"));
    eventAs(utc(2026, 3, 1), adminActor, A::retentionPurged(), AuditOutcome::Success,
            {{QStringLiteral("count"), 25}}, QStringLiteral("reads"));
    eventAs(utc(2026, 3, 1), adminActor, A::retentionPurged(), AuditOutcome::Success,
            {{QStringLiteral("count"), 65}}, QStringLiteral("run"));

    // Reads: in January AAA 7 times, BBB 4, CCC 3; in February BBB 6 times
    // (all before the 15th), CCC once. CCC's 4 reads span two months.
    read(QStringLiteral("AAA111"), utc(2025, 12, 31, 23, 59, 59));
    for (int i = 0; i < 7; ++i)
        read(QStringLiteral("AAA111"), utc(2026, 1, 3 + i));
    for (int i = 0; i < 4; ++i)
        read(QStringLiteral("BBB222"), utc(2026, 1, 20 + i));
    for (int i = 0; i < 3; ++i)
        read(QStringLiteral("CCC333"), utc(2026, 1, 31, 10 + i));
    for (int i = 0; i < 6; ++i)
        read(QStringLiteral("BBB222"), utc(2026, 2, 2 + i));
    read(QStringLiteral("CCC333"), utc(2026, 2, 20));
    read(QStringLiteral("AAA111"), midnight(2026, 4, 1));

    m_ts->clock().set(utc(2026, 4, 15));
}

void TestAuditReport::csvCells_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringLiteral("ABC123") << QStringLiteral("ABC123");
    QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("'-5");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tX") << QStringLiteral("'\tX");
    QTest::newRow("carriage return") << QStringLiteral("\rX") << QStringLiteral("\"'\rX\"");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
}

void TestAuditReport::csvCells() {
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(core::Csv::cell(value), cell);
    QCOMPARE(core::Csv::line({value, QStringLiteral("x")}),
             (cell + QStringLiteral(",x\r\n")).toUtf8());
}

void TestAuditReport::periods_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("end"); // excluded
    QTest::newRow("month") << QStringLiteral("month") << QDate(2026, 2, 17) << QDate(2026, 2, 1)
                           << QDate(2026, 3, 1);
    QTest::newRow("december") << QStringLiteral("month") << QDate(2025, 12, 31)
                              << QDate(2025, 12, 1) << QDate(2026, 1, 1);
    QTest::newRow("q1") << QStringLiteral("quarter") << QDate(2026, 3, 31) << QDate(2026, 1, 1)
                        << QDate(2026, 4, 1);
    QTest::newRow("q4") << QStringLiteral("quarter") << QDate(2026, 10, 1) << QDate(2026, 10, 1)
                        << QDate(2027, 1, 1);
    QTest::newRow("previous of q2") << QStringLiteral("previous") << QDate(2026, 4, 15)
                                    << QDate(2026, 1, 1) << QDate(2026, 4, 1);
    QTest::newRow("previous of q1") << QStringLiteral("previous") << QDate(2026, 1, 1)
                                    << QDate(2025, 10, 1) << QDate(2026, 1, 1);
}

void TestAuditReport::periods() {
    QFETCH(QString, kind);
    QFETCH(QDate, day);
    QFETCH(QDate, first);
    QFETCH(QDate, end);
    const AuditReport::Period period =
        kind == QLatin1String("month")     ? AuditReport::Period::month(day)
        : kind == QLatin1String("quarter") ? AuditReport::Period::quarter(day)
                                           : AuditReport::Period::previousQuarter(day);
    QCOMPARE(period.fromUtc, QDateTime(first, QTime(0, 0), Qt::UTC));
    QCOMPARE(period.toUtc, QDateTime(end, QTime(0, 0), Qt::UTC));
    QVERIFY(period.isValid());
    const AuditReport::Period days = AuditReport::Period::days(first, end.addDays(-1));
    QCOMPARE(days.fromUtc, period.fromUtc);
    QCOMPARE(days.toUtc, period.toUtc);
    QCOMPARE(days.text(),
             QStringLiteral("%1 to %2")
                 .arg(first.toString(Qt::ISODate), end.addDays(-1).toString(Qt::ISODate)));
}

void TestAuditReport::quarterFigures() {
    buildHistory();
    auto report = quarterReport(m_sam);
    PL_VERIFY_OK(report);
    const AuditReport& r = report.value();
    QCOMPARE(r.fromUtc, midnight(2026, 1, 1));
    QCOMPARE(r.toUtc, midnight(2026, 4, 1));
    QCOMPARE(r.asOfUtc, r.toUtc);
    QVERIFY(!r.isPartial());
    QCOMPARE(r.generatedUtc, utc(2026, 4, 15));
    QCOMPARE(r.generatedBy, QStringLiteral("sam"));

    // amy: Jan 1 (at the start), Feb 20, Mar 5; ivan: Jan 15, Feb 3 (real),
    // Feb 10, Mar 31 (last millisecond). Refused: amy Jan 20; ivan Feb 3
    // (real), Feb 25, Mar 10.
    QCOMPARE(r.searches, 7);
    QCOMPARE(r.searchesRefused, 4);
    QCOMPARE(r.searchesByUser.size(), 2);
    QCOMPARE(r.searchesByUser.at(0).userName, QStringLiteral("ivan"));
    QCOMPARE(r.searchesByUser.at(0).searches, 4);
    QCOMPARE(r.searchesByUser.at(0).refused, 3);
    QCOMPARE(r.searchesByUser.at(1).userName, QStringLiteral("amy"));
    QCOMPARE(r.searchesByUser.at(1).searches, 3);
    QCOMPARE(r.searchesByUser.at(1).refused, 1);

    QCOMPARE(r.searchesByCategory.size(), 4);
    const QStringList labels = {QStringLiteral("Criminal: Homicide"),
                                QStringLiteral("Administrative"),
                                QStringLiteral("Criminal: Other felony"),
                                QStringLiteral("Criminal: Fraud and financial crime")};
    const QList<qint64> counts = {3, 2, 1, 1};
    for (int i = 0; i < labels.size(); ++i) {
        QCOMPARE(r.searchesByCategory.at(i).label, labels.at(i));
        QCOMPARE(r.searchesByCategory.at(i).searches, counts.at(i));
    }
    QCOMPARE(r.searchesByCategory.at(0).basis, QStringLiteral("criminal"));
    QCOMPARE(r.searchesByCategory.at(0).offense, QStringLiteral("homicide"));
    QCOMPARE(r.searchesByCategory.at(1).basis, QStringLiteral("administrative"));
    QVERIFY(r.searchesByCategory.at(1).offense.isEmpty());
    QCOMPARE(r.searchesByCategory.at(3).offense, QStringLiteral("fraud"));

    QCOMPARE(r.alerts, 4);
    QCOMPARE(r.alertsByOwner.size(), 3);
    QCOMPARE(r.alertsByOwner.at(0).ownerName, QStringLiteral("amy"));
    QCOMPARE(r.alertsByOwner.at(0).alerts, 2);
    QCOMPARE(r.alertsByOwner.at(1).ownerName, QStringLiteral("ivan"));
    QCOMPARE(r.alertsByOwner.at(1).alerts, 1);
    QCOMPARE(r.alertsByOwner.at(2).ownerId, 999);
    QCOMPARE(r.alertsByOwner.at(2).ownerName, QStringLiteral("#999"));

    QCOMPARE(r.exceptionsRequested, 2);
    QCOMPARE(r.exceptionsApproved, 1);
    QCOMPARE(r.exceptionsRefused, 1);

    QCOMPARE(r.importsCompleted, 2);
    QCOMPARE(r.importsNotCompleted, 1);
    QCOMPARE(r.importReadsStored, 150);
    QCOMPARE(r.importDuplicates, 3);
    QCOMPARE(r.importRejected, 3);
    QCOMPARE(r.captures, 1);
    QCOMPARE(r.liveReads, 12);
    QCOMPARE(r.purgeRuns, 1);
    QCOMPARE(r.readsPurged, 65);

    // dan never trained; ivan lapsed 2026-03-01; amy lapses 2026-04-20, bob
    // on the horizon 2026-05-01; cleo a day later; eve is deactivated.
    QCOMPARE(r.trainingReference, QDate(2026, 4, 1));
    QCOMPARE(r.trainingDue.size(), 4);
    QCOMPARE(r.trainingDue.at(0).userName, QStringLiteral("dan"));
    QVERIFY(!r.trainingDue.at(0).expires.isValid());
    QCOMPARE(r.trainingDue.at(1).userName, QStringLiteral("ivan"));
    QCOMPARE(r.trainingDue.at(1).expires, QDate(2026, 3, 1));
    QVERIFY(r.trainingDue.at(1).expired);
    QCOMPARE(r.trainingDue.at(1).role, core::Role::Investigator);
    QCOMPARE(r.trainingDue.at(2).userName, QStringLiteral("amy"));
    QCOMPARE(r.trainingDue.at(2).completed, QDate(2025, 4, 20));
    QCOMPARE(r.trainingDue.at(2).expires, QDate(2026, 4, 20));
    QVERIFY(!r.trainingDue.at(2).expired);
    QCOMPARE(r.trainingDue.at(3).userName, QStringLiteral("bob"));
    QCOMPARE(r.trainingDue.at(3).expires, QDate(2026, 5, 1));

    QCOMPARE(r.plateMonths.size(), 3);
    const AuditReport::PlateMonth& jan = r.plateMonths.at(0);
    QCOMPARE(jan.month, QDate(2026, 1, 1));
    QVERIFY(jan.whole);
    QCOMPARE(jan.reads, 14);
    QCOMPARE(jan.plates, 3);
    QCOMPARE(jan.platesOften, 2);
    QCOMPARE(jan.platesVeryOften, 1);
    const AuditReport::PlateMonth& feb = r.plateMonths.at(1);
    QCOMPARE(feb.month, QDate(2026, 2, 1));
    QCOMPARE(feb.reads, 7);
    QCOMPARE(feb.plates, 2);
    QCOMPARE(feb.platesOften, 1);
    QCOMPARE(feb.platesVeryOften, 0);
    const AuditReport::PlateMonth& mar = r.plateMonths.at(2);
    QCOMPARE(mar.month, QDate(2026, 3, 1));
    QCOMPARE(mar.reads, 0);
    QCOMPARE(mar.plates, 0);
}

void TestAuditReport::runningPeriodIsReportedUpToNow() {
    buildHistory();
    m_ts->clock().set(utc(2026, 2, 15, 12));
    auto report = quarterReport(m_sam);
    PL_VERIFY_OK(report);
    const AuditReport& r = report.value();
    QVERIFY(r.isPartial());
    QCOMPARE(r.asOfUtc, utc(2026, 2, 15, 12));
    // amy Jan 1; ivan Jan 15, Feb 3, Feb 10. Refused amy Jan 20, ivan Feb 3.
    QCOMPARE(r.searches, 4);
    QCOMPARE(r.searchesRefused, 2);
    QCOMPARE(r.alerts, 2);
    QCOMPARE(r.exceptionsRequested, 2);
    QCOMPARE(r.exceptionsApproved, 1);
    QCOMPARE(r.exceptionsRefused, 1);
    QCOMPARE(r.importsCompleted, 1);
    QCOMPARE(r.importReadsStored, 100);
    QCOMPARE(r.readsPurged, 0);
    // Reckoned from now: ivan's training lapses 2026-03-01 (within 30
    // days), dan has none; amy's (2026-04-20) is beyond.
    QCOMPARE(r.trainingReference, QDate(2026, 2, 15));
    QCOMPARE(r.trainingDue.size(), 2);
    QCOMPARE(r.trainingDue.at(0).userName, QStringLiteral("dan"));
    QCOMPARE(r.trainingDue.at(1).userName, QStringLiteral("ivan"));
    QVERIFY(!r.trainingDue.at(1).expired);
    QCOMPARE(r.plateMonths.size(), 2);
    QVERIFY(r.plateMonths.at(0).whole);
    QVERIFY(!r.plateMonths.at(1).whole);
    QCOMPARE(r.plateMonths.at(1).reads, 6);
    QCOMPARE(r.plateMonths.at(1).plates, 1);
    QCOMPARE(r.plateMonths.at(1).platesOften, 1);
}

void TestAuditReport::badPeriodsAreRefused() {
    core::AuditReportService& reports = m_sam.station->auditReports();
    const qint64 before = core::AuditLog::count(m_ts->station().database()).value();
    PL_VERIFY_ERROR(reports.report(m_sam.session, midnight(2026, 2, 1), midnight(2026, 3, 1)),
                    ErrorCode::InvalidArgument); // not begun (now is 2026-01-10)
    PL_VERIFY_ERROR(reports.report(m_sam.session, midnight(2026, 1, 1), midnight(2026, 1, 1)),
                    ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(reports.report(m_sam.session, midnight(2026, 1, 2), midnight(2026, 1, 1)),
                    ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(reports.report(m_sam.session, utc(2026, 1, 1, 9), midnight(2026, 1, 5)),
                    ErrorCode::InvalidArgument);
    QCOMPARE(core::AuditLog::count(m_ts->station().database()).value(), before);
}

void TestAuditReport::viewingIsAudited() {
    buildHistory();
    PL_VERIFY_OK(quarterReport(m_sam));
    core::Database& db = m_ts->station().database();
    const core::AuditEvent viewed = AuditReader::last(db, core::AuditAction::auditReportViewed());
    QVERIFY(viewed.seq > 0);
    QCOMPARE(viewed.userName, QStringLiteral("sam"));
    QCOMPARE(viewed.outcome, QStringLiteral("success"));
    QCOMPARE(viewed.targetKind, QStringLiteral("audit_report"));
    QCOMPARE(viewed.target, QStringLiteral("2026-01-01 to 2026-03-31"));
    QCOMPARE(viewed.timeUtc, utc(2026, 4, 15));
    const QJsonObject details = AuditReader::details(viewed);
    QCOMPARE(details.value(QStringLiteral("from_utc")).toString(),
             QStringLiteral("2026-01-01T00:00:00.000Z"));
    QCOMPARE(details.value(QStringLiteral("to_utc")).toString(),
             QStringLiteral("2026-04-01T00:00:00.000Z"));
    QCOMPARE(details.value(QStringLiteral("partial")).toBool(true), false);
    const QJsonObject figures = details.value(QStringLiteral("figures")).toObject();
    QCOMPARE(figures.value(QStringLiteral("searches")).toInteger(), 7);
    QCOMPARE(figures.value(QStringLiteral("searches_refused")).toInteger(), 4);
    QCOMPARE(figures.value(QStringLiteral("reads_purged")).toInteger(), 65);
    QCOMPARE(figures.value(QStringLiteral("plate_months_read_often")).toInteger(), 3);
    QCOMPARE(figures.value(QStringLiteral("plate_months_read_very_often")).toInteger(), 1);
    QCOMPARE(details.value(QStringLiteral("client")).toString(), QStringLiteral("gui"));
    // A second look is a second event; the report does not count itself.
    auto again = quarterReport(m_sam);
    PL_VERIFY_OK(again);
    QCOMPARE(again.value().searches, 7);
    QCOMPARE(AuditReader::withAction(db, core::AuditAction::auditReportViewed()).size(), 2);
}

void TestAuditReport::csvExportWritesAndAudits() {
    buildHistory();
    const QString path = QDir(m_ts->folder()).filePath(QStringLiteral("q1.csv"));
    auto exported = m_sam.station->auditReports().exportCsv(m_sam.session, midnight(2026, 1, 1),
                                                            midnight(2026, 4, 1), path);
    PL_VERIFY_OK(exported);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, exported->report.toCsv());
    QCOMPARE(exported->bytes, bytes.size());
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    QCOMPARE(exported->sha256, sha);

    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.startsWith(QStringLiteral("report,audit_period\r\n"
                                           "from_utc,2026-01-01T00:00:00.000Z\r\n"
                                           "to_utc,2026-04-01T00:00:00.000Z\r\n")));
    for (const QString& expected :
         {QStringLiteral("\r\nsearches,7\r\n"), QStringLiteral("\r\nsearches_refused,4\r\n"),
          QStringLiteral("\r\nreads_purged,65\r\n"), QStringLiteral("\r\nivan,4,3\r\n"),
          QStringLiteral("\r\ncriminal,homicide,Criminal: Homicide,3\r\n"),
          QStringLiteral("\r\nadministrative,,Administrative,2\r\n"),
          QStringLiteral("\r\n999,#999,1\r\n"),
          QStringLiteral("\r\namy,AMY,agent,2025-04-20,2026-04-20,no\r\n"),
          QStringLiteral("\r\ndan,Dan Doe,agent,,,no\r\n"),
          QStringLiteral("\r\n2026-01,yes,14,3,2,1\r\n"),
          QStringLiteral("\r\n2026-03,yes,0,0,0,0\r\n")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));

    const core::AuditEvent event =
        AuditReader::last(m_ts->station().database(), core::AuditAction::auditReportExported());
    QVERIFY(event.seq > 0);
    QCOMPARE(event.userName, QStringLiteral("sam"));
    const QJsonObject details = AuditReader::details(event);
    QCOMPARE(details.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    QCOMPARE(details.value(QStringLiteral("file")).toString(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(details.value(QStringLiteral("file_name")).toString(), QStringLiteral("q1.csv"));
    QCOMPARE(details.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(sha));
    QCOMPARE(details.value(QStringLiteral("bytes")).toInteger(), bytes.size());
    QCOMPARE(details.value(QStringLiteral("from_utc")).toString(),
             QStringLiteral("2026-01-01T00:00:00.000Z"));
    QCOMPARE(details.value(QStringLiteral("figures"))
                 .toObject()
                 .value(QStringLiteral("searches"))
                 .toInteger(),
             7);
}

void TestAuditReport::csvCellsFromTheTrailAreGuarded() {
    // A name that is not a user's (recorded for an unknown person) reaches
    // the report as it was recorded; in the CSV it is text.
    eventAs(utc(2026, 1, 5), core::AuditActor{std::nullopt, QStringLiteral("=HYPERLINK(\"x\")")},
            core::AuditAction::searchRefused(), core::AuditOutcome::Refused, {}, QString());
    const QString path = QDir(m_ts->folder()).filePath(QStringLiteral("jan.csv"));
    auto exported = m_sam.station->auditReports().exportCsv(m_sam.session, midnight(2026, 1, 1),
                                                            midnight(2026, 2, 1), path);
    PL_VERIFY_OK(exported);
    const QString text = QString::fromUtf8(exported->report.toCsv());
    QVERIFY(text.contains(QStringLiteral("\r\n\"'=HYPERLINK(\"\"x\"\")\",0,1\r\n")));
    QVERIFY(!text.contains(QStringLiteral("\r\n=HYPERLINK")));
    QVERIFY(!text.contains(QStringLiteral(",=HYPERLINK")));
}

void TestAuditReport::documentExportWritesAndAudits() {
    buildHistory();
    const QString path = QDir(m_ts->folder()).filePath(QStringLiteral("q1.pdf"));
    qint64 seen = -1;
    auto exported = m_sam.station->auditReports().exportDocument(
        m_sam.session, midnight(2026, 1, 1), midnight(2026, 4, 1), path, QStringLiteral("pdf"),
        [&seen](const AuditReport& report) -> core::Result<QByteArray> {
            seen = report.searches;
            return QByteArray(QByteArray("%PDF-1.4 searches ") +
                              QByteArray::number(report.searches));
        });
    PL_VERIFY_OK(exported);
    QCOMPARE(seen, 7);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, QByteArray("%PDF-1.4 searches 7"));
    const QJsonObject details = AuditReader::details(
        AuditReader::last(m_ts->station().database(), core::AuditAction::auditReportExported()));
    QCOMPARE(details.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
    QCOMPARE(
        details.value(QStringLiteral("sha256")).toString(),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

void TestAuditReport::failedExportsLeaveNoFileAndNoRecord() {
    core::Database& db = m_ts->station().database();
    const qint64 before = core::AuditLog::count(db).value();
    const QString path = QDir(m_ts->folder()).filePath(QStringLiteral("failed.pdf"));
    auto refused = m_sam.station->auditReports().exportDocument(
        m_sam.session, midnight(2026, 1, 1), midnight(2026, 2, 1), path, QStringLiteral("pdf"),
        [](const AuditReport&) -> core::Result<QByteArray> {
            return core::Error(ErrorCode::Io, QStringLiteral("cannot render"));
        });
    PL_VERIFY_ERROR(refused, ErrorCode::Io);
    QVERIFY(!QFile::exists(path));
    const QString nowhere =
        QDir(m_ts->folder()).filePath(QStringLiteral("missing-folder/report.csv"));
    PL_VERIFY_ERROR(m_sam.station->auditReports().exportCsv(m_sam.session, midnight(2026, 1, 1),
                                                            midnight(2026, 2, 1), nowhere),
                    ErrorCode::Io);
    PL_VERIFY_ERROR(m_sam.station->auditReports().exportCsv(m_sam.session, midnight(2026, 1, 1),
                                                            midnight(2026, 2, 1),
                                                            QStringLiteral(" ")),
                    ErrorCode::InvalidArgument);
    QCOMPARE(core::AuditLog::count(db).value(), before);
}

void TestAuditReport::onlySupervisorsAndAdministratorsSeeReports() {
    core::Database& db = m_ts->station().database();
    const QString path = QDir(m_ts->folder()).filePath(QStringLiteral("x.csv"));
    for (core::StationLogin* who : {&m_amy, &m_ivan}) {
        PL_VERIFY_ERROR(who->station->auditReports().report(who->session, midnight(2026, 1, 1),
                                                            midnight(2026, 2, 1)),
                        ErrorCode::PermissionDenied);
        PL_VERIFY_ERROR(who->station->auditReports().exportCsv(who->session, midnight(2026, 1, 1),
                                                               midnight(2026, 2, 1), path),
                        ErrorCode::PermissionDenied);
    }
    QVERIFY(!QFile::exists(path));
    QVERIFY(AuditReader::withAction(db, core::AuditAction::auditReportViewed()).isEmpty());
    QVERIFY(AuditReader::withAction(db, core::AuditAction::auditReportExported()).isEmpty());
    PL_VERIFY_OK(m_ts->station().auditReports().report(m_ts->adminSession(), midnight(2026, 1, 1),
                                                       midnight(2026, 2, 1)));
    PL_VERIFY_OK(quarterReport(m_sam));
    QCOMPARE(AuditReader::withAction(db, core::AuditAction::auditReportViewed()).size(), 2);
}

QTEST_GUILESS_MAIN(TestAuditReport)
#include "tst_auditreport.moc"
