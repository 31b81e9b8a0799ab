#pragma once

#include <QWidget>

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class PolicyPanel;
class UsersPanel;

// Administration: users and policy values.
class AdminPage : public QWidget {
    Q_OBJECT
public:
    AdminPage(core::Station& station, const core::Session& session, QWidget* parent = nullptr);

    UsersPanel* users() const { return m_users; }
    PolicyPanel* policy() const { return m_policy; }

private:
    UsersPanel* m_users;
    PolicyPanel* m_policy;
};

} // namespace pl::ui
