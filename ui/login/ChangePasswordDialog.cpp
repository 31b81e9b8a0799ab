#include "ui/login/ChangePasswordDialog.h"

#include "core/accounts/PasswordPolicy.h"
#include "ui/common/PasswordField.h"

#include <QFormLayout>

namespace pl::ui {

ChangePasswordDialog::ChangePasswordDialog(const QString& reason, int minimumLength,
                                           QWidget* parent)
    : FormDialog(tr("Change password"), parent)
    , m_current(new PasswordField(this))
    , m_new(new PasswordField(this))
    , m_confirm(new PasswordField(this)) {
    setObjectName(QStringLiteral("changePasswordDialog"));
    setIntro(reason.isEmpty()
                 ? core::PasswordPolicy::describe(minimumLength)
                 : reason + QStringLiteral("\n\n") + core::PasswordPolicy::describe(minimumLength));
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    form()->addRow(tr("&Current password:"), m_current);
    form()->addRow(tr("&New password:"), m_new);
    form()->addRow(tr("&Repeat new password:"), m_confirm);
    setSubmitText(tr("Change password"));
    setMinimumWidth(480);
}

core::SecretBytes ChangePasswordDialog::takeCurrent() {
    return m_current->take();
}

core::SecretBytes ChangePasswordDialog::takeNew() {
    core::SecretBytes next = m_new->take();
    core::SecretBytes confirm = m_confirm->take();
    if (!next.equals(confirm)) {
        showError(tr("The two new passwords differ; type them again."));
        return {};
    }
    return next;
}

} // namespace pl::ui
