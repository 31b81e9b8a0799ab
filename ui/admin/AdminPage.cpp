#include "ui/admin/AdminPage.h"

#include "ui/admin/PolicyPanel.h"
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
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
}

} // namespace pl::ui
