#include "ui/alerts/AlertsPage.h"

#include "core/cases/CaseService.h"
#include "core/common/TimeFormat.h"
#include "core/hotlist/AlertService.h"
#include "core/search/SearchTypes.h"
#include "core/station/Station.h"
#include "ui/alerts/AlertTableModel.h"
#include "ui/cases/NoteDialog.h"
#include "ui/search/SearchResultModel.h"
#include "ui/search/VerificationDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace pl::ui {

AlertsPage::AlertsPage(core::Station& station, const core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_model(new AlertTableModel(this))
    , m_table(new QTableView(this))
    , m_showAcknowledged(new QCheckBox(tr("Show ac&knowledged alerts"), this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_details(new QLabel(this))
    , m_open(new QPushButton(tr("&Open read…"), this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge…"), this)) {
    setObjectName(QStringLiteral("alertsPage"));

    auto* heading = new QLabel(tr("<h2>Hot-list alerts</h2>"), this);
    auto* intro = new QLabel(tr("Reads that matched your hot-list entries. Only you see your "
                                "alerts; those you have not acknowledged wait here for your "
                                "next login."),
                             this);
    intro->setWordWrap(true);
    auto* notice = new QLabel(
        tr("An LPR read is never the sole basis for enforcement action. An alert says only that "
           "a reader's text matched your entry: open the read and compare it with its image, "
           "and confirm the vehicle and the entry by independent means before acting."),
        this);
    notice->setObjectName(QStringLiteral("soleBasisNotice"));
    notice->setWordWrap(true);
    notice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; border: 1px solid #e0c36a; padding: 6px 10px; }"));

    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_showAcknowledged->setObjectName(QStringLiteral("showAcknowledged"));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshAlertsButton"));
    m_count->setObjectName(QStringLiteral("alertCount"));
    m_message->setObjectName(QStringLiteral("alertsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_details->setObjectName(QStringLiteral("alertDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setObjectName(QStringLiteral("openAlertButton"));
    m_open->setToolTip(tr("Compare the read with its plate and scene images."));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlertButton"));
    m_acknowledge->setToolTip(tr("You have dealt with the alert. This does not confirm the "
                                 "read."));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_showAcknowledged);
    bar->addWidget(refreshButton);
    bar->addStretch();
    bar->addWidget(m_count);

    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_open);
    actions->addWidget(m_acknowledge);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(notice);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(actions);

    connect(m_showAcknowledged, &QCheckBox::toggled, this, &AlertsPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &AlertsPage::refresh);
    connect(m_open, &QPushButton::clicked, this, &AlertsPage::openSelected);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPage::acknowledgeSelected);
    connect(m_table, &QTableView::activated, this, &AlertsPage::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        showDetails();
    });
    refresh();
}

void AlertsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void AlertsPage::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

bool AlertsPage::selectAlert(qint64 id) {
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void AlertsPage::refresh() {
    const core::HotListAlert* current = m_model->alertAt(m_table->currentIndex().row());
    const qint64 selected = current ? current->id : 0;
    auto alerts = m_station.alerts().inbox(m_session, m_showAcknowledged->isChecked());
    if (alerts && markShown(alerts.value())) // listed as they are now: shown
        alerts = m_station.alerts().inbox(m_session, m_showAcknowledged->isChecked());
    if (!alerts) {
        showMessage(alerts.error().message(), true);
        return;
    }
    m_model->setAlerts(alerts.value());
    m_unacknowledged = 0;
    for (const core::HotListAlert& alert : alerts.value())
        m_unacknowledged += alert.isAcknowledged() ? 0 : 1;
    m_count->setText(m_unacknowledged == 0
                         ? tr("No alert waits for your acknowledgement.")
                         : tr("%n alert(s) not acknowledged.", nullptr, m_unacknowledged));
    bool listed = false;
    for (const core::HotListAlert& alert : alerts.value())
        listed = listed || !alert.listName.isEmpty();
    m_table->setColumnHidden(AlertTableModel::List, !listed);
    m_table->resizeColumnsToContents();
    // Sized to their contents, the columns leave the rest of the width to the last one again.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (selected == 0 || !selectAlert(selected)) {
        if (m_model->rowCount() > 0)
            selectAlert(m_model->alertAt(0)->id);
    }
    updateButtons();
    showDetails();
}

bool AlertsPage::markShown(const QList<core::HotListAlert>& alerts) {
    // Alerts count as shown once the owner has the list in front of them.
    if (!isVisible())
        return false;
    QList<qint64> ids;
    for (const core::HotListAlert& alert : alerts) {
        if (!alert.shownUtc.isValid())
            ids.append(alert.id);
    }
    if (ids.isEmpty())
        return false;
    if (auto shown = m_station.alerts().markShown(m_session, ids); !shown) {
        showMessage(shown.error().message(), true);
        return false;
    }
    return true;
}

void AlertsPage::updateButtons() {
    const core::HotListAlert* alert = m_model->alertAt(m_table->currentIndex().row());
    m_open->setEnabled(alert && alert->readId.has_value());
    m_acknowledge->setEnabled(alert && !alert->isAcknowledged());
}

void AlertsPage::showDetails() {
    const core::HotListAlert* alert = m_model->alertAt(m_table->currentIndex().row());
    if (!alert) {
        m_details->setText(m_model->rowCount() == 0 ? tr("No alerts.") : QString());
        return;
    }
    QStringList lines;
    lines << AlertTableModel::kindExplanation(*alert);
    lines << tr("Entry: %1 · %2 · case %3 · %4")
                 .arg(alert->entryPlate, core::HotListCategory::label(alert->category),
                      alert->caseNumber, alert->entryReason);
    lines << tr("Read %1 by %2; alert raised %3.")
                 .arg(core::TimeFormat::toDisplay(alert->readTimeUtc), alert->deviceName,
                      core::TimeFormat::toDisplay(alert->createdUtc));
    if (!alert->readId)
        lines << tr("The read was purged under the retention policy: it can no longer be "
                    "opened; only this record of it remains.");
    if (alert->isAcknowledged())
        lines << (alert->acknowledgedNote.isEmpty()
                      ? AlertTableModel::statusLabel(*alert)
                      : tr("%1: %2").arg(AlertTableModel::statusLabel(*alert),
                                         alert->acknowledgedNote));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void AlertsPage::openSelected() {
    const core::HotListAlert* alert = m_model->alertAt(m_table->currentIndex().row());
    if (alert)
        openAlert(alert->id);
}

QDialog* AlertsPage::openAlert(qint64 id) {
    auto alert = m_station.alerts().alert(m_session, id);
    if (!alert) {
        showMessage(alert.error().message(), true);
        return nullptr;
    }
    if (auto shown = m_station.alerts().markShown(m_session, {id}); !shown) {
        showMessage(shown.error().message(), true);
        return nullptr;
    }
    if (!alert->readId) {
        showMessage(tr("The read of this alert (%1 at %2) was purged under the retention "
                       "policy; it can no longer be opened.")
                        .arg(alert->readPlate, core::TimeFormat::toDisplay(alert->readTimeUtc)),
                    true);
        return nullptr;
    }
    // The verification view moves through a result's reads; here that is the
    // one read the alert names. No search was run: the alert is why its owner
    // sees the read, and showing the alert is what core audits.
    core::SearchResult only;
    only.readIds = {*alert->readId};
    auto* reads = new SearchResultModel(m_station, m_session);
    reads->setResult(only);
    // Decisions and links name the entry's case when it is a case of this store.
    const QString caseNumber =
        m_station.cases().find(m_session, alert->caseNumber) ? alert->caseNumber : QString();
    auto* dialog = new VerificationDialog(m_station, m_session, *reads, 0, caseNumber, this);
    reads->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Read of the alert on %1 — %2")
                               .arg(alert->entryPlate, AlertTableModel::kindLabel(alert->kind)));
    dialog->open();
    refresh();
    selectAlert(id);
    return dialog;
}

void AlertsPage::acknowledgeSelected() {
    const core::HotListAlert* alert = m_model->alertAt(m_table->currentIndex().row());
    if (!alert || alert->isAcknowledged())
        return;
    const qint64 id = alert->id;
    auto* dialog = new NoteDialog(
        tr("Acknowledge alert"),
        (alert->kind == core::HotListAlert::Kind::Hit
             ? tr("Acknowledge the hit on %1, read at %2 by %3?")
             : tr("Acknowledge the possible match %1, read at %2 by %3?"))
                .arg(alert->readPlate, core::TimeFormat::toDisplay(alert->readTimeUtc),
                     alert->deviceName) +
            QLatin1Char(' ') +
            tr("It leaves your open alerts; the acknowledgement and your note are recorded in "
               "the audit trail. Acknowledging does not confirm the read."),
        tr("&Note:"), tr("Acknowledge"), false, this);
    dialog->setObjectName(QStringLiteral("acknowledgeAlertDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog, id] {
        auto note = dialog->note();
        if (!note)
            return;
        if (auto done = m_station.alerts().acknowledge(m_session, id, *note); !done) {
            dialog->showError(done.error().message());
            return;
        }
        dialog->accept();
        refresh();
        showMessage(tr("The alert is acknowledged."));
        Q_EMIT alertsChanged();
    });
    dialog->open();
}

} // namespace pl::ui
