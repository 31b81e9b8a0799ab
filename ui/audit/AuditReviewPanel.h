#pragma once

#include "core/audit/AuditReview.h"
#include "core/common/Result.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

// Signed periodic reviews of the audit trail for supervisors: the reviews so
// far, the quarters no signed review covers yet, starting a review, working
// through its events (flagged ones and a sample of the others) with a note
// each, signing it, and checking later that nothing it covers changed.
// Signing and checking verify the chain, off the GUI thread with progress
// and Cancel. Every step is checked and audited by core.
class AuditReviewPanel : public QWidget {
    Q_OBJECT
public:
    AuditReviewPanel(core::Station& station, const core::Session& session,
                     QWidget* parent = nullptr);
    ~AuditReviewPanel() override;

    // Reads the reviews and the unreviewed quarters again.
    void refresh();
    // Asks for a period (the last full quarter by default), then startReview().
    void chooseAndStartReview();
    bool startReview(const QDateTime& periodStartUtc, const QDateTime& periodEndUtc);
    // Shows a review's events (reading them is audited).
    bool openReview(qint64 reviewId);
    // Marks one event of the open review checked with the note.
    bool markChecked(qint64 seq, const QString& note);
    // The same for the selected event and the note typed in.
    void markSelectedChecked();
    // Asks for the signing note, then sign().
    void chooseNoteAndSign();
    // Signs the open review off the GUI thread; signingFinished() tells.
    void sign(const QString& note);
    // Checks the open (signed) review off the GUI thread; integrityChecked() tells.
    void checkIntegrity();
    void cancel();

    bool isBusy() const { return m_signWatcher.isRunning() || m_checkWatcher.isRunning(); }
    qint64 currentReviewId() const { return m_reviewId; }
    const QList<core::AuditReview>& reviews() const { return m_reviews; }
    const QList<core::AuditPeriod>& unreviewedPeriods() const { return m_unreviewed; }
    const QList<core::AuditReviewItem>& items() const { return m_items; }

Q_SIGNALS:
    void reviewStarted(qint64 reviewId);
    void signingFinished(bool ok);
    void integrityChecked(bool unchanged);

private:
    using SignResult = std::shared_ptr<core::Result<core::AuditReview>>;
    using CheckResult = std::shared_ptr<core::Result<core::AuditReviewCheck>>;

    void showReviews();
    void showUnreviewed();
    void showItems();
    void showItemRow(int row);
    void showSelectedEvent();
    void onReviewSelected();
    void showStarted(const core::AuditReview& review);
    void onSigned();
    void onChecked();
    void beginWork(const QString& text);
    void endWork();
    void updateButtons();
    const core::AuditReview* currentReview() const;
    void showMessage(const QString& text, bool isError);
    // A progress callback for another thread that reports to m_progress.
    std::function<bool(qint64, qint64)> progressReporter();

    core::Station& m_station;
    const core::Session& m_session;
    QList<core::AuditReview> m_reviews;
    QList<core::AuditPeriod> m_unreviewed;
    QList<core::AuditReviewItem> m_items;
    qint64 m_reviewId = 0;

    QLabel* m_unreviewedLabel;
    QListWidget* m_unreviewedList;
    QPushButton* m_start;
    QTableWidget* m_reviewTable;
    QLabel* m_itemsLabel;
    QTableWidget* m_itemTable;
    QPlainTextEdit* m_eventDetails;
    QLineEdit* m_note;
    QPushButton* m_markChecked;
    QPushButton* m_sign;
    QPushButton* m_integrity;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_message;
    QFutureWatcher<SignResult> m_signWatcher;
    QFutureWatcher<CheckResult> m_checkWatcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace pl::ui
