// How fast a reader dump is imported into a fresh store, and with how much
// memory.
//
//   bench_import [--rows N] [--format csv|xlsx] [--keep DIR] [--seed S]
//                [--dup-rate R] [--bad-rate R] [--phases] [--batch-rows N]
//   bench_import --file PATH [--profile ID] [--device NAME] [--keep DIR] [--phases]
//                [--batch-rows N]
//
// Writes a synthetic dump (ReadDumpGenerator, as gen_reads does) into a
// temporary folder, or takes an existing file; creates a fresh store with the
// minimal key-derivation cost; imports the file with the built-in profile
// for its layout as device BENCH-01, and prints the times, counts, peak
// memory and the store's size. --phases also times reading the file alone
// and reading plus mapping every row, with no store involved. --batch-rows
// overrides the rows per transaction (the engine's 2 s limit still applies).
#include "core/accounts/Session.h"
#include "core/common/Clock.h"
#include "core/crypto/FileDigest.h"
#include "core/import/ImportProfile.h"
#include "core/import/ImportService.h"
#include "core/import/ImportSource.h"
#include "core/import/LocalTimeResolver.h"
#include "core/import/MappedRead.h"
#include "core/import/ReadMapper.h"
#include "core/import/RecordStream.h"
#include "core/station/Station.h"
#include "tests/bench/BenchStore.h"
#include "tests/bench/ReadDumpGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

using namespace pl;
using bench::ReadDumpGenerator;

namespace {

double secondsSince(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e9;
}

double mib(qint64 bytes) {
    return double(bytes) / (1024.0 * 1024.0);
}

// A field of /proc/self/status (VmHWM, VmRSS) in MiB, or -1.
double procStatusMiB(const QByteArray& field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(QByteArray(field).append(':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// A counter of /proc/self/io (wchar: bytes handed to write calls), or -1.
qint64 procIo(const QByteArray& field) {
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = io.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(QByteArray(field).append(':')))
            return line.mid(field.size() + 1).trimmed().toLongLong();
    }
    return -1;
}

// User and system CPU seconds of this process so far.
std::pair<double, double> cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return {seconds(usage.ru_utime), seconds(usage.ru_stime)};
}

// Resets VmHWM to the current RSS (Linux 4.0+), so the peak measured is the
// import's and not the generator's.
bool resetPeak() {
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

struct PhaseTimes {
    qint64 records = 0;
    double readSeconds = 0;
    double mapSeconds = 0; // read + map + time zone, no store
};

// The import's pipeline up to the store: the same reader, record stream and
// mapper the runner uses, run once without and once with the mapping.
core::Result<PhaseTimes> timePhases(const QString& path, const core::ImportProfile& profile,
                                    const QString& zone) {
    PhaseTimes times;
    for (const bool map : {false, true}) {
        QElapsedTimer timer;
        timer.start();
        auto source = core::ImportSource::open(path, profile);
        if (!source)
            return source.error();
        core::RecordStream stream(source.value()->records(), profile);
        if (auto started = stream.start(); !started)
            return started.error();
        core::ReadMapper::Context context;
        context.importDir = QFileInfo(path).absolutePath();
        context.date1904 = source.value()->records().date1904();
        context.fromWorkbook = source.value()->container() == core::ImportSource::Container::Xlsx;
        auto mapper = core::ReadMapper::create(profile, stream.header(), context);
        if (!mapper)
            return mapper.error();
        auto resolver = core::LocalTimeResolver::create(zone);
        if (!resolver)
            return resolver.error();
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        core::SourceRecord record;
        core::MappedRead read;
        qint64 records = 0;
        while (true) {
            auto got = stream.next(record);
            if (!got)
                return got.error();
            if (!got.value())
                break;
            ++records;
            if (map && mapper->map(record, read).isEmpty())
                (void)mapper->resolveTime(read, resolver.value(), nowMs);
        }
        times.records = records;
        (map ? times.mapSeconds : times.readSeconds) = secondsSince(timer);
    }
    return times;
}

struct Stalls {
    int count = 0;
    double seconds = 0; // beyond the typical time for the rows of the interval
};

Stalls commitStalls(const std::vector<std::pair<qint64, qint64>>& ticks) {
    std::vector<double> perRow;
    for (size_t i = 1; i < ticks.size(); ++i) {
        const qint64 rows = ticks[i].first - ticks[i - 1].first;
        if (rows > 0)
            perRow.push_back(double(ticks[i].second - ticks[i - 1].second) / double(rows));
    }
    Stalls stalls;
    if (perRow.empty())
        return stalls;
    std::vector<double> sorted = perRow;
    std::nth_element(sorted.begin(), sorted.begin() + long(sorted.size() / 2), sorted.end());
    const double median = sorted[sorted.size() / 2];
    for (size_t i = 1; i < ticks.size(); ++i) {
        const qint64 rows = ticks[i].first - ticks[i - 1].first;
        const double excess = double(ticks[i].second - ticks[i - 1].second) - median * double(rows);
        if (rows > 0 && excess > 2.0 * median * double(rows)) {
            ++stalls.count;
            stalls.seconds += excess / 1e9;
        }
    }
    return stalls;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import benchmark."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows to generate (default 1000000)."),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("csv or xlsx (default csv)."),
                                          QStringLiteral("format"), QStringLiteral("csv"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption dupOption(QStringLiteral("dup-rate"),
                                       QStringLiteral("Share of exact duplicate rows."),
                                       QStringLiteral("rate"), QStringLiteral("0.01"));
    const QCommandLineOption badOption(QStringLiteral("bad-rate"),
                                       QStringLiteral("Share of bad rows."), QStringLiteral("rate"),
                                       QStringLiteral("0.001"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Work in this folder and keep the file and store."),
        QStringLiteral("dir"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("Import this file instead of generating."),
                                        QStringLiteral("path"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QStringLiteral("Profile id for --file (default: detect)."),
        QStringLiteral("id"));
    const QCommandLineOption deviceOption(QStringLiteral("device"),
                                          QStringLiteral("Device name (default BENCH-01)."),
                                          QStringLiteral("name"), QStringLiteral("BENCH-01"));
    const QCommandLineOption zoneOption(QStringLiteral("time-zone"),
                                        QStringLiteral("Time zone (default America/Chicago)."),
                                        QStringLiteral("zone"), QStringLiteral("America/Chicago"));
    const QCommandLineOption phasesOption(
        QStringLiteral("phases"),
        QStringLiteral("Also time reading, and reading plus mapping, without the store."));
    const QCommandLineOption batchOption(
        QStringLiteral("batch-rows"),
        QStringLiteral("Rows per transaction at most (default: the engine's)."),
        QStringLiteral("n"));
    parser.addOptions({rowsOption, formatOption, seedOption, dupOption, badOption, keepOption,
                       fileOption, profileOption, deviceOption, zoneOption, phasesOption,
                       batchOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto format = ReadDumpGenerator::formatFromName(parser.value(formatOption));
    if (!format) {
        err << "--format must be csv or xlsx" << Qt::endl;
        return 2;
    }

    QTemporaryDir temporary;
    QString folder = temporary.path();
    if (parser.isSet(keepOption)) {
        folder = QDir(parser.value(keepOption)).absolutePath();
        if (!QDir().mkpath(folder)) {
            err << "cannot create " << folder << Qt::endl;
            return 1;
        }
    }

    // The file: generated, or as given.
    QString filePath;
    QString profileId = parser.value(profileOption);
    std::optional<ReadDumpGenerator::Stats> generated;
    ReadDumpGenerator::Options options;
    if (parser.isSet(fileOption)) {
        filePath = QFileInfo(parser.value(fileOption)).absoluteFilePath();
    } else {
        options.rows = parser.value(rowsOption).toLongLong();
        options.format = *format;
        options.seed = parser.value(seedOption).toULongLong();
        options.duplicateRate = parser.value(dupOption).toDouble();
        options.badRate = parser.value(badOption).toDouble();
        filePath = QDir(folder).filePath(QStringLiteral("reads-%1.%2")
                                             .arg(options.rows)
                                             .arg(ReadDumpGenerator::formatName(*format)));
        if (profileId.isEmpty())
            profileId = ReadDumpGenerator::profileId(*format);
        QElapsedTimer timer;
        timer.start();
        ReadDumpGenerator generator(options);
        if (!generator.write(filePath)) {
            err << generator.errorString() << Qt::endl;
            return 1;
        }
        generated = generator.stats();
        out << QStringLiteral("generated %1 in %2 s (seed %3)")
                   .arg(filePath)
                   .arg(secondsSince(timer), 0, 'f', 1)
                   .arg(options.seed)
            << Qt::endl;
    }
    const qint64 fileSize = QFileInfo(filePath).size();

    // A fresh store, its administrator logged in with consent accepted.
    const QString storePath = QDir(folder).filePath(QStringLiteral("bench-import.plstore"));
    // A store left by an earlier run with --keep, its journal and key slots.
    for (const QString& name : QDir(folder).entryList({QStringLiteral("bench-import.plstore*")}))
        QFile::remove(QDir(folder).filePath(name));
    core::SystemClock clock;
    auto opened = bench::openBenchStore(storePath, clock);
    if (!opened) {
        err << opened.error().message() << Qt::endl;
        return 1;
    }
    core::Station& station = *opened.value().login.station;
    core::Session& session = opened.value().login.session;
    const qint64 storeBefore = QFileInfo(storePath).size();

    const bool peakReset = resetPeak();
    const double rssBefore = procStatusMiB("VmRSS");

    core::ImportRequest request;
    request.filePath = filePath;
    request.profileId = profileId;
    request.deviceName = parser.value(deviceOption);
    request.timeZone = parser.value(zoneOption);

    const auto cpuBefore = cpuSeconds();
    const qint64 writtenBefore = procIo("wchar");
    QElapsedTimer timer;
    timer.start();
    auto job = station.imports().prepare(session, request);
    if (!job) {
        err << job.error().message() << Qt::endl;
        return 1;
    }
    const double prepareSeconds = secondsSince(timer);
    if (parser.isSet(batchOption))
        job->setBatchRows(parser.value(batchOption).toInt());
    timer.restart();
    // Progress comes every few thousand rows; the intervals that took much
    // longer than the typical one are those with a commit in them.
    std::vector<std::pair<qint64, qint64>> ticks; // rows read, ns since the run began
    auto summary = job->run([&ticks, &timer](const core::ImportProgress& progress) {
        ticks.emplace_back(progress.counts.rowsRead, timer.nsecsElapsed());
        return true;
    });
    const double runSeconds = secondsSince(timer);
    const Stalls stalls = commitStalls(ticks);
    const double peak = procStatusMiB("VmHWM");
    const auto cpuAfter = cpuSeconds();
    const qint64 written = procIo("wchar") - writtenBefore;
    if (!summary) {
        err << summary.error().message() << Qt::endl;
        return 1;
    }
    const core::ImportRecord& record = summary->record;
    if (record.status != core::ImportRecord::Status::Complete) {
        err << "import did not complete: " << record.failure << Qt::endl;
        return 1;
    }
    const qint64 storeAfter = QFileInfo(storePath).size();
    const core::ImportProfile profile = job->profile();

    // For comparison: hashing the file alone (what prepare() spends most on).
    timer.restart();
    double shaSeconds = -1;
    {
        QFile file(filePath);
        if (file.open(QIODevice::ReadOnly) && core::sha256Of(file))
            shaSeconds = secondsSince(timer);
    }

    std::optional<PhaseTimes> phases;
    if (parser.isSet(phasesOption)) {
        auto timed = timePhases(filePath, profile, request.timeZone);
        if (!timed) {
            err << timed.error().message() << Qt::endl;
            return 1;
        }
        phases = timed.value();
    }

    const core::ImportCounts& counts = record.counts;
    const double importSeconds = prepareSeconds + runSeconds;
    out << QStringLiteral("PlateLedger import benchmark: %1, %2 cores, Qt %3")
               .arg(QSysInfo::prettyProductName())
               .arg(QThread::idealThreadCount())
               .arg(QString::fromLatin1(qVersion()))
        << Qt::endl;
    out << QStringLiteral("file            %1 (profile %2, device %3, zone %4)")
               .arg(QFileInfo(filePath).fileName(), profile.id, request.deviceName,
                    request.timeZone)
        << Qt::endl;
    out << QStringLiteral("rows            %1 (data rows read by the import)").arg(counts.rowsRead)
        << Qt::endl;
    out << QStringLiteral("file size       %1 MiB (%2 bytes)")
               .arg(mib(fileSize), 0, 'f', 1)
               .arg(fileSize)
        << Qt::endl;
    out << QStringLiteral("prepare         %1 s (checks, SHA-256; SHA-256 alone %2 s)")
               .arg(prepareSeconds, 0, 'f', 2)
               .arg(shaSeconds, 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("run             %1 s").arg(runSeconds, 0, 'f', 2) << Qt::endl;
    out << QStringLiteral("  of which      %1 s in %2 stalls (commits, estimated from progress "
                          "intervals over 3x the median)")
               .arg(stalls.seconds, 0, 'f', 2)
               .arg(stalls.count)
        << Qt::endl;
    out << QStringLiteral("import          %1 s (prepare + run)").arg(importSeconds, 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("cpu             %1 s user, %2 s system (prepare + run)")
               .arg(cpuAfter.first - cpuBefore.first, 0, 'f', 2)
               .arg(cpuAfter.second - cpuBefore.second, 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("written         %1 MiB by write calls (prepare + run)")
               .arg(mib(written), 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("rows/s          %1 (run alone %2)")
               .arg(double(counts.rowsRead) / importSeconds, 0, 'f', 0)
               .arg(double(counts.rowsRead) / runSeconds, 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("stored          %1 (flagged %2)").arg(counts.stored).arg(counts.flagged)
        << Qt::endl;
    out << QStringLiteral("duplicates      %1").arg(counts.duplicates) << Qt::endl;
    out << QStringLiteral("rejected        %1").arg(counts.rejected) << Qt::endl;
    out << QStringLiteral("non-data lines  %1").arg(counts.skipped) << Qt::endl;
    out << QStringLiteral("peak memory     %1 MiB VmHWM during the import%2 (RSS before %3 MiB)")
               .arg(peak, 0, 'f', 1)
               .arg(peakReset ? QString() : QStringLiteral(" (not reset: includes generation)"))
               .arg(rssBefore, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("store size      %1 MiB after (%2 MiB before)")
               .arg(mib(storeAfter), 0, 'f', 1)
               .arg(mib(storeBefore), 0, 'f', 1)
        << Qt::endl;
    if (phases) {
        out << QStringLiteral("read only       %1 s (%2 records/s), no store")
                   .arg(phases->readSeconds, 0, 'f', 2)
                   .arg(double(phases->records) / phases->readSeconds, 0, 'f', 0)
            << Qt::endl;
        out << QStringLiteral("read + map      %1 s (%2 records/s), no store")
                   .arg(phases->mapSeconds, 0, 'f', 2)
                   .arg(double(phases->records) / phases->mapSeconds, 0, 'f', 0)
            << Qt::endl;
        out << QStringLiteral(
                   "rest of run     %1 s (run - read + map: store, duplicate checks, look-alikes)")
                   .arg(runSeconds - phases->mapSeconds, 0, 'f', 2)
            << Qt::endl;
    }
    if (generated) {
        const bool asGenerated =
            counts.rowsRead == generated->rows && counts.duplicates == generated->duplicates &&
            counts.rejected == generated->bad() && counts.stored == generated->good();
        out << QStringLiteral("check           %1 (generated: %2 reads, %3 duplicates, %4 bad)")
                   .arg(asGenerated ? QStringLiteral("counts as generated")
                                    : QStringLiteral("COUNTS DIFFER from the generator's"))
                   .arg(generated->good())
                   .arg(generated->duplicates)
                   .arg(generated->bad())
            << Qt::endl;
    }
    out << QStringLiteral("summary: %1 %2 rows, %3 MiB file: %4 s, %5 rows/s, peak %6 MiB, "
                          "store %7 MiB")
               .arg(profile.id)
               .arg(counts.rowsRead)
               .arg(mib(fileSize), 0, 'f', 1)
               .arg(importSeconds, 0, 'f', 2)
               .arg(double(counts.rowsRead) / importSeconds, 0, 'f', 0)
               .arg(peak, 0, 'f', 1)
               .arg(mib(storeAfter), 0, 'f', 1)
        << Qt::endl;
    (void)station.logout(session);
    return 0;
}
