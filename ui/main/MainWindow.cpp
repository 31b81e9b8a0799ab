#include "ui/main/MainWindow.h"

#include "core/accounts/Session.h"
#include "core/consent/ConsentText.h"
#include "core/hotlist/AlertService.h"
#include "core/hotlist/HotListService.h"
#include "core/station/Station.h"
#include "core/store/Store.h"
#include "ui/admin/AdminPage.h"
#include "ui/alerts/AlertNotificationArea.h"
#include "ui/alerts/AlertNotifier.h"
#include "ui/alerts/AlertsPage.h"
#include "ui/audit/AuditPage.h"
#include "ui/cameras/CamerasPage.h"
#include "ui/cases/CasesPage.h"
#include "ui/exceptions/ExceptionsPage.h"
#include "ui/hotlist/HotListAttentionDialog.h"
#include "ui/hotlist/HotListPage.h"
#include "ui/hotlist/HotListReportPanel.h"
#include "ui/import/ImportPage.h"
#include "ui/login/ConsentDialog.h"
#include "ui/main/LockScreen.h"
#include "ui/retention/ScheduledPurge.h"
#include "ui/search/SearchPage.h"

#include <QCloseEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pl::ui {

MainWindow::MainWindow(core::Station& station, const core::Session& session,
                       const core::ConsentText& consent, QWidget* parent)
    : QMainWindow(parent)
    , m_station(station)
    , m_session(session)
    , m_sections(sectionsFor(session))
    , m_screens(new QStackedWidget(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_lockScreen(new LockScreen(session.displayName, session.userName, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PlateLedger"));
    resize(1100, 720);

    auto* banner = new QLabel(tr("An LPR read is never the sole basis for enforcement action. "
                                 "Verify every read against its image and confirm it by "
                                 "independent means."),
                              this);
    banner->setObjectName(QStringLiteral("soleBasisBanner"));
    banner->setWordWrap(true);
    banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; border-bottom: 1px solid #e0c36a; "
                       "padding: 6px 10px; }"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(200);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 8px; }"));
    m_pages->setObjectName(QStringLiteral("pages"));
    for (Section section : m_sections) {
        m_navigation->addItem(sectionTitle(section));
        m_pages->addWidget(createPage(section));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto* workspace = new QWidget(this);
    workspace->setObjectName(QStringLiteral("workspace"));
    auto* columns = new QHBoxLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(m_navigation);
    columns->addWidget(m_pages, 1);
    auto* rows = new QVBoxLayout(workspace);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(0);
    rows->addWidget(banner);
    rows->addLayout(columns, 1);

    m_screens->addWidget(workspace);
    m_screens->addWidget(m_lockScreen);
    setCentralWidget(m_screens);

    auto* user = new QLabel(
        tr("Logged in as %1 (%2) · %3")
            .arg(session.displayName, session.userName, core::Roles::displayName(session.role)),
        this);
    user->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(user, 1);
    statusBar()->addPermanentWidget(new QLabel(tr("Store: %1").arg(station.store().path()), this));
    m_scheduledPurge = new ScheduledPurge(station, session, this);

    createMenus(consent);
    startAlerts(workspace, banner);
}

QList<MainWindow::Section> MainWindow::sectionsFor(const core::Session& session) {
    using core::Permission;
    QList<Section> sections;
    if (session.can(Permission::SearchReads))
        sections.append(Section::Search);
    if (session.can(Permission::ImportReads))
        sections.append(Section::Import);
    if (session.can(Permission::RunCameras) || session.can(Permission::ConfigureCameras))
        sections.append(Section::Cameras);
    if (session.can(Permission::ManageOwnHotList) || session.can(Permission::ViewStationHotList))
        sections.append(Section::HotList);
    // Alerts go to the owners of entries only.
    if (session.can(Permission::ManageOwnHotList))
        sections.append(Section::Alerts);
    if (session.can(Permission::ManageCases) || session.can(Permission::SearchReads))
        sections.append(Section::Cases);
    if (session.can(Permission::ApproveExceptions))
        sections.append(Section::Exceptions);
    if (session.can(Permission::ViewAudit))
        sections.append(Section::Audit);
    if (session.can(Permission::ManageUsers))
        sections.append(Section::Administration);
    return sections;
}

QString MainWindow::sectionTitle(Section section) {
    switch (section) {
    case Section::Search:
        return tr("Search");
    case Section::Import:
        return tr("Import");
    case Section::Cameras:
        return tr("Cameras");
    case Section::HotList:
        return tr("Hot list");
    case Section::Alerts:
        return tr("Alerts");
    case Section::Audit:
        return tr("Audit trail");
    case Section::Administration:
        return tr("Administration");
    case Section::Cases:
        return tr("Cases");
    case Section::Exceptions:
        return tr("Exceptions");
    }
    return {};
}

QWidget* MainWindow::createPage(Section section) {
    switch (section) {
    case Section::Search:
        return new SearchPage(m_station, m_session, this);
    case Section::Import:
        return new ImportPage(m_station, m_session, this);
    case Section::Cameras:
        return new CamerasPage(m_station, m_session, this);
    case Section::HotList: {
        m_hotListPage = new HotListPage(m_station, m_session, this);
        if (!m_session.can(core::Permission::ViewStationHotList))
            return m_hotListPage;
        // Supervisors also read the monthly report here.
        auto* tabs = new QTabWidget(this);
        tabs->setObjectName(QStringLiteral("hotListTabs"));
        tabs->addTab(m_hotListPage, tr("Entries"));
        tabs->addTab(new HotListReportPanel(m_station, m_session, tabs), tr("Monthly report"));
        return tabs;
    }
    case Section::Alerts:
        m_alertsPage = new AlertsPage(m_station, m_session, this);
        return m_alertsPage;
    case Section::Audit:
        return new AuditPage(m_station, m_session, this);
    case Section::Administration:
        return new AdminPage(m_station, m_session, this);
    case Section::Cases:
        return new CasesPage(m_station, m_session, this);
    case Section::Exceptions:
        return new ExceptionsPage(m_station, m_session, this);
    }
    return new QWidget(this);
}

void MainWindow::createMenus(const core::ConsentText& consent) {
    QMenu* sessionMenu = menuBar()->addMenu(tr("&Session"));
    QAction* lock = sessionMenu->addAction(tr("&Lock now"), this, &MainWindow::lockRequested);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* password =
        sessionMenu->addAction(tr("Change &password…"), this, &MainWindow::changePasswordRequested);
    sessionMenu->addSeparator();
    QAction* logout = sessionMenu->addAction(tr("Log &out"), this, &MainWindow::logoutRequested);
    QAction* quit = sessionMenu->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setShortcut(QKeySequence::Quit);
    m_sessionActions = {lock, password, logout, quit};

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    const core::ConsentText text = consent;
    help->addAction(tr("&Permitted use…"), this, [this, text] {
        auto* dialog = new ConsentDialog(text, ConsentDialog::Mode::ReadOnly, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    help->addAction(tr("&About PlateLedger"), this, [this] {
        QMessageBox::about(this, tr("About PlateLedger"),
                           tr("<h3>PlateLedger %1</h3><p>An accountable license-plate-reader "
                              "workstation: every query, purge and verification can be proven "
                              "afterwards from a tamper-evident audit trail.</p>")
                               .arg(QStringLiteral(PL_VERSION)));
    });
    m_sessionActions.append(help->menuAction());
}

void MainWindow::startAlerts(QWidget* workspace, QWidget* banner) {
    if (!m_alertsPage)
        return;
    m_alertNotifications = new AlertNotificationArea(workspace, banner);
    m_alertNotifier = new AlertNotifier(m_station, m_session, this);
    connect(m_alertNotifier, &AlertNotifier::alertsArrived, this, &MainWindow::alertsArrived);
    connect(m_alertNotifier, &AlertNotifier::unacknowledgedChanged, this,
            &MainWindow::showAlertCount);
    connect(m_alertNotifications, &AlertNotificationArea::alertsShown, this,
            [this](const QList<qint64>& ids) {
                if (auto shown = m_station.alerts().markShown(m_session, ids); !shown)
                    statusBar()->showMessage(shown.error().message(), 10000);
            });
    connect(m_alertNotifications, &AlertNotificationArea::openRequested, this,
            &MainWindow::openAlert);
    connect(m_alertNotifications, &AlertNotificationArea::inboxRequested, this,
            [this] { showSection(Section::Alerts); });
    connect(m_alertsPage, &AlertsPage::alertsChanged, m_alertNotifier,
            &AlertNotifier::refreshCount);
    // On the inbox the alerts are in front of the user: their notices go.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_sections.value(row) == Section::Alerts)
            m_alertNotifications->clearAlerts();
    });
    m_alertNotifier->start();
}

void MainWindow::alertsArrived(const QList<core::HotListAlert>& alerts) {
    m_alertNotifications->addAlerts(alerts);
    if (m_alertsPage->isVisible())
        m_alertsPage->refresh();
}

void MainWindow::showAlertCount(int count) {
    const int row = static_cast<int>(m_sections.indexOf(Section::Alerts));
    QListWidgetItem* item = row >= 0 ? m_navigation->item(row) : nullptr;
    if (!item)
        return;
    item->setText(count > 0 ? tr("%1 (%2)").arg(sectionTitle(Section::Alerts)).arg(count)
                            : sectionTitle(Section::Alerts));
    QFont font = item->font();
    font.setBold(count > 0);
    item->setFont(font);
    item->setToolTip(tr("%n hot-list alert(s) not acknowledged", nullptr, count));
}

void MainWindow::openAlert(qint64 alertId) {
    showSection(Section::Alerts);
    m_alertsPage->selectAlert(alertId);
    m_alertsPage->openAlert(alertId);
}

void MainWindow::showLoginNotices() {
    if (m_loginNoticesShown)
        return;
    m_loginNoticesShown = true;
    if (m_alertNotifier && m_alertNotifier->unacknowledged() > 0)
        m_alertNotifications->showNotice(
            tr("%n hot-list alert(s) wait for you in your inbox, not yet acknowledged.", nullptr,
               m_alertNotifier->unacknowledged()));
    if (!m_session.can(core::Permission::ManageOwnHotList))
        return;
    auto entries = m_station.hotLists().needingAttention(m_session);
    if (!entries) {
        statusBar()->showMessage(entries.error().message(), 10000);
        return;
    }
    if (entries.value().isEmpty())
        return;
    auto* dialog = new HotListAttentionDialog(m_station, m_session, entries.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_hotListPage) {
        connect(dialog, &HotListAttentionDialog::entriesReviewed, m_hotListPage,
                &HotListPage::refresh);
    }
    connect(dialog, &HotListAttentionDialog::hotListRequested, this,
            [this] { showSection(Section::HotList); });
    // Not modal: new alerts' notices stay usable while it is open.
    dialog->show();
    dialog->raise();
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    // After the window is up, so the notices come over it, not before it.
    if (!m_loginNoticesShown)
        QTimer::singleShot(0, this, &MainWindow::showLoginNotices);
}

void MainWindow::showSection(Section section) {
    const int row = static_cast<int>(m_sections.indexOf(section));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

void MainWindow::setLocked(bool locked) {
    m_screens->setCurrentWidget(locked ? static_cast<QWidget*>(m_lockScreen)
                                       : m_screens->widget(0));
    for (QAction* action : m_sessionActions)
        action->setEnabled(!locked);
    // Nothing is asked for or shown while the lock screen is up.
    if (m_alertNotifier)
        m_alertNotifier->setPaused(locked);
    if (locked)
        m_lockScreen->reset();
}

bool MainWindow::isLocked() const {
    return m_screens->currentWidget() == m_lockScreen;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Closing the window logs the session out; the controller decides what follows.
    event->ignore();
    Q_EMIT logoutRequested();
}

} // namespace pl::ui
