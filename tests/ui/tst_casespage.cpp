// Cases and search window exceptions through the GUI: opening and closing a
// case, unlinking a read, asking for a wider window and a supervisor's
// decision, each checked in the store.
#include "core/audit/AuditAction.h"
#include "core/cases/CaseService.h"
#include "core/cases/ExceptionService.h"
#include "core/cases/VerificationService.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"
#include "ui/cases/CaseReadModel.h"
#include "ui/cases/CaseTableModel.h"
#include "ui/cases/CasesPage.h"
#include "ui/cases/ExceptionTableModel.h"
#include "ui/cases/NoteDialog.h"
#include "ui/cases/OpenCaseDialog.h"
#include "ui/cases/RequestExceptionDialog.h"
#include "ui/exceptions/ExceptionsPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;
using tests::TestStation;

namespace {

QPushButton* button(QWidget* parent, const char* name) {
    return parent->findChild<QPushButton*>(QLatin1String(name));
}

QString errorText(QWidget* dialog) {
    auto* label = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    return label && !label->isHidden() ? label->text() : QString();
}

core::NewCase adminCase(const QString& number) {
    core::NewCase request;
    request.number = number;
    request.title = QStringLiteral("Stolen fleet vans");
    return request;
}

} // namespace

class TestCasesPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void openCaseKeepsBadInput();
    void buttonsFollowRole();
    void closeCaseAsksAndCloses();
    void unlinkRead();
    void requestWiderWindow();
    void supervisorApprovesAndRefuses();
    void supervisorCannotDecideOwnRequest();
    void pagesRefreshWhenShown();
    void exportWritesConfirmedReads();

private:
    qint64 addRead(const QString& plate);

    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_ivan; // investigator
};

void TestCasesPage::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("alice"), core::Role::Agent) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sue"), core::Role::Supervisor) > 0);
    m_ivan = m_ts->loginActive(QStringLiteral("ivan"), TestStation::userPassword());
    QVERIFY(m_ivan.station);
}

void TestCasesPage::cleanup() {
    m_ivan = {};
    m_ts.reset();
}

qint64 TestCasesPage::addRead(const QString& plate) {
    core::Database& db = m_ts->station().database();
    if (!db.exec("INSERT OR IGNORE INTO devices (id, name, type, time_zone, created_utc) "
                 "VALUES (1, 'North gate', 'fixed', 'UTC', '2020-01-01T00:00:00.000Z')"))
        return 0;
    auto stmt = db.prepare("INSERT INTO reads (plate_raw, plate, match_key, time_ms, device_id, "
                           "source) VALUES (?1, ?1, ?1, ?2, 1, 'live')");
    if (!stmt)
        return 0;
    stmt.value().bind(1, plate).bind(2, m_ts->clock().nowUtc().addDays(-3).toMSecsSinceEpoch());
    if (!stmt.value().run())
        return 0;
    return db.lastInsertRowId();
}

void TestCasesPage::openCaseKeepsBadInput() {
    const qint64 vera = m_ts->addUser(QStringLiteral("vera"), core::Role::Investigator);
    QVERIFY(vera > 0);
    ui::CasesPage page(*m_ivan.station, m_ivan.session);
    QCOMPARE(page.model()->rowCount(), 0);
    button(&page, "openCaseButton")->click();
    auto* dialog = page.findChild<ui::OpenCaseDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* number = dialog->findChild<QLineEdit*>(QStringLiteral("caseNumber"));
    auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("caseTitle"));
    auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("caseKind"));
    auto* offense = dialog->findChild<QComboBox*>(QStringLiteral("offense"));
    QVERIFY(number && title && kind && offense);
    // The offense is asked only for criminal cases.
    QVERIFY(!offense->isVisibleTo(dialog));

    number->setText(QStringLiteral("  2026-0417 "));
    button(dialog, "submitButton")->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(errorText(dialog).contains(QStringLiteral("title")), qPrintable(errorText(dialog)));
    QCOMPARE(number->text(), QStringLiteral("  2026-0417 "));

    title->setText(QStringLiteral("Burglary series, east side"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("criminal")));
    QVERIFY(offense->isVisibleTo(dialog));
    button(dialog, "submitButton")->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(errorText(dialog).contains(QStringLiteral("offense")), qPrintable(errorText(dialog)));
    QCOMPARE(title->text(), QStringLiteral("Burglary series, east side"));

    offense->setCurrentIndex(offense->findData(QStringLiteral("property")));
    QVERIFY(offense->currentIndex() > 0);
    // The lead is the opener unless another investigator is chosen.
    auto* lead = dialog->findChild<QComboBox*>(QStringLiteral("caseLead"));
    QVERIFY(lead);
    QCOMPARE(lead->currentData().toLongLong(), m_ivan.session.userId);
    QCOMPARE(lead->count(), 2);
    lead->setCurrentIndex(lead->findData(vera));
    button(dialog, "submitButton")->click();
    QTRY_VERIFY(!page.findChild<ui::OpenCaseDialog*>());

    const int row = page.model()->rowOfNumber(QStringLiteral("2026-0417"));
    QVERIFY(row >= 0);
    QCOMPARE(page.selectedCaseNumber(), QStringLiteral("2026-0417"));
    auto stored = m_ivan.station->cases().find(m_ivan.session, QStringLiteral("2026-0417"));
    PL_VERIFY_OK(stored);
    QCOMPARE(stored.value().kind, core::CaseFile::Kind::Criminal);
    QCOMPARE(stored.value().offense, QStringLiteral("property"));
    QCOMPARE(stored.value().leadUserId, std::optional<qint64>(vera));
    QVERIFY(stored.value().isOpen());
    QCOMPARE(page.model()
                 ->data(page.model()->index(row, ui::CaseTableModel::Offense), Qt::DisplayRole)
                 .toString(),
             QStringLiteral("Property crime"));

    // A number already taken: core's message, and the dialog keeps what was typed.
    button(&page, "openCaseButton")->click();
    dialog = page.findChild<ui::OpenCaseDialog*>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("caseNumber"))
        ->setText(QStringLiteral("2026-0417"));
    dialog->findChild<QLineEdit*>(QStringLiteral("caseTitle"))->setText(QStringLiteral("Again"));
    button(dialog, "submitButton")->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(!errorText(dialog).isEmpty());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("caseTitle"))->text(),
             QStringLiteral("Again"));
    QCOMPARE(page.model()->rowCount(), 1);
}

void TestCasesPage::buttonsFollowRole() {
    PL_VERIFY_OK(m_ivan.station->cases().open(m_ivan.session, adminCase(QStringLiteral("A-1"))));
    {
        ui::CasesPage page(*m_ivan.station, m_ivan.session);
        QVERIFY(!button(&page, "openCaseButton")->isHidden());
        QVERIFY(!button(&page, "closeCaseButton")->isHidden());
        QVERIFY(!button(&page, "unlinkReadButton")->isHidden());
        QVERIFY(!page.readsTable()->isHidden());
        QVERIFY(!button(&page, "requestExceptionButton")->isHidden());
    }
    m_ivan = {};
    auto alice = m_ts->loginActive(QStringLiteral("alice"), TestStation::userPassword());
    QVERIFY(alice.station);
    ui::CasesPage page(*alice.station, alice.session);
    // An agent sees the cases and may ask for a wider window, nothing more.
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(button(&page, "openCaseButton")->isHidden());
    QVERIFY(button(&page, "closeCaseButton")->isHidden());
    QVERIFY(button(&page, "unlinkReadButton")->isHidden());
    QVERIFY(page.readsTable()->isHidden());
    QVERIFY(page.selectCase(QStringLiteral("A-1")));
    QVERIFY(!button(&page, "requestExceptionButton")->isHidden());
    QVERIFY(button(&page, "requestExceptionButton")->isEnabled());
    QVERIFY(!page.findChild<ui::ExceptionsPage*>());
}

void TestCasesPage::closeCaseAsksAndCloses() {
    PL_VERIFY_OK(m_ivan.station->cases().open(m_ivan.session, adminCase(QStringLiteral("A-2"))));
    ui::CasesPage page(*m_ivan.station, m_ivan.session);
    QVERIFY(page.selectCase(QStringLiteral("A-2")));
    QVERIFY(button(&page, "closeCaseButton")->isEnabled());
    button(&page, "closeCaseButton")->click();
    auto* dialog = page.findChild<ui::NoteDialog*>(QStringLiteral("closeCaseDialog"));
    QVERIFY(dialog);
    // Cancel leaves the case open.
    button(dialog, "cancelButton")->click();
    QTRY_VERIFY(!page.findChild<ui::NoteDialog*>(QStringLiteral("closeCaseDialog")));
    QVERIFY(m_ivan.station->cases().find(m_ivan.session, QStringLiteral("A-2")).value().isOpen());

    button(&page, "closeCaseButton")->click();
    dialog = page.findChild<ui::NoteDialog*>(QStringLiteral("closeCaseDialog"));
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("note"))->setText(QStringLiteral("solved"));
    button(dialog, "submitButton")->click();
    QTRY_VERIFY(!page.findChild<ui::NoteDialog*>(QStringLiteral("closeCaseDialog")));
    QVERIFY(!m_ivan.station->cases().find(m_ivan.session, QStringLiteral("A-2")).value().isOpen());
    // "Open cases" no longer lists it; "All cases" does, with its closing time.
    QCOMPARE(page.model()->rowOfNumber(QStringLiteral("A-2")), -1);
    auto* filter = page.findChild<QComboBox*>(QStringLiteral("caseFilter"));
    filter->setCurrentIndex(1);
    const int row = page.model()->rowOfNumber(QStringLiteral("A-2"));
    QVERIFY(row >= 0);
    QVERIFY(!page.model()
                 ->data(page.model()->index(row, ui::CaseTableModel::Closed), Qt::DisplayRole)
                 .toString()
                 .isEmpty());
    QVERIFY(page.selectCase(QStringLiteral("A-2")));
    QVERIFY(!button(&page, "closeCaseButton")->isEnabled());
    QVERIFY(!button(&page, "requestExceptionButton")->isEnabled());
}

void TestCasesPage::unlinkRead() {
    const qint64 first = addRead(QStringLiteral("ABC123"));
    const qint64 second = addRead(QStringLiteral("XYZ789"));
    QVERIFY(first > 0 && second > 0);
    PL_VERIFY_OK(m_ivan.station->cases().open(m_ivan.session, adminCase(QStringLiteral("A-3"))));
    PL_VERIFY_OK(m_ivan.station->cases().linkRead(m_ivan.session, QStringLiteral("A-3"), first));
    PL_VERIFY_OK(m_ivan.station->cases().linkRead(m_ivan.session, QStringLiteral("A-3"), second));

    ui::CasesPage page(*m_ivan.station, m_ivan.session);
    QVERIFY(page.selectCase(QStringLiteral("A-3")));
    QCOMPARE(page.readsModel()->rowCount(), 2);
    QCOMPARE(page.readsModel()
                 ->data(page.readsModel()->index(0, ui::CaseReadModel::Device), Qt::DisplayRole)
                 .toString(),
             QStringLiteral("North gate"));
    QCOMPARE(
        page.readsModel()
            ->data(page.readsModel()->index(0, ui::CaseReadModel::Verification), Qt::DisplayRole)
            .toString(),
        QStringLiteral("Not verified"));
    QVERIFY(!button(&page, "unlinkReadButton")->isEnabled());
    int row = -1;
    for (int r = 0; r < page.readsModel()->rowCount(); ++r) {
        if (page.readsModel()->readAt(r)->readId == second)
            row = r;
    }
    QVERIFY(row >= 0);
    page.readsTable()->setCurrentIndex(page.readsModel()->index(row, 0));
    QVERIFY(button(&page, "unlinkReadButton")->isEnabled());
    button(&page, "unlinkReadButton")->click();
    auto* dialog = page.findChild<ui::NoteDialog*>(QStringLiteral("unlinkReadDialog"));
    QVERIFY(dialog);
    button(dialog, "submitButton")->click();
    QTRY_VERIFY(!page.findChild<ui::NoteDialog*>(QStringLiteral("unlinkReadDialog")));

    auto reads = m_ivan.station->cases().reads(m_ivan.session, QStringLiteral("A-3"));
    PL_VERIFY_OK(reads);
    QCOMPARE(reads.value().size(), 1);
    QCOMPARE(reads.value().first().readId, first);
    QCOMPARE(page.readsModel()->rowCount(), 1);
    QCOMPARE(page.model()
                 ->data(page.model()->index(page.model()->rowOfNumber(QStringLiteral("A-3")),
                                            ui::CaseTableModel::LinkedReads),
                        Qt::DisplayRole)
                 .toLongLong(),
             1);
}

void TestCasesPage::requestWiderWindow() {
    PL_VERIFY_OK(m_ivan.station->cases().open(m_ivan.session, adminCase(QStringLiteral("A-4"))));
    ui::CasesPage page(*m_ivan.station, m_ivan.session);
    QVERIFY(page.selectCase(QStringLiteral("A-4")));
    button(&page, "requestExceptionButton")->click();
    auto* dialog = page.findChild<ui::RequestExceptionDialog*>();
    QVERIFY(dialog);
    auto* from = dialog->findChild<QDateEdit*>(QStringLiteral("fromDate"));
    auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason"));
    QVERIFY(from && reason);
    from->setDate(QDate(2015, 6, 1));
    button(dialog, "submitButton")->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(!errorText(dialog).isEmpty());
    QCOMPARE(from->date(), QDate(2015, 6, 1));

    reason->setPlainText(QStringLiteral("Vans first seen in 2015"));
    button(dialog, "submitButton")->click();
    QTRY_VERIFY(!page.findChild<ui::RequestExceptionDialog*>());

    QCOMPARE(page.exceptionsModel()->rowCount(), 1);
    const core::QueryException* shown = page.exceptionsModel()->exceptionAt(0);
    QCOMPARE(shown->status, core::QueryException::Status::Pending);
    QCOMPARE(shown->reason, QStringLiteral("Vans first seen in 2015"));
    QCOMPARE(shown->fromUtc.toLocalTime().date(), QDate(2015, 6, 1));
    auto stored = m_ivan.station->exceptions().forCase(m_ivan.session, QStringLiteral("A-4"));
    PL_VERIFY_OK(stored);
    QCOMPARE(stored.value().size(), 1);
}

void TestCasesPage::supervisorApprovesAndRefuses() {
    PL_VERIFY_OK(m_ivan.station->cases().open(m_ivan.session, adminCase(QStringLiteral("A-5"))));
    const QDateTime from = m_ts->clock().nowUtc().addYears(-8);
    auto first = m_ivan.station->exceptions().request(m_ivan.session, QStringLiteral("A-5"), from,
                                                      QStringLiteral("first"));
    auto second = m_ivan.station->exceptions().request(m_ivan.session, QStringLiteral("A-5"), from,
                                                       QStringLiteral("second"));
    PL_VERIFY_OK(first);
    PL_VERIFY_OK(second);

    auto sam = m_ts->loginActive(QStringLiteral("sam"), TestStation::userPassword());
    QVERIFY(sam.station);
    ui::ExceptionsPage page(*sam.station, sam.session);
    QCOMPARE(page.model()->rowCount(), 2);

    // Refusing needs a note; the dialog stays until it has one.
    QVERIFY(page.selectException(first.value().id));
    button(&page, "refuseExceptionButton")->click();
    auto* refuse = page.findChild<ui::NoteDialog*>(QStringLiteral("refuseDialog"));
    QVERIFY(refuse);
    button(refuse, "submitButton")->click();
    QVERIFY(refuse->isVisible());
    QVERIFY(!errorText(refuse).isEmpty());
    refuse->findChild<QLineEdit*>(QStringLiteral("note"))
        ->setText(QStringLiteral("the normal window suffices"));
    button(refuse, "submitButton")->click();
    QTRY_VERIFY(!page.findChild<ui::NoteDialog*>(QStringLiteral("refuseDialog")));
    QCOMPARE(page.model()->rowCount(), 1);

    // Approving takes an optional note.
    QVERIFY(page.selectException(second.value().id));
    button(&page, "approveExceptionButton")->click();
    auto* approve = page.findChild<ui::NoteDialog*>(QStringLiteral("approveDialog"));
    QVERIFY(approve);
    button(approve, "submitButton")->click();
    QTRY_VERIFY(!page.findChild<ui::NoteDialog*>(QStringLiteral("approveDialog")));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!button(&page, "approveExceptionButton")->isEnabled());

    auto decided = m_ivan.station->exceptions().forCase(m_ivan.session, QStringLiteral("A-5"));
    PL_VERIFY_OK(decided);
    QCOMPARE(decided.value().size(), 2);
    for (const core::QueryException& exception : decided.value()) {
        if (exception.id == first.value().id) {
            QCOMPARE(exception.status, core::QueryException::Status::Refused);
            QCOMPARE(exception.decisionNote, QStringLiteral("the normal window suffices"));
        } else {
            QCOMPARE(exception.status, core::QueryException::Status::Approved);
            QVERIFY(exception.isActiveAt(m_ts->clock().nowUtc()));
        }
        QCOMPARE(exception.decidedByName, QStringLiteral("sam"));
    }

    // The investigator's page shows the decisions.
    ui::CasesPage cases(*m_ivan.station, m_ivan.session);
    QVERIFY(cases.selectCase(QStringLiteral("A-5")));
    QCOMPARE(cases.exceptionsModel()->rowCount(), 2);
}

void TestCasesPage::supervisorCannotDecideOwnRequest() {
    PL_VERIFY_OK(m_ivan.station->cases().open(m_ivan.session, adminCase(QStringLiteral("A-6"))));
    auto sam = m_ts->loginActive(QStringLiteral("sam"), TestStation::userPassword());
    QVERIFY(sam.station);
    auto own = sam.station->exceptions().request(sam.session, QStringLiteral("A-6"),
                                                 m_ts->clock().nowUtc().addYears(-7),
                                                 QStringLiteral("cold case review"));
    PL_VERIFY_OK(own);

    ui::ExceptionsPage page(*sam.station, sam.session);
    QVERIFY(page.selectException(own.value().id));
    button(&page, "approveExceptionButton")->click();
    auto* approve = page.findChild<ui::NoteDialog*>(QStringLiteral("approveDialog"));
    QVERIFY(approve);
    button(approve, "submitButton")->click();
    // Core refuses; its message is shown and the request is still pending.
    QVERIFY(approve->isVisible());
    QVERIFY(!errorText(approve).isEmpty());
    approve->reject();
    auto pending = sam.station->exceptions().pending(sam.session);
    PL_VERIFY_OK(pending);
    QCOMPARE(pending.value().size(), 1);

    // Another supervisor may.
    auto sue = m_ts->loginActive(QStringLiteral("sue"), TestStation::userPassword());
    QVERIFY(sue.station);
    ui::ExceptionsPage other(*sue.station, sue.session);
    QVERIFY(other.selectException(own.value().id));
    button(&other, "approveExceptionButton")->click();
    approve = other.findChild<ui::NoteDialog*>(QStringLiteral("approveDialog"));
    QVERIFY(approve);
    button(approve, "submitButton")->click();
    QTRY_VERIFY(!other.findChild<ui::NoteDialog*>(QStringLiteral("approveDialog")));
    QCOMPARE(other.model()->rowCount(), 0);
}

void TestCasesPage::pagesRefreshWhenShown() {
    auto sam = m_ts->loginActive(QStringLiteral("sam"), TestStation::userPassword());
    QVERIFY(sam.station);
    ui::ExceptionsPage exceptions(*sam.station, sam.session);
    ui::CasesPage cases(*m_ivan.station, m_ivan.session);
    QCOMPARE(exceptions.model()->rowCount(), 0);
    QCOMPARE(cases.model()->rowCount(), 0);

    // Elsewhere (another page, another person's session) a case is opened
    // and a wider window asked for; showing the pages lists both.
    PL_VERIFY_OK(m_ivan.station->cases().open(m_ivan.session, adminCase(QStringLiteral("A-7"))));
    PL_VERIFY_OK(m_ivan.station->exceptions().request(m_ivan.session, QStringLiteral("A-7"),
                                                      m_ts->clock().nowUtc().addYears(-6),
                                                      QStringLiteral("older sightings")));
    exceptions.show();
    cases.show();
    QCOMPARE(exceptions.model()->rowCount(), 1);
    QCOMPARE(cases.model()->rowCount(), 1);
}

void TestCasesPage::exportWritesConfirmedReads() {
    const qint64 confirmed = addRead(QStringLiteral("ABC123"));
    const qint64 doubtful = addRead(QStringLiteral("XYZ789"));
    QVERIFY(confirmed > 0 && doubtful > 0);
    core::Station& station = *m_ivan.station;
    PL_VERIFY_OK(station.cases().open(m_ivan.session, adminCase(QStringLiteral("A-9"))));
    for (qint64 id : {confirmed, doubtful})
        PL_VERIFY_OK(station.cases().linkRead(m_ivan.session, QStringLiteral("A-9"), id));
    PL_VERIFY_OK(station.verifications().record(m_ivan.session, confirmed,
                                                core::Verification::Decision::Confirmed));
    PL_VERIFY_OK(station.verifications().record(m_ivan.session, doubtful,
                                                core::Verification::Decision::Unreadable));

    ui::CasesPage page(station, m_ivan.session);
    QVERIFY(page.selectCase(QStringLiteral("A-9")));
    QVERIFY(button(&page, "exportButton")->isEnabled());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("case-A-9.pdf"));
    QVERIFY(page.exportCase(pdf));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray document = written.readAll();
    QVERIFY(document.startsWith("%PDF-"));
    QVERIFY(!QFile::exists(pdf + QStringLiteral(".part")));
    // The confirmed read's page, then the map and timeline of the reads.
    QCOMPARE(document.count("/Type /Page") - document.count("/Type /Pages"), 2);

    const QString csv = dir.filePath(QStringLiteral("case-A-9.csv"));
    QVERIFY(page.exportCase(csv));
    QFile table(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = table.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // header and the one confirmed read
    QVERIFY(lines.at(1).contains("ABC123"));
    QVERIFY(!lines.at(1).contains("XYZ789"));
    const QList<core::AuditEvent> exports =
        tests::AuditReader::withAction(station.database(), core::AuditAction::caseExported());
    QCOMPARE(exports.size(), 2);
    QCOMPARE(
        tests::AuditReader::details(exports.first()).value(QStringLiteral("figures")).toArray(),
        QJsonArray({QStringLiteral("map"), QStringLiteral("timeline")}));
    QVERIFY(!tests::AuditReader::details(exports.last()).contains(QStringLiteral("figures")));
    QVERIFY(lines.at(1).startsWith(QByteArray::number(exports.last().seq).append(',')));

    // An agent does not see the button; core refuses the export anyway.
    m_ivan = {};
    auto agent = m_ts->loginActive(QStringLiteral("alice"), TestStation::userPassword());
    ui::CasesPage agentPage(*agent.station, agent.session);
    QVERIFY(agentPage.selectCase(QStringLiteral("A-9")));
    QVERIFY(!button(&agentPage, "exportButton")->isVisibleTo(&agentPage));
    QVERIFY(!agentPage.exportCase(dir.filePath(QStringLiteral("agent.csv"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("agent.csv"))));
}

QTEST_MAIN(TestCasesPage)
#include "tst_casespage.moc"
