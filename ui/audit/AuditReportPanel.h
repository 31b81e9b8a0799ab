#pragma once

#include "core/audit/AuditReport.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

// The audit report of a period for supervisors and administrators: the
// period (last quarter by default, this month, or chosen days; days are
// calendar days in UTC), the figures, bar charts of searches per user and
// per reason category and of plates read often per month, their tables,
// and exports to CSV and PDF. Nothing is read until asked for, because
// core records each look at the figures and each file written.
class AuditReportPanel : public QWidget {
    Q_OBJECT
public:
    enum class Choice { LastQuarter, ThisQuarter, LastMonth, ThisMonth, Custom };

    AuditReportPanel(core::Station& station, const core::Session& session,
                     QWidget* parent = nullptr);

    void setChoice(Choice choice);
    // Chooses Custom with these days (both included).
    void setCustomDays(const QDate& first, const QDate& last);
    core::AuditReport::Period period() const;

    // Reads the chosen period's report (audited) and shows it; false with
    // the message shown when core refuses.
    bool showReport();
    // Ask for a file, then export to it.
    void chooseCsvFile();
    void choosePdfFile();
    // Write the chosen period's report (audited with the file's SHA-256);
    // false with the message shown when it fails.
    bool exportCsvTo(const QString& path);
    bool exportPdfTo(const QString& path);

    const std::optional<core::AuditReport>& report() const { return m_report; }

Q_SIGNALS:
    void reportShown();
    void reportExported(const QString& path);

private:
    void choiceChanged();
    void present(const core::AuditReport& report);
    void clearReport();
    void showMessage(const QString& text, bool isError);
    void chooseFile(const QString& title, const QString& filter, const QString& suffix,
                    void (AuditReportPanel::*exportTo)(const QString&));
    void exportCsvSlot(const QString& path) { exportCsvTo(path); }
    void exportPdfSlot(const QString& path) { exportPdfTo(path); }

    core::Station& m_station;
    const core::Session& m_session;
    std::optional<core::AuditReport> m_report;

    QComboBox* m_choice;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_show;
    QPushButton* m_exportCsv;
    QPushButton* m_exportPdf;
    QLabel* m_period;
    QTableWidget* m_figures;
    QTableWidget* m_users;
    QTableWidget* m_categories;
    QTableWidget* m_owners;
    QTableWidget* m_training;
    QTableWidget* m_plates;
    QChartView* m_userChart;
    QChartView* m_categoryChart;
    QChartView* m_plateChart;
    QLabel* m_message;
};

} // namespace pl::ui
