// Case exports: only reads confirmed against their images leave the
// station, each export is audited first and carries its audit reference.
#include "core/audit/AuditAction.h"
#include "core/cases/CaseExportService.h"
#include "core/cases/CaseService.h"
#include "core/cases/VerificationService.h"
#include "core/retention/RetentionService.h"
#include "core/store/Database.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QTest>

using namespace pl;
using core::CaseExportService;
using core::Verification;
using tests::AuditReader;
using tests::TestStation;

class TestCaseExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void onlyConfirmedReadsAreExported();
    void nothingConfirmedIsRefusedUnaudited();
    void agentMayNotExport();

private:
    qint64 insertRead(const QString& plate, qint64 minutesAgo);

    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_login;
};

void TestCaseExport::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("ines"), core::Role::Investigator));
    QVERIFY(m_ts->addUser(QStringLiteral("arno"), core::Role::Agent));
    m_ts->close();
    m_login = m_ts->loginActive(QStringLiteral("ines"), TestStation::userPassword());
    QVERIFY(m_login.station);
    core::NewCase request;
    request.number = QStringLiteral("2026-7");
    request.title = QStringLiteral("Hit and run, \"Main St\", night of 1 March");
    request.kind = core::NewCase::Kind::Criminal;
    request.offense = QStringLiteral("felony");
    PL_VERIFY_OK(m_login.station->cases().open(m_login.session, request));
}

void TestCaseExport::cleanup() {
    m_login = {};
    m_ts.reset();
}

qint64 TestCaseExport::insertRead(const QString& plate, qint64 minutesAgo) {
    core::Database& db = m_login.station->database();
    if (!db.exec("INSERT OR IGNORE INTO devices (id, name, type, time_zone, created_utc) "
                 "VALUES (1, 'Van 7', 'mobile', 'UTC', '2026-01-01T00:00:00.000Z')"))
        return 0;
    auto stmt = db.prepare("INSERT INTO reads (plate_raw, plate, match_key, time_ms, device_id, "
                           "latitude, longitude, source) VALUES (?1, ?1, ?1, ?2, 1, 30.25, "
                           "-97.75, 'live')");
    if (!stmt)
        return 0;
    const QDateTime time = m_ts->clock().nowUtc().addSecs(-60 * minutesAgo);
    stmt.value().bind(1, plate).bind(2, time.toMSecsSinceEpoch());
    if (!stmt.value().run())
        return 0;
    const qint64 id = db.lastInsertRowId();
    auto image = db.prepare("INSERT INTO read_images (read_id, kind, data) VALUES (?1, 'plate', "
                            "?2)");
    if (!image)
        return 0;
    image.value().bind(1, id).bindBlob(2, QByteArrayLiteral("\x89PNG not really"));
    return image.value().run() ? id : 0;
}

void TestCaseExport::onlyConfirmedReadsAreExported() {
    core::Station& station = *m_login.station;
    const core::Session& session = m_login.session;
    const qint64 confirmed = insertRead(QStringLiteral("ABC123"), 30);
    const qint64 mismatch = insertRead(QStringLiteral("ABC128"), 20);
    const qint64 changed = insertRead(QStringLiteral("ABC123"), 10);
    const qint64 later = insertRead(QStringLiteral("ABC123"), 5);
    const qint64 unlinked = insertRead(QStringLiteral("ABC123"), 1);
    for (qint64 id : {confirmed, mismatch, changed, later, unlinked})
        QVERIFY(id > 0);
    for (qint64 id : {later, confirmed, mismatch, changed})
        PL_VERIFY_OK(station.cases().linkRead(session, QStringLiteral("2026-7"), id));
    auto& verify = station.verifications();
    PL_VERIFY_OK(verify.record(session, confirmed, Verification::Decision::Confirmed));
    PL_VERIFY_OK(verify.record(session, mismatch, Verification::Decision::Mismatch,
                               QStringLiteral("ABC129")));
    // A later decision counts: confirmed, then found unreadable, is left out.
    PL_VERIFY_OK(verify.record(session, changed, Verification::Decision::Confirmed));
    PL_VERIFY_OK(verify.record(session, changed, Verification::Decision::Unreadable));
    PL_VERIFY_OK(verify.record(session, later, Verification::Decision::Confirmed));
    PL_VERIFY_OK(verify.record(session, unlinked, Verification::Decision::Confirmed));

    auto data = station.caseExports().prepare(session, QStringLiteral("2026-7"),
                                              CaseExportService::Format::Csv,
                                              QStringLiteral("case-2026-7.csv"));
    PL_VERIFY_OK(data);
    QCOMPARE(data.value().items.size(), 2);
    QCOMPARE(data.value().items.at(0).read.id, confirmed); // oldest first
    QCOMPARE(data.value().items.at(1).read.id, later);
    QCOMPARE(data.value().leftOut, 2);
    QCOMPARE(data.value().items.at(0).confirmation.userName, QStringLiteral("ines"));
    QVERIFY(!data.value().items.at(0).read.plateImage.isEmpty());

    const core::AuditEvent event =
        AuditReader::last(station.database(), core::AuditAction::caseExported());
    QCOMPARE(event.seq, data.value().auditSeq);
    QCOMPARE(event.caseNumber, QStringLiteral("2026-7"));
    const QJsonObject details = AuditReader::details(event);
    QCOMPARE(details.value(QStringLiteral("reads")).toInt(), 2);
    QCOMPARE(details.value(QStringLiteral("file")).toString(), QStringLiteral("case-2026-7.csv"));
    QCOMPARE(details.value(QStringLiteral("digest")).toString(),
             QString::fromLatin1(core::RetentionService::idDigest({confirmed, later})));

    const QList<QByteArray> lines = CaseExportService::csv(data.value()).split('\n');
    QCOMPARE(lines.size(), 4); // header, two reads, and the empty rest after the last break
    QVERIFY(lines.at(0).startsWith("reference,case,read_id,plate"));
    const QByteArray first = QByteArray::number(data.value().auditSeq) + QByteArray(",2026-7,") +
                             QByteArray::number(confirmed) + QByteArray(",ABC123,");
    QVERIFY(lines.at(1).startsWith(first));
    QVERIFY(lines.at(1).contains("never the sole basis"));
}

void TestCaseExport::nothingConfirmedIsRefusedUnaudited() {
    const qint64 id = insertRead(QStringLiteral("XYZ999"), 5);
    PL_VERIFY_OK(m_login.station->cases().linkRead(m_login.session, QStringLiteral("2026-7"), id));
    auto data = m_login.station->caseExports().prepare(m_login.session, QStringLiteral("2026-7"),
                                                       CaseExportService::Format::Pdf,
                                                       QStringLiteral("case.pdf"));
    PL_VERIFY_ERROR(data, core::ErrorCode::NotFound);
    QVERIFY(data.error().message().contains(QStringLiteral("confirmed")));
    QCOMPARE(AuditReader::withAction(m_login.station->database(), core::AuditAction::caseExported())
                 .size(),
             0);
}

void TestCaseExport::agentMayNotExport() {
    m_login = {};
    auto agent = m_ts->loginActive(QStringLiteral("arno"), TestStation::userPassword());
    QVERIFY(agent.station);
    auto data = agent.station->caseExports().prepare(agent.session, QStringLiteral("2026-7"),
                                                     CaseExportService::Format::Csv,
                                                     QStringLiteral("x.csv"));
    PL_VERIFY_ERROR(data, core::ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestCaseExport)
#include "tst_caseexport.moc"
