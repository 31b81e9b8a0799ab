// How fast the anomaly flags are computed over a large audit trail.
//
//   bench_auditflags [--events N] [--new M] [--seed S]
//
// Creates a store in a temporary folder and appends N synthetic events
// (default 1,000,000) through AuditLog, spread over the two years before now,
// in big transactions: 60 % justified searches by 40 users over 200,000
// plates and 300 cases with a few dozen reasons, the rest reads viewed, log-ins,
// some failed log-ins and exports. Then prints the time of the full
// computation of the flags, of an update with nothing new, and of an
// incremental update after M more events (default 10,000).
#include "core/audit/AuditAction.h"
#include "core/audit/AuditFlagService.h"
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/bench/BenchStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <random>

using namespace pl;

namespace {

constexpr int kUsers = 40;
constexpr int kPlates = 200000;
constexpr int kCases = 300;
constexpr int kReasons = 30;

core::AuditRecord randomRecord(std::mt19937_64& rng) {
    const unsigned kind = rng() % 100;
    if (kind < 60) {
        const QString plate = QStringLiteral("P%1").arg(rng() % kPlates, 6, 10, QLatin1Char('0'));
        core::AuditRecord run{core::AuditAction::searchRun(), core::AuditOutcome::Success,
                              QStringLiteral("reads"), plate};
        run.caseNumber = QStringLiteral("2026-%1").arg(rng() % kCases);
        run.reason = rng() % 50 == 0
                         ? QStringLiteral("check")
                         : QStringLiteral("Investigation follow-up %1").arg(rng() % kReasons);
        if (rng() % 40 == 0)
            run.onBehalfOf = QStringLiteral("Officer %1").arg(rng() % 5);
        run.details.insert(QStringLiteral("plate"), plate);
        run.details.insert(QStringLiteral("kind"), QStringLiteral("exact"));
        if (rng() % 200 == 0)
            run.details.insert(QStringLiteral("exception_id"), qint64(rng() % 50 + 1));
        run.details.insert(QStringLiteral("count"), qint64(rng() % 30));
        return run;
    }
    if (kind < 85) {
        core::AuditRecord viewed{core::AuditAction::readViewed(), core::AuditOutcome::Success,
                                 QStringLiteral("read"), QString::number(rng() % 1000000)};
        return viewed;
    }
    if (kind < 95)
        return {core::AuditAction::loginSuccess(),
                core::AuditOutcome::Success,
                QStringLiteral("user"),
                {}};
    if (kind < 99)
        return {core::AuditAction::loginFailure(), core::AuditOutcome::Failure,
                QStringLiteral("user"), QStringLiteral("user%1").arg(rng() % kUsers)};
    core::AuditRecord exported{core::AuditAction::searchViewExported(),
                               core::AuditOutcome::Success};
    exported.details.insert(QStringLiteral("count"), qint64(rng() % 100));
    exported.details.insert(QStringLiteral("destination"), QStringLiteral("/tmp/export.csv"));
    return exported;
}

bool appendEvents(core::Station& station, qint64 count, qint64 fromMsecs, qint64 toMsecs,
                  std::mt19937_64& rng, QTextStream& err) {
    core::Database& db = station.database();
    const qint64 step = std::max<qint64>(1, (toMsecs - fromMsecs) / std::max<qint64>(1, count));
    qint64 done = 0;
    while (done < count) {
        auto tx = core::Transaction::begin(db);
        if (!tx) {
            err << tx.error().message() << Qt::endl;
            return false;
        }
        const qint64 batchEnd = std::min(count, done + 50000);
        for (; done < batchEnd; ++done) {
            const int user = int(rng() % kUsers);
            const core::AuditActor actor{1000 + user, QStringLiteral("user%1").arg(user)};
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(fromMsecs + done * step, Qt::UTC);
            auto added = station.auditLog().appendAt(tx.value(), actor, randomRecord(rng), when);
            if (!added) {
                err << added.error().message() << Qt::endl;
                return false;
            }
        }
        if (auto committed = tx.value().commit(); !committed) {
            err << committed.error().message() << Qt::endl;
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption eventsOption(QStringLiteral("events"),
                                    QStringLiteral("Events in the trail (default 1000000)."),
                                    QStringLiteral("N"), QStringLiteral("1000000"));
    QCommandLineOption newOption(QStringLiteral("new"),
                                 QStringLiteral("Events added before the incremental update "
                                                "(default 10000)."),
                                 QStringLiteral("M"), QStringLiteral("10000"));
    QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({eventsOption, newOption, seedOption});
    parser.process(app);
    const qint64 events = parser.value(eventsOption).toLongLong();
    const qint64 added = parser.value(newOption).toLongLong();
    std::mt19937_64 rng(parser.value(seedOption).toULongLong());

    QTemporaryDir temporary;
    const QString storePath = QDir(temporary.path()).filePath(QStringLiteral("bench.plstore"));
    core::SystemClock clock;
    auto opened = bench::openBenchStore(storePath, clock);
    if (!opened) {
        err << opened.error().message() << Qt::endl;
        return 1;
    }
    core::Station& station = *opened.value().login.station;
    core::Session& session = opened.value().login.session;

    const qint64 now = clock.nowUtc().toMSecsSinceEpoch();
    const qint64 day = 24 * 3600 * 1000;
    QElapsedTimer timer;
    timer.start();
    if (!appendEvents(station, events, now - 730 * day, now - day, rng, err))
        return 1;
    out << "appended " << events << " events in " << timer.elapsed() << " ms" << Qt::endl;

    auto measure = [&](const char* what) -> bool {
        QElapsedTimer t;
        t.start();
        auto update = station.auditFlags().update(session);
        if (!update) {
            err << update.error().message() << Qt::endl;
            return false;
        }
        out << what << ": " << t.elapsed() << " ms (" << update.value().eventsScanned
            << " events evaluated, " << update.value().flags << " flags"
            << (update.value().recomputed ? ", recomputed" : "") << ")" << Qt::endl;
        return true;
    };
    if (!measure("full computation") || !measure("update with nothing new"))
        return 1;
    if (!appendEvents(station, added, now - day, now, rng, err))
        return 1;
    if (!measure("incremental update"))
        return 1;
    return 0;
}
