// The hot-list page through its widgets: adding an entry through the dialog
// (a refused input keeps what was typed), changing, reviewing and removing
// one (a removal needs a reason), each change in the store, its history and
// the audit trail; a supervisor sees every entry with its owner, read only;
// removed entries come back under "show removed"; matching an entry against
// stored reads is a search with a case and a reason.
#include "core/audit/AuditAction.h"
#include "core/cases/CaseService.h"
#include "core/hotlist/HotListService.h"
#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"
#include "ui/cases/NoteDialog.h"
#include "ui/hotlist/HotListEntryDialog.h"
#include "ui/hotlist/HotListEntryModel.h"
#include "ui/hotlist/HotListHistoryDialog.h"
#include "ui/hotlist/HotListImportDialog.h"
#include "ui/hotlist/HotListPage.h"
#include "ui/hotlist/HotListSearchDialog.h"
#include "ui/search/SearchResultModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
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

QString errorText(QWidget* dialog) {
    auto* label = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    return label && !label->isHidden() ? label->text() : QString();
}

void type(QWidget* parent, const char* name, const QString& text) {
    auto* edit = parent->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setText(text);
}

QString cell(const ui::HotListPage& page, int row, int column) {
    return page.model()->data(page.model()->index(row, column), Qt::DisplayRole).toString();
}

core::HotListEntryInput entryInput(const QString& plate, const QString& caseNumber) {
    core::HotListEntryInput input;
    input.plate = plate;
    input.category = QStringLiteral("stolen_vehicle");
    input.reason = QStringLiteral("Reported stolen from the depot");
    input.caseNumber = caseNumber;
    return input;
}

} // namespace

class TestHotListPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addThroughDialogKeepsRefusedInput();
    void wildcardEntryIsMarked();
    void editKeepsReviewDateAndRecordsChange();
    void reviewOverdueEntry();
    void removeNeedsReasonAndKeepsHistory();
    void supervisorSeesAllEntriesReadOnly();
    void searchStoredReadsNeedsCaseAndReason();

private:
    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_alice; // agent
};

void TestHotListPage::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("alice"), core::Role::Agent) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator) > 0);
    QVERIFY(m_ts->addUser(QStringLiteral("sam"), core::Role::Supervisor) > 0);
    m_alice = m_ts->loginActive(QStringLiteral("alice"), TestStation::userPassword());
    QVERIFY(m_alice.station);
}

void TestHotListPage::cleanup() {
    m_alice = {};
    m_ts.reset();
}

void TestHotListPage::addThroughDialogKeepsRefusedInput() {
    ui::HotListPage page(*m_alice.station, m_alice.session);
    QVERIFY(!page.isStationView());
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!button(&page, "addEntryButton")->isHidden());
    QVERIFY(!button(&page, "editEntryButton")->isEnabled());
    // Lists come from files through the import dialog.
    QVERIFY(!button(&page, "importListButton")->isHidden());
    button(&page, "importListButton")->click();
    auto* importDialog = page.findChild<ui::HotListImportDialog*>();
    QVERIFY(importDialog);
    QVERIFY(importDialog->isVisible());
    importDialog->reject();

    button(&page, "addEntryButton")->click();
    auto* dialog = page.findChild<ui::HotListEntryDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // The review date offered is the latest allowed: one review period ahead.
    auto* reviewBy = dialog->findChild<QDateEdit*>(QStringLiteral("reviewBy"));
    QVERIFY(reviewBy);
    const QDate latest = m_ts->clock().nowUtc().addDays(365).date();
    QCOMPARE(reviewBy->date(), latest);
    QCOMPARE(reviewBy->maximumDate(), latest);

    type(dialog, "plate", QStringLiteral("abc-1234"));
    type(dialog, "state", QStringLiteral("Texas"));
    auto* category = dialog->findChild<QComboBox*>(QStringLiteral("category"));
    category->setCurrentIndex(category->findData(QStringLiteral("stolen_plate")));
    dialog->findChild<QComboBox*>(QStringLiteral("caseNumber"))
        ->setEditText(QStringLiteral("PD-2026-77"));
    button(dialog, "submitButton")->click();
    // Core's message, in the dialog, and nothing typed is lost.
    QVERIFY(dialog->isVisible());
    QVERIFY2(errorText(dialog).contains(QStringLiteral("Texas")), qPrintable(errorText(dialog)));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("plate"))->text(),
             QStringLiteral("abc-1234"));
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("caseNumber"))->currentText(),
             QStringLiteral("PD-2026-77"));

    type(dialog, "state", QStringLiteral("tx"));
    button(dialog, "submitButton")->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(errorText(dialog).contains(QStringLiteral("reason")), qPrintable(errorText(dialog)));
    QCOMPARE(category->currentData().toString(), QStringLiteral("stolen_plate"));

    type(dialog, "reason", QStringLiteral("Plate taken from a parked car"));
    button(dialog, "submitButton")->click();
    QTRY_VERIFY(!page.findChild<ui::HotListEntryDialog*>());

    QCOMPARE(page.model()->rowCount(), 1);
    const core::HotListEntry* entry = page.selectedEntry();
    QVERIFY(entry);
    QCOMPARE(entry->plate, QStringLiteral("ABC1234"));
    QCOMPARE(entry->plateEntered, QStringLiteral("abc-1234"));
    QCOMPARE(entry->state, QStringLiteral("TX"));
    QCOMPARE(entry->category, QStringLiteral("stolen_plate"));
    QCOMPARE(entry->reviewByUtc, m_ts->clock().nowUtc().addDays(365));
    QVERIFY(!entry->expiresUtc.isValid());
    QVERIFY(entry->possibleMatches);
    QVERIFY(entry->active);
    QVERIFY(cell(page, 0, ui::HotListEntryModel::Plate).contains(QStringLiteral("abc-1234")));
    QCOMPARE(cell(page, 0, ui::HotListEntryModel::Category), QStringLiteral("Stolen plate"));
    QCOMPARE(cell(page, 0, ui::HotListEntryModel::Status), QStringLiteral("Alerting"));
    QVERIFY(button(&page, "editEntryButton")->isEnabled());

    const core::AuditEvent added =
        AuditReader::last(m_alice.station->database(), core::AuditAction::hotListEntryAdded());
    QVERIFY(added.seq > 0);
    QCOMPARE(added.userName, QStringLiteral("alice"));
    QCOMPARE(added.caseNumber, QStringLiteral("PD-2026-77"));
}

void TestHotListPage::wildcardEntryIsMarked() {
    ui::HotListPage page(*m_alice.station, m_alice.session);
    button(&page, "addEntryButton")->click();
    auto* dialog = page.findChild<ui::HotListEntryDialog*>();
    QVERIFY(dialog);
    type(dialog, "plate", QStringLiteral("AB?*"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("plateHint"))
                ->text()
                .contains(QStringLiteral("wildcard")));
    type(dialog, "reason", QStringLiteral("Partial plate from a witness"));
    dialog->findChild<QComboBox*>(QStringLiteral("caseNumber"))->setEditText(QStringLiteral("W-1"));
    button(dialog, "submitButton")->click();
    // Too broad: core says why, and the dialog stays.
    QVERIFY(dialog->isVisible());
    QVERIFY2(errorText(dialog).contains(QStringLiteral("three")), qPrintable(errorText(dialog)));
    type(dialog, "plate", QStringLiteral("AB?12*"));
    button(dialog, "submitButton")->click();
    QTRY_VERIFY(!page.findChild<ui::HotListEntryDialog*>());
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.selectedEntry()->isWildcard());
    QVERIFY2(cell(page, 0, ui::HotListEntryModel::Plate).contains(QStringLiteral("wildcard")),
             qPrintable(cell(page, 0, ui::HotListEntryModel::Plate)));
}

void TestHotListPage::editKeepsReviewDateAndRecordsChange() {
    auto added = m_alice.station->hotLists().add(
        m_alice.session, entryInput(QStringLiteral("KLM456"), QStringLiteral("PD-1")));
    PL_VERIFY_OK(added);
    m_ts->clock().advanceDays(10);
    ui::HotListPage page(*m_alice.station, m_alice.session);
    QVERIFY(page.selectEntry(added->id));
    button(&page, "editEntryButton")->click();
    auto* dialog = page.findChild<ui::HotListEntryDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("plate"))->text(),
             QStringLiteral("KLM456"));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("reason"))->text(),
             QStringLiteral("Reported stolen from the depot"));

    type(dialog, "reason", QString());
    button(dialog, "submitButton")->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(!errorText(dialog).isEmpty());

    type(dialog, "reason", QStringLiteral("Used in a robbery on 3rd Street"));
    dialog->findChild<QCheckBox*>(QStringLiteral("possibleMatches"))->setChecked(false);
    button(dialog, "submitButton")->click();
    QTRY_VERIFY(!page.findChild<ui::HotListEntryDialog*>());

    auto stored = m_alice.station->hotLists().entry(m_alice.session, added->id);
    PL_VERIFY_OK(stored);
    QCOMPARE(stored->reason, QStringLiteral("Used in a robbery on 3rd Street"));
    QVERIFY(!stored->possibleMatches);
    // The review date was not touched, so it is not a review.
    QCOMPARE(stored->reviewByUtc, added->reviewByUtc);
    QVERIFY(!stored->reviewedUtc.isValid());
    QCOMPARE(cell(page, page.model()->rowOfId(added->id), ui::HotListEntryModel::PossibleMatches),
             QStringLiteral("no"));

    // The history shows who changed what.
    QVERIFY(page.selectEntry(added->id));
    button(&page, "historyButton")->click();
    auto* history = page.findChild<ui::HotListHistoryDialog*>();
    QVERIFY(history);
    QCOMPARE(history->table()->rowCount(), 2);
    QCOMPARE(history->table()->item(0, ui::HotListHistoryDialog::Change)->text(),
             QStringLiteral("Added"));
    QCOMPARE(history->table()->item(1, ui::HotListHistoryDialog::Change)->text(),
             QStringLiteral("Changed"));
    QCOMPARE(history->table()->item(1, ui::HotListHistoryDialog::User)->text(),
             QStringLiteral("alice"));
    const QString changed = history->table()->item(1, ui::HotListHistoryDialog::Details)->text();
    QVERIFY2(changed.contains(QStringLiteral("reason: Reported stolen from the depot → Used in "
                                             "a robbery on 3rd Street")),
             qPrintable(changed));
    QVERIFY2(changed.contains(QStringLiteral("possible matches: yes → no")), qPrintable(changed));
    history->close();

    const core::AuditEvent edited =
        AuditReader::last(m_alice.station->database(), core::AuditAction::hotListEntryEdited());
    QVERIFY(edited.seq > 0);
    QCOMPARE(edited.target, QString::number(added->id));
}

void TestHotListPage::reviewOverdueEntry() {
    // A short review period, so the entry falls due well inside the
    // password and training periods.
    PL_VERIFY_OK(m_ts->station().policy().set(m_ts->adminSession(),
                                              core::PolicySettings::hotListReviewDays(), 30));
    auto added = m_alice.station->hotLists().add(
        m_alice.session, entryInput(QStringLiteral("OVR123"), QStringLiteral("PD-2")));
    PL_VERIFY_OK(added);
    m_ts->clock().advanceDays(31);

    ui::HotListPage page(*m_alice.station, m_alice.session);
    const int row = page.model()->rowOfId(added->id);
    QVERIFY(row >= 0);
    QCOMPARE(cell(page, row, ui::HotListEntryModel::Status),
             QStringLiteral("Review overdue — not alerting"));
    QVERIFY(page.selectEntry(added->id));
    button(&page, "reviewEntryButton")->click();
    auto* dialog = page.findChild<ui::NoteDialog*>(QStringLiteral("reviewEntryDialog"));
    QVERIFY(dialog);
    type(dialog, "note", QStringLiteral("Still outstanding"));
    button(dialog, "submitButton")->click();
    QTRY_VERIFY(!page.findChild<ui::NoteDialog*>(QStringLiteral("reviewEntryDialog")));

    auto stored = m_alice.station->hotLists().entry(m_alice.session, added->id);
    PL_VERIFY_OK(stored);
    QCOMPARE(stored->reviewByUtc, m_ts->clock().nowUtc().addDays(30));
    QCOMPARE(cell(page, page.model()->rowOfId(added->id), ui::HotListEntryModel::Status),
             QStringLiteral("Alerting"));
    const core::AuditEvent reviewed =
        AuditReader::last(m_alice.station->database(), core::AuditAction::hotListEntryReviewed());
    QVERIFY(reviewed.seq > 0);
    QCOMPARE(AuditReader::details(reviewed).value(QStringLiteral("note")).toString(),
             QStringLiteral("Still outstanding"));
    QVERIFY(AuditReader::details(reviewed).value(QStringLiteral("was_overdue")).toBool());
}

void TestHotListPage::removeNeedsReasonAndKeepsHistory() {
    auto added = m_alice.station->hotLists().add(
        m_alice.session, entryInput(QStringLiteral("REM789"), QStringLiteral("PD-3")));
    PL_VERIFY_OK(added);
    ui::HotListPage page(*m_alice.station, m_alice.session);
    QVERIFY(page.selectEntry(added->id));
    button(&page, "removeEntryButton")->click();
    auto* dialog = page.findChild<ui::NoteDialog*>(QStringLiteral("removeEntryDialog"));
    QVERIFY(dialog);
    button(dialog, "submitButton")->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(!errorText(dialog).isEmpty());
    auto still = m_alice.station->hotLists().entry(m_alice.session, added->id);
    PL_VERIFY_OK(still);
    QVERIFY(!still->isRemoved());

    type(dialog, "note", QStringLiteral("Vehicle recovered"));
    button(dialog, "submitButton")->click();
    QTRY_VERIFY(!page.findChild<ui::NoteDialog*>(QStringLiteral("removeEntryDialog")));
    QCOMPARE(page.model()->rowCount(), 0);
    auto removed = m_alice.station->hotLists().entry(m_alice.session, added->id);
    PL_VERIFY_OK(removed);
    QVERIFY(removed->isRemoved());
    QCOMPARE(removed->removedReason, QStringLiteral("Vehicle recovered"));
    const core::AuditEvent event =
        AuditReader::last(m_alice.station->database(), core::AuditAction::hotListEntryRemoved());
    QCOMPARE(event.reason, QStringLiteral("Vehicle recovered"));

    // Removed entries stay, listed on request, and can no longer be changed.
    page.findChild<QCheckBox*>(QStringLiteral("showRemoved"))->setChecked(true);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(cell(page, 0, ui::HotListEntryModel::Status), QStringLiteral("Removed"));
    QVERIFY(page.selectEntry(added->id));
    QVERIFY(!button(&page, "editEntryButton")->isEnabled());
    QVERIFY(!button(&page, "removeEntryButton")->isEnabled());
    QVERIFY(!button(&page, "reviewEntryButton")->isEnabled());
    QVERIFY(button(&page, "historyButton")->isEnabled());
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("entryDetails"))
                ->text()
                .contains(QStringLiteral("Vehicle recovered")));
}

void TestHotListPage::supervisorSeesAllEntriesReadOnly() {
    PL_VERIFY_OK(m_alice.station->hotLists().add(
        m_alice.session, entryInput(QStringLiteral("ALC111"), QStringLiteral("PD-4"))));
    auto ivan = m_ts->loginActive(QStringLiteral("ivan"), TestStation::userPassword());
    QVERIFY(ivan.station);
    PL_VERIFY_OK(ivan.station->hotLists().add(
        ivan.session, entryInput(QStringLiteral("IVN222"), QStringLiteral("PD-5"))));

    // Each owner sees only their own.
    {
        ui::HotListPage own(*ivan.station, ivan.session);
        QCOMPARE(own.model()->rowCount(), 1);
        QCOMPARE(own.model()->entryAt(0)->plate, QStringLiteral("IVN222"));
        QVERIFY(own.table()->isColumnHidden(ui::HotListEntryModel::Owner));
    }

    auto sam = m_ts->loginActive(QStringLiteral("sam"), TestStation::userPassword());
    QVERIFY(sam.station);
    ui::HotListPage page(*sam.station, sam.session);
    QVERIFY(page.isStationView());
    QCOMPARE(page.model()->rowCount(), 2);
    QVERIFY(!page.table()->isColumnHidden(ui::HotListEntryModel::Owner));
    QStringList owners;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        owners << cell(page, row, ui::HotListEntryModel::Owner);
    owners.sort();
    QCOMPARE(owners, (QStringList{QStringLiteral("alice"), QStringLiteral("ivan")}));
    for (const char* name : {"addEntryButton", "importListButton", "editEntryButton",
                             "reviewEntryButton", "removeEntryButton", "searchStoredReadsButton"})
        QVERIFY2(button(&page, name)->isHidden(), name);
    QVERIFY(!button(&page, "historyButton")->isHidden());

    // Read only: the actions do nothing, and the history opens.
    page.table()->selectRow(0);
    QVERIFY(page.selectedEntry());
    page.editSelected();
    page.removeSelected();
    QVERIFY(!page.findChild<ui::HotListEntryDialog*>());
    QVERIFY(!page.findChild<ui::NoteDialog*>());
    button(&page, "historyButton")->click();
    auto* history = page.findChild<ui::HotListHistoryDialog*>();
    QVERIFY(history);
    QCOMPARE(history->table()->rowCount(), 1);
}

void TestHotListPage::searchStoredReadsNeedsCaseAndReason() {
    auto ivan = m_ts->loginActive(QStringLiteral("ivan"), TestStation::userPassword());
    QVERIFY(ivan.station);
    core::NewCase request;
    request.number = QStringLiteral("2026-0042");
    request.title = QStringLiteral("Stolen van");
    PL_VERIFY_OK(ivan.station->cases().open(ivan.session, request));
    auto added = ivan.station->hotLists().add(
        ivan.session, entryInput(QStringLiteral("VAN777"), QStringLiteral("2026-0042")));
    PL_VERIFY_OK(added);
    core::Database& db = m_ts->station().database();
    PL_VERIFY_OK(db.exec("INSERT INTO devices (id, name, type, time_zone, created_utc) VALUES "
                         "(1, 'North gate', 'fixed', 'UTC', '2020-01-01T00:00:00.000Z')"));
    auto insert = db.prepare("INSERT INTO reads (plate_raw, plate, match_key, time_ms, "
                             "device_id, source) VALUES (?1, ?1, ?1, ?2, 1, 'live')");
    PL_VERIFY_OK(insert);
    for (const QString& plate : {QStringLiteral("VAN777"), QStringLiteral("CAR123")}) {
        insert.value().reset();
        insert.value().bind(1, plate).bind(2,
                                           m_ts->clock().nowUtc().addDays(-2).toMSecsSinceEpoch());
        PL_VERIFY_OK(insert.value().run());
    }

    ui::HotListPage page(*ivan.station, ivan.session);
    QVERIFY(page.selectEntry(added->id));
    button(&page, "searchStoredReadsButton")->click();
    auto* dialog = page.findChild<ui::HotListSearchDialog*>();
    QVERIFY(dialog);
    // The entry's case is offered first.
    QCOMPARE(dialog->caseNumber(), QStringLiteral("2026-0042"));
    QVERIFY(!dialog->search());
    const QString refused = dialog->findChild<QLabel*>(QStringLiteral("searchMessage"))->text();
    QVERIFY2(refused.contains(QStringLiteral("reason")), qPrintable(refused));
    QCOMPARE(dialog->model()->total(), 0);

    type(dialog, "reasonEdit", QStringLiteral("Where was the van seen before it was listed?"));
    QVERIFY(dialog->search());
    QCOMPARE(dialog->model()->total(), 1);
    QCOMPARE(dialog->model()->rowCount(), 1);
    const core::AuditEvent search =
        AuditReader::last(ivan.station->database(), core::AuditAction::searchRun());
    QVERIFY(search.seq > 0);
    QCOMPARE(search.caseNumber, QStringLiteral("2026-0042"));
    QCOMPARE(search.reason, QStringLiteral("Where was the van seen before it was listed?"));
}

QTEST_MAIN(TestHotListPage)
#include "tst_hotlistpage.moc"
