#include "ui/audit/AuditReportPanel.h"

#include "core/audit/AuditReportService.h"
#include "core/common/Clock.h"
#include "core/station/Station.h"
#include "ui/audit/AuditReportCharts.h"
#include "ui/audit/AuditReportDocument.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
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

QTableWidget* makeTable(const QString& name, const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    return table;
}

QChartView* makeChartView(const QString& name, QWidget* parent) {
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void replaceChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart); // takes the new one, releases the old one
    delete old;
}

QString utcText(const QDateTime& time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

AuditReportPanel::AuditReportPanel(core::Station& station, const core::Session& session,
                                   QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_choice(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_show(new QPushButton(tr("Show report"), this))
    , m_exportCsv(new QPushButton(tr("Export CSV…"), this))
    , m_exportPdf(new QPushButton(tr("Export PDF…"), this))
    , m_period(new QLabel(this))
    , m_figures(makeTable(QStringLiteral("figuresTable"), {tr("Figure"), tr("Value")}, this))
    , m_users(makeTable(QStringLiteral("searchesByUserTable"),
                        {tr("User"), tr("Searches run"), tr("Searches refused")}, this))
    , m_categories(makeTable(QStringLiteral("searchesByCategoryTable"),
                             {tr("Reason category"), tr("Searches run")}, this))
    , m_owners(
          makeTable(QStringLiteral("alertsByOwnerTable"), {tr("List owner"), tr("Alerts")}, this))
    , m_training(makeTable(QStringLiteral("trainingTable"),
                           {tr("User"), tr("Name"), tr("Role"), tr("Expires"), tr("Status")}, this))
    , m_plates(makeTable(QStringLiteral("plateMonthsTable"),
                         {tr("Month"), tr("Reads"), tr("Plates"),
                          tr("Read %1 times or more").arg(core::AuditReport::oftenThreshold),
                          tr("Read %1 times or more").arg(core::AuditReport::veryOftenThreshold)},
                         this))
    , m_userChart(makeChartView(QStringLiteral("searchesByUserChart"), this))
    , m_categoryChart(makeChartView(QStringLiteral("searchesByCategoryChart"), this))
    , m_plateChart(makeChartView(QStringLiteral("platesPerMonthChart"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("auditReportPanel"));
    m_choice->setObjectName(QStringLiteral("periodChoice"));
    m_choice->addItem(tr("Last quarter"), static_cast<int>(Choice::LastQuarter));
    m_choice->addItem(tr("This quarter"), static_cast<int>(Choice::ThisQuarter));
    m_choice->addItem(tr("Last month"), static_cast<int>(Choice::LastMonth));
    m_choice->addItem(tr("This month"), static_cast<int>(Choice::ThisMonth));
    m_choice->addItem(tr("Chosen days"), static_cast<int>(Choice::Custom));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_show->setObjectName(QStringLiteral("showReportButton"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Period:"), this));
    controls->addWidget(m_choice);
    controls->addWidget(new QLabel(tr("from"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_show);
    controls->addWidget(m_exportCsv);
    controls->addWidget(m_exportPdf);
    controls->addStretch();
    auto* note = new QLabel(tr("Days are calendar days in UTC, as the store keeps times; the "
                               "last day is included."),
                            this);
    note->setWordWrap(true);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reportTabs"));
    auto* summary = new QWidget(tabs);
    auto* summaryLayout = new QVBoxLayout(summary);
    summaryLayout->addWidget(m_figures, 2);
    summaryLayout->addWidget(
        new QLabel(tr("Active users whose training has lapsed, was never recorded, or lapses "
                      "within %n day(s) of the period's end:",
                      nullptr, core::AuditReport::trainingHorizonDays),
                   summary));
    summaryLayout->addWidget(m_training, 1);
    tabs->addTab(summary, tr("Summary"));

    auto* searches = new QSplitter(Qt::Vertical, tabs);
    auto* byUser = new QSplitter(Qt::Horizontal, searches);
    byUser->addWidget(m_userChart);
    byUser->addWidget(m_users);
    auto* byCategory = new QSplitter(Qt::Horizontal, searches);
    byCategory->addWidget(m_categoryChart);
    byCategory->addWidget(m_categories);
    tabs->addTab(searches, tr("Searches"));

    tabs->addTab(m_owners, tr("Alerts"));

    auto* plates = new QWidget(tabs);
    auto* platesLayout = new QVBoxLayout(plates);
    platesLayout->addWidget(
        new QLabel(tr("Distinct plates read %1 and %2 times or more in a calendar month (within "
                      "the period), by the reads' own time, of the reads in the store now.")
                       .arg(core::AuditReport::oftenThreshold)
                       .arg(core::AuditReport::veryOftenThreshold),
                   plates));
    platesLayout->addWidget(m_plateChart, 2);
    platesLayout->addWidget(m_plates, 1);
    tabs->addTab(plates, tr("Plates"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(note);
    layout->addWidget(m_period);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);

    connect(m_show, &QPushButton::clicked, this, &AuditReportPanel::showReport);
    connect(m_exportCsv, &QPushButton::clicked, this, &AuditReportPanel::chooseCsvFile);
    connect(m_exportPdf, &QPushButton::clicked, this, &AuditReportPanel::choosePdfFile);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &AuditReportPanel::choiceChanged);
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            const core::AuditReport::Period chosen = period();
            if (m_report &&
                (m_report->fromUtc != chosen.fromUtc || m_report->toUtc != chosen.toUtc))
                clearReport();
        });
    }
    setChoice(Choice::LastQuarter);
    choiceChanged();
}

void AuditReportPanel::setChoice(Choice choice) {
    m_choice->setCurrentIndex(m_choice->findData(static_cast<int>(choice)));
}

void AuditReportPanel::setCustomDays(const QDate& first, const QDate& last) {
    setChoice(Choice::Custom);
    m_from->setDate(first);
    m_to->setDate(last);
}

void AuditReportPanel::choiceChanged() {
    const auto choice = static_cast<Choice>(m_choice->currentData().toInt());
    const QDate today = m_station.clock().nowUtc().date();
    core::AuditReport::Period chosen;
    switch (choice) {
    case Choice::LastQuarter:
        chosen = core::AuditReport::Period::previousQuarter(today);
        break;
    case Choice::ThisQuarter:
        chosen = core::AuditReport::Period::quarter(today);
        break;
    case Choice::LastMonth:
        chosen = core::AuditReport::Period::month(today.addMonths(-1));
        break;
    case Choice::ThisMonth:
        chosen = core::AuditReport::Period::month(today);
        break;
    case Choice::Custom:
        break;
    }
    const bool custom = choice == Choice::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        // The dates show what the choice means.
        m_from->setDate(chosen.fromUtc.date());
        m_to->setDate(chosen.toUtc.date().addDays(-1));
    }
}

core::AuditReport::Period AuditReportPanel::period() const {
    return core::AuditReport::Period::days(m_from->date(), m_to->date());
}

bool AuditReportPanel::showReport() {
    const core::AuditReport::Period chosen = period();
    auto report = m_station.auditReports().report(m_session, chosen.fromUtc, chosen.toUtc);
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

void AuditReportPanel::chooseFile(const QString& title, const QString& filter,
                                  const QString& suffix,
                                  void (AuditReportPanel::*exportTo)(const QString&)) {
    auto* dialog = new QFileDialog(this, title);
    dialog->setObjectName(QStringLiteral("reportExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({filter, tr("All files (*)")});
    dialog->setDefaultSuffix(suffix);
    const core::AuditReport::Period chosen = period();
    dialog->selectFile(tr("audit-report-%1-to-%2.%3")
                           .arg(chosen.fromUtc.date().toString(Qt::ISODate),
                                chosen.toUtc.date().addDays(-1).toString(Qt::ISODate), suffix));
    connect(dialog, &QFileDialog::fileSelected, this, exportTo);
    dialog->open();
}

void AuditReportPanel::chooseCsvFile() {
    chooseFile(tr("Export the audit report as CSV"), tr("CSV files (*.csv)"), QStringLiteral("csv"),
               &AuditReportPanel::exportCsvSlot);
}

void AuditReportPanel::choosePdfFile() {
    chooseFile(tr("Export the audit report as PDF"), tr("PDF files (*.pdf)"), QStringLiteral("pdf"),
               &AuditReportPanel::exportPdfSlot);
}

bool AuditReportPanel::exportCsvTo(const QString& path) {
    if (path.isEmpty())
        return false;
    const core::AuditReport::Period chosen = period();
    auto exported =
        m_station.auditReports().exportCsv(m_session, chosen.fromUtc, chosen.toUtc, path);
    if (!exported) {
        showMessage(exported.error().message(), true);
        return false;
    }
    // What was written is what is shown.
    present(exported->report);
    showMessage(tr("The report for %1 was written to %2 (SHA-256 %3).")
                    .arg(exported->report.period().text(), QDir::toNativeSeparators(exported->path),
                         QString::fromLatin1(exported->sha256)),
                false);
    Q_EMIT reportExported(exported->path);
    return true;
}

bool AuditReportPanel::exportPdfTo(const QString& path) {
    if (path.isEmpty())
        return false;
    const core::AuditReport::Period chosen = period();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto exported =
        m_station.auditReports().exportDocument(m_session, chosen.fromUtc, chosen.toUtc, path,
                                                QStringLiteral("pdf"), &AuditReportDocument::pdf);
    QGuiApplication::restoreOverrideCursor();
    if (!exported) {
        showMessage(exported.error().message(), true);
        return false;
    }
    present(exported->report);
    showMessage(tr("The report for %1 was written to %2 (SHA-256 %3).")
                    .arg(exported->report.period().text(), QDir::toNativeSeparators(exported->path),
                         QString::fromLatin1(exported->sha256)),
                false);
    Q_EMIT reportExported(exported->path);
    return true;
}

void AuditReportPanel::present(const core::AuditReport& report) {
    m_report = report;
    m_period->setText(report.isPartial() ? tr("%1 (UTC), still running: figures up to %2 UTC.")
                                               .arg(report.period().text(), utcText(report.asOfUtc))
                                         : tr("%1 (UTC).").arg(report.period().text()));

    const QList<std::pair<QString, qint64>> figures = AuditReportDocument::figureRows(report);
    m_figures->setRowCount(static_cast<int>(figures.size()));
    for (int row = 0; row < figures.size(); ++row) {
        m_figures->setItem(row, 0, textItem(figures.at(row).first));
        m_figures->setItem(row, 1, numberItem(figures.at(row).second));
    }
    m_figures->resizeColumnsToContents();

    m_users->setRowCount(static_cast<int>(report.searchesByUser.size()));
    for (int row = 0; row < report.searchesByUser.size(); ++row) {
        const core::AuditReport::UserSearches& line = report.searchesByUser.at(row);
        m_users->setItem(row, 0, textItem(line.userName));
        m_users->setItem(row, 1, numberItem(line.searches));
        m_users->setItem(row, 2, numberItem(line.refused));
    }
    m_users->resizeColumnsToContents();

    m_categories->setRowCount(static_cast<int>(report.searchesByCategory.size()));
    for (int row = 0; row < report.searchesByCategory.size(); ++row) {
        const core::AuditReport::CategorySearches& line = report.searchesByCategory.at(row);
        m_categories->setItem(row, 0, textItem(line.label));
        m_categories->setItem(row, 1, numberItem(line.searches));
    }
    m_categories->resizeColumnsToContents();

    m_owners->setRowCount(static_cast<int>(report.alertsByOwner.size()));
    for (int row = 0; row < report.alertsByOwner.size(); ++row) {
        const core::AuditReport::OwnerAlerts& line = report.alertsByOwner.at(row);
        m_owners->setItem(row, 0, textItem(line.ownerName));
        m_owners->setItem(row, 1, numberItem(line.alerts));
    }
    m_owners->resizeColumnsToContents();

    m_training->setRowCount(static_cast<int>(report.trainingDue.size()));
    for (int row = 0; row < report.trainingDue.size(); ++row) {
        const core::AuditReport::TrainingDue& line = report.trainingDue.at(row);
        m_training->setItem(row, 0, textItem(line.userName));
        m_training->setItem(row, 1, textItem(line.displayName));
        m_training->setItem(row, 2, textItem(core::Roles::displayName(line.role)));
        m_training->setItem(row, 3, textItem(line.expires.toString(Qt::ISODate)));
        m_training->setItem(row, 4,
                            textItem(!line.expires.isValid() ? tr("Never recorded")
                                     : line.expired          ? tr("Expired")
                                                             : tr("Expires soon")));
    }
    m_training->resizeColumnsToContents();

    m_plates->setRowCount(static_cast<int>(report.plateMonths.size()));
    for (int row = 0; row < report.plateMonths.size(); ++row) {
        const core::AuditReport::PlateMonth& line = report.plateMonths.at(row);
        const QString month = line.month.toString(QStringLiteral("yyyy-MM"));
        m_plates->setItem(row, 0, textItem(line.whole ? month : tr("%1 (part)").arg(month)));
        m_plates->setItem(row, 1, numberItem(line.reads));
        m_plates->setItem(row, 2, numberItem(line.plates));
        m_plates->setItem(row, 3, numberItem(line.platesOften));
        m_plates->setItem(row, 4, numberItem(line.platesVeryOften));
    }
    m_plates->resizeColumnsToContents();

    replaceChart(m_userChart, AuditReportCharts::searchesByUser(report));
    replaceChart(m_categoryChart, AuditReportCharts::searchesByCategory(report));
    replaceChart(m_plateChart, AuditReportCharts::platesPerMonth(report));
}

void AuditReportPanel::clearReport() {
    m_report.reset();
    m_period->clear();
    for (QTableWidget* table : {m_figures, m_users, m_categories, m_owners, m_training, m_plates})
        table->setRowCount(0);
    for (QChartView* view : {m_userChart, m_categoryChart, m_plateChart})
        replaceChart(view, new QChart);
}

void AuditReportPanel::showMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace pl::ui
