#include "app/cli/commands/InitCommand.h"

#include "app/cli/PasswordSource.h"
#include "core/common/Clock.h"
#include "core/consent/ConsentText.h"
#include "core/station/Station.h"
#include "core/store/KeySlotFile.h"

#include <QCoreApplication>
#include <QLocale>

namespace pl::app {

namespace {
class InitText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::InitCommand)
public:
    static QString synopsis() {
        return tr("init --admin NAME [--display-name TEXT] [--training-date YYYY-MM-DD]\n"
                  "    Create a new store and its first administrator (training recorded as of "
                  "today unless given).");
    }
    static QString adminRequired() { return tr("init needs --admin NAME."); }
    static QString badDate(const QString& text) {
        return tr("The training date %1 is not a date of the form YYYY-MM-DD.").arg(text);
    }
    static QString prompt(const QString& name) { return tr("New password for %1: ").arg(name); }
    static QString confirm() { return tr("Repeat the password: "); }
    static QString created(const QString& path) { return tr("Created store %1").arg(path); }
    static QString keySlots(const QString& path) {
        return tr("Key-slot file %1 (back it up together with the store: neither opens without "
                  "the other).")
            .arg(path);
    }
};
} // namespace

QString InitCommand::synopsis() const {
    return InitText::synopsis();
}

QSet<QString> InitCommand::options() const {
    return {QStringLiteral("admin"), QStringLiteral("display-name"),
            QStringLiteral("training-date")};
}

int InitCommand::run(CliContext& context) {
    const QString admin = context.args.value(QStringLiteral("admin")).trimmed();
    if (admin.isEmpty()) {
        context.err << InitText::adminRequired() << Qt::endl;
        return ExitCode::Usage;
    }
    QDate training = context.clock.nowUtc().toLocalTime().date();
    if (context.args.has(QStringLiteral("training-date"))) {
        const QString text = context.args.value(QStringLiteral("training-date"));
        training = QDate::fromString(text, Qt::ISODate);
        if (!training.isValid()) {
            context.err << InitText::badDate(text) << Qt::endl;
            return ExitCode::Usage;
        }
    }

    auto consent = core::ConsentText::load(QLocale().name());
    if (!consent)
        return context.fail(consent.error());
    context.err << consent.value().notice() << Qt::endl;

    auto password = PasswordSource::obtainNew(PasswordSource::passwordVariable(),
                                              InitText::prompt(admin), InitText::confirm());
    if (!password)
        return context.fail(password.error());

    core::NewAdministrator request{admin, context.args.value(QStringLiteral("display-name")),
                                   std::move(password.value()), training};
    auto created = core::Station::create(context.storePath, std::move(request),
                                         core::Session::Client::Cli, context.clock);
    if (!created)
        return context.fail(created.error());
    core::Station& station = *created.value().station;
    core::Session& session = created.value().session;
    if (auto acknowledged = station.acknowledgeNotice(session, consent.value()); !acknowledged)
        return context.fail(acknowledged.error());
    if (auto loggedOut = station.logout(session); !loggedOut)
        return context.fail(loggedOut.error());

    context.out << InitText::created(context.storePath) << Qt::endl;
    context.out << InitText::keySlots(core::KeySlotFile::pathForDatabase(context.storePath))
                << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pl::app
