// How long opening the store and logging in take, with the standard Argon2id
// cost, and how much of that is the deliberate key derivation.
//
//   bench_login [--runs N] [--events N]
//
// Creates a store in a temporary folder (the standard key-derivation cost),
// fills its audit trail with N events, then measures N runs of each step.
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/crypto/KdfParams.h"
#include "core/crypto/KeyWrap.h"
#include "core/station/Station.h"
#include "core/store/KeySlotFile.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"
#include "ui/SessionController.h"
#include "ui/login/ConsentDialog.h"
#include "ui/login/LoginDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <vector>

using namespace pl;

namespace {

const QString kAdmin = QStringLiteral("timekeeper");
const QString kPassword = QStringLiteral("Bench-Mark-Pass-1");

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double msSince(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

void row(QTextStream& out, const QString& label, const std::vector<double>& values) {
    out << label.leftJustified(52)
        << QStringLiteral("median %1 ms  (min %2, max %3)")
               .arg(median(values), 0, 'f', 1)
               .arg(*std::min_element(values.begin(), values.end()), 0, 'f', 1)
               .arg(*std::max_element(values.begin(), values.end()), 0, 'f', 1)
        << Qt::endl;
}

core::Status createStore(const QString& path, const core::KdfParams& kdf, int eventCount,
                         const core::Clock& clock) {
    auto created =
        core::Station::create(path,
                              {kAdmin, QStringLiteral("Bench"),
                               core::SecretBytes::fromString(kPassword), clock.nowUtc().date()},
                              core::Session::Client::Cli, clock, kdf);
    if (!created)
        return created.error();
    core::Station& station = *created.value().station;
    auto tx = core::Transaction::begin(station.database());
    if (!tx)
        return tx.error();
    for (int i = 0; i < eventCount; ++i) {
        core::AuditRecord record{QStringLiteral("bench.filler"), core::AuditOutcome::Success,
                                 QStringLiteral("plate"), QStringLiteral("BEN%1").arg(i)};
        if (auto added =
                station.auditLog().append(tx.value(), created.value().session.actor(), record);
            !added)
            return added.error();
    }
    if (auto committed = tx.value().commit(); !committed)
        return committed;
    return station.logout(created.value().session);
}

// Click "Log in" -> consent shown, and click "I agree" -> main window shown, in ms.
core::Result<std::pair<double, double>> guiLogin(const QString& path, const core::Clock& clock) {
    ui::SessionController controller(path, clock);
    controller.start();
    QSignalSpy shown(&controller, &ui::SessionController::mainWindowShown);
    ui::LoginDialog* dialog = controller.loginDialog();
    dialog->findChild<QLineEdit*>(QStringLiteral("userName"))->setText(kAdmin);
    dialog->findChild<QLineEdit*>(QStringLiteral("password"))->setText(kPassword);
    QElapsedTimer timer;
    timer.start();
    dialog->findChild<QPushButton*>(QStringLiteral("loginButton"))->click();
    // The click reaches the controller queued; the log-in then runs off the GUI thread.
    QCoreApplication::processEvents();
    while (controller.isOpening())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!controller.consentDialog())
        return core::Error(core::ErrorCode::WrongCredentials, QStringLiteral("log-in failed"));
    const double toConsent = msSince(timer);
    timer.restart();
    controller.consentDialog()->findChild<QPushButton*>(QStringLiteral("agreeButton"))->click();
    if (!shown.wait(5000))
        return core::Error(core::ErrorCode::Io, QStringLiteral("main window not shown"));
    return std::pair{toConsent, msSince(timer)};
}

void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext& context,
                            const QString& message) {
    if (message.contains(QStringLiteral("propagateSizeHints")))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << Qt::endl;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietOffscreenWarnings);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per step."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Audit events in the store."),
                                          QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOptions({runsOption, eventsOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int eventCount = qMax(0, parser.value(eventsOption).toInt());

    QTextStream out(stdout);
    core::SystemClock clock;
    QTemporaryDir dir;
    // The same store twice: with the standard key-derivation cost, and with the
    // minimal one, whose log-in time is the time that is not Argon2id.
    const QString standardPath = QDir(dir.path()).filePath(QStringLiteral("standard.plstore"));
    const QString minimalPath = QDir(dir.path()).filePath(QStringLiteral("minimal.plstore"));
    for (const auto& [path, kdf] : {std::pair{standardPath, core::KdfParams::standard()},
                                    std::pair{minimalPath, core::KdfParams::minimal()}}) {
        if (auto made = createStore(path, kdf, eventCount, clock); !made) {
            out << made.error().message() << Qt::endl;
            return 1;
        }
    }

    auto slots = core::KeySlotFile::read(core::KeySlotFile::pathForDatabase(standardPath));
    const core::KeySlot* slot = slots.value().findSlot(kAdmin);
    const core::SecretBytes password = core::SecretBytes::fromString(kPassword);

    std::vector<double> argon, storeOpen, login, loginMinimal;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto key = core::KeyWrap::unwrap(slot->wrapped, password);
        argon.push_back(msSince(timer));

        timer.restart();
        auto store = core::Store::open(standardPath, std::move(key.value()));
        storeOpen.push_back(msSince(timer));
        store.value().reset();

        for (auto [path, times] :
             {std::pair{&standardPath, &login}, std::pair{&minimalPath, &loginMinimal}}) {
            timer.restart();
            auto loggedIn =
                core::Station::login(*path, kAdmin, password, core::Session::Client::Cli, clock);
            times->push_back(msSince(timer));
            (void)loggedIn.value().station->logout(loggedIn.value().session);
        }
    }

    std::vector<double> clickToConsent, agreeToMain, screenToMain, screenToMainMinimal;
    for (int run = 0; run < runs; ++run) {
        for (const QString* path : {&standardPath, &minimalPath}) {
            auto timed = guiLogin(*path, clock);
            if (!timed) {
                out << timed.error().message() << Qt::endl;
                return 1;
            }
            if (path == &standardPath) {
                clickToConsent.push_back(timed.value().first);
                agreeToMain.push_back(timed.value().second);
                screenToMain.push_back(timed.value().first + timed.value().second);
            } else {
                screenToMainMinimal.push_back(timed.value().first + timed.value().second);
            }
        }
    }

    out << QStringLiteral(
               "PlateLedger log-in benchmark: %1 runs, store with %2 audit events, %3, %4 cores")
               .arg(runs)
               .arg(eventCount + 4)
               .arg(QSysInfo::prettyProductName())
               .arg(QThread::idealThreadCount())
        << Qt::endl;
    out << QStringLiteral("Argon2id cost: ops %1, memory %2 MiB")
               .arg(slot->wrapped.kdf.opsLimit)
               .arg(slot->wrapped.kdf.memLimitBytes / (1024 * 1024))
        << Qt::endl;
    row(out, QStringLiteral("Argon2id unwrap of the key slot"), argon);
    row(out, QStringLiteral("Store::open with the key (no Argon2id)"), storeOpen);
    row(out, QStringLiteral("Station::login, total"), login);
    row(out, QStringLiteral("Station::login, minimal Argon2id cost"), loginMinimal);
    row(out, QStringLiteral("GUI: click Log in -> consent shown"), clickToConsent);
    row(out, QStringLiteral("GUI: click I agree -> main window shown"), agreeToMain);
    row(out, QStringLiteral("GUI: login screen -> main window, total"), screenToMain);
    row(out, QStringLiteral("GUI: login screen -> main window, minimal Argon2id"),
        screenToMainMinimal);
    return 0;
}
