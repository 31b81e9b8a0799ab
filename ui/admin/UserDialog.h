#pragma once

#include "core/accounts/Role.h"
#include "core/accounts/User.h"
#include "core/crypto/SecretBytes.h"
#include "ui/common/FormDialog.h"

#include <QDate>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace pl::ui {

// Creates a user (name, full name, role, training, temporary password) or
// edits one (full name and role; the log-in name never changes).
class UserDialog : public FormDialog {
    Q_OBJECT
public:
    // For a new user.
    UserDialog(const QDate& today, QWidget* parent = nullptr);
    // For an existing user.
    UserDialog(const core::User& user, QWidget* parent = nullptr);

    QString userName() const;
    QString displayName() const;
    core::Role role() const;
    QDate trainingCompleted() const; // invalid when not recorded
    core::SecretBytes temporaryPassword() const;

private:
    void build(const QDate& today, bool creating);

    QLineEdit* m_name = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_trained = nullptr;
    QDateEdit* m_training = nullptr;
    QLineEdit* m_password = nullptr;
};

} // namespace pl::ui
