#include "core/common/Clock.h"
#include "core/common/Translations.h"
#include "core/consent/ConsentText.h"
#include "core/recognition/OcrThreads.h"
#include "core/station/DemoStation.h"
#include "core/store/Store.h"
#include "ui/SessionController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>

// plateledger: the workstation GUI. Only wiring here; the flow lives in
// ui::SessionController and everything that touches data in core.
int main(int argc, char* argv[]) {
    // Cameras read plates with Tesseract: one OpenMP thread each (OcrThreads.h).
    pl::core::restartWithOneOcrThread(argv);
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("plateledger"));
    QApplication::setApplicationDisplayName(QStringLiteral("PlateLedger"));
    QApplication::setApplicationVersion(QStringLiteral(PL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "PlateLedger — accountable license-plate-reader "
                                            "workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QCoreApplication::translate("main", "Open or create the store at <path>."),
        QStringLiteral("path"), pl::core::Store::defaultPath());
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open a throw-away demo store with one user per role "
                                            "and print their credentials."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "User interface language (en, es)."),
        QStringLiteral("code"));
    parser.addOptions({storeOption, demoOption, languageOption});
    parser.process(application);

    pl::core::Translations::install(application, parser.value(languageOption));

    pl::core::SystemClock clock;
    QString storePath = parser.value(storeOption);
    std::unique_ptr<QTemporaryDir> demoFolder;
    QTextStream out(stdout);
    if (parser.isSet(demoOption)) {
        demoFolder = std::make_unique<QTemporaryDir>();
        auto notice = pl::core::ConsentText::load(QLocale().name());
        if (!demoFolder->isValid() || !notice) {
            QTextStream(stderr) << QCoreApplication::translate("main",
                                                               "The demo store cannot be created.")
                                << Qt::endl;
            return 1;
        }
        out << notice.value().notice() << Qt::endl;
        auto demo = pl::core::DemoStation::create(demoFolder->path(), notice.value(), clock);
        if (!demo) {
            QTextStream(stderr) << demo.error().message() << Qt::endl;
            return 1;
        }
        storePath = demo.value().path;
        out << QCoreApplication::translate("main",
                                           "Demo store (deleted when PlateLedger exits): %1")
                   .arg(storePath)
            << Qt::endl
            << QCoreApplication::translate("main", "Demo accounts:") << Qt::endl;
        for (const pl::core::DemoAccount& account : demo.value().accounts) {
            out << QStringLiteral("  %1  %2  %3")
                       .arg(pl::core::Roles::displayName(account.role).leftJustified(14),
                            account.name.leftJustified(13), account.password)
                << Qt::endl;
        }
        out << QCoreApplication::translate("main", "Open case for searches: %1")
                   .arg(demo.value().caseNumber)
            << Qt::endl;
        out.flush();
    }

    pl::ui::SessionController controller(storePath, clock);
    QObject::connect(&controller, &pl::ui::SessionController::quitRequested, &application,
                     &QApplication::quit, Qt::QueuedConnection);
    controller.start();
    return application.exec();
}
