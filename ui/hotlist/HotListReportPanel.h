#pragma once

#include "core/hotlist/HotListReport.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

// The monthly hot-list report for supervisors: a month (calendar month in
// UTC), the station's figures for it, a table per list (entries added by
// hand form a row of their own) and one of the entries that raised alerts,
// and an export to CSV. Nothing is read until the supervisor asks for a
// month, because core records each look at the figures in the audit trail.
class HotListReportPanel : public QWidget {
    Q_OBJECT
public:
    HotListReportPanel(core::Station& station, const core::Session& session,
                       QWidget* parent = nullptr);

    QDate month() const;
    void setMonth(const QDate& month);
    // Reads the chosen month's report (audited) and shows it; false with
    // the message shown when core refuses.
    bool showReport();
    // Asks for a file, then exportTo() it.
    void chooseExportFile();
    // Writes the chosen month's report as CSV (audited); false with the
    // message shown when it fails.
    bool exportTo(const QString& path);

    const std::optional<core::HotListReport>& report() const { return m_report; }

Q_SIGNALS:
    void reportShown();
    void reportExported(const QString& path);

private:
    void present(const core::HotListReport& report);
    void clearReport();
    void showMessage(const QString& text, bool isError);

    core::Station& m_station;
    const core::Session& m_session;
    std::optional<core::HotListReport> m_report;

    QDateEdit* m_month;
    QPushButton* m_show;
    QPushButton* m_export;
    QLabel* m_period;
    QLabel* m_entries;
    QLabel* m_added;
    QLabel* m_reviewed;
    QLabel* m_removed;
    QLabel* m_overdue;
    QLabel* m_hits;
    QLabel* m_possible;
    QTableWidget* m_lists;
    QTableWidget* m_entryTable;
    QLabel* m_message;
};

} // namespace pl::ui
