// The timeline's lanes and bins and the pattern figures of a result set,
// against expectations worked out by hand.
#include "core/search/PlaceGrid.h"
#include "core/search/ResultPatterns.h"
#include "core/search/ResultTimeline.h"

#include <QLocale>
#include <QTest>

using namespace pl;
using core::ResultPatterns;
using core::ResultPoint;
using core::ResultPoints;
using core::ResultTimeline;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

// Monday 2026-03-02, 00:00 UTC.
const qint64 kT = utcMs(2026, 3, 2);

ResultPoint at(qint64 id, qint64 timeMs, int device) {
    ResultPoint p;
    p.readId = id;
    p.timeMs = timeMs;
    p.device = device;
    return p;
}

ResultPoint at(qint64 id, qint64 timeMs, int device, double lat, double lon) {
    ResultPoint p = at(id, timeMs, device);
    p.latitude = lat;
    p.longitude = lon;
    p.hasLocation = true;
    return p;
}

ResultPoints::DeviceInfo device(qint64 id, const QString& name) {
    ResultPoints::DeviceInfo d;
    d.id = id;
    d.name = name;
    return d;
}

// Three devices; place A (cell centre 45.501, -73.566) has reads 1-3,
// place B (45.510, -73.575) reads 4-5, reads 6-7 have no location.
ResultPoints sample() {
    ResultPoints set;
    set.devices = {device(10, QStringLiteral("North cam")), device(11, QStringLiteral("East cam")),
                   device(12, QStringLiteral("South cam"))};
    // Not in time order on purpose.
    set.points = {
        at(7, kT + 2 * kDay + kHour, 1),
        at(1, kT + kHour, 1, 45.5011, -73.5659),
        at(2, kT + 2 * kHour, 1, 45.5005, -73.5665),
        at(3, kT + 3 * kHour, 0, 45.5010, -73.5660),
        at(4, kT + kDay + 5 * kHour, 0, 45.5101, -73.5749),
        at(5, kT + kDay + 6 * kHour, 2, 45.5099, -73.5751),
        at(6, kT + 2 * kDay, 2),
    };
    return set;
}

QStringList labels(const ResultTimeline& timeline) {
    QStringList out;
    for (const auto& lane : timeline.lanes())
        out.append(lane.label);
    return out;
}

QList<int> counts(const ResultTimeline& timeline) {
    QList<int> out;
    for (const auto& lane : timeline.lanes())
        out.append(lane.readCount);
    return out;
}

ResultPoints oneDevice(const QList<qint64>& times) {
    ResultPoints set;
    set.devices = {device(1, QStringLiteral("cam"))};
    qint64 id = 100;
    for (const qint64 t : times)
        set.points.append(at(id++, t, 0));
    return set;
}

} // namespace

class TestResultPatterns : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void placeGridRoundsToTheNearestCell() {
        const auto cell = core::PlaceGrid::cellOf(45.5005, -73.5665);
        QCOMPARE(cell.row, 30334);
        QCOMPARE(cell.column, -49044);
        QCOMPARE(core::PlaceGrid::label(cell), QStringLiteral("45.501, -73.566"));
        QVERIFY(core::PlaceGrid::key(cell) !=
                core::PlaceGrid::key(core::PlaceGrid::cellOf(45.5005, -73.5680)));
    }

    void lanesByDevice() {
        const ResultTimeline timeline(sample(), ResultTimeline::LaneMode::Device);
        QCOMPARE(timeline.readCount(), 7);
        // East cam has 3 reads; North and South tie at 2 and go by name.
        QCOMPARE(labels(timeline),
                 (QStringList{QStringLiteral("East cam"), QStringLiteral("North cam"),
                              QStringLiteral("South cam")}));
        QCOMPARE(counts(timeline), (QList<int>{3, 2, 2}));
        QCOMPARE(timeline.laneReadIds(0), (QList<qint64>{1, 2, 7}));
        QCOMPARE(timeline.laneReadIds(2),
                 (QList<qint64>{6, 5}).size() == 2 ? (QList<qint64>{5, 6}) : QList<qint64>{});
        QCOMPARE(timeline.firstMs(), kT + kHour);
        QCOMPARE(timeline.lastMs(), kT + 2 * kDay + kHour);
    }

    void unknownAndSameNamedDevices() {
        ResultPoints set;
        set.devices = {device(10, QStringLiteral("Cam")), device(11, QStringLiteral("Cam"))};
        set.points = {at(1, 1000, 0), at(2, 2000, 1), at(3, 3000, 1), at(4, 4000, 9)};
        const ResultTimeline timeline(set, ResultTimeline::LaneMode::Device);
        QCOMPARE(labels(timeline),
                 (QStringList{QStringLiteral("Cam (#11)"), QStringLiteral("Cam (#10)"),
                              QStringLiteral("unknown device")}));
        QCOMPARE(counts(timeline), (QList<int>{2, 1, 1}));
    }

    void lanesByPlace() {
        const ResultTimeline timeline(sample(), ResultTimeline::LaneMode::Place);
        // B and "no location" tie at 2: places first.
        QCOMPARE(labels(timeline),
                 (QStringList{QStringLiteral("45.501, -73.566"), QStringLiteral("45.510, -73.575"),
                              QStringLiteral("no location")}));
        QCOMPARE(counts(timeline), (QList<int>{3, 2, 2}));
        QCOMPARE(timeline.laneReadIds(0), (QList<qint64>{1, 2, 3}));
        QCOMPARE(timeline.laneReadIds(1), (QList<qint64>{4, 5}));
        QCOMPARE(timeline.laneReadIds(2), (QList<qint64>{6, 7}));
        QVERIFY(timeline.lanes().at(0).latitude.has_value());
        QCOMPARE(*timeline.lanes().at(0).latitude, 30334 * core::PlaceGrid::step);
        QVERIFY(!timeline.lanes().at(2).latitude.has_value());
    }

    void lanesPastTheLimitAreMerged() {
        const ResultTimeline timeline(sample(), ResultTimeline::LaneMode::Place, 2);
        QCOMPARE(timeline.lanes().size(), 2);
        QCOMPARE(timeline.lanes().at(0).label, QStringLiteral("45.501, -73.566"));
        QVERIFY(timeline.lanes().at(1).merged);
        QVERIFY(timeline.lanes().at(1).label.contains(QLatin1Char('2')));
        QCOMPARE(timeline.lanes().at(1).readCount, 4);
        QCOMPARE(timeline.laneReadIds(1), (QList<qint64>{4, 5, 6, 7}));
    }

    void binsOfAnEmptySet() {
        const ResultTimeline timeline(ResultPoints{}, ResultTimeline::LaneMode::Device);
        QVERIFY(timeline.isEmpty());
        QVERIFY(timeline.lanes().isEmpty());
        QVERIFY(timeline.bins(0, 1000, 10).isEmpty());
        QVERIFY(timeline.readIdsInRange(0, 1000).isEmpty());
        QVERIFY(timeline.positions({1}).isEmpty());
    }

    void binsOfOnePoint() {
        const ResultTimeline timeline(oneDevice({500}), ResultTimeline::LaneMode::Device);
        const auto bins = timeline.bins(0, 1000, 10);
        QCOMPARE(bins.size(), 1);
        QCOMPARE(bins.at(0).index, 5);
        QCOMPARE(bins.at(0).fromMs, 500);
        QCOMPARE(bins.at(0).toMs, 600);
        QCOMPARE(bins.at(0).count, 1);
        QCOMPARE(timeline.readIds(bins.at(0)), (QList<qint64>{100}));
        QVERIFY(timeline.bins(600, 1000, 10).isEmpty());
    }

    void binsOfReadsInOneMillisecond() {
        const ResultTimeline timeline(oneDevice({1000, 1000, 1000, 1000, 1000}),
                                      ResultTimeline::LaneMode::Device);
        auto bins = timeline.bins(0, 2000, 4);
        QCOMPARE(bins.size(), 1);
        QCOMPARE(bins.at(0).index, 2);
        QCOMPARE(bins.at(0).fromMs, 1000);
        QCOMPARE(bins.at(0).toMs, 1500);
        QCOMPARE(bins.at(0).count, 5);
        QCOMPARE(timeline.readIds(bins.at(0)), (QList<qint64>{100, 101, 102, 103, 104}));
        // A one-millisecond range holds one bin, whatever is asked.
        QCOMPARE(ResultTimeline::effectiveBinCount(1000, 1001, 100), 1);
        bins = timeline.bins(1000, 1001, 100);
        QCOMPARE(bins.size(), 1);
        QCOMPARE(bins.at(0).fromMs, 1000);
        QCOMPARE(bins.at(0).toMs, 1001);
        QCOMPARE(bins.at(0).count, 5);
    }

    void binsAtTheRangeBounds() {
        const ResultTimeline timeline(oneDevice({0, 999, 1000}), ResultTimeline::LaneMode::Device);
        auto bins = timeline.bins(0, 1000, 10);
        QCOMPARE(bins.size(), 2);
        QCOMPARE(bins.at(0).index, 0);
        QCOMPARE(bins.at(0).fromMs, 0);
        QCOMPARE(bins.at(0).toMs, 100);
        QCOMPARE(timeline.readIds(bins.at(0)), (QList<qint64>{100}));
        QCOMPARE(bins.at(1).index, 9);
        QCOMPARE(bins.at(1).fromMs, 900);
        QCOMPARE(bins.at(1).toMs, 1000);
        QCOMPARE(timeline.readIds(bins.at(1)), (QList<qint64>{101}));
        // One bin: the whole range, its end excluded.
        bins = timeline.bins(0, 1000, 1);
        QCOMPARE(bins.size(), 1);
        QCOMPARE(bins.at(0).fromMs, 0);
        QCOMPARE(bins.at(0).toMs, 1000);
        QCOMPARE(bins.at(0).count, 2);
        // Empty or reversed ranges, no bins.
        QVERIFY(timeline.bins(1000, 1000, 10).isEmpty());
        QVERIFY(timeline.bins(1000, 0, 10).isEmpty());
        QVERIFY(timeline.bins(0, 1000, 0).isEmpty());
    }

    void unevenBins() {
        // 10 ms in 3 bins: [0,4) [4,7) [7,10).
        const ResultTimeline timeline(oneDevice({3, 4, 6, 7, 9}), ResultTimeline::LaneMode::Device);
        const auto bins = timeline.bins(0, 10, 3);
        QCOMPARE(bins.size(), 3);
        QCOMPARE(bins.at(0).toMs, 4);
        QCOMPARE(bins.at(0).count, 1);
        QCOMPARE(bins.at(1).fromMs, 4);
        QCOMPARE(bins.at(1).toMs, 7);
        QCOMPARE(bins.at(1).count, 2);
        QCOMPARE(bins.at(2).fromMs, 7);
        QCOMPARE(bins.at(2).toMs, 10);
        QCOMPARE(bins.at(2).count, 2);
        QVERIFY(ResultTimeline::binIndex(6, 0, 10, 3) == std::optional<int>(1));
        QVERIFY(!ResultTimeline::binIndex(10, 0, 10, 3).has_value());
        // More bins than milliseconds: one per millisecond.
        QCOMPARE(ResultTimeline::effectiveBinCount(0, 5, 100), 5);
        const auto perMs = timeline.bins(0, 5, 100);
        QCOMPARE(perMs.size(), 2); // the reads at 3 and 4 ms
        QCOMPARE(perMs.at(0).index, 3);
        QCOMPARE(perMs.at(0).toMs, 4);
        QCOMPARE(perMs.at(1).index, 4);
    }

    void binsPerLane() {
        const ResultTimeline timeline(sample(), ResultTimeline::LaneMode::Device);
        // One bin per day over three days.
        const auto bins = timeline.bins(kT, kT + 3 * kDay, 3);
        QCOMPARE(bins.size(), 6);
        QList<std::tuple<int, int, int>> got;
        for (const auto& bin : bins)
            got.append({bin.lane, bin.index, bin.count});
        const QList<std::tuple<int, int, int>> expected{{0, 0, 2}, {0, 2, 1}, {1, 0, 1},
                                                        {1, 1, 1}, {2, 1, 1}, {2, 2, 1}};
        QCOMPARE(got, expected);
        QCOMPARE(timeline.readIds(bins.at(0)), (QList<qint64>{1, 2}));
        QCOMPARE(timeline.readIds(bins.at(5)), (QList<qint64>{6}));
        const auto lane = timeline.laneBins(1, kT, kT + 3 * kDay, 3);
        QCOMPARE(lane.size(), 2);
        QCOMPARE(timeline.readIds(lane.at(1)), (QList<qint64>{4}));
    }

    void filtersByTimeRange() {
        const ResultTimeline timeline(sample(), ResultTimeline::LaneMode::Device);
        // The range's start is included, its end excluded (read 5).
        QCOMPARE(timeline.readIdsInRange(kT + 2 * kHour, kT + kDay + 6 * kHour),
                 (QList<qint64>{2, 3, 4}));
        QCOMPARE(timeline.countInRange(kT + 2 * kHour, kT + kDay + 6 * kHour), 3);
        QCOMPARE(timeline.readIdsInRange(kT, kT + 10 * kDay).size(), 7);
        QVERIFY(timeline.readIdsInRange(kT + 5, kT + 5).isEmpty());
        QVERIFY(timeline.readIdsInRange(kT + 3 * kDay, kT + 4 * kDay).isEmpty());
    }

    void positionsOfReads() {
        const ResultTimeline timeline(sample(), ResultTimeline::LaneMode::Place);
        const auto found = timeline.positions({4, 7, 99});
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).lane, 1);
        QCOMPARE(found.at(0).timeMs, kT + kDay + 5 * kHour);
        QCOMPARE(found.at(1).lane, 2);
    }

    void countsInUtc() {
        const auto counts = ResultPatterns::countByLocalTime(sample().points, QTimeZone::utc());
        const std::array<int, 24> hours{1, 2, 1, 1, 0, 1, 1};
        QCOMPARE(counts.perHour, hours);
        const std::array<int, 7> days{3, 2, 2, 0, 0, 0, 0};
        QCOMPARE(counts.perWeekday, days);
    }

    void countsInNewYorkAcrossDaylightSaving() {
        const QTimeZone zone("America/New_York");
        QVERIFY(zone.isValid());
        const QList<ResultPoint> points{
            at(1, utcMs(2026, 3, 8, 6, 30), 0),  // 01:30 EST, Sunday
            at(2, utcMs(2026, 3, 8, 7, 30), 0),  // 03:30 EDT, Sunday
            at(3, utcMs(2026, 3, 9, 3, 30), 0),  // 23:30 EDT, Sunday
            at(4, utcMs(2026, 3, 7, 4, 59), 0),  // 23:59 EST, Friday
            at(5, utcMs(2026, 11, 1, 5, 30), 0), // 01:30 EDT, Sunday
            at(6, utcMs(2026, 11, 1, 6, 30), 0), // 01:30 EST again, Sunday
        };
        const auto counts = ResultPatterns::countByLocalTime(points, zone);
        std::array<int, 24> hours{};
        hours[1] = 3;
        hours[3] = 1;
        hours[23] = 2;
        QCOMPARE(counts.perHour, hours);
        const std::array<int, 7> days{0, 0, 0, 0, 1, 0, 5};
        QCOMPARE(counts.perWeekday, days);
        // A fixed offset zone: 5 hours behind UTC all year.
        const auto fixed = ResultPatterns::countByLocalTime(points, QTimeZone(-5 * 3600));
        std::array<int, 24> fixedHours{};
        fixedHours[1] = 2;  // reads 1 and 6
        fixedHours[2] = 1;  // read 2
        fixedHours[22] = 1; // read 3
        fixedHours[23] = 1; // read 4
        fixedHours[0] = 1;  // read 5
        QCOMPARE(fixed.perHour, fixedHours);
    }

    void countsOfNothing() {
        const auto counts = ResultPatterns::countByLocalTime({}, QTimeZone::utc());
        QCOMPARE(counts.perHour, (std::array<int, 24>{}));
        QCOMPARE(counts.perWeekday, (std::array<int, 7>{}));
    }

    void topPlaces() {
        const auto places = ResultPatterns::topPlaces(sample(), 5);
        QCOMPARE(places.size(), 2);
        QCOMPARE(places.at(0).label, QStringLiteral("45.501, -73.566"));
        QCOMPARE(places.at(0).readCount, 3);
        QCOMPARE(places.at(0).firstMs, kT + kHour);
        QCOMPARE(places.at(0).lastMs, kT + 3 * kHour);
        QCOMPARE(places.at(0).devices,
                 (QStringList{QStringLiteral("East cam"), QStringLiteral("North cam")}));
        QCOMPARE(places.at(0).readIds, (QList<qint64>{1, 2, 3}));
        QCOMPARE(places.at(0).latitude, 30334 * core::PlaceGrid::step);
        QCOMPARE(places.at(1).label, QStringLiteral("45.510, -73.575"));
        QCOMPARE(places.at(1).devices,
                 (QStringList{QStringLiteral("North cam"), QStringLiteral("South cam")}));
        QCOMPARE(ResultPatterns::topPlaces(sample(), 1).size(), 1);
        QVERIFY(ResultPatterns::topPlaces(sample(), 0).isEmpty());
    }

    void topPlacesTies() {
        ResultPoints set;
        set.devices = {device(1, QStringLiteral("cam"))};
        // P: first read at 2000; Q and R: first read at 1000, R north of Q.
        set.points = {
            at(1, 2000, 0, 45.0300, -73.2), at(2, 5000, 0, 45.0300, -73.2), // P
            at(3, 1000, 0, 45.0600, -73.2), at(4, 6000, 0, 45.0600, -73.2), // R
            at(5, 1000, 0, 45.0000, -73.2), at(6, 3000, 0, 45.0000, -73.2), // Q
            at(7, 500, 0, 45.0900, -73.2),                                  // S: one read
        };
        const auto places = ResultPatterns::topPlaces(set, 10);
        QStringList order;
        for (const auto& place : places)
            order.append(place.label);
        QCOMPARE(order, (QStringList{
                            QStringLiteral("45.000, -73.200"), QStringLiteral("45.060, -73.200"),
                            QStringLiteral("45.030, -73.200"), QStringLiteral("45.090, -73.200")}));
        QCOMPARE(places.at(0).readIds, (QList<qint64>{5, 6}));
        const auto two = ResultPatterns::topPlaces(set, 2);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(1).readIds, (QList<qint64>{3, 4}));
    }
};

QTEST_GUILESS_MAIN(TestResultPatterns)
#include "tst_resultpatterns.moc"
