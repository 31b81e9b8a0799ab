#pragma once

#include "core/crypto/SecretBytes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pl::ui {

class PasswordField;

// The log-in screen. Collects a name and a password; SessionController does
// the rest and reports back through showMessage().
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(const QString& storePath, QWidget* parent = nullptr);

    QString userName() const;
    void setUserName(const QString& name);
    core::SecretBytes takePassword();
    void showMessage(const QString& text, bool isError);
    void setBusy(bool busy);

Q_SIGNALS:
    void loginRequested();
    void quitRequested();

protected:
    void reject() override;

private:
    QLineEdit* m_user;
    PasswordField* m_password;
    QLabel* m_message;
    QPushButton* m_login;
    QPushButton* m_quit;
};

} // namespace pl::ui
