// How fast the offline map of a large result set repaints, pans and zooms.
//
//   bench_map [--reads N] [--runs R] [--no-path]
//
// Generates N reads (default 100,000) around Chicago over one year, taken by
// twelve devices: 70 % in dense spots (within ~150 m of a device), 27 %
// spread over ~40 km around the city, 3 % without a location. A 1,280 x 800
// MapView with the embedded basemap as base and its place names is fitted
// to the reads and painted once (so the tiles in view are cached), then the
// median, min and max of R runs (default 30, at least 10) are printed for:
//   repaint: a full repaint of the same view into a 1,280 x 800 image;
//   pan:     the centre moved 40 px east, then a full repaint (tiles coming
//            into view are rendered then);
//   zoom:    the zoom changed by 0.5 around the centre, in then out (the
//            clusters are recomputed), then a full repaint;
//   cluster: the clustering alone for a new zoom (part of the zoom figure).
// --no-path hides the path between consecutive reads (to see its share).
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "core/geo/Basemap.h"
#include "core/geo/WebMercator.h"
#include "ui/map/BasemapTileSource.h"
#include "ui/map/MapView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QImage>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <limits>
#include <random>
#include <vector>

using namespace pl;
using core::WebMercator;

namespace {

constexpr double kLat = 41.88;
constexpr double kLon = -87.63;
constexpr int kDevices = 12;

core::ResultPoints generate(int reads, std::mt19937_64& rng) {
    core::ResultPoints set;
    std::uniform_real_distribution<double> around(-0.25, 0.25);
    for (int d = 0; d < kDevices; ++d) {
        core::ResultPoints::DeviceInfo device;
        device.id = d + 1;
        device.name = QStringLiteral("Reader %1").arg(d + 1);
        device.latitude = kLat + around(rng) * 0.6;
        device.longitude = kLon + around(rng) * 0.8;
        set.devices.append(device);
    }
    const qint64 start =
        QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 year = 365LL * 24 * 3600 * 1000;
    std::uniform_int_distribution<qint64> time(start, start + year - 1);
    std::uniform_int_distribution<int> device(0, kDevices - 1);
    std::uniform_int_distribution<int> percent(0, 99);
    std::normal_distribution<double> spot(0.0, 0.0007); // ~80 m
    std::normal_distribution<double> spread(0.0, 0.12); // ~13 km
    set.points.reserve(reads);
    for (int i = 0; i < reads; ++i) {
        core::ResultPoint p;
        p.readId = i + 1;
        p.timeMs = time(rng);
        p.device = device(rng);
        const int kind = percent(rng);
        p.hasLocation = kind >= 3;
        if (kind >= 30) {
            const auto& d = set.devices[p.device];
            p.latitude = *d.latitude + spot(rng);
            p.longitude = *d.longitude + spot(rng) * 1.35;
        } else if (p.hasLocation) {
            p.latitude = kLat + spread(rng);
            p.longitude = kLon + spread(rng) * 1.35;
        }
        set.points.append(p);
    }
    return set;
}

struct Stats {
    double median = 0;
    double min = 0;
    double max = 0;
};

// The times of runs calls of work, in milliseconds.
Stats measure(int runs, const std::function<void(int)>& work) {
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work(run);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    const size_t n = times.size();
    return {n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2, times.front(),
            times.back()};
}

QString format(const Stats& stats) {
    return QStringLiteral("median %1 ms (min %2, max %3)")
        .arg(stats.median, 0, 'f', 2)
        .arg(stats.min, 0, 'f', 2)
        .arg(stats.max, 0, 'f', 2);
}

// Clusters whose marker lies in the view.
int clustersDrawn(ui::MapView& view) {
    int drawn = 0;
    const QRectF area(0, 0, view.width(), view.height());
    for (const auto& cluster : view.clusters()) {
        if (area.contains(view.toScreen(cluster.world)))
            ++drawn;
    }
    return drawn;
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
                                        QStringLiteral("R"), QStringLiteral("30"));
    parser.addOption(readsOption);
    parser.addOption(runsOption);
    const QCommandLineOption noPathOption(QStringLiteral("no-path"),
                                          QStringLiteral("hide the path between reads"));
    parser.addOption(noPathOption);
    parser.process(app);
    const int reads = std::max(1, parser.value(readsOption).toInt());
    const int runs = std::max(10, parser.value(runsOption).toInt());

    QTextStream out(stdout);
    std::mt19937_64 rng(20261207);
    const core::ResultPoints set = generate(reads, rng);

    ui::BasemapTileSource basemap;
    ui::MapView view;
    view.resize(1280, 800);
    view.setBaseSource(&basemap);
    view.setPathVisible(!parser.isSet(noPathOption));
    view.setPlaces(core::Basemap::embedded().places());
    view.show();
    QCoreApplication::processEvents();

    QElapsedTimer setup;
    setup.start();
    view.setPoints(set);
    const double setPointsMs = static_cast<double>(setup.nsecsElapsed()) / 1e6;
    view.fitToReads();
    const double fitZoom = view.zoom();
    const double fitLat = view.centerLatitude();
    const double fitLon = view.centerLongitude();

    QImage image(1280, 800, QImage::Format_ARGB32_Premultiplied);
    // Warm up: tiles in view rendered and cached, clusters computed.
    setup.restart();
    view.render(&image);
    const double firstPaintMs = static_cast<double>(setup.nsecsElapsed()) / 1e6;

    out << "reads: " << reads << " (" << view.shownCount() << " located), devices "
        << set.devices.size() << ", places " << core::Basemap::embedded().places().size()
        << ", view 1280x800, runs " << runs << "\n";
    out << "fitted: zoom " << QString::number(fitZoom, 'f', 2) << ", " << view.clusters().size()
        << " clusters, " << clustersDrawn(view) << " drawn\n";
    out << "setPoints (with fit): " << QString::number(setPointsMs, 'f', 2)
        << " ms; first paint (tiles rendered): " << QString::number(firstPaintMs, 'f', 2)
        << " ms\n";
    out.flush();

    const Stats repaint = measure(runs, [&](int) { view.render(&image); });
    out << "repaint, same view: " << format(repaint) << "\n";
    out.flush();

    int panDrawnMin = std::numeric_limits<int>::max();
    int panDrawnMax = 0;
    const Stats pan = measure(runs, [&](int) {
        const QPointF world = view.toWorld(QPointF(640 + 40, 400));
        view.setCenter(WebMercator::latitude(world), WebMercator::longitude(world));
        view.render(&image);
        const int drawn = clustersDrawn(view);
        panDrawnMin = std::min(panDrawnMin, drawn);
        panDrawnMax = std::max(panDrawnMax, drawn);
    });
    out << "pan 40 px + repaint: " << format(pan) << "; " << runs * 40 << " px in all, "
        << panDrawnMin << "-" << panDrawnMax << " clusters drawn\n";
    out.flush();

    view.setCenter(fitLat, fitLon);
    view.setZoom(fitZoom);
    view.render(&image);
    int zoomDrawnMin = std::numeric_limits<int>::max();
    int zoomDrawnMax = 0;
    const Stats zoom = measure(runs, [&](int run) {
        view.setZoom(fitZoom + (run % 2 == 0 ? 0.5 : 0.0));
        view.render(&image);
        const int drawn = clustersDrawn(view);
        zoomDrawnMin = std::min(zoomDrawnMin, drawn);
        zoomDrawnMax = std::max(zoomDrawnMax, drawn);
    });
    out << "zoom 0.5 in/out + repaint: " << format(zoom) << "; zooms "
        << QString::number(fitZoom, 'f', 2) << "/" << QString::number(fitZoom + 0.5, 'f', 2) << ", "
        << zoomDrawnMin << "-" << zoomDrawnMax << " clusters drawn\n";
    out.flush();

    const Stats cluster = measure(runs, [&](int run) {
        view.setZoom(fitZoom + (run % 2 == 0 ? 0.5 : 0.0));
        (void)view.clusters();
    });
    out << "clustering alone for a new zoom: " << format(cluster) << "\n";
    out << "target: repaint <= 16 ms median\n";
    return 0;
}
