#include "ui/hotlist/HotListPage.h"

#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/hotlist/HotListService.h"
#include "core/policy/Policy.h"
#include "core/station/Station.h"
#include "ui/cases/NoteDialog.h"
#include "ui/hotlist/HotListEntryDialog.h"
#include "ui/hotlist/HotListEntryModel.h"
#include "ui/hotlist/HotListHistoryDialog.h"
#include "ui/hotlist/HotListImportDialog.h"
#include "ui/hotlist/HotListSearchDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace pl::ui {

namespace {

QString localDate(const QDateTime& utc) {
    return utc.toLocalTime().date().toString(Qt::ISODate);
}

} // namespace

HotListPage::HotListPage(core::Station& station, const core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_stationView(!session.can(core::Permission::ManageOwnHotList) &&
                    session.can(core::Permission::ViewStationHotList))
    , m_model(new HotListEntryModel(this))
    , m_table(new QTableView(this))
    , m_showRemoved(new QCheckBox(tr("Show &removed entries"), this))
    , m_add(new QPushButton(tr("&Add entry…"), this))
    , m_import(new QPushButton(tr("&Import list…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_review(new QPushButton(tr("Re&view…"), this))
    , m_remove(new QPushButton(tr("Re&move…"), this))
    , m_history(new QPushButton(tr("&History…"), this))
    , m_search(new QPushButton(tr("&Search stored reads…"), this))
    , m_message(new QLabel(this))
    , m_details(new QLabel(this)) {
    setObjectName(QStringLiteral("hotListPage"));

    auto* heading = new QLabel(tr("<h2>Hot list</h2>"), this);
    auto* intro = new QLabel(
        m_stationView
            ? tr("Every hot-list entry of the station and the officer who owns it. Only the "
                 "owner can change an entry; every change is in its history and the audit "
                 "trail.")
            : tr("Plates you are looking for. A new read that matches one of your entries "
                 "alerts only you. Each entry stops alerting on its review date until you "
                 "review it again; removed entries stay as history."),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("hotListTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setColumnHidden(HotListEntryModel::Owner, !m_stationView);

    m_showRemoved->setObjectName(QStringLiteral("showRemoved"));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshHotListButton"));
    m_add->setObjectName(QStringLiteral("addEntryButton"));
    m_import->setObjectName(QStringLiteral("importListButton"));
    m_import->setToolTip(tr("Import a hot list from a file (NCIC extract, state or vendor "
                            "list). Importing a list again replaces its entries."));
    m_edit->setObjectName(QStringLiteral("editEntryButton"));
    m_review->setObjectName(QStringLiteral("reviewEntryButton"));
    m_remove->setObjectName(QStringLiteral("removeEntryButton"));
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_search->setObjectName(QStringLiteral("searchStoredReadsButton"));
    m_review->setToolTip(tr("The entry is still needed: it alerts for another review period."));
    m_search->setToolTip(
        tr("Match the entry against reads already stored, for a case and with a reason."));
    for (QPushButton* button : {m_add, m_import, m_edit, m_review, m_remove, m_search})
        button->setVisible(!m_stationView);
    m_message->setObjectName(QStringLiteral("hotListMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_details->setObjectName(QStringLiteral("entryDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_showRemoved);
    bar->addWidget(refreshButton);
    bar->addStretch();
    bar->addWidget(m_import);
    bar->addWidget(m_add);

    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_edit);
    actions->addWidget(m_review);
    actions->addWidget(m_remove);
    actions->addWidget(m_history);
    actions->addWidget(m_search);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(actions);

    connect(m_showRemoved, &QCheckBox::toggled, this, &HotListPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &HotListPage::refresh);
    connect(m_add, &QPushButton::clicked, this, &HotListPage::addEntry);
    connect(m_import, &QPushButton::clicked, this, &HotListPage::importList);
    connect(m_edit, &QPushButton::clicked, this, &HotListPage::editSelected);
    connect(m_review, &QPushButton::clicked, this, &HotListPage::reviewSelected);
    connect(m_remove, &QPushButton::clicked, this, &HotListPage::removeSelected);
    connect(m_history, &QPushButton::clicked, this, &HotListPage::showHistory);
    connect(m_search, &QPushButton::clicked, this, &HotListPage::searchStoredReads);
    connect(m_table, &QTableView::activated, this, &HotListPage::activated);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        showDetails();
    });
    if (!m_stationView) {
        auto* remove = new QShortcut(QKeySequence::Delete, m_table);
        remove->setContext(Qt::WidgetShortcut);
        connect(remove, &QShortcut::activated, this, &HotListPage::removeSelected);
    }
    refresh();
}

void HotListPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void HotListPage::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

const core::HotListEntry* HotListPage::selectedEntry() const {
    return m_model->entryAt(m_table->currentIndex().row());
}

bool HotListPage::selectEntry(qint64 id) {
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void HotListPage::refresh() {
    const core::HotListEntry* current = selectedEntry();
    const qint64 selected = current ? current->id : 0;
    auto entries = m_station.hotLists().entries(m_session,
                                                m_stationView ? core::HotListService::Scope::Station
                                                              : core::HotListService::Scope::Own,
                                                m_showRemoved->isChecked());
    if (!entries) {
        showMessage(entries.error().message(), true);
        return;
    }
    m_model->setEntries(entries.value(), m_station.clock().nowUtc());
    bool listed = false;
    for (const core::HotListEntry& entry : entries.value())
        listed = listed || !entry.listName.isEmpty();
    m_table->setColumnHidden(HotListEntryModel::List, !listed);
    m_table->resizeColumnsToContents();
    // A long reason should not push the status out of sight.
    m_table->setColumnWidth(HotListEntryModel::Reason,
                            std::min(m_table->columnWidth(HotListEntryModel::Reason), 220));
    if (selected != 0)
        selectEntry(selected);
    updateButtons();
    showDetails();
}

void HotListPage::updateButtons() {
    const core::HotListEntry* entry = selectedEntry();
    const bool open = entry && !entry->isRemoved();
    m_edit->setEnabled(open);
    m_review->setEnabled(open && !entry->caseClosed);
    m_remove->setEnabled(open);
    m_history->setEnabled(entry != nullptr);
    m_search->setEnabled(open);
}

void HotListPage::showDetails() {
    const core::HotListEntry* entry = selectedEntry();
    if (!entry) {
        m_details->setText(m_model->rowCount() == 0
                               ? (m_stationView ? tr("The station has no hot-list entries.")
                                                : tr("You have no hot-list entries. Add one "
                                                     "for a plate you are looking for."))
                               : QString());
        return;
    }
    const QDateTime now = m_station.clock().nowUtc();
    QStringList lines;
    lines << tr("%1 · %2 · owner %3 · added %4")
                 .arg(HotListEntryModel::plateText(*entry),
                      core::HotListCategory::label(entry->category), entry->ownerName,
                      core::TimeFormat::toDisplay(entry->addedUtc));
    lines << HotListEntryModel::statusExplanation(*entry, now);
    if (!entry->listName.isEmpty())
        lines << tr("From the list %1 (its code %2).").arg(entry->listName, entry->listCode);
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void HotListPage::activated() {
    const core::HotListEntry* entry = selectedEntry();
    if (!entry)
        return;
    if (m_stationView || entry->isRemoved())
        showHistory();
    else
        editSelected();
}

std::optional<int> HotListPage::reviewDays() {
    auto policy = m_station.currentPolicy();
    if (!policy) {
        showMessage(policy.error().message(), true);
        return std::nullopt;
    }
    return policy.value().hotListReviewDays();
}

void HotListPage::addEntry() {
    if (m_stationView)
        return;
    const auto days = reviewDays();
    if (!days)
        return;
    QList<core::CaseFile> cases;
    if (auto open = m_station.cases().list(m_session, core::CaseService::Filter::OpenOnly))
        cases = open.value();
    auto* dialog =
        new HotListEntryDialog(m_station.clock().nowUtc(), *days, cases, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog] {
        auto added = m_station.hotLists().add(m_session, dialog->input());
        if (!added) {
            dialog->showError(added.error().message());
            return;
        }
        dialog->accept();
        refresh();
        selectEntry(added->id);
        showMessage(tr("%1 is on your hot list. It alerts you until %2, its review date.")
                        .arg(added->plate, localDate(added->reviewByUtc)));
        Q_EMIT entriesChanged();
    });
    dialog->open();
}

void HotListPage::importList() {
    if (m_stationView)
        return;
    auto* dialog = new HotListImportDialog(m_station, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HotListImportDialog::importFinished, this, [this, dialog](bool stored) {
        if (!stored)
            return;
        refresh();
        if (const auto& summary = dialog->summary())
            showMessage(
                tr("The list \"%1\" was imported; its entries are below.").arg(summary->listName));
        Q_EMIT entriesChanged();
    });
    dialog->open();
}

void HotListPage::editSelected() {
    const core::HotListEntry* entry = selectedEntry();
    if (m_stationView || !entry || entry->isRemoved())
        return;
    const auto days = reviewDays();
    if (!days)
        return;
    QList<core::CaseFile> cases;
    if (auto open = m_station.cases().list(m_session, core::CaseService::Filter::OpenOnly))
        cases = open.value();
    const qint64 id = entry->id;
    auto* dialog = new HotListEntryDialog(m_station.clock().nowUtc(), *days, cases, *entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog, id] {
        auto edited = m_station.hotLists().edit(m_session, id, dialog->input());
        if (!edited) {
            dialog->showError(edited.error().message());
            return;
        }
        dialog->accept();
        refresh();
        selectEntry(id);
        showMessage(tr("Entry %1 is saved.").arg(edited->plate));
        Q_EMIT entriesChanged();
    });
    dialog->open();
}

void HotListPage::reviewSelected() {
    const core::HotListEntry* entry = selectedEntry();
    if (m_stationView || !entry || entry->isRemoved())
        return;
    const auto days = reviewDays();
    if (!days)
        return;
    const qint64 id = entry->id;
    const QString plate = entry->plate;
    const QString until = localDate(m_station.clock().nowUtc().addDays(*days));
    auto* dialog = new NoteDialog(
        tr("Review entry %1").arg(plate),
        tr("Is %1 still needed for case %2 (%3)? Reviewing it keeps it alerting until %4.")
            .arg(plate, entry->caseNumber, entry->reason, until),
        tr("&Note:"), tr("Still needed"), false, this);
    dialog->setObjectName(QStringLiteral("reviewEntryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog, id, plate] {
        auto note = dialog->note();
        if (!note)
            return;
        auto reviewed = m_station.hotLists().review(m_session, id, *note);
        if (!reviewed) {
            dialog->showError(reviewed.error().message());
            return;
        }
        dialog->accept();
        refresh();
        selectEntry(id);
        showMessage(
            tr("%1 is reviewed: it alerts until %2.").arg(plate, localDate(reviewed->reviewByUtc)));
        Q_EMIT entriesChanged();
    });
    dialog->open();
}

void HotListPage::removeSelected() {
    const core::HotListEntry* entry = selectedEntry();
    if (m_stationView || !entry || entry->isRemoved())
        return;
    const qint64 id = entry->id;
    const QString plate = entry->plate;
    auto* dialog = new NoteDialog(
        tr("Remove entry %1").arg(plate),
        tr("Remove %1 (case %2) from your hot list? It no longer alerts; the entry and its "
           "history are kept.")
            .arg(plate, entry->caseNumber),
        tr("&Reason:"), tr("Remove entry"), true, this);
    dialog->setObjectName(QStringLiteral("removeEntryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog, id, plate] {
        auto reason = dialog->note();
        if (!reason)
            return;
        if (auto removed = m_station.hotLists().remove(m_session, id, *reason); !removed) {
            dialog->showError(removed.error().message());
            return;
        }
        dialog->accept();
        refresh();
        showMessage(tr("%1 is removed from your hot list; it stays as history.").arg(plate));
        Q_EMIT entriesChanged();
    });
    dialog->open();
}

void HotListPage::showHistory() {
    const core::HotListEntry* entry = selectedEntry();
    if (!entry)
        return;
    auto history = m_station.hotLists().history(m_session, entry->id);
    if (!history) {
        showMessage(history.error().message(), true);
        return;
    }
    auto* dialog = new HotListHistoryDialog(*entry, history.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HotListPage::searchStoredReads() {
    const core::HotListEntry* entry = selectedEntry();
    if (m_stationView || !entry || entry->isRemoved())
        return;
    auto* dialog = new HotListSearchDialog(m_station, m_session, *entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace pl::ui
