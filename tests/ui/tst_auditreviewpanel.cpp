// The periodic review panel, driven through its named children: the quarters
// not yet reviewed, starting a review from the dialog, checking events with
// notes, signing off the GUI thread, checking integrity, and what an
// administrator and an agent see.
#include "core/audit/AuditAction.h"
#include "core/audit/AuditFlagService.h"
#include "core/audit/AuditLog.h"
#include "core/common/TimeFormat.h"
#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"
#include "ui/audit/AuditReviewPanel.h"
#include "ui/common/FormDialog.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace pl;
using tests::AuditReader;
using tests::TestStation;

namespace {

QDateTime utc(int year, int month, int day, int hour = 9) {
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

template <typename T>
T* child(QWidget& parent, const char* name) {
    return parent.findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestAuditReviewPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsUnreviewedQuarters();
    void startFromTheDialog();
    void workThroughSignAndCheck();
    void othersSeeLessOrNothing();

private:
    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_amy;
    core::StationLogin m_sam;
    qint64 m_flagged = 0;
};

void TestAuditReviewPanel::init() {
    m_ts = std::make_unique<TestStation>(utc(2026, 1, 5));
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("amy"), core::Role::Agent) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
    m_amy = m_ts->loginActive(QStringLiteral("amy"), TestStation::userPassword());
    m_sam = m_ts->loginActive(QStringLiteral("sam"), TestStation::userPassword());
    QVERIFY(m_amy.station && m_sam.station);
    // The anomaly rules are off, so that the one flag is the one set below.
    for (const core::PolicySpec& spec : core::PolicySettings::specs()) {
        if (core::PolicySettings::isAnomalyThreshold(spec.key) && spec.minimum == 0)
            PL_VERIFY_OK(m_ts->station().policy().set(m_ts->adminSession(), spec.key, 0));
    }
    PL_VERIFY_OK(m_sam.station->auditFlags().update(m_sam.session));

    core::Database& db = m_amy.station->database();
    {
        auto tx = core::Transaction::begin(db);
        PL_VERIFY_OK(tx);
        for (int i = 0; i < 20; ++i) {
            core::AuditRecord record{core::AuditAction::searchRun(), core::AuditOutcome::Success,
                                     QStringLiteral("plate"), QStringLiteral("ABC%1").arg(i)};
            record.caseNumber = QStringLiteral("2026-%1").arg(i);
            record.reason = QStringLiteral("Burglary follow-up");
            auto event = m_amy.station->auditLog().appendAt(tx.value(), m_amy.session.actor(),
                                                            record, utc(2026, 2, 1 + i));
            PL_VERIFY_OK(event);
            if (i == 7)
                m_flagged = event->seq;
        }
        PL_VERIFY_OK(tx.value().commit());
    }
    auto flag = db.prepare("INSERT INTO audit_flags (seq, rule, facts, flagged_utc) "
                           "VALUES (?1, 'after_hours', '{}', '2026-03-01T00:00:00.000Z')");
    PL_VERIFY_OK(flag);
    flag.value().bind(1, m_flagged);
    PL_VERIFY_OK(flag.value().run());
    m_ts->clock().set(utc(2026, 4, 6));
}

void TestAuditReviewPanel::cleanup() {
    m_amy = {};
    m_sam = {};
    m_ts.reset();
}

void TestAuditReviewPanel::showsUnreviewedQuarters() {
    ui::AuditReviewPanel panel(*m_sam.station, m_sam.session);
    auto* list = child<QListWidget>(panel, "unreviewedList");
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Q1 2026")));
    QVERIFY(child<QLabel>(panel, "unreviewedLabel")->text().contains(QStringLiteral("1 ")));
    QCOMPARE(child<QTableWidget>(panel, "reviewsTable")->rowCount(), 0);
    QVERIFY(child<QPushButton>(panel, "startButton")->isEnabled());
    QVERIFY(!child<QPushButton>(panel, "signButton")->isEnabled());
    QVERIFY(!child<QPushButton>(panel, "integrityButton")->isEnabled());
}

void TestAuditReviewPanel::startFromTheDialog() {
    ui::AuditReviewPanel panel(*m_sam.station, m_sam.session);
    QSignalSpy started(&panel, &ui::AuditReviewPanel::reviewStarted);
    bool sawDefaults = false;
    QTimer::singleShot(0, &panel, [&panel, &sawDefaults] {
        auto* dialog = child<ui::FormDialog>(panel, "startReviewDialog");
        if (!dialog)
            return;
        auto* from = child<QDateEdit>(*dialog, "periodFrom");
        auto* to = child<QDateEdit>(*dialog, "periodTo");
        sawDefaults =
            from && to && from->date() == QDate(2026, 1, 1) && to->date() == QDate(2026, 3, 31);
        dialog->submitButton()->click();
    });
    panel.chooseAndStartReview();
    QVERIFY(sawDefaults);
    QCOMPARE(started.count(), 1);
    QCOMPARE(panel.currentReviewId(), started.first().first().toLongLong());
    auto* reviews = child<QTableWidget>(panel, "reviewsTable");
    QCOMPARE(reviews->rowCount(), 1);
    QVERIFY(reviews->item(0, 1)->text().contains(QStringLiteral("0 of")));
    auto* items = child<QTableWidget>(panel, "itemsTable");
    QCOMPARE(items->rowCount(), static_cast<int>(panel.items().size()));
    QCOMPARE(items->rowCount(), 1 + 10);
    // An open review does not make the quarter reviewed.
    QCOMPARE(child<QListWidget>(panel, "unreviewedList")->count(), 1);
}

void TestAuditReviewPanel::workThroughSignAndCheck() {
    ui::AuditReviewPanel panel(*m_sam.station, m_sam.session);
    QVERIFY(panel.startReview(utc(2026, 1, 1, 0), utc(2026, 4, 1, 0)));
    auto* items = child<QTableWidget>(panel, "itemsTable");
    auto* note = child<QLineEdit>(panel, "itemNote");
    auto* mark = child<QPushButton>(panel, "markCheckedButton");
    auto* sign = child<QPushButton>(panel, "signButton");
    auto* message = child<QLabel>(panel, "reviewMessage");
    QVERIFY(items && note && mark && sign && message);

    int flaggedRow = -1;
    for (int row = 0; row < items->rowCount(); ++row) {
        if (items->item(row, 0)->data(Qt::UserRole).toLongLong() == m_flagged)
            flaggedRow = row;
    }
    QVERIFY(flaggedRow >= 0);
    QVERIFY(items->item(flaggedRow, 8)->text().contains(QStringLiteral("after_hours")));

    // The flagged event needs a note.
    items->selectRow(flaggedRow);
    QVERIFY(child<QPlainTextEdit>(panel, "eventDetails")
                ->toPlainText()
                .contains(QStringLiteral("#%1").arg(m_flagged)));
    QVERIFY(mark->isEnabled());
    mark->click();
    QVERIFY(message->text().contains(QStringLiteral("#%1").arg(m_flagged)));
    QVERIFY(!panel.items().at(flaggedRow).isChecked());
    note->setText(QStringLiteral("Night shift on case 2026-7."));
    mark->click();
    QVERIFY(panel.items().at(flaggedRow).isChecked());
    QCOMPARE(items->item(flaggedRow, 10)->text(), QStringLiteral("Night shift on case 2026-7."));
    QVERIFY(items->item(flaggedRow, 9)->text().contains(QStringLiteral("sam")));

    // The rest: the selection moves on to the next unchecked event.
    QVERIFY(!sign->isEnabled());
    for (int i = 1; i < items->rowCount(); ++i) {
        QVERIFY(mark->isEnabled());
        mark->click();
    }
    for (const core::AuditReviewItem& item : panel.items())
        QVERIFY(item.isChecked());
    QVERIFY(sign->isEnabled());

    QSignalSpy signedSpy(&panel, &ui::AuditReviewPanel::signingFinished);
    panel.sign(QStringLiteral("Q1 reviewed."));
    QVERIFY(panel.isBusy() || signedSpy.count() == 1);
    if (signedSpy.isEmpty())
        QVERIFY(signedSpy.wait(30000));
    QCOMPARE(signedSpy.first().first().toBool(), true);
    QVERIFY(!panel.isBusy());
    auto* reviews = child<QTableWidget>(panel, "reviewsTable");
    QVERIFY(reviews->item(0, 1)->text().startsWith(QStringLiteral("Signed")));
    QCOMPARE(reviews->item(0, 3)->text(), QStringLiteral("sam"));
    QCOMPARE(reviews->item(0, 7)->text(), QStringLiteral("Intact"));
    QCOMPARE(child<QListWidget>(panel, "unreviewedList")->count(), 0);
    QVERIFY(!sign->isEnabled());
    QVERIFY(!mark->isEnabled());

    auto* integrity = child<QPushButton>(panel, "integrityButton");
    QVERIFY(integrity->isEnabled());
    QSignalSpy checked(&panel, &ui::AuditReviewPanel::integrityChecked);
    integrity->click();
    if (checked.isEmpty())
        QVERIFY(checked.wait(30000));
    QCOMPARE(checked.first().first().toBool(), true);
    QVERIFY2(message->text().contains(QStringLiteral("Unchanged")), qPrintable(message->text()));
    QCOMPARE(
        AuditReader::withAction(m_ts->station().database(), core::AuditAction::auditReviewChecked())
            .size(),
        1);
}

void TestAuditReviewPanel::othersSeeLessOrNothing() {
    // An administrator sees the reviews and the quarters, and cannot start one.
    ui::AuditReviewPanel admin(m_ts->station(), m_ts->adminSession());
    QCOMPARE(child<QListWidget>(admin, "unreviewedList")->count(), 1);
    QVERIFY(child<QPushButton>(admin, "startButton")->isHidden());
    QVERIFY(child<QPushButton>(admin, "signButton")->isHidden());
    QVERIFY(!admin.startReview(utc(2026, 1, 1, 0), utc(2026, 4, 1, 0)));
    QVERIFY(!child<QLabel>(admin, "reviewMessage")->text().isEmpty());

    // An agent sees nothing.
    ui::AuditReviewPanel agent(*m_amy.station, m_amy.session);
    QCOMPARE(child<QTableWidget>(agent, "reviewsTable")->rowCount(), 0);
    QVERIFY(!child<QLabel>(agent, "reviewMessage")->text().isEmpty());
    QVERIFY(agent.reviews().isEmpty());
}

QTEST_MAIN(TestAuditReviewPanel)
#include "tst_auditreviewpanel.moc"
