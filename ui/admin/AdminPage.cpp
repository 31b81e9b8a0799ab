#include "ui/admin/AdminPage.h"

#include "core/accounts/Session.h"
#include "ui/admin/AnomalyRulesPanel.h"
#include "ui/admin/MapPanel.h"
#include "ui/admin/OffenseCategoryPanel.h"
#include "ui/admin/PolicyPanel.h"
#include "ui/admin/RetentionPanel.h"
#include "ui/admin/UsersPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace pl::ui {

AdminPage::AdminPage(core::Station& station, const core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_users(new UsersPanel(station, session, this))
    , m_policy(new PolicyPanel(station, session, this)) {
    setObjectName(QStringLiteral("adminPage"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_users, tr("Users"));
    tabs->addTab(m_policy, tr("Policy"));
    if (session.can(core::Permission::ManagePolicy)) {
        m_offenses = new OffenseCategoryPanel(station, session, this);
        tabs->addTab(m_offenses, tr("Offense categories"));
        m_map = new MapPanel(station, session, this);
        tabs->addTab(m_map, tr("Map"));
        m_anomalyRules = new AnomalyRulesPanel(station, session, this);
        tabs->addTab(m_anomalyRules, tr("Anomaly flags"));
    }
    if (session.can(core::Permission::RunRetention)) {
        m_retention = new RetentionPanel(station, session, this);
        tabs->addTab(m_retention, tr("Retention"));
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
}

} // namespace pl::ui
