#pragma once

#include "core/hotlist/HotListTypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace pl::ui {

// Hot-list entries as the hot-list page lists them, newest first, each with
// whether it alerts now and, when it does not, why.
class HotListEntryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The status (and, for supervisors, the owner) come next to the plate,
    // where they are seen without scrolling.
    enum Column {
        Plate,
        Status,
        Owner,
        State,
        Category,
        Reason,
        Case,
        List,
        Added,
        ReviewBy,
        Expires,
        PossibleMatches,
        ColumnCount
    };

    // What an entry does now, most telling first.
    enum class EntryStatus { Alerting, ReviewOverdue, CaseClosed, Expired, Inactive, Removed };

    explicit HotListEntryModel(QObject* parent = nullptr);

    // nowUtc: the station clock's time, which the statuses are judged at.
    void setEntries(const QList<core::HotListEntry>& entries, const QDateTime& nowUtc);
    const core::HotListEntry* entryAt(int row) const;
    int rowOfId(qint64 id) const;

    static EntryStatus statusOf(const core::HotListEntry& entry, const QDateTime& nowUtc);
    static QString statusLabel(EntryStatus status);
    // Why the entry has this status, for a tool tip or a details line.
    static QString statusExplanation(const core::HotListEntry& entry, const QDateTime& nowUtc);
    // The plate as listed: normalised, the form typed when it differs, and a
    // wildcard entry marked as such.
    static QString plateText(const core::HotListEntry& entry);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<core::HotListEntry> m_entries;
    QDateTime m_nowUtc;
};

} // namespace pl::ui
