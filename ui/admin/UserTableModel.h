#pragma once

#include "core/accounts/User.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace pl::ui {

// The station's users for the administration page.
class UserTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        DisplayName,
        Role,
        Status,
        TrainingCompleted,
        TrainingExpires,
        PasswordChanged,
        ColumnCount
    };

    explicit UserTableModel(QObject* parent = nullptr);

    void setUsers(const QList<core::UserStatus>& users, const QDateTime& nowUtc);
    const core::UserStatus* userAt(int row) const;
    int rowOfUser(qint64 userId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString statusText(const core::UserStatus& status) const;
    bool isLocked(const core::UserStatus& status) const;

private:
    QList<core::UserStatus> m_users;
    QDateTime m_now;
};

} // namespace pl::ui
