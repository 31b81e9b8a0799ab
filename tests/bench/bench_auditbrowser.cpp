// How quickly the audit browser answers on a large trail: a store whose
// trail holds N generated events (a year of searches, views, alerts,
// log-ins, imports and exports by 50 users, 1 % of them flagged) is opened
// and filtered through AuditBrowser, timing each filter's apply (count +
// audit record) and its first page, the next pages of the unfiltered view
// as a scrolling table fetches them, and the period report over a quarter
// and a year.
//
//   bench_auditbrowser [--events 1000000] [--runs 5] [--store PATH] [--seed 1]
//
// With --store, the store is filled once and reused by later runs.
#include "core/audit/AuditAction.h"
#include "core/audit/AuditBrowser.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditReportService.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
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

#include <algorithm>
#include <random>
#include <vector>

using namespace pl;

namespace {

bool fill(core::Station& station, qint64 events, quint64 seed, QTextStream& out, QTextStream& err) {
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<int> user(1, 50);
    std::uniform_int_distribution<int> kind(0, 99);
    std::uniform_int_distribution<int> plateNumber(0, 99999);
    std::uniform_int_distribution<int> caseNumber(1, 2000);
    const QDateTime start = QDateTime(QDate(2025, 11, 1), QTime(0, 0), Qt::UTC);
    const double step = 365.0 * 86400.0 * 1000.0 / static_cast<double>(events);
    core::Database& db = station.database();
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    while (done < events) {
        auto tx = core::Transaction::begin(db);
        if (!tx) {
            err << tx.error().message() << Qt::endl;
            return false;
        }
        const qint64 batchEnd = std::min(events, done + 20000);
        for (; done < batchEnd; ++done) {
            const QString name =
                QStringLiteral("user%1").arg(user(random), 2, 10, QLatin1Char('0'));
            const int k = kind(random);
            core::AuditRecord record;
            record.outcome = core::AuditOutcome::Success;
            const QString plate =
                QStringLiteral("P%1").arg(plateNumber(random), 5, 10, QLatin1Char('0'));
            if (k < 40) {
                record.action = core::AuditAction::searchRun();
                record.targetKind = QStringLiteral("reads");
                record.target = plate;
                record.caseNumber = QStringLiteral("2026-CR-%1").arg(caseNumber(random));
                record.reason = QStringLiteral("follow-up on a reported vehicle");
                record.details.insert(QStringLiteral("plate"), plate);
                record.details.insert(QStringLiteral("count"), k);
                record.details.insert(QStringLiteral("ids_sha256"), QStringLiteral("00"));
            } else if (k < 60) {
                record.action = core::AuditAction::readViewed();
                record.details.insert(QStringLiteral("plate"), plate);
            } else if (k < 70) {
                record.action = core::AuditAction::alertCreated();
                record.details.insert(QStringLiteral("plate"), plate);
            } else if (k < 85) {
                record.action = core::AuditAction::loginSuccess();
            } else if (k < 87) {
                record.action = core::AuditAction::loginFailure();
                record.outcome = core::AuditOutcome::Failure;
            } else if (k < 88) {
                record.action = core::AuditAction::caseExported();
                record.caseNumber = QStringLiteral("2026-CR-%1").arg(caseNumber(random));
                record.details.insert(QStringLiteral("reads"), k);
            } else if (k < 90) {
                record.action = core::AuditAction::importCompleted();
            } else {
                record.action = core::AuditAction::consentAccepted();
            }
            const QDateTime at = start.addMSecs(static_cast<qint64>(step * done));
            auto added = station.auditLog().appendAt(tx.value(), {std::nullopt, name}, record, at);
            if (!added) {
                err << added.error().message() << Qt::endl;
                return false;
            }
            if (k % 100 == 3) {
                // About 1 % flagged, for "only flagged".
                auto flag = db.prepare("INSERT INTO audit_flags (seq, rule, facts, flagged_utc) "
                                       "VALUES (?, 'export', '{}', ?)");
                if (!flag)
                    return false;
                flag.value().bind(1, added.value().seq).bind(2, core::TimeFormat::toStorage(at));
                if (!flag.value().run())
                    return false;
            }
        }
        if (auto committed = tx.value().commit(); !committed) {
            err << committed.error().message() << Qt::endl;
            return false;
        }
    }
    out << "filled " << events << " events in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    return true;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("events"),
                                          QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs"),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QStringLiteral("Store to fill, or reuse when it exists."),
                                         QStringLiteral("path"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("seed"),
                                        QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({eventsOption, runsOption, storeOption, seedOption});
    parser.process(app);
    const qint64 events = parser.value(eventsOption).toLongLong();
    const int runs = parser.value(runsOption).toInt();
    if (events <= 0 || runs <= 0) {
        err << "--events and --runs need positive numbers" << Qt::endl;
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
    if (!reuse && !fill(station, events, parser.value(seedOption).toULongLong(), out, err))
        return 1;
    auto total = core::AuditLog::count(station.database());
    out << "trail: " << (total ? total.value() : -1) << " events" << Qt::endl;

    struct Case {
        const char* name;
        core::AuditFilter filter;
    };
    std::vector<Case> cases;
    cases.push_back({"open (no filter)", {}});
    auto add = [&cases](const char* name, auto set) {
        core::AuditFilter filter;
        set(filter);
        cases.push_back({name, filter});
    };
    add("user", [](core::AuditFilter& f) { f.user = QStringLiteral("user07"); });
    add("action", [](core::AuditFilter& f) { f.action = core::AuditAction::caseExported(); });
    add("action family", [](core::AuditFilter& f) { f.action = QStringLiteral("login.*"); });
    add("plate", [](core::AuditFilter& f) { f.plate = QStringLiteral("P01234"); });
    add("plate pattern", [](core::AuditFilter& f) { f.plate = QStringLiteral("P0123*"); });
    add("case", [](core::AuditFilter& f) { f.caseNumber = QStringLiteral("2026-cr-77"); });
    add("outcome failure", [](core::AuditFilter& f) { f.outcome = QStringLiteral("failure"); });
    add("last 7 days of the trail", [](core::AuditFilter& f) {
        f.fromUtc = QDateTime(QDate(2026, 10, 25), QTime(0, 0), Qt::UTC);
        f.toUtc = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    });
    add("a month a year back", [](core::AuditFilter& f) {
        f.fromUtc = QDateTime(QDate(2025, 11, 1), QTime(0, 0), Qt::UTC);
        f.toUtc = QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC);
    });
    add("only flagged", [](core::AuditFilter& f) { f.onlyFlagged = true; });
    add("user + action + month", [](core::AuditFilter& f) {
        f.user = QStringLiteral("user07");
        f.action = core::AuditAction::searchRun();
        f.fromUtc = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        f.toUtc = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    });

    core::AuditBrowser& browser = station.auditBrowser();
    out << "filter | matching | apply ms (median) | first page ms (median)" << Qt::endl;
    for (const Case& c : cases) {
        std::vector<double> applyMs;
        std::vector<double> pageMs;
        qint64 matching = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto query = browser.apply(session, c.filter);
            applyMs.push_back(timer.nsecsElapsed() / 1e6);
            if (!query) {
                err << c.name << ": " << query.error().message() << Qt::endl;
                return 1;
            }
            matching = query.value().matching();
            timer.restart();
            auto page = browser.page(session, query.value(), 0, 200);
            pageMs.push_back(timer.nsecsElapsed() / 1e6);
            if (!page)
                return 1;
        }
        out << c.name << " | " << matching << " | " << median(applyMs) << " | " << median(pageMs)
            << Qt::endl;
    }

    // Scrolling: the next 20 pages of 200 of the unfiltered view.
    auto query = browser.open(session);
    if (!query)
        return 1;
    std::vector<double> pageMs;
    qint64 before = 0;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto page = browser.page(session, query.value(), before, 200);
        pageMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!page || page.value().rows.isEmpty())
            break;
        before = page.value().rows.last().event.seq;
    }
    out << "next page of 200 while scrolling: median " << median(pageMs) << " ms, max "
        << *std::max_element(pageMs.begin(), pageMs.end()) << " ms" << Qt::endl;

    // The period report over the trail's last full quarter and its whole year.
    const QList<std::pair<const char*, std::pair<QDate, QDate>>> periods = {
        {"report, a quarter (2026-07-01 to 2026-10-01)", {QDate(2026, 7, 1), QDate(2026, 10, 1)}},
        {"report, the year (2025-11-01 to 2026-11-01)", {QDate(2025, 11, 1), QDate(2026, 11, 1)}},
    };
    for (const auto& [name, days] : periods) {
        std::vector<double> reportMs;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto report =
                station.auditReports().report(session, QDateTime(days.first, QTime(0, 0), Qt::UTC),
                                              QDateTime(days.second, QTime(0, 0), Qt::UTC));
            reportMs.push_back(timer.nsecsElapsed() / 1e6);
            if (!report) {
                err << report.error().message() << Qt::endl;
                return 1;
            }
        }
        out << name << ": median " << median(reportMs) << " ms" << Qt::endl;
    }
    return station.logout(session).ok() ? 0 : 1;
}
