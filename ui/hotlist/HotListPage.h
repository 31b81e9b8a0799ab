#pragma once

#include "core/hotlist/HotListTypes.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class HotListEntryModel;

// Hot-list entries. Agents and investigators add and manage their own:
// change, review (the entry alerts for another review period), remove with a
// reason, see each entry's history and match it back against stored reads
// for a case. Supervisors see every entry of the station and its owner, read
// only. Removed entries stay as history, listed on request. Core checks every
// permission again and audits each change.
class HotListPage : public QWidget {
    Q_OBJECT
public:
    HotListPage(core::Station& station, const core::Session& session, QWidget* parent = nullptr);

    void refresh();
    bool selectEntry(qint64 id);
    const core::HotListEntry* selectedEntry() const;
    // The whole station's entries, read only (supervisors), or the user's own.
    bool isStationView() const { return m_stationView; }

    // Each opens its dialog; the dialog stays open on a refused input.
    void addEntry();
    // Opens the import dialog; the page shows the entries once a list is stored.
    void importList();
    void editSelected();
    void reviewSelected();
    void removeSelected();
    void showHistory();
    void searchStoredReads();

    HotListEntryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    // An entry was added, changed, reviewed or removed here.
    void entriesChanged();

protected:
    // Entries change from elsewhere (the login notice's reviews): show them as they are.
    void showEvent(QShowEvent* event) override;

private:
    void activated();
    void updateButtons();
    void showDetails();
    void showMessage(const QString& text, bool error = false);
    std::optional<int> reviewDays();

    core::Station& m_station;
    const core::Session& m_session;
    bool m_stationView;
    HotListEntryModel* m_model;
    QTableView* m_table;
    QCheckBox* m_showRemoved;
    QPushButton* m_add;
    QPushButton* m_import;
    QPushButton* m_edit;
    QPushButton* m_review;
    QPushButton* m_remove;
    QPushButton* m_history;
    QPushButton* m_search;
    QLabel* m_message;
    QLabel* m_details;
};

} // namespace pl::ui
