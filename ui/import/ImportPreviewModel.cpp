#include "ui/import/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace pl::ui {

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const core::ImportPreview& preview) {
    beginResetModel();
    m_header = preview.header;
    m_rows = preview.rows;
    m_lines = preview.rowLines;
    m_columns = static_cast<int>(m_header.size());
    for (const QStringList& row : std::as_const(m_rows))
        m_columns = std::max(m_columns, static_cast<int>(row.size()));
    endResetModel();
    setMapping(preview.mapping);
}

void ImportPreviewModel::setMapping(const QList<QPair<QString, int>>& mapping) {
    m_fields = QList<QStringList>(m_columns);
    for (const auto& [field, column] : mapping) {
        if (column >= 0 && column < m_columns)
            m_fields[column].append(field);
    }
    if (m_columns > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    if (!m_rows.isEmpty() && m_columns > 0)
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, m_columns - 1));
}

void ImportPreviewModel::clear() {
    beginResetModel();
    m_header.clear();
    m_rows.clear();
    m_lines.clear();
    m_fields.clear();
    m_columns = 0;
    endResetModel();
}

QStringList ImportPreviewModel::fieldsOfColumn(int column) const {
    return column >= 0 && column < m_fields.size() ? m_fields.at(column) : QStringList();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QStringList& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() < row.size() ? row.at(index.column()) : QString();
    // Mapped columns stand out; the others are ignored by the import.
    if (role == Qt::BackgroundRole && !fieldsOfColumn(index.column()).isEmpty())
        return QBrush(QColor(0xe8, 0xf5, 0xe9));
    if (role == Qt::ForegroundRole && fieldsOfColumn(index.column()).isEmpty())
        return QBrush(QColor(0x75, 0x75, 0x75));
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_lines.size())
            return m_lines.at(section);
        if (role == Qt::ToolTipRole)
            return tr("Line in the file");
        return {};
    }
    if (section < 0 || section >= m_columns)
        return {};
    const QString name =
        section < m_header.size() ? m_header.at(section) : tr("Column %1").arg(section + 1);
    const QStringList fields = fieldsOfColumn(section);
    if (role == Qt::DisplayRole)
        return fields.isEmpty() ? name : tr("%1 ← %2").arg(name, fields.join(QStringLiteral(", ")));
    if (role == Qt::ToolTipRole) {
        return fields.isEmpty()
                   ? tr("Column \"%1\" is not imported.").arg(name)
                   : tr("Column \"%1\" feeds %2.").arg(name, fields.join(QStringLiteral(", ")));
    }
    if (role == Qt::FontRole && !fields.isEmpty()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

} // namespace pl::ui
