// The map's tile sources: the offline basemap drawn into tiles, an MBTiles
// file, and a tile server (a file:// template here) with its disk cache.

#include "core/geo/WebMercator.h"
#include "tests/support/MBTilesFixture.h"
#include "ui/map/BasemapTileSource.h"
#include "ui/map/MBTilesTileSource.h"
#include "ui/map/XyzTileSource.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pl;
using core::WebMercator;
using tests::MBTilesFixture;
using ui::BasemapTileSource;
using ui::MBTilesTileSource;
using ui::XyzTileSource;

namespace {

// The pixel of tile (z, x, y) that shows a place.
QPoint pixelOf(double latitude, double longitude, int z, int x, int y) {
    const QPointF world = WebMercator::toWorld(latitude, longitude);
    const double n = std::exp2(z);
    return {int(std::floor((world.x() * n - x) * 256)), int(std::floor((world.y() * n - y) * 256))};
}

QByteArray png(const QColor& colour, int size = 256) {
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestTileSources : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void basemapLandAndSea_data();
    void basemapLandAndSea();
    void basemapDeepZoom();
    void basemapCachesTiles();
    void mbtilesDecodes();
    void mbtilesRefusesMissingFile();
    void mbtilesReportsDamage();
    void xyzFetchesAndCaches();
    void xyzReportsUnreachableServerOnce();
};

void TestTileSources::basemapLandAndSea_data() {
    QTest::addColumn<int>("z");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<bool>("land");
    // Zoom 3, tile 2/3 holds the US south-east and the western Atlantic.
    QTest::newRow("z3 Atlanta") << 3 << 33.75 << -84.39 << true;
    QTest::newRow("z3 Atlantic") << 3 << 30.0 << -60.0 << false;
    QTest::newRow("z3 Gulf of Mexico") << 3 << 25.5 << -90.5 << false;
    // Zoom 5 and 8: fine outlines.
    QTest::newRow("z5 Dallas") << 5 << 32.78 << -96.80 << true;
    QTest::newRow("z5 off Cape Hatteras") << 5 << 34.5 << -73.0 << false;
    QTest::newRow("z8 Gulf off Galveston") << 8 << 29.0 << -94.5 << false;
    QTest::newRow("z8 Topeka") << 8 << 39.05 << -95.68 << true;
    QTest::newRow("z2 Sahara") << 2 << 23.0 << 10.0 << true;
    QTest::newRow("z2 Pacific") << 2 << 0.0 << -140.0 << false;
}

void TestTileSources::basemapLandAndSea() {
    QFETCH(int, z);
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(bool, land);
    BasemapTileSource source;
    const QPoint tile = WebMercator::tileAt(WebMercator::toWorld(latitude, longitude), z);
    const QImage image = source.tile(z, tile.x(), tile.y());
    QCOMPARE(image.size(), QSize(256, 256));
    const QPoint pixel = pixelOf(latitude, longitude, z, tile.x(), tile.y());
    const QColor expected = land ? BasemapTileSource::landColor() : BasemapTileSource::seaColor();
    QCOMPARE(image.pixelColor(pixel), expected);
}

void TestTileSources::basemapDeepZoom() {
    // Beyond the data's detail the vectors are just drawn larger: a zoom-19
    // tile in Kansas is all land, one off Florida all sea.
    BasemapTileSource source;
    const QPoint kansas = WebMercator::tileAt(WebMercator::toWorld(38.5, -98.0), 19);
    const QImage land = source.tile(19, kansas.x(), kansas.y());
    QCOMPARE(land.pixelColor(0, 0), BasemapTileSource::landColor());
    QCOMPARE(land.pixelColor(255, 255), BasemapTileSource::landColor());
    const QPoint sea = WebMercator::tileAt(WebMercator::toWorld(27.0, -75.0), 19);
    const QImage water = source.tile(19, sea.x(), sea.y());
    QCOMPARE(water.pixelColor(128, 128), BasemapTileSource::seaColor());
    QVERIFY(source.tile(3, 8, 0).isNull());
    QVERIFY(source.attribution().contains(QStringLiteral("GeoNames")));
}

void TestTileSources::basemapCachesTiles() {
    BasemapTileSource source;
    const QImage first = source.tile(4, 3, 6);
    const QImage again = source.tile(4, 3, 6);
    QCOMPARE(again.cacheKey(), first.cacheKey());
    QCOMPARE(source.render(4, 3, 6), first);
}

void TestTileSources::mbtilesDecodes() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("area.mbtiles"));
    QVERIFY(
        MBTilesFixture::write(file,
                              {{QStringLiteral("name"), QStringLiteral("Area")},
                               {QStringLiteral("attribution"), QStringLiteral("County GIS")},
                               {QStringLiteral("minzoom"), QStringLiteral("1")},
                               {QStringLiteral("maxzoom"), QStringLiteral("2")}},
                              {{2, 1, 1, png(Qt::green)}, {2, 2, 1, MBTilesFixture::bluePng()}}));
    auto opened = MBTilesTileSource::open(file);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message()));
    MBTilesTileSource& source = *opened.value();
    QCOMPARE(source.maxZoom(), 2);
    QCOMPARE(source.minZoom(), 1);
    QCOMPARE(source.attribution(), QStringLiteral("County GIS"));

    const QImage green = source.tile(2, 1, 1);
    QCOMPARE(green.size(), QSize(256, 256));
    QCOMPARE(green.pixelColor(10, 200), QColor(Qt::green));
    // A 1×1 tile is brought to the tile size.
    const QImage blue = source.tile(2, 2, 1);
    QCOMPARE(blue.size(), QSize(256, 256));
    QCOMPARE(blue.pixelColor(128, 128), QColor(Qt::blue));
    QVERIFY(source.tile(2, 1, 2).isNull());
    QVERIFY(source.tile(2, 9, 1).isNull());
}

void TestTileSources::mbtilesRefusesMissingFile() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("gone.mbtiles"));
    const auto opened = MBTilesTileSource::open(file);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message().contains(file));
}

void TestTileSources::mbtilesReportsDamage() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("damaged.mbtiles"));
    QList<MBTilesFixture::Tile> tiles;
    for (int x = 0; x < 64; ++x)
        tiles.append({6, x, 10, QByteArray(900, 'p')});
    QVERIFY(MBTilesFixture::write(file,
                                  {{QStringLiteral("minzoom"), QStringLiteral("6")},
                                   {QStringLiteral("maxzoom"), QStringLiteral("6")}},
                                  tiles));
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    QVERIFY(damaged.seek(3 * 4096));
    damaged.write(QByteArray(damaged.size() - 3 * 4096, '\xa5'));
    damaged.close();

    auto opened = MBTilesTileSource::open(file);
    QVERIFY(opened.ok());
    QSignalSpy failed(opened.value().get(), &MBTilesTileSource::failed);
    QVERIFY(opened.value()->tile(6, 40, 10).isNull());
    QVERIFY(opened.value()->tile(6, 41, 10).isNull());
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(file));
}

void TestTileSources::xyzFetchesAndCaches() {
    QTemporaryDir server;
    QTemporaryDir cache;
    QVERIFY(server.isValid() && cache.isValid());
    QVERIFY(QDir(server.path()).mkpath(QStringLiteral("3/2/3")));
    const QString served = server.filePath(QStringLiteral("3/2/3.png"));
    QFile out(served);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(png(Qt::red));
    out.close();
    const QString urlTemplate =
        QUrl::fromLocalFile(server.path()).toString() + QStringLiteral("/{z}/{x}/{y}.png");

    {
        XyzTileSource source(urlTemplate, cache.path(), 18, QStringLiteral("Agency tiles"));
        QCOMPARE(source.attribution(), QStringLiteral("Agency tiles"));
        QCOMPARE(source.maxZoom(), 18);
        QSignalSpy ready(&source, &XyzTileSource::tileReady);
        QSignalSpy failed(&source, &XyzTileSource::failed);
        QVERIFY(source.tile(3, 2, 3).isNull()); // not here yet
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.first().at(0).toInt(), 3);
        QCOMPARE(ready.first().at(1).toInt(), 2);
        QCOMPARE(ready.first().at(2).toInt(), 3);
        const QImage image = source.tile(3, 2, 3);
        QCOMPARE(image.size(), QSize(256, 256));
        QCOMPARE(image.pixelColor(5, 5), QColor(Qt::red));
        QVERIFY(QFile::exists(source.cacheFile(3, 2, 3)));
        QCOMPARE(source.cacheFile(3, 2, 3), cache.filePath(QStringLiteral("3/2/3.png")));

        // A tile the server does not have is absent, not a failure.
        QVERIFY(source.tile(3, 1, 1).isNull());
        QTRY_COMPARE(source.pending(), 0);
        QVERIFY(source.tile(3, 1, 1).isNull());
        QCOMPARE(failed.count(), 0);
        QCOMPARE(ready.count(), 1);
    }

    // The server's copy is gone: a new source serves the tile from the disk cache.
    QVERIFY(QFile::remove(served));
    XyzTileSource offline(urlTemplate, cache.path());
    const QImage fromDisk = offline.tile(3, 2, 3);
    QCOMPARE(fromDisk.size(), QSize(256, 256));
    QCOMPARE(fromDisk.pixelColor(200, 100), QColor(Qt::red));
    QCOMPARE(offline.pending(), 0);
}

void TestTileSources::xyzReportsUnreachableServerOnce() {
    QTemporaryDir cache;
    // Nothing listens on port 1 of the loopback interface.
    XyzTileSource source(QStringLiteral("http://127.0.0.1:1/tiles/{z}/{x}/{y}.png"), cache.path());
    QCOMPARE(source.urlFor(5, 7, 9), QUrl(QStringLiteral("http://127.0.0.1:1/tiles/5/7/9.png")));
    QSignalSpy failed(&source, &XyzTileSource::failed);
    QSignalSpy ready(&source, &XyzTileSource::tileReady);
    QVERIFY(source.tile(2, 1, 1).isNull());
    QVERIFY(source.tile(2, 1, 2).isNull());
    QTRY_COMPARE(source.pending(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(ready.count(), 0);
    QVERIFY(QDir(cache.path()).isEmpty());
}

QTEST_MAIN(TestTileSources)
#include "tst_tilesources.moc"
