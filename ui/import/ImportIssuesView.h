#pragma once

#include "core/import/ImportTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class ImportIssueModel;

// The rejected and duplicate rows of one import in a table, with a button
// that writes them to CSV for a person to fix and import again.
class ImportIssuesView : public QWidget {
    Q_OBJECT
public:
    ImportIssuesView(core::Station& station, const core::Session& session,
                     QWidget* parent = nullptr);

    // suggestedName: the imported file's name, for the export's default name;
    // total: how many such rows the import has in the store (-1: just these).
    void setIssues(qint64 importId, const QString& suggestedName,
                   const QList<core::ImportRowIssue>& issues, qint64 total = -1);
    void clear();
    ImportIssueModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    void exportIssues();
    void exportTo(const QString& csvPath);

private:
    void showMessage(const QString& text, bool isError);
    void showTable(bool visible);

    core::Station& m_station;
    const core::Session& m_session;
    ImportIssueModel* m_model;
    QTableView* m_table;
    QPushButton* m_export;
    QLabel* m_message;
    QVBoxLayout* m_layout;
    qint64 m_importId = 0;
    QString m_suggestedName;
};

} // namespace pl::ui
