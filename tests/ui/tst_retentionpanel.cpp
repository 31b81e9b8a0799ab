// Retention and the statute-of-limitations table through the administration
// page, and the purge the station starts by itself after log-in; each
// checked in the store and the audit trail.
#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/cases/CaseService.h"
#include "core/policy/PolicySettings.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"
#include "ui/SessionController.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/OffenseCategoryPanel.h"
#include "ui/admin/PolicyPanel.h"
#include "ui/admin/RetentionPanel.h"
#include "ui/login/ConsentDialog.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/retention/RetentionRunner.h"
#include "ui/retention/ScheduledPurge.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace pl;
using tests::TestStation;

class TestRetentionPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void previewShowsFigures();
    void purgeAsksThenRemoves();
    void cancelStopsAfterBatch();
    void retentionPeriodIsAPolicyValue();
    void presetSetsThePeriod();
    void offenseYearsAreSaved();
    void scheduledPurgeAtLogin();

private:
    qint64 addRead(const QString& plate, int daysAgo);
    qint64 readCount();
    QString labelText(const char* name) const;
    ui::RetentionPanel* panel() const { return m_page->retention(); }

    std::unique_ptr<TestStation> m_ts;
    std::unique_ptr<ui::AdminPage> m_page;
};

void TestRetentionPanel::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    PL_VERIFY_OK(m_ts->station().database().exec(
        "INSERT INTO devices (id, name, type, time_zone, created_utc) "
        "VALUES (1, 'North gate', 'fixed', 'UTC', '2020-01-01T00:00:00.000Z')"));
    m_page = std::make_unique<ui::AdminPage>(m_ts->station(), m_ts->adminSession());
    QVERIFY(panel());
}

void TestRetentionPanel::cleanup() {
    m_page.reset();
    m_ts.reset();
}

qint64 TestRetentionPanel::addRead(const QString& plate, int daysAgo) {
    core::Database& db = m_ts->station().database();
    auto stmt = db.prepare("INSERT INTO reads (plate_raw, plate, match_key, time_ms, device_id, "
                           "source) VALUES (?1, ?1, ?1, ?2, 1, 'live')");
    if (!stmt)
        return 0;
    stmt.value().bind(1, plate).bind(2,
                                     m_ts->clock().nowUtc().addDays(-daysAgo).toMSecsSinceEpoch());
    if (!stmt.value().run())
        return 0;
    return db.lastInsertRowId();
}

qint64 TestRetentionPanel::readCount() {
    auto count = m_ts->station().database().queryInt("SELECT count(*) FROM reads");
    return count ? count.value() : -1;
}

QString TestRetentionPanel::labelText(const char* name) const {
    auto* label = panel()->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("(no label %1)").arg(QLatin1String(name));
}

void TestRetentionPanel::previewShowsFigures() {
    QVERIFY(addRead(QStringLiteral("OLD1"), 800) > 0);
    QVERIFY(addRead(QStringLiteral("OLD2"), 900) > 0);
    const qint64 held = addRead(QStringLiteral("HELD1"), 1000);
    QVERIFY(addRead(QStringLiteral("NEW1"), 10) > 0);
    auto ivan = m_ts->loginActive(QStringLiteral("ivan"), TestStation::userPassword());
    QVERIFY(ivan.station);
    core::NewCase open{QStringLiteral("A-1"),
                       QStringLiteral("Fleet"),
                       core::NewCase::Kind::Administrative,
                       {},
                       {}};
    PL_VERIFY_OK(ivan.station->cases().open(ivan.session, open));
    PL_VERIFY_OK(ivan.station->cases().linkRead(ivan.session, QStringLiteral("A-1"), held));

    auto* purge = panel()->findChild<QPushButton*>(QStringLiteral("purgeButton"));
    QVERIFY(!purge->isEnabled());
    panel()->findChild<QPushButton*>(QStringLiteral("previewRetentionButton"))->click();
    QCOMPARE(labelText("retentionExpired"), QStringLiteral("2"));
    QCOMPARE(labelText("retentionHeld"), QStringLiteral("1"));
    QCOMPARE(labelText("retentionImportRows"), QStringLiteral("0"));
    QVERIFY(!labelText("retentionCutoff").isEmpty());
    QVERIFY(purge->isEnabled());
    QCOMPARE(readCount(), 4); // a preview removes nothing
}

void TestRetentionPanel::purgeAsksThenRemoves() {
    QVERIFY(addRead(QStringLiteral("OLD1"), 800) > 0);
    QVERIFY(addRead(QStringLiteral("OLD2"), 731) > 0);
    QVERIFY(addRead(QStringLiteral("NEW1"), 700) > 0);
    panel()->preview();
    auto* purge = panel()->findChild<QPushButton*>(QStringLiteral("purgeButton"));
    QVERIFY(purge->isEnabled());

    // Cancelling the confirmation removes nothing.
    purge->click();
    auto* confirm = panel()->findChild<QMessageBox*>(QStringLiteral("confirmPurge"));
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(QStringLiteral("Remove 2 read")));
    confirm->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!panel()->findChild<QMessageBox*>(QStringLiteral("confirmPurge")));
    QCOMPARE(readCount(), 3);

    QSignalSpy finished(panel(), &ui::RetentionPanel::purgeFinished);
    purge->click();
    confirm = panel()->findChild<QMessageBox*>(QStringLiteral("confirmPurge"));
    QVERIFY(confirm);
    confirm->findChild<QPushButton*>(QStringLiteral("confirmPurgeButton"))->click();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(readCount(), 1);
    QVERIFY2(labelText("purgeResult").startsWith(QStringLiteral("Removed 2 read")),
             qPrintable(labelText("purgeResult")));
    QVERIFY(!purge->isEnabled()); // the figures are stale until the next preview

    auto events = core::AuditLog::events(m_ts->station().database(), 1);
    PL_VERIFY_OK(events);
    QCOMPARE(events.value().first().action, core::AuditAction::retentionPurged());
    QVERIFY(events.value().first().details.contains(QStringLiteral("\"cancelled\":false")));
}

void TestRetentionPanel::cancelStopsAfterBatch() {
    for (int i = 0; i < 5; ++i)
        QVERIFY(addRead(QStringLiteral("OLD%1").arg(i), 800 + i) > 0);
    panel()->preview();
    panel()->runner()->setBatchSize(2);
    QSignalSpy finished(panel(), &ui::RetentionPanel::purgeFinished);
    // The purge runs on its own connection: holding the write lock here keeps
    // its first batch from committing until the cancel has been asked for.
    core::Database& db = m_ts->station().database();
    PL_VERIFY_OK(db.exec("BEGIN IMMEDIATE"));
    panel()->purge();
    QVERIFY(panel()->runner()->isRunning());
    auto* cancel = panel()->findChild<QPushButton*>(QStringLiteral("cancelPurgeButton"));
    QVERIFY(!cancel->isHidden());
    cancel->click();
    PL_VERIFY_OK(db.exec("COMMIT"));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!panel()->runner()->isRunning());
    QVERIFY2(labelText("purgeResult").startsWith(QStringLiteral("Cancelled")),
             qPrintable(labelText("purgeResult")));
    // At most the batch in hand went, and the store agrees with what was shown.
    const qint64 left = readCount();
    QVERIFY2(left == 5 || left == 3, qPrintable(QString::number(left)));
    QVERIFY(labelText("purgeResult").contains(QStringLiteral("Removed %1 read").arg(5 - left)));
    auto events = core::AuditLog::events(db, 1);
    PL_VERIFY_OK(events);
    QCOMPARE(events.value().first().action, core::AuditAction::retentionPurged());
    QVERIFY(events.value().first().details.contains(QStringLiteral("\"cancelled\":true")));
}

void TestRetentionPanel::retentionPeriodIsAPolicyValue() {
    QSpinBox* days = m_page->policy()->field(core::PolicySettings::retentionDays());
    QVERIFY(days);
    QCOMPARE(days->value(), 730);
    QVERIFY(labelText("retentionPeriod").contains(QStringLiteral("730 day")));
}

void TestRetentionPanel::presetSetsThePeriod() {
    QVERIFY(addRead(QStringLiteral("MID1"), 200) > 0);
    QVERIFY(addRead(QStringLiteral("NEW1"), 10) > 0);
    auto* presets = panel()->findChild<QComboBox*>(QStringLiteral("retentionPresets"));
    QVERIFY(presets);
    QCOMPARE(presets->currentData().toInt(), 730);
    presets->setCurrentIndex(presets->findData(180));
    panel()->findChild<QPushButton*>(QStringLiteral("applyRetentionPreset"))->click();
    auto policy = m_ts->station().currentPolicy();
    PL_VERIFY_OK(policy);
    QCOMPARE(policy.value().retentionDays(), 180);
    const core::AuditEvent changed =
        tests::AuditReader::last(m_ts->station().database(), core::AuditAction::settingChanged());
    QCOMPARE(changed.target, core::PolicySettings::retentionDays());
    QVERIFY(labelText("retentionPeriod").contains(QStringLiteral("180 day")));
    panel()->preview();
    QCOMPARE(labelText("retentionExpired"), QStringLiteral("1"));
}

void TestRetentionPanel::offenseYearsAreSaved() {
    ui::OffenseCategoryPanel* offenses = m_page->offenses();
    QVERIFY(offenses);
    QSpinBox* felony = offenses->yearsField(QStringLiteral("felony"));
    QVERIFY(felony);
    QCOMPARE(felony->value(), 6);
    QVERIFY(felony->isEnabled());
    felony->setValue(7);
    offenses->findChild<QPushButton*>(QStringLiteral("saveOffensesButton"))->click();
    auto categories = m_ts->station().cases().offenseCategories(m_ts->adminSession());
    PL_VERIFY_OK(categories);
    int years = 0;
    for (const core::OffenseCategory& category : categories.value()) {
        if (category.code == QStringLiteral("felony"))
            years = category.years;
    }
    QCOMPARE(years, 7);
    QVERIFY(offenses->findChild<QLabel*>(QStringLiteral("offenseMessage"))
                ->text()
                .contains(QStringLiteral("7 year")));
}

void TestRetentionPanel::scheduledPurgeAtLogin() {
    QVERIFY(addRead(QStringLiteral("OLD1"), 800) > 0);
    QVERIFY(addRead(QStringLiteral("NEW1"), 5) > 0);
    m_page.reset();
    m_ts->close();
    ui::SessionController controller(m_ts->storePath(), m_ts->clock());
    const auto enter = [&] {
        controller.start();
        ui::LoginDialog* login = controller.loginDialog();
        login->findChild<QLineEdit*>(QStringLiteral("userName"))->setText(QStringLiteral("ivan"));
        login->findChild<QLineEdit*>(QStringLiteral("password"))
            ->setText(TestStation::userPassword());
        login->findChild<QPushButton*>(QStringLiteral("loginButton"))->click();
        QTRY_VERIFY(controller.consentDialog());
        controller.consentDialog()->findChild<QPushButton*>(QStringLiteral("agreeButton"))->click();
        QTRY_VERIFY(controller.mainWindow());
    };
    // An investigator may not purge, but the station's own run goes ahead for them.
    enter();
    auto* status = controller.mainWindow()->findChild<QLabel*>(QStringLiteral("purgeStatus"));
    QVERIFY(status);
    QTRY_VERIFY2(status->text().contains(QStringLiteral(": 1 read")), qPrintable(status->text()));
    auto count = controller.station()->database().queryInt("SELECT count(*) FROM reads");
    PL_VERIFY_OK(count);
    QCOMPARE(count.value(), 1);
    auto events = core::AuditLog::events(controller.station()->database(), 1);
    PL_VERIFY_OK(events);
    QCOMPARE(events.value().first().action, core::AuditAction::retentionPurged());
    QVERIFY(events.value().first().details.contains(QStringLiteral("\"scheduled\":true")));
    // Not due again the same day.
    QVERIFY(!controller.mainWindow()->scheduledPurge()->checkNow());
    controller.mainWindow()->close();
    QTRY_VERIFY(controller.loginDialog());

    // A day later it is.
    m_ts->clock().advanceDays(1);
    enter();
    status = controller.mainWindow()->findChild<QLabel*>(QStringLiteral("purgeStatus"));
    QTRY_VERIFY2(status->text().contains(QStringLiteral(": 0 read")), qPrintable(status->text()));
}

QTEST_MAIN(TestRetentionPanel)
#include "tst_retentionpanel.moc"
