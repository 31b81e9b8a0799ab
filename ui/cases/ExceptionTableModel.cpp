#include "ui/cases/ExceptionTableModel.h"

#include "core/common/TimeFormat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace pl::ui {

ExceptionTableModel::ExceptionTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ExceptionTableModel::setExceptions(const QList<core::QueryException>& exceptions,
                                        const QDateTime& nowUtc) {
    beginResetModel();
    m_exceptions = exceptions;
    m_nowUtc = nowUtc;
    endResetModel();
}

void ExceptionTableModel::clear() {
    setExceptions({}, m_nowUtc);
}

const core::QueryException* ExceptionTableModel::exceptionAt(int row) const {
    return row >= 0 && row < m_exceptions.size() ? &m_exceptions.at(row) : nullptr;
}

int ExceptionTableModel::rowOfId(qint64 id) const {
    for (int row = 0; row < m_exceptions.size(); ++row) {
        if (m_exceptions.at(row).id == id)
            return row;
    }
    return -1;
}

int ExceptionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_exceptions.size());
}

int ExceptionTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExceptionTableModel::data(const QModelIndex& index, int role) const {
    const core::QueryException* exception = exceptionAt(index.row());
    if (!exception)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Case:
            return exception->caseNumber;
        case Requester:
            return exception->requestedByName;
        case Requested:
            return core::TimeFormat::toDisplay(exception->requestedUtc);
        case From:
            // How far back: a date is what people ask for.
            return QLocale().toString(exception->fromUtc.toLocalTime().date(),
                                      QLocale::ShortFormat);
        case Reason:
            return exception->reason;
        case Status:
            return core::QueryException::statusLabel(*exception, m_nowUtc);
        case Expires:
            return exception->expiresUtc.isValid()
                       ? core::TimeFormat::toDisplay(exception->expiresUtc)
                       : QString();
        case DecidedBy:
            return exception->decidedUtc.isValid()
                       ? tr("%1, %2").arg(exception->decidedByName,
                                          core::TimeFormat::toDisplay(exception->decidedUtc))
                       : QString();
        case Note:
            return exception->decisionNote;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Reason || index.column() == Note))
        return index.column() == Reason ? exception->reason : exception->decisionNote;
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (exception->isActiveAt(m_nowUtc))
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        if (exception->status == core::QueryException::Status::Refused)
            return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    return {};
}

QVariant ExceptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Case:
        return tr("Case");
    case Requester:
        return tr("Requested by");
    case Requested:
        return tr("Requested");
    case From:
        return tr("Search from");
    case Reason:
        return tr("Reason");
    case Status:
        return tr("Status");
    case Expires:
        return tr("Expires");
    case DecidedBy:
        return tr("Decided");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace pl::ui
