#include "app/cli/commands/InfoCommand.h"

#include "core/accounts/Role.h"
#include "core/common/TimeFormat.h"
#include "core/station/Station.h"

#include <QCoreApplication>

namespace pl::app {

namespace {
class InfoText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::InfoCommand)
public:
    static QString synopsis() {
        return tr("info\n    The store's summary: schema version, counts, audit chain head.");
    }
    static QString store() { return tr("Store"); }
    static QString storeId() { return tr("Store id"); }
    static QString created() { return tr("Created"); }
    static QString schema() { return tr("Schema version"); }
    static QString schemaValue(int version, int known) {
        return tr("%1 (this program knows up to %2)").arg(version).arg(known);
    }
    static QString size() { return tr("File size"); }
    static QString bytes(qint64 bytes) { return tr("%1 bytes").arg(bytes); }
    static QString users() { return tr("Users"); }
    static QString usersValue(int active, int total, const QString& byRole) {
        return tr("%1 active of %2 (%3)").arg(active).arg(total).arg(byRole);
    }
    static QString events() { return tr("Audit events"); }
    static QString head() { return tr("Audit chain head"); }
};

void line(QTextStream& out, const QString& label, const QString& value) {
    out << QString(label + QLatin1Char(':')).leftJustified(18) << value << Qt::endl;
}
} // namespace

QString InfoCommand::synopsis() const {
    return InfoText::synopsis();
}

int InfoCommand::run(CliContext& context) {
    auto info = context.station->info(*context.session);
    if (!info)
        return context.fail(info.error());
    const core::StationInfo& s = info.value();
    QStringList byRole;
    for (core::Role role : core::Roles::all()) {
        byRole.append(QStringLiteral("%1 %2")
                          .arg(core::Roles::displayName(role).toLower())
                          .arg(s.activeUsersByRole.value(core::Roles::id(role))));
    }
    line(context.out, InfoText::store(), s.path);
    line(context.out, InfoText::storeId(), s.storeId);
    line(context.out, InfoText::created(), core::TimeFormat::toStorage(s.createdUtc));
    line(context.out, InfoText::schema(),
         InfoText::schemaValue(s.schemaVersion, s.latestSchemaVersion));
    line(context.out, InfoText::size(), InfoText::bytes(s.fileBytes));
    line(context.out, InfoText::users(),
         InfoText::usersValue(s.activeUsers, s.users, byRole.join(QStringLiteral(", "))));
    line(context.out, InfoText::events(), QString::number(s.auditEvents));
    line(context.out, InfoText::head(),
         QStringLiteral("#%1 %2")
             .arg(s.auditHead.seq)
             .arg(QString::fromLatin1(s.auditHead.hash.toHex())));
    return ExitCode::Ok;
}

} // namespace pl::app
