// MBTilesReader over files the test writes itself: metadata, the TMS row
// flip, absent tiles, and refusals of a missing, a random and a non-MBTiles file.

#include "core/geo/MBTilesReader.h"
#include "tests/support/Checks.h"
#include "tests/support/MBTilesFixture.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;
using core::ErrorCode;
using core::MBTilesReader;
using tests::MBTilesFixture;

class TestMBTiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsMetadata();
    void zoomsFromTilesWithoutMetadata();
    void flipsRows_data();
    void flipsRows();
    void absentTiles_data();
    void absentTiles();
    void movedReaderKeepsWorking();
    void refusesMissingFile();
    void refusesRandomBytes();
    void refusesSqliteWithoutTiles();
    void reportsDamagedTiles();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString writeSample();

    QTemporaryDir m_dir;
};

void TestMBTiles::init() {
    QVERIFY(m_dir.isValid());
}

QString TestMBTiles::writeSample() {
    const QString file = path(QStringLiteral("sample.mbtiles"));
    const QMap<QString, QString> metadata{
        {QStringLiteral("name"), QStringLiteral("Station area")},
        {QStringLiteral("format"), QStringLiteral("png")},
        {QStringLiteral("minzoom"), QStringLiteral("0")},
        {QStringLiteral("maxzoom"), QStringLiteral("3")},
        {QStringLiteral("bounds"), QStringLiteral("-106.7,25.8,-93.5,36.5")},
    };
    const QList<MBTilesFixture::Tile> tiles{
        {0, 0, 0, MBTilesFixture::redPng()},
        {3, 1, 2, MBTilesFixture::bluePng()}, // stored as TMS row 5
        {3, 1, 5, MBTilesFixture::redPng()},  // stored as TMS row 2
    };
    if (!MBTilesFixture::write(file, metadata, tiles))
        return {};
    return file;
}

void TestMBTiles::readsMetadata() {
    const QString file = writeSample();
    QVERIFY(!file.isEmpty());
    auto reader = MBTilesReader::open(file);
    PL_VERIFY_OK(reader);
    QCOMPARE(reader->name(), QStringLiteral("Station area"));
    QCOMPARE(reader->format(), QStringLiteral("png"));
    QCOMPARE(reader->minZoom(), 0);
    QCOMPARE(reader->maxZoom(), 3);
    QCOMPARE(reader->path(), file);
    const auto bounds = reader->bounds();
    QVERIFY(bounds.has_value());
    QCOMPARE(bounds->west, -106.7);
    QCOMPARE(bounds->south, 25.8);
    QCOMPARE(bounds->east, -93.5);
    QCOMPARE(bounds->north, 36.5);
    QVERIFY(reader->metadata(QStringLiteral("attribution")).isNull());
}

void TestMBTiles::zoomsFromTilesWithoutMetadata() {
    const QString file = path(QStringLiteral("bare.mbtiles"));
    QVERIFY(MBTilesFixture::write(
        file, {{QStringLiteral("format"), QStringLiteral("jpeg")}},
        {{2, 0, 0, MBTilesFixture::redPng()}, {5, 3, 3, MBTilesFixture::redPng()}}));
    auto reader = MBTilesReader::open(file);
    PL_VERIFY_OK(reader);
    QCOMPARE(reader->minZoom(), 2);
    QCOMPARE(reader->maxZoom(), 5);
    QCOMPARE(reader->format(), QStringLiteral("jpg"));
    QCOMPARE(reader->name(), QStringLiteral("bare"));
    QVERIFY(!reader->bounds().has_value());
}

void TestMBTiles::flipsRows_data() {
    QTest::addColumn<int>("z");
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("y");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("zoom 0") << 0 << 0 << 0 << MBTilesFixture::redPng();
    QTest::newRow("z3 y2") << 3 << 1 << 2 << MBTilesFixture::bluePng();
    QTest::newRow("z3 y5") << 3 << 1 << 5 << MBTilesFixture::redPng();
}

void TestMBTiles::flipsRows() {
    QFETCH(int, z);
    QFETCH(int, x);
    QFETCH(int, y);
    QFETCH(QByteArray, expected);
    auto reader = MBTilesReader::open(writeSample());
    PL_VERIFY_OK(reader);
    const auto tile = reader->tile(z, x, y);
    PL_VERIFY_OK(tile);
    QCOMPARE(tile.value(), expected);
}

void TestMBTiles::absentTiles_data() {
    QTest::addColumn<int>("z");
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("y");
    QTest::newRow("not in the file") << 3 << 2 << 2;
    QTest::newRow("zoom not in the file") << 7 << 0 << 0;
    QTest::newRow("x beyond the world") << 3 << 8 << 2;
    QTest::newRow("negative y") << 3 << 1 << -1;
    QTest::newRow("negative zoom") << -1 << 0 << 0;
}

void TestMBTiles::absentTiles() {
    QFETCH(int, z);
    QFETCH(int, x);
    QFETCH(int, y);
    auto reader = MBTilesReader::open(writeSample());
    PL_VERIFY_OK(reader);
    const auto tile = reader->tile(z, x, y);
    PL_VERIFY_OK(tile);
    QVERIFY(tile.value().isEmpty());
}

void TestMBTiles::movedReaderKeepsWorking() {
    auto opened = MBTilesReader::open(writeSample());
    PL_VERIFY_OK(opened);
    MBTilesReader reader = std::move(opened).value();
    MBTilesReader other = std::move(reader);
    const auto tile = other.tile(3, 1, 2);
    PL_VERIFY_OK(tile);
    QCOMPARE(tile.value(), MBTilesFixture::bluePng());
    QCOMPARE(other.name(), QStringLiteral("Station area"));
}

void TestMBTiles::refusesMissingFile() {
    const QString file = path(QStringLiteral("nowhere.mbtiles"));
    const auto reader = MBTilesReader::open(file);
    PL_VERIFY_ERROR(reader, ErrorCode::NotFound);
    QVERIFY(reader.error().message().contains(file));
    QVERIFY(reader.error().message().contains(QStringLiteral("does not exist")));
    // Opening read-only never creates the file.
    QVERIFY(!QFile::exists(file));
}

void TestMBTiles::refusesRandomBytes() {
    const QString file = path(QStringLiteral("random.mbtiles"));
    QByteArray bytes(16384, Qt::Uninitialized);
    QRandomGenerator generator(20240601);
    for (char& c : bytes)
        c = char(generator.bounded(256));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(bytes), bytes.size());
    out.close();
    const auto reader = MBTilesReader::open(file);
    PL_VERIFY_ERROR(reader, ErrorCode::InvalidArgument);
    QVERIFY(reader.error().message().contains(file));
    QVERIFY2(reader.error().message().contains(QStringLiteral("not a SQLite database")),
             qPrintable(reader.error().message()));
}

void TestMBTiles::refusesSqliteWithoutTiles() {
    const QString file = path(QStringLiteral("notiles.mbtiles"));
    QVERIFY(
        MBTilesFixture::write(file, {{QStringLiteral("name"), QStringLiteral("x")}}, {}, false));
    const auto reader = MBTilesReader::open(file);
    PL_VERIFY_ERROR(reader, ErrorCode::InvalidArgument);
    QVERIFY(reader.error().message().contains(file));
    QVERIFY2(reader.error().message().contains(QStringLiteral("\"tiles\"")),
             qPrintable(reader.error().message()));

    // An empty file is an empty SQLite database, not an MBTiles file either.
    const QString empty = path(QStringLiteral("empty.mbtiles"));
    QFile out(empty);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.close();
    PL_VERIFY_ERROR(MBTilesReader::open(empty), ErrorCode::InvalidArgument);
}

void TestMBTiles::reportsDamagedTiles() {
    // Enough tiles to fill many pages, then every page after the table roots
    // (1 schema, 2 metadata, 3 tiles) overwritten: the file opens, but
    // reading tiles meets the damage.
    const QString file = path(QStringLiteral("damaged.mbtiles"));
    QList<MBTilesFixture::Tile> tiles;
    for (int x = 0; x < 64; ++x)
        tiles.append({6, x, 10, QByteArray(900, char('a' + x % 26))});
    QVERIFY(MBTilesFixture::write(file,
                                  {{QStringLiteral("minzoom"), QStringLiteral("6")},
                                   {QStringLiteral("maxzoom"), QStringLiteral("6")}},
                                  tiles));
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    QVERIFY(damaged.size() > 8 * 4096);
    QVERIFY(damaged.seek(3 * 4096));
    damaged.write(QByteArray(damaged.size() - 3 * 4096, '\xa5'));
    damaged.close();

    auto reader = MBTilesReader::open(file);
    PL_VERIFY_OK(reader);
    const auto tile = reader->tile(6, 40, 10);
    QVERIFY(!tile.ok());
    QVERIFY2(tile.error().message().contains(file), qPrintable(tile.error().message()));
}

QTEST_GUILESS_MAIN(TestMBTiles)
#include "tst_mbtiles.moc"
