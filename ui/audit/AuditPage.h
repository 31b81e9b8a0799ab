#pragma once

#include "core/audit/AuditLog.h"
#include "core/common/Result.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class AuditBrowserView;
class AuditReportPanel;
class AuditReviewPanel;

// The audit trail for supervisors and administrators: the chain's status,
// re-checked on demand (off the GUI thread, with progress and Cancel), and
// the browser of events. Both are themselves audited by core.
class AuditPage : public QWidget {
    Q_OBJECT
public:
    AuditPage(core::Station& station, const core::Session& session, QWidget* parent = nullptr);
    ~AuditPage() override;

    void verify();
    void cancelVerification();
    bool isVerifying() const { return m_watcher.isRunning(); }
    QString chainStatus() const;
    AuditBrowserView* browser() const { return m_browser; }
    AuditReportPanel* reports() const { return m_reports; }
    AuditReviewPanel* reviews() const { return m_reviews; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    void verificationFinished(bool intact);

private:
    using VerifyResult = std::shared_ptr<core::Result<core::AuditVerification>>;
    void onVerified();
    void showLastVerification();
    void showStatus(const QString& text, bool good);

    core::Station& m_station;
    const core::Session& m_session;
    QLabel* m_status;
    QPushButton* m_verify;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QTabWidget* m_tabs;
    AuditBrowserView* m_browser;
    AuditReportPanel* m_reports = nullptr;
    AuditReviewPanel* m_reviews = nullptr;
    QFutureWatcher<VerifyResult> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace pl::ui
