#include "ui/exceptions/ExceptionsPage.h"

#include "core/cases/ExceptionService.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/policy/Policy.h"
#include "core/station/Station.h"
#include "ui/cases/ExceptionTableModel.h"
#include "ui/cases/NoteDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace pl::ui {

ExceptionsPage::ExceptionsPage(core::Station& station, const core::Session& session,
                               QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_model(new ExceptionTableModel(this))
    , m_table(new QTableView(this))
    , m_approve(new QPushButton(tr("Approve…"), this))
    , m_refuse(new QPushButton(tr("Refuse…"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("exceptionsPage"));
    auto* heading = new QLabel(tr("<h2>Search window exceptions</h2>"), this);
    auto* intro = new QLabel(
        tr("Requests to let a case's searches reach further back than its normal window. "
           "Decide on the reason given; you cannot decide on your own requests. An approval "
           "expires, and every decision is recorded in the audit trail."),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("pendingExceptionsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column : {ExceptionTableModel::Status, ExceptionTableModel::Expires,
                       ExceptionTableModel::DecidedBy, ExceptionTableModel::Note})
        m_table->setColumnHidden(column, true);

    m_approve->setObjectName(QStringLiteral("approveExceptionButton"));
    m_refuse->setObjectName(QStringLiteral("refuseExceptionButton"));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshExceptionsButton"));
    m_message->setObjectName(QStringLiteral("exceptionsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refreshButton);
    buttons->addStretch();
    buttons->addWidget(m_approve);
    buttons->addWidget(m_refuse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(refreshButton, &QPushButton::clicked, this, &ExceptionsPage::refresh);
    connect(m_approve, &QPushButton::clicked, this, &ExceptionsPage::approve);
    connect(m_refuse, &QPushButton::clicked, this, &ExceptionsPage::refuse);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExceptionsPage::updateButtons);
    refresh();
}

void ExceptionsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void ExceptionsPage::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ExceptionsPage::refresh() {
    auto pending = m_station.exceptions().pending(m_session);
    if (!pending) {
        showMessage(pending.error().message(), true);
        return;
    }
    m_model->setExceptions(pending.value(), m_station.clock().nowUtc());
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

bool ExceptionsPage::selectException(qint64 id) {
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void ExceptionsPage::updateButtons() {
    const bool any = m_model->exceptionAt(m_table->currentIndex().row()) != nullptr;
    m_approve->setEnabled(any);
    m_refuse->setEnabled(any);
}

void ExceptionsPage::approve() {
    decide(true);
}

void ExceptionsPage::refuse() {
    decide(false);
}

void ExceptionsPage::decide(bool approve) {
    const core::QueryException* exception = m_model->exceptionAt(m_table->currentIndex().row());
    if (!exception)
        return;
    const qint64 id = exception->id;
    const QString number = exception->caseNumber;
    const QString request =
        tr("%1 asks that searches for case %2 may reach back to %3.\nReason: %4")
            .arg(exception->requestedByName, number,
                 m_model
                     ->data(m_model->index(m_model->rowOfId(id), ExceptionTableModel::From),
                            Qt::DisplayRole)
                     .toString(),
                 exception->reason);
    QString intro;
    if (approve) {
        auto policy = m_station.currentPolicy();
        intro = request + QLatin1String("\n\n") +
                tr("An approval lasts %n day(s).", nullptr,
                   policy ? policy.value().exceptionValidityDays() : 30);
    } else {
        intro = request + QLatin1String("\n\n") + tr("Say why the request is refused.");
    }
    auto* dialog = new NoteDialog(
        approve ? tr("Approve a wider search window") : tr("Refuse a wider search window"), intro,
        tr("&Note:"), approve ? tr("Approve") : tr("Refuse"), !approve, this);
    dialog->setObjectName(approve ? QStringLiteral("approveDialog")
                                  : QStringLiteral("refuseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog, id, number, approve] {
        auto note = dialog->note();
        if (!note)
            return;
        auto decided = approve ? m_station.exceptions().approve(m_session, id, *note)
                               : m_station.exceptions().refuse(m_session, id, *note);
        if (!decided) {
            dialog->showError(decided.error().message());
            return;
        }
        dialog->accept();
        refresh();
        showMessage(approve ? tr("Approved for case %1 until %2.")
                                  .arg(number, core::TimeFormat::toDisplay(decided->expiresUtc))
                            : tr("Refused for case %1.").arg(number));
    });
    dialog->open();
}

} // namespace pl::ui
