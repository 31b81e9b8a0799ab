#include "ui/hotlist/HotListEntryModel.h"

#include "core/common/TimeFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace pl::ui {

namespace {

QString localDate(const QDateTime& utc) {
    return utc.isValid() ? utc.toLocalTime().date().toString(Qt::ISODate) : QString();
}

} // namespace

HotListEntryModel::HotListEntryModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void HotListEntryModel::setEntries(const QList<core::HotListEntry>& entries,
                                   const QDateTime& nowUtc) {
    beginResetModel();
    m_entries = entries;
    m_nowUtc = nowUtc;
    endResetModel();
}

const core::HotListEntry* HotListEntryModel::entryAt(int row) const {
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int HotListEntryModel::rowOfId(qint64 id) const {
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

HotListEntryModel::EntryStatus HotListEntryModel::statusOf(const core::HotListEntry& entry,
                                                           const QDateTime& nowUtc) {
    if (entry.isRemoved())
        return EntryStatus::Removed;
    if (!entry.active)
        return EntryStatus::Inactive;
    if (entry.isExpired(nowUtc))
        return EntryStatus::Expired;
    if (entry.isOverdue(nowUtc))
        return EntryStatus::ReviewOverdue;
    if (entry.caseClosed)
        return EntryStatus::CaseClosed;
    return EntryStatus::Alerting;
}

QString HotListEntryModel::statusLabel(EntryStatus status) {
    switch (status) {
    case EntryStatus::Alerting:
        return tr("Alerting");
    case EntryStatus::ReviewOverdue:
        return tr("Review overdue — not alerting");
    case EntryStatus::CaseClosed:
        return tr("Case closed");
    case EntryStatus::Expired:
        return tr("Expired");
    case EntryStatus::Inactive:
        return tr("Inactive");
    case EntryStatus::Removed:
        return tr("Removed");
    }
    return {};
}

QString HotListEntryModel::statusExplanation(const core::HotListEntry& entry,
                                             const QDateTime& nowUtc) {
    QString text;
    switch (statusOf(entry, nowUtc)) {
    case EntryStatus::Alerting:
        text = tr("A matching read alerts the owner until %1, the review date.")
                   .arg(localDate(entry.reviewByUtc));
        break;
    case EntryStatus::ReviewOverdue:
        text = tr("The review date %1 has passed: the entry no longer alerts until its owner "
                  "reviews it.")
                   .arg(localDate(entry.reviewByUtc));
        break;
    case EntryStatus::CaseClosed:
        text = tr("Case %1 is closed, yet the entry still alerts: remove it, or hold it for an "
                  "open case.")
                   .arg(entry.caseNumber);
        break;
    case EntryStatus::Expired:
        text = tr("The entry expired on %1 and no longer alerts.").arg(localDate(entry.expiresUtc));
        break;
    case EntryStatus::Inactive:
        text = tr("The entry is switched off and does not alert.");
        break;
    case EntryStatus::Removed:
        text = tr("Removed by %1 on %2: %3")
                   .arg(entry.removedByName, core::TimeFormat::toDisplay(entry.removedUtc),
                        entry.removedReason);
        break;
    }
    if (entry.caseClosed && statusOf(entry, nowUtc) != EntryStatus::CaseClosed &&
        !entry.isRemoved())
        text += QLatin1Char(' ') + tr("Its case %1 is closed.").arg(entry.caseNumber);
    return text;
}

QString HotListEntryModel::plateText(const core::HotListEntry& entry) {
    QString text = entry.plate;
    const QString entered = entry.plateEntered.trimmed();
    if (!entered.isEmpty() && entered != entry.plate)
        text = tr("%1 (entered as %2)").arg(entry.plate, entered);
    if (entry.isWildcard())
        text = tr("%1 · wildcard").arg(text);
    return text;
}

int HotListEntryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HotListEntryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HotListEntryModel::data(const QModelIndex& index, int role) const {
    const core::HotListEntry* entry = entryAt(index.row());
    if (!entry)
        return {};
    const EntryStatus status = statusOf(*entry, m_nowUtc);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Plate:
            return plateText(*entry);
        case State:
            return entry->state;
        case Category:
            return core::HotListCategory::label(entry->category);
        case Reason:
            return entry->reason;
        case Case:
            return entry->caseNumber;
        case Owner:
            return entry->ownerName;
        case List:
            return entry->listName;
        case Added:
            return localDate(entry->addedUtc);
        case ReviewBy:
            return localDate(entry->reviewByUtc);
        case Expires:
            return localDate(entry->expiresUtc);
        case PossibleMatches:
            return entry->possibleMatches ? tr("yes") : tr("no");
        case Status:
            return statusLabel(status);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Plate:
            return entry->isWildcard()
                       ? tr("A wildcard entry: ? stands for one character, * for any run of "
                            "characters. Wildcard entries are limited in number.")
                       : QVariant();
        case Reason:
            return entry->reason;
        case Added:
            return tr("Added %1 by %2")
                .arg(core::TimeFormat::toDisplay(entry->addedUtc), entry->ownerName);
        case Category:
            return entry->listCode.isEmpty() ? QVariant()
                                             : tr("The list's own code: %1").arg(entry->listCode);
        case ReviewBy:
            return entry->reviewedUtc.isValid()
                       ? tr("Last reviewed %1").arg(core::TimeFormat::toDisplay(entry->reviewedUtc))
                       : tr("Not reviewed since it was added");
        case Expires:
            return entry->expiresUtc.isValid()
                       ? tr("Stops alerting at %1")
                             .arg(core::TimeFormat::toDisplay(entry->expiresUtc))
                       : tr("No expiry");
        case PossibleMatches:
            return tr("Whether a read that differs by one look-alike character (0/O, 8/B…) "
                      "raises a possible match.");
        case Status:
            return statusExplanation(*entry, m_nowUtc);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Status) {
            switch (status) {
            case EntryStatus::Alerting:
                return QBrush(QColor(0x1b, 0x5e, 0x20));
            case EntryStatus::ReviewOverdue:
                return QBrush(QColor(0xb0, 0x00, 0x20));
            case EntryStatus::CaseClosed:
                return QBrush(QColor(0x9a, 0x67, 0x00));
            default:
                return QBrush(QColor(0x70, 0x70, 0x70));
            }
        }
        if (status == EntryStatus::Removed)
            return QBrush(QColor(0x70, 0x70, 0x70));
    }
    if (role == Qt::FontRole && index.column() == Plate) {
        QFont font;
        font.setBold(status != EntryStatus::Removed);
        font.setItalic(entry->isWildcard());
        return font;
    }
    return {};
}

QVariant HotListEntryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Plate:
        return tr("Plate");
    case State:
        return tr("State");
    case Category:
        return tr("Category");
    case Reason:
        return tr("Reason");
    case Case:
        return tr("Case");
    case Owner:
        return tr("Owner");
    case List:
        return tr("List");
    case Added:
        return tr("Added");
    case ReviewBy:
        return tr("Review by");
    case Expires:
        return tr("Expires");
    case PossibleMatches:
        return tr("Possible matches");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace pl::ui
