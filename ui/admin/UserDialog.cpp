#include "ui/admin/UserDialog.h"

#include "core/accounts/PasswordPolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace pl::ui {

UserDialog::UserDialog(const QDate& today, QWidget* parent)
    : FormDialog(tr("New user"), parent) {
    build(today, true);
}

UserDialog::UserDialog(const core::User& user, QWidget* parent)
    : FormDialog(tr("Edit user %1").arg(user.name), parent) {
    build(QDate(), false);
    m_name->setText(user.name);
    m_name->setReadOnly(true);
    m_displayName->setText(user.displayName);
    m_role->setCurrentIndex(m_role->findData(core::Roles::id(user.role)));
}

void UserDialog::build(const QDate& today, bool creating) {
    setObjectName(QStringLiteral("userDialog"));
    setMinimumWidth(460);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (core::Role role : core::Roles::all())
        m_role->addItem(core::Roles::displayName(role), core::Roles::id(role));

    form()->addRow(tr("&User name:"), m_name);
    form()->addRow(tr("&Full name:"), m_displayName);
    form()->addRow(tr("&Role:"), m_role);
    if (!creating) {
        setSubmitText(tr("Save"));
        return;
    }

    setIntro(tr("The new user logs in with the temporary password below and must change it at "
                "the first log-in. Without a training record the user cannot log in."));
    m_trained = new QCheckBox(tr("Training completed on"), this);
    m_trained->setObjectName(QStringLiteral("trained"));
    m_trained->setChecked(true);
    m_training = new QDateEdit(today, this);
    m_training->setObjectName(QStringLiteral("trainingDate"));
    m_training->setCalendarPopup(true);
    m_training->setMaximumDate(today);
    m_training->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_trained, &QCheckBox::toggled, m_training, &QWidget::setEnabled);
    auto* trainingRow = new QHBoxLayout;
    trainingRow->addWidget(m_trained);
    trainingRow->addWidget(m_training, 1);
    form()->addRow(tr("Training:"), trainingRow);

    // Shown in clear: the administrator has to pass it on.
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("temporaryPassword"));
    auto* generate = new QPushButton(tr("Generate"), this);
    connect(generate, &QPushButton::clicked, this,
            [this] { m_password->setText(core::PasswordPolicy::generate()); });
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(generate);
    form()->addRow(tr("Temporary password:"), passwordRow);
    setSubmitText(tr("Create user"));
}

QString UserDialog::userName() const {
    return m_name->text().trimmed();
}

QString UserDialog::displayName() const {
    return m_displayName->text().trimmed();
}

core::Role UserDialog::role() const {
    return core::Roles::fromId(m_role->currentData().toString()).value_or(core::Role::Agent);
}

QDate UserDialog::trainingCompleted() const {
    if (!m_trained || !m_trained->isChecked())
        return {};
    return m_training->date();
}

core::SecretBytes UserDialog::temporaryPassword() const {
    return m_password ? core::SecretBytes::fromString(m_password->text()) : core::SecretBytes();
}

} // namespace pl::ui
