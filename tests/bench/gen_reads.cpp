// Writes a synthetic reader dump for import benchmarks and large tests.
//
//   gen_reads --rows N --format csv|xlsx --out FILE [--seed S]
//             [--dup-rate 0.01] [--bad-rate 0.001] [--plates N]
//
// CSV in the layout of the built-in profile "plain-reads-csv", .xlsx in that
// of "generic-covert-unit-xlsx". See ReadDumpGenerator.h for what the rows hold.
#include "tests/bench/ReadDumpGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

namespace {

// Peak resident memory of this process, in MiB (VmHWM), or -1.
double peakMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[]) {
    using pl::bench::ReadDumpGenerator;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a synthetic reader dump (invented plates) for import benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Data rows."),
                                        QStringLiteral("n"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("csv or xlsx."),
                                          QStringLiteral("format"), QStringLiteral("csv"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("File to write."),
                                       QStringLiteral("file"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption dupOption(QStringLiteral("dup-rate"),
                                       QStringLiteral("Share of exact duplicate rows."),
                                       QStringLiteral("rate"), QStringLiteral("0.01"));
    const QCommandLineOption badOption(QStringLiteral("bad-rate"),
                                       QStringLiteral("Share of bad rows (month 13, no plate)."),
                                       QStringLiteral("rate"), QStringLiteral("0.001"));
    const QCommandLineOption platesOption(QStringLiteral("plates"),
                                          QStringLiteral("Distinct plates (default rows / 5)."),
                                          QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions(
        {rowsOption, formatOption, outOption, seedOption, dupOption, badOption, platesOption});
    parser.process(app);

    QTextStream err(stderr);
    bool rowsOk = false;
    ReadDumpGenerator::Options options;
    options.rows = parser.value(rowsOption).toLongLong(&rowsOk);
    const auto format = ReadDumpGenerator::formatFromName(parser.value(formatOption));
    bool seedOk = false;
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    bool dupOk = false;
    options.duplicateRate = parser.value(dupOption).toDouble(&dupOk);
    bool badOk = false;
    options.badRate = parser.value(badOption).toDouble(&badOk);
    bool platesOk = false;
    options.distinctPlates = parser.value(platesOption).toLongLong(&platesOk);
    if (!rowsOk || options.rows < 0 || !format || !parser.isSet(outOption) || !seedOk || !dupOk ||
        !badOk || !platesOk || options.duplicateRate < 0 || options.badRate < 0 ||
        options.duplicateRate + options.badRate > 1) {
        err << "usage: gen_reads --rows N --format csv|xlsx --out FILE [--seed S] "
               "[--dup-rate R] [--bad-rate R] [--plates N]"
            << Qt::endl;
        return 2;
    }
    options.format = *format;

    QElapsedTimer timer;
    timer.start();
    ReadDumpGenerator generator(options);
    if (!generator.write(parser.value(outOption))) {
        err << generator.errorString() << Qt::endl;
        return 1;
    }
    const ReadDumpGenerator::Stats& stats = generator.stats();
    QTextStream(stdout) << QStringLiteral("%1: %2 rows (%3 duplicates, %4 month 13, %5 no plate), "
                                          "%6 bytes, %7 s, peak %8 MiB, profile %9")
                               .arg(parser.value(outOption))
                               .arg(stats.rows)
                               .arg(stats.duplicates)
                               .arg(stats.badMonth)
                               .arg(stats.emptyPlate)
                               .arg(stats.fileSize)
                               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                               .arg(peakMiB(), 0, 'f', 1)
                               .arg(ReadDumpGenerator::profileId(options.format))
                        << Qt::endl;
    return 0;
}
