#include "ui/hotlist/HotListSearchDialog.h"

#include "core/cases/CaseService.h"
#include "core/hotlist/HotListService.h"
#include "core/search/SearchService.h"
#include "core/station/Station.h"
#include "ui/search/SearchResultModel.h"
#include "ui/search/VerificationDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pl::ui {

HotListSearchDialog::HotListSearchDialog(core::Station& station, const core::Session& session,
                                         const core::HotListEntry& entry, QWidget* parent)
    : QDialog(parent)
    , m_station(station)
    , m_session(session)
    , m_entry(entry)
    , m_case(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_window(new QLabel(this))
    , m_search(new QPushButton(tr("&Search stored reads"), this))
    , m_message(new QLabel(this))
    , m_model(new SearchResultModel(station, session, this))
    , m_table(new QTableView(this))
    , m_open(new QPushButton(tr("&Open read…"), this)) {
    setObjectName(QStringLiteral("hotListSearchDialog"));
    setWindowTitle(tr("Search stored reads for %1").arg(entry.plate));
    resize(980, 620);

    auto* intro = new QLabel(
        tr("Look for reads of <b>%1</b>%2 already in the store. This is a search like any other: "
           "it names an open case and a reason, reaches back only as far as the case's window, "
           "and is recorded in the audit trail.")
            .arg(entry.plate.toHtmlEscaped(),
                 entry.state.isEmpty() ? QString()
                                       : tr(" (state %1)").arg(entry.state.toHtmlEscaped())),
        this);
    intro->setWordWrap(true);

    m_case->setObjectName(QStringLiteral("caseBox"));
    m_case->setEditable(true);
    m_case->setInsertPolicy(QComboBox::NoInsert);
    m_case->setMinimumWidth(320);
    if (auto cases = station.cases().list(session, core::CaseService::Filter::OpenOnly)) {
        for (const core::CaseFile& file : cases.value())
            m_case->addItem(tr("%1 — %2").arg(file.number, file.title), file.number);
    }
    // The entry's own case first, when it is an open case of this store.
    const int own = m_case->findData(entry.caseNumber);
    if (own >= 0)
        m_case->setCurrentIndex(own);
    else
        m_case->setEditText(entry.caseNumber);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("required: why the stored reads are needed for the case"));
    m_window->setObjectName(QStringLiteral("windowLabel"));
    m_window->setWordWrap(true);
    auto* justification = new QGroupBox(tr("Justification"), this);
    auto* form = new QFormLayout(justification);
    form->addRow(tr("&Case:"), m_case);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Window:"), m_window);

    m_search->setObjectName(QStringLiteral("searchButton"));
    m_search->setDefault(true);
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search);
    searchRow->addWidget(m_message, 1);

    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(SearchResultModel::thumbnailHeight + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setIconSize(
        QSize(SearchResultModel::thumbnailHeight * 4, SearchResultModel::thumbnailHeight));
    m_table->setColumnWidth(SearchResultModel::Image, SearchResultModel::thumbnailHeight * 4 + 8);
    m_table->setColumnWidth(SearchResultModel::Plate, 160);
    m_table->setColumnWidth(SearchResultModel::Time, 150);
    m_table->setColumnWidth(SearchResultModel::Place, 150);

    m_open->setObjectName(QStringLiteral("openReadButton"));
    m_open->setAutoDefault(false);
    auto* notice =
        new QLabel(tr("Open a read to compare it with its image before relying on it."), this);
    notice->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* actions = new QHBoxLayout;
    actions->addWidget(notice, 1);
    actions->addWidget(m_open);
    actions->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(justification);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_search, &QPushButton::clicked, this, &HotListSearchDialog::search);
    connect(m_reason, &QLineEdit::returnPressed, this, &HotListSearchDialog::search);
    connect(m_case, &QComboBox::currentIndexChanged, this, &HotListSearchDialog::showWindow);
    connect(m_case->lineEdit(), &QLineEdit::editingFinished, this,
            &HotListSearchDialog::showWindow);
    connect(m_table, &QTableView::activated, this, &HotListSearchDialog::openSelected);
    connect(m_open, &QPushButton::clicked, this, &HotListSearchDialog::openSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateOpen = [this] {
        m_open->setEnabled(m_table->currentIndex().isValid());
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateOpen);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateOpen);
    updateOpen();
    showWindow();
    m_reason->setFocus();
}

QString HotListSearchDialog::caseNumber() const {
    const int index = m_case->currentIndex();
    if (index >= 0 && m_case->itemText(index) == m_case->currentText())
        return m_case->itemData(index).toString();
    return m_case->currentText().trimmed();
}

void HotListSearchDialog::showWindow() {
    const QString number = caseNumber();
    if (number.isEmpty()) {
        m_window->setStyleSheet({});
        m_window->setText(tr("Choose an open case, or type its number."));
        return;
    }
    auto window = m_station.search().window(m_session, number);
    if (!window) {
        m_window->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        m_window->setText(window.error().message());
        return;
    }
    m_window->setStyleSheet({});
    m_window->setText(window.value().explanation);
}

bool HotListSearchDialog::search() {
    auto result = m_station.hotLists().searchStoredReads(m_session, m_entry.id, caseNumber(),
                                                         m_reason->text());
    if (!result) {
        showMessage(result.error().message(), true);
        return false;
    }
    m_model->setResult(result.value());
    const qsizetype found = result.value().readIds.size();
    showMessage(
        tr("%n stored read(s) of %1 found since %2. The search is recorded in the audit trail.",
           nullptr, static_cast<int>(found))
            .arg(m_entry.plate,
                 QLocale().toString(result.value().fromUtc.toLocalTime(), QLocale::ShortFormat)),
        false);
    if (found > 0) {
        m_table->selectRow(0);
        m_table->setFocus();
    }
    return true;
}

void HotListSearchDialog::openSelected() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    VerificationDialog dialog(m_station, m_session, *m_model, current.row(), caseNumber(), this);
    dialog.exec();
    m_table->selectRow(dialog.currentRow());
}

void HotListSearchDialog::showMessage(const QString& text, bool error) {
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
    m_message->setText(text);
}

} // namespace pl::ui
