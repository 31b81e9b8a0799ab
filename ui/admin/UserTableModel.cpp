#include "ui/admin/UserTableModel.h"

#include "core/common/TimeFormat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace pl::ui {

UserTableModel::UserTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void UserTableModel::setUsers(const QList<core::UserStatus>& users, const QDateTime& nowUtc) {
    beginResetModel();
    m_users = users;
    m_now = nowUtc;
    endResetModel();
}

const core::UserStatus* UserTableModel::userAt(int row) const {
    if (row < 0 || row >= m_users.size())
        return nullptr;
    return &m_users.at(row);
}

int UserTableModel::rowOfUser(qint64 userId) const {
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).user.id == userId)
            return row;
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool UserTableModel::isLocked(const core::UserStatus& status) const {
    return status.lockedUntil.isValid() && status.lockedUntil > m_now;
}

QString UserTableModel::statusText(const core::UserStatus& status) const {
    if (!status.user.active)
        return tr("Deactivated");
    if (isLocked(status))
        return tr("Locked until %1").arg(core::TimeFormat::toDisplay(status.lockedUntil));
    const QDate today = m_now.toLocalTime().date();
    if (!status.user.trainingCompleted.isValid())
        return tr("No training record");
    if (status.trainingExpires.isValid() && today > status.trainingExpires)
        return tr("Training expired");
    if (status.user.mustChangePassword)
        return tr("Active · temporary password");
    return tr("Active");
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const {
    const core::UserStatus* status = userAt(index.row());
    if (!status)
        return {};
    const core::User& user = status->user;
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return user.name;
        case DisplayName:
            return user.displayName;
        case Role:
            return core::Roles::displayName(user.role);
        case Status:
            return statusText(*status);
        case TrainingCompleted:
            return user.trainingCompleted.isValid()
                       ? locale.toString(user.trainingCompleted, QLocale::ShortFormat)
                       : tr("none");
        case TrainingExpires:
            return status->trainingExpires.isValid()
                       ? locale.toString(status->trainingExpires, QLocale::ShortFormat)
                       : QString();
        case PasswordChanged:
            return locale.toString(user.passwordChangedUtc.toLocalTime().date(),
                                   QLocale::ShortFormat);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        const QDate today = m_now.toLocalTime().date();
        const bool problem = !user.active || isLocked(*status) ||
                             !user.trainingCompleted.isValid() ||
                             (status->trainingExpires.isValid() && today > status->trainingExpires);
        if (problem)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        // Training that runs out within 30 days deserves attention before it does.
        if (status->trainingExpires.isValid() && today.daysTo(status->trainingExpires) <= 30)
            return QBrush(QColor(0x9a, 0x67, 0x00));
    }
    if (role == Qt::ToolTipRole && index.column() == Status && status->failedAttempts > 0)
        return tr("%n failed log-in attempt(s) since the last success", nullptr,
                  status->failedAttempts);
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("User name");
    case DisplayName:
        return tr("Full name");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case TrainingCompleted:
        return tr("Training completed");
    case TrainingExpires:
        return tr("Training expires");
    case PasswordChanged:
        return tr("Password changed");
    default:
        return {};
    }
}

} // namespace pl::ui
