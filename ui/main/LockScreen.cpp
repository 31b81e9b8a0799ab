#include "ui/main/LockScreen.h"

#include "ui/common/PasswordField.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pl::ui {

LockScreen::LockScreen(const QString& displayName, const QString& userName, QWidget* parent)
    : QWidget(parent)
    , m_password(new PasswordField(this))
    , m_message(new QLabel(this))
    , m_unlock(new QPushButton(tr("Unlock"), this)) {
    setObjectName(QStringLiteral("lockScreen"));
    auto* title = new QLabel(tr("<h2>Session locked</h2>"), this);
    auto* explanation = new QLabel(
        tr("This session of %1 (%2) was locked after a period without activity. Only %1 can "
           "unlock it. Anyone else must log it out first.")
            .arg(displayName.toHtmlEscaped(), userName.toHtmlEscaped()),
        this);
    explanation->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    auto* logout = new QPushButton(tr("Log out"), this);
    logout->setObjectName(QStringLiteral("logoutButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("Password of %1:").arg(userName), m_password);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(logout);
    buttons->addWidget(m_unlock);

    auto* box = new QWidget(this);
    box->setFixedWidth(520);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(title);
    boxLayout->addWidget(explanation);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_message);
    boxLayout->addLayout(buttons);

    // Centred with stretches rather than an alignment flag, so the wrapped
    // explanation gets the height it needs.
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(box);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch();

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlockRequested);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlockRequested);
    connect(logout, &QPushButton::clicked, this, &LockScreen::logoutRequested);
}

core::SecretBytes LockScreen::takePassword() {
    return m_password->take();
}

void LockScreen::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void LockScreen::reset() {
    m_password->clear();
    showMessage(QString());
    m_password->setFocus();
}

} // namespace pl::ui
