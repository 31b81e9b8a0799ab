#pragma once

#include "core/import/ImportTypes.h"
#include "ui/import/ImportJobRunner.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace pl::core {
class ImportJob;
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class ImportSummaryView;

// One import as it runs and once it has ended: progress with live counts and
// a Cancel that works at any moment, then the summary. A cancelled or failed
// import says so and offers Resume and Roll back, which the owner carries out.
class ImportRunPanel : public QWidget {
    Q_OBJECT
public:
    ImportRunPanel(core::Station& station, const core::Session& session, QWidget* parent = nullptr);

    // Starts the job; false when one is running already.
    bool run(core::ImportJob job, const QString& fileName);
    void cancel();
    bool isRunning() const { return m_runner->isRunning(); }
    qint64 importId() const { return m_importId; }
    // The import shown here was rolled back (by this panel's button or elsewhere).
    void showRolledBack(qint64 importId, qint64 readsRemoved);
    ImportSummaryView* summary() const { return m_summary; }

Q_SIGNALS:
    void importFinished(qint64 importId);
    void resumeRequested(qint64 importId);
    void rollbackRequested(qint64 importId);
    void newImportRequested();

private:
    void onProgress(const core::ImportProgress& progress);
    void onFinished(const ImportJobRunner::SummaryResult& result);
    void showRecordState(const core::ImportRecord& record);
    void setState(const QString& text, const QString& color);
    void setIncomplete(bool incomplete);
    void showSummary(bool visible);

    core::Station& m_station;
    const core::Session& m_session;
    ImportJobRunner* m_runner;
    QLabel* m_title;
    QProgressBar* m_progress;
    QLabel* m_live;
    QPushButton* m_cancel;
    QLabel* m_state;
    QPushButton* m_resume;
    QPushButton* m_rollback;
    QPushButton* m_newImport;
    ImportSummaryView* m_summary;
    QVBoxLayout* m_layout = nullptr;
    qint64 m_importId = 0;
    QString m_fileName;
};

} // namespace pl::ui
