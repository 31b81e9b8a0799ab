// Importing hot lists from files: the sample lists of FORMATS.md with their
// documented outcomes, profile detection, replacing a list on re-import,
// ownership and alerts, the wildcard limit, refusals and the audit trail.
#include "core/audit/AuditAction.h"
#include "core/cases/CaseService.h"
#include "core/hotlist/AlertService.h"
#include "core/hotlist/HotListImportService.h"
#include "core/hotlist/HotListService.h"
#include "core/import/ImportService.h"
#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;
using core::ErrorCode;
using core::HotListImportRequest;
using core::HotListImportRow;
using core::HotListImportSummary;
using Outcome = core::HotListImportRow::Outcome;
using tests::AuditReader;
using tests::TestStation;

namespace {

const QString samples = QStringLiteral(PL_SAMPLES_DIR);

QString sample(const QString& name) {
    return samples + QLatin1Char('/') + name;
}

// The day of the NCIC sample's header (LPR EXTRACT 20241104 0600): the
// Security Center sample's expiry dates are judged from then.
QDateTime sampleDay() {
    return QDateTime(QDate(2024, 11, 4), QTime(12, 0), Qt::UTC);
}

// One expected outcome of FORMATS.md 5.2.
struct Expected {
    qint64 line;
    Outcome outcome;
    QString reason;
};

QString describe(const QList<HotListImportRow>& rows) {
    QStringList lines;
    for (const HotListImportRow& row : rows)
        lines.append(QStringLiteral("%1 %2 %3")
                         .arg(row.line)
                         .arg(HotListImportRow::outcomeName(row.outcome), row.reason));
    return lines.join(QLatin1Char('\n'));
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(bytes) == bytes.size();
}

} // namespace

class TestHotListImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void ncicSampleMatchesDocumentedOutcome();
    void securityCenterSampleMatchesDocumentedOutcome();
    void entriesCarryTheFileAndTheList();
    void detectionPicksTheRightProfile_data();
    void detectionPicksTheRightProfile();
    void nothingFitsIsSaidClearly();
    void reimportReplacesTheListWithHistory();
    void importerOwnsEntriesAndGetsTheAlerts();
    void anotherPersonCannotReplaceTheList();
    void wildcardEntriesCountAgainstTheStationLimit();
    void refusalsAreClearAndAudited();
    void importIsAuditedWithItsCounts();
    void cancelLeavesTheListAsItWas();
    void fileWithoutUsableRecordsLeavesTheListAlone();
    void previewShowsProfileRowsAndList();

private:
    HotListImportRequest request(const QString& path, const QString& list = {}) const;
    core::Result<HotListImportSummary> importAs(core::StationLogin& who,
                                                const HotListImportRequest& request,
                                                const core::HotListImportProgressFn& progress = {});
    static void checkRows(const HotListImportSummary& summary, const QList<Expected>& expected);
    qint64 count(const char* sql, qint64 bind = 0);
    QList<HotListImportRow> storedRows(qint64 importId);
    QString writeTemp(const QString& name, const QByteArray& bytes);

    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_amy;  // agent
    core::StationLogin m_ivan; // investigator
    core::StationLogin m_sue;  // supervisor
    qint64 m_amyId = 0;
    QTemporaryDir m_dir;
};

void TestHotListImport::init() {
    m_ts = std::make_unique<TestStation>(sampleDay());
    QVERIFY(m_ts->isValid());
    m_amyId = m_ts->addUser(QStringLiteral("amy"), core::Role::Agent);
    QVERIFY(m_amyId > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sue"), core::Role::Supervisor) > 0);
    m_amy = m_ts->loginActive(QStringLiteral("amy"), TestStation::userPassword());
    m_ivan = m_ts->loginActive(QStringLiteral("ivan"), TestStation::userPassword());
    m_sue = m_ts->loginActive(QStringLiteral("sue"), TestStation::userPassword());
    QVERIFY(m_amy.station && m_ivan.station && m_sue.station);
}

void TestHotListImport::cleanup() {
    m_amy = {};
    m_ivan = {};
    m_sue = {};
    m_ts.reset();
}

HotListImportRequest TestHotListImport::request(const QString& path, const QString& list) const {
    HotListImportRequest r;
    r.filePath = path;
    r.listName = list;
    r.caseNumber = QStringLiteral("HL-2024-017");
    r.reason = QStringLiteral("Daily state hot list");
    return r;
}

core::Result<HotListImportSummary>
TestHotListImport::importAs(core::StationLogin& who, const HotListImportRequest& r,
                            const core::HotListImportProgressFn& progress) {
    return who.station->hotListImports().importFile(who.session, r, progress);
}

void TestHotListImport::checkRows(const HotListImportSummary& summary,
                                  const QList<Expected>& expected) {
    QList<HotListImportRow> wanted;
    for (const Expected& e : expected) {
        HotListImportRow row;
        row.line = e.line;
        row.outcome = e.outcome;
        row.reason = e.reason;
        wanted.append(row);
    }
    QCOMPARE(describe(summary.issues), describe(wanted));
}

qint64 TestHotListImport::count(const char* sql, qint64 bind) {
    auto query = m_ts->station().database().prepare(sql);
    if (!query)
        return -1;
    if (bind != 0)
        query->bind(1, bind);
    if (!query->step().value())
        return -1;
    return query->integer(0);
}

QList<HotListImportRow> TestHotListImport::storedRows(qint64 importId) {
    auto rows = m_amy.station->hotListImports().rows(m_amy.session, importId);
    return rows ? rows.value() : QList<HotListImportRow>();
}

QString TestHotListImport::writeTemp(const QString& name, const QByteArray& bytes) {
    const QString path = m_dir.filePath(name);
    return writeFile(path, bytes) ? path : QString();
}

void TestHotListImport::ncicSampleMatchesDocumentedOutcome() {
    auto summary = importAs(m_amy, request(sample(QStringLiteral("ncic_hotlist_fixed.txt"))));
    PL_VERIFY_OK(summary);
    QCOMPARE(summary->profileId, QStringLiteral("ncic-lpr-extract-fixed"));
    const core::HotListImportCounts& counts = summary->counts;
    // FORMATS.md 5.2: accepted 9, accepted with flags 6, rejected 3,
    // duplicates 1, skipped 0 (19 records; header, blank line and trailer
    // are not records).
    QCOMPARE(counts.records, 19);
    QCOMPARE(counts.accepted, 9);
    QCOMPARE(counts.flagged, 6);
    QCOMPARE(counts.rejected, 3);
    QCOMPARE(counts.duplicates, 1);
    QCOMPARE(counts.skipped, 0);
    QCOMPARE(counts.nonDataLines, 3);
    QCOMPARE(counts.added, 15);
    QCOMPARE(counts.kept, 0);
    QCOMPARE(counts.removed, 0);
    const QList<Expected> expected = {
        {8, Outcome::Flagged, QStringLiteral("state_zero_for_O")},
        {9, Outcome::Flagged, QStringLiteral("veh_make_zero_for_O")},
        {10, Outcome::Flagged, QStringLiteral("plate_lowercase")},
        {11, Outcome::Flagged, QStringLiteral("plate_separators_removed")},
        {12, Outcome::Flagged, QStringLiteral("short_record:41; bad_format:plate_year='20'")},
        {15, Outcome::Duplicate, QStringLiteral("duplicate_of_line:14")},
        {16, Outcome::Rejected, QStringLiteral("bad_date:entry_date='20241340'")},
        {17, Outcome::Rejected, QStringLiteral("placeholder_plate:UNKNOWN")},
        {18, Outcome::Flagged, QStringLiteral("plate_separators_removed")},
        {19, Outcome::Rejected, QStringLiteral("tab_in_fixed_width_line")},
    };
    checkRows(summary.value(), expected);
    // The store holds the same outcomes, each with its line as written.
    const QList<HotListImportRow> stored = storedRows(summary->importId);
    QCOMPARE(describe(stored), describe(summary->issues));
    QCOMPARE(stored.value(9).raw, QStringLiteral("W000000116\tWA0001600\t20241101\tZQX4821\tWA"));
    for (const HotListImportRow& row : stored)
        QVERIFY2(!row.message.isEmpty() && row.message != row.reason, qPrintable(row.reason));
    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_entries WHERE list_id = ?1", summary->listId), 15);
}

void TestHotListImport::securityCenterSampleMatchesDocumentedOutcome() {
    auto summary = importAs(m_amy, request(sample(QStringLiteral("genetec_style_hotlist.txt"))));
    PL_VERIFY_OK(summary);
    QCOMPARE(summary->profileId, QStringLiteral("securitycenter-style-semicolon-hotlist"));
    const core::HotListImportCounts& counts = summary->counts;
    // FORMATS.md 5.2: 7 accepted, 5 with flags, 6 rejected, 1 duplicate,
    // 1 skipped. Expiry is judged at the import time, the day of the
    // sample; line 5's entry (expiring 2024-11-09) would be skipped too a
    // week later.
    QCOMPARE(counts.records, 20);
    QCOMPARE(counts.accepted, 7);
    QCOMPARE(counts.flagged, 5);
    QCOMPARE(counts.rejected, 6);
    QCOMPARE(counts.duplicates, 1);
    QCOMPARE(counts.skipped, 1);
    QCOMPARE(counts.added, 12);
    const QList<Expected> expected = {
        {5, Outcome::Flagged, QStringLiteral("wildcard_entry")},
        {6, Outcome::Flagged, QStringLiteral("wildcard_entry")},
        {7, Outcome::Rejected, QStringLiteral("too_many_wildcards:Z***821")},
        {8, Outcome::Skipped, QStringLiteral("expired:2023-12-31")},
        {9, Outcome::Rejected, QStringLiteral("missing_required:category")},
        {10, Outcome::Flagged, QStringLiteral("state_name_mapped")},
        {11, Outcome::Flagged, QStringLiteral("plate_lowercase; plate_separators_removed")},
        {12, Outcome::Flagged, QStringLiteral("alt_format:MM/dd/yyyy")},
        {13, Outcome::Rejected, QStringLiteral("field_count:1!=7")},
        {14, Outcome::Rejected, QStringLiteral("field_count:8!=7")},
        {16, Outcome::Duplicate, QStringLiteral("duplicate_of_line:1")},
        {18, Outcome::Rejected, QStringLiteral("empty_plate")},
        {19, Outcome::Rejected, QStringLiteral("plate_bad_chars:\u00c9COLE1")},
    };
    checkRows(summary.value(), expected);
    QCOMPARE(describe(storedRows(summary->importId)), describe(summary->issues));
}

void TestHotListImport::entriesCarryTheFileAndTheList() {
    auto ncic = importAs(m_amy, request(sample(QStringLiteral("ncic_hotlist_fixed.txt")),
                                        QStringLiteral("NCIC daily")));
    PL_VERIFY_OK(ncic);
    auto genetec = importAs(m_amy, request(sample(QStringLiteral("genetec_style_hotlist.txt")),
                                           QStringLiteral("Patrol list")));
    PL_VERIFY_OK(genetec);

    auto entries =
        m_amy.station->hotLists().entries(m_amy.session, core::HotListService::Scope::Own);
    PL_VERIFY_OK(entries);
    QHash<QString, core::HotListEntry> byKey;
    for (const core::HotListEntry& e : entries.value())
        byKey.insert(e.listName + QLatin1Char('/') + e.plateEntered + QLatin1Char('/') + e.state,
                     e);
    QCOMPARE(byKey.size(), 27);
    const QDateTime now = sampleDay();

    // Line 8: 0H read as OH; NCIC lists alert on exact matches only.
    const core::HotListEntry jmv = byKey.value(QStringLiteral("NCIC daily/JMV9012/OH"));
    QCOMPARE(jmv.plate, QStringLiteral("JMV9012"));
    QCOMPARE(jmv.category, QStringLiteral("stolen_vehicle"));
    QCOMPARE(jmv.listCode, QStringLiteral("V"));
    QCOMPARE(jmv.ownerName, QStringLiteral("amy"));
    QCOMPARE(jmv.caseNumber, QStringLiteral("HL-2024-017"));
    QCOMPARE(jmv.reason, QStringLiteral("Daily state hot list: Stolen vehicle"));
    QVERIFY(!jmv.possibleMatches);
    QCOMPARE(jmv.addedUtc, now);
    QCOMPARE(jmv.reviewByUtc, now.addDays(365));
    QVERIFY(!jmv.expiresUtc.isValid());
    QVERIFY(jmv.alertsAt(now));
    const QJsonObject jmvDetails = QJsonDocument::fromJson(jmv.details.toUtf8()).object();
    QCOMPARE(jmvDetails.value(QStringLiteral("nic")).toString(), QStringLiteral("V000000107"));
    QCOMPARE(jmvDetails.value(QStringLiteral("ori")).toString(), QStringLiteral("OH0000700"));
    QCOMPARE(jmvDetails.value(QStringLiteral("entry_date")).toString(),
             QStringLiteral("2024-10-11"));
    QCOMPARE(jmvDetails.value(QStringLiteral("veh_make")).toString(), QStringLiteral("NISS"));
    QCOMPARE(jmvDetails.value(QStringLiteral("veh_year")).toInt(), 2019);
    QCOMPARE(jmvDetails.value(QStringLiteral("state_text")).toString(), QStringLiteral("0H"));
    // Line 9: D0DG read as DODG; line 6: code A is an AMBER alert.
    const core::HotListEntry rsa = byKey.value(QStringLiteral("NCIC daily/RSA4478/WA"));
    QCOMPARE(QJsonDocument::fromJson(rsa.details.toUtf8())
                 .object()
                 .value(QStringLiteral("veh_make"))
                 .toString(),
             QStringLiteral("DODG"));
    QCOMPARE(rsa.category, QStringLiteral("sex_offender"));
    QCOMPARE(byKey.value(QStringLiteral("NCIC daily/WLM2207/WA")).category,
             QStringLiteral("amber_alert"));
    // Line 10 keeps what the file said next to the normalised plate.
    QCOMPARE(byKey.value(QStringLiteral("NCIC daily/bkt3390/WA")).plate, QStringLiteral("BKT3390"));
    // Line 12: the truncated plate year was left out.
    const QJsonObject prv =
        QJsonDocument::fromJson(
            byKey.value(QStringLiteral("NCIC daily/PRV1186/WA")).details.toUtf8())
            .object();
    QVERIFY(!prv.contains(QStringLiteral("plate_year")));
    // Canadian records keep their province.
    QCOMPARE(byKey.value(QStringLiteral("NCIC daily/CAPB123/ON")).category,
             QStringLiteral("stolen_canadian_vehicle"));

    // The Security Center list: wildcards kept, look-alike matches allowed,
    // expiry as the last valid day.
    const core::HotListEntry wild = byKey.value(QStringLiteral("Patrol list/WLM22*7/WA"));
    QCOMPARE(wild.plate, QStringLiteral("WLM22*7"));
    QVERIFY(wild.isWildcard());
    QVERIFY(wild.possibleMatches);
    QCOMPARE(wild.category, QStringLiteral("amber_alert"));
    QCOMPARE(wild.expiresUtc, QDateTime(QDate(2024, 11, 10), QTime(0, 0), Qt::UTC));
    const core::HotListEntry gnx = byKey.value(QStringLiteral("Patrol list/GNX7741/WA"));
    QCOMPARE(gnx.expiresUtc, QDateTime(QDate(2025, 10, 26), QTime(0, 0), Qt::UTC));
    const QJsonObject gnxDetails = QJsonDocument::fromJson(gnx.details.toUtf8()).object();
    QCOMPARE(gnxDetails.value(QStringLiteral("effective_date")).toString(),
             QStringLiteral("2024-10-25"));
    QCOMPARE(gnxDetails.value(QStringLiteral("veh_make")).toString(), QStringLiteral("TOYOTA"));
    QCOMPARE(gnxDetails.value(QStringLiteral("category_text")).toString(),
             QStringLiteral("Stolen"));
    QCOMPARE(byKey.value(QStringLiteral("Patrol list/RSA4478/WA")).state, QStringLiteral("WA"));
    QCOMPARE(byKey.value(QStringLiteral("Patrol list/prv 1186/WA")).plate,
             QStringLiteral("PRV1186"));
    QCOMPARE(byKey.value(QStringLiteral("Patrol list/7HJW552/BC")).category,
             QStringLiteral("stolen_vehicle"));
    QCOMPARE(byKey.value(QStringLiteral("Patrol list/CRN8814/OR")).category,
             QStringLiteral("wanted_person"));
    QVERIFY(!byKey.value(QStringLiteral("Patrol list/KPE2039/ID")).expiresUtc.isValid());

    // Every entry has its history row, so the alert writer reloads.
    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_history WHERE change = 'imported'"), 27);
}

void TestHotListImport::detectionPicksTheRightProfile_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("firstPlate");
    QTest::addColumn<QString>("firstCategory");

    QTest::newRow("MN NCIC with header")
        << QStringLiteral("mn.csv")
        << QByteArray("NIC,ORI,DATE,LIC,LIS,LIY,LIT,VYR,VMA,VMO,VST,VCO\r\n"
                      "C845996328,0H0671200,20211122,JFJ4764,0H,2022,TK,2013,CHEV,AVA,PK,CRM\r\n"
                      "V123456789,MN0620000,20211120,ABC123,MN,2023,PC,2015,FORD,FUS,4D,BLU\r\n")
        << QStringLiteral("mn-ncic-csv-hotlist") << QStringLiteral("JFJ4764")
        << QStringLiteral("supervised_release");
    QTest::newRow("KS Topeka")
        << QStringLiteral("topeka.csv")
        << QByteArray("V,NY03030P0,20210609,85TF66,NY,2021,MC,2005,YAMA,CYL,MC,BLK\n"
                      "X,KS08901A0,20210610,KSX221,KS,2022,PC,2011,D0DG,CHA,4D,GRY\n")
        << QStringLiteral("ks-topeka-csv-hotlist") << QStringLiteral("85TF66")
        << QStringLiteral("stolen_vehicle");
    QTest::newRow("TX NCIC without LIT")
        << QStringLiteral("tx.csv")
        << QByteArray("N123456789,TX2270000,20220301,HJK9921,0H,2023,2012,D0DG,RAM,PK,WHI\n"
                      ",,,,\n"
                      "V223456789,TX2270000,20220302,TXA1122,TX,2023,2018,TOYT,CAM,4D,SIL\n")
        << QStringLiteral("tx-ncic-csv-hotlist") << QStringLiteral("HJK9921")
        << QStringLiteral("immigration_violator");
    QTest::newRow("alert list upload") << QStringLiteral("alerts.csv")
                                       << QByteArray("# exported for the station\n"
                                                     "Plate Number,Description,State/Province\n"
                                                     "ABC1234,\"Burglary suspect, grey van\",WA\n"
                                                     "XYZ987,Missing person's car,Oregon\n")
                                       << QStringLiteral("openalpr-alert-list-csv")
                                       << QStringLiteral("ABC1234") << QStringLiteral("other");
    QTest::newRow("NCIC fixed width")
        << QStringLiteral("ncic_hotlist_fixed.txt") << QByteArray()
        << QStringLiteral("ncic-lpr-extract-fixed") << QStringLiteral("ZQX4821")
        << QStringLiteral("stolen_vehicle");
    QTest::newRow("Security Center style")
        << QStringLiteral("genetec_style_hotlist.txt") << QByteArray()
        << QStringLiteral("securitycenter-style-semicolon-hotlist") << QStringLiteral("ZQX4821")
        << QStringLiteral("stolen_vehicle");
}

void TestHotListImport::detectionPicksTheRightProfile() {
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, profile);
    QFETCH(QString, firstPlate);
    QFETCH(QString, firstCategory);
    const QString path = content.isEmpty() ? sample(name) : writeTemp(name, content);
    QVERIFY(!path.isEmpty());

    auto preview = m_amy.station->hotListImports().preview(m_amy.session, path);
    PL_VERIFY_OK(preview);
    QCOMPARE(preview->detectedProfileId, profile);
    QVERIFY2(preview->problem.isEmpty(), qPrintable(preview->problem));
    QVERIFY(!preview->rows.isEmpty());
    QCOMPARE(preview->rows.first().plate, firstPlate);
    QCOMPARE(preview->rows.first().category, firstCategory);

    auto summary = importAs(m_amy, request(path, name));
    PL_VERIFY_OK(summary);
    QCOMPARE(summary->profileId, profile);
    QVERIFY(summary->counts.stored() >= 2);
}

void TestHotListImport::nothingFitsIsSaidClearly() {
    // A reader dump is not a hot list.
    const QString reads = sample(QStringLiteral("reads_summary_like.csv"));
    auto preview = m_amy.station->hotListImports().preview(m_amy.session, reads);
    PL_VERIFY_OK(preview);
    QVERIFY(preview->detectedProfileId.isEmpty());
    QVERIFY(preview->rows.isEmpty());
    QVERIFY(preview->problem.contains(QStringLiteral("reads_summary_like.csv")));
    QVERIFY(preview->problem.contains(QStringLiteral("ncic-lpr-extract-fixed")));

    auto summary = importAs(m_amy, request(reads));
    PL_VERIFY_ERROR(summary, ErrorCode::InvalidArgument);
    QVERIFY2(summary.error().message().contains(QStringLiteral("No hot-list profile recognises")),
             qPrintable(summary.error().message()));
    const core::AuditEvent refused =
        AuditReader::last(m_ts->station().database(), core::AuditAction::hotListImportRefused());
    QVERIFY(refused.seq > 0);
    QCOMPARE(AuditReader::details(refused).value(QStringLiteral("why")).toString(),
             QStringLiteral("no_matching_profile"));
    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_lists"), 0);
}

void TestHotListImport::reimportReplacesTheListWithHistory() {
    const QByteArray original = readFile(sample(QStringLiteral("genetec_style_hotlist.txt")));
    QVERIFY(!original.isEmpty());
    auto first = importAs(m_amy, request(writeTemp(QStringLiteral("list.txt"), original),
                                         QStringLiteral("Patrol list")));
    PL_VERIFY_OK(first);
    QCOMPARE(first->counts.added, 12);
    QVERIFY(!first->listReplaced);

    // A day later: BKT3390 (line 2) and CRN8814 (line 3) are gone, ZQX4821
    // now expires later, and one plate is new.
    QList<QByteArray> lines = original.split('\n');
    if (lines.last().isEmpty())
        lines.removeLast();
    QCOMPARE(lines.size(), 20);
    QVERIFY(lines[1].contains("BKT3390") && lines[2].contains("CRN8814"));
    lines[0].replace("2025-10-01", "2026-01-31");
    lines.removeAt(2);
    lines.removeAt(1);
    lines.append("Stolen;WA;NEW4242;2024-11-05;2025-11-05;KIA;RED\r\n");
    m_ts->clock().advanceDays(1);
    const QDateTime later = m_ts->clock().nowUtc();
    auto second = importAs(m_amy, request(writeTemp(QStringLiteral("list2.txt"), lines.join('\n')),
                                          QStringLiteral("patrol LIST")));
    PL_VERIFY_OK(second);
    QVERIFY(second->listReplaced);
    QCOMPARE(second->listId, first->listId);
    QCOMPARE(second->counts.kept, 10);
    QCOMPARE(second->counts.added, 1);
    QCOMPARE(second->counts.removed, 2);
    QCOMPARE(second->counts.stored(), 11);

    // No entry twice: one live entry per plate, state and category.
    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_entries WHERE list_id = ?1 AND removed_utc IS "
                   "NULL",
                   first->listId),
             11);
    QCOMPARE(count("SELECT COUNT(*) FROM (SELECT plate, state, category FROM hotlist_entries "
                   "WHERE removed_utc IS NULL GROUP BY plate, state, category HAVING COUNT(*) > "
                   "1)"),
             0);

    auto entries =
        m_amy.station->hotLists().entries(m_amy.session, core::HotListService::Scope::Own, true);
    PL_VERIFY_OK(entries);
    for (const core::HotListEntry& e : entries.value()) {
        auto history = m_amy.station->hotLists().history(m_amy.session, e.id);
        PL_VERIFY_OK(history);
        QStringList changes;
        for (const core::HotListChange& change : history.value())
            changes.append(change.change);
        if (e.plate == QStringLiteral("BKT3390") || e.plate == QStringLiteral("CRN8814")) {
            // Removed, not deleted: the entry stays with its history.
            QVERIFY(e.isRemoved());
            QVERIFY(!e.active);
            QCOMPARE(e.removedUtc, later);
            QCOMPARE(e.removedByName, QStringLiteral("amy"));
            QVERIFY2(e.removedReason.contains(QString::number(second->importId)),
                     qPrintable(e.removedReason));
            QCOMPARE(changes,
                     QStringList({QStringLiteral("imported"), QStringLiteral("replaced")}));
            QCOMPARE(history->last().reason, e.removedReason);
        } else if (e.plate == QStringLiteral("NEW4242")) {
            QCOMPARE(e.addedUtc, later);
            QCOMPARE(changes, QStringList({QStringLiteral("imported")}));
        } else {
            // Kept and re-validated for another review period.
            QVERIFY2(!e.isRemoved(), qPrintable(e.plate));
            QCOMPARE(e.addedUtc, sampleDay());
            QCOMPARE(e.reviewedUtc, later);
            QCOMPARE(e.reviewByUtc, later.addDays(365));
            QCOMPARE(changes,
                     QStringList({QStringLiteral("imported"), QStringLiteral("imported")}));
            if (e.plate == QStringLiteral("ZQX4821")) {
                QCOMPARE(e.expiresUtc, QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC));
                const QJsonObject details =
                    QJsonDocument::fromJson(history->last().details.toUtf8()).object();
                QVERIFY(details.value(QStringLiteral("changed"))
                            .toObject()
                            .contains(QStringLiteral("expires_utc")));
            }
        }
    }
    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_imports WHERE list_id = ?1", first->listId), 2);
    QCOMPARE(count("SELECT removed FROM hotlist_imports WHERE id = ?1", second->importId), 2);
    QCOMPARE(count("SELECT kept FROM hotlist_imports WHERE id = ?1", second->importId), 10);
}

void TestHotListImport::importerOwnsEntriesAndGetsTheAlerts() {
    auto summary = importAs(m_amy, request(sample(QStringLiteral("ncic_hotlist_fixed.txt"))));
    PL_VERIFY_OK(summary);
    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_entries WHERE owner_id <> ?1", m_amyId), 0);
    QCOMPARE(count("SELECT owner_id FROM hotlist_lists WHERE id = ?1", summary->listId), m_amyId);

    // Ivan imports reads later; one of them is on amy's list.
    const QString reads = writeTemp(QStringLiteral("reads.csv"),
                                    "plate,state,date,time,lat,lon,device\r\n"
                                    "ZQX4821,WA,2024-11-04,10:15:00,47.61,-122.33,UNIT-7\r\n"
                                    "ZQX4B21,WA,2024-11-04,10:16:00,47.61,-122.33,UNIT-7\r\n"
                                    "AAA1111,WA,2024-11-04,10:17:00,47.61,-122.33,UNIT-7\r\n");
    core::ImportRequest readRequest;
    readRequest.filePath = reads;
    readRequest.deviceName = QStringLiteral("UNIT-7");
    readRequest.timeZone = QStringLiteral("UTC");
    auto job = m_ivan.station->imports().prepare(m_ivan.session, readRequest);
    PL_VERIFY_OK(job);
    auto imported = job->run();
    PL_VERIFY_OK(imported);
    QCOMPARE(imported->record.counts.stored, 3);
    // An exact hit only: NCIC entries do not alert on look-alikes.
    QCOMPARE(imported->alerts, 1);

    auto inbox = m_amy.station->alerts().inbox(m_amy.session);
    PL_VERIFY_OK(inbox);
    QCOMPARE(inbox->size(), 1);
    QCOMPARE(inbox->first().readPlate, QStringLiteral("ZQX4821"));
    QCOMPARE(inbox->first().kind, core::HotListAlert::Kind::Hit);
    QCOMPARE(inbox->first().listName, summary->listName);
    auto ivanInbox = m_ivan.station->alerts().inbox(m_ivan.session);
    PL_VERIFY_OK(ivanInbox);
    QVERIFY(ivanInbox->isEmpty());
}

void TestHotListImport::anotherPersonCannotReplaceTheList() {
    auto first = importAs(m_amy, request(sample(QStringLiteral("ncic_hotlist_fixed.txt")),
                                         QStringLiteral("NCIC daily")));
    PL_VERIFY_OK(first);
    auto second = importAs(m_ivan, request(sample(QStringLiteral("ncic_hotlist_fixed.txt")),
                                           QStringLiteral("ncic DAILY")));
    PL_VERIFY_ERROR(second, ErrorCode::AlreadyExists);
    QVERIFY(second.error().message().contains(QStringLiteral("amy")));
    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_imports"), 1);
    const core::AuditEvent refused =
        AuditReader::last(m_ts->station().database(), core::AuditAction::hotListImportRefused());
    QCOMPARE(refused.userName, QStringLiteral("ivan"));
    QCOMPARE(AuditReader::details(refused).value(QStringLiteral("why")).toString(),
             QStringLiteral("not_list_owner"));
    // A supervisor may see lists but not import them.
    auto supervisor = importAs(m_sue, request(sample(QStringLiteral("ncic_hotlist_fixed.txt"))));
    PL_VERIFY_ERROR(supervisor, ErrorCode::PermissionDenied);
}

void TestHotListImport::wildcardEntriesCountAgainstTheStationLimit() {
    PL_VERIFY_OK(m_ts->station().policy().set(
        m_ts->adminSession(), core::PolicySettings::hotListMaxWildcardEntries(), 2));
    // One wildcard entry typed in by hand elsewhere on the station.
    core::HotListEntryInput typed;
    typed.plate = QStringLiteral("ABC*9");
    typed.reason = QStringLiteral("Witness saw part of the plate");
    typed.caseNumber = QStringLiteral("HL-2024-001");
    PL_VERIFY_OK(m_ivan.station->hotLists().add(m_ivan.session, typed));

    auto summary = importAs(m_amy, request(sample(QStringLiteral("genetec_style_hotlist.txt"))));
    PL_VERIFY_OK(summary);
    // Line 5 takes the last place; line 6 is beyond the limit.
    QCOMPARE(summary->counts.flagged, 4);
    QCOMPARE(summary->counts.rejected, 7);
    const auto line6 = std::find_if(summary->issues.cbegin(), summary->issues.cend(),
                                    [](const HotListImportRow& row) { return row.line == 6; });
    QVERIFY(line6 != summary->issues.cend());
    QCOMPARE(line6->outcome, Outcome::Rejected);
    QCOMPARE(line6->reason, QStringLiteral("wildcard_limit:2"));
    QVERIFY(line6->message.contains(QStringLiteral("wildcard")));
    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_entries WHERE wildcard = 1 AND removed_utc IS "
                   "NULL"),
             2);

    // Replacing the list counts its own wildcard entries once, not twice.
    auto again = importAs(m_amy, request(sample(QStringLiteral("genetec_style_hotlist.txt"))));
    PL_VERIFY_OK(again);
    QCOMPARE(again->counts.kept, 11);
    QCOMPARE(again->counts.rejected, 7);
    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_entries WHERE wildcard = 1 AND removed_utc IS "
                   "NULL"),
             2);
}

void TestHotListImport::refusalsAreClearAndAudited() {
    core::Database& db = m_ts->station().database();
    const QString ncic = sample(QStringLiteral("ncic_hotlist_fixed.txt"));
    const auto lastWhy = [&db] {
        const core::AuditEvent event =
            AuditReader::last(db, core::AuditAction::hotListImportRefused());
        return AuditReader::details(event).value(QStringLiteral("why")).toString();
    };

    HotListImportRequest noCase = request(ncic);
    noCase.caseNumber = QStringLiteral("  ");
    auto refused = importAs(m_amy, noCase);
    PL_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY(refused.error().message().contains(QStringLiteral("case number")));
    QCOMPARE(lastWhy(), QStringLiteral("no_case"));

    HotListImportRequest noReason = request(ncic);
    noReason.reason.clear();
    refused = importAs(m_amy, noReason);
    PL_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY(refused.error().message().contains(QStringLiteral("reason")));
    QCOMPARE(lastWhy(), QStringLiteral("no_reason"));

    core::NewCase closed;
    closed.number = QStringLiteral("2024-CL-9");
    closed.title = QStringLiteral("Recovered vehicles");
    closed.kind = core::NewCase::Kind::Administrative;
    PL_VERIFY_OK(m_ivan.station->cases().open(m_ivan.session, closed));
    PL_VERIFY_OK(m_ivan.station->cases().close(m_ivan.session, closed.number,
                                               QStringLiteral("Vehicles recovered")));
    HotListImportRequest closedCase = request(ncic);
    closedCase.caseNumber = closed.number;
    refused = importAs(m_amy, closedCase);
    PL_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY(refused.error().message().contains(QStringLiteral("2024-CL-9")));
    QVERIFY(refused.error().message().contains(QStringLiteral("closed")));
    QCOMPARE(lastWhy(), QStringLiteral("case_closed"));
    const core::AuditEvent closedEvent =
        AuditReader::last(db, core::AuditAction::hotListImportRefused());
    QCOMPARE(closedEvent.caseNumber, QStringLiteral("2024-CL-9"));

    refused = importAs(m_amy, request(m_dir.filePath(QStringLiteral("missing.txt"))));
    PL_VERIFY_ERROR(refused, ErrorCode::NotFound);
    QVERIFY(refused.error().message().contains(QStringLiteral("missing.txt")));
    QCOMPARE(lastWhy(), QStringLiteral("unreadable_file"));

    HotListImportRequest unknownProfile = request(ncic);
    unknownProfile.profileId = QStringLiteral("no-such-profile");
    refused = importAs(m_amy, unknownProfile);
    PL_VERIFY_ERROR(refused, ErrorCode::NotFound);
    QVERIFY(refused.error().message().contains(QStringLiteral("no-such-profile")));
    QCOMPARE(lastWhy(), QStringLiteral("unknown_profile"));

    HotListImportRequest readsProfile = request(ncic);
    readsProfile.profileId = QStringLiteral("boss-reads-summary-like");
    refused = importAs(m_amy, readsProfile);
    PL_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY(refused.error().message().contains(QStringLiteral("not hot lists")));
    QCOMPARE(lastWhy(), QStringLiteral("not_a_hotlist_profile"));

    // A binary file is refused whole, with the reason.
    const QString binary = writeTemp(QStringLiteral("image.txt"), QByteArray("\x89PNG\0\0\0\r", 8));
    HotListImportRequest binaryRequest = request(binary);
    binaryRequest.profileId = QStringLiteral("ncic-lpr-extract-fixed");
    refused = importAs(m_amy, binaryRequest);
    PL_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY(refused.error().message().contains(QStringLiteral("image.txt")));
    QCOMPARE(lastWhy(), QStringLiteral("unreadable_file"));

    HotListImportRequest badState = request(ncic);
    badState.defaultState = QStringLiteral("Atlantis");
    refused = importAs(m_amy, badState);
    PL_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY(refused.error().message().contains(QStringLiteral("Atlantis")));

    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_lists"), 0);
    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_entries"), 0);
    QCOMPARE(AuditReader::withAction(db, core::AuditAction::hotListImportRefused()).size(), 8);
}

void TestHotListImport::importIsAuditedWithItsCounts() {
    const QString path = sample(QStringLiteral("ncic_hotlist_fixed.txt"));
    auto summary = importAs(m_amy, request(path, QStringLiteral("NCIC daily")));
    PL_VERIFY_OK(summary);
    const QList<core::AuditEvent> events =
        AuditReader::withAction(m_ts->station().database(), core::AuditAction::hotListImported());
    QCOMPARE(events.size(), 1);
    const core::AuditEvent& event = events.first();
    QCOMPARE(event.userName, QStringLiteral("amy"));
    QCOMPARE(event.outcome, core::auditOutcomeName(core::AuditOutcome::Success));
    QCOMPARE(event.caseNumber, QStringLiteral("HL-2024-017"));
    QCOMPARE(event.reason, QStringLiteral("Daily state hot list"));
    const QJsonObject details = AuditReader::details(event);
    QCOMPARE(details.value(QStringLiteral("list")).toString(), QStringLiteral("NCIC daily"));
    QCOMPARE(details.value(QStringLiteral("file")).toString(),
             QStringLiteral("ncic_hotlist_fixed.txt"));
    QCOMPARE(details.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(details.value(QStringLiteral("profile")).toString(),
             QStringLiteral("ncic-lpr-extract-fixed"));
    QCOMPARE(details.value(QStringLiteral("import")).toInteger(), summary->importId);
    const QJsonObject counts = details.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("records")).toInt(), 19);
    QCOMPARE(counts.value(QStringLiteral("accepted")).toInt(), 9);
    QCOMPARE(counts.value(QStringLiteral("flagged")).toInt(), 6);
    QCOMPARE(counts.value(QStringLiteral("rejected")).toInt(), 3);
    QCOMPARE(counts.value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("skipped")).toInt(), 0);
    QCOMPARE(counts.value(QStringLiteral("added")).toInt(), 15);
    QCOMPARE(counts.value(QStringLiteral("removed")).toInt(), 0);
    // The import record says the same.
    QCOMPARE(count("SELECT records FROM hotlist_imports WHERE id = ?1", summary->importId), 19);
    QCOMPARE(count("SELECT flagged FROM hotlist_imports WHERE id = ?1", summary->importId), 6);
    QCOMPARE(count("SELECT rejected FROM hotlist_imports WHERE id = ?1", summary->importId), 3);
    QCOMPARE(count("SELECT duplicates FROM hotlist_imports WHERE id = ?1", summary->importId), 1);
    QCOMPARE(
        count("SELECT COUNT(*) FROM hotlist_import_rows WHERE import_id = ?1", summary->importId),
        10);
}

void TestHotListImport::cancelLeavesTheListAsItWas() {
    auto first = importAs(m_amy, request(sample(QStringLiteral("genetec_style_hotlist.txt")),
                                         QStringLiteral("Patrol list")));
    PL_VERIFY_OK(first);
    const qint64 history = count("SELECT COUNT(*) FROM hotlist_history");

    // The same list, now cut short: were it stored, most entries would go.
    const QString shorter = writeTemp(QStringLiteral("short.txt"),
                                      "Stolen;WA;NEW4242;2024-11-05;2025-11-05;KIA;RED\r\n");
    int calls = 0;
    auto cancelled = importAs(m_amy, request(shorter, QStringLiteral("Patrol list")),
                              [&calls](const core::HotListImportProgress&) {
                                  ++calls;
                                  return false;
                              });
    PL_VERIFY_ERROR(cancelled, ErrorCode::Cancelled);
    QVERIFY(calls > 0);
    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_entries WHERE removed_utc IS NULL"), 12);
    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_history"), history);
    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_imports"), 1);
    QCOMPARE(
        count("SELECT COUNT(*) FROM hotlist_import_rows WHERE import_id <> ?1", first->importId),
        0);
    const core::AuditEvent event =
        AuditReader::last(m_ts->station().database(), core::AuditAction::hotListImportRefused());
    QCOMPARE(event.outcome, core::auditOutcomeName(core::AuditOutcome::Failure));
    QCOMPARE(AuditReader::details(event).value(QStringLiteral("why")).toString(),
             QStringLiteral("cancelled"));

    // Progress runs to the end when nobody cancels.
    QList<qint64> done;
    auto finished = importAs(m_amy, request(shorter, QStringLiteral("Patrol list")),
                             [&done](const core::HotListImportProgress& progress) {
                                 done.append(progress.bytesDone);
                                 return true;
                             });
    PL_VERIFY_OK(finished);
    QCOMPARE(finished->counts.removed, 12);
    QVERIFY(done.size() >= 2);
    QCOMPARE(done.last(), QFileInfo(shorter).size());
}

void TestHotListImport::fileWithoutUsableRecordsLeavesTheListAlone() {
    auto first = importAs(m_amy, request(sample(QStringLiteral("genetec_style_hotlist.txt")),
                                         QStringLiteral("Patrol list")));
    PL_VERIFY_OK(first);
    // Every record rejected (a wrong file under the list's name): storing it
    // would empty the list.
    const QString bad = writeTemp(QStringLiteral("bad.txt"),
                                  "Stolen;WA;;2024-11-05;2025-11-05;KIA;RED\r\n"
                                  "Stolen;WA;NOTAPLATE!;2024-11-05;2025-11-05;KIA;RED\r\n");
    HotListImportRequest r = request(bad, QStringLiteral("Patrol list"));
    r.profileId = QStringLiteral("securitycenter-style-semicolon-hotlist");
    auto refused = importAs(m_amy, r);
    PL_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY2(refused.error().message().contains(QStringLiteral("line 1")),
             qPrintable(refused.error().message()));
    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_entries WHERE removed_utc IS NULL"), 12);
    QCOMPARE(AuditReader::details(AuditReader::last(m_ts->station().database(),
                                                    core::AuditAction::hotListImportRefused()))
                 .value(QStringLiteral("why"))
                 .toString(),
             QStringLiteral("no_usable_records"));
}

void TestHotListImport::previewShowsProfileRowsAndList() {
    const QString path = sample(QStringLiteral("ncic_hotlist_fixed.txt"));
    auto preview = m_amy.station->hotListImports().preview(m_amy.session, path, {}, {}, 12);
    PL_VERIFY_OK(preview);
    QCOMPARE(preview->detectedProfileId, QStringLiteral("ncic-lpr-extract-fixed"));
    QCOMPARE(preview->profileId, preview->detectedProfileId);
    QVERIFY(preview->layout.contains(QStringLiteral("fixed-width")));
    QCOMPARE(preview->rows.size(), 12);
    QCOMPARE(preview->rows.at(0).line, 2);
    QCOMPARE(preview->rows.at(6).line, 8);
    QCOMPARE(preview->rows.at(6).outcome, Outcome::Flagged);
    QCOMPARE(preview->rows.at(6).state, QStringLiteral("OH"));
    QCOMPARE(preview->rows.at(6).reason, QStringLiteral("state_zero_for_O"));
    QVERIFY(!preview->listExists);
    QCOMPARE(preview->listName, preview->profileLabel);
    // Nothing was stored by looking.
    QCOMPARE(count("SELECT COUNT(*) FROM hotlist_imports"), 0);

    PL_VERIFY_OK(importAs(m_amy, request(path)));
    // A profile chosen by hand maps the same file differently.
    auto again = m_amy.station->hotListImports().preview(
        m_amy.session, path, QStringLiteral("securitycenter-style-semicolon-hotlist"));
    PL_VERIFY_OK(again);
    QCOMPARE(again->detectedProfileId, QStringLiteral("ncic-lpr-extract-fixed"));
    QCOMPARE(again->rows.first().outcome, Outcome::Rejected);
    QCOMPARE(again->rows.first().reason, QStringLiteral("field_count:1!=7"));
    auto listed = m_amy.station->hotListImports().preview(m_amy.session, path);
    PL_VERIFY_OK(listed);
    QVERIFY(listed->listExists);
    QCOMPARE(listed->listOwner, QStringLiteral("amy"));
    QCOMPARE(listed->listEntries, 15);
}

QTEST_GUILESS_MAIN(TestHotListImport)
#include "tst_hotlistimport.moc"
