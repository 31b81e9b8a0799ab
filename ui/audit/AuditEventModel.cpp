#include "ui/audit/AuditEventModel.h"

#include "core/common/TimeFormat.h"

#include <QBrush>
#include <QColor>

namespace pl::ui {

AuditEventModel::AuditEventModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AuditEventModel::setSource(Source source) {
    beginResetModel();
    m_source = std::move(source);
    m_rows.clear();
    m_more = false;
    if (m_source) {
        auto first = m_source(0);
        if (first) {
            m_rows = first.value().rows;
            m_more = first.value().more;
        }
        endResetModel();
        if (!first)
            Q_EMIT loadFailed(first.error().message());
        return;
    }
    endResetModel();
}

void AuditEventModel::clear() {
    setSource({});
}

const core::AuditEventRow* AuditEventModel::row(int index) const {
    if (index < 0 || index >= m_rows.size())
        return nullptr;
    return &m_rows.at(index);
}

int AuditEventModel::indexOfSeq(qint64 seq) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).event.seq == seq)
            return i;
    }
    return -1;
}

void AuditEventModel::setFlagReviewed(qint64 seq) {
    const int at = indexOfSeq(seq);
    if (at < 0)
        return;
    m_rows[at].flagReviewed = true;
    Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

bool AuditEventModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_more && m_source;
}

void AuditEventModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    auto older = m_source(m_rows.isEmpty() ? 0 : m_rows.last().event.seq);
    if (!older) {
        m_more = false;
        Q_EMIT loadFailed(older.error().message());
        return;
    }
    m_more = older.value().more;
    const QList<core::AuditEventRow>& rows = older.value().rows;
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

int AuditEventModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditEventModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const {
    const core::AuditEventRow* found = row(index.row());
    if (!found)
        return {};
    const core::AuditEventRow& r = *found;
    const core::AuditEvent& event = r.event;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Seq:
            return event.seq;
        case Time:
            return core::TimeFormat::toDisplay(event.timeUtc);
        case User:
            return event.userName;
        case OnBehalfOf:
            return event.onBehalfOf;
        case Action:
            return event.action;
        case Plate:
            return r.plate;
        case Case:
            return event.caseNumber;
        case Reason:
            return event.reason;
        case Reads:
            return r.readCount ? QVariant(*r.readCount) : QVariant();
        case Outcome:
            return event.outcome;
        case Flag:
            if (!r.flagged)
                return {};
            return r.flagReviewed ? tr("reviewed") : tr("flagged");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Flag && r.flagged && !r.flagReviewed)
            return QBrush(QColor(0xb0, 0x5a, 0x00));
        if (event.outcome != QLatin1String("success"))
            return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    if (role == Qt::ToolTipRole && index.column() == Time)
        return tr("%1 UTC").arg(core::TimeFormat::toStorage(event.timeUtc));
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return event.reason;
    if (role == Qt::TextAlignmentRole && (index.column() == Seq || index.column() == Reads))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("#");
    case Time:
        return tr("Time (local)");
    case User:
        return tr("User");
    case OnBehalfOf:
        return tr("On behalf of");
    case Action:
        return tr("Action");
    case Plate:
        return tr("Plate");
    case Case:
        return tr("Case");
    case Reason:
        return tr("Reason");
    case Reads:
        return tr("Reads");
    case Outcome:
        return tr("Outcome");
    case Flag:
        return tr("Flag");
    default:
        return {};
    }
}

} // namespace pl::ui
