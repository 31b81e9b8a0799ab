#pragma once

#include "core/crypto/SecretBytes.h"
#include "ui/common/FormDialog.h"

namespace pl::ui {

class PasswordField;

// The user's own password: at login when it is due, or from the Session menu.
class ChangePasswordDialog : public FormDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(const QString& reason, int minimumLength, QWidget* parent = nullptr);

    core::SecretBytes takeCurrent();
    // Empty (and an error shown) when the two new passwords differ.
    core::SecretBytes takeNew();

private:
    PasswordField* m_current;
    PasswordField* m_new;
    PasswordField* m_confirm;
};

} // namespace pl::ui
