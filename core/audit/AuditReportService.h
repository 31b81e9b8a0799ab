#pragma once

#include "core/accounts/Session.h"
#include "core/audit/AuditReport.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace pl::core {

class Database;
class Station;

// Period reports of the audit trail for supervisors and administrators
// (ViewAudit). Each look at the figures is recorded (audit.report_viewed) in
// the transaction that reads them; each file written is recorded
// (audit.report_exported) with its path and SHA-256, and the file is
// removed again if that record cannot be committed, so nothing leaves the
// station unrecorded.
class AuditReportService {
public:
    struct Export {
        AuditReport report; // the figures written
        QString path;       // absolute
        QByteArray sha256;  // hex, of the bytes written
        qint64 bytes = 0;
    };
    // Turns the report into a document's bytes (a PDF made by the UI); an
    // error stops the export with nothing written or recorded.
    using Renderer = std::function<Result<QByteArray>(const AuditReport&)>;

    explicit AuditReportService(Station& station);

    // The report for [fromUtc, toUtc): both at midnight UTC (see
    // AuditReport::Period). A period that has not begun is refused; one that
    // runs is reported up to now.
    Result<AuditReport> report(const Session& session, const QDateTime& fromUtc,
                               const QDateTime& toUtc);
    // Writes the report as CSV to path.
    Result<Export> exportCsv(const Session& session, const QDateTime& fromUtc,
                             const QDateTime& toUtc, const QString& path);
    // Writes the document render makes of the report to path.
    Result<Export> exportDocument(const Session& session, const QDateTime& fromUtc,
                                  const QDateTime& toUtc, const QString& path,
                                  const QString& format, const Renderer& render);

private:
    Result<AuditReport> build(Database& db, const Session& session, const QDateTime& fromUtc,
                              const QDateTime& toUtc);

    Station& m_station;
};

} // namespace pl::core
