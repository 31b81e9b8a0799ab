#include "ui/admin/UsersPanel.h"

#include "core/accounts/AccountService.h"
#include "core/accounts/PasswordPolicy.h"
#include "core/common/Clock.h"
#include "core/station/Station.h"
#include "ui/admin/UserDialog.h"
#include "ui/admin/UserTableModel.h"
#include "ui/common/FormDialog.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pl::ui {

namespace {

QPushButton* makeButton(const QString& text, const QString& name, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

// A temporary-password row (shown in clear, with a generator) for a FormDialog.
QLineEdit* addTemporaryPasswordRow(FormDialog* dialog) {
    auto* password = new QLineEdit(dialog);
    password->setObjectName(QStringLiteral("temporaryPassword"));
    auto* generate = new QPushButton(FormDialog::tr("Generate"), dialog);
    QObject::connect(generate, &QPushButton::clicked, password,
                     [password] { password->setText(core::PasswordPolicy::generate()); });
    auto* row = new QHBoxLayout;
    row->addWidget(password, 1);
    row->addWidget(generate);
    dialog->form()->addRow(FormDialog::tr("Temporary password:"), row);
    return password;
}

} // namespace

UsersPanel::UsersPanel(core::Station& station, const core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_model(new UserTableModel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_edit(makeButton(tr("Edit…"), QStringLiteral("editUserButton"), this))
    , m_training(makeButton(tr("Record training…"), QStringLiteral("trainingButton"), this))
    , m_reset(makeButton(tr("Reset password…"), QStringLiteral("resetPasswordButton"), this))
    , m_unlock(makeButton(tr("Unlock"), QStringLiteral("unlockButton"), this))
    , m_active(makeButton(tr("Deactivate…"), QStringLiteral("activeButton"), this)) {
    setObjectName(QStringLiteral("usersPanel"));
    auto* create = makeButton(tr("New user…"), QStringLiteral("newUserButton"), this);

    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {create, m_edit, m_training, m_reset, m_unlock, m_active})
        buttons->addWidget(button);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(create, &QPushButton::clicked, this, &UsersPanel::createUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPanel::editUser);
    connect(m_training, &QPushButton::clicked, this, &UsersPanel::recordTraining);
    connect(m_reset, &QPushButton::clicked, this, &UsersPanel::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &UsersPanel::unlockUser);
    connect(m_active, &QPushButton::clicked, this, &UsersPanel::toggleActive);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPanel::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &UsersPanel::editUser);

    refresh();
}

void UsersPanel::refresh() {
    const qint64 selectedId = selected() ? selected()->user.id : 0;
    auto users = m_station.accounts().users(m_session);
    if (!users) {
        showMessage(users.error().message(), true);
        return;
    }
    m_model->setUsers(users.value(), m_station.clock().nowUtc());
    m_table->resizeColumnsToContents();
    if (selectedId)
        selectUser(selectedId);
    updateButtons();
}

void UsersPanel::selectUser(qint64 userId) {
    const int row = m_model->rowOfUser(userId);
    if (row >= 0)
        m_table->selectRow(row);
}

const core::UserStatus* UsersPanel::selected() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
}

void UsersPanel::updateButtons() {
    const core::UserStatus* status = selected();
    const bool any = status != nullptr;
    const bool active = any && status->user.active;
    m_edit->setEnabled(any);
    m_training->setEnabled(any);
    m_reset->setEnabled(active);
    m_unlock->setEnabled(any && m_model->isLocked(*status));
    m_active->setEnabled(any && status->user.id != m_session.userId);
    m_active->setText(any && !status->user.active ? tr("Reactivate…") : tr("Deactivate…"));
}

void UsersPanel::showMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

void UsersPanel::createUser() {
    auto* dialog = new UserDialog(m_station.clock().nowUtc().toLocalTime().date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog] {
        core::NewUser request;
        request.name = dialog->userName();
        request.displayName = dialog->displayName();
        request.role = dialog->role();
        request.trainingCompleted = dialog->trainingCompleted();
        request.temporaryPassword = dialog->temporaryPassword();
        auto user = m_station.accounts().createUser(m_session, request);
        if (!user) {
            dialog->showError(user.error().message());
            return;
        }
        dialog->accept();
        refresh();
        selectUser(user.value().id);
        showMessage(tr("User %1 created. Give them the temporary password; they must change it "
                       "at the first log-in.")
                        .arg(user.value().name));
    });
    dialog->open();
}

void UsersPanel::editUser() {
    const core::UserStatus* status = selected();
    if (!status)
        return;
    const core::User user = status->user;
    auto* dialog = new UserDialog(user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog, user] {
        auto named = m_station.accounts().setDisplayName(m_session, user.id, dialog->displayName());
        if (!named) {
            dialog->showError(named.error().message());
            return;
        }
        auto roled = m_station.accounts().setRole(m_session, user.id, dialog->role());
        if (!roled) {
            dialog->showError(roled.error().message());
            refresh();
            return;
        }
        dialog->accept();
        refresh();
        showMessage(tr("User %1 saved.").arg(user.name));
    });
    dialog->open();
}

void UsersPanel::recordTraining() {
    const core::UserStatus* status = selected();
    if (!status)
        return;
    const core::User user = status->user;
    const QDate today = m_station.clock().nowUtc().toLocalTime().date();
    auto* dialog = new FormDialog(tr("Record training of %1").arg(user.name), this);
    dialog->setObjectName(QStringLiteral("trainingDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setIntro(tr("The date the user completed the permitted-use training. Training is "
                        "valid for the number of days set in the policy."));
    auto* date = new QDateEdit(today, dialog);
    date->setObjectName(QStringLiteral("trainingDate"));
    date->setCalendarPopup(true);
    date->setMaximumDate(today);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    dialog->form()->addRow(tr("Completed on:"), date);
    dialog->setSubmitText(tr("Record"));
    connect(dialog, &FormDialog::submitted, this, [this, dialog, date, user] {
        auto recorded = m_station.accounts().recordTraining(m_session, user.id, date->date());
        if (!recorded) {
            dialog->showError(recorded.error().message());
            return;
        }
        dialog->accept();
        refresh();
        showMessage(tr("Training of %1 recorded.").arg(user.name));
    });
    dialog->open();
}

void UsersPanel::resetPassword() {
    const core::UserStatus* status = selected();
    if (!status)
        return;
    const core::User user = status->user;
    auto* dialog = new FormDialog(tr("Reset the password of %1").arg(user.name), this);
    dialog->setObjectName(QStringLiteral("resetPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setIntro(tr("The user's old password stops working at once. They log in with the "
                        "temporary password and must change it. A lockout is cleared too."));
    QLineEdit* password = addTemporaryPasswordRow(dialog);
    dialog->setSubmitText(tr("Reset password"));
    connect(dialog, &FormDialog::submitted, this, [this, dialog, password, user] {
        auto reset = m_station.accounts().resetPassword(
            m_session, user.id, core::SecretBytes::fromString(password->text()));
        if (!reset) {
            dialog->showError(reset.error().message());
            return;
        }
        dialog->accept();
        refresh();
        showMessage(
            tr("Password of %1 reset; they must change it at the next log-in.").arg(user.name));
    });
    dialog->open();
}

void UsersPanel::unlockUser() {
    const core::UserStatus* status = selected();
    if (!status)
        return;
    const core::User user = status->user;
    auto unlocked = m_station.accounts().unlock(m_session, user.id);
    if (!unlocked) {
        showMessage(unlocked.error().message(), true);
        return;
    }
    refresh();
    showMessage(tr("Account %1 unlocked.").arg(user.name));
}

void UsersPanel::toggleActive() {
    const core::UserStatus* status = selected();
    if (!status)
        return;
    const core::User user = status->user;
    auto* dialog = new FormDialog(user.active ? tr("Deactivate %1").arg(user.name)
                                              : tr("Reactivate %1").arg(user.name),
                                  this);
    dialog->setObjectName(QStringLiteral("activeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (user.active) {
        dialog->setIntro(tr("A deactivated user cannot log in; their key to the store is "
                            "removed. Their audit history stays."));
        auto* reason = new QLineEdit(dialog);
        reason->setObjectName(QStringLiteral("reason"));
        dialog->form()->addRow(tr("&Reason:"), reason);
        dialog->setSubmitText(tr("Deactivate"));
        connect(dialog, &FormDialog::submitted, this, [this, dialog, reason, user] {
            auto done = m_station.accounts().deactivate(m_session, user.id, reason->text());
            if (!done) {
                dialog->showError(done.error().message());
                return;
            }
            dialog->accept();
            refresh();
            showMessage(tr("User %1 deactivated.").arg(user.name));
        });
    } else {
        dialog->setIntro(tr("The user gets a new temporary password and must change it at the "
                            "next log-in."));
        QLineEdit* password = addTemporaryPasswordRow(dialog);
        dialog->setSubmitText(tr("Reactivate"));
        connect(dialog, &FormDialog::submitted, this, [this, dialog, password, user] {
            auto done = m_station.accounts().reactivate(
                m_session, user.id, core::SecretBytes::fromString(password->text()));
            if (!done) {
                dialog->showError(done.error().message());
                return;
            }
            dialog->accept();
            refresh();
            showMessage(tr("User %1 reactivated.").arg(user.name));
        });
    }
    dialog->open();
}

} // namespace pl::ui
