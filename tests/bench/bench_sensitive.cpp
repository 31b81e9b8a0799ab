// How long the map's caution look-up takes: N reads checked against M
// sensitive locations within a radius, through SensitiveLocationIndex (built
// once) and, on a sample, by brute force over the list.
//
//   bench_sensitive [--reads 100000] [--locations 1000] [--radius 300] [--seed 1]
//
// Locations and reads are spread uniformly over a 0.5° x 0.5° box (about a
// county), so a realistic share of reads falls near a location.
#include "core/geo/SensitiveLocationIndex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <random>

using pl::core::SensitiveLocation;
using pl::core::SensitiveLocationIndex;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption readsOption(QStringLiteral("reads"), QStringLiteral("reads"),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption locationsOption(QStringLiteral("locations"),
                                             QStringLiteral("sensitive locations"),
                                             QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption radiusOption(QStringLiteral("radius"), QStringLiteral("metres"),
                                          QStringLiteral("m"), QStringLiteral("300"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("random seed"),
                                        QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({readsOption, locationsOption, radiusOption, seedOption});
    parser.process(app);
    const int reads = parser.value(readsOption).toInt();
    const int count = parser.value(locationsOption).toInt();
    const double radius = parser.value(radiusOption).toDouble();

    std::mt19937 random(parser.value(seedOption).toUInt());
    std::uniform_real_distribution<double> lat(30.0, 30.5);
    std::uniform_real_distribution<double> lon(-98.0, -97.5);
    QList<SensitiveLocation> list;
    for (int i = 0; i < count; ++i) {
        SensitiveLocation s;
        s.id = i + 1;
        s.category = QStringLiteral("other");
        s.latitude = lat(random);
        s.longitude = lon(random);
        list.append(s);
    }
    QList<QPair<double, double>> points;
    for (int i = 0; i < reads; ++i)
        points.append({lat(random), lon(random)});

    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    const SensitiveLocationIndex index(list, radius);
    const qint64 buildNs = timer.nsecsElapsed();

    timer.restart();
    int cautions = 0;
    for (const auto& [a, b] : points)
        cautions += index.nearest(a, b).has_value();
    const qint64 indexNs = timer.nsecsElapsed();

    const int sample = std::min(reads, 10000);
    timer.restart();
    int bruteCautions = 0;
    for (int i = 0; i < sample; ++i)
        bruteCautions +=
            !SensitiveLocationIndex::nearby(list, points[i].first, points[i].second, radius)
                 .isEmpty();
    const qint64 bruteNs = timer.nsecsElapsed();

    out << "locations " << count << ", radius " << radius << " m, reads " << reads << "\n"
        << "index built in " << buildNs / 1e6 << " ms\n"
        << "index: " << indexNs / 1e6 << " ms for " << reads << " reads ("
        << double(indexNs) / reads << " ns/read), " << cautions << " cautions\n"
        << "brute force: " << bruteNs / 1e6 << " ms for " << sample << " reads ("
        << double(bruteNs) / sample << " ns/read), " << bruteCautions << " cautions\n";
    return 0;
}
