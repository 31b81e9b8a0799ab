// Hot-list alerts in the main window: a read matching an entry reaches its
// owner as a notification within the polling interval and waits in the
// inbox; showing and acknowledging are audited; another user logged in at
// the same time never sees it; a possible match is labelled as possible; at
// login the owner hears of alerts waiting and of entries past their review.
#include "core/audit/AuditAction.h"
#include "core/consent/ConsentText.h"
#include "core/hotlist/AlertService.h"
#include "core/hotlist/AlertWriter.h"
#include "core/hotlist/HotListService.h"
#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"
#include "ui/alerts/AlertNotification.h"
#include "ui/alerts/AlertNotificationArea.h"
#include "ui/alerts/AlertNotifier.h"
#include "ui/alerts/AlertTableModel.h"
#include "ui/alerts/AlertsPage.h"
#include "ui/cases/NoteDialog.h"
#include "ui/hotlist/HotListAttentionDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/search/VerificationDialog.h"

#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace pl;
using tests::AuditReader;
using tests::TestStation;

namespace {

QPushButton* button(QWidget* parent, const char* name) {
    return parent->findChild<QPushButton*>(QLatin1String(name));
}

core::HotListEntryInput entryInput(const QString& plate) {
    core::HotListEntryInput input;
    input.plate = plate;
    input.category = QStringLiteral("stolen_vehicle");
    input.reason = QStringLiteral("Taken from the depot");
    input.caseNumber = QStringLiteral("PD-2026-11");
    return input;
}

QString navigationText(ui::MainWindow& window, ui::MainWindow::Section section) {
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    const int row = static_cast<int>(window.sections().indexOf(section));
    return navigation && row >= 0 ? navigation->item(row)->text() : QString();
}

} // namespace

class TestAlerts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void ownerIsNotifiedAndAcknowledges();
    void othersNeverSeeIt();
    void possibleMatchIsLabelledPossible();
    void openReadForAgentAndInvestigator();
    void purgedReadSaysSo();
    void loginNoticesWaitingAlertsAndOverdueEntries();

private:
    std::unique_ptr<ui::MainWindow> window(core::StationLogin& login);
    // Stores a read as imports and cameras do, through the administrator's
    // connection: the alerts it raises are written with it. Returns the read id.
    qint64 storeRead(const QString& plate);

    std::unique_ptr<TestStation> m_ts;
    std::optional<core::ConsentText> m_consent;
    core::StationLogin m_alice; // agent
};

void TestAlerts::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("alice"), core::Role::Agent) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("bob"), core::Role::Agent) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    auto consent = core::ConsentText::load(QStringLiteral("en"));
    PL_VERIFY_OK(consent);
    m_consent = consent.value();
    m_alice = m_ts->loginActive(QStringLiteral("alice"), TestStation::userPassword());
    QVERIFY(m_alice.station);
    core::Database& db = m_ts->station().database();
    PL_VERIFY_OK(db.exec("INSERT INTO devices (id, name, type, time_zone, created_utc) VALUES "
                         "(1, 'North gate', 'fixed', 'UTC', '2020-01-01T00:00:00.000Z')"));
}

void TestAlerts::cleanup() {
    m_alice = {};
    m_consent.reset();
    m_ts.reset();
}

std::unique_ptr<ui::MainWindow> TestAlerts::window(core::StationLogin& login) {
    auto main = std::make_unique<ui::MainWindow>(*login.station, login.session, *m_consent);
    main->show();
    return main;
}

qint64 TestAlerts::storeRead(const QString& plate) {
    core::Station& station = m_ts->station();
    core::Database& db = station.database();
    auto writer = core::AlertWriter::create(db, station.auditLog(), m_ts->adminSession().actor(),
                                            m_ts->clock());
    if (!writer)
        return 0;
    auto tx = core::Transaction::begin(db);
    if (!tx)
        return 0;
    const qint64 timeMs = m_ts->clock().nowUtc().toMSecsSinceEpoch();
    auto insert = db.prepare("INSERT INTO reads (plate_raw, plate, match_key, time_ms, "
                             "device_id, source) VALUES (?1, ?1, ?1, ?2, 1, 'live')");
    if (!insert)
        return 0;
    insert.value().bind(1, plate).bind(2, timeMs);
    if (!insert.value().run())
        return 0;
    const qint64 readId = db.lastInsertRowId();
    if (!writer.value().onRead(tx.value(),
                               {readId, plate, QString(), timeMs, QStringLiteral("North gate")}))
        return 0;
    if (!tx.value().commit())
        return 0;
    return readId;
}

void TestAlerts::ownerIsNotifiedAndAcknowledges() {
    PL_VERIFY_OK(
        m_alice.station->hotLists().add(m_alice.session, entryInput(QStringLiteral("ABC1234"))));
    auto main = window(m_alice);
    QVERIFY(main->sections().contains(ui::MainWindow::Section::Alerts));
    ui::AlertNotificationArea* area = main->alertNotifications();
    QVERIFY(area);
    QVERIFY(area->cards().isEmpty());
    QCOMPARE(navigationText(*main, ui::MainWindow::Section::Alerts), QStringLiteral("Alerts"));

    QVERIFY(storeRead(QStringLiteral("ABC1234")) > 0);
    // The poll runs every second; the notification comes at the next round.
    QTRY_COMPARE(area->cards().size(), qsizetype(1));
    ui::AlertNotification* card = area->cards().first();
    QVERIFY(card->isVisible());
    QCOMPARE(card->kind(), core::HotListAlert::Kind::Hit);
    QVERIFY2(card->text().contains(QStringLiteral("HOT-LIST HIT")), qPrintable(card->text()));
    QVERIFY2(card->text().contains(QStringLiteral("ABC1234")), qPrintable(card->text()));
    QVERIFY2(card->text().contains(QStringLiteral("North gate")), qPrintable(card->text()));
    QVERIFY2(card->text().contains(QStringLiteral("Stolen vehicle")), qPrintable(card->text()));
    QTRY_COMPARE(navigationText(*main, ui::MainWindow::Section::Alerts),
                 QStringLiteral("Alerts (1)"));

    // Putting it on screen is recorded, once.
    core::Database& db = m_alice.station->database();
    const qint64 alertId = card->alertId();
    auto shown = AuditReader::withAction(db, core::AuditAction::alertShown());
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().userName, QStringLiteral("alice"));
    QCOMPARE(shown.first().target, QString::number(alertId));
    auto stored = m_alice.station->alerts().alert(m_alice.session, alertId);
    PL_VERIFY_OK(stored);
    QVERIFY(stored->shownUtc.isValid());

    // Dismissing leaves it in the inbox.
    button(card, "dismissNotification")->click();
    QVERIFY(area->cards().isEmpty());
    main->showSection(ui::MainWindow::Section::Alerts);
    ui::AlertsPage* inbox = main->alertsPage();
    QVERIFY(inbox->isVisible());
    QCOMPARE(inbox->model()->rowCount(), 1);
    QCOMPARE(inbox->model()->alertAt(0)->id, alertId);
    QVERIFY(inbox->findChild<QLabel*>(QStringLiteral("soleBasisNotice"))->isVisible());
    QCOMPARE(AuditReader::withAction(db, core::AuditAction::alertShown()).size(), 1);

    QVERIFY(inbox->selectAlert(alertId));
    button(inbox, "acknowledgeAlertButton")->click();
    auto* dialog = inbox->findChild<ui::NoteDialog*>(QStringLiteral("acknowledgeAlertDialog"));
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("note"))
        ->setText(QStringLiteral("Passed to patrol"));
    button(dialog, "submitButton")->click();
    QTRY_VERIFY(!inbox->findChild<ui::NoteDialog*>(QStringLiteral("acknowledgeAlertDialog")));
    QCOMPARE(inbox->model()->rowCount(), 0);
    const core::AuditEvent acknowledged =
        AuditReader::last(db, core::AuditAction::alertAcknowledged());
    QVERIFY(acknowledged.seq > 0);
    QCOMPARE(acknowledged.userName, QStringLiteral("alice"));
    QCOMPARE(acknowledged.target, QString::number(alertId));
    QCOMPARE(acknowledged.reason, QStringLiteral("Passed to patrol"));
    QCOMPARE(navigationText(*main, ui::MainWindow::Section::Alerts), QStringLiteral("Alerts"));

    // Acknowledged alerts are listed on request.
    inbox->findChild<QCheckBox*>(QStringLiteral("showAcknowledged"))->setChecked(true);
    QCOMPARE(inbox->model()->rowCount(), 1);
    QVERIFY(inbox->model()
                ->data(inbox->model()->index(0, ui::AlertTableModel::Status), Qt::DisplayRole)
                .toString()
                .startsWith(QStringLiteral("Acknowledged")));
}

void TestAlerts::othersNeverSeeIt() {
    PL_VERIFY_OK(
        m_alice.station->hotLists().add(m_alice.session, entryInput(QStringLiteral("XYZ987"))));
    auto bob = m_ts->loginActive(QStringLiteral("bob"), TestStation::userPassword());
    QVERIFY(bob.station);
    auto aliceWindow = window(m_alice);
    auto bobWindow = window(bob);

    QVERIFY(storeRead(QStringLiteral("XYZ987")) > 0);
    QTRY_COMPARE(aliceWindow->alertNotifications()->cards().size(), qsizetype(1));
    // Bob's window asks as often, and asks again now: nothing is his.
    bobWindow->alertNotifier()->poll();
    QVERIFY(bobWindow->alertNotifications()->cards().isEmpty());
    QCOMPARE(bobWindow->alertNotifier()->unacknowledged(), 0);
    QCOMPARE(navigationText(*bobWindow, ui::MainWindow::Section::Alerts), QStringLiteral("Alerts"));
    bobWindow->showSection(ui::MainWindow::Section::Alerts);
    QCOMPARE(bobWindow->alertsPage()->model()->rowCount(), 0);
    // Not even by asking for it.
    const qint64 alertId = aliceWindow->alertNotifications()->cards().first()->alertId();
    QVERIFY(!bobWindow->alertsPage()->openAlert(alertId));
    PL_VERIFY_ERROR(bob.station->alerts().alert(bob.session, alertId), core::ErrorCode::NotFound);
    for (const core::AuditEvent& event :
         AuditReader::withAction(bob.station->database(), core::AuditAction::alertShown())) {
        if (event.userName == QStringLiteral("bob"))
            QCOMPARE(event.outcome, QStringLiteral("refused"));
    }
}

void TestAlerts::possibleMatchIsLabelledPossible() {
    PL_VERIFY_OK(
        m_alice.station->hotLists().add(m_alice.session, entryInput(QStringLiteral("ABC1234"))));
    auto main = window(m_alice);
    // B read as 8: one look-alike character.
    QVERIFY(storeRead(QStringLiteral("A8C1234")) > 0);
    QTRY_COMPARE(main->alertNotifications()->cards().size(), qsizetype(1));
    ui::AlertNotification* card = main->alertNotifications()->cards().first();
    QCOMPARE(card->kind(), core::HotListAlert::Kind::Possible);
    QVERIFY2(card->text().contains(QStringLiteral("Possible match — not a hit")),
             qPrintable(card->text()));
    QVERIFY2(!card->text().contains(QStringLiteral("HIT")), qPrintable(card->text()));
    QVERIFY(card->text().contains(QStringLiteral("A8C1234")));

    main->showSection(ui::MainWindow::Section::Alerts);
    ui::AlertTableModel* model = main->alertsPage()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, ui::AlertTableModel::Kind), Qt::DisplayRole).toString(),
             QStringLiteral("Possible match"));
    QVERIFY(model->data(model->index(0, ui::AlertTableModel::Kind), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("not a hit")));
    // Never in a hit's red.
    const QColor colour =
        model->data(model->index(0, ui::AlertTableModel::Kind), Qt::ForegroundRole)
            .value<QBrush>()
            .color();
    QVERIFY(colour != QColor(0xb0, 0x00, 0x20));
}

void TestAlerts::openReadForAgentAndInvestigator() {
    PL_VERIFY_OK(
        m_alice.station->hotLists().add(m_alice.session, entryInput(QStringLiteral("OPN100"))));
    auto ivan = m_ts->loginActive(QStringLiteral("ivan"), TestStation::userPassword());
    QVERIFY(ivan.station);
    PL_VERIFY_OK(ivan.station->hotLists().add(ivan.session, entryInput(QStringLiteral("OPN100"))));
    auto aliceWindow = window(m_alice);
    auto ivanWindow = window(ivan);
    // One read, two owners: an alert for each.
    const qint64 readId = storeRead(QStringLiteral("OPN100"));
    QVERIFY(readId > 0);

    // The agent sees the read and its images, and cannot record a decision.
    QTRY_COMPARE(aliceWindow->alertNotifications()->cards().size(), qsizetype(1));
    button(aliceWindow->alertNotifications()->cards().first(), "openNotification")->click();
    auto* agentView = aliceWindow->findChild<ui::VerificationDialog*>();
    QVERIFY(agentView);
    QVERIFY(agentView->isVisible());
    QCOMPARE(agentView->currentReadId(), readId);
    QVERIFY(agentView->findChild<QLabel*>(QStringLiteral("plateText"))
                ->text()
                .contains(QStringLiteral("OPN100")));
    QVERIFY(!button(agentView, "confirmButton")->isEnabled());
    QVERIFY(aliceWindow->alertNotifications()->cards().isEmpty());
    QVERIFY(aliceWindow->alertsPage()->isVisible());
    agentView->close();

    // The investigator gets the verification view itself.
    QTRY_COMPARE(ivanWindow->alertNotifications()->cards().size(), qsizetype(1));
    const qint64 alertId = ivanWindow->alertNotifications()->cards().first()->alertId();
    ivanWindow->showSection(ui::MainWindow::Section::Alerts);
    auto* dialog =
        qobject_cast<ui::VerificationDialog*>(ivanWindow->alertsPage()->openAlert(alertId));
    QVERIFY(dialog);
    QCOMPARE(dialog->currentReadId(), readId);
    QVERIFY(button(dialog, "confirmButton")->isEnabled());
    const core::AuditEvent viewed =
        AuditReader::last(ivan.station->database(), core::AuditAction::readViewed());
    QCOMPARE(viewed.userName, QStringLiteral("ivan"));
    QCOMPARE(viewed.target, QString::number(readId));
    dialog->close();
}

void TestAlerts::purgedReadSaysSo() {
    PL_VERIFY_OK(
        m_alice.station->hotLists().add(m_alice.session, entryInput(QStringLiteral("GON555"))));
    QVERIFY(storeRead(QStringLiteral("GON555")) > 0);
    // What a retention purge leaves of an alert: its record, without the read.
    PL_VERIFY_OK(m_ts->station().database().exec("UPDATE alerts SET read_id = NULL"));
    auto main = window(m_alice);
    main->showSection(ui::MainWindow::Section::Alerts);
    ui::AlertsPage* inbox = main->alertsPage();
    QCOMPARE(inbox->model()->rowCount(), 1);
    const qint64 alertId = inbox->model()->alertAt(0)->id;
    QVERIFY(inbox->selectAlert(alertId));
    QVERIFY(!button(inbox, "openAlertButton")->isEnabled());
    QVERIFY(inbox->model()
                ->data(inbox->model()->index(0, ui::AlertTableModel::Status), Qt::DisplayRole)
                .toString()
                .contains(QStringLiteral("purged")));
    QVERIFY(!inbox->openAlert(alertId));
    QVERIFY(inbox->findChild<QLabel*>(QStringLiteral("alertsMessage"))
                ->text()
                .contains(QStringLiteral("purged")));
    QVERIFY(!main->findChild<ui::VerificationDialog*>());
}

void TestAlerts::loginNoticesWaitingAlertsAndOverdueEntries() {
    PL_VERIFY_OK(m_ts->station().policy().set(m_ts->adminSession(),
                                              core::PolicySettings::hotListReviewDays(), 30));
    auto overdue =
        m_alice.station->hotLists().add(m_alice.session, entryInput(QStringLiteral("OLD001")));
    PL_VERIFY_OK(overdue);
    auto current =
        m_alice.station->hotLists().add(m_alice.session, entryInput(QStringLiteral("NEW002")));
    PL_VERIFY_OK(current);
    QVERIFY(storeRead(QStringLiteral("OLD001")) > 0);
    PL_VERIFY_OK(m_alice.station->logout(m_alice.session));
    m_alice = {};

    // A month later the first entry is past its review; the other was reviewed.
    m_ts->clock().advanceDays(20);
    {
        auto again = m_ts->loginActive(QStringLiteral("alice"), TestStation::userPassword());
        QVERIFY(again.station);
        PL_VERIFY_OK(again.station->hotLists().review(again.session, current->id));
    }
    m_ts->clock().advanceDays(11);
    m_alice = m_ts->loginActive(QStringLiteral("alice"), TestStation::userPassword());
    QVERIFY(m_alice.station);
    auto main = window(m_alice);

    // The alert that came while she was away waits, and she is told so.
    QTRY_VERIFY(!main->alertNotifications()->noticeText().isEmpty());
    QVERIFY2(main->alertNotifications()->noticeText().contains(QStringLiteral("1 hot-list alert")),
             qPrintable(main->alertNotifications()->noticeText()));
    QVERIFY(main->alertNotifications()->cards().isEmpty());
    QCOMPARE(navigationText(*main, ui::MainWindow::Section::Alerts), QStringLiteral("Alerts (1)"));

    auto* dialog = main->findChild<ui::HotListAttentionDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->table()->rowCount(), 1);
    QCOMPARE(dialog->table()->item(0, ui::HotListAttentionDialog::Plate)->text(),
             QStringLiteral("OLD001"));
    QVERIFY(dialog->table()
                ->item(0, ui::HotListAttentionDialog::Problem)
                ->text()
                .contains(QStringLiteral("no longer alerting until reviewed")));
    QVERIFY(button(dialog, "reviewSelectedButton")->isEnabled());
    QVERIFY(dialog->review(QStringLiteral("Still wanted")));
    auto reviewed = m_alice.station->hotLists().entry(m_alice.session, overdue->id);
    PL_VERIFY_OK(reviewed);
    QCOMPARE(reviewed->reviewByUtc, m_ts->clock().nowUtc().addDays(30));
    QVERIFY(!button(dialog, "reviewSelectedButton")->isEnabled());

    // The notices are for login only.
    main->showLoginNotices();
    QCOMPARE(main->findChildren<ui::HotListAttentionDialog*>().size(), 1);

    // The waiting alert is shown when the inbox lists it, and recorded so.
    core::Database& db = m_alice.station->database();
    QVERIFY(AuditReader::withAction(db, core::AuditAction::alertShown()).isEmpty());
    main->showSection(ui::MainWindow::Section::Alerts);
    QVERIFY(main->alertNotifications()->noticeText().isEmpty());
    ui::AlertTableModel* model = main->alertsPage()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, ui::AlertTableModel::Status), Qt::DisplayRole).toString(),
             QStringLiteral("Not acknowledged"));
    const auto shown = AuditReader::withAction(db, core::AuditAction::alertShown());
    QCOMPARE(shown.size(), qsizetype(1));
    QCOMPARE(shown.first().userName, QStringLiteral("alice"));
}

QTEST_MAIN(TestAlerts)
#include "tst_alerts.moc"
