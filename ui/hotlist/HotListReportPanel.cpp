#include "ui/hotlist/HotListReportPanel.h"

#include "core/common/Clock.h"
#include "core/hotlist/HotListReportService.h"
#include "core/hotlist/HotListTypes.h"
#include "core/station/Station.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pl::ui {

namespace {

QTableWidgetItem* numberItem(qint64 value) {
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* textItem(const QString& text) {
    return new QTableWidgetItem(text);
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // Headings whole even before a month is shown.
    table->resizeColumnsToContents();
    return table;
}

QString utcText(const QDateTime& time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

HotListReportPanel::HotListReportPanel(core::Station& station, const core::Session& session,
                                       QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_month(new QDateEdit(this))
    , m_show(new QPushButton(tr("Show"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_period(new QLabel(this))
    , m_entries(new QLabel(this))
    , m_added(new QLabel(this))
    , m_reviewed(new QLabel(this))
    , m_removed(new QLabel(this))
    , m_overdue(new QLabel(this))
    , m_hits(new QLabel(this))
    , m_possible(new QLabel(this))
    , m_lists(
          makeTable({tr("List"), tr("Entries at month end"), tr("Added"), tr("Reviewed"),
                     tr("Removed"), tr("Overdue at month end"), tr("Hits"), tr("Possible matches")},
                    this))
    , m_entryTable(
          makeTable({tr("Entry"), tr("Plate"), tr("State"), tr("Category"), tr("Case"), tr("Owner"),
                     tr("List"), tr("Hits"), tr("Possible matches"), tr("Status")},
                    this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("hotListReportPanel"));
    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_month->setCalendarPopup(true);
    const QDate today = m_station.clock().nowUtc().date();
    m_month->setMaximumDate(QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1));
    // The last whole month is the one usually reported on.
    setMonth(today.addMonths(-1));
    m_show->setObjectName(QStringLiteral("showReportButton"));
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->setWordWrap(true);
    m_entries->setObjectName(QStringLiteral("reportEntries"));
    m_added->setObjectName(QStringLiteral("reportAdded"));
    m_reviewed->setObjectName(QStringLiteral("reportReviewed"));
    m_removed->setObjectName(QStringLiteral("reportRemoved"));
    m_overdue->setObjectName(QStringLiteral("reportOverdue"));
    m_hits->setObjectName(QStringLiteral("reportHits"));
    m_possible->setObjectName(QStringLiteral("reportPossible"));
    m_lists->setObjectName(QStringLiteral("reportListsTable"));
    m_entryTable->setObjectName(QStringLiteral("reportEntriesTable"));
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Month (UTC):"), this));
    controls->addWidget(m_month);
    controls->addWidget(m_show);
    controls->addWidget(m_export);
    controls->addStretch();

    auto* figures = new QFormLayout;
    figures->addRow(tr("Entries on the lists at month end:"), m_entries);
    figures->addRow(tr("Entries added:"), m_added);
    figures->addRow(tr("Entries reviewed:"), m_reviewed);
    figures->addRow(tr("Entries removed:"), m_removed);
    figures->addRow(tr("Overdue for review at month end:"), m_overdue);
    figures->addRow(tr("Alerts, hits:"), m_hits);
    figures->addRow(tr("Alerts, possible matches:"), m_possible);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_period);
    layout->addLayout(figures);
    layout->addWidget(new QLabel(tr("Per list:"), this));
    layout->addWidget(m_lists, 1);
    layout->addWidget(new QLabel(tr("Entries that raised alerts:"), this));
    layout->addWidget(m_entryTable, 2);
    layout->addWidget(m_message);

    connect(m_show, &QPushButton::clicked, this, &HotListReportPanel::showReport);
    connect(m_export, &QPushButton::clicked, this, &HotListReportPanel::chooseExportFile);
    connect(m_month, &QDateEdit::dateChanged, this, [this] {
        if (m_report && m_report->month != month())
            clearReport();
    });
}

QDate HotListReportPanel::month() const {
    const QDate date = m_month->date();
    return QDate(date.year(), date.month(), 1);
}

void HotListReportPanel::setMonth(const QDate& month) {
    m_month->setDate(QDate(month.year(), month.month(), 1));
}

bool HotListReportPanel::showReport() {
    auto report = m_station.hotListReports().report(m_session, month());
    if (!report) {
        clearReport();
        showMessage(report.error().message(), true);
        return false;
    }
    present(report.value());
    showMessage(QString(), false);
    Q_EMIT reportShown();
    return true;
}

void HotListReportPanel::chooseExportFile() {
    auto* dialog = new QFileDialog(this, tr("Export the hot-list report"));
    dialog->setObjectName(QStringLiteral("reportExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(
        tr("hotlist-report-%1.csv").arg(month().toString(QStringLiteral("yyyy-MM"))));
    connect(dialog, &QFileDialog::fileSelected, this, &HotListReportPanel::exportTo);
    dialog->open();
}

bool HotListReportPanel::exportTo(const QString& path) {
    if (path.isEmpty())
        return false;
    auto exported = m_station.hotListReports().exportCsv(m_session, month(), path);
    if (!exported) {
        showMessage(exported.error().message(), true);
        return false;
    }
    // What was written is what is shown.
    present(exported->report);
    showMessage(tr("The report for %1 was written to %2 (SHA-256 %3).")
                    .arg(exported->report.monthText(), QDir::toNativeSeparators(exported->path),
                         QString::fromLatin1(exported->sha256)),
                false);
    Q_EMIT reportExported(exported->path);
    return true;
}

void HotListReportPanel::present(const core::HotListReport& report) {
    m_report = report;
    const QString monthName = QLocale().toString(report.month, QStringLiteral("MMMM yyyy"));
    m_period->setText(report.isPartial()
                          ? tr("%1 (UTC), still running: figures up to %2 UTC.")
                                .arg(monthName, utcText(report.asOfUtc))
                          : tr("%1 (UTC): %2 to %3 UTC.")
                                .arg(monthName, utcText(report.fromUtc), utcText(report.toUtc)));
    const core::HotListReport::Figures& total = report.total;
    m_entries->setText(QString::number(total.entries));
    m_added->setText(QString::number(total.added));
    m_reviewed->setText(QString::number(total.reviewed));
    m_removed->setText(QString::number(total.removed));
    m_overdue->setText(QString::number(total.overdue));
    m_hits->setText(QString::number(total.hits));
    m_possible->setText(QString::number(total.possible));

    m_lists->setRowCount(static_cast<int>(report.lists.size()));
    for (int row = 0; row < report.lists.size(); ++row) {
        const core::HotListReport::ListRow& line = report.lists.at(row);
        const core::HotListReport::Figures& f = line.figures;
        m_lists->setItem(row, 0, textItem(core::HotListReport::listLabel(line)));
        const QList<qint64> values = {f.entries, f.added, f.reviewed, f.removed,
                                      f.overdue, f.hits,  f.possible};
        for (int column = 0; column < values.size(); ++column)
            m_lists->setItem(row, column + 1, numberItem(values.at(column)));
    }
    m_lists->resizeColumnsToContents();

    m_entryTable->setRowCount(static_cast<int>(report.entries.size()));
    for (int row = 0; row < report.entries.size(); ++row) {
        const core::HotListReport::EntryRow& e = report.entries.at(row);
        m_entryTable->setItem(row, 0, numberItem(e.entryId));
        m_entryTable->setItem(row, 1, textItem(e.plate));
        m_entryTable->setItem(row, 2, textItem(e.state));
        m_entryTable->setItem(row, 3, textItem(core::HotListCategory::label(e.category)));
        m_entryTable->setItem(row, 4, textItem(e.caseNumber));
        m_entryTable->setItem(row, 5, textItem(e.ownerName));
        m_entryTable->setItem(row, 6, textItem(e.listId ? e.listName : tr("Added by hand")));
        m_entryTable->setItem(row, 7, numberItem(e.hits));
        m_entryTable->setItem(row, 8, numberItem(e.possible));
        m_entryTable->setItem(row, 9, textItem(e.removed ? tr("Removed") : QString()));
    }
    m_entryTable->resizeColumnsToContents();
}

void HotListReportPanel::clearReport() {
    m_report.reset();
    m_period->clear();
    for (QLabel* label : {m_entries, m_added, m_reviewed, m_removed, m_overdue, m_hits, m_possible})
        label->clear();
    m_lists->setRowCount(0);
    m_entryTable->setRowCount(0);
}

void HotListReportPanel::showMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace pl::ui
