// Web Mercator against published tile numbers and distances, and the
// embedded offline basemap: it loads, holds every layer and known places, and
// a damaged copy is refused with a message.

#include "core/geo/Basemap.h"
#include "core/geo/WebMercator.h"
#include "tests/support/Checks.h"

#include <QFile>
#include <QTest>
#include <QtEndian>

#include <cmath>

using namespace pl;
using core::Basemap;
using core::WebMercator;

class TestGeo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void toWorld_data();
    void toWorld();
    void roundTrip_data();
    void roundTrip();
    void tileAt_data();
    void tileAt();
    void metresPerPixel_data();
    void metresPerPixel();
    void distance_data();
    void distance();

    void embeddedLoads();
    void layersHaveBothDetails_data();
    void layersHaveBothDetails();
    void linesAreInTheWorld();
    void knownPlaces_data();
    void knownPlaces();
    void placesByPopulation();
    void attributionNamesGeoNames();
    void refusesBadFiles_data();
    void refusesBadFiles();
};

void TestGeo::toWorld_data() {
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::newRow("origin") << 0.0 << 0.0 << 0.5 << 0.5;
    QTest::newRow("north-west corner") << WebMercator::maxLatitude << -180.0 << 0.0 << 0.0;
    QTest::newRow("south-east corner") << -WebMercator::maxLatitude << 180.0 << 1.0 << 1.0;
    QTest::newRow("beyond the pole is clamped") << 89.9 << 90.0 << 0.75 << 0.0;
    QTest::newRow("antimeridian, equator") << 0.0 << 180.0 << 1.0 << 0.5;
    // Latitude 66.51326° lies a quarter of the world up from the equator.
    QTest::newRow("quarter north") << 66.51326044311186 << -90.0 << 0.25 << 0.25;
}

void TestGeo::toWorld() {
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(double, x);
    QFETCH(double, y);
    const QPointF world = WebMercator::toWorld(latitude, longitude);
    QVERIFY2(std::abs(world.x() - x) < 1e-9, qPrintable(QString::number(world.x(), 'g', 12)));
    QVERIFY2(std::abs(world.y() - y) < 1e-9, qPrintable(QString::number(world.y(), 'g', 12)));
}

void TestGeo::roundTrip_data() {
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::newRow("Houston") << 29.7604 << -95.3698;
    QTest::newRow("Anchorage") << 61.2181 << -149.9003;
    QTest::newRow("Sydney") << -33.8688 << 151.2093;
    QTest::newRow("Null Island") << 0.0 << 0.0;
    QTest::newRow("near the limit") << -85.0 << 179.999;
}

void TestGeo::roundTrip() {
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    const QPointF world = WebMercator::toWorld(latitude, longitude);
    QVERIFY(std::abs(WebMercator::latitude(world) - latitude) < 1e-9);
    QVERIFY(std::abs(WebMercator::longitude(world) - longitude) < 1e-9);
}

void TestGeo::tileAt_data() {
    // Tile numbers by the OpenStreetMap wiki's slippy-map formula.
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<int>("zoom");
    QTest::addColumn<QPoint>("tile");
    QTest::newRow("London z10") << 51.5074 << -0.1278 << 10 << QPoint(511, 340);
    QTest::newRow("New York z12") << 40.7128 << -74.0060 << 12 << QPoint(1205, 1540);
    QTest::newRow("Sydney z8") << -33.8688 << 151.2093 << 8 << QPoint(235, 153);
    QTest::newRow("Houston z14") << 29.7604 << -95.3698 << 14 << QPoint(3851, 6772);
    QTest::newRow("zoom 0") << 45.0 << 45.0 << 0 << QPoint(0, 0);
    QTest::newRow("east edge stays in range") << 0.0 << 180.0 << 3 << QPoint(7, 4);
}

void TestGeo::tileAt() {
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(int, zoom);
    QFETCH(QPoint, tile);
    QCOMPARE(WebMercator::tileAt(WebMercator::toWorld(latitude, longitude), zoom), tile);
}

void TestGeo::metresPerPixel_data() {
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("metres");
    // The published Web Mercator ground resolutions (EPSG:3857, 256-pixel tiles).
    QTest::newRow("equator z0") << 0.0 << 0.0 << 156543.03392804097;
    QTest::newRow("equator z1") << 0.0 << 1.0 << 78271.51696402048;
    QTest::newRow("equator z19") << 0.0 << 19.0 << 0.29858214173896974;
    QTest::newRow("60 north z0") << 60.0 << 0.0 << 78271.51696402048;
}

void TestGeo::metresPerPixel() {
    QFETCH(double, latitude);
    QFETCH(double, zoom);
    QFETCH(double, metres);
    const double got = WebMercator::metresPerPixel(latitude, zoom);
    QVERIFY2(std::abs(got - metres) < metres * 1e-9, qPrintable(QString::number(got, 'g', 15)));
}

void TestGeo::distance_data() {
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("metres");
    QTest::addColumn<double>("tolerance");
    const double r = WebMercator::earthRadiusMetres;
    QTest::newRow("same point") << 10.0 << 20.0 << 10.0 << 20.0 << 0.0 << 1e-6;
    QTest::newRow("one degree of latitude")
        << 0.0 << 0.0 << 1.0 << 0.0 << r * std::numbers::pi / 180 << 1e-3;
    QTest::newRow("quarter of the equator")
        << 0.0 << 0.0 << 0.0 << 90.0 << r * std::numbers::pi / 2 << 1e-3;
    QTest::newRow("antipodes") << 0.0 << 0.0 << 0.0 << 180.0 << r * std::numbers::pi << 1e-3;
    QTest::newRow("pole to pole") << 90.0 << 0.0 << -90.0 << 0.0 << r * std::numbers::pi << 1e-3;
    // About 343.5 km between the city centres, and 362 km Houston to Dallas.
    QTest::newRow("London-Paris") << 51.5074 << -0.1278 << 48.8566 << 2.3522 << 343557.0 << 500.0;
    QTest::newRow("Houston-Dallas")
        << 29.7604 << -95.3698 << 32.7767 << -96.7970 << 361776.0 << 500.0;
}

void TestGeo::distance() {
    QFETCH(double, lat1);
    QFETCH(double, lon1);
    QFETCH(double, lat2);
    QFETCH(double, lon2);
    QFETCH(double, metres);
    QFETCH(double, tolerance);
    const double got = WebMercator::distanceMetres(lat1, lon1, lat2, lon2);
    QVERIFY2(std::abs(got - metres) <= tolerance, qPrintable(QString::number(got, 'f', 3)));
    QVERIFY(std::abs(WebMercator::distanceMetres(lat2, lon2, lat1, lon1) - got) < 1e-6);
}

namespace {

// QRectF::contains refuses flat rectangles, which straight lines have.
bool inside(const QRectF& inner, const QRectF& outer) {
    return inner.left() >= outer.left() && inner.right() <= outer.right() &&
           inner.top() >= outer.top() && inner.bottom() <= outer.bottom();
}

QByteArray embeddedBytes() {
    QFile file(QStringLiteral(":/basemap/basemap.plmap"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestGeo::embeddedLoads() {
    const QByteArray bytes = embeddedBytes();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.size() <= 4 * 1024 * 1024);
    PL_VERIFY_OK(Basemap::fromData(bytes));
    QVERIFY(!Basemap::embedded().isEmpty());
    // Loaded once: the same object every time.
    QCOMPARE(&Basemap::embedded(), &Basemap::embedded());
}

void TestGeo::layersHaveBothDetails_data() {
    QTest::addColumn<Basemap::Layer>("layer");
    QTest::addColumn<int>("minimumLines");
    QTest::newRow("land") << Basemap::Layer::Land << 100;
    QTest::newRow("countries") << Basemap::Layer::Countries << 100;
    QTest::newRow("states") << Basemap::Layer::States << 40;
    QTest::newRow("counties") << Basemap::Layer::Counties << 2000;
}

void TestGeo::layersHaveBothDetails() {
    QFETCH(Basemap::Layer, layer);
    QFETCH(int, minimumLines);
    const Basemap& map = Basemap::embedded();
    const auto& coarse = map.lines(layer, Basemap::Detail::Coarse);
    const auto& fine = map.lines(layer, Basemap::Detail::Fine);
    QVERIFY(coarse.size() >= minimumLines);
    QVERIFY(fine.size() >= minimumLines);
    qsizetype coarsePoints = 0;
    qsizetype finePoints = 0;
    for (const auto& line : coarse)
        coarsePoints += line.points.size();
    for (const auto& line : fine)
        finePoints += line.points.size();
    QVERIFY(finePoints >= coarsePoints);
}

void TestGeo::linesAreInTheWorld() {
    const Basemap& map = Basemap::embedded();
    const QRectF world(0, 0, 1, 1);
    for (auto layer : {Basemap::Layer::Land, Basemap::Layer::Countries, Basemap::Layer::States,
                       Basemap::Layer::Counties}) {
        for (const auto& line : map.lines(layer, Basemap::Detail::Fine)) {
            QVERIFY(line.points.size() >= 2);
            QVERIFY(inside(line.bounds, world.adjusted(-1e-9, -1e-9, 1e-9, 1e-9)));
            for (const QPointF& p : line.points)
                QVERIFY(line.bounds.adjusted(-1e-12, -1e-12, 1e-12, 1e-12).contains(p));
        }
    }
    // Land rings are closed.
    for (const auto& ring : map.lines(Basemap::Layer::Land, Basemap::Detail::Coarse))
        QCOMPARE(ring.points.first(), ring.points.last());
    // US state borders lie over North America (Alaska, Hawaii included).
    const QRectF northAmerica =
        QRectF(WebMercator::toWorld(72, -180), WebMercator::toWorld(18, -65)).normalized();
    for (const auto& line : map.lines(Basemap::Layer::States, Basemap::Detail::Fine))
        QVERIFY(inside(line.bounds, northAmerica));
}

void TestGeo::knownPlaces_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("region");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<int>("minimumPopulation");
    QTest::newRow("Houston") << QStringLiteral("Houston") << QStringLiteral("TX") << 29.76 << -95.36
                             << 1000000;
    QTest::newRow("Topeka") << QStringLiteral("Topeka") << QStringLiteral("KS") << 39.05 << -95.68
                            << 100000;
    QTest::newRow("Mexico City") << QStringLiteral("Mexico City") << QStringLiteral("Mexico")
                                 << 19.43 << -99.13 << 5000000;
    QTest::newRow("São Paulo") << QStringLiteral("São Paulo") << QStringLiteral("Brazil") << -23.55
                               << -46.64 << 5000000;
    // A US town below the worldwide threshold is still there.
    QTest::newRow("small US town")
        << QStringLiteral("Alpine") << QStringLiteral("TX") << 30.36 << -103.66 << 2000;
}

void TestGeo::knownPlaces() {
    QFETCH(QString, name);
    QFETCH(QString, region);
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(int, minimumPopulation);
    const auto& places = Basemap::embedded().places();
    const auto it = std::find_if(places.begin(), places.end(), [&](const core::BasemapPlace& p) {
        return p.name == name && p.region == region;
    });
    QVERIFY2(it != places.end(), qPrintable(name));
    QVERIFY(WebMercator::distanceMetres(it->latitude, it->longitude, latitude, longitude) < 20000);
    QVERIFY(it->population >= minimumPopulation);
}

void TestGeo::placesByPopulation() {
    const auto& places = Basemap::embedded().places();
    QVERIFY(places.size() > 20000);
    QVERIFY(places.size() <= 40000);
    for (qsizetype i = 1; i < places.size(); ++i)
        QVERIFY(places[i - 1].population >= places[i].population);
    for (const auto& place : places) {
        QVERIFY(!place.name.isEmpty());
        QVERIFY(!place.region.isEmpty());
        QVERIFY(place.population >= 2000);
    }
}

void TestGeo::attributionNamesGeoNames() {
    QVERIFY(Basemap::embedded().attribution().contains(QStringLiteral("GeoNames")));
    QVERIFY(Basemap::embedded().attribution().contains(QStringLiteral("Natural Earth")));
}

void TestGeo::refusesBadFiles_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("messagePart");
    const QByteArray good = embeddedBytes();

    QByteArray wrongMagic = good;
    wrongMagic[0] = 'X';
    QTest::newRow("wrong magic") << wrongMagic << QStringLiteral("not a PlateLedger basemap");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a PlateLedger basemap");

    QByteArray newer = good;
    qToLittleEndian<quint32>(Basemap::formatVersion + 1, newer.data() + 8);
    QTest::newRow("newer version")
        << newer << QStringLiteral("version %1").arg(Basemap::formatVersion + 1);

    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("truncated");
    QTest::newRow("header only") << good.left(12) << QStringLiteral("truncated");
    QTest::newRow("trailing bytes") << good + QByteArray("xx") << QStringLiteral("damaged");

    QByteArray scrambled = good;
    for (qsizetype i = 40; i < 400; ++i)
        scrambled[i] = char(scrambled[i] ^ 0x5a);
    QTest::newRow("scrambled payload") << scrambled << QStringLiteral("damaged");
}

void TestGeo::refusesBadFiles() {
    QFETCH(QByteArray, data);
    QFETCH(QString, messagePart);
    const auto map = Basemap::fromData(data);
    PL_VERIFY_ERROR(map, core::ErrorCode::InvalidArgument);
    QVERIFY2(map.error().message().contains(messagePart), qPrintable(map.error().message()));
}

QTEST_GUILESS_MAIN(TestGeo)
#include "tst_geo.moc"
