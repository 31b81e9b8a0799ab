#include "ui/login/SetupDialog.h"

#include "core/accounts/PasswordPolicy.h"
#include "core/policy/PolicySettings.h"
#include "ui/common/PasswordField.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pl::ui {

SetupDialog::SetupDialog(const QString& storePath, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_path(new QLineEdit(storePath, this))
    , m_name(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new PasswordField(this))
    , m_confirm(new PasswordField(this))
    , m_training(new QDateEdit(today, this))
    , m_error(new QLabel(this))
    , m_create(new QPushButton(tr("Create store"), this)) {
    setObjectName(QStringLiteral("setupDialog"));
    setWindowTitle(tr("PlateLedger — Create the station store"));
    setMinimumWidth(560);

    auto* intro = new QLabel(
        tr("<h3>Create the station store</h3>"
           "<p>There is no PlateLedger store here yet. The store is one encrypted file; a "
           "key-slot file beside it lets each user open it with their own password. Keep both "
           "files together and back them up together.</p>"
           "<p>The first account is the station administrator. Administrators create the other "
           "users, record their training and set the policy values.</p>"),
        this);
    intro->setWordWrap(true);

    m_path->setObjectName(QStringLiteral("storePath"));
    m_name->setObjectName(QStringLiteral("adminName"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_training->setObjectName(QStringLiteral("trainingDate"));
    m_training->setCalendarPopup(true);
    m_training->setMaximumDate(today);
    m_training->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);

    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    const int minLength = core::PolicySettings::defaults().passwordMinLength();
    auto* rule = new QLabel(core::PasswordPolicy::describe(minLength), this);
    rule->setWordWrap(true);
    rule->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* form = new QFormLayout;
    form->addRow(tr("Store file:"), pathRow);
    form->addRow(tr("Administrator &user name:"), m_name);
    form->addRow(tr("&Full name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);
    form->addRow(QString(), rule);
    form->addRow(tr("&Training completed on:"), m_training);

    auto* quit = new QPushButton(tr("Quit"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(quit);
    buttons->addWidget(m_create);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(browse, &QPushButton::clicked, this, &SetupDialog::browse);
    connect(quit, &QPushButton::clicked, this, &SetupDialog::quitRequested);
    connect(m_create, &QPushButton::clicked, this, &SetupDialog::createRequested);
    m_name->setFocus();
}

void SetupDialog::browse() {
    auto* dialog = new QFileDialog(this, tr("Store file"), m_path->text(),
                                   tr("PlateLedger stores (*.plstore)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("plstore"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
    dialog->open();
}

QString SetupDialog::storePath() const {
    return m_path->text().trimmed();
}

QString SetupDialog::adminName() const {
    return m_name->text().trimmed();
}

QString SetupDialog::displayName() const {
    return m_displayName->text().trimmed();
}

QDate SetupDialog::trainingDate() const {
    return m_training->date();
}

core::SecretBytes SetupDialog::takePassword() {
    core::SecretBytes password = m_password->take();
    core::SecretBytes confirm = m_confirm->take();
    if (!password.equals(confirm)) {
        showError(tr("The two passwords differ; type them again."));
        m_password->setFocus();
        return {};
    }
    return password;
}

void SetupDialog::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SetupDialog::setBusy(bool busy) {
    setEnabled(!busy);
    if (busy)
        showError(QString());
}

void SetupDialog::reject() {
    // Escape or the window's close button: same as Quit. The dialog really
    // closes, so that quitting the application is not refused by it.
    Q_EMIT quitRequested();
    QDialog::reject();
}

} // namespace pl::ui
