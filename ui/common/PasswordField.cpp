#include "ui/common/PasswordField.h"

namespace pl::ui {

PasswordField::PasswordField(QWidget* parent)
    : QLineEdit(parent) {
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                        Qt::ImhNoAutoUppercase);
    setContextMenuPolicy(Qt::NoContextMenu); // no copy of a password to the clipboard
}

core::SecretBytes PasswordField::take() {
    QString typed = text();
    core::SecretBytes secret = core::SecretBytes::fromString(typed);
    typed.fill(QLatin1Char(' '));
    clear();
    return secret;
}

} // namespace pl::ui
