#include "core/cases/CaseExportService.h"

#include "core/audit/AuditAction.h"
#include "core/cases/CaseService.h"
#include "core/cases/VerificationService.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/reads/ReadRecordService.h"
#include "core/retention/RetentionService.h"
#include "core/station/Station.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace pl::core {

namespace {

class ExportText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::CaseExportService)
public:
    static QString nothing(const QString& number) {
        return tr("Case %1 has no confirmed reads to export. Only reads linked to the case and "
                  "confirmed against their images are exported.")
            .arg(number);
    }
    static QString notice() {
        return tr("An LPR read is never the sole basis for enforcement action. Each read below "
                  "was confirmed by a person against its image; the vehicle must still be "
                  "confirmed by independent means.");
    }
};

QString csvField(const QString& value) {
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString coordinate(const std::optional<double>& value) {
    return value ? QString::number(*value, 'f', 6) : QString();
}

} // namespace

CaseExportService::CaseExportService(Station& station)
    : m_station(station) {}

QString CaseExportService::notice() {
    return ExportText::notice();
}

Result<CaseExport> CaseExportService::prepare(const Session& session, const QString& caseNumber,
                                              Format format, const QString& destination,
                                              bool withFigures) {
    if (auto active = m_station.requireActive(session, Permission::ExportCases); !active)
        return active.error();
    auto linked = m_station.cases().reads(session, caseNumber);
    if (!linked)
        return linked.error();
    auto file = m_station.cases().find(session, caseNumber);
    if (!file)
        return file.error();
    QList<qint64> ids;
    for (const CaseRead& read : linked.value())
        ids.append(read.readId);
    auto latest = m_station.verifications().latest(session, ids);
    if (!latest)
        return latest.error();

    CaseExport data;
    data.caseFile = file.value();
    QList<qint64> exported;
    for (const CaseRead& read : linked.value()) {
        const auto decision = latest.value().constFind(read.readId);
        if (decision == latest.value().constEnd() ||
            decision->decision != Verification::Decision::Confirmed) {
            ++data.leftOut;
            continue;
        }
        auto record = m_station.reads().record(session, read.readId);
        if (!record)
            return record.error();
        data.items.append({record.value(), decision.value()});
        exported.append(read.readId);
    }
    if (data.items.isEmpty())
        return Error(ErrorCode::NotFound, ExportText::nothing(data.caseFile.number));

    data.createdUtc = m_station.clock().nowUtc();
    data.exportedBy = session.displayName;
    data.exportedByName = session.userName;
    data.digest = QString::fromLatin1(RetentionService::idDigest(exported));

    auto tx = Transaction::begin(m_station.database());
    if (!tx)
        return tx.error();
    AuditRecord record{AuditAction::caseExported(), AuditOutcome::Success};
    record.targetKind = QStringLiteral("case");
    record.target = data.caseFile.number;
    record.caseNumber = data.caseFile.number;
    record.details.insert(QStringLiteral("format"),
                          format == Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    record.details.insert(QStringLiteral("file"), destination);
    if (withFigures && format == Format::Pdf)
        record.details.insert(QStringLiteral("figures"),
                              QJsonArray({QStringLiteral("map"), QStringLiteral("timeline")}));
    record.details.insert(QStringLiteral("reads"), static_cast<qint64>(exported.size()));
    record.details.insert(QStringLiteral("left_out"), data.leftOut);
    record.details.insert(QStringLiteral("digest"), data.digest);
    auto added = m_station.auditLog().append(tx.value(), session.actor(), record);
    if (!added)
        return added.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    data.auditSeq = added.value().seq;
    return data;
}

QByteArray CaseExportService::csv(const CaseExport& data) {
    QStringList lines;
    lines << QStringLiteral("reference,case,read_id,plate,plate_as_read,state,time_utc,latitude,"
                            "longitude,device,confirmed_by,confirmed_utc,notice");
    const QString reference = QString::number(data.auditSeq);
    for (const CaseExport::Item& item : data.items) {
        const ReadRecord& r = item.read;
        const QStringList fields = {reference,
                                    data.caseFile.number,
                                    QString::number(r.id),
                                    r.plate,
                                    r.plateRaw,
                                    r.state,
                                    TimeFormat::toStorage(r.timeUtc),
                                    coordinate(r.latitude),
                                    coordinate(r.longitude),
                                    r.deviceName,
                                    item.confirmation.userDisplayName.isEmpty()
                                        ? item.confirmation.userName
                                        : item.confirmation.userDisplayName,
                                    TimeFormat::toStorage(item.confirmation.timeUtc),
                                    notice()};
        QStringList quoted;
        for (const QString& field : fields)
            quoted << csvField(field);
        lines << quoted.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace pl::core
