#pragma once

#include "core/audit/AuditReport.h"

class QChart;

namespace pl::ui {

// The bar charts of an audit report, for the panel and for the PDF. Each
// returns a new chart the caller owns (a QChartView takes it over).
class AuditReportCharts {
public:
    // Searches run and refused, per user.
    static QChart* searchesByUser(const core::AuditReport& report);
    // Searches run, per reason category.
    static QChart* searchesByCategory(const core::AuditReport& report);
    // Per month: plates read 4 and 7 times or more (the reads themselves
    // are in the report's table; on one axis they would flatten these).
    static QChart* platesPerMonth(const core::AuditReport& report);
};

} // namespace pl::ui
