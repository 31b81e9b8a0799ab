#pragma once

#include "core/hotlist/HotListTypes.h"

#include <QDialog>
#include <QList>

class QTableWidget;

namespace pl::ui {

// The changes to one hot-list entry, oldest first: when, who, what was done,
// why (a removal's reason, a review's note) and which values changed.
class HotListHistoryDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Time, User, Change, Reason, Details, ColumnCount };

    HotListHistoryDialog(const core::HotListEntry& entry, const QList<core::HotListChange>& changes,
                         QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

    // Translated, for people: "added", "edited"... as a word.
    static QString changeLabel(const QString& change);
    // The change's JSON details as lines of "field: old → new" or "field: value".
    static QString describeDetails(const QString& json);

private:
    QTableWidget* m_table;
};

} // namespace pl::ui
