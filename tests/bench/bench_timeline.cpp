// How fast the timeline and the pattern figures of a large result set are
// built and re-built for a new zoom range.
//
//   bench_timeline [--reads N] [--runs R]
//
// Generates N reads (default 100,000) of eight devices, spread at random
// over one year; each device reads around its own spot (a few grid cells of
// places), 5 % of reads have no location. Prints the median of R runs
// (default 15, at least 10) of:
//   core: building the lanes (by device, by place), re-binning the lanes
//         for a new range (300 bins), the hour/day counts, the top places;
//   view: TimelineView::setPoints + a zoom (the full rebuild), a zoom alone,
//         and painting the chart once (grab), in an 1,200 x 500 window.
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "core/search/ResultPatterns.h"
#include "core/search/ResultTimeline.h"
#include "ui/map/TimelineView.h"

#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <random>
#include <vector>

using namespace pl;

namespace {

core::ResultPoints generate(int reads, std::mt19937_64& rng) {
    core::ResultPoints set;
    const qint64 start =
        QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 year = 365LL * 24 * 3600 * 1000;
    for (int d = 0; d < 8; ++d) {
        core::ResultPoints::DeviceInfo device;
        device.id = d + 1;
        device.name = QStringLiteral("Reader %1").arg(d + 1);
        set.devices.append(device);
    }
    std::uniform_int_distribution<qint64> time(start, start + year - 1);
    std::uniform_int_distribution<int> device(0, 7);
    std::uniform_real_distribution<double> jitter(-0.003, 0.003);
    std::uniform_int_distribution<int> percent(0, 99);
    set.points.reserve(reads);
    for (int i = 0; i < reads; ++i) {
        core::ResultPoint p;
        p.readId = i + 1;
        p.timeMs = time(rng);
        p.device = device(rng);
        p.hasLocation = percent(rng) >= 5;
        if (p.hasLocation) {
            p.latitude = 45.45 + 0.02 * p.device + jitter(rng);
            p.longitude = -73.70 + 0.03 * p.device + jitter(rng);
        }
        set.points.append(p);
    }
    return set;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// The median time of runs calls of work, in milliseconds.
double measure(int runs, const std::function<void(int)>& work) {
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work(run);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption readsOption(QStringLiteral("reads"), QStringLiteral("reads"),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs per figure"),
                                        QStringLiteral("R"), QStringLiteral("15"));
    parser.addOption(readsOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int reads = std::max(1, parser.value(readsOption).toInt());
    const int runs = std::max(10, parser.value(runsOption).toInt());

    QTextStream out(stdout);
    std::mt19937_64 rng(20261123);
    const core::ResultPoints set = generate(reads, rng);
    out << "reads: " << reads << ", devices: " << set.devices.size() << ", runs: " << runs
        << " (medians, ms)\n";

    using Mode = core::ResultTimeline::LaneMode;
    core::ResultTimeline byDevice;
    const double buildDevice =
        measure(runs, [&](int) { byDevice = core::ResultTimeline(set, Mode::Device, 20); });
    core::ResultTimeline byPlace;
    const double buildPlace =
        measure(runs, [&](int) { byPlace = core::ResultTimeline(set, Mode::Place, 20); });

    // New ranges: a random week, month or the whole year.
    std::vector<std::pair<qint64, qint64>> ranges;
    const qint64 first = byDevice.firstMs();
    const qint64 span = byDevice.lastMs() - first + 1;
    for (int run = 0; run < runs; ++run) {
        const qint64 width = run % 3 == 0   ? span
                             : run % 3 == 1 ? 30LL * 24 * 3600 * 1000
                                            : 7LL * 24 * 3600 * 1000;
        const qint64 from =
            first + static_cast<qint64>(rng() % static_cast<quint64>(span - width + 1));
        ranges.emplace_back(from, from + width);
    }
    qsizetype markers = 0;
    const double rebinDevice = measure(runs, [&](int run) {
        markers = byDevice
                      .bins(ranges[static_cast<size_t>(run)].first,
                            ranges[static_cast<size_t>(run)].second, 300)
                      .size();
    });
    const double rebinPlace = measure(runs, [&](int run) {
        (void)byPlace.bins(ranges[static_cast<size_t>(run)].first,
                           ranges[static_cast<size_t>(run)].second, 300);
    });
    const double countsUtc = measure(runs, [&](int) {
        (void)core::ResultPatterns::countByLocalTime(set.points, QTimeZone::utc());
    });
    const QTimeZone newYork("America/New_York");
    const double countsZone = measure(
        runs, [&](int) { (void)core::ResultPatterns::countByLocalTime(set.points, newYork); });
    const double places =
        measure(runs, [&](int) { (void)core::ResultPatterns::topPlaces(set, 20); });

    out << "core: lanes by device " << buildDevice << ", by place " << buildPlace << "\n";
    out << "core: re-bin a new range (300 bins) by device " << rebinDevice << " (last: " << markers
        << " markers), by place " << rebinPlace << "\n";
    out << "core: hour/day counts UTC " << countsUtc << ", America/New_York " << countsZone
        << "; top 20 places " << places << "\n";
    out.flush();

    ui::TimelineView view;
    view.resize(1200, 500);
    view.show();
    QCoreApplication::processEvents();
    const double rebuild = measure(runs, [&](int run) {
        view.setPoints(set);
        const auto& range = ranges[static_cast<size_t>(run)];
        view.setVisibleRange(range.first, range.second);
    });
    const int bins = static_cast<int>(view.shownBins().size());
    const double zoom = measure(runs, [&](int run) {
        const auto& range = ranges[static_cast<size_t>((run + 1) % runs)];
        view.setVisibleRange(range.first, range.second);
    });
    view.resetZoom();
    const double paint = measure(runs, [&](int) { (void)view.chartView()->grab(); });
    out << "view: setPoints + zoom " << rebuild << " (last: " << bins << " markers), zoom alone "
        << zoom << ", paint (whole year, " << view.shownBins().size() << " markers) " << paint
        << "\n";
    return 0;
}
