#pragma once

#include "core/audit/AuditReport.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace pl::ui {

// The audit report as a PDF for the record: period, figures, the charts the
// panel shows (rendered from chart views) and every table. Made on the GUI
// thread (the charts are widgets) and handed to core, which writes and
// audits it (AuditReportService::exportDocument).
class AuditReportDocument {
    Q_DECLARE_TR_FUNCTIONS(pl::ui::AuditReportDocument)

public:
    static core::Result<QByteArray> pdf(const core::AuditReport& report);
    // The document's text as HTML, the charts referenced as chart:// images.
    static QString html(const core::AuditReport& report);
    // The report's single figures, named for people, in the order shown.
    static QList<std::pair<QString, qint64>> figureRows(const core::AuditReport& report);
};

} // namespace pl::ui
