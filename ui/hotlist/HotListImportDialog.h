#pragma once

#include "core/hotlist/HotListImportTypes.h"
#include "ui/hotlist/HotListJobRunner.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

// Imports a hot list from a file: the person picks the file, sees the
// profile detected for it (and may choose another), the first records as the
// profile maps them and the list the import creates or replaces, names the
// list, the case and the reason, and imports with a progress bar and a
// cancel. Then the counts and every record that was not accepted clean.
//
// The import runs off the GUI thread (HotListJobRunner); closing the dialog
// while it runs cancels it, which stores nothing.
class HotListImportDialog : public QDialog {
    Q_OBJECT
public:
    HotListImportDialog(core::Station& station, const core::Session& session,
                        QWidget* parent = nullptr);

    // Chooses the file (as the file picker does) and previews it.
    void setFile(const QString& path);
    bool isImporting() const { return m_runner->isRunning(); }
    // The last import that finished, if any.
    const std::optional<core::HotListImportSummary>& summary() const { return m_summary; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // An import ended: stored, or failed, refused or cancelled (with the
    // message shown in the dialog).
    void importFinished(bool stored);

private:
    void browse();
    void refreshPreview();
    void startImport();
    void cancelImport();
    void onProgress(const core::HotListImportProgress& progress);
    void onFinished(const HotListJobRunner::SummaryResult& result);
    void showResult(const core::HotListImportSummary& summary);
    void showError(const QString& message);
    void setRunning(bool running);
    void loadProfiles();

    core::Station& m_station;
    const core::Session& m_session;
    HotListJobRunner* m_runner;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QComboBox* m_profile;
    QLabel* m_detected;
    QLineEdit* m_listName;
    QLabel* m_listState;
    QLineEdit* m_caseNumber;
    QLineEdit* m_reason;
    QLineEdit* m_defaultState;
    QTableWidget* m_preview;
    QProgressBar* m_progress;
    QLabel* m_error;
    QLabel* m_result;
    QTableWidget* m_issues;
    QPushButton* m_import;
    QPushButton* m_cancel;
    QPushButton* m_close;
    std::optional<core::HotListImportSummary> m_summary;
    bool m_closeWhenDone = false;
};

} // namespace pl::ui
