#pragma once

#include "core/audit/AuditBrowser.h"
#include "core/audit/AuditFlagService.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
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
// the table scrolls) and the selected event in full beside them, with its
// anomaly flags. Opening it and applying each filter are recorded by core.
// On opening, the anomaly flags are brought up to date off the GUI thread
// (the job has its own connection); the rows are re-read when it finishes.
class AuditBrowserView : public QWidget {
    Q_OBJECT
public:
    AuditBrowserView(core::Station& station, const core::Session& session,
                     QWidget* parent = nullptr);
    ~AuditBrowserView() override;

    void updateFlags();
    void cancelFlagUpdate();
    bool isUpdatingFlags() const { return m_flagWatcher.isRunning(); }
    QString flagStatusText() const;
    void markReviewed(qint64 seq, const QString& note);

    void applyFilter();
    void selectRow(int row);

    AuditFilterBar* filterBar() const { return m_filterBar; }
    AuditEventModel* model() const { return m_model; }
    AuditEventDetail* detail() const { return m_detail; }
    QString statusText() const;
    const std::optional<core::AuditQuery>& query() const { return m_query; }

Q_SIGNALS:
    void flagsUpdated(bool ok);

private:
    using FlagResult = std::shared_ptr<core::Result<core::AuditFlagUpdate>>;
    void show(const core::Result<core::AuditQuery>& query);
    void reload();
    void onCurrentChanged();
    void onFlagsUpdated();

    core::Station& m_station;
    const core::Session& m_session;
    AuditFilterBar* m_filterBar;
    AuditEventModel* m_model;
    QTableView* m_table;
    AuditEventDetail* m_detail;
    QLabel* m_status;
    QLabel* m_flagStatus;
    QProgressBar* m_flagProgress;
    std::optional<core::AuditQuery> m_query;
    QFutureWatcher<FlagResult> m_flagWatcher;
    std::shared_ptr<std::atomic<bool>> m_flagCancelled;
};

} // namespace pl::ui
