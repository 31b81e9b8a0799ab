#include "ui/audit/AuditEventModel.h"

#include "core/common/TimeFormat.h"

#include <QBrush>
#include <QColor>

namespace pl::ui {

AuditEventModel::AuditEventModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AuditEventModel::setEvents(const QList<core::AuditEvent>& events) {
    beginResetModel();
    m_events = events;
    endResetModel();
}

void AuditEventModel::appendEvents(const QList<core::AuditEvent>& older) {
    if (older.isEmpty())
        return;
    const int first = static_cast<int>(m_events.size());
    beginInsertRows({}, first, first + static_cast<int>(older.size()) - 1);
    m_events.append(older);
    endInsertRows();
}

qint64 AuditEventModel::oldestSeq() const {
    return m_events.isEmpty() ? 0 : m_events.last().seq;
}

int AuditEventModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AuditEventModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const {
    if (index.row() < 0 || index.row() >= m_events.size())
        return {};
    const core::AuditEvent& event = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Seq:
            return event.seq;
        case Time:
            return core::TimeFormat::toDisplay(event.timeUtc);
        case User:
            return event.onBehalfOf.isEmpty()
                       ? event.userName
                       : tr("%1 for %2").arg(event.userName, event.onBehalfOf);
        case Action:
            return event.action;
        case Outcome:
            return event.outcome;
        case Target:
            return event.target.isEmpty()
                       ? QString()
                       : QStringLiteral("%1: %2").arg(event.targetKind, event.target);
        case Case:
            return event.caseNumber;
        case Reason:
            return event.reason;
        case Details:
            return event.details == QStringLiteral("{}") ? QString() : event.details;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && event.outcome != QStringLiteral("success"))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && index.column() == Time)
        return core::TimeFormat::toStorage(event.timeUtc);
    if (role == Qt::ToolTipRole && index.column() == Details)
        return event.details;
    return {};
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("#");
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Outcome:
        return tr("Outcome");
    case Target:
        return tr("Target");
    case Case:
        return tr("Case");
    case Reason:
        return tr("Reason");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace pl::ui
