// The audit page as a supervisor uses it: the browser opens (and that is
// recorded), filters apply (each recorded) or explain a refusal, the table
// fetches older events as it scrolls, an event shows in full beside it, and
// the chain's status is re-checked and names a tampered event.
#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/RawStore.h"
#include "tests/support/TestStation.h"
#include "ui/audit/AuditBrowserView.h"
#include "ui/audit/AuditEventDetail.h"
#include "ui/audit/AuditEventModel.h"
#include "ui/audit/AuditFilterBar.h"
#include "ui/audit/AuditPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace pl;
using tests::AuditReader;
using tests::TestStation;

class TestAuditPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void openingShowsNewestFirstAndIsRecorded();
    void scrollingFetchesOlderEvents();
    void filterIsAppliedAndRecorded();
    void badFilterExplainsAndKeepsRows();
    void selectedEventShowsInFull();
    void chainStatusNamesATamperedEvent();
    void flagsAreExplainedAndMarkedReviewed();
    void administratorsReadButDoNotReview();

private:
    void addSearches(int count);
    template <typename T>
    T* child(const char* name) const {
        return m_page->findChild<T*>(QLatin1String(name));
    }

    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_login;
    std::unique_ptr<ui::AuditPage> m_page;
};

void TestAuditPage::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
    m_ts->close();
    m_login = m_ts->loginActive(QStringLiteral("sam"), TestStation::userPassword());
    QVERIFY(m_login.station);
}

void TestAuditPage::cleanup() {
    m_page.reset();
    m_login = {};
    m_ts.reset();
}

void TestAuditPage::addSearches(int count) {
    core::Station& station = *m_login.station;
    auto tx = core::Transaction::begin(station.database());
    QVERIFY(tx);
    for (int i = 0; i < count; ++i) {
        m_ts->clock().advanceMinutes(1);
        core::AuditRecord record{core::AuditAction::searchRun(), core::AuditOutcome::Success,
                                 QStringLiteral("reads"), QStringLiteral("PL%1").arg(i)};
        record.caseNumber = i % 2 ? QStringLiteral("C-ODD") : QStringLiteral("C-EVEN");
        record.reason = QStringLiteral("patrol follow-up");
        record.details.insert(QStringLiteral("plate"), QStringLiteral("PL%1").arg(i));
        record.details.insert(QStringLiteral("count"), i);
        record.details.insert(QStringLiteral("ids_sha256"), QStringLiteral("ab%1").arg(i));
        PL_VERIFY_OK(
            station.auditLog().append(tx.value(), {std::nullopt, QStringLiteral("ivy")}, record));
    }
    PL_VERIFY_OK(tx.value().commit());
}

void TestAuditPage::openingShowsNewestFirstAndIsRecorded() {
    addSearches(5);
    m_page = std::make_unique<ui::AuditPage>(*m_login.station, m_login.session);
    ui::AuditEventModel* model = m_page->browser()->model();
    QVERIFY(model->rowCount() > 5);
    QCOMPARE(model->row(0)->event.action, core::AuditAction::searchRun());
    QCOMPARE(model->row(0)->plate, QStringLiteral("PL4"));
    QCOMPARE(model->data(model->index(0, ui::AuditEventModel::Reads), Qt::DisplayRole).toInt(), 4);
    const core::AuditEvent opened =
        AuditReader::last(m_login.station->database(), core::AuditAction::auditBrowserOpened());
    QVERIFY(opened.seq > model->row(0)->event.seq);
    QCOMPARE(opened.userName, QStringLiteral("sam"));
    QVERIFY(m_page->browser()->statusText().contains(QString::number(opened.seq)));
    QCOMPARE(m_page->tabs()->tabText(0), QStringLiteral("Events"));
}

void TestAuditPage::scrollingFetchesOlderEvents() {
    addSearches(450);
    m_page = std::make_unique<ui::AuditPage>(*m_login.station, m_login.session);
    ui::AuditEventModel* model = m_page->browser()->model();
    QCOMPARE(model->rowCount(), ui::AuditEventModel::pageSize);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 2 * ui::AuditEventModel::pageSize);
    for (int i = 1; i < model->rowCount(); ++i)
        QVERIFY(model->row(i - 1)->event.seq > model->row(i)->event.seq);
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->row(model->rowCount() - 1)->event.seq, 1);
}

void TestAuditPage::filterIsAppliedAndRecorded() {
    addSearches(20);
    m_page = std::make_unique<ui::AuditPage>(*m_login.station, m_login.session);
    auto* plate = child<QLineEdit>("filterPlate");
    auto* caseNumber = child<QLineEdit>("filterCase");
    QVERIFY(plate && caseNumber);
    caseNumber->setText(QStringLiteral("c-odd"));
    auto* onlyFlagged = child<QCheckBox>("filterOnlyFlagged");
    QVERIFY(onlyFlagged);
    child<QPushButton>("applyFilterButton")->click();
    ui::AuditEventModel* model = m_page->browser()->model();
    QCOMPARE(model->rowCount(), 10);
    for (int i = 0; i < model->rowCount(); ++i)
        QCOMPARE(model->row(i)->event.caseNumber, QStringLiteral("C-ODD"));

    plate->setText(QStringLiteral("pl-1?"));
    QTest::keyClick(plate, Qt::Key_Return);
    // PL11, PL13, ..., PL19 (odd, so C-ODD).
    QCOMPARE(model->rowCount(), 5);
    const core::AuditEvent filtered =
        AuditReader::last(m_login.station->database(), core::AuditAction::auditFiltered());
    const QJsonObject recorded =
        AuditReader::details(filtered).value(QStringLiteral("filter")).toObject();
    QCOMPARE(recorded.value(QStringLiteral("plate")).toString(), QStringLiteral("PL1?"));
    QCOMPARE(recorded.value(QStringLiteral("case")).toString(), QStringLiteral("c-odd"));
    QCOMPARE(AuditReader::details(filtered).value(QStringLiteral("matching")).toInt(), 5);

    // Clearing shows everything again, and is recorded as a filter too.
    const qint64 before = filtered.seq;
    child<QPushButton>("clearFilterButton")->click();
    QVERIFY(model->rowCount() > 20);
    QVERIFY(AuditReader::last(m_login.station->database(), core::AuditAction::auditFiltered()).seq >
            before);
}

void TestAuditPage::badFilterExplainsAndKeepsRows() {
    addSearches(3);
    m_page = std::make_unique<ui::AuditPage>(*m_login.station, m_login.session);
    ui::AuditEventModel* model = m_page->browser()->model();
    const int rows = model->rowCount();
    child<QLineEdit>("filterPlate")->setText(QStringLiteral("AB#12"));
    child<QPushButton>("applyFilterButton")->click();
    QCOMPARE(model->rowCount(), rows);
    QVERIFY2(m_page->browser()->statusText().contains(QStringLiteral("#")),
             qPrintable(m_page->browser()->statusText()));
    QVERIFY(m_page->browser()->statusText().startsWith(QStringLiteral("Plate:")));
}

void TestAuditPage::selectedEventShowsInFull() {
    addSearches(3);
    m_page = std::make_unique<ui::AuditPage>(*m_login.station, m_login.session);
    ui::AuditBrowserView* browser = m_page->browser();
    browser->selectRow(0);
    const core::AuditEventRow* row = browser->model()->row(0);
    QVERIFY(row);
    const QString text = browser->detail()->text();
    QVERIFY2(text.contains(QStringLiteral("Event #%1").arg(row->event.seq)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("patrol follow-up")));
    QVERIFY(text.contains(QStringLiteral("ab2")));
    QVERIFY(text.contains(QString::fromLatin1(row->event.hash.toHex())));
    QVERIFY(text.contains(QString::fromLatin1(row->event.prevHash.toHex())));
    QVERIFY(text.contains(QStringLiteral("event #%1").arg(row->event.seq - 1)));
}

void TestAuditPage::chainStatusNamesATamperedEvent() {
    addSearches(3);
    m_page = std::make_unique<ui::AuditPage>(*m_login.station, m_login.session);
    QVERIFY(m_page->chainStatus().contains(QStringLiteral("not been checked")));

    QSignalSpy finished(m_page.get(), &ui::AuditPage::verificationFinished);
    m_page->verify();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    QVERIFY2(m_page->chainStatus().startsWith(QStringLiteral("Chain intact up to event #")),
             qPrintable(m_page->chainStatus()));

    // Someone with the key works around the trigger and edits a reason.
    auto raw = tests::RawStore::openKeyed(m_ts->storePath(), TestStation::adminName(),
                                          TestStation::adminPassword());
    PL_VERIFY_OK(raw);
    PL_VERIFY_OK(raw.value()->exec("DROP TRIGGER audit_events_append_only_update"));
    PL_VERIFY_OK(raw.value()->exec("UPDATE audit_events SET reason = 'nothing to see' WHERE "
                                   "seq = (SELECT max(seq) FROM audit_events WHERE action = "
                                   "'search.run')"));
    raw.value().reset();

    m_page->verify();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);
    QVERIFY2(m_page->chainStatus().contains(QStringLiteral("BROKEN at event #")),
             qPrintable(m_page->chainStatus()));
    QVERIFY(m_page->chainStatus().contains(QStringLiteral("(edited)")));
}

void TestAuditPage::flagsAreExplainedAndMarkedReviewed() {
    // A search whose reason says nothing (the default rule: under 10 characters).
    {
        core::Station& station = *m_login.station;
        auto tx = core::Transaction::begin(station.database());
        QVERIFY(tx);
        core::AuditRecord record{core::AuditAction::searchRun(), core::AuditOutcome::Success,
                                 QStringLiteral("reads"), QStringLiteral("ZZZ999")};
        record.caseNumber = QStringLiteral("C-1");
        record.reason = QStringLiteral("chk");
        record.details.insert(QStringLiteral("plate"), QStringLiteral("ZZZ999"));
        PL_VERIFY_OK(
            station.auditLog().append(tx.value(), {std::nullopt, QStringLiteral("ivy")}, record));
        PL_VERIFY_OK(tx.value().commit());
    }
    m_page = std::make_unique<ui::AuditPage>(*m_login.station, m_login.session);
    ui::AuditBrowserView* browser = m_page->browser();
    QSignalSpy updated(browser, &ui::AuditBrowserView::flagsUpdated);
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 20000);
    QCOMPARE(updated.first().at(0).toBool(), true);
    QVERIFY2(browser->flagStatusText().contains(QStringLiteral("up to event #")),
             qPrintable(browser->flagStatusText()));

    child<QCheckBox>("filterOnlyFlagged")->setChecked(true);
    child<QPushButton>("applyFilterButton")->click();
    ui::AuditEventModel* model = browser->model();
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->row(i)->plate == QLatin1String("ZZZ999"))
            row = i;
    }
    QVERIFY(row >= 0);
    QVERIFY(model->row(row)->flagged);
    QCOMPARE(model->data(model->index(row, ui::AuditEventModel::Flag), Qt::DisplayRole).toString(),
             QStringLiteral("flagged"));
    browser->selectRow(row);
    const qint64 seq = model->row(row)->event.seq;
    QVERIFY2(browser->detail()->text().contains(QStringLiteral("Anomaly flags")),
             qPrintable(browser->detail()->text()));
    QVERIFY(browser->detail()->text().contains(QStringLiteral("chk")));

    auto* note = child<QLineEdit>("flagReviewNote");
    auto* mark = child<QPushButton>("markFlagReviewedButton");
    QVERIFY(note && mark);
    QVERIFY(mark->isVisibleTo(m_page.get()));
    // A blank note is refused and nothing is recorded.
    mark->click();
    auto* message = child<QLabel>("flagReviewMessage");
    QVERIFY(message->isVisibleTo(m_page.get()));
    QCOMPARE(
        AuditReader::last(m_login.station->database(), core::AuditAction::auditFlagReviewed()).seq,
        0);
    note->setText(QStringLiteral("Asked ivy: plate from a patrol note; reason too short."));
    mark->click();
    const core::AuditEvent reviewed =
        AuditReader::last(m_login.station->database(), core::AuditAction::auditFlagReviewed());
    QVERIFY(reviewed.seq > 0);
    QCOMPARE(reviewed.userName, QStringLiteral("sam"));
    QCOMPARE(model->data(model->index(row, ui::AuditEventModel::Flag), Qt::DisplayRole).toString(),
             QStringLiteral("reviewed"));
    QVERIFY(browser->detail()->text().contains(QStringLiteral("Reviewed by sam")));
    QVERIFY(!mark->isVisibleTo(m_page.get()));
    // The event itself is unchanged: the chain still verifies.
    QSignalSpy finished(m_page.get(), &ui::AuditPage::verificationFinished);
    m_page->verify();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    Q_UNUSED(seq);
}

void TestAuditPage::administratorsReadButDoNotReview() {
    m_login = {};
    core::StationLogin admin =
        m_ts->loginActive(TestStation::adminName(), TestStation::adminPassword());
    QVERIFY(admin.station);
    m_page = std::make_unique<ui::AuditPage>(*admin.station, admin.session);
    QStringList tabs;
    for (int i = 0; i < m_page->tabs()->count(); ++i)
        tabs << m_page->tabs()->tabText(i);
    QCOMPARE(tabs, (QStringList{QStringLiteral("Events"), QStringLiteral("Periodic reviews"),
                                QStringLiteral("Reports")}));
    QVERIFY(m_page->browser()->model()->rowCount() > 0);
    auto* mark = child<QPushButton>("markFlagReviewedButton");
    QVERIFY(mark);
    QVERIFY(!mark->isVisibleTo(m_page.get()));
    QSignalSpy updated(m_page->browser(), &ui::AuditBrowserView::flagsUpdated);
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 20000);
    m_page.reset();
    admin = {};
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
