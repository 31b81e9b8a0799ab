#pragma once

#include <QWidget>

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class AnomalyRulesPanel;
class MapPanel;
class OffenseCategoryPanel;
class PolicyPanel;
class RetentionPanel;
class UsersPanel;

// Administration: users, policy values, retention, the statute-of-limitations
// table, the map (tile sources, sensitive locations) and the thresholds of
// the audit trail's anomaly flags.
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
    AnomalyRulesPanel* anomalyRules() const { return m_anomalyRules; }

private:
    UsersPanel* m_users;
    PolicyPanel* m_policy;
    RetentionPanel* m_retention = nullptr;
    OffenseCategoryPanel* m_offenses = nullptr;
    MapPanel* m_map = nullptr;
    AnomalyRulesPanel* m_anomalyRules = nullptr;
};

} // namespace pl::ui
