#include "ui/import/ImportIssuesView.h"

#include "core/import/ImportService.h"
#include "core/station/Station.h"
#include "ui/import/ImportIssueModel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pl::ui {

ImportIssuesView::ImportIssuesView(core::Station& station, const core::Session& session,
                                   QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_model(new ImportIssueModel(this))
    , m_table(new QTableView(this))
    , m_export(new QPushButton(tr("Export rejected rows…"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("issuesView"));
    m_table->setObjectName(QStringLiteral("issueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_export->setObjectName(QStringLiteral("exportIssuesButton"));
    m_export->setToolTip(tr("Writes line, outcome, reason and the row itself as CSV, so the rows "
                            "can be fixed and imported again. The export is recorded."));
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* row = new QHBoxLayout;
    row->addWidget(m_export);
    row->addWidget(m_message, 1);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_table, 1);
    m_layout->addLayout(row);
    m_layout->addStretch(0); // takes the room while the table is hidden

    connect(m_export, &QPushButton::clicked, this, &ImportIssuesView::exportIssues);
    clear();
}

void ImportIssuesView::setIssues(qint64 importId, const QString& suggestedName,
                                 const QList<core::ImportRowIssue>& issues, qint64 total) {
    m_importId = importId;
    m_suggestedName = suggestedName;
    m_model->setIssues(issues);
    m_table->resizeColumnsToContents();
    showTable(!issues.isEmpty());
    total = std::max<qint64>(total, issues.size());
    m_export->setEnabled(importId > 0 && total > 0);
    if (total == 0) {
        showMessage(tr("No rows were rejected or skipped as duplicates."), false);
    } else if (total > issues.size()) {
        const QLocale locale;
        showMessage(tr("%1 of the %2 rows are listed here; the export holds them all.")
                        .arg(locale.toString(issues.size()), locale.toString(total)),
                    false);
    } else {
        showMessage({}, false);
    }
}

void ImportIssuesView::clear() {
    m_importId = 0;
    m_model->setIssues({});
    showTable(true);
    m_export->setEnabled(false);
    showMessage({}, false);
}

void ImportIssuesView::exportIssues() {
    if (m_importId <= 0)
        return;
    auto* dialog = new QFileDialog(this, tr("Export rejected rows"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    const QString base = QFileInfo(m_suggestedName).completeBaseName();
    dialog->selectFile(tr("%1-rejected-rows.csv").arg(base.isEmpty() ? tr("import") : base));
    connect(dialog, &QFileDialog::fileSelected, this, &ImportIssuesView::exportTo);
    dialog->open();
}

void ImportIssuesView::exportTo(const QString& csvPath) {
    if (m_importId <= 0 || csvPath.isEmpty())
        return;
    const core::Status written =
        m_station.imports().exportRowIssues(m_session, m_importId, csvPath);
    if (!written) {
        showMessage(written.error().message(), true);
        return;
    }
    showMessage(tr("%n row(s) written to %1.", nullptr, m_model->rowCount())
                    .arg(QDir::toNativeSeparators(csvPath)),
                false);
}

void ImportIssuesView::showTable(bool visible) {
    m_table->setVisible(visible);
    m_layout->setStretch(m_layout->count() - 1, visible ? 0 : 1);
}

void ImportIssuesView::showMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace pl::ui
