#pragma once

#include "core/crypto/SecretBytes.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace pl::ui {

class PasswordField;

// Covers the workspace while the session is idle-locked. Only the session's
// own user can unlock it; anyone else can only log the session out.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    LockScreen(const QString& displayName, const QString& userName, QWidget* parent = nullptr);

    core::SecretBytes takePassword();
    void showMessage(const QString& text);
    void reset();

Q_SIGNALS:
    void unlockRequested();
    void logoutRequested();

private:
    PasswordField* m_password;
    QLabel* m_message;
    QPushButton* m_unlock;
};

} // namespace pl::ui
