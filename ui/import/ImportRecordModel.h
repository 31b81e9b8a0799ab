#pragma once

#include "core/import/ImportTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace pl::ui {

// Imports as recorded in the store, newest first, for the history list.
class ImportRecordModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        File,
        Started,
        User,
        Device,
        Status,
        RowsRead,
        Stored,
        Flagged,
        Duplicates,
        Rejected,
        Skipped,
        ColumnCount
    };

    explicit ImportRecordModel(QObject* parent = nullptr);

    void setRecords(const QList<core::ImportRecord>& records);
    const core::ImportRecord* recordAt(int row) const;
    int rowOfImport(qint64 importId) const;

    // "complete", "cancelled", "interrupted", ... for people.
    static QString statusText(const core::ImportRecord& record);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<core::ImportRecord> m_records;
};

} // namespace pl::ui
