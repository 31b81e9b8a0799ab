// Searching and verifying through the GUI: a search needs a reason, finds
// the plate however it is typed, loads its results a page at a time, and an
// investigator goes through the reads with the keyboard alone, each decision
// kept in the store and in the audit trail.
#include "core/audit/AuditAction.h"
#include "core/cases/CaseService.h"
#include "core/cases/VerificationService.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"
#include "ui/map/MapView.h"
#include "ui/map/ResultMapView.h"
#include "ui/map/TimelineView.h"
#include "ui/search/SearchPage.h"
#include "ui/search/SearchResultModel.h"
#include "ui/search/VerificationDialog.h"

#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;
using tests::AuditReader;
using tests::TestStation;

class TestSearchPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void searchNeedsReasonAndIsAudited();
    void resultsLoadAsTheyScroll();
    void verifyWithKeyboardOnly();
    void agentCannotVerify();
    void mapTimelineAndTableSelectTogether();

private:
    void addReads(const QString& plate, int count, bool withImage);
    void search(ui::SearchPage& page, const QString& reason, const QString& pattern);

    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_login;
    qint64 m_device = 0;
};

void TestSearchPage::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
    const qint64 investigator = m_ts->addUser(QStringLiteral("ines"), core::Role::Investigator);
    QVERIFY(investigator);
    QVERIFY(m_ts->addUser(QStringLiteral("arno"), core::Role::Agent));
    core::Database& db = m_ts->station().database();
    PL_VERIFY_OK(db.exec("INSERT INTO devices (name, type, time_zone, created_utc) "
                         "VALUES ('Van 7', 'mobile', 'UTC', '2026-01-01T00:00:00.000Z')"));
    m_device = db.queryInt("SELECT id FROM devices WHERE name = 'Van 7'").value();
    auto open = db.prepare("INSERT INTO cases (number, title, kind, opened_utc, opened_by) "
                           "VALUES ('2026-0042', 'Stolen trailer', 'administrative', "
                           "'2026-03-01T00:00:00.000Z', ?1)");
    PL_VERIFY_OK(open);
    open.value().bind(1, investigator);
    PL_VERIFY_OK(open.value().run());
    m_ts->close();
}

void TestSearchPage::cleanup() {
    m_login = {};
    m_ts.reset();
}

// count reads of plate, a minute apart, ending a day before the clock.
void TestSearchPage::addReads(const QString& plate, int count, bool withImage) {
    core::Database& db = m_login.station->database();
    auto insert = db.prepare(
        "INSERT INTO reads (plate_raw, plate, match_key, time_ms, device_id, latitude, longitude, "
        "confidence, source, extra) VALUES (?1, ?1, ?1, ?2, ?3, 30.27, -97.74, 91, 'live', "
        "'{\"candidates\":[{\"text\":\"' || ?1 || '\",\"confidence\":91}]}')");
    PL_VERIFY_OK(insert);
    auto image = db.prepare(
        "INSERT INTO read_images (read_id, kind, data) VALUES (last_insert_rowid(), 'plate', ?1)");
    PL_VERIFY_OK(image);
    QImage picture(160, 40, QImage::Format_RGB32);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    painter.drawText(picture.rect(), Qt::AlignCenter, plate);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    const qint64 end = m_ts->clock().nowUtc().addDays(-1).toMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        insert.value().reset();
        insert.value().bind(1, plate).bind(2, end - i * 60000LL).bind(3, m_device);
        PL_VERIFY_OK(insert.value().run());
        if (withImage) {
            image.value().reset();
            image.value().bindBlob(1, png);
            PL_VERIFY_OK(image.value().run());
        }
    }
}

void TestSearchPage::search(ui::SearchPage& page, const QString& reason, const QString& pattern) {
    page.findChild<QLineEdit*>(QStringLiteral("reasonEdit"))->setText(reason);
    page.findChild<QLineEdit*>(QStringLiteral("patternEdit"))->setText(pattern);
    page.findChild<QPushButton*>(QStringLiteral("searchButton"))->click();
}

void TestSearchPage::searchNeedsReasonAndIsAudited() {
    m_login = m_ts->loginActive(QStringLiteral("ines"), TestStation::userPassword());
    QVERIFY(m_login.station);
    addReads(QStringLiteral("ABC123"), 3, true);
    addReads(QStringLiteral("XYZ999"), 2, false);
    ui::SearchPage page(*m_login.station, m_login.session);
    QCOMPARE(page.caseNumber(), QStringLiteral("2026-0042"));
    QVERIFY(!page.findChild<QLabel*>(QStringLiteral("windowLabel"))->text().isEmpty());

    search(page, QString(), QStringLiteral("ABC123"));
    QCOMPARE(page.model()->total(), 0);
    QVERIFY(!page.findChild<QLabel*>(QStringLiteral("searchMessage"))->text().isEmpty());
    core::Database& db = m_login.station->database();
    QCOMPARE(AuditReader::withAction(db, core::AuditAction::searchRefused()).size(), 1);

    search(page, QStringLiteral("trailer seen near the depot"), QStringLiteral("abc-123"));
    QCOMPARE(page.model()->total(), 3);
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(page.model()->index(0, ui::SearchResultModel::Plate).data().toString(),
             QStringLiteral("ABC123"));
    QVERIFY(!page.model()
                 ->index(0, ui::SearchResultModel::Image)
                 .data(Qt::DecorationRole)
                 .value<QPixmap>()
                 .isNull());
    const core::AuditEvent run = AuditReader::last(db, core::AuditAction::searchRun());
    QCOMPARE(run.caseNumber, QStringLiteral("2026-0042"));
    QCOMPARE(run.reason, QStringLiteral("trailer seen near the depot"));
}

void TestSearchPage::resultsLoadAsTheyScroll() {
    m_login = m_ts->loginActive(QStringLiteral("ines"), TestStation::userPassword());
    QVERIFY(m_login.station);
    addReads(QStringLiteral("BUSY42"), 450, false);
    ui::SearchPage page(*m_login.station, m_login.session);
    search(page, QStringLiteral("pattern of life"), QStringLiteral("BUSY42"));
    ui::SearchResultModel* model = page.model();
    QCOMPARE(model->total(), 450);
    QCOMPARE(model->rowCount(), ui::SearchResultModel::pageSize);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 2 * ui::SearchResultModel::pageSize);
    model->ensureLoaded(449);
    QCOMPARE(model->rowCount(), 450);
    QVERIFY(!model->canFetchMore({}));
}

void TestSearchPage::verifyWithKeyboardOnly() {
    m_login = m_ts->loginActive(QStringLiteral("ines"), TestStation::userPassword());
    QVERIFY(m_login.station);
    addReads(QStringLiteral("ABC123"), 3, true);
    ui::SearchPage page(*m_login.station, m_login.session);
    search(page, QStringLiteral("trailer seen near the depot"), QStringLiteral("ABC123"));
    QCOMPARE(page.model()->total(), 3);

    ui::VerificationDialog dialog(*m_login.station, m_login.session, *page.model(), 0,
                                  page.caseNumber());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const qint64 first = dialog.currentReadId();
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("soleBasisNotice"))->text().isEmpty());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("plateImage"))->pixmap().isNull());

    QTest::keyClick(&dialog, Qt::Key_C);
    QCOMPARE(dialog.currentRow(), 1);
    const qint64 second = dialog.currentReadId();
    QTest::keyClick(&dialog, Qt::Key_M);
    auto* corrected = dialog.findChild<QLineEdit*>(QStringLiteral("correctedPlate"));
    QVERIFY(corrected->hasFocus());
    corrected->selectAll();
    QTest::keyClicks(corrected, QStringLiteral("abc128"));
    QTest::keyClick(corrected, Qt::Key_Return);
    QCOMPARE(dialog.currentRow(), 2);
    const qint64 third = dialog.currentReadId();
    QTest::keyClick(&dialog, Qt::Key_N);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("note")), QStringLiteral("glare"));
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("note")), Qt::Key_Return);
    QTest::keyClick(&dialog, Qt::Key_U);
    QCOMPARE(dialog.currentRow(), 2); // the last read stays shown

    core::VerificationService& verifications = m_login.station->verifications();
    auto a = verifications.history(m_login.session, first);
    auto b = verifications.history(m_login.session, second);
    auto c = verifications.history(m_login.session, third);
    PL_VERIFY_OK(a);
    PL_VERIFY_OK(b);
    PL_VERIFY_OK(c);
    QCOMPARE(a.value().size(), 1);
    QCOMPARE(a.value().first().decision, core::Verification::Decision::Confirmed);
    QCOMPARE(b.value().first().decision, core::Verification::Decision::Mismatch);
    QCOMPARE(b.value().first().corrected, QStringLiteral("ABC128"));
    QCOMPARE(c.value().first().decision, core::Verification::Decision::Unreadable);
    QCOMPARE(c.value().first().note, QStringLiteral("glare"));
    QCOMPARE(page.model()->index(0, ui::SearchResultModel::Verification).data().toString(),
             core::Verification::decisionLabel(core::Verification::Decision::Confirmed));
    core::Database& db = m_login.station->database();
    QCOMPARE(AuditReader::withAction(db, core::AuditAction::readVerified()).size(), 3);

    // A second decision on a read is added; the first one stays.
    QVERIFY(dialog.showRow(0));
    QTest::keyClick(&dialog, Qt::Key_U);
    auto again = verifications.history(m_login.session, first);
    PL_VERIFY_OK(again);
    QCOMPARE(again.value().size(), 2);
    QCOMPARE(again.value().first().decision, core::Verification::Decision::Confirmed);

    // L links the read shown to the search's case; twice is refused with a message.
    QVERIFY(dialog.showRow(1));
    QTest::keyClick(&dialog, Qt::Key_L);
    auto linked = m_login.station->cases().reads(m_login.session, page.caseNumber());
    PL_VERIFY_OK(linked);
    QCOMPARE(linked.value().size(), 1);
    QCOMPARE(linked.value().first().readId, second);
    QVERIFY(!dialog.linkToCase());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("error"))->text().isEmpty());
}

void TestSearchPage::agentCannotVerify() {
    m_login = m_ts->loginActive(QStringLiteral("arno"), TestStation::userPassword());
    QVERIFY(m_login.station);
    addReads(QStringLiteral("ABC123"), 2, true);
    ui::SearchPage page(*m_login.station, m_login.session);
    search(page, QStringLiteral("checking a report"), QStringLiteral("ABC123"));
    QCOMPARE(page.model()->total(), 2);
    ui::VerificationDialog dialog(*m_login.station, m_login.session, *page.model(), 0,
                                  page.caseNumber());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("confirmButton"))->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_C);
    QCOMPARE(dialog.currentRow(), 0);
    QCOMPARE(AuditReader::withAction(m_login.station->database(), core::AuditAction::readVerified())
                 .size(),
             0);
}

void TestSearchPage::mapTimelineAndTableSelectTogether() {
    m_login = m_ts->loginActive(QStringLiteral("ines"), TestStation::userPassword());
    QVERIFY(m_login.station);
    core::Database& db = m_login.station->database();
    // The administrator chose a street-level file that has since been damaged.
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("streets.mbtiles"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    auto setting = db.prepare("INSERT INTO settings (key, value, changed_utc) "
                              "VALUES ('map.mbtiles_path', ?1, '2026-03-01T00:00:00.000Z')");
    PL_VERIFY_OK(setting);
    PL_VERIFY_OK(setting.value().bind(1, broken).run());
    addReads(QStringLiteral("ABC123"), 3, false);

    ui::SearchPage page(*m_login.station, m_login.session);
    ui::ResultMapView* view = page.mapView();
    QVERIFY(view);
    search(page, QStringLiteral("where was the trailer"), QStringLiteral("ABC123"));
    QVERIFY(view->ensureLoaded());
    QCOMPARE(view->points().points.size(), 3);
    // The damaged file is named, and the embedded basemap still draws.
    QVERIFY(!view->overlaySource());
    QVERIFY(view->message().contains(QStringLiteral("streets.mbtiles")));
    view->resize(900, 600);
    QImage image(view->map()->size(), QImage::Format_RGB32);
    image.fill(Qt::black);
    view->map()->render(&image);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 3);

    // Table -> map and timeline.
    auto* table = page.findChild<QTableView*>(QStringLiteral("resultsTable"));
    table->selectRow(1);
    const qint64 second = page.model()->readIdAt(1);
    QCOMPARE(view->map()->selectedReads(), QList<qint64>{second});
    QVERIFY(view->timeline()->highlightedBinCount() > 0);

    // Map -> list beside it, timeline and table (the newest read first).
    const QList<qint64> all = page.model()->result().readIds;
    Q_EMIT view->map()->readsSelected(all);
    auto* listed = view->findChild<QTableWidget*>(QStringLiteral("selectedReads"));
    QCOMPARE(listed->rowCount(), 3);
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(page.model()->readIdAt(0), all.first());

    // Timeline -> map.
    Q_EMIT view->timeline()->readsSelected({all.last()});
    QCOMPARE(view->map()->selectedReads(), QList<qint64>{all.last()});

    // The view's export is audited before it is written.
    const QString png = dir.filePath(QStringLiteral("map.png"));
    QVERIFY(view->exportPng(png));
    QImage written(png);
    QVERIFY(!written.isNull());
    const core::AuditEvent exported =
        AuditReader::last(db, core::AuditAction::searchViewExported());
    QCOMPARE(exported.caseNumber, QStringLiteral("2026-0042"));
    QCOMPARE(AuditReader::details(exported).value(QStringLiteral("count")).toInteger(), 3);
}

QTEST_MAIN(TestSearchPage)
#include "tst_searchpage.moc"
