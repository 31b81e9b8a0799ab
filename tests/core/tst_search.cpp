// Justified plate searches: pattern parsing and matching, similar-plate
// ranking, the case's query window and its exceptions, refusals, the audit
// record of every search, and the area and time filters.

#include "core/audit/AuditAction.h"
#include "core/common/TimeFormat.h"
#include "core/import/PlateNormalizer.h"
#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/search/PlatePattern.h"
#include "core/search/SearchService.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QCryptographicHash>
#include <QTest>

#include <algorithm>

using namespace pl;
using core::ErrorCode;
using core::PlatePattern;
using core::SearchMode;
using core::SearchRequest;
using tests::AuditReader;
using tests::TestStation;

Q_DECLARE_METATYPE(pl::core::SearchMode)
Q_DECLARE_METATYPE(pl::core::PlatePattern::Kind)

namespace {

// A store with a device, a few cases and reads inserted with plain SQL.
class Fixture {
public:
    Fixture() {
        m_ok = m_ts.isValid();
        if (!m_ok)
            return;
        const QString now = core::TimeFormat::toStorage(m_ts.clock().nowUtc());
        auto device = db().prepare("INSERT INTO devices (name, type, time_zone, created_utc) "
                                   "VALUES (?1, 'fixed', 'UTC', ?2)");
        m_ok = device.ok() &&
               device.value().bind(1, QStringLiteral("North gate")).bind(2, now).run().ok();
        m_device = db().lastInsertRowId();
        auto other = db().prepare("INSERT INTO devices (name, type, time_zone, created_utc) "
                                  "VALUES (?1, 'mobile', 'UTC', ?2)");
        m_ok = m_ok && other.ok() &&
               other.value().bind(1, QStringLiteral("Car 7")).bind(2, now).run().ok();
        m_otherDevice = db().lastInsertRowId();
        m_ok = m_ok && addCase(QStringLiteral("A-1"), QStringLiteral("administrative"), {}) > 0;
        m_ok = m_ok && addCase(QStringLiteral("C-3"), QStringLiteral("criminal"),
                               QStringLiteral("property")) > 0;
    }

    bool isValid() const { return m_ok; }
    TestStation& ts() { return m_ts; }
    core::Database& db() { return m_ts.station().database(); }
    core::SearchService& search() { return m_ts.station().search(); }
    core::Session& session() { return m_ts.adminSession(); }
    QDateTime now() { return m_ts.clock().nowUtc(); }
    qint64 device() const { return m_device; }
    qint64 otherDevice() const { return m_otherDevice; }

    qint64 addCase(const QString& number, const QString& kind, const QString& offense) {
        auto stmt = db().prepare("INSERT INTO cases (number, title, kind, offense, opened_utc, "
                                 "opened_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!stmt)
            return 0;
        stmt.value()
            .bind(1, number)
            .bind(2, QStringLiteral("Case ") + number)
            .bind(3, kind)
            .bindOptional(4, offense)
            .bind(5, core::TimeFormat::toStorage(now()))
            .bind(6, session().userId);
        if (!stmt.value().run())
            return 0;
        return db().lastInsertRowId();
    }

    qint64 caseId(const QString& number) {
        auto stmt = db().prepare("SELECT id FROM cases WHERE number = ?1");
        if (!stmt)
            return 0;
        stmt.value().bind(1, number);
        auto row = stmt.value().step();
        return row && row.value() ? stmt.value().integer(0) : 0;
    }

    bool closeCase(const QString& number) {
        auto stmt = db().prepare("UPDATE cases SET closed_utc = ?1, closed_by = ?2 "
                                 "WHERE number = ?3");
        return stmt && stmt.value()
                           .bind(1, core::TimeFormat::toStorage(now()))
                           .bind(2, session().userId)
                           .bind(3, number)
                           .run()
                           .ok();
    }

    // An exception for the case decided by someone other than the requester.
    qint64 addException(const QString& number, const QDateTime& from, const QString& status,
                        const QDateTime& expires) {
        if (m_supervisor == 0)
            m_supervisor = m_ts.addUser(QStringLiteral("sue"), core::Role::Supervisor);
        auto stmt = db().prepare(
            "INSERT INTO query_exceptions (case_id, requested_by, requested_utc, from_utc, "
            "reason, status, decided_by, decided_utc, expires_utc) "
            "VALUES (?1, ?2, ?3, ?4, 'older sightings', ?5, ?6, ?3, ?7)");
        if (!stmt)
            return 0;
        stmt.value()
            .bind(1, caseId(number))
            .bind(2, session().userId)
            .bind(3, core::TimeFormat::toStorage(now()))
            .bind(4, core::TimeFormat::toStorage(from))
            .bind(5, status)
            .bind(6, m_supervisor)
            .bindOptional(7, expires.isValid() ? core::TimeFormat::toStorage(expires) : QString());
        if (!stmt.value().run())
            return 0;
        return db().lastInsertRowId();
    }

    qint64 addRead(const QString& plate, const QDateTime& time, double lat = 45.50,
                   double lon = -73.57, std::optional<qint64> deviceId = std::nullopt,
                   const QString& state = QStringLiteral("QC")) {
        auto stmt = db().prepare(
            "INSERT INTO reads (plate_raw, plate, match_key, state, time_ms, device_id, "
            "latitude, longitude, confidence, source) "
            "VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, 91.5, 'import')");
        if (!stmt)
            return 0;
        stmt.value()
            .bind(1, plate)
            .bind(2, core::PlateNormalizer::matchKey(plate))
            .bind(3, state)
            .bind(4, time.toMSecsSinceEpoch())
            .bind(5, deviceId.value_or(m_device))
            .bind(6, lat)
            .bind(7, lon);
        if (!stmt.value().run())
            return 0;
        return db().lastInsertRowId();
    }

    SearchRequest request(const QString& pattern, SearchMode mode = SearchMode::Exact,
                          const QString& caseNumber = QStringLiteral("A-1")) {
        SearchRequest request;
        request.caseNumber = caseNumber;
        request.reason = QStringLiteral("stolen vehicle report 17");
        request.pattern = pattern;
        request.mode = mode;
        return request;
    }

    QList<qint64> ids(const SearchRequest& request) {
        auto result = search().search(session(), request);
        if (!result) {
            qWarning("%s", qPrintable(result.error().message()));
            return {-1};
        }
        return result.value().readIds;
    }

private:
    TestStation m_ts;
    qint64 m_device = 0;
    qint64 m_otherDevice = 0;
    qint64 m_supervisor = 0;
    bool m_ok = false;
};

QString digestOf(QList<qint64> ids) {
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u',').toLatin1(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesPatterns_data();
    void parsesPatterns();
    void refusesBadPatterns_data();
    void refusesBadPatterns();
    void matchesWildcards_data();
    void matchesWildcards();
    void measuresSimilarity_data();
    void measuresSimilarity();
    void writesIndexedConditions();
    void findsByEachKind();
    void ranksSimilarPlates();
    void administrativeWindow();
    void criminalWindow();
    void approvedExceptionWidensWindow();
    void expiredOrRefusedExceptionDoesNot();
    void refusesClosedAndUnknownCases();
    void refusalsAreAudited();
    void auditsRunWithDigest();
    void filtersByAreaAndTime();
    void filtersByStateAndDevice();
    void fetchesDisplayRows();
    void fetchesResultPoints();
    void auditsViewExports();
    void returnsLargeResults();
};

void TestSearch::parsesPatterns_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<SearchMode>("mode");
    QTest::addColumn<PlatePattern::Kind>("kind");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("exact") << "ABC123" << SearchMode::Exact << PlatePattern::Kind::Exact
                           << "ABC123";
    QTest::newRow("lower case, spaces, dashes")
        << " abc-12 3 " << SearchMode::Exact << PlatePattern::Kind::Exact << "ABC123";
    QTest::newRow("question mark")
        << "ab?123" << SearchMode::Exact << PlatePattern::Kind::Wildcard << "AB?123";
    QTest::newRow("star") << "AB*" << SearchMode::Exact << PlatePattern::Kind::Wildcard << "AB*";
    QTest::newRow("double star") << "A**3" << SearchMode::Exact << PlatePattern::Kind::Wildcard
                                 << "A*3";
    QTest::newRow("contains") << "c12" << SearchMode::Contains << PlatePattern::Kind::Contains
                              << "C12";
    QTest::newRow("contains wildcard")
        << "C?2" << SearchMode::Contains << PlatePattern::Kind::Contains << "C?2";
    QTest::newRow("similar") << "abc 123" << SearchMode::Similar << PlatePattern::Kind::Similar
                             << "ABC123";
    QTest::newRow("empty") << "  " << SearchMode::Exact << PlatePattern::Kind::Any << "";
}

void TestSearch::parsesPatterns() {
    QFETCH(QString, text);
    QFETCH(SearchMode, mode);
    QFETCH(PlatePattern::Kind, kind);
    QFETCH(QString, normalized);
    auto pattern = PlatePattern::parse(text, mode);
    PL_VERIFY_OK(pattern);
    QCOMPARE(pattern.value().kind(), kind);
    QCOMPARE(pattern.value().text(), normalized);
}

void TestSearch::refusesBadPatterns_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<SearchMode>("mode");
    QTest::addColumn<QString>("named"); // the message names this

    QTest::newRow("dot") << "AB.123" << SearchMode::Exact << "\".\"";
    QTest::newRow("percent") << "AB%" << SearchMode::Contains << "\"%\"";
    QTest::newRow("bracket") << "A[B]" << SearchMode::Exact << "\"[\"";
    QTest::newRow("accent") << "ÉCOLE" << SearchMode::Exact << "\"É\"";
    QTest::newRow("wildcards only") << "?*" << SearchMode::Exact << "no letter or digit";
    QTest::newRow("similar wildcard") << "AB?123" << SearchMode::Similar << "'?'";
    QTest::newRow("too long") << "ABCDEFGHIJK" << SearchMode::Exact << "11 characters";
}

void TestSearch::refusesBadPatterns() {
    QFETCH(QString, text);
    QFETCH(SearchMode, mode);
    QFETCH(QString, named);
    auto pattern = PlatePattern::parse(text, mode);
    PL_VERIFY_ERROR(pattern, ErrorCode::InvalidArgument);
    QVERIFY2(pattern.error().message().contains(named), qPrintable(pattern.error().message()));
}

void TestSearch::matchesWildcards_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<SearchMode>("mode");
    QTest::addColumn<QString>("plate");
    QTest::addColumn<bool>("match");

    QTest::newRow("exact") << "ABC123" << SearchMode::Exact << "ABC123" << true;
    QTest::newRow("exact is whole") << "ABC12" << SearchMode::Exact << "ABC123" << false;
    QTest::newRow("? one") << "AB?123" << SearchMode::Exact << "ABX123" << true;
    QTest::newRow("? not none") << "AB?123" << SearchMode::Exact << "AB123" << false;
    QTest::newRow("? not two") << "AB?123" << SearchMode::Exact << "ABXY123" << false;
    QTest::newRow("* none") << "AB*123" << SearchMode::Exact << "AB123" << true;
    QTest::newRow("* run") << "AB*123" << SearchMode::Exact << "ABXYZ123" << true;
    QTest::newRow("* anchored") << "AB*" << SearchMode::Exact << "XAB1" << false;
    QTest::newRow("leading *") << "*123" << SearchMode::Exact << "XYZ123" << true;
    QTest::newRow("contains") << "C12" << SearchMode::Contains << "ABC123" << true;
    QTest::newRow("contains start") << "ABC" << SearchMode::Contains << "ABC123" << true;
    QTest::newRow("contains not") << "C13" << SearchMode::Contains << "ABC123" << false;
    QTest::newRow("contains ?") << "C?2" << SearchMode::Contains << "ABC123" << true;
}

void TestSearch::matchesWildcards() {
    QFETCH(QString, text);
    QFETCH(SearchMode, mode);
    QFETCH(QString, plate);
    QFETCH(bool, match);
    auto pattern = PlatePattern::parse(text, mode);
    PL_VERIFY_OK(pattern);
    QCOMPARE(pattern.value().matches(plate), match);
}

void TestSearch::measuresSimilarity_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plate");
    QTest::addColumn<int>("distance");

    QTest::newRow("same") << "SB0125"
                          << "SB0125" << 0;
    QTest::newRow("S/5") << "SB0125"
                         << "5B0125" << 1;
    QTest::newRow("0/D") << "SB0125"
                         << "SBD125" << 1;
    QTest::newRow("0/Q") << "SB0125"
                         << "SBQ125" << 1;
    QTest::newRow("1/I and 2/Z") << "SB0125"
                                 << "SB0IZ5" << 2;
    QTest::newRow("G/6") << "G12"
                         << "612" << 1;
    QTest::newRow("L/1") << "L12"
                         << "112" << 1;
    QTest::newRow("three confusions") << "SB0125"
                                      << "58O125" << -1;
    QTest::newRow("missing") << "SB0125"
                             << "SB012" << 1;
    QTest::newRow("missing inside") << "SB0125"
                                    << "SB025" << 1;
    QTest::newRow("extra") << "SB0125"
                           << "SB01255" << 1;
    QTest::newRow("extra first") << "SB0125"
                                 << "XSB0125" << 1;
    QTest::newRow("missing and confusion") << "SB0125"
                                           << "5B012" << 2;
    QTest::newRow("missing and two confusions") << "SB0125"
                                                << "58O12" << -1;
    QTest::newRow("not a look-alike") << "SB0125"
                                      << "XB0125" << -1;
    QTest::newRow("two missing") << "SB0125"
                                 << "SB01" << -1;
    QTest::newRow("swap is two changes") << "SB0125"
                                         << "SB0152" << -1;
}

void TestSearch::measuresSimilarity() {
    QFETCH(QString, text);
    QFETCH(QString, plate);
    QFETCH(int, distance);
    auto pattern = PlatePattern::parse(text, SearchMode::Similar);
    PL_VERIFY_OK(pattern);
    QCOMPARE(pattern.value().distance(plate), distance);
    QCOMPARE(pattern.value().matches(plate), distance >= 0);
    if (distance >= 0) {
        // Every plate within reach has one of the candidate keys.
        QVERIFY(pattern.value().candidateKeys().contains(core::PlateNormalizer::matchKey(plate)));
    }
}

void TestSearch::writesIndexedConditions() {
    auto exact = PlatePattern::parse(QStringLiteral("ABC123"), SearchMode::Exact);
    PL_VERIFY_OK(exact);
    QCOMPARE(exact.value().sqlCondition().sql, QStringLiteral("r.plate = ?"));
    QCOMPARE(exact.value().sqlCondition().index, QStringLiteral("reads_plate_time"));

    auto prefixed = PlatePattern::parse(QStringLiteral("ABZ?1*"), SearchMode::Exact);
    PL_VERIFY_OK(prefixed);
    const auto range = prefixed.value().sqlCondition();
    QCOMPARE(range.index, QStringLiteral("reads_plate_time"));
    QCOMPARE(range.parameters,
             QStringList({QStringLiteral("ABZ"), QStringLiteral("AB["), QStringLiteral("ABZ?1*")}));

    auto open = PlatePattern::parse(QStringLiteral("*123"), SearchMode::Exact);
    PL_VERIFY_OK(open);
    QVERIFY(open.value().sqlCondition().index.isEmpty());

    auto similar = PlatePattern::parse(QStringLiteral("AB12"), SearchMode::Similar);
    PL_VERIFY_OK(similar);
    const auto keys = similar.value().sqlCondition();
    QCOMPARE(keys.index, QStringLiteral("reads_match_key"));
    QCOMPARE(keys.parameters.size(), keys.sql.count(u'?'));
    QVERIFY(keys.parameters.contains(QStringLiteral("A812")));  // own key: B -> 8
    QVERIFY(keys.parameters.contains(QStringLiteral("A12")));   // one missing
    QVERIFY(keys.parameters.contains(QStringLiteral("A8127"))); // one extra
}

void TestSearch::findsByEachKind() {
    Fixture f;
    QVERIFY(f.isValid());
    const QDateTime t = f.now().addDays(-10);
    const qint64 abc = f.addRead(QStringLiteral("ABC123"), t);
    const qint64 abx = f.addRead(QStringLiteral("ABX123"), t.addSecs(60));
    const qint64 abxy = f.addRead(QStringLiteral("ABXY123"), t.addSecs(120));
    const qint64 zab = f.addRead(QStringLiteral("ZABC12"), t.addSecs(180));
    QVERIFY(abc > 0 && abx > 0 && abxy > 0 && zab > 0);

    QCOMPARE(f.ids(f.request(QStringLiteral("abc-123"))), QList<qint64>({abc}));
    QCOMPARE(f.ids(f.request(QStringLiteral("AB?123"))), QList<qint64>({abx, abc}));
    QCOMPARE(f.ids(f.request(QStringLiteral("AB*123"))), QList<qint64>({abxy, abx, abc}));
    QCOMPARE(f.ids(f.request(QStringLiteral("*C12*"))), QList<qint64>({zab, abc}));
    QCOMPARE(f.ids(f.request(QStringLiteral("C12"), SearchMode::Contains)),
             QList<qint64>({zab, abc}));
    QCOMPARE(f.ids(f.request(QStringLiteral("NOPE1"))), QList<qint64>());

    // A short time range reads the reads of that time instead of every plate.
    SearchRequest recent = f.request(QStringLiteral("C12"), SearchMode::Contains);
    recent.fromUtc = t.addSecs(150);
    recent.toUtc = t.addDays(1);
    QCOMPARE(f.ids(recent), QList<qint64>({zab}));
    SearchRequest wide = f.request(QStringLiteral("*123"));
    wide.fromUtc = t.addSecs(30);
    wide.toUtc = f.now();
    QCOMPARE(f.ids(wide), QList<qint64>({abxy, abx}));
}

void TestSearch::ranksSimilarPlates() {
    Fixture f;
    QVERIFY(f.isValid());
    const QDateTime t = f.now().addDays(-3);
    const qint64 same = f.addRead(QStringLiteral("SB0125"), t);
    const qint64 oneConfusion = f.addRead(QStringLiteral("5B0125"), t.addSecs(10));
    const qint64 missing = f.addRead(QStringLiteral("SB012"), t.addSecs(20));
    const qint64 extra = f.addRead(QStringLiteral("SB01255"), t.addSecs(30));
    const qint64 two = f.addRead(QStringLiteral("5B012"), t.addSecs(40));
    const qint64 twoConfusions = f.addRead(QStringLiteral("SBO12S"), t.addSecs(50));
    QVERIFY(f.addRead(QStringLiteral("58O125"), t.addSecs(60)) > 0); // three away
    QVERIFY(f.addRead(QStringLiteral("XB0125"), t.addSecs(70)) > 0); // not a look-alike
    QVERIFY(f.addRead(QStringLiteral("SB01"), t.addSecs(80)) > 0);   // two missing

    auto result =
        f.search().search(f.session(), f.request(QStringLiteral("sb0125"), SearchMode::Similar));
    PL_VERIFY_OK(result);
    // Exact first, then by distance; within a distance newest first.
    QCOMPARE(result.value().readIds,
             QList<qint64>({same, extra, missing, oneConfusion, twoConfusions, two}));
    QCOMPARE(result.value().distances, QList<int>({0, 1, 1, 1, 2, 2}));
}

void TestSearch::administrativeWindow() {
    Fixture f;
    QVERIFY(f.isValid());
    const qint64 recent = f.addRead(QStringLiteral("ABC123"), f.now().addYears(-4));
    QVERIFY(f.addRead(QStringLiteral("ABC123"), f.now().addYears(-6)) > 0);

    auto window = f.search().window(f.session(), QStringLiteral("A-1"));
    PL_VERIFY_OK(window);
    QCOMPARE(window.value().basis, core::SearchWindow::Basis::Administrative);
    QCOMPARE(window.value().years, 5);
    QCOMPARE(window.value().startUtc, f.now().addYears(-5));
    QVERIFY(window.value().explanation.contains(QStringLiteral("5 year")));

    // Without a start, the window's start applies.
    auto result = f.search().search(f.session(), f.request(QStringLiteral("ABC123")));
    PL_VERIFY_OK(result);
    QCOMPARE(result.value().readIds, QList<qint64>({recent}));
    QCOMPARE(result.value().fromUtc, f.now().addYears(-5));
    QVERIFY(!result.value().exceptionUsed);

    SearchRequest tooFar = f.request(QStringLiteral("ABC123"));
    tooFar.fromUtc = f.now().addYears(-6);
    auto refused = f.search().search(f.session(), tooFar);
    PL_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QVERIFY(refused.error().message().contains(QStringLiteral("5 year")));
    QVERIFY(refused.error().message().contains(QStringLiteral("exception")));

    SearchRequest inside = f.request(QStringLiteral("ABC123"));
    inside.fromUtc = f.now().addYears(-5).addSecs(1);
    PL_VERIFY_OK(f.search().search(f.session(), inside));

    // The window follows the policy value.
    PL_VERIFY_OK(f.ts().station().policy().set(
        f.session(), core::PolicySettings::administrativeWindowYears(), 3));
    auto narrower = f.search().window(f.session(), QStringLiteral("A-1"));
    PL_VERIFY_OK(narrower);
    QCOMPARE(narrower.value().years, 3);
    PL_VERIFY_ERROR(f.search().search(f.session(), inside), ErrorCode::PermissionDenied);
}

void TestSearch::criminalWindow() {
    Fixture f;
    QVERIFY(f.isValid());
    const qint64 recent = f.addRead(QStringLiteral("ABC123"), f.now().addYears(-2));
    QVERIFY(f.addRead(QStringLiteral("ABC123"), f.now().addYears(-4)) > 0);

    auto window = f.search().window(f.session(), QStringLiteral("C-3"));
    PL_VERIFY_OK(window);
    QCOMPARE(window.value().basis, core::SearchWindow::Basis::Criminal);
    QCOMPARE(window.value().offense, QStringLiteral("property"));
    QCOMPARE(window.value().years, 3);
    QCOMPARE(window.value().startUtc, f.now().addYears(-3));
    QVERIFY(window.value().explanation.contains(QStringLiteral("Property crime")));

    QCOMPARE(f.ids(f.request(QStringLiteral("ABC123"), SearchMode::Exact, QStringLiteral("C-3"))),
             QList<qint64>({recent}));
    SearchRequest tooFar =
        f.request(QStringLiteral("ABC123"), SearchMode::Exact, QStringLiteral("C-3"));
    tooFar.fromUtc = f.now().addYears(-4);
    PL_VERIFY_ERROR(f.search().search(f.session(), tooFar), ErrorCode::PermissionDenied);
}

void TestSearch::approvedExceptionWidensWindow() {
    Fixture f;
    QVERIFY(f.isValid());
    const qint64 old = f.addRead(QStringLiteral("ABC123"), f.now().addYears(-4));
    const qint64 recent = f.addRead(QStringLiteral("ABC123"), f.now().addYears(-1));
    const qint64 exception = f.addException(QStringLiteral("C-3"), f.now().addYears(-5),
                                            QStringLiteral("approved"), f.now().addDays(30));
    QVERIFY(exception > 0);

    auto window = f.search().window(f.session(), QStringLiteral("C-3"));
    PL_VERIFY_OK(window);
    QCOMPARE(window.value().exceptionId, std::optional<qint64>(exception));
    QCOMPARE(window.value().startUtc, f.now().addYears(-5));
    QCOMPARE(window.value().policyStartUtc, f.now().addYears(-3));

    SearchRequest request =
        f.request(QStringLiteral("ABC123"), SearchMode::Exact, QStringLiteral("C-3"));
    request.fromUtc = f.now().addYears(-4).addDays(-1);
    auto result = f.search().search(f.session(), request);
    PL_VERIFY_OK(result);
    QCOMPARE(result.value().readIds, QList<qint64>({recent, old}));
    QCOMPARE(result.value().exceptionUsed, std::optional<qint64>(exception));
    const auto event = AuditReader::last(f.db(), core::AuditAction::searchRun());
    QCOMPARE(AuditReader::details(event).value(QStringLiteral("exception_id")).toInteger(),
             exception);

    // Further back than the exception reaches is still refused.
    request.fromUtc = f.now().addYears(-6);
    PL_VERIFY_ERROR(f.search().search(f.session(), request), ErrorCode::PermissionDenied);

    // A search inside the ordinary window does not use the exception.
    request.fromUtc = f.now().addYears(-2);
    auto inside = f.search().search(f.session(), request);
    PL_VERIFY_OK(inside);
    QVERIFY(!inside.value().exceptionUsed);
}

void TestSearch::expiredOrRefusedExceptionDoesNot() {
    Fixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.addException(QStringLiteral("C-3"), f.now().addYears(-5), QStringLiteral("refused"),
                           QDateTime()) > 0);
    QVERIFY(f.addException(QStringLiteral("C-3"), f.now().addYears(-5), QStringLiteral("pending"),
                           QDateTime()) > 0);
    SearchRequest request =
        f.request(QStringLiteral("ABC123"), SearchMode::Exact, QStringLiteral("C-3"));
    request.fromUtc = f.now().addYears(-4);
    PL_VERIFY_ERROR(f.search().search(f.session(), request), ErrorCode::PermissionDenied);

    QVERIFY(f.addException(QStringLiteral("C-3"), f.now().addYears(-5), QStringLiteral("approved"),
                           f.now().addDays(30)) > 0);
    PL_VERIFY_OK(f.search().search(f.session(), request));

    f.ts().clock().advanceDays(31);
    request.fromUtc = f.now().addYears(-4);
    auto expired = f.search().search(f.session(), request);
    PL_VERIFY_ERROR(expired, ErrorCode::PermissionDenied);
    auto window = f.search().window(f.session(), QStringLiteral("C-3"));
    PL_VERIFY_OK(window);
    QVERIFY(!window.value().exceptionId);
}

void TestSearch::refusesClosedAndUnknownCases() {
    Fixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.closeCase(QStringLiteral("A-1")));
    auto closed = f.search().search(f.session(), f.request(QStringLiteral("ABC123")));
    PL_VERIFY_ERROR(closed, ErrorCode::PermissionDenied);
    QVERIFY(closed.error().message().contains(QStringLiteral("closed")));
    PL_VERIFY_ERROR(f.search().window(f.session(), QStringLiteral("A-1")),
                    ErrorCode::PermissionDenied);

    auto unknown = f.search().search(
        f.session(), f.request(QStringLiteral("ABC123"), SearchMode::Exact, QStringLiteral("X-9")));
    PL_VERIFY_ERROR(unknown, ErrorCode::NotFound);
    QVERIFY(unknown.error().message().contains(QStringLiteral("X-9")));
}

void TestSearch::refusalsAreAudited() {
    Fixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.closeCase(QStringLiteral("C-3")));

    SearchRequest noReason = f.request(QStringLiteral("ABC123"));
    noReason.reason = QStringLiteral("   ");
    SearchRequest noCase = f.request(QStringLiteral("ABC123"));
    noCase.caseNumber.clear();
    SearchRequest closed =
        f.request(QStringLiteral("ABC123"), SearchMode::Exact, QStringLiteral("C-3"));
    SearchRequest badPattern = f.request(QStringLiteral("AB#1"));
    SearchRequest tooFar = f.request(QStringLiteral("ABC123"));
    tooFar.fromUtc = f.now().addYears(-7);
    SearchRequest noPlate = f.request(QString());
    const QList<SearchRequest> refused = {noReason, noCase, closed, badPattern, tooFar, noPlate};

    for (const SearchRequest& request : refused) {
        const qsizetype before =
            AuditReader::withAction(f.db(), core::AuditAction::searchRefused()).size();
        auto result = f.search().search(f.session(), request);
        QVERIFY(!result.ok());
        const auto events = AuditReader::withAction(f.db(), core::AuditAction::searchRefused());
        QCOMPARE(events.size(), before + 1);
        const core::AuditEvent& event = events.last();
        QCOMPARE(event.outcome, QStringLiteral("refused"));
        QCOMPARE(event.caseNumber, request.caseNumber.trimmed());
        QCOMPARE(AuditReader::details(event).value(QStringLiteral("refused")).toString(),
                 result.error().message());
    }
    QCOMPARE(AuditReader::withAction(f.db(), core::AuditAction::searchRun()).size(), 0);
}

void TestSearch::auditsRunWithDigest() {
    Fixture f;
    QVERIFY(f.isValid());
    const QDateTime t = f.now().addDays(-5);
    const qint64 a = f.addRead(QStringLiteral("ABC123"), t);
    const qint64 b = f.addRead(QStringLiteral("ABC123"), t.addSecs(3600));
    QVERIFY(f.addRead(QStringLiteral("XYZ999"), t) > 0);

    SearchRequest request = f.request(QStringLiteral("ABC 123"));
    request.reason = QStringLiteral("  witness saw the car  ");
    request.onBehalfOf = QStringLiteral("Det. Tremblay");
    auto result = f.search().search(f.session(), request);
    PL_VERIFY_OK(result);
    QCOMPARE(result.value().readIds, QList<qint64>({b, a}));
    QCOMPARE(result.value().digest, digestOf({a, b}));

    const auto event = AuditReader::last(f.db(), core::AuditAction::searchRun());
    QCOMPARE(event.seq, result.value().auditSeq);
    QCOMPARE(event.caseNumber, QStringLiteral("A-1"));
    QCOMPARE(event.reason, QStringLiteral("witness saw the car"));
    QCOMPARE(event.onBehalfOf, QStringLiteral("Det. Tremblay"));
    QCOMPARE(event.outcome, QStringLiteral("success"));
    const QJsonObject details = AuditReader::details(event);
    QCOMPARE(details.value(QStringLiteral("count")).toInteger(), 2);
    QCOMPARE(details.value(QStringLiteral("ids_sha256")).toString(), digestOf({a, b}));
    QCOMPARE(details.value(QStringLiteral("pattern")).toString(), QStringLiteral("ABC 123"));
    QCOMPARE(details.value(QStringLiteral("plate")).toString(), QStringLiteral("ABC123"));
    QCOMPARE(details.value(QStringLiteral("mode")).toString(), QStringLiteral("exact"));
    const QJsonObject window = details.value(QStringLiteral("window")).toObject();
    QCOMPARE(window.value(QStringLiteral("basis")).toString(), QStringLiteral("administrative"));
    QCOMPARE(window.value(QStringLiteral("applied_from")).toString(),
             core::TimeFormat::toStorage(f.now().addYears(-5)));

    // An empty result is audited too, with the digest of nothing.
    auto none = f.search().search(f.session(), f.request(QStringLiteral("NONE00")));
    PL_VERIFY_OK(none);
    QCOMPARE(AuditReader::details(AuditReader::last(f.db(), core::AuditAction::searchRun()))
                 .value(QStringLiteral("ids_sha256"))
                 .toString(),
             digestOf({}));
}

void TestSearch::filtersByAreaAndTime() {
    Fixture f;
    QVERIFY(f.isValid());
    const QDateTime t = f.now().addDays(-20);
    // Two reads 0.01 degrees of latitude (~1.1 km) apart, one far away.
    const qint64 here = f.addRead(QStringLiteral("ABC123"), t, 45.500, -73.570);
    const qint64 near = f.addRead(QStringLiteral("ABD456"), t.addSecs(600), 45.510, -73.570);
    const qint64 far = f.addRead(QStringLiteral("ABC123"), t.addSecs(1200), 46.800, -71.200);
    const qint64 later = f.addRead(QStringLiteral("ABC123"), t.addDays(5), 45.500, -73.570);

    SearchRequest circle = f.request(QString());
    circle.area = core::SearchArea::circle(45.500, -73.570, 500);
    QCOMPARE(f.ids(circle), QList<qint64>({later, here}));
    circle.area.radiusMetres = 1500;
    QCOMPARE(f.ids(circle), QList<qint64>({later, near, here}));

    SearchRequest box = f.request(QStringLiteral("ABC123"));
    box.area = core::SearchArea::rectangle(45.0, -74.0, 46.0, -73.0);
    QCOMPARE(f.ids(box), QList<qint64>({later, here}));
    box.area = core::SearchArea::rectangle(46.0, -72.0, 47.0, -71.0);
    QCOMPARE(f.ids(box), QList<qint64>({far}));

    SearchRequest timed = f.request(QStringLiteral("ABC123"));
    timed.fromUtc = t.addSecs(-1);
    timed.toUtc = t.addDays(1);
    QCOMPARE(f.ids(timed), QList<qint64>({far, here}));
    timed.area = core::SearchArea::circle(45.500, -73.570, 2000);
    QCOMPARE(f.ids(timed), QList<qint64>({here}));

    SearchRequest backwards = f.request(QStringLiteral("ABC123"));
    backwards.fromUtc = t;
    backwards.toUtc = t.addDays(-1);
    PL_VERIFY_ERROR(f.search().search(f.session(), backwards), ErrorCode::InvalidArgument);
    SearchRequest badArea = f.request(QStringLiteral("ABC123"));
    badArea.area = core::SearchArea::circle(95, 0, 100);
    PL_VERIFY_ERROR(f.search().search(f.session(), badArea), ErrorCode::InvalidArgument);
}

void TestSearch::filtersByStateAndDevice() {
    Fixture f;
    QVERIFY(f.isValid());
    const QDateTime t = f.now().addDays(-2);
    const qint64 quebec = f.addRead(QStringLiteral("ABC123"), t);
    const qint64 ontario = f.addRead(QStringLiteral("ABC123"), t.addSecs(60), 45.5, -73.5,
                                     f.otherDevice(), QStringLiteral("ON"));

    SearchRequest byState = f.request(QStringLiteral("ABC123"));
    byState.state = QStringLiteral("on");
    QCOMPARE(f.ids(byState), QList<qint64>({ontario}));

    SearchRequest byDevice = f.request(QString());
    byDevice.deviceId = f.device();
    QCOMPARE(f.ids(byDevice), QList<qint64>({quebec}));
}

void TestSearch::fetchesDisplayRows() {
    Fixture f;
    QVERIFY(f.isValid());
    const QDateTime t = QDateTime(QDate(2026, 2, 1), QTime(12, 30), Qt::UTC);
    const qint64 first = f.addRead(QStringLiteral("ABC123"), t);
    const qint64 second = f.addRead(QStringLiteral("ABC123"), t.addSecs(60));
    auto image = f.db().prepare("INSERT INTO read_images (read_id, kind, data) "
                                "VALUES (?1, 'plate', x'00')");
    PL_VERIFY_OK(image);
    PL_VERIFY_OK(image.value().bind(1, first).run());
    auto verify = f.db().prepare("INSERT INTO verifications (read_id, decision, corrected, "
                                 "user_id, time_utc) VALUES (?1, ?2, ?3, ?4, ?5)");
    PL_VERIFY_OK(verify);
    const QString when = core::TimeFormat::toStorage(f.now());
    PL_VERIFY_OK(verify.value()
                     .bind(1, first)
                     .bind(2, QStringLiteral("unreadable"))
                     .bindNull(3)
                     .bind(4, f.session().userId)
                     .bind(5, when)
                     .run());
    verify.value().reset();
    PL_VERIFY_OK(verify.value()
                     .bind(1, first)
                     .bind(2, QStringLiteral("mismatch"))
                     .bind(3, QStringLiteral("ABC128"))
                     .bind(4, f.session().userId)
                     .bind(5, when)
                     .run());

    auto result = f.search().search(f.session(), f.request(QStringLiteral("ABC123")));
    PL_VERIFY_OK(result);
    QCOMPARE(result.value().readIds, QList<qint64>({second, first}));

    auto rows = f.search().rows(f.session(), result.value(), 1, 10);
    PL_VERIFY_OK(rows);
    QCOMPARE(rows.value().size(), 1);
    const core::SearchRow& row = rows.value().first();
    QCOMPARE(row.readId, first);
    QCOMPARE(row.plate, QStringLiteral("ABC123"));
    QCOMPARE(row.plateRaw, QStringLiteral("ABC123"));
    QCOMPARE(row.state, QStringLiteral("QC"));
    QCOMPARE(row.timeUtc, t);
    QCOMPARE(row.latitude, std::optional<double>(45.5));
    QCOMPARE(row.longitude, std::optional<double>(-73.57));
    QCOMPARE(row.deviceName, QStringLiteral("North gate"));
    QCOMPARE(row.source, core::SearchRow::Source::Import);
    QCOMPARE(row.confidence, std::optional<double>(91.5));
    QVERIFY(row.hasPlateImage);
    QCOMPARE(row.verification, QStringLiteral("mismatch"));
    QCOMPARE(row.corrected, QStringLiteral("ABC128"));

    auto both = f.search().rows(f.session(), result.value(), 0, 2);
    PL_VERIFY_OK(both);
    QCOMPARE(both.value().size(), 2);
    QCOMPARE(both.value().first().readId, second);
    QVERIFY(!both.value().first().hasPlateImage);
    QVERIFY(both.value().first().verification.isEmpty());
    auto beyond = f.search().rows(f.session(), result.value(), 5, 10);
    PL_VERIFY_OK(beyond);
    QVERIFY(beyond.value().isEmpty());
}

void TestSearch::fetchesResultPoints() {
    Fixture f;
    QVERIFY(f.isValid());
    const QDateTime t = QDateTime(QDate(2026, 2, 1), QTime(12, 30), Qt::UTC);
    const qint64 first = f.addRead(QStringLiteral("ABC123"), t, 45.5, -73.57);
    const qint64 second =
        f.addRead(QStringLiteral("ABC123"), t.addSecs(60), 45.6, -73.6, f.otherDevice());
    const qint64 third = f.addRead(QStringLiteral("ABC123"), t.addSecs(120));
    auto unplace = f.db().prepare("UPDATE reads SET latitude = NULL, longitude = NULL "
                                  "WHERE id = ?1");
    PL_VERIFY_OK(unplace);
    PL_VERIFY_OK(unplace.value().bind(1, third).run());
    auto place = f.db().prepare("UPDATE devices SET latitude = 45.4, longitude = -73.5 "
                                "WHERE id = ?1");
    PL_VERIFY_OK(place);
    PL_VERIFY_OK(place.value().bind(1, f.device()).run());

    auto result = f.search().search(f.session(), f.request(QStringLiteral("ABC123")));
    PL_VERIFY_OK(result);
    QCOMPARE(result.value().readIds, QList<qint64>({third, second, first}));
    const qint64 eventsBefore = AuditReader::all(f.db()).size();

    auto points = f.search().points(f.session(), result.value());
    PL_VERIFY_OK(points);
    const core::ResultPoints& p = points.value();
    QCOMPARE(p.points.size(), 3);
    QCOMPARE(p.points[0].readId, third);
    QVERIFY(!p.points[0].hasLocation);
    QCOMPARE(p.points[1].readId, second);
    QVERIFY(p.points[1].hasLocation);
    QCOMPARE(p.points[1].latitude, 45.6);
    QCOMPARE(p.points[1].longitude, -73.6);
    QCOMPARE(p.points[1].timeMs, t.addSecs(60).toMSecsSinceEpoch());
    QCOMPARE(p.points[2].readId, first);
    // Each device once, in the order first met, with its fixed location.
    QCOMPARE(p.devices.size(), 2);
    QCOMPARE(p.devices[p.points[0].device].name, QStringLiteral("North gate"));
    QCOMPARE(p.devices[p.points[0].device].latitude, std::optional<double>(45.4));
    QCOMPARE(p.devices[p.points[1].device].name, QStringLiteral("Car 7"));
    QVERIFY(!p.devices[p.points[1].device].latitude);
    QCOMPARE(p.points[2].device, p.points[0].device);
    // A view of the audited result: nothing new in the trail.
    QCOMPARE(AuditReader::all(f.db()).size(), eventsBefore);

    // Reads purged since are left out; nothing outside the result is added.
    auto purge = f.db().prepare("DELETE FROM reads WHERE id = ?1");
    PL_VERIFY_OK(purge);
    PL_VERIFY_OK(purge.value().bind(1, second).run());
    f.addRead(QStringLiteral("ABC123"), t.addSecs(180));
    auto after = f.search().points(f.session(), result.value());
    PL_VERIFY_OK(after);
    QCOMPARE(after.value().points.size(), 2);
    QCOMPARE(after.value().points[0].readId, third);
    QCOMPARE(after.value().points[1].readId, first);
}

void TestSearch::auditsViewExports() {
    Fixture f;
    QVERIFY(f.isValid());
    const QDateTime t = QDateTime(QDate(2026, 2, 1), QTime(12, 30), Qt::UTC);
    const qint64 first = f.addRead(QStringLiteral("ABC123"), t);
    const qint64 second = f.addRead(QStringLiteral("ABC123"), t.addSecs(60));
    const qint64 other = f.addRead(QStringLiteral("XYZ999"), t);
    // Administrators do not see maps, so they do not export them.
    auto admins = f.search().search(f.session(), f.request(QStringLiteral("ABC123")));
    PL_VERIFY_OK(admins);
    PL_VERIFY_ERROR(f.search().recordViewExport(f.session(), admins.value(), {first},
                                                QStringLiteral("map_timeline_png"),
                                                QStringLiteral("/tmp/map.png")),
                    ErrorCode::PermissionDenied);

    QVERIFY(f.ts().addUser(QStringLiteral("ines"), core::Role::Investigator) > 0);
    f.ts().close();
    core::StationLogin login =
        f.ts().loginActive(QStringLiteral("ines"), TestStation::userPassword());
    QVERIFY(login.station);
    core::SearchService& search = login.station->search();
    core::Database& db = login.station->database();
    auto result = search.search(login.session, f.request(QStringLiteral("ABC123")));
    PL_VERIFY_OK(result);

    // Only reads of the result; nothing recorded when refused.
    const qsizetype before = AuditReader::all(db).size();
    PL_VERIFY_ERROR(search.recordViewExport(login.session, result.value(), {first, other},
                                            QStringLiteral("map_timeline_png"),
                                            QStringLiteral("/tmp/map.png")),
                    ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(search.recordViewExport(login.session, result.value(), {first},
                                            QStringLiteral("map_timeline_png"), QString()),
                    ErrorCode::InvalidArgument);
    QCOMPARE(AuditReader::all(db).size(), before);

    auto seq =
        search.recordViewExport(login.session, result.value(), {second},
                                QStringLiteral("map_timeline_png"), QStringLiteral("/tmp/map.png"));
    PL_VERIFY_OK(seq);
    const core::AuditEvent event = AuditReader::last(db, core::AuditAction::searchViewExported());
    QCOMPARE(event.seq, seq.value());
    QCOMPARE(event.caseNumber, QStringLiteral("A-1"));
    QCOMPARE(event.userName, QStringLiteral("ines"));
    const QJsonObject details = AuditReader::details(event);
    QCOMPARE(details.value(QStringLiteral("destination")).toString(),
             QStringLiteral("/tmp/map.png"));
    QCOMPARE(details.value(QStringLiteral("search_seq")).toInteger(), result.value().auditSeq);
    QCOMPARE(details.value(QStringLiteral("count")).toInteger(), 1);
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::number(second), QCryptographicHash::Sha256).toHex());
    QCOMPARE(details.value(QStringLiteral("ids_sha256")).toString(), digest);
}

void TestSearch::returnsLargeResults() {
    Fixture f;
    QVERIFY(f.isValid());
    constexpr int kReads = 100000;
    const qint64 startMs = f.now().addDays(-100).toMSecsSinceEpoch();
    {
        auto tx = core::Transaction::begin(f.db());
        PL_VERIFY_OK(tx);
        auto stmt = f.db().prepare("INSERT INTO reads (plate_raw, plate, match_key, time_ms, "
                                   "device_id, source) VALUES (?1, ?1, ?1, ?2, ?3, 'import')");
        PL_VERIFY_OK(stmt);
        for (int i = 0; i < kReads; ++i) {
            const QString plate = QStringLiteral("XK%1").arg(i % 5000, 4, 10, QLatin1Char('0'));
            stmt.value().reset();
            stmt.value().bind(1, plate).bind(2, startMs + i * 1000).bind(3, f.device());
            PL_VERIFY_OK(stmt.value().run());
        }
        PL_VERIFY_OK(tx.value().commit());
    }
    auto result = f.search().search(f.session(), f.request(QStringLiteral("XK*")));
    PL_VERIFY_OK(result);
    QCOMPARE(result.value().readIds.size(), kReads);
    // Newest first.
    QCOMPARE(result.value().readIds.first(),
             *std::max_element(result.value().readIds.cbegin(), result.value().readIds.cend()));
    QCOMPARE(AuditReader::details(AuditReader::last(f.db(), core::AuditAction::searchRun()))
                 .value(QStringLiteral("count"))
                 .toInteger(),
             kReads);
    auto slice = f.search().rows(f.session(), result.value(), kReads - 50, 100);
    PL_VERIFY_OK(slice);
    QCOMPARE(slice.value().size(), 50);
    QCOMPARE(slice.value().last().readId, result.value().readIds.last());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
