#pragma once

#include "core/import/ImportTypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>
#include <QStringList>

namespace pl::ui {

// The first rows of a file as the importer splits them. Column headers say
// which canonical field each column feeds ("Plate ← plate"); the vertical
// header gives the line in the file.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const core::ImportPreview& preview);
    void setMapping(const QList<QPair<QString, int>>& mapping);
    void clear();
    // The fields a column feeds, in mapping order.
    QStringList fieldsOfColumn(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<qint64> m_lines;
    QList<QStringList> m_fields; // per column
    int m_columns = 0;
};

} // namespace pl::ui
