#include "ui/cases/CasesPage.h"

#include "core/cases/CaseExportService.h"
#include "core/cases/CaseService.h"
#include "core/cases/ExceptionService.h"
#include "core/cases/VerificationService.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/reads/ReadRecordService.h"
#include "core/station/Station.h"
#include "ui/cases/CaseExportWriter.h"
#include "ui/cases/CaseReadModel.h"
#include "ui/cases/CaseTableModel.h"
#include "ui/cases/ExceptionTableModel.h"
#include "ui/cases/NoteDialog.h"
#include "ui/cases/OpenCaseDialog.h"
#include "ui/cases/RequestExceptionDialog.h"
#include "ui/map/ReadsFigure.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pl::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent) {
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

CasesPage::CasesPage(core::Station& station, const core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_cases(new CaseTableModel(this))
    , m_reads(new CaseReadModel(this))
    , m_exceptions(new ExceptionTableModel(this))
    , m_filter(new QComboBox(this))
    , m_casesTable(makeTable(m_cases, QStringLiteral("casesTable"), this))
    , m_readsTable(makeTable(m_reads, QStringLiteral("caseReadsTable"), this))
    , m_exceptionsTable(makeTable(m_exceptions, QStringLiteral("caseExceptionsTable"), this))
    , m_details(new QTabWidget(this))
    , m_open(new QPushButton(tr("Open case…"), this))
    , m_close(new QPushButton(tr("Close case…"), this))
    , m_unlink(new QPushButton(tr("Unlink…"), this))
    , m_request(new QPushButton(tr("Request wider window…"), this))
    , m_export(new QPushButton(tr("Export confirmed reads…"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("casesPage"));
    const bool manage = session.can(core::Permission::ManageCases);

    auto* heading = new QLabel(tr("<h2>Cases</h2>"), this);
    auto* intro = new QLabel(
        manage ? tr("Every search is made for a case. An open case keeps its linked reads past "
                    "the retention period; closing it lets the next purge remove them.")
               : tr("Every search is made for a case. Ask here for a wider search window when "
                    "a case needs to look further back than its normal limit."),
        this);
    intro->setWordWrap(true);

    m_filter->setObjectName(QStringLiteral("caseFilter"));
    m_filter->addItem(tr("Open cases"), static_cast<int>(core::CaseService::Filter::OpenOnly));
    m_filter->addItem(tr("All cases"), static_cast<int>(core::CaseService::Filter::All));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setVisible(session.can(core::Permission::ExportCases));
    m_export->setToolTip(tr("Only reads confirmed against their images are exported."));
    m_open->setObjectName(QStringLiteral("openCaseButton"));
    m_close->setObjectName(QStringLiteral("closeCaseButton"));
    m_unlink->setObjectName(QStringLiteral("unlinkReadButton"));
    m_request->setObjectName(QStringLiteral("requestExceptionButton"));
    m_open->setVisible(manage);
    m_close->setVisible(manage);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshCasesButton"));
    m_message->setObjectName(QStringLiteral("casesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_filter);
    bar->addWidget(refreshButton);
    bar->addStretch();
    bar->addWidget(m_open);
    bar->addWidget(m_close);

    // The reads of a case are for those who manage cases (core refuses others).
    if (manage) {
        auto* readsTab = new QWidget(this);
        auto* readsButtons = new QHBoxLayout;
        readsButtons->addStretch();
        readsButtons->addWidget(m_unlink);
        readsButtons->addWidget(m_export);
        auto* readsLayout = new QVBoxLayout(readsTab);
        readsLayout->addWidget(m_readsTable, 1);
        readsLayout->addLayout(readsButtons);
        m_details->addTab(readsTab, tr("Linked reads"));
    } else {
        m_readsTable->hide();
        m_unlink->hide();
    }
    auto* exceptionsTab = new QWidget(this);
    auto* exceptionButtons = new QHBoxLayout;
    exceptionButtons->addStretch();
    exceptionButtons->addWidget(m_request);
    auto* exceptionsLayout = new QVBoxLayout(exceptionsTab);
    exceptionsLayout->addWidget(m_exceptionsTable, 1);
    exceptionsLayout->addLayout(exceptionButtons);
    m_details->addTab(exceptionsTab, tr("Search window exceptions"));
    m_details->setObjectName(QStringLiteral("caseDetails"));
    m_exceptionsTable->setColumnHidden(ExceptionTableModel::Case, true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_casesTable);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &CasesPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &CasesPage::refresh);
    connect(m_open, &QPushButton::clicked, this, &CasesPage::openCase);
    connect(m_close, &QPushButton::clicked, this, &CasesPage::closeCase);
    connect(m_export, &QPushButton::clicked, this, [this] { exportCase(); });
    connect(m_unlink, &QPushButton::clicked, this, &CasesPage::unlinkRead);
    connect(m_request, &QPushButton::clicked, this, &CasesPage::requestException);
    connect(m_casesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CasesPage::loadSelected);
    connect(m_readsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CasesPage::updateButtons);

    if (manage) {
        QHash<qint64, QString> names;
        if (auto devices = station.reads().devices(session)) {
            for (const core::Device& device : devices.value())
                names.insert(device.id, device.name);
        }
        m_reads->setDeviceNames(names);
    }
    if (auto offenses = station.cases().offenseCategories(session)) {
        QHash<QString, QString> labels;
        for (const core::OffenseCategory& offense : offenses.value())
            labels.insert(offense.code, offense.label);
        m_cases->setOffenseLabels(labels);
    }
    refresh();
}

void CasesPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void CasesPage::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString CasesPage::selectedCaseNumber() const {
    const core::CaseFile* file = m_cases->caseAt(m_casesTable->currentIndex().row());
    return file ? file->number : QString();
}

bool CasesPage::selectCase(const QString& number) {
    const int row = m_cases->rowOfNumber(number);
    if (row < 0)
        return false;
    m_casesTable->selectRow(row);
    m_casesTable->setCurrentIndex(m_cases->index(row, 0));
    return true;
}

void CasesPage::refresh() {
    const QString selected = selectedCaseNumber();
    const auto filter = static_cast<core::CaseService::Filter>(m_filter->currentData().toInt());
    auto cases = m_station.cases().list(m_session, filter);
    if (!cases) {
        showMessage(cases.error().message(), true);
        return;
    }
    m_cases->setCases(cases.value());
    m_casesTable->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectCase(selected);
    loadSelected();
}

void CasesPage::loadSelected() {
    const QString number = selectedCaseNumber();
    if (number.isEmpty()) {
        m_reads->clear();
        m_exceptions->clear();
    } else {
        loadReads(number);
        loadExceptions(number);
    }
    updateButtons();
}

void CasesPage::loadReads(const QString& number) {
    if (!m_session.can(core::Permission::ManageCases))
        return;
    auto reads = m_station.cases().reads(m_session, number);
    if (!reads) {
        m_reads->clear();
        showMessage(reads.error().message(), true);
        return;
    }
    QList<qint64> ids;
    ids.reserve(reads.value().size());
    for (const core::CaseRead& read : reads.value())
        ids.append(read.readId);
    QHash<qint64, core::Verification> latest;
    if (auto verified = m_station.verifications().latest(m_session, ids))
        latest = verified.value();
    m_reads->setReads(reads.value(), latest);
    m_readsTable->resizeColumnsToContents();
}

void CasesPage::loadExceptions(const QString& number) {
    auto exceptions = m_station.exceptions().forCase(m_session, number);
    if (!exceptions) {
        m_exceptions->clear();
        showMessage(exceptions.error().message(), true);
        return;
    }
    m_exceptions->setExceptions(exceptions.value(), m_station.clock().nowUtc());
    m_exceptionsTable->resizeColumnsToContents();
}

void CasesPage::updateButtons() {
    const core::CaseFile* file = m_cases->caseAt(m_casesTable->currentIndex().row());
    const bool open = file && file->isOpen();
    m_close->setEnabled(open);
    m_export->setEnabled(file != nullptr);
    m_request->setEnabled(open && m_session.can(core::Permission::SearchReads));
    m_unlink->setEnabled(file && m_reads->readAt(m_readsTable->currentIndex().row()));
}

void CasesPage::openCase() {
    auto offenses = m_station.cases().offenseCategories(m_session);
    if (!offenses) {
        showMessage(offenses.error().message(), true);
        return;
    }
    auto leads = m_station.cases().leads(m_session);
    if (!leads) {
        showMessage(leads.error().message(), true);
        return;
    }
    auto* dialog = new OpenCaseDialog(offenses.value(), leads.value(), m_session.userId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog] {
        auto request = dialog->request();
        if (!request)
            return;
        auto opened = m_station.cases().open(m_session, *request);
        if (!opened) {
            dialog->showError(opened.error().message());
            return;
        }
        dialog->accept();
        refresh();
        selectCase(opened->number);
        showMessage(tr("Case %1 is open.").arg(opened->number));
    });
    dialog->open();
}

void CasesPage::closeCase() {
    const core::CaseFile* file = m_cases->caseAt(m_casesTable->currentIndex().row());
    if (!file || !file->isOpen())
        return;
    const QString number = file->number;
    auto* dialog = new NoteDialog(
        tr("Close case %1").arg(number),
        tr("Close case %1 (%2)? Its %n linked read(s) are then no longer held: the next "
           "retention purge removes those older than the retention period. A closed case "
           "cannot be reopened.",
           nullptr, static_cast<int>(file->linkedReads))
            .arg(number, file->title),
        tr("&Reason:"), tr("Close case"), false, this);
    dialog->setObjectName(QStringLiteral("closeCaseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog, number] {
        auto reason = dialog->note();
        if (!reason)
            return;
        if (auto closed = m_station.cases().close(m_session, number, *reason); !closed) {
            dialog->showError(closed.error().message());
            return;
        }
        dialog->accept();
        refresh();
        showMessage(tr("Case %1 is closed.").arg(number));
    });
    dialog->open();
}

void CasesPage::unlinkRead() {
    const QString number = selectedCaseNumber();
    const core::CaseRead* read = m_reads->readAt(m_readsTable->currentIndex().row());
    if (number.isEmpty() || !read)
        return;
    const qint64 readId = read->readId;
    const QString plate = read->plate;
    auto* dialog = new NoteDialog(
        tr("Unlink a read"),
        tr("Remove the read of %1 at %2 from case %3? The read itself stays in the store.")
            .arg(plate, core::TimeFormat::toDisplay(read->timeUtc), number),
        tr("&Reason:"), tr("Unlink"), false, this);
    dialog->setObjectName(QStringLiteral("unlinkReadDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog, number, readId, plate] {
        auto reason = dialog->note();
        if (!reason)
            return;
        if (auto unlinked = m_station.cases().unlinkRead(m_session, number, readId, *reason);
            !unlinked) {
            dialog->showError(unlinked.error().message());
            return;
        }
        dialog->accept();
        refresh();
        showMessage(tr("The read of %1 is no longer linked to case %2.").arg(plate, number));
    });
    dialog->open();
}

void CasesPage::requestException() {
    const QString number = selectedCaseNumber();
    if (number.isEmpty())
        return;
    auto* dialog =
        new RequestExceptionDialog(number, m_station.clock().nowUtc().toLocalTime().date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog, number] {
        auto request = dialog->request();
        if (!request)
            return;
        auto requested =
            m_station.exceptions().request(m_session, number, request->fromUtc, request->reason);
        if (!requested) {
            dialog->showError(requested.error().message());
            return;
        }
        dialog->accept();
        loadExceptions(number);
        showMessage(tr("The request for case %1 waits for a supervisor's decision.").arg(number));
    });
    dialog->open();
}

namespace {

// The exported reads as the map and timeline draw them.
core::ResultPoints pointsOf(const core::CaseExport& data) {
    core::ResultPoints points;
    QHash<QString, int> devices;
    for (const core::CaseExport::Item& item : data.items) {
        const core::ReadRecord& read = item.read;
        core::ResultPoint point;
        point.readId = read.id;
        point.timeMs = read.timeUtc.toMSecsSinceEpoch();
        if (read.latitude && read.longitude) {
            point.latitude = *read.latitude;
            point.longitude = *read.longitude;
            point.hasLocation = true;
        }
        auto found = devices.constFind(read.deviceName);
        if (found == devices.constEnd()) {
            core::ResultPoints::DeviceInfo device;
            device.name = read.deviceName;
            found = devices.insert(read.deviceName, static_cast<int>(points.devices.size()));
            points.devices.append(device);
        }
        point.device = found.value();
        points.points.append(point);
    }
    return points;
}

} // namespace

bool CasesPage::exportCase(const QString& chosen) {
    const QString number = selectedCaseNumber();
    if (number.isEmpty())
        return false;
    QString path = chosen;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Export case %1").arg(number),
            QDir::home().filePath(QStringLiteral("case-%1.pdf").arg(number)),
            tr("PDF document (*.pdf);;CSV table (*.csv)"));
        if (path.isEmpty())
            return false;
    }
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    // A PDF for someone who may see maps carries the reads' map and timeline.
    const bool figures = !csv && m_session.can(core::Permission::ViewMap);
    auto prepared = m_station.caseExports().prepare(m_session, number,
                                                    csv ? core::CaseExportService::Format::Csv
                                                        : core::CaseExportService::Format::Pdf,
                                                    QFileInfo(path).fileName(), figures);
    if (!prepared) {
        showMessage(prepared.error().message(), true);
        return false;
    }
    core::Status written;
    if (csv) {
        written = CaseExportWriter::writeCsv(prepared.value(), path);
    } else {
        QProgressDialog progress(tr("Writing the export of case %1…").arg(number), tr("Cancel"), 0,
                                 static_cast<int>(prepared.value().items.size()), this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        QImage figure;
        if (figures)
            figure = ReadsFigure::render(pointsOf(prepared.value()), QSize(1400, 1300));
        written = CaseExportWriter::writePdf(
            prepared.value(), path,
            [&progress](int done, int) {
                progress.setValue(done);
                return !progress.wasCanceled();
            },
            figure);
    }
    if (!written) {
        showMessage(written.error().message(), true);
        return false;
    }
    showMessage(tr("%n confirmed read(s) of case %1 exported to %2 (audit reference %3).", "",
                   static_cast<int>(prepared.value().items.size()))
                    .arg(number, QDir::toNativeSeparators(path))
                    .arg(prepared.value().auditSeq));
    return true;
}

} // namespace pl::ui
