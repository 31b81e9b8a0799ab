#pragma once

#include "core/hotlist/HotListTypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class SearchResultModel;

// Matches one of the owner's hot-list entries back against the reads already
// stored. That is a search like any other: it names an open case and a
// reason, reaches back only as far as the case's window, and core audits it.
// The reads found open for verification as on the search page.
class HotListSearchDialog : public QDialog {
    Q_OBJECT
public:
    HotListSearchDialog(core::Station& station, const core::Session& session,
                        const core::HotListEntry& entry, QWidget* parent = nullptr);

    // Runs the search as the form says; false (with core's message shown,
    // the form kept) when it was refused.
    bool search();
    void openSelected();
    SearchResultModel* model() const { return m_model; }
    QString caseNumber() const;

private:
    void showWindow();
    void showMessage(const QString& text, bool error);

    core::Station& m_station;
    const core::Session& m_session;
    core::HotListEntry m_entry;
    QComboBox* m_case;
    QLineEdit* m_reason;
    QLabel* m_window;
    QPushButton* m_search;
    QLabel* m_message;
    SearchResultModel* m_model;
    QTableView* m_table;
    QPushButton* m_open;
};

} // namespace pl::ui
