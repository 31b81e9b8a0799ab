// Import profiles: every shipped profile parses, bad definitions are refused
// with a message that names the key, and a corrected mapping derives a new
// profile that keeps everything else.
#include "core/import/ImportProfile.h"
#include "core/import/ProfileLibrary.h"
#include "tests/support/Checks.h"

#include <QTest>

using namespace pl;
using core::ImportProfile;

class TestImportProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtInProfilesParse();
    void badDefinitionsNameTheKey_data();
    void badDefinitionsNameTheKey();
    void deriveReplacesColumnsOnly();
    void detectPrefersTheMostSpecificHeader();
};

void TestImportProfile::builtInProfilesParse() {
    const QList<ImportProfile>& profiles = core::ProfileLibrary::builtIn();
    QStringList ids;
    for (const ImportProfile& profile : profiles) {
        ids.append(profile.id);
        QVERIFY(profile.builtIn);
        QVERIFY(profile.field(QStringLiteral("plate")));
    }
    ids.sort();
    QCOMPARE(
        ids,
        QStringList(
            {QStringLiteral("boss-reads-summary-like"), QStringLiteral("generic-covert-unit-xlsx"),
             QStringLiteral("ks-topeka-csv-hotlist"), QStringLiteral("mn-ncic-csv-hotlist"),
             QStringLiteral("ncic-lpr-extract-fixed"), QStringLiteral("openalpr-alert-list-csv"),
             QStringLiteral("openalpr-forensic-plate-results"), QStringLiteral("plain-reads-csv"),
             QStringLiteral("securitycenter-style-semicolon-hotlist"),
             QStringLiteral("tx-ncic-csv-hotlist")}));
    const ImportProfile& covert =
        *std::find_if(profiles.cbegin(), profiles.cend(), [](const auto& p) {
            return p.id == QStringLiteral("generic-covert-unit-xlsx");
        });
    QCOMPARE(covert.container, ImportProfile::Container::Xlsx);
    QCOMPARE(covert.headerMode, ImportProfile::HeaderMode::Find);
    QCOMPARE(covert.field(QStringLiteral("ts"))->columns,
             QStringList({QStringLiteral("Date"), QStringLiteral("Time")}));
    QVERIFY(covert.stopAtRegex.has_value());
    QVERIFY(covert.bbox.has_value());

    // Hot-list profiles: fixed-width columns, codes cut out of a cell and
    // mapped per profile, the list rules.
    const ImportProfile& ncic =
        *std::find_if(profiles.cbegin(), profiles.cend(), [](const auto& p) {
            return p.id == QStringLiteral("ncic-lpr-extract-fixed");
        });
    QVERIFY(ncic.isHotList());
    QCOMPARE(ncic.layout, ImportProfile::Layout::FixedWidth);
    QCOMPARE(ncic.fixedColumns.size(), 12);
    QCOMPARE(ncic.fixedColumns.at(3).name, QStringLiteral("LIC"));
    QCOMPARE(ncic.fixedColumns.at(3).start, 28);
    QCOMPARE(ncic.fixedColumns.at(3).length, 10);
    QCOMPARE(ncic.fixedColumns.last().length, 0);
    QCOMPARE(ncic.minLineLength, 39);
    QCOMPARE(ncic.fullLineLength, 58);
    QVERIFY(ncic.rejectTabs);
    QCOMPARE(ncic.matchFold, ImportProfile::MatchFold::ExactOnly);
    QVERIFY(!ncic.skipExpiredEntries);
    const core::ProfileField* category = ncic.field(QStringLiteral("category"));
    QVERIFY(category);
    QCOMPARE(category->substrStart, 1);
    QCOMPARE(category->substrLength, 1);
    QCOMPARE(category->codeMap.value(QStringLiteral("X")), QStringLiteral("sex_offender"));
    QCOMPARE(category->mapDefault, QStringLiteral("other"));
    QVERIFY(ncic.field(QStringLiteral("veh_make"))->zeroToO);
    QVERIFY(ncic.field(QStringLiteral("plate_year"))->valueRegex.has_value());
    QCOMPARE(ncic.dedupeKey, QStringList({QStringLiteral("plate_norm"), QStringLiteral("state"),
                                          QStringLiteral("list_code")}));
    const ImportProfile& semicolon =
        *std::find_if(profiles.cbegin(), profiles.cend(), [](const auto& p) {
            return p.id == QStringLiteral("securitycenter-style-semicolon-hotlist");
        });
    QCOMPARE(semicolon.field(QStringLiteral("plate"))->wildcard, QChar(u'*'));
    QCOMPARE(semicolon.field(QStringLiteral("plate"))->maxWildcards, 2);
    QVERIFY(semicolon.skipExpiredEntries);
    QCOMPARE(semicolon.matchFold, ImportProfile::MatchFold::GenetecDefault);
    QCOMPARE(semicolon.encoding, ImportProfile::Encoding::Windows1252);
    QCOMPARE(semicolon.quote, '\0');
    // The same letter means different things in different sources (2.4).
    const ImportProfile& texas =
        *std::find_if(profiles.cbegin(), profiles.cend(),
                      [](const auto& p) { return p.id == QStringLiteral("tx-ncic-csv-hotlist"); });
    QCOMPARE(texas.field(QStringLiteral("category"))->codeMap.value(QStringLiteral("N")),
             QStringLiteral("immigration_violator"));
    QVERIFY(!category->codeMap.contains(QStringLiteral("B")));
}

void TestImportProfile::badDefinitionsNameTheKey_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    const QByteArray base =
        R"({"id":"p1","fields":{"plate":{"col":"Plate","type":"plate"},)"
        R"("ts":{"col":"T","type":"datetime","formats":["yyyy-MM-dd HH:mm:ss"]}})";
    QTest::newRow("not json") << QByteArray("{\"id\":") << QStringLiteral("JSON");
    QTest::newRow("bad id") << QByteArray(R"({"id":"Bad Id!","fields":{}})")
                            << QStringLiteral("\"id\"");
    QTest::newRow("no plate") << QByteArray(
                                     R"({"id":"p1","fields":{"ts":{"col":"T","type":"datetime"}}})")
                              << QStringLiteral("fields");
    QTest::newRow("unknown type")
        << QByteArray(
               R"({"id":"p1","fields":{"plate":{"col":"P","type":"plat"},"ts":{"col":"T","type":"datetime"}}})")
        << QStringLiteral("fields.plate.type");
    QTest::newRow("bad format")
        << QByteArray(
               R"({"id":"p1","fields":{"plate":{"col":"P","type":"plate"},"ts":{"col":"T","type":"datetime","formats":["HH:mm t"]}}})")
        << QStringLiteral("fields.ts.formats");
    QTest::newRow("bad zone") << QByteArray(base).append(R"(,"time":{"tz":"Mars/Base"}})")
                              << QStringLiteral("time.tz");
    QTest::newRow("bad regex") << QByteArray(base).append(R"(,"source":{"stop_at_regex":"(("}})")
                               << QStringLiteral("source.stop_at_regex");
    QTest::newRow("bad delimiter") << QByteArray(base).append(R"(,"source":{"delimiter":";;"}})")
                                   << QStringLiteral("source.delimiter");
    QTest::newRow("unknown field")
        << QByteArray(
               R"({"id":"p1","fields":{"plate":{"col":"P","type":"plate"},"ts":{"col":"T","type":"datetime"},"colour":{"col":"C"}}})")
        << QStringLiteral("colour");
    QTest::newRow("bad container") << QByteArray(base).append(R"(,"source":{"container":"pdf"}})")
                                   << QStringLiteral("source.container");
    const QByteArray hotlist = R"({"id":"h1","kind":"hotlist",)";
    QTest::newRow("hot list without plate")
        << QByteArray(hotlist).append(R"("fields":{"state":{"col":0,"type":"state"}}})")
        << QStringLiteral("fields");
    QTest::newRow("fixed width without columns")
        << QByteArray(hotlist).append(
               R"("source":{"layout":"fixed_width"},"fields":{"plate":{"col":"LIC","type":"plate"}}})")
        << QStringLiteral("source.columns");
    QTest::newRow("fixed width unknown column")
        << QByteArray(hotlist).append(
               R"("source":{"layout":"fixed_width","columns":[{"name":"LIC","start":1,"length":8}]},)"
               R"("fields":{"plate":{"col":"PLATE","type":"plate"}}})")
        << QStringLiteral("fields.plate.col");
    QTest::newRow("unknown category")
        << QByteArray(hotlist).append(
               R"("fields":{"plate":{"col":0,"type":"plate"},)"
               R"("category":{"col":1,"type":"code","map":{"S":"stolen"}}}})")
        << QStringLiteral("stolen");
    QTest::newRow("bad substr")
        << QByteArray(hotlist).append(
               R"("fields":{"plate":{"col":0,"type":"plate"},"list_code":{"col":1,"substr":[0,1]}}})")
        << QStringLiteral("fields.list_code.substr");
    QTest::newRow("read type in hot list")
        << QByteArray(hotlist).append(
               R"("fields":{"plate":{"col":0,"type":"plate"},"vin":{"col":1,"type":"latitude"}}})")
        << QStringLiteral("fields.vin.type");
    QTest::newRow("bad dedupe key")
        << QByteArray(hotlist).append(
               R"("fields":{"plate":{"col":0,"type":"plate"}},"dedupe":{"key":["plate_norm","colour"]}})")
        << QStringLiteral("colour");
    QTest::newRow("incremental lists")
        << QByteArray(hotlist).append(
               R"("fields":{"plate":{"col":0,"type":"plate"}},"hotlist":{"mode":"incremental"}})")
        << QStringLiteral("hotlist.mode");
}

void TestImportProfile::badDefinitionsNameTheKey() {
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    auto profile = ImportProfile::fromJson(json);
    PL_VERIFY_ERROR(profile, core::ErrorCode::InvalidArgument);
    QVERIFY2(profile.error().message().contains(mentions), qPrintable(profile.error().message()));
}

void TestImportProfile::deriveReplacesColumnsOnly() {
    const ImportProfile& plain = *std::find_if(
        core::ProfileLibrary::builtIn().cbegin(), core::ProfileLibrary::builtIn().cend(),
        [](const auto& p) { return p.id == QStringLiteral("plain-reads-csv"); });
    auto derived =
        plain.derive(QStringLiteral("my-list"), QStringLiteral("My list"),
                     {{QStringLiteral("plate"), {QStringLiteral("Tag")}},
                      {QStringLiteral("ts"), {QStringLiteral("Day"), QStringLiteral("Hour")}},
                      {QStringLiteral("device_id"), {}}});
    PL_VERIFY_OK(derived);
    QCOMPARE(derived->id, QStringLiteral("my-list"));
    QVERIFY(!derived->builtIn);
    QCOMPARE(derived->field(QStringLiteral("plate"))->columns,
             QStringList({QStringLiteral("Tag")}));
    QCOMPARE(derived->field(QStringLiteral("ts"))->columns,
             QStringList({QStringLiteral("Day"), QStringLiteral("Hour")}));
    QCOMPARE(derived->field(QStringLiteral("ts"))->formats,
             plain.field(QStringLiteral("ts"))->formats);
    QVERIFY(!derived->field(QStringLiteral("device_id")));
    QCOMPARE(derived->expectedFields, plain.expectedFields);
    // The derived definition round-trips.
    auto again = ImportProfile::fromJson(derived->json);
    PL_VERIFY_OK(again);
    QCOMPARE(again->field(QStringLiteral("plate"))->columns, QStringList({QStringLiteral("Tag")}));
}

void TestImportProfile::detectPrefersTheMostSpecificHeader() {
    const QList<ImportProfile>& profiles = core::ProfileLibrary::builtIn();
    const QStringList boss = {QStringLiteral("\ufeffDate/Time"), QStringLiteral("Plate"),
                              QStringLiteral("Location"), QStringLiteral("Address"),
                              QStringLiteral("Device")};
    const ImportProfile* found =
        core::ProfileLibrary::detect(profiles, QStringLiteral("x.csv"), {boss});
    QVERIFY(found);
    QCOMPARE(found->id, QStringLiteral("boss-reads-summary-like"));
    // The right header in a file of the wrong kind is not a match.
    QVERIFY(!core::ProfileLibrary::detect(profiles, QStringLiteral("x.xlsx"), {boss}));
    QVERIFY(!core::ProfileLibrary::detect(profiles, QStringLiteral("x.csv"),
                                          {{QStringLiteral("a"), QStringLiteral("b")}}));
}

QTEST_GUILESS_MAIN(TestImportProfile)
#include "tst_importprofile.moc"
