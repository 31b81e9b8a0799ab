#include "ui/cases/CaseReadModel.h"

#include "core/common/TimeFormat.h"

namespace pl::ui {

CaseReadModel::CaseReadModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CaseReadModel::setReads(const QList<core::CaseRead>& reads,
                             const QHash<qint64, core::Verification>& latest) {
    beginResetModel();
    m_reads = reads;
    m_latest = latest;
    endResetModel();
}

void CaseReadModel::setDeviceNames(const QHash<qint64, QString>& names) {
    beginResetModel();
    m_deviceNames = names;
    endResetModel();
}

void CaseReadModel::clear() {
    setReads({}, {});
}

const core::CaseRead* CaseReadModel::readAt(int row) const {
    return row >= 0 && row < m_reads.size() ? &m_reads.at(row) : nullptr;
}

QString CaseReadModel::deviceName(qint64 deviceId) const {
    return m_deviceNames.value(deviceId, tr("Device #%1").arg(deviceId));
}

int CaseReadModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_reads.size());
}

int CaseReadModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseReadModel::data(const QModelIndex& index, int role) const {
    const core::CaseRead* read = readAt(index.row());
    if (!read)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Plate:
            return read->plate;
        case Time:
            return core::TimeFormat::toDisplay(read->timeUtc);
        case State:
            return read->state;
        case Device:
            return deviceName(read->deviceId);
        case Verification: {
            const auto latest = m_latest.constFind(read->readId);
            if (latest == m_latest.constEnd())
                return tr("Not verified");
            return latest->decision == core::Verification::Decision::Mismatch
                       ? tr("%1 (%2)").arg(core::Verification::decisionLabel(latest->decision),
                                           latest->corrected)
                       : core::Verification::decisionLabel(latest->decision);
        }
        case LinkedBy:
            return read->linkedByName;
        case LinkedAt:
            return core::TimeFormat::toDisplay(read->linkedUtc);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Plate && read->plateRaw != read->plate)
        return tr("As read: %1").arg(read->plateRaw);
    if (role == Qt::ToolTipRole && index.column() == Verification) {
        const auto latest = m_latest.constFind(read->readId);
        if (latest != m_latest.constEnd())
            return tr("By %1 at %2")
                .arg(latest->userDisplayName.isEmpty() ? latest->userName : latest->userDisplayName,
                     core::TimeFormat::toDisplay(latest->timeUtc));
    }
    return {};
}

QVariant CaseReadModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Plate:
        return tr("Plate");
    case Time:
        return tr("Time");
    case State:
        return tr("State");
    case Device:
        return tr("Device");
    case Verification:
        return tr("Verification");
    case LinkedBy:
        return tr("Linked by");
    case LinkedAt:
        return tr("Linked at");
    default:
        return {};
    }
}

} // namespace pl::ui
