#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pl::core {
class Station;
struct Session;
struct ImportRecord;
} // namespace pl::core

namespace pl::ui {

class ImportIssuesView;
class ImportRecordModel;

// Previous imports, newest first: file, time, user, device, status and
// counts. An incomplete one can be resumed or rolled back (the owner does
// that, after asking); the selected one shows the rows it did not store.
class ImportHistoryPanel : public QWidget {
    Q_OBJECT
public:
    ImportHistoryPanel(core::Station& station, const core::Session& session,
                       QWidget* parent = nullptr);

    void refresh();
    void selectImport(qint64 importId);
    void showIssues();
    void showMessage(const QString& text, bool isError);
    ImportRecordModel* model() const { return m_model; }
    ImportIssuesView* issues() const { return m_issues; }

Q_SIGNALS:
    void resumeRequested(qint64 importId);
    void rollbackRequested(qint64 importId);

private:
    const core::ImportRecord* selected() const;
    void updateButtons();

    core::Station& m_station;
    const core::Session& m_session;
    ImportRecordModel* m_model;
    QTableView* m_table;
    QPushButton* m_resume;
    QPushButton* m_rollback;
    QLabel* m_message;
    QLabel* m_issuesHeading;
    ImportIssuesView* m_issues;
};

} // namespace pl::ui
