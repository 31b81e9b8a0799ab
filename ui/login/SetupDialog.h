#pragma once

#include "core/crypto/SecretBytes.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pl::ui {

class PasswordField;

// First start: where the station store goes and who its first administrator is.
class SetupDialog : public QDialog {
    Q_OBJECT
public:
    SetupDialog(const QString& storePath, const QDate& today, QWidget* parent = nullptr);

    QString storePath() const;
    QString adminName() const;
    QString displayName() const;
    QDate trainingDate() const;
    // The password if both fields agree; otherwise empty and an error shown.
    core::SecretBytes takePassword();
    void showError(const QString& text);
    void setBusy(bool busy);

Q_SIGNALS:
    void createRequested();
    void quitRequested();

protected:
    void reject() override;

private:
    void browse();

    QLineEdit* m_path;
    QLineEdit* m_name;
    QLineEdit* m_displayName;
    PasswordField* m_password;
    PasswordField* m_confirm;
    QDateEdit* m_training;
    QLabel* m_error;
    QPushButton* m_create;
};

} // namespace pl::ui
