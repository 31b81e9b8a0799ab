#include "ui/alerts/AlertTableModel.h"

#include "core/common/TimeFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace pl::ui {

AlertTableModel::AlertTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AlertTableModel::setAlerts(const QList<core::HotListAlert>& alerts) {
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

const core::HotListAlert* AlertTableModel::alertAt(int row) const {
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

int AlertTableModel::rowOfId(qint64 id) const {
    for (int row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts.at(row).id == id)
            return row;
    }
    return -1;
}

QString AlertTableModel::kindLabel(core::HotListAlert::Kind kind) {
    return kind == core::HotListAlert::Kind::Hit ? tr("Hit") : tr("Possible match");
}

QString AlertTableModel::kindExplanation(const core::HotListAlert& alert) {
    if (alert.kind == core::HotListAlert::Kind::Hit)
        return tr("The plate as read is the plate of your entry %1.").arg(alert.entryPlate);
    return tr("Possible match only, not a hit: the plate as read, %1, differs from your entry "
              "%2 by one look-alike character. It may well be another vehicle.")
        .arg(alert.readPlate, alert.entryPlate);
}

QString AlertTableModel::statusLabel(const core::HotListAlert& alert) {
    if (alert.isAcknowledged())
        return tr("Acknowledged %1").arg(core::TimeFormat::toDisplay(alert.acknowledgedUtc));
    if (!alert.shownUtc.isValid())
        return tr("New");
    return tr("Not acknowledged");
}

int AlertTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

int AlertTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex& index, int role) const {
    const core::HotListAlert* alert = alertAt(index.row());
    if (!alert)
        return {};
    const bool hit = alert->kind == core::HotListAlert::Kind::Hit;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Kind:
            return kindLabel(alert->kind);
        case ReadPlate:
            return alert->readState.isEmpty()
                       ? alert->readPlate
                       : tr("%1 (%2)").arg(alert->readPlate, alert->readState);
        case EntryPlate:
            return alert->entryState.isEmpty()
                       ? alert->entryPlate
                       : tr("%1 (%2)").arg(alert->entryPlate, alert->entryState);
        case ReadTime:
            return core::TimeFormat::toDisplay(alert->readTimeUtc);
        case Device:
            return alert->deviceName;
        case Category:
            return core::HotListCategory::label(alert->category);
        case Case:
            return alert->caseNumber;
        case List:
            return alert->listName;
        case Status:
            return alert->readId ? statusLabel(*alert)
                                 : tr("%1 · read purged").arg(statusLabel(*alert));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Kind || index.column() == ReadPlate)
            return kindExplanation(*alert);
        if (index.column() == Status && !alert->acknowledgedNote.isEmpty())
            return tr("Note: %1").arg(alert->acknowledgedNote);
        if (index.column() == Status && !alert->readId)
            return tr("The read was purged under the retention policy; only the alert's record "
                      "of it remains.");
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (alert->isAcknowledged())
            return QBrush(QColor(0x70, 0x70, 0x70));
        if (index.column() == Kind || index.column() == ReadPlate)
            return hit ? QBrush(QColor(0xb0, 0x00, 0x20)) : QBrush(QColor(0x1f, 0x4e, 0x8c));
    }
    if (role == Qt::BackgroundRole && index.column() == Kind && !alert->isAcknowledged())
        return hit ? QBrush(QColor(0xfd, 0xe7, 0xe9)) : QBrush(QColor(0xe8, 0xf0, 0xfb));
    if (role == Qt::FontRole && (index.column() == Kind || index.column() == ReadPlate)) {
        QFont font;
        font.setBold(hit && !alert->isAcknowledged());
        font.setItalic(!hit);
        return font;
    }
    return {};
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case ReadPlate:
        return tr("Plate read");
    case EntryPlate:
        return tr("Your entry");
    case ReadTime:
        return tr("Read at");
    case Device:
        return tr("Device");
    case Category:
        return tr("Category");
    case Case:
        return tr("Case");
    case List:
        return tr("List");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace pl::ui
