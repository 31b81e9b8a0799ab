// The audit browser: filters over a generated trail (manual clock), paging
// newest first, the detail of one event, who may look, and that looking is
// itself recorded.

#include "core/audit/AuditAction.h"
#include "core/audit/AuditBrowser.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QTest>

using namespace pl;
using core::AuditFilter;
using core::AuditQuery;
using core::ErrorCode;
using tests::AuditReader;
using tests::TestStation;

namespace {

struct Made {
    QString user;
    QString action;
    QString plate;
    QString caseNumber;
    core::AuditOutcome outcome = core::AuditOutcome::Success;
    qint64 count = -1;
};

} // namespace

class TestAuditBrowser : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_supervisor;
    qint64 m_firstGenerated = 0;
    qint64 m_lastGenerated = 0;
    QDateTime m_start;

    qint64 append(const Made& made, const QDateTime& at) {
        core::Station& station = m_supervisor.station ? *m_supervisor.station : m_ts->station();
        auto tx = core::Transaction::begin(station.database());
        if (!tx)
            return 0;
        core::AuditRecord record{made.action, made.outcome,
                                 made.plate.isEmpty() ? QString() : QStringLiteral("reads"),
                                 made.plate};
        record.caseNumber = made.caseNumber;
        if (!made.plate.isEmpty())
            record.details.insert(QStringLiteral("plate"), made.plate);
        if (made.count >= 0)
            record.details.insert(QStringLiteral("count"), made.count);
        auto added = station.auditLog().appendAt(tx.value(), {std::nullopt, made.user}, record, at);
        if (!added || !tx.value().commit())
            return 0;
        return added.value().seq;
    }

    QList<qint64> seqs(const AuditFilter& filter, int pageSize = 1000) {
        QList<qint64> out;
        auto query = m_supervisor.station->auditBrowser().apply(m_supervisor.session, filter);
        if (!query) {
            qWarning() << query.error().message();
            return {-1};
        }
        qint64 before = 0;
        while (true) {
            auto page = m_supervisor.station->auditBrowser().page(m_supervisor.session,
                                                                  query.value(), before, pageSize);
            if (!page)
                return {-2};
            for (const core::AuditEventRow& row : page.value().rows) {
                if (row.event.seq >= m_firstGenerated && row.event.seq <= m_lastGenerated)
                    out.append(row.event.seq);
            }
            if (!page.value().more || page.value().rows.isEmpty())
                break;
            before = page.value().rows.last().event.seq;
        }
        return out;
    }

private Q_SLOTS:
    void init() {
        m_ts = std::make_unique<TestStation>();
        QVERIFY(m_ts->isValid());
        QVERIFY(m_ts->addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
        QVERIFY(m_ts->addUser(QStringLiteral("ivy"), core::Role::Investigator) > 0);
        QVERIFY(m_ts->addUser(QStringLiteral("abe"), core::Role::Agent) > 0);
        m_ts->close();
        m_supervisor = m_ts->loginActive(QStringLiteral("sam"), TestStation::userPassword());
        QVERIFY(m_supervisor.station);

        // 30 events over 30 days: three users, two actions, plates and cases.
        m_start = QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
        m_firstGenerated = 0;
        for (int i = 0; i < 30; ++i) {
            Made made;
            made.user = QStringList{QStringLiteral("ann"), QStringLiteral("Ben"),
                                    QStringLiteral("cyd")}[i % 3];
            made.action =
                i % 2 == 0 ? core::AuditAction::searchRun() : core::AuditAction::caseExported();
            made.plate = i % 5 == 0 ? QStringLiteral("ABC123") : QStringLiteral("XYZ%1").arg(i);
            made.caseNumber = i < 10 ? QStringLiteral("C-1") : QStringLiteral("C-2");
            made.outcome = i == 7 ? core::AuditOutcome::Refused : core::AuditOutcome::Success;
            made.count = i;
            const qint64 seq = append(made, m_start.addDays(i));
            QVERIFY(seq > 0);
            if (m_firstGenerated == 0)
                m_firstGenerated = seq;
            m_lastGenerated = seq;
        }
    }
    void cleanup() {
        m_supervisor = {};
        m_ts.reset();
    }

    void openingIsRecorded() {
        auto& browser = m_supervisor.station->auditBrowser();
        auto query = browser.open(m_supervisor.session);
        PL_VERIFY_OK(query);
        const core::AuditEvent opened = AuditReader::last(m_supervisor.station->database(),
                                                          core::AuditAction::auditBrowserOpened());
        QCOMPARE(opened.seq, query.value().recordedSeq());
        QCOMPARE(opened.userName, QStringLiteral("sam"));
        QCOMPARE(AuditReader::details(opened).value(QStringLiteral("matching")).toInteger(),
                 query.value().matching());

        auto page = browser.page(m_supervisor.session, query.value(), 0, 10);
        PL_VERIFY_OK(page);
        QCOMPARE(page.value().rows.size(), 10);
        QVERIFY(page.value().more);
        // Newest first, and the opening itself is not yet part of what it counted.
        QVERIFY(page.value().rows.first().event.seq < opened.seq);
        for (int i = 1; i < page.value().rows.size(); ++i)
            QVERIFY(page.value().rows[i - 1].event.seq > page.value().rows[i].event.seq);
    }

    void eachFilterIsRecorded() {
        AuditFilter filter;
        filter.user = QStringLiteral("ANN");
        filter.plate = QStringLiteral("abc-123");
        auto query = m_supervisor.station->auditBrowser().apply(m_supervisor.session, filter);
        PL_VERIFY_OK(query);
        const core::AuditEvent filtered =
            AuditReader::last(m_supervisor.station->database(), core::AuditAction::auditFiltered());
        QCOMPARE(filtered.seq, query.value().recordedSeq());
        const QJsonObject recorded =
            AuditReader::details(filtered).value(QStringLiteral("filter")).toObject();
        QCOMPARE(recorded.value(QStringLiteral("user")).toString(), QStringLiteral("ANN"));
        QCOMPARE(recorded.value(QStringLiteral("plate")).toString(), QStringLiteral("ABC123"));
        // ann has i = 0, 3, ..., 27; ABC123 is i % 5 == 0: i = 0, 15.
        QCOMPARE(AuditReader::details(filtered).value(QStringLiteral("matching")).toInteger(), 2);
        QCOMPARE(query.value().matching(), 2);
    }

    void filtersSelectTheRightEvents_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QList<int>>("expected"); // generated indexes, newest first

        QTest::newRow("user, any case") << "user"
                                        << "ben" << QList<int>{28, 25, 22, 19, 16, 13, 10, 7, 4, 1};
        QTest::newRow("action") << "action"
                                << "case.exported" << QList<int>{29, 27, 25, 23, 21, 19, 17, 15,
                                                                 13, 11, 9,  7,  5,  3,  1};
        QTest::newRow("action family")
            << "action"
            << "case.*" << QList<int>{29, 27, 25, 23, 21, 19, 17, 15, 13, 11, 9, 7, 5, 3, 1};
        QTest::newRow("plate, normalised") << "plate"
                                           << " abc 123" << QList<int>{25, 20, 15, 10, 5, 0};
        QTest::newRow("plate pattern") << "plate"
                                       << "XYZ2?" << QList<int>{29, 28, 27, 26, 24, 23, 22, 21};
        QTest::newRow("case, any case") << "case"
                                        << "c-1" << QList<int>{9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
        QTest::newRow("outcome") << "outcome"
                                 << "refused" << QList<int>{7};
        QTest::newRow("time range") << "time"
                                    << "3..6" << QList<int>{5, 4, 3};
    }
    void filtersSelectTheRightEvents() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QList<int>, expected);
        AuditFilter filter;
        if (field == QLatin1String("user"))
            filter.user = value;
        else if (field == QLatin1String("action"))
            filter.action = value;
        else if (field == QLatin1String("plate"))
            filter.plate = value;
        else if (field == QLatin1String("case"))
            filter.caseNumber = value;
        else if (field == QLatin1String("outcome"))
            filter.outcome = value;
        else {
            const QStringList days = value.split(QStringLiteral(".."));
            filter.fromUtc = m_start.addDays(days[0].toInt());
            filter.toUtc = m_start.addDays(days[1].toInt());
        }
        QList<qint64> want;
        for (int i : expected)
            want.append(m_firstGenerated + i);
        // Small pages, so paging is exercised too.
        QCOMPARE(seqs(filter, 3), want);
    }

    void filtersCombine() {
        AuditFilter filter;
        filter.action = core::AuditAction::searchRun();
        filter.caseNumber = QStringLiteral("C-2");
        filter.user = QStringLiteral("cyd");
        // cyd: i % 3 == 2; search: even; C-2: i >= 10 → 26, 20, 14.
        QCOMPARE(seqs(filter), (QList<qint64>{m_firstGenerated + 26, m_firstGenerated + 20,
                                              m_firstGenerated + 14}));
    }

    void backdatedEventsAreFoundByTheirTime() {
        // A failed log-in sealed later carries its earlier time.
        const qint64 late = append({QStringLiteral("ann"),
                                    core::AuditAction::loginFailure(),
                                    {},
                                    {},
                                    core::AuditOutcome::Failure,
                                    -1},
                                   m_start.addDays(4).addSecs(60));
        QVERIFY(late > m_lastGenerated);
        m_lastGenerated = late;
        AuditFilter filter;
        filter.fromUtc = m_start.addDays(4);
        filter.toUtc = m_start.addDays(5);
        QCOMPARE(seqs(filter), (QList<qint64>{late, m_firstGenerated + 4}));
    }

    void onlyFlaggedUsesTheFlags() {
        core::Database& db = m_supervisor.station->database();
        const qint64 flaggedSeq = m_firstGenerated + 12;
        auto stmt = db.prepare("INSERT INTO audit_flags (seq, rule, facts, flagged_utc) VALUES "
                               "(?, 'export', '{}', '2026-04-20T00:00:00.000Z')");
        PL_VERIFY_OK(stmt);
        stmt.value().bind(1, flaggedSeq);
        PL_VERIFY_OK(stmt.value().run());
        AuditFilter filter;
        filter.onlyFlagged = true;
        QCOMPARE(seqs(filter), QList<qint64>{flaggedSeq});

        auto query = m_supervisor.station->auditBrowser().apply(m_supervisor.session, filter);
        PL_VERIFY_OK(query);
        auto row = m_supervisor.station->auditBrowser().event(m_supervisor.session, query.value(),
                                                              flaggedSeq);
        PL_VERIFY_OK(row);
        QVERIFY(row.value().flagged);
        QVERIFY(!row.value().flagReviewed);
        QCOMPARE(row.value().readCount.value_or(-1), 12);
        QCOMPARE(row.value().plate, QStringLiteral("XYZ12"));
        // An event the filter does not show cannot be opened through it.
        PL_VERIFY_ERROR(m_supervisor.station->auditBrowser().event(m_supervisor.session,
                                                                   query.value(), flaggedSeq - 1),
                        ErrorCode::NotFound);
    }

    void badFiltersAreRefusedAndRecorded_data() {
        QTest::addColumn<QString>("field");
        QTest::newRow("backwards range") << "time";
        QTest::newRow("unknown outcome") << "outcome";
        QTest::newRow("bad plate") << "plate";
        QTest::newRow("bad action") << "action";
    }
    void badFiltersAreRefusedAndRecorded() {
        QFETCH(QString, field);
        AuditFilter filter;
        if (field == QLatin1String("time")) {
            filter.fromUtc = m_start.addDays(5);
            filter.toUtc = m_start.addDays(2);
        } else if (field == QLatin1String("outcome")) {
            filter.outcome = QStringLiteral("maybe");
        } else if (field == QLatin1String("plate")) {
            filter.plate = QStringLiteral("AB#1");
        } else {
            filter.action = QStringLiteral("DROP TABLE");
        }
        auto query = m_supervisor.station->auditBrowser().apply(m_supervisor.session, filter);
        PL_VERIFY_ERROR(query, ErrorCode::InvalidArgument);
        QVERIFY(!query.error().message().isEmpty());
        const core::AuditEvent refused =
            AuditReader::last(m_supervisor.station->database(), core::AuditAction::auditFiltered());
        QCOMPARE(refused.outcome, QStringLiteral("refused"));
        QCOMPARE(AuditReader::details(refused).value(QStringLiteral("refused")).toString(),
                 query.error().message());
    }

    void onlyAuditRolesMayLook() {
        m_supervisor = {};
        for (const QString& name : {QStringLiteral("ivy"), QStringLiteral("abe")}) {
            core::StationLogin login = m_ts->loginActive(name, TestStation::userPassword());
            QVERIFY(login.station);
            PL_VERIFY_ERROR(login.station->auditBrowser().open(login.session),
                            ErrorCode::PermissionDenied);
            PL_VERIFY_ERROR(login.station->auditBrowser().apply(login.session, AuditFilter{}),
                            ErrorCode::PermissionDenied);
            PL_VERIFY_ERROR(login.station->auditBrowser().actions(login.session),
                            ErrorCode::PermissionDenied);
        }
        core::StationLogin admin =
            m_ts->loginActive(TestStation::adminName(), TestStation::adminPassword());
        QVERIFY(admin.station);
        auto query = admin.station->auditBrowser().open(admin.session);
        PL_VERIFY_OK(query);
        PL_VERIFY_OK(admin.station->auditBrowser().page(admin.session, query.value(), 0, 5));
        // Nobody edits an event: the store refuses, whoever asks.
        QVERIFY(!admin.station->database().exec("UPDATE audit_events SET reason = 'x'"));
        QVERIFY(!admin.station->database().exec("DELETE FROM audit_events WHERE seq = 1"));
    }

    void aQueryBelongsToWhoAppliedIt() {
        auto query = m_supervisor.station->auditBrowser().open(m_supervisor.session);
        PL_VERIFY_OK(query);
        m_supervisor = {};
        core::StationLogin admin =
            m_ts->loginActive(TestStation::adminName(), TestStation::adminPassword());
        PL_VERIFY_ERROR(admin.station->auditBrowser().page(admin.session, query.value(), 0, 5),
                        ErrorCode::PermissionDenied);
    }

    void actionsListWhatIsInTheTrail() {
        auto actions = m_supervisor.station->auditBrowser().actions(m_supervisor.session);
        PL_VERIFY_OK(actions);
        QVERIFY(actions.value().contains(core::AuditAction::searchRun()));
        QVERIFY(actions.value().contains(core::AuditAction::caseExported()));
        QVERIFY(!actions.value().contains(core::AuditAction::retentionPurged()));
    }

    void lastVerificationIsShown() {
        auto none = m_supervisor.station->auditBrowser().lastVerification(m_supervisor.session);
        PL_VERIFY_OK(none);
        QVERIFY(!none.value().has_value());
        auto verified = m_supervisor.station->auditTrail().verify(m_supervisor.session);
        PL_VERIFY_OK(verified);
        auto status = m_supervisor.station->auditBrowser().lastVerification(m_supervisor.session);
        PL_VERIFY_OK(status);
        QVERIFY(status.value().has_value());
        QVERIFY(status.value()->intact);
        QCOMPARE(status.value()->headSeq, verified.value().head.seq);
        QCOMPARE(status.value()->verifiedBy, QStringLiteral("sam"));
        QVERIFY(status.value()->headTimeUtc.isValid());
    }
};

QTEST_GUILESS_MAIN(TestAuditBrowser)
#include "tst_auditbrowser.moc"
