#pragma once

#include <QWidget>

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class MapPanel;
class OffenseCategoryPanel;
class PolicyPanel;
class RetentionPanel;
class UsersPanel;

// Administration: users, policy values, retention, the statute-of-limitations
// table and the map (tile sources, sensitive locations).
class AdminPage : public QWidget {
    Q_OBJECT
public:
    AdminPage(core::Station& station, const core::Session& session, QWidget* parent = nullptr);

    UsersPanel* users() const { return m_users; }
    PolicyPanel* policy() const { return m_policy; }
    // Null when the session may not use them.
    RetentionPanel* retention() const { return m_retention; }
    OffenseCategoryPanel* offenses() const { return m_offenses; }
    MapPanel* map() const { return m_map; }

private:
    UsersPanel* m_users;
    PolicyPanel* m_policy;
    RetentionPanel* m_retention = nullptr;
    OffenseCategoryPanel* m_offenses = nullptr;
    MapPanel* m_map = nullptr;
};

} // namespace pl::ui
