#include "ui/import/ImportRecordModel.h"

#include "core/common/TimeFormat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace pl::ui {

ImportRecordModel::ImportRecordModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ImportRecordModel::setRecords(const QList<core::ImportRecord>& records) {
    beginResetModel();
    m_records = records;
    endResetModel();
}

const core::ImportRecord* ImportRecordModel::recordAt(int row) const {
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int ImportRecordModel::rowOfImport(qint64 importId) const {
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == importId)
            return row;
    }
    return -1;
}

QString ImportRecordModel::statusText(const core::ImportRecord& record) {
    if (record.status == core::ImportRecord::Status::Running && record.interrupted)
        return tr("interrupted");
    return core::ImportRecord::statusLabel(record.status);
}

int ImportRecordModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int ImportRecordModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRecordModel::data(const QModelIndex& index, int role) const {
    const core::ImportRecord* record = recordAt(index.row());
    if (!index.isValid() || !record)
        return {};
    const core::ImportCounts& counts = record->counts;
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case File:
            return record->fileName;
        case Started:
            return core::TimeFormat::toDisplay(record->startedUtc);
        case User:
            return record->userName;
        case Device:
            return record->deviceName.isEmpty() ? tr("(named in the rows)") : record->deviceName;
        case Status:
            return statusText(*record);
        case RowsRead:
            return locale.toString(counts.rowsRead);
        case Stored:
            return locale.toString(counts.stored);
        case Flagged:
            return locale.toString(counts.flagged);
        case Duplicates:
            return locale.toString(counts.duplicates);
        case Rejected:
            return locale.toString(counts.rejected);
        case Skipped:
            return locale.toString(counts.skipped);
        default:
            return {};
        }
    }
    if (role == Qt::UserRole && index.column() == Status)
        return core::ImportRecord::statusName(record->status);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case File:
            return tr("%1\nSHA-256 %2\nProfile: %3\nTime zone: %4")
                .arg(record->filePath, record->sha256, record->profileId, record->timeZone);
        case Started:
            return record->finishedUtc.isValid()
                       ? tr("Finished %1").arg(core::TimeFormat::toDisplay(record->finishedUtc))
                       : QString();
        case Status:
            return record->failure;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status && record->isIncomplete())
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole && index.column() >= RowsRead)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportRecordModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case Started:
        return tr("Started");
    case User:
        return tr("User");
    case Device:
        return tr("Device");
    case Status:
        return tr("Status");
    case RowsRead:
        return tr("Rows");
    case Stored:
        return tr("Stored");
    case Flagged:
        return tr("Flagged");
    case Duplicates:
        return tr("Duplicates");
    case Rejected:
        return tr("Rejected");
    case Skipped:
        return tr("Skipped");
    default:
        return {};
    }
}

} // namespace pl::ui
