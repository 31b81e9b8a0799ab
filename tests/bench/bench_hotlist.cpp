// What matching against the hot lists adds to an import: the same reader dump
// imported through ImportService (and so ImportRunner with its AlertWriter)
// into a fresh store with no hot-list entries and into a fresh store with N
// entries, alternately (the order swapped every run), several times.
//
//   bench_hotlist [--rows 1000000] [--entries 10000] [--runs 3] [--seed 1]
//                 [--alerting 300] [--wildcards 100] [--look-alikes 50]
//                 [--file PATH] [--keep DIR] [--matcher-only | --only none|entries]
//
// The entries are a realistic mix: most are exact plates that do not occur in
// the dump (as on a state's stolen-vehicle list); --alerting exact plates
// drawn from the dump's own plates (so alerts really happen, with the read's
// state or none); --look-alikes plates from the dump with one character
// swapped for its OCR look-alike (possible matches); --wildcards patterns
// with '?' or a trailing '*', a tenth of them made from the dump's plates.
// Nine entries in ten allow possible matches. The matcher is also timed on
// its own over every plate of the file, without a store.
#include "core/accounts/Session.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/consent/ConsentText.h"
#include "core/crypto/KdfParams.h"
#include "core/hotlist/HotListMatcher.h"
#include "core/import/ImportService.h"
#include "core/import/PlateNormalizer.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/bench/ReadDumpGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <optional>
#include <vector>

using namespace pl;
using bench::ReadDumpGenerator;

namespace {

const QString kAdmin = QStringLiteral("benchadmin");
const QString kPassword = QStringLiteral("Bench-Mark-Pass-1");

double secondsSince(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e9;
}

double cpuUserSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6;
}

// splitmix64: the same seed gives the same entries.
class Random {
public:
    explicit Random(quint64 seed)
        : m_state(seed) {}
    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    quint64 below(quint64 bound) { return next() % bound; }

private:
    quint64 m_state;
};

// The plates of the dump: every read's plate and state, and each distinct
// plate with its state and how many rows carry it.
struct DumpPlates {
    std::vector<std::pair<QString, QString>> reads; // plate, state, in file order
    QList<QString> distinct;
    QHash<QString, QString> stateOf;
    QHash<QString, int> rows;
};

std::optional<DumpPlates> readPlates(const QString& path, QTextStream& err) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "cannot read " << path << ": " << file.errorString() << Qt::endl;
        return std::nullopt;
    }
    DumpPlates plates;
    // plate,state,date,time,lat,lon,device (plain-reads-csv, as generated)
    (void)file.readLine();
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const qsizetype comma = line.indexOf(',');
        if (comma <= 0)
            continue;
        const qsizetype second = line.indexOf(',', comma + 1);
        const QString plate = QString::fromLatin1(line.left(comma));
        const QString state = QString::fromLatin1(line.mid(comma + 1, second - comma - 1));
        plates.reads.emplace_back(plate, state);
        int& count = plates.rows[plate];
        if (count++ == 0) {
            plates.distinct.append(plate);
            plates.stateOf.insert(plate, state);
        }
    }
    return plates;
}

struct EntrySpec {
    QString plate;
    QString state;
    bool wildcard = false;
    bool possibleMatches = true;
};

QString randomPlate(Random& random) {
    // LLL DDDD or D LLL DDD, like most of the dump's plates.
    QString plate;
    const bool digitFirst = random.below(4) == 0;
    if (digitFirst)
        plate += QChar(u'0' + char16_t(random.below(10)));
    for (int i = 0; i < 3; ++i)
        plate += QChar(u'A' + char16_t(random.below(26)));
    for (int i = 0; i < (digitFirst ? 3 : 4); ++i)
        plate += QChar(u'0' + char16_t(random.below(10)));
    return plate;
}

// One character swapped for an OCR look-alike (0/O, 8/B, 1/I, 5/S, 2/Z, 6/G),
// or an empty string when the plate has none.
QString lookAlike(const QString& plate, Random& random) {
    static const QList<std::pair<QChar, QChar>> pairs = {
        {u'0', u'O'}, {u'O', u'0'}, {u'8', u'B'}, {u'B', u'8'}, {u'1', u'I'}, {u'I', u'1'},
        {u'5', u'S'}, {u'S', u'5'}, {u'2', u'Z'}, {u'Z', u'2'}, {u'6', u'G'}, {u'G', u'6'}};
    QList<std::pair<qsizetype, QChar>> options;
    for (qsizetype i = 0; i < plate.size(); ++i) {
        for (const auto& [from, to] : pairs) {
            if (plate.at(i) == from)
                options.append({i, to});
        }
    }
    if (options.isEmpty())
        return {};
    const auto& [index, to] = options.at(qsizetype(random.below(quint64(options.size()))));
    QString swapped = plate;
    swapped[index] = to;
    return swapped;
}

QString wildcardOf(const QString& plate, Random& random) {
    if (random.below(10) < 7) {
        QString pattern = plate;
        pattern[qsizetype(random.below(quint64(plate.size())))] = u'?';
        return pattern;
    }
    return plate.left(5) + u'*';
}

std::vector<EntrySpec> makeEntries(const DumpPlates& dump, int total, int alerting, int wildcards,
                                   int lookAlikes, quint64 seed) {
    Random random(seed * 7919 + 17);
    std::vector<EntrySpec> entries;
    QSet<QString> taken;
    const auto add = [&](EntrySpec spec) {
        if (spec.plate.isEmpty() || taken.contains(spec.plate))
            return false;
        spec.possibleMatches = random.below(10) != 0;
        taken.insert(spec.plate);
        entries.push_back(std::move(spec));
        return true;
    };
    const auto seen = [&]() -> const QString& {
        return dump.distinct.at(qsizetype(random.below(quint64(dump.distinct.size()))));
    };
    while (int(entries.size()) < alerting) {
        const QString& plate = seen();
        // Half name the state the dump gives the plate, half none.
        add({plate, random.below(2) == 0 ? dump.stateOf.value(plate) : QString(), false, true});
    }
    const int lookAlikeEnd = alerting + lookAlikes;
    while (int(entries.size()) < lookAlikeEnd) {
        const QString swapped = lookAlike(seen(), random);
        if (!dump.rows.contains(swapped))
            add({swapped, QString(), false, true});
    }
    const int wildcardEnd = lookAlikeEnd + wildcards;
    while (int(entries.size()) < wildcardEnd) {
        const bool fromDump = random.below(10) == 0;
        add({wildcardOf(fromDump ? seen() : randomPlate(random), random), QString(), true, true});
    }
    static const QStringList states = {QStringLiteral("IL"), QStringLiteral("IN"),
                                       QStringLiteral("WI"), QStringLiteral("MO"), QString()};
    while (int(entries.size()) < total) {
        const QString plate = randomPlate(random);
        if (!dump.rows.contains(plate))
            add({plate, states.at(qsizetype(random.below(quint64(states.size())))), false, true});
    }
    return entries;
}

// Straight into the table, in one transaction: what the service would
// store, without 10,000 audited transactions of set-up.
core::Status insertEntries(core::Database& db, qint64 ownerId,
                           const std::vector<EntrySpec>& entries, const QDateTime& now) {
    auto tx = core::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto insert = db.prepare(
        "INSERT INTO hotlist_entries (plate_entered, plate, match_key, wildcard, state, "
        "category, reason, case_number, owner_id, added_utc, review_by_utc, possible_matches, "
        "active) VALUES (?1, ?1, ?2, ?3, ?4, 'stolen_vehicle', 'Benchmark', 'BENCH-1', ?5, ?6, "
        "?7, ?8, 1)");
    if (!insert)
        return insert.error();
    const QString added = core::TimeFormat::toStorage(now);
    const QString reviewBy = core::TimeFormat::toStorage(now.addDays(300));
    for (const EntrySpec& entry : entries) {
        insert.value().reset();
        insert.value()
            .bind(1, entry.plate)
            .bind(2, core::PlateNormalizer::matchKey(entry.plate))
            .bind(3, entry.wildcard)
            .bindOptional(4, entry.state)
            .bind(5, ownerId)
            .bind(6, added)
            .bind(7, reviewBy)
            .bind(8, entry.possibleMatches);
        if (auto stored = insert.value().run(); !stored)
            return stored.error();
    }
    return tx.value().commit();
}

struct RunResult {
    double seconds = 0; // prepare + run
    double cpuUser = 0;
    qint64 stored = 0;
    int alerts = 0;
    qint64 alertRows = 0;
};

std::optional<RunResult> importOnce(const QString& folder, const QString& filePath,
                                    const std::vector<EntrySpec>* entries, QTextStream& err) {
    const QString storePath = QDir(folder).filePath(QStringLiteral("bench-hotlist.plstore"));
    for (const QString& name : QDir(folder).entryList({QStringLiteral("bench-hotlist.plstore*")}))
        QFile::remove(QDir(folder).filePath(name));
    core::SystemClock clock;
    auto created = core::Station::create(
        storePath,
        {kAdmin, QStringLiteral("Bench"), core::SecretBytes::fromString(kPassword),
         clock.nowUtc().date().addDays(-1)},
        core::Session::Client::Cli, clock, core::KdfParams::minimal());
    if (!created) {
        err << created.error().message() << Qt::endl;
        return std::nullopt;
    }
    core::Station& station = *created.value().station;
    core::Session& session = created.value().session;
    auto consent = core::ConsentText::load(QStringLiteral("en"));
    if (!consent) {
        err << consent.error().message() << Qt::endl;
        return std::nullopt;
    }
    if (auto accepted = station.acceptConsent(session, consent.value()); !accepted) {
        err << accepted.error().message() << Qt::endl;
        return std::nullopt;
    }
    if (entries) {
        if (auto inserted =
                insertEntries(station.database(), session.userId, *entries, clock.nowUtc());
            !inserted) {
            err << inserted.error().message() << Qt::endl;
            return std::nullopt;
        }
    }

    core::ImportRequest request;
    request.filePath = filePath;
    request.profileId = ReadDumpGenerator::profileId(ReadDumpGenerator::Format::Csv);
    request.deviceName = QStringLiteral("BENCH-01");
    request.timeZone = QStringLiteral("America/Chicago");
    RunResult result;
    const double cpuBefore = cpuUserSeconds();
    QElapsedTimer timer;
    timer.start();
    auto job = station.imports().prepare(session, request);
    if (!job) {
        err << job.error().message() << Qt::endl;
        return std::nullopt;
    }
    auto summary = job->run();
    result.seconds = secondsSince(timer);
    result.cpuUser = cpuUserSeconds() - cpuBefore;
    if (!summary) {
        err << summary.error().message() << Qt::endl;
        return std::nullopt;
    }
    if (summary->record.status != core::ImportRecord::Status::Complete) {
        err << "import did not complete: " << summary->record.failure << Qt::endl;
        return std::nullopt;
    }
    result.stored = summary->record.counts.stored;
    result.alerts = summary->alerts;
    auto rows = station.database().queryInt("SELECT COUNT(*) FROM alerts");
    result.alertRows = rows ? rows.value() : -1;
    (void)station.logout(session);
    created.value().station.reset();
    for (const QString& name : QDir(folder).entryList({QStringLiteral("bench-hotlist.plstore*")}))
        QFile::remove(QDir(folder).filePath(name));
    return result;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hot-list matching benchmark."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows to generate (default 1000000)."),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption entriesOption(QStringLiteral("entries"),
                                           QStringLiteral("Hot-list entries (default 10000)."),
                                           QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption alertingOption(
        QStringLiteral("alerting"),
        QStringLiteral("Exact entries drawn from the dump's plates (default 300)."),
        QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption wildcardOption(QStringLiteral("wildcards"),
                                            QStringLiteral("Wildcard entries (default 100)."),
                                            QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption lookAlikeOption(
        QStringLiteral("look-alikes"),
        QStringLiteral("Entries one OCR look-alike away from a dump plate (default 50)."),
        QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Imports of each kind, alternating (default 3)."),
        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("Use this plain-reads-csv file instead."),
                                        QStringLiteral("path"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Work in this folder (keeps the file)."),
                                        QStringLiteral("dir"));
    const QCommandLineOption matcherOnlyOption(
        QStringLiteral("matcher-only"), QStringLiteral("Time the matcher alone, no imports."));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Run only the imports without (none) or with (entries) entries, e.g. "
                       "under a profiler."),
        QStringLiteral("which"));
    parser.addOptions({rowsOption, entriesOption, alertingOption, wildcardOption, lookAlikeOption,
                       runsOption, seedOption, fileOption, keepOption, matcherOnlyOption,
                       onlyOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTemporaryDir temporary;
    QString folder = temporary.path();
    if (parser.isSet(keepOption)) {
        folder = QDir(parser.value(keepOption)).absolutePath();
        if (!QDir().mkpath(folder)) {
            err << "cannot create " << folder << Qt::endl;
            return 1;
        }
    }
    const quint64 seed = parser.value(seedOption).toULongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString only = parser.value(onlyOption);
    if (!only.isEmpty() && only != QLatin1String("none") && only != QLatin1String("entries")) {
        err << "--only must be none or entries" << Qt::endl;
        return 2;
    }

    QString filePath;
    if (parser.isSet(fileOption)) {
        filePath = QFileInfo(parser.value(fileOption)).absoluteFilePath();
    } else {
        ReadDumpGenerator::Options options;
        options.rows = parser.value(rowsOption).toLongLong();
        options.seed = seed;
        filePath = QDir(folder).filePath(QStringLiteral("reads-%1.csv").arg(options.rows));
        if (!QFileInfo::exists(filePath)) {
            QElapsedTimer timer;
            timer.start();
            ReadDumpGenerator generator(options);
            if (!generator.write(filePath)) {
                err << generator.errorString() << Qt::endl;
                return 1;
            }
            out << QStringLiteral("generated %1 in %2 s (seed %3)")
                       .arg(filePath)
                       .arg(secondsSince(timer), 0, 'f', 1)
                       .arg(seed)
                << Qt::endl;
        }
    }

    auto dump = readPlates(filePath, err);
    if (!dump)
        return 1;
    const std::vector<EntrySpec> entries = makeEntries(
        *dump, parser.value(entriesOption).toInt(), parser.value(alertingOption).toInt(),
        parser.value(wildcardOption).toInt(), parser.value(lookAlikeOption).toInt(), seed);
    qint64 alertingRows = 0;
    int withState = 0;
    int wildcards = 0;
    int possible = 0;
    for (const EntrySpec& entry : entries) {
        alertingRows += dump->rows.value(entry.plate);
        withState += !entry.state.isEmpty();
        wildcards += entry.wildcard;
        possible += entry.possibleMatches;
    }

    out << QStringLiteral("PlateLedger hot-list matching benchmark: %1, %2 cores, Qt %3")
               .arg(QSysInfo::prettyProductName())
               .arg(QThread::idealThreadCount())
               .arg(QString::fromLatin1(qVersion()))
        << Qt::endl;
    out << QStringLiteral("file            %1 (%2 rows with a plate, %3 distinct plates)")
               .arg(QFileInfo(filePath).fileName())
               .arg(dump->reads.size())
               .arg(dump->distinct.size())
        << Qt::endl;
    out << QStringLiteral("entries         %1 (%2 wildcard, %3 with a state, %4 allow possible "
                          "matches; exact plates from the dump on %5 rows of the file)")
               .arg(entries.size())
               .arg(wildcards)
               .arg(withState)
               .arg(possible)
               .arg(alertingRows)
        << Qt::endl;

    // The matcher alone, over every plate of the file.
    {
        std::vector<core::HotListMatcher::Target> targets;
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        qint64 id = 0;
        for (const EntrySpec& entry : entries) {
            core::HotListMatcher::Target target;
            target.entryId = ++id;
            target.ownerId = 1;
            target.plate = entry.plate;
            target.state = entry.state;
            target.wildcard = entry.wildcard;
            target.possibleMatches = entry.possibleMatches;
            target.reviewByMs = nowMs + 86400000;
            targets.push_back(std::move(target));
        }
        const core::HotListMatcher matcher(std::move(targets));
        QList<core::HotListMatcher::Match> matches;
        qint64 hits = 0;
        qint64 possibleMatches = 0;
        QElapsedTimer timer;
        timer.start();
        for (const auto& [plate, state] : dump->reads) {
            matcher.match(plate, state, nowMs, matches);
            for (const core::HotListMatcher::Match& match : std::as_const(matches))
                ++(match.kind == core::HotListAlert::Kind::Hit ? hits : possibleMatches);
        }
        const double seconds = secondsSince(timer);
        out << QStringLiteral("matcher alone   %1 s for %2 plates (%3 us each): %4 hits, %5 "
                              "possible (duplicate rows included)")
                   .arg(seconds, 0, 'f', 3)
                   .arg(dump->reads.size())
                   .arg(seconds * 1e6 / double(dump->reads.size()), 0, 'f', 3)
                   .arg(hits)
                   .arg(possibleMatches)
            << Qt::endl;
    }
    dump.reset();
    if (parser.isSet(matcherOnlyOption))
        return 0;

    std::vector<double> baseline;
    std::vector<double> matched;
    std::vector<double> baselineCpu;
    std::vector<double> matchedCpu;
    int alerts = -1;
    for (int run = 1; run <= runs; ++run) {
        // Alternately first and second, so that neither kind always follows
        // the other (a disk still busy with the last store, a warm cache).
        const bool entriesFirst = run % 2 == 0;
        for (const bool withEntries : {entriesFirst, !entriesFirst}) {
            if (!only.isEmpty() && withEntries != (only == QLatin1String("entries")))
                continue;
            auto result = importOnce(folder, filePath, withEntries ? &entries : nullptr, err);
            if (!result)
                return 1;
            (withEntries ? matched : baseline).push_back(result->seconds);
            (withEntries ? matchedCpu : baselineCpu).push_back(result->cpuUser);
            if (withEntries)
                alerts = result->alerts;
            out << QStringLiteral("run %1 %2  %3 s import, %4 s CPU user, %5 reads stored, %6 "
                                  "alerts (%7 alert rows)")
                       .arg(run)
                       .arg(withEntries ? QStringLiteral("with entries")
                                        : QStringLiteral("no entries  "))
                       .arg(result->seconds, 6, 'f', 2)
                       .arg(result->cpuUser, 6, 'f', 2)
                       .arg(result->stored)
                       .arg(result->alerts)
                       .arg(result->alertRows)
                << Qt::endl;
        }
    }
    if (baseline.empty() || matched.empty())
        return 0;
    const double bestBase = *std::min_element(baseline.begin(), baseline.end());
    const double bestMatched = *std::min_element(matched.begin(), matched.end());
    const double medianBase = median(baseline);
    const double medianMatched = median(matched);
    out << QStringLiteral("summary: no entries best %1 s (median %2 s); %3 entries best %4 s "
                          "(median %5 s); %6 alerts; overhead %7 % best vs best, %8 % median vs "
                          "median; CPU user median %9 s vs %10 s")
               .arg(bestBase, 0, 'f', 2)
               .arg(medianBase, 0, 'f', 2)
               .arg(entries.size())
               .arg(bestMatched, 0, 'f', 2)
               .arg(medianMatched, 0, 'f', 2)
               .arg(alerts)
               .arg((bestMatched / bestBase - 1) * 100, 0, 'f', 1)
               .arg((medianMatched / medianBase - 1) * 100, 0, 'f', 1)
               .arg(median(baselineCpu), 0, 'f', 2)
               .arg(median(matchedCpu), 0, 'f', 2)
        << Qt::endl;
    return 0;
}
