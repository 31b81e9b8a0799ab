// The offline map widget driven through its public API and mouse, wheel and
// key events: projection, fitting, time filtering, clustering, selection,
// navigation, caution distances, the scale bar and rendering.
#include "core/geo/WebMercator.h"
#include "ui/map/BasemapTileSource.h"
#include "ui/map/MapView.h"

#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>

using namespace pl;
using core::ResultPoint;
using core::ResultPoints;
using core::WebMercator;
using ui::MapView;

namespace {

constexpr qint64 kHour = 3600 * 1000;
const qint64 kT = QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
constexpr double kLat = 45.5;
constexpr double kLon = -73.6;

// Degrees of latitude for a distance north.
double northDegrees(double metres) {
    return metres / (WebMercator::earthRadiusMetres * std::numbers::pi / 180.0);
}

ResultPoint read(qint64 id, double latitude, double longitude, qint64 timeMs,
                 bool hasLocation = true) {
    ResultPoint p;
    p.readId = id;
    p.timeMs = timeMs;
    p.latitude = latitude;
    p.longitude = longitude;
    p.hasLocation = hasLocation;
    return p;
}

// Reads 1-3 a few metres apart at A, read 4 alone 2 km east of A, reads 5
// and 6 without a location; one hour apart each.
ResultPoints twoSpots() {
    ResultPoints set;
    ResultPoints::DeviceInfo device;
    device.id = 1;
    device.name = QStringLiteral("Reader 1");
    set.devices.append(device);
    set.points = {read(1, kLat, kLon, kT),
                  read(2, kLat + 0.00002, kLon, kT + kHour),
                  read(3, kLat, kLon + 0.00002, kT + 2 * kHour),
                  read(4, kLat, kLon + 0.025, kT + 3 * kHour),
                  read(5, 0, 0, kT + 4 * kHour, false),
                  read(6, 0, 0, kT + 5 * kHour, false)};
    return set;
}

QList<qint64> sorted(QList<qint64> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

double distance(const QPointF& a, const QPointF& b) {
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

class TestMapView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void fitsTheLocatedReads();
    void timeRangeFiltersReads();
    void pathOnlyForFewEnoughReads();
    void clustersDependOnZoom();
    void clickSelectsAClustersReads();
    void doubleClickActivatesASingleRead();
    void wheelZoomsAroundTheCursor();
    void keysZoomPanAndFit();
    void dragPans();
    void cautionsForNearbyPlaces();
    void scaleText();
    void rendersWithTheBasemap();

private:
    bool allLocatedOnScreen() const;
    void sendMove(const QPoint& pos, Qt::MouseButtons buttons);

    std::unique_ptr<MapView> m_view;
};

void TestMapView::init() {
    m_view = std::make_unique<MapView>();
    m_view->resize(800, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setPoints(twoSpots());
    QCoreApplication::processEvents();
}

void TestMapView::cleanup() {
    m_view.reset();
}

bool TestMapView::allLocatedOnScreen() const {
    const QRectF area(0, 0, m_view->width(), m_view->height());
    for (const ResultPoint& p : m_view->points().points) {
        if (p.hasLocation &&
            !area.contains(m_view->toScreen(WebMercator::toWorld(p.latitude, p.longitude))))
            return false;
    }
    return true;
}

void TestMapView::sendMove(const QPoint& pos, Qt::MouseButtons buttons) {
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(m_view->mapToGlobal(pos)),
                     Qt::NoButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(m_view.get(), &move);
}

void TestMapView::roundTrip_data() {
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QPointF>("screen");
    QTest::newRow("zoom 2, corner") << 2.0 << QPointF(0, 0);
    QTest::newRow("zoom 7.5, inside") << 7.5 << QPointF(123.5, 456.25);
    QTest::newRow("zoom 12, far corner") << 12.0 << QPointF(800, 600);
    QTest::newRow("zoom 19, inside") << 19.0 << QPointF(401.75, 17.5);
}

void TestMapView::roundTrip() {
    QFETCH(double, zoom);
    QFETCH(QPointF, screen);
    m_view->setCenter(kLat, kLon);
    m_view->setZoom(zoom);
    QCOMPARE(m_view->zoom(), zoom);
    const QPointF back = m_view->toScreen(m_view->toWorld(screen));
    QVERIFY2(distance(back, screen) < 1e-6,
             qPrintable(QStringLiteral("%1,%2").arg(back.x()).arg(back.y())));
    // The view's centre sits at the widget's centre.
    const QPointF centre =
        m_view->toScreen(WebMercator::toWorld(m_view->centerLatitude(), m_view->centerLongitude()));
    QVERIFY(distance(centre, QPointF(400, 300)) < 1e-3);
    QVERIFY(std::abs(m_view->centerLatitude() - kLat) < 1e-9);
    QVERIFY(std::abs(m_view->centerLongitude() - kLon) < 1e-9);
}

void TestMapView::fitsTheLocatedReads() {
    QVERIFY(allLocatedOnScreen());
    QCOMPARE(m_view->shownCount(), 4);
    // The markers drawn hold the located reads only.
    QList<qint64> drawn;
    for (const auto& cluster : m_view->clusters())
        drawn += m_view->readsOf(cluster);
    QCOMPARE(sorted(drawn), (QList<qint64>{1, 2, 3, 4}));

    // Away and back.
    m_view->setCenter(10, 10);
    m_view->setZoom(3);
    QVERIFY(!allLocatedOnScreen());
    m_view->fitToReads();
    QVERIFY(allLocatedOnScreen());
}

void TestMapView::timeRangeFiltersReads() {
    // Reads 2 and 3 are in [kT + 1 h, kT + 3 h); 5 is in range but has no place.
    m_view->setTimeRange(kT + kHour, kT + 3 * kHour);
    QCOMPARE(m_view->shownCount(), 2);
    QList<qint64> drawn;
    for (const auto& cluster : m_view->clusters())
        drawn += m_view->readsOf(cluster);
    QCOMPARE(sorted(drawn), (QList<qint64>{2, 3}));

    m_view->setTimeRange(kT + 3 * kHour, kT + 10 * kHour);
    QCOMPARE(m_view->shownCount(), 1);
    m_view->setTimeRange(kT - 10 * kHour, kT);
    QCOMPARE(m_view->shownCount(), 0);
    QVERIFY(m_view->clusters().isEmpty());
    m_view->clearTimeRange();
    QCOMPARE(m_view->shownCount(), 4);
}

void TestMapView::pathOnlyForFewEnoughReads() {
    QVERIFY(m_view->pathDrawn());
    m_view->setPathVisible(false);
    QVERIFY(!m_view->pathDrawn());
    m_view->setPathVisible(true);

    // Too many reads: no path, until a time range narrows them.
    ResultPoints many = twoSpots();
    many.points.clear();
    for (int i = 0; i < MapView::maxPathReads + 10; ++i)
        many.points.append(
            read(i + 1, kLat + (i % 100) * 0.0001, kLon + (i / 100) * 0.0001, kT + i * 60000));
    m_view->setPoints(many);
    QVERIFY(!m_view->pathDrawn());
    m_view->setTimeRange(kT, kT + 1000 * 60000);
    QCOMPARE(m_view->shownCount(), 1000);
    QVERIFY(m_view->pathDrawn());
}

void TestMapView::clustersDependOnZoom() {
    // Two reads 30 m apart.
    ResultPoints set;
    set.points = {read(11, kLat, kLon, kT), read(12, kLat + northDegrees(30), kLon, kT + kHour)};
    m_view->setPoints(set);
    m_view->setZoom(10);
    QCOMPARE(m_view->clusters().size(), 1);
    QCOMPARE(m_view->clusters().first().count, 2);
    QCOMPARE(sorted(m_view->readsOf(m_view->clusters().first())), (QList<qint64>{11, 12}));
    QCOMPARE(m_view->clusters().first().newestMs, kT + kHour);

    m_view->setZoom(19);
    QCOMPARE(m_view->clusters().size(), 2);
    QList<qint64> ids;
    for (const auto& cluster : m_view->clusters()) {
        QCOMPARE(cluster.count, 1);
        ids += m_view->readsOf(cluster);
    }
    QCOMPARE(sorted(ids), (QList<qint64>{11, 12}));
}

void TestMapView::clickSelectsAClustersReads() {
    m_view->setZoom(13);
    m_view->setCenter(kLat, kLon + 0.0125);
    const auto clusters = m_view->clusters();
    QCOMPARE(clusters.size(), 2);
    const auto& group = clusters[0].count == 3 ? clusters[0] : clusters[1];
    QCOMPARE(group.count, 3);

    QSignalSpy selected(m_view.get(), &MapView::readsSelected);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier,
                      m_view->toScreen(group.world).toPoint());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(sorted(selected.takeFirst().at(0).value<QList<qint64>>()), (QList<qint64>{1, 2, 3}));
    QCOMPARE(sorted(m_view->selectedReads()), (QList<qint64>{1, 2, 3}));

    // Empty ground, far from both markers, clears the selection.
    const QPoint empty(m_view->width() / 2, m_view->height() - 40);
    for (const auto& cluster : clusters)
        QVERIFY(distance(m_view->toScreen(cluster.world), empty) > 50);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, empty);
    QCOMPARE(selected.count(), 1);
    QVERIFY(selected.takeFirst().at(0).value<QList<qint64>>().isEmpty());
    QVERIFY(m_view->selectedReads().isEmpty());
}

void TestMapView::doubleClickActivatesASingleRead() {
    m_view->setZoom(13);
    m_view->setCenter(kLat, kLon + 0.0125);
    QSignalSpy activated(m_view.get(), &MapView::readActivated);
    const QPoint single = m_view->toScreen(WebMercator::toWorld(kLat, kLon + 0.025)).toPoint();
    QTest::mouseDClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, single);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), 4);
    // The view did not zoom on a single read.
    QCOMPARE(m_view->zoom(), 13.0);

    // On empty ground, a double-click zooms in there instead.
    const QPoint empty(m_view->width() / 2, m_view->height() - 40);
    const QPointF world = m_view->toWorld(empty);
    QTest::mouseDClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, empty);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(m_view->zoom(), 14.0);
    QVERIFY(distance(m_view->toScreen(world), empty) < 1);
}

void TestMapView::wheelZoomsAroundTheCursor() {
    m_view->setZoom(12);
    const QPoint at(213, 147);
    const QPointF world = m_view->toWorld(at);
    QSignalSpy changed(m_view.get(), &MapView::viewChanged);
    QWheelEvent in(QPointF(at), QPointF(m_view->mapToGlobal(at)), QPoint(), QPoint(0, 120),
                   Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view.get(), &in);
    QCOMPARE(m_view->zoom(), 12.5);
    QVERIFY(changed.count() >= 1);
    QVERIFY(distance(m_view->toScreen(world), at) < 1);

    QWheelEvent out(QPointF(at), QPointF(m_view->mapToGlobal(at)), QPoint(), QPoint(0, -360),
                    Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view.get(), &out);
    QCOMPARE(m_view->zoom(), 11.0);
    QVERIFY(distance(m_view->toScreen(world), at) < 1);

    // Never past the limits.
    m_view->setZoom(MapView::maxZoom);
    QApplication::sendEvent(m_view.get(), &in);
    QCOMPARE(m_view->zoom(), MapView::maxZoom);
}

void TestMapView::keysZoomPanAndFit() {
    m_view->setFocus();
    m_view->setZoom(10);
    m_view->setCenter(kLat, kLon);
    const QPointF centre(400, 300);
    const QPointF world = m_view->toWorld(centre);

    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QCOMPARE(m_view->zoom(), 10.5);
    QVERIFY(distance(m_view->toWorld(centre), world) < 1e-12);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QCOMPARE(m_view->zoom(), 9.5);

    // Left shows what lies west: the centre moves west by an eighth of the width.
    const double scale = WebMercator::worldPixels(m_view->zoom());
    QPointF before = m_view->toWorld(centre);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QPointF after = m_view->toWorld(centre);
    QVERIFY(std::abs((before.x() - after.x()) * scale - 100) < 1e-6);
    QVERIFY(std::abs(before.y() - after.y()) < 1e-12);
    before = after;
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    after = m_view->toWorld(centre);
    QVERIFY(std::abs((after.x() - before.x()) * scale - 200) < 1e-6);
    before = after;
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    after = m_view->toWorld(centre);
    QVERIFY(std::abs((before.y() - after.y()) * scale - 75) < 1e-6);
    before = after;
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    after = m_view->toWorld(centre);
    QVERIFY(std::abs((after.y() - before.y()) * scale - 75) < 1e-6);

    // Far away, then Home fits the reads again.
    m_view->setCenter(-30, 100);
    m_view->setZoom(2);
    QVERIFY(!allLocatedOnScreen());
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QVERIFY(allLocatedOnScreen());
    QVERIFY(m_view->zoom() > 10);
}

void TestMapView::dragPans() {
    m_view->setZoom(12);
    m_view->setCenter(kLat, kLon);
    const QPointF centre(400, 300);
    const QPointF before = m_view->toWorld(centre);
    const double scale = WebMercator::worldPixels(m_view->zoom());
    QSignalSpy selected(m_view.get(), &MapView::readsSelected);

    const QPoint from(300, 250);
    const QPoint to(420, 190);
    QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::NoModifier, from);
    sendMove(from + QPoint(10, -5), Qt::LeftButton);
    sendMove(to, Qt::LeftButton);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::NoModifier, to);

    // The ground follows the cursor: the centre moved against the drag.
    const QPointF moved = (before - m_view->toWorld(centre)) * scale;
    QVERIFY2(distance(moved, QPointF(to - from)) < 1e-6,
             qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
    QCOMPARE(m_view->zoom(), 12.0);
    // A drag is not a click.
    QCOMPARE(selected.count(), 0);

    // Moving without a button pressed only updates the coordinates shown.
    const QPointF still = m_view->toWorld(centre);
    sendMove(QPoint(100, 100), Qt::NoButton);
    QCOMPARE(m_view->toWorld(centre), still);
    QVERIFY(!m_view->cursorText().isEmpty());
}

void TestMapView::cautionsForNearbyPlaces() {
    const double placeLat = kLat + northDegrees(100);
    core::SensitiveLocation school;
    school.id = 1;
    school.name = QStringLiteral("School");
    school.category = QStringLiteral("school");
    school.latitude = placeLat;
    school.longitude = kLon;
    core::SensitiveLocation far = school;
    far.id = 2;
    far.name = QStringLiteral("Clinic");
    far.category = QStringLiteral("medical");
    far.latitude = kLat + northDegrees(2000);
    m_view->setSensitivePlaces({far, school}, 300);
    const auto cautions = m_view->cautionsFor(1);
    QCOMPARE(cautions.size(), 1);
    QCOMPARE(cautions.first().location.name, QStringLiteral("School"));
    QVERIFY2(std::abs(cautions.first().distanceMetres - 100) <= 5,
             qPrintable(QString::number(cautions.first().distanceMetres)));
    // A read without a location, and an unknown read, have none.
    QVERIFY(m_view->cautionsFor(5).isEmpty());
    QVERIFY(m_view->cautionsFor(999).isEmpty());

    m_view->setSensitivePlaces({far, school}, 50);
    QVERIFY(m_view->cautionsFor(1).isEmpty());
}

void TestMapView::scaleText() {
    static const QRegularExpression pattern(QStringLiteral("^(\\d+) (k?m)$"));
    m_view->setCenter(kLat, kLon);
    m_view->setZoom(5);
    auto match = pattern.match(m_view->scaleText());
    QVERIFY2(match.hasMatch(), qPrintable(m_view->scaleText()));
    QCOMPARE(match.captured(2), QStringLiteral("km"));
    // About 120 pixels of 3.4 km at 45.5° N.
    const int kilometres = match.captured(1).toInt();
    QVERIFY(kilometres >= 100 && kilometres <= 500);

    m_view->setZoom(17);
    match = pattern.match(m_view->scaleText());
    QVERIFY2(match.hasMatch(), qPrintable(m_view->scaleText()));
    QCOMPARE(match.captured(2), QStringLiteral("m"));
    const int metres = match.captured(1).toInt();
    QVERIFY(metres >= 20 && metres <= 120);
}

void TestMapView::rendersWithTheBasemap() {
    ui::BasemapTileSource basemap;
    m_view->setBaseSource(&basemap);
    m_view->setPlaces(
        {{QStringLiteral("Montréal"), QStringLiteral("Canada"), 45.5088, -73.5878, 1762949}});
    core::SensitiveLocation school;
    school.name = QStringLiteral("School");
    school.category = QStringLiteral("school");
    school.latitude = kLat + northDegrees(100);
    school.longitude = kLon;
    m_view->setSensitivePlaces({school}, 300);
    m_view->setSelectedReads({4});
    for (const double zoom : {3.0, 9.5, 15.0}) {
        m_view->setZoom(zoom);
        QImage image(m_view->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black);
        m_view->render(&image);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height() && colours.size() < 3; y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 1, qPrintable(QString::number(zoom)));
    }
    m_view->setBaseSource(nullptr);
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
