#pragma once

#include "core/audit/AuditBrowser.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableView;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class AuditEventDetail;
class AuditEventModel;
class AuditFilterBar;

// The audit browser: filters, the matching events newest first (fetched as
// the table scrolls) and the selected event in full beside them. Opening it
// and applying each filter are recorded by core.
class AuditBrowserView : public QWidget {
    Q_OBJECT
public:
    AuditBrowserView(core::Station& station, const core::Session& session,
                     QWidget* parent = nullptr);

    void applyFilter();
    void selectRow(int row);

    AuditFilterBar* filterBar() const { return m_filterBar; }
    AuditEventModel* model() const { return m_model; }
    AuditEventDetail* detail() const { return m_detail; }
    QString statusText() const;
    const std::optional<core::AuditQuery>& query() const { return m_query; }

private:
    void show(const core::Result<core::AuditQuery>& query);
    void onCurrentChanged();

    core::Station& m_station;
    const core::Session& m_session;
    AuditFilterBar* m_filterBar;
    AuditEventModel* m_model;
    QTableView* m_table;
    AuditEventDetail* m_detail;
    QLabel* m_status;
    std::optional<core::AuditQuery> m_query;
};

} // namespace pl::ui
