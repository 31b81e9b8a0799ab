#include "ui/hotlist/HotListImportDialog.h"

#include "core/hotlist/HotListImportService.h"
#include "core/hotlist/HotListTypes.h"
#include "core/station/Station.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pl::ui {

namespace {

constexpr int kProgressSteps = 1000;

QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells) {
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

} // namespace

HotListImportDialog::HotListImportDialog(core::Station& station, const core::Session& session,
                                         QWidget* parent)
    : QDialog(parent)
    , m_station(station)
    , m_session(session)
    , m_runner(new HotListJobRunner(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_profile(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_listName(new QLineEdit(this))
    , m_listState(new QLabel(this))
    , m_caseNumber(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_defaultState(new QLineEdit(this))
    , m_preview(makeTable(
          {tr("Line"), tr("Outcome"), tr("Plate"), tr("State"), tr("Category"), tr("Notes")},
          QStringLiteral("previewTable"), this))
    , m_progress(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_result(new QLabel(this))
    , m_issues(
          makeTable({tr("Line"), tr("Outcome"), tr("Reason"), tr("Explanation"), tr("Content")},
                    QStringLiteral("issuesTable"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_cancel(new QPushButton(tr("&Cancel import"), this))
    , m_close(new QPushButton(tr("C&lose"), this)) {
    setObjectName(QStringLiteral("hotListImportDialog"));
    setWindowTitle(tr("Import a hot list"));
    resize(900, 720);

    auto* intro = new QLabel(
        tr("Import a hot list from a file: an NCIC extract, a state list or a vendor list. You "
           "own the list and its entries, so their alerts come to you. Importing a list of the "
           "same name again replaces its entries."),
        this);
    intro->setWordWrap(true);

    m_file->setObjectName(QStringLiteral("filePath"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_profile->setObjectName(QStringLiteral("profileBox"));
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    m_listName->setObjectName(QStringLiteral("listName"));
    m_listName->setMaxLength(200);
    m_listState->setObjectName(QStringLiteral("listState"));
    m_listState->setWordWrap(true);
    m_caseNumber->setObjectName(QStringLiteral("caseNumber"));
    m_caseNumber->setMaxLength(64);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_defaultState->setObjectName(QStringLiteral("defaultState"));
    m_defaultState->setMaxLength(40);
    m_defaultState->setPlaceholderText(tr("optional, e.g. WA"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_issues->hide();
    // Enter in a field must not start an import.
    for (QPushButton* button : {m_browse, m_import, m_cancel, m_close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(QString(), m_detected);
    form->addRow(tr("&List name:"), m_listName);
    form->addRow(QString(), m_listState);
    form->addRow(tr("Case &number:"), m_caseNumber);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Default &state:"), m_defaultState);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("First records of the file, as the profile reads them:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addWidget(m_issues, 1);
    layout->addWidget(buttons);

    loadProfiles();
    setRunning(false);

    connect(m_browse, &QPushButton::clicked, this, &HotListImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &HotListImportDialog::refreshPreview);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &HotListImportDialog::refreshPreview);
    connect(m_listName, &QLineEdit::editingFinished, this, &HotListImportDialog::refreshPreview);
    connect(m_import, &QPushButton::clicked, this, &HotListImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &HotListImportDialog::cancelImport);
    connect(m_close, &QPushButton::clicked, this, &HotListImportDialog::reject);
    connect(m_runner, &HotListJobRunner::progressed, this, &HotListImportDialog::onProgress);
    connect(m_runner, &HotListJobRunner::finished, this, &HotListImportDialog::onFinished);
}

void HotListImportDialog::loadProfiles() {
    m_profile->addItem(tr("Detect from the file"), QString());
    auto profiles = m_station.hotListImports().profiles(m_session);
    if (!profiles) {
        showError(profiles.error().message());
        return;
    }
    for (const core::ImportProfile& profile : profiles.value())
        m_profile->addItem(profile.label, profile.id);
}

void HotListImportDialog::setFile(const QString& path) {
    m_file->setText(path);
    refreshPreview();
}

void HotListImportDialog::browse() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a hot-list file"), m_file->text(),
                                     tr("Hot lists (*.txt *.csv *.dat *.tbl);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void HotListImportDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void HotListImportDialog::refreshPreview() {
    if (m_runner->isRunning())
        return;
    showError({});
    m_preview->setRowCount(0);
    m_detected->clear();
    m_listState->clear();
    const QString path = m_file->text().trimmed();
    if (path.isEmpty())
        return;
    const QString chosen = m_profile->currentData().toString();
    auto preview = m_station.hotListImports().preview(m_session, path, chosen, m_listName->text());
    if (!preview) {
        m_detected->setText(preview.error().message());
        return;
    }
    if (!preview->problem.isEmpty())
        m_detected->setText(preview->problem);
    else if (chosen.isEmpty())
        m_detected->setText(tr("Detected layout: %1 (%2). %3")
                                .arg(preview->profileLabel, preview->profileId, preview->layout));
    else if (preview->detectedProfileId.isEmpty() || preview->detectedProfileId == chosen)
        m_detected->setText(preview->layout);
    else
        m_detected->setText(tr("%1. The file looks more like the layout \"%2\".")
                                .arg(preview->layout, preview->detectedProfileId));
    m_listName->setPlaceholderText(preview->listName);
    if (!preview->listName.isEmpty()) {
        m_listState->setText(
            preview->listExists
                ? tr("Importing replaces the entries of the list \"%1\" of %2 (%n entries now).",
                     nullptr, static_cast<int>(preview->listEntries))
                      .arg(preview->listName, preview->listOwner)
                : tr("Importing creates the list \"%1\".").arg(preview->listName));
    }
    m_preview->setRowCount(static_cast<int>(preview->rows.size()));
    for (int row = 0; row < preview->rows.size(); ++row) {
        const core::HotListPreviewRow& r = preview->rows.at(row);
        setRow(m_preview, row,
               {QString::number(r.line), core::HotListImportRow::outcomeLabel(r.outcome), r.plate,
                r.state,
                r.category.isEmpty() ? QString() : core::HotListCategory::label(r.category),
                r.reason});
    }
}

void HotListImportDialog::setRunning(bool running) {
    m_import->setEnabled(!running);
    m_cancel->setEnabled(running);
    for (QWidget* input : {static_cast<QWidget*>(m_file), static_cast<QWidget*>(m_browse),
                           static_cast<QWidget*>(m_profile), static_cast<QWidget*>(m_listName),
                           static_cast<QWidget*>(m_caseNumber), static_cast<QWidget*>(m_reason),
                           static_cast<QWidget*>(m_defaultState)})
        input->setEnabled(!running);
}

void HotListImportDialog::startImport() {
    if (m_runner->isRunning())
        return;
    showError({});
    m_result->clear();
    m_issues->hide();
    m_issues->setRowCount(0);
    core::HotListImportRequest request;
    request.filePath = m_file->text().trimmed();
    request.profileId = m_profile->currentData().toString();
    request.listName = m_listName->text().trimmed();
    request.caseNumber = m_caseNumber->text().trimmed();
    request.reason = m_reason->text().trimmed();
    request.defaultState = m_defaultState->text().trimmed();
    auto job = m_station.hotListImports().prepare(m_session, request);
    if (!job) {
        showError(job.error().message());
        return;
    }
    m_progress->setValue(0);
    setRunning(true);
    m_runner->start(std::move(job.value()));
}

void HotListImportDialog::cancelImport() {
    m_runner->cancel();
    m_cancel->setEnabled(false);
}

void HotListImportDialog::onProgress(const core::HotListImportProgress& progress) {
    if (progress.bytesTotal > 0)
        m_progress->setValue(
            static_cast<int>(kProgressSteps * progress.bytesDone / progress.bytesTotal));
    m_result->setText(tr("%n record(s) read…", nullptr, static_cast<int>(progress.counts.records)));
}

void HotListImportDialog::onFinished(const HotListJobRunner::SummaryResult& result) {
    setRunning(false);
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    if (!result || !*result) {
        m_progress->setValue(0);
        m_result->clear();
        showError(result ? (*result).error().message() : QString());
        Q_EMIT importFinished(false);
        return;
    }
    m_progress->setValue(kProgressSteps);
    m_summary = (*result).value();
    showResult(*m_summary);
    refreshPreview();
    Q_EMIT importFinished(true);
}

void HotListImportDialog::showResult(const core::HotListImportSummary& summary) {
    const core::HotListImportCounts& counts = summary.counts;
    m_result->setText(
        tr("List \"%1\": %2 of %3 records stored (%4 with flags), %5 rejected, %6 duplicates, "
           "%7 skipped. Entries: %8 added, %9 kept, %10 removed.")
            .arg(summary.listName)
            .arg(counts.stored())
            .arg(counts.records)
            .arg(counts.flagged)
            .arg(counts.rejected)
            .arg(counts.duplicates)
            .arg(counts.skipped)
            .arg(counts.added)
            .arg(counts.kept)
            .arg(counts.removed));
    m_issues->setRowCount(static_cast<int>(summary.issues.size()));
    for (int row = 0; row < summary.issues.size(); ++row) {
        const core::HotListImportRow& issue = summary.issues.at(row);
        setRow(m_issues, row,
               {QString::number(issue.line), core::HotListImportRow::outcomeLabel(issue.outcome),
                issue.reason, issue.message, issue.raw});
    }
    m_issues->setVisible(!summary.issues.isEmpty());
}

void HotListImportDialog::reject() {
    if (m_runner->isRunning()) {
        // Closing cancels; the dialog goes once the job has stopped.
        m_closeWhenDone = true;
        cancelImport();
        return;
    }
    QDialog::reject();
}

} // namespace pl::ui
