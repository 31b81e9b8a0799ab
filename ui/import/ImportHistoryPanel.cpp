#include "ui/import/ImportHistoryPanel.h"

#include "core/import/ImportService.h"
#include "core/station/Station.h"
#include "ui/import/ImportIssuesView.h"
#include "ui/import/ImportRecordModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pl::ui {

namespace {
QPushButton* makeButton(const QString& text, const QString& name, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}
} // namespace

ImportHistoryPanel::ImportHistoryPanel(core::Station& station, const core::Session& session,
                                       QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_model(new ImportRecordModel(this))
    , m_table(new QTableView(this))
    , m_resume(makeButton(tr("Resume"), QStringLiteral("resumeImportButton"), this))
    , m_rollback(makeButton(tr("Roll back…"), QStringLiteral("rollbackImportButton"), this))
    , m_message(new QLabel(this))
    , m_issuesHeading(new QLabel(this))
    , m_issues(new ImportIssuesView(station, session, this)) {
    setObjectName(QStringLiteral("historyPanel"));
    auto* refreshButton = makeButton(tr("Refresh"), QStringLiteral("refreshImportsButton"), this);
    m_resume->setToolTip(tr("Continue a cancelled, failed or interrupted import from its last "
                            "stored batch. The file must be unchanged."));
    m_rollback->setToolTip(tr("Remove every read a cancelled, failed or interrupted import "
                              "stored. The record of the import stays."));

    m_table->setObjectName(QStringLiteral("importsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ImportRecordModel::File,
                                                      QHeaderView::Stretch);

    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->hide();
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issuesHeading->setObjectName(QStringLiteral("historyIssuesHeading"));
    m_issues->setObjectName(QStringLiteral("historyIssuesView"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {refreshButton, m_resume, m_rollback})
        buttons->addWidget(button);
    buttons->addStretch();

    auto* issuesBox = new QWidget(this);
    auto* issuesLayout = new QVBoxLayout(issuesBox);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    issuesLayout->addWidget(m_issuesHeading);
    issuesLayout->addWidget(m_issues, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(issuesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(refreshButton, &QPushButton::clicked, this, &ImportHistoryPanel::refresh);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const core::ImportRecord* record = selected())
            Q_EMIT resumeRequested(record->id);
    });
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        if (const core::ImportRecord* record = selected())
            Q_EMIT rollbackRequested(record->id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        showIssues();
    });

    m_issuesHeading->setText(tr("Select an import to see the rows it did not store."));
    refresh();
}

void ImportHistoryPanel::refresh() {
    const qint64 selectedId = selected() ? selected()->id : 0;
    auto records = m_station.imports().imports(m_session);
    if (!records) {
        showMessage(records.error().message(), true);
        return;
    }
    m_model->setRecords(records.value());
    m_table->resizeColumnsToContents();
    if (selectedId)
        selectImport(selectedId);
    if (records.value().isEmpty())
        showMessage(tr("No imports yet."), false);
    else if (m_message->text() == tr("No imports yet."))
        showMessage({}, false);
    updateButtons();
}

void ImportHistoryPanel::selectImport(qint64 importId) {
    const int row = m_model->rowOfImport(importId);
    if (row >= 0)
        m_table->selectRow(row);
}

const core::ImportRecord* ImportHistoryPanel::selected() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->recordAt(rows.first().row());
}

void ImportHistoryPanel::updateButtons() {
    const core::ImportRecord* record = selected();
    const bool incomplete = record && record->isIncomplete();
    m_resume->setEnabled(incomplete);
    m_rollback->setEnabled(incomplete);
}

void ImportHistoryPanel::showIssues() {
    const core::ImportRecord* record = selected();
    if (!record) {
        m_issues->clear();
        m_issuesHeading->setText(tr("Select an import to see the rows it did not store."));
        return;
    }
    const core::ImportRecord shown = *record;
    auto issues = m_station.imports().rowIssues(m_session, shown.id);
    if (!issues) {
        showMessage(issues.error().message(), true);
        return;
    }
    m_issuesHeading->setText(
        tr("<b>Rows of %1 (%2) that did not become reads</b>")
            .arg(shown.fileName.toHtmlEscaped(), ImportRecordModel::statusText(shown)));
    m_issues->setIssues(shown.id, shown.fileName, issues.value());
}

void ImportHistoryPanel::showMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace pl::ui
