#include "ui/import/ImportIssueModel.h"

#include <QBrush>
#include <QColor>

namespace pl::ui {

ImportIssueModel::ImportIssueModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ImportIssueModel::setIssues(const QList<core::ImportRowIssue>& issues) {
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

QString ImportIssueModel::kindLabel(core::ImportRowIssue::Kind kind) {
    switch (kind) {
    case core::ImportRowIssue::Kind::Rejected:
        return tr("rejected");
    case core::ImportRowIssue::Kind::Duplicate:
        return tr("duplicate");
    case core::ImportRowIssue::Kind::Skipped:
        return tr("skipped");
    case core::ImportRowIssue::Kind::Flagged:
        return tr("stored, flagged");
    }
    return {};
}

int ImportIssueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_issues.size())
        return {};
    const core::ImportRowIssue& issue = m_issues.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Line:
            return issue.lastLine > issue.line ? tr("%1–%2").arg(issue.line).arg(issue.lastLine)
                                               : QString::number(issue.line);
        case Outcome:
            return kindLabel(issue.kind);
        case Reason:
            return issue.message.isEmpty() ? issue.code : issue.message;
        case Content:
            return issue.raw;
        default:
            return {};
        }
    }
    if (role == Qt::UserRole && index.column() == Line)
        return issue.line;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Reason)
            return issue.code;
        if (index.column() == Content)
            return issue.raw;
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome &&
        issue.kind == core::ImportRowIssue::Kind::Rejected)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Outcome:
        return tr("Outcome");
    case Reason:
        return tr("Reason");
    case Content:
        return tr("Row as in the file");
    default:
        return {};
    }
}

} // namespace pl::ui
