#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pl::core {
class Station;
struct Session;
struct UserStatus;
} // namespace pl::core

namespace pl::ui {

class UserTableModel;

// Administration of users: create, edit, training, password reset, unlock,
// deactivate and reactivate. Each action goes through core's AccountService,
// which checks the session and audits it.
class UsersPanel : public QWidget {
    Q_OBJECT
public:
    UsersPanel(core::Station& station, const core::Session& session, QWidget* parent = nullptr);

    void refresh();
    UserTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void selectUser(qint64 userId);

private:
    const core::UserStatus* selected() const;
    void updateButtons();
    void showMessage(const QString& text, bool isError = false);
    void createUser();
    void editUser();
    void recordTraining();
    void resetPassword();
    void unlockUser();
    void toggleActive();

    core::Station& m_station;
    const core::Session& m_session;
    UserTableModel* m_model;
    QTableView* m_table;
    QLabel* m_message;
    QPushButton* m_edit;
    QPushButton* m_training;
    QPushButton* m_reset;
    QPushButton* m_unlock;
    QPushButton* m_active;
};

} // namespace pl::ui
