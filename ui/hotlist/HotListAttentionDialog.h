#pragma once

#include "core/hotlist/HotListTypes.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

// At login: the user's own entries that need them. An entry past its review
// date no longer alerts until it is reviewed (which can be done here); an
// entry held for a closed case is flagged, to be removed or moved to an open
// case on the hot-list page.
class HotListAttentionDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Plate, Case, ReviewBy, Problem, ColumnCount };

    HotListAttentionDialog(core::Station& station, const core::Session& session,
                           const QList<core::HotListEntry>& entries, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // Asks for an optional note, then reviews the selected overdue entries.
    void reviewSelected();
    // Reviews the selected overdue entries with this note; false if any was refused.
    bool review(const QString& note);

Q_SIGNALS:
    void entriesReviewed();
    void hotListRequested();

private:
    QList<int> selectedReviewable() const;
    void updateButtons();

    core::Station& m_station;
    const core::Session& m_session;
    QList<core::HotListEntry> m_entries;
    QList<bool> m_reviewed;
    QTableWidget* m_table;
    QLabel* m_message;
    QPushButton* m_review;
};

} // namespace pl::ui
