// How fast justified searches run on a large store, audit write included.
//
//   bench_search [--reads N] [--queries Q] [--store PATH] [--seed S]
//                [--journal-mode MODE]
//
// Fills a store with N synthetic reads (default 10,000,000), or reuses the
// store at PATH (filled and left there by an earlier run with the same
// --store), then runs Q random searches (default 1,000) of each kind through
// SearchService, for case BENCH-1, and prints the median and 95th percentile
// time of each kind. Every search commits its audit event, as in use.
// --journal-mode sets SQLite's journal mode on the benchmark's connection
// before the searches (an experiment: the station itself does not set one).
//
// The reads: plates of a few common layouts (ABC1234, 1ABC234, AB12345,
// ABC123). 70 % of reads are of a plate drawn fresh (almost all seen once),
// 20 % of one of N/10 plates (seen a few times), 10 % of one of N/2,500
// plates (seen hundreds of times). Times spread evenly over the two years
// before now; positions uniform over a 33 x 39 km city area; six devices.
#include "core/accounts/Session.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/import/PlateNormalizer.h"
#include "core/search/SearchService.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/bench/BenchStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <optional>
#include <random>
#include <vector>

using namespace pl;

namespace {

const QString kCase = QStringLiteral("BENCH-1");
constexpr int kDevices = 6;
constexpr double kSouth = 45.40;
constexpr double kNorth = 45.70;
constexpr double kWest = -73.90;
constexpr double kEast = -73.40;

QString plateFrom(std::mt19937_64& rng) {
    const auto letter = [&] {
        return QChar(char16_t(u'A' + rng() % 26));
    };
    const auto digit = [&] {
        return QChar(char16_t(u'0' + rng() % 10));
    };
    QString plate;
    const unsigned layout = rng() % 100;
    if (layout < 40) { // ABC1234
        for (int i = 0; i < 3; ++i)
            plate += letter();
        for (int i = 0; i < 4; ++i)
            plate += digit();
    } else if (layout < 70) { // 1ABC234
        plate += digit();
        for (int i = 0; i < 3; ++i)
            plate += letter();
        for (int i = 0; i < 3; ++i)
            plate += digit();
    } else if (layout < 85) { // AB12345
        for (int i = 0; i < 2; ++i)
            plate += letter();
        for (int i = 0; i < 5; ++i)
            plate += digit();
    } else { // ABC123
        for (int i = 0; i < 3; ++i)
            plate += letter();
        for (int i = 0; i < 3; ++i)
            plate += digit();
    }
    return plate;
}

// The plate of a pool index: the same plate every time it is drawn.
QString poolPlate(quint64 pool, quint64 index, quint64 seed) {
    std::mt19937_64 rng(seed * 1000003ULL + pool * 0x9E3779B97F4A7C15ULL + index);
    return plateFrom(rng);
}

bool fail(QTextStream& err, const core::Error& error) {
    err << error.message() << Qt::endl;
    return false;
}

bool fillStore(core::Database& db, qint64 reads, quint64 seed, qint64 userId, const QDateTime& now,
               QTextStream& out, QTextStream& err) {
    const QString created = core::TimeFormat::toStorage(now);
    if (auto cache = db.exec("PRAGMA cache_size = -262144"); !cache)
        return fail(err, cache.error());
    {
        auto tx = core::Transaction::begin(db);
        if (!tx)
            return fail(err, tx.error());
        auto device = db.prepare("INSERT INTO devices (name, type, time_zone, created_utc) "
                                 "VALUES (?1, 'mobile', 'America/Toronto', ?2)");
        if (!device)
            return fail(err, device.error());
        for (int i = 1; i <= kDevices; ++i) {
            device.value().reset();
            device.value().bind(1, QStringLiteral("CAR-%1").arg(i)).bind(2, created);
            if (auto added = device.value().run(); !added)
                return fail(err, added.error());
        }
        auto addCase = db.prepare("INSERT INTO cases (number, title, kind, opened_utc, opened_by) "
                                  "VALUES (?1, 'Search benchmark', 'administrative', ?2, ?3)");
        if (!addCase)
            return fail(err, addCase.error());
        addCase.value().bind(1, kCase).bind(2, created).bind(3, userId);
        if (auto added = addCase.value().run(); !added)
            return fail(err, added.error());
        if (auto committed = tx.value().commit(); !committed)
            return fail(err, committed.error());
    }

    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const quint64 common = quint64(std::max<qint64>(1, reads / 2500));
    const quint64 repeated = quint64(std::max<qint64>(1, reads / 10));
    const qint64 endMs = now.toMSecsSinceEpoch() - 60000;
    const qint64 spanMs = qint64(2 * 365.25 * 86400000.0);
    const double stepMs = double(spanMs) / double(std::max<qint64>(1, reads));
    const qint64 startMs = endMs - spanMs;

    QElapsedTimer timer;
    timer.start();
    constexpr qint64 kBatch = 200000;
    qint64 stored = 0;
    for (qint64 first = 0; first < reads; first += kBatch) {
        auto tx = core::Transaction::begin(db);
        if (!tx)
            return fail(err, tx.error());
        auto insert =
            db.prepare("INSERT OR IGNORE INTO reads (plate_raw, plate, match_key, state, time_ms, "
                       "device_id, latitude, longitude, location_source, confidence, source) "
                       "VALUES (?1, ?1, ?2, 'QC', ?3, ?4, ?5, ?6, 'read', ?7, 'import')");
        if (!insert)
            return fail(err, insert.error());
        for (qint64 i = first; i < std::min(reads, first + kBatch); ++i) {
            const double draw = unit(rng);
            QString plate;
            if (draw < 0.10)
                plate = poolPlate(1, rng() % common, seed);
            else if (draw < 0.30)
                plate = poolPlate(2, rng() % repeated, seed);
            else
                plate = plateFrom(rng);
            core::Statement& s = insert.value();
            s.reset();
            s.bind(1, plate)
                .bind(2, core::PlateNormalizer::matchKey(plate))
                .bind(3, startMs + qint64(double(i) * stepMs) + qint64(rng() % 1000))
                .bind(4, qint64(1 + rng() % kDevices))
                .bind(5, kSouth + unit(rng) * (kNorth - kSouth))
                .bind(6, kWest + unit(rng) * (kEast - kWest))
                .bind(7, 60.0 + double(rng() % 400) / 10.0);
            if (auto added = s.run(); !added)
                return fail(err, added.error());
            stored += db.changes();
        }
        if (auto committed = tx.value().commit(); !committed)
            return fail(err, committed.error());
        out << QStringLiteral("\rfilled %1 of %2 reads (%3 s)")
                   .arg(std::min(reads, first + kBatch))
                   .arg(reads)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 0)
            << Qt::flush;
    }
    out << QStringLiteral("\nstored %1 reads in %2 s\n")
               .arg(stored)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::flush;
    return db.exec("PRAGMA cache_size = -65536").ok();
}

struct Sample {
    QString plate;
    qint64 timeMs = 0;
    double latitude = 0;
    double longitude = 0;
};

// A look-alike of one character, or the plate without one character when
// it has none.
QString withOneConfusion(const QString& plate, std::mt19937_64& rng) {
    static const QHash<QChar, QChar> partner = {
        {u'O', u'0'}, {u'0', u'O'}, {u'D', u'0'}, {u'Q', u'0'}, {u'I', u'1'},
        {u'1', u'I'}, {u'L', u'1'}, {u'B', u'8'}, {u'8', u'B'}, {u'S', u'5'},
        {u'5', u'S'}, {u'Z', u'2'}, {u'2', u'Z'}, {u'G', u'6'}, {u'6', u'G'}};
    QList<qsizetype> places;
    for (qsizetype i = 0; i < plate.size(); ++i) {
        if (partner.contains(plate[i]))
            places.append(i);
    }
    QString out = plate;
    if (places.isEmpty())
        return out.remove(qsizetype(rng() % quint64(plate.size())), 1);
    const qsizetype at = places[qsizetype(rng() % quint64(places.size()))];
    out[at] = partner.value(plate[at]);
    return out;
}

struct Figures {
    double median = 0;
    double p95 = 0;
    double max = 0;
    double meanResults = 0;
};

Figures summarize(std::vector<double> ms, const std::vector<qint64>& counts) {
    std::sort(ms.begin(), ms.end());
    Figures f;
    if (ms.empty())
        return f;
    f.median = ms[ms.size() / 2];
    f.p95 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    f.max = ms.back();
    double total = 0;
    for (const qint64 count : counts)
        total += double(count);
    f.meanResults = total / double(counts.size());
    return f;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Search benchmark."));
    parser.addHelpOption();
    const QCommandLineOption readsOption(QStringLiteral("reads"),
                                         QStringLiteral("Reads to store (default 10000000)."),
                                         QStringLiteral("n"), QStringLiteral("10000000"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"),
                                           QStringLiteral("Searches per kind (default 1000)."),
                                           QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QStringLiteral("Store to fill, or reuse when it exists."),
                                         QStringLiteral("path"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption journalOption(
        QStringLiteral("journal-mode"),
        QStringLiteral("SQLite journal mode for the searches (delete, persist, truncate, wal)."),
        QStringLiteral("mode"));
    parser.addOptions({readsOption, queriesOption, storeOption, seedOption, journalOption});
    parser.process(app);
    const qint64 reads = parser.value(readsOption).toLongLong();
    const int queries = parser.value(queriesOption).toInt();
    const quint64 seed = parser.value(seedOption).toULongLong();
    if (reads <= 0 || queries <= 0) {
        err << "--reads and --queries need positive numbers" << Qt::endl;
        return 2;
    }

    QTemporaryDir temporary;
    const QString storePath =
        parser.isSet(storeOption)
            ? parser.value(storeOption)
            : QDir(temporary.path()).filePath(QStringLiteral("bench.plstore"));
    core::SystemClock clock;
    auto opened = bench::openBenchStore(storePath, clock);
    if (!opened) {
        err << opened.error().message() << Qt::endl;
        return 1;
    }
    const bool reuse = opened.value().reused;
    core::Station& station = *opened.value().login.station;
    core::Session& session = opened.value().login.session;
    core::Database& db = station.database();
    if (!reuse && !fillStore(db, reads, seed, session.userId, clock.nowUtc(), out, err))
        return 1;

    if (parser.isSet(journalOption)) {
        static const QStringList modes = {QStringLiteral("delete"), QStringLiteral("persist"),
                                          QStringLiteral("truncate"), QStringLiteral("wal")};
        const QString mode = parser.value(journalOption).toLower();
        if (!modes.contains(mode)) {
            err << "--journal-mode: one of " << modes.join(QStringLiteral(", ")) << Qt::endl;
            return 2;
        }
        // The mode is one of ours, not free text.
        const QByteArray pragma = "PRAGMA journal_mode = " + mode.toLatin1();
        auto set = db.queryText(pragma.constData());
        if (!set) {
            err << set.error().message() << Qt::endl;
            return 1;
        }
        out << "journal mode: " << set.value() << Qt::endl;
    }

    auto range = db.prepare("SELECT MIN(id), MAX(id), COUNT(*) FROM reads");
    if (!range || !range.value().step().ok()) {
        err << "cannot read the store" << Qt::endl;
        return 1;
    }
    const qint64 minId = range.value().integer(0);
    const qint64 maxId = range.value().integer(1);
    const qint64 stored = range.value().integer(2);
    out << "store: " << storePath << ", " << stored << " reads, "
        << QString::number(double(QFileInfo(storePath).size()) / (1024.0 * 1024.0), 'f', 0)
        << " MiB" << Qt::endl;

    std::mt19937_64 rng(seed + 7);
    auto sampleRead = db.prepare(
        "SELECT plate, time_ms, latitude, longitude FROM reads WHERE id >= ?1 ORDER BY id LIMIT 1");
    if (!sampleRead) {
        err << sampleRead.error().message() << Qt::endl;
        return 1;
    }
    const auto sample = [&]() -> Sample {
        core::Statement& s = sampleRead.value();
        s.reset();
        s.bind(1, minId + qint64(rng() % quint64(maxId - minId + 1)));
        Sample picked;
        if (auto row = s.step(); row && row.value())
            picked = {s.text(0), s.integer(1), s.real(2), s.real(3)};
        return picked;
    };

    using Maker = std::function<core::SearchRequest(const Sample&)>;
    const auto base = [](const QString& pattern, core::SearchMode mode) {
        core::SearchRequest request;
        request.caseNumber = kCase;
        request.reason = QStringLiteral("benchmark");
        request.pattern = pattern;
        request.mode = mode;
        return request;
    };
    const std::vector<std::pair<QString, Maker>> kinds = {
        {QStringLiteral("exact"),
         [&](const Sample& s) {
             return base(s.plate, core::SearchMode::Exact);
         }},
        {QStringLiteral("wildcard, fixed prefix (ABC?234)"),
         [&](const Sample& s) {
             return base(s.plate.left(3) + u'?' + s.plate.mid(4), core::SearchMode::Exact);
         }},
        {QStringLiteral("wildcard, fixed prefix (ABC*)"),
         [&](const Sample& s) {
             return base(s.plate.left(3) + u'*', core::SearchMode::Exact);
         }},
        {QStringLiteral("similar, one confusion"),
         [&](const Sample& s) {
             return base(withOneConfusion(s.plate, rng), core::SearchMode::Similar);
         }},
        {QStringLiteral("time window 2 h + area r=1 km"),
         [&](const Sample& s) {
             core::SearchRequest request = base(QString(), core::SearchMode::Exact);
             request.fromUtc = QDateTime::fromMSecsSinceEpoch(s.timeMs - 3600000, Qt::UTC);
             request.toUtc = QDateTime::fromMSecsSinceEpoch(s.timeMs + 3600000, Qt::UTC);
             request.area = core::SearchArea::circle(s.latitude, s.longitude, 1000);
             return request;
         }},
    };

    out << "kind\tqueries\tmedian ms\tp95 ms\tmax ms\tmean results" << Qt::endl;
    for (const auto& [name, make] : kinds) {
        std::vector<double> ms;
        std::vector<qint64> counts;
        for (int i = 0; i < queries; ++i) {
            const core::SearchRequest request = make(sample());
            QElapsedTimer timer;
            timer.start();
            auto result = station.search().search(session, request);
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            if (!result) {
                err << name << ": " << result.error().message() << Qt::endl;
                return 1;
            }
            ms.push_back(elapsed);
            counts.push_back(result.value().readIds.size());
        }
        const Figures f = summarize(ms, counts);
        out << name << '\t' << queries << '\t' << QString::number(f.median, 'f', 2) << '\t'
            << QString::number(f.p95, 'f', 2) << '\t' << QString::number(f.max, 'f', 2) << '\t'
            << QString::number(f.meanResults, 'f', 1) << Qt::endl;
    }
    return station.logout(session).ok() ? 0 : 1;
}
