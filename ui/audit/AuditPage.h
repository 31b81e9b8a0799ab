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
class QTableView;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class AuditEventModel;

// The audit trail for supervisors and administrators: verify the hash chain
// (off the GUI thread, with progress and Cancel) and read the latest events.
// Both are themselves audited by core.
class AuditPage : public QWidget {
    Q_OBJECT
public:
    AuditPage(core::Station& station, const core::Session& session, QWidget* parent = nullptr);
    ~AuditPage() override;

    void verify();
    void cancelVerification();
    void loadLatest();
    void loadOlder();
    AuditEventModel* model() const { return m_model; }
    bool isVerifying() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void verificationFinished(bool intact);

private:
    using VerifyResult = std::shared_ptr<core::Result<core::AuditVerification>>;
    void onVerified();
    void showResult(const QString& text, bool good);

    core::Station& m_station;
    const core::Session& m_session;
    AuditEventModel* m_model;
    QTableView* m_table;
    QPushButton* m_verify;
    QPushButton* m_cancel;
    QPushButton* m_older;
    QProgressBar* m_progress;
    QLabel* m_result;
    QFutureWatcher<VerifyResult> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace pl::ui
