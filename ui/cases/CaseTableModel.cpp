#include "ui/cases/CaseTableModel.h"

#include "core/common/TimeFormat.h"

#include <QBrush>
#include <QColor>

namespace pl::ui {

CaseTableModel::CaseTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CaseTableModel::setCases(const QList<core::CaseFile>& cases) {
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

void CaseTableModel::setOffenseLabels(const QHash<QString, QString>& labels) {
    m_offenseLabels = labels;
    if (!m_cases.isEmpty())
        Q_EMIT dataChanged(index(0, Offense), index(rowCount() - 1, Offense));
}

const core::CaseFile* CaseTableModel::caseAt(int row) const {
    return row >= 0 && row < m_cases.size() ? &m_cases.at(row) : nullptr;
}

int CaseTableModel::rowOfNumber(const QString& number) const {
    for (int row = 0; row < m_cases.size(); ++row) {
        if (m_cases.at(row).number == number)
            return row;
    }
    return -1;
}

int CaseTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int CaseTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::data(const QModelIndex& index, int role) const {
    const core::CaseFile* file = caseAt(index.row());
    if (!file)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return file->number;
        case Title:
            return file->title;
        case Kind:
            return core::CaseFile::kindLabel(file->kind);
        case Offense:
            return m_offenseLabels.value(file->offense, file->offense);
        case Lead:
            return file->leadUserName;
        case Opened:
            return core::TimeFormat::toDisplay(file->openedUtc);
        case Closed:
            return file->isOpen() ? QString() : core::TimeFormat::toDisplay(file->closedUtc);
        case LinkedReads:
            return file->linkedReads;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Opened)
            return tr("Opened by %1").arg(file->openedByName);
        if (index.column() == Closed && !file->isOpen())
            return tr("Closed by %1").arg(file->closedByName);
    }
    if (role == Qt::ForegroundRole && !file->isOpen())
        return QBrush(QColor(0x70, 0x70, 0x70));
    if (role == Qt::TextAlignmentRole && index.column() == LinkedReads)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Case");
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case Offense:
        return tr("Offense");
    case Lead:
        return tr("Lead");
    case Opened:
        return tr("Opened");
    case Closed:
        return tr("Closed");
    case LinkedReads:
        return tr("Linked reads");
    default:
        return {};
    }
}

} // namespace pl::ui
