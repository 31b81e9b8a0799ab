// The anomaly thresholds in administration: every threshold has its spin box
// and a plain explanation, saving changes them through the audited policy
// service, the policy tab no longer shows them, and the flags follow.
#include "core/audit/AnomalyRules.h"
#include "core/audit/AuditAction.h"
#include "core/audit/AuditFlagService.h"
#include "core/policy/PolicySettings.h"
#include "core/station/Station.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/AnomalyRulesPanel.h"
#include "ui/admin/PolicyPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace pl;
using core::PolicySettings;
using tests::AuditReader;
using tests::TestStation;

class TestAnomalyRulesPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyThresholdIsShownAndExplained();
    void policyTabLeavesThemOut();
    void savingIsAuditedAndRecomputesFlags();
    void invalidValueIsRefused();
    void onlyAdministratorsSeeTheTab();

private:
    std::unique_ptr<TestStation> m_ts;
};

void TestAnomalyRulesPanel::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
}

void TestAnomalyRulesPanel::cleanup() {
    m_ts.reset();
}

void TestAnomalyRulesPanel::everyThresholdIsShownAndExplained() {
    ui::AdminPage page(m_ts->station(), m_ts->adminSession());
    ui::AnomalyRulesPanel* panel = page.anomalyRules();
    QVERIFY(panel);
    int count = 0;
    for (const core::PolicySpec& spec : PolicySettings::specs()) {
        if (!PolicySettings::isAnomalyThreshold(spec.key))
            continue;
        ++count;
        auto* box = panel->findChild<QSpinBox*>(spec.key);
        QVERIFY2(box, qPrintable(spec.key));
        QCOMPARE(box->value(), spec.defaultValue);
        QCOMPARE(box->minimum(), spec.minimum);
        QCOMPARE(box->maximum(), spec.maximum);
        auto* help = panel->findChild<QLabel*>(spec.key + QStringLiteral(".help"));
        QVERIFY2(help && !help->text().isEmpty(), qPrintable(spec.key));
    }
    QCOMPARE(count, 15);
}

void TestAnomalyRulesPanel::policyTabLeavesThemOut() {
    ui::AdminPage page(m_ts->station(), m_ts->adminSession());
    QVERIFY(!page.policy()->field(PolicySettings::flagDailySearchLimit()));
    QVERIFY(page.policy()->field(PolicySettings::lockoutThreshold()));
    QVERIFY(!page.policy()->findChild<QSpinBox*>(PolicySettings::flagExports()));
}

void TestAnomalyRulesPanel::savingIsAuditedAndRecomputesFlags() {
    core::Station& station = m_ts->station();
    PL_VERIFY_OK(station.auditFlags().update(m_ts->adminSession()));

    ui::AnomalyRulesPanel panel(station, m_ts->adminSession());
    panel.field(PolicySettings::flagReasonMinLength())->setValue(25);
    panel.field(PolicySettings::flagExports())->setValue(0);
    panel.findChild<QPushButton*>(QStringLiteral("saveAnomalyRulesButton"))->click();

    auto policy = station.currentPolicy();
    PL_VERIFY_OK(policy);
    QCOMPARE(policy.value().value(PolicySettings::flagReasonMinLength()), 25);
    QCOMPARE(policy.value().value(PolicySettings::flagExports()), 0);
    const auto changes =
        AuditReader::withAction(station.database(), core::AuditAction::settingChanged());
    QCOMPARE(changes.size(), 2);
    QStringList targets{changes.at(0).target, changes.at(1).target};
    targets.sort();
    QCOMPARE(targets,
             (QStringList{PolicySettings::flagExports(), PolicySettings::flagReasonMinLength()}));
    auto message = panel.findChild<QLabel*>(QStringLiteral("anomalyRulesMessage"));
    QVERIFY(message->text().contains(PolicySettings::label(PolicySettings::flagExports())));

    // The next update recomputes with the new thresholds; the two changes are flagged.
    auto update = station.auditFlags().update(m_ts->adminSession());
    PL_VERIFY_OK(update);
    QVERIFY(update.value().recomputed);
    auto flags =
        station.auditFlags().flagsFor(m_ts->adminSession(), {changes.at(0).seq, changes.at(1).seq});
    PL_VERIFY_OK(flags);
    QCOMPARE(flags.value().size(), 2);
    QCOMPARE(flags.value().at(0).rule, core::AnomalyRules::policyChange());
}

void TestAnomalyRulesPanel::invalidValueIsRefused() {
    core::Station& station = m_ts->station();
    ui::AnomalyRulesPanel panel(station, m_ts->adminSession());
    // The spin box keeps values in range; a stale panel after another change still saves
    // only what differs.
    QSpinBox* box = panel.field(PolicySettings::flagWindowDays());
    box->setValue(box->maximum() + 10);
    QCOMPARE(box->value(), box->maximum());
    panel.findChild<QPushButton*>(QStringLiteral("revertAnomalyRulesButton"))->click();
    QCOMPARE(box->value(), 30);
    panel.findChild<QPushButton*>(QStringLiteral("saveAnomalyRulesButton"))->click();
    QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("anomalyRulesMessage"))->text(),
             ui::AnomalyRulesPanel::tr("Nothing changed."));
    QCOMPARE(
        AuditReader::withAction(station.database(), core::AuditAction::settingChanged()).size(), 0);
}

void TestAnomalyRulesPanel::onlyAdministratorsSeeTheTab() {
    QVERIFY(m_ts->addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
    core::StationLogin sam = m_ts->loginActive(QStringLiteral("sam"), TestStation::userPassword());
    QVERIFY(sam.station);
    ui::AdminPage page(*sam.station, sam.session);
    QVERIFY(!page.anomalyRules());
}

QTEST_MAIN(TestAnomalyRulesPanel)
#include "tst_anomalyrulespanel.moc"
