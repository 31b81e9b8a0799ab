#include "app/cli/CliApplication.h"
#include "core/common/Clock.h"
#include "core/common/Translations.h"
#include "core/recognition/OcrThreads.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[]) {
    pl::core::restartWithOneOcrThread(argv);
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("plateledger-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PL_VERSION));
    pl::core::Translations::install(application, QString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    pl::core::SystemClock clock;
    pl::app::CliApplication cli(out, err, clock);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = cli.run(arguments);
    out.flush();
    err.flush();
    return code;
}
