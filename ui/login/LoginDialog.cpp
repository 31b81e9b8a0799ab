#include "ui/login/LoginDialog.h"

#include "ui/common/PasswordField.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pl::ui {

LoginDialog::LoginDialog(const QString& storePath, QWidget* parent)
    : QDialog(parent)
    , m_user(new QLineEdit(this))
    , m_password(new PasswordField(this))
    , m_message(new QLabel(this))
    , m_login(new QPushButton(tr("Log in"), this))
    , m_quit(new QPushButton(tr("Quit"), this)) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("PlateLedger — Log in"));
    setMinimumWidth(460);

    auto* title = new QLabel(tr("<h2>PlateLedger</h2>License-plate-reader workstation"), this);
    auto* warning = new QLabel(
        tr("Authorized users only. Every log-in, search and change is recorded with your name "
           "in a tamper-evident audit trail."),
        this);
    warning->setWordWrap(true);
    warning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c36a; padding: 8px; }"));

    m_user->setObjectName(QStringLiteral("userName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    m_quit->setObjectName(QStringLiteral("quitButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    auto* store = new QLabel(tr("Store: %1").arg(storePath), this);
    store->setObjectName(QStringLiteral("storePath"));
    store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    store->setStyleSheet(QStringLiteral("color: palette(mid);"));
    store->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_quit);
    buttons->addWidget(m_login);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(store);

    connect(m_login, &QPushButton::clicked, this, [this] {
        if (m_user->text().trimmed().isEmpty()) {
            showMessage(tr("Enter your user name."), true);
            m_user->setFocus();
            return;
        }
        if (m_password->text().isEmpty()) {
            showMessage(tr("Enter your password."), true);
            m_password->setFocus();
            return;
        }
        Q_EMIT loginRequested();
    });
    connect(m_quit, &QPushButton::clicked, this, &LoginDialog::quitRequested);
    m_user->setFocus();
}

QString LoginDialog::userName() const {
    return m_user->text().trimmed();
}

void LoginDialog::setUserName(const QString& name) {
    m_user->setText(name);
    m_password->setFocus();
}

core::SecretBytes LoginDialog::takePassword() {
    return m_password->take();
}

void LoginDialog::showMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void LoginDialog::setBusy(bool busy) {
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_login->setEnabled(!busy);
    m_quit->setEnabled(!busy);
    if (busy)
        showMessage(tr("Checking…"), false);
}

void LoginDialog::reject() {
    // Escape or the window's close button: same as Quit. The dialog really
    // closes, so that quitting the application is not refused by it.
    Q_EMIT quitRequested();
    QDialog::reject();
}

} // namespace pl::ui
