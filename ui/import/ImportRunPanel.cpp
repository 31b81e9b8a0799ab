#include "ui/import/ImportRunPanel.h"

#include "core/import/ImportService.h"
#include "core/station/Station.h"
#include "ui/import/ImportSummaryView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pl::ui {

namespace {
constexpr int kProgressSteps = 1000;
const QString kGood = QStringLiteral("#1b5e20");
const QString kBad = QStringLiteral("#b00020");
} // namespace

ImportRunPanel::ImportRunPanel(core::Station& station, const core::Session& session,
                               QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_runner(new ImportJobRunner(this))
    , m_title(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_live(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel import"), this))
    , m_state(new QLabel(this))
    , m_resume(new QPushButton(tr("Resume"), this))
    , m_rollback(new QPushButton(tr("Roll back…"), this))
    , m_newImport(new QPushButton(tr("New import"), this))
    , m_summary(new ImportSummaryView(station, session, this)) {
    setObjectName(QStringLiteral("runPanel"));
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_live->setObjectName(QStringLiteral("liveCounts"));
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_state->setObjectName(QStringLiteral("importState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setToolTip(tr("Continue from the last batch that was stored."));
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    m_rollback->setToolTip(tr("Remove every read this import stored."));
    m_newImport->setObjectName(QStringLiteral("newImportButton"));

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_resume);
    actions->addWidget(m_rollback);
    actions->addStretch();
    actions->addWidget(m_newImport);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(progressRow);
    layout->addWidget(m_live);
    layout->addWidget(m_state);
    layout->addLayout(actions);
    layout->addWidget(m_summary, 1);
    layout->addStretch(0); // takes the room while the summary is hidden
    m_layout = layout;

    connect(m_runner, &ImportJobRunner::progressed, this, &ImportRunPanel::onProgress);
    connect(m_runner, &ImportJobRunner::finished, this, &ImportRunPanel::onFinished);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPanel::cancel);
    connect(m_resume, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(m_importId); });
    connect(m_rollback, &QPushButton::clicked, this,
            [this] { Q_EMIT rollbackRequested(m_importId); });
    connect(m_newImport, &QPushButton::clicked, this, &ImportRunPanel::newImportRequested);
    setIncomplete(false);
}

bool ImportRunPanel::run(core::ImportJob job, const QString& fileName) {
    if (m_runner->isRunning())
        return false;
    m_fileName = fileName;
    m_importId = job.importId();
    m_title->setText(tr("Importing %1").arg(fileName));
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting…"));
    m_progress->show();
    m_live->clear();
    m_live->show();
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Cancel import"));
    m_cancel->show();
    m_newImport->setEnabled(false);
    setIncomplete(false);
    setState(tr("Running. You can cancel at any moment; whatever was stored stays recorded "
                "and can be resumed or rolled back."),
             QString());
    m_summary->clear();
    showSummary(false);
    return m_runner->start(std::move(job));
}

void ImportRunPanel::cancel() {
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Cancelling…"));
    setState(tr("Cancelling: the current batch is being finished…"), QString());
}

void ImportRunPanel::onProgress(const core::ImportProgress& progress) {
    if (!m_runner->isRunning())
        return;
    const QLocale locale;
    if (progress.bytesTotal > 0) {
        m_progress->setValue(static_cast<int>(std::min<qint64>(
            kProgressSteps, progress.bytesDone * kProgressSteps / progress.bytesTotal)));
        m_progress->setFormat(tr("%p% (%1 of %2)")
                                  .arg(locale.formattedDataSize(progress.bytesDone),
                                       locale.formattedDataSize(progress.bytesTotal)));
    }
    const core::ImportCounts& counts = progress.counts;
    m_live->setText(tr("%1 rows read: %2 stored (%3 flagged), %4 duplicates, %5 rejected")
                        .arg(locale.toString(counts.rowsRead), locale.toString(counts.stored),
                             locale.toString(counts.flagged), locale.toString(counts.duplicates),
                             locale.toString(counts.rejected)));
}

void ImportRunPanel::onFinished(const ImportJobRunner::SummaryResult& result) {
    m_cancel->hide();
    m_newImport->setEnabled(true);
    m_live->hide();
    if (!result || !result->ok()) {
        m_progress->hide();
        const QString message = result ? result->error().message() : tr("Unknown error.");
        // The job may have stored batches before it broke: say what the record holds.
        auto record = m_station.imports().importRecord(m_session, m_importId);
        if (record) {
            showRecordState(record.value());
            setState(tr("The import stopped: %1").arg(message) + QLatin1Char('\n') +
                         m_state->text(),
                     kBad);
        } else {
            setState(tr("The import stopped: %1").arg(message), kBad);
        }
        Q_EMIT importFinished(m_importId);
        return;
    }
    const core::ImportSummary& summary = result->value();
    m_importId = summary.record.id;
    m_summary->setSummary(summary);
    if (summary.record.status == core::ImportRecord::Status::Complete) {
        m_progress->setValue(kProgressSteps);
        m_progress->setFormat(tr("%p%"));
    } else {
        m_progress->setFormat(tr("Stopped at %p%"));
    }
    showRecordState(summary.record);
    Q_EMIT importFinished(m_importId);
}

void ImportRunPanel::showRecordState(const core::ImportRecord& record) {
    m_summary->setCounts(record.counts);
    showSummary(true);
    const int stored = static_cast<int>(record.counts.stored);
    using Status = core::ImportRecord::Status;
    switch (record.status) {
    case Status::Complete:
        m_title->setText(tr("Imported %1").arg(record.fileName));
        setState(tr("Import complete: %Ln read(s) stored.", nullptr, stored), kGood);
        break;
    case Status::Cancelled:
        m_title->setText(tr("Import of %1 cancelled").arg(record.fileName));
        setState(tr("Import cancelled. %Ln read(s) from whole batches were stored. Resume the "
                    "import from where it stopped, or roll it back to remove them.",
                    nullptr, stored),
                 kBad);
        break;
    case Status::Failed:
        m_title->setText(tr("Import of %1 failed").arg(record.fileName));
        setState(tr("Import failed: %1\n%Ln read(s) from whole batches were stored. Resume the "
                    "import once the cause is fixed, or roll it back to remove them.",
                    nullptr, stored)
                     .arg(record.failure),
                 kBad);
        break;
    case Status::RolledBack:
        m_title->setText(tr("Import of %1 rolled back").arg(record.fileName));
        setState(tr("Import rolled back: its reads were removed."), QString());
        break;
    case Status::Running:
        setState(tr("The import is still marked as running."), kBad);
        break;
    }
    setIncomplete(record.isIncomplete());
}

void ImportRunPanel::showRolledBack(qint64 importId, qint64 readsRemoved) {
    if (importId != m_importId || m_runner->isRunning())
        return;
    m_title->setText(tr("Import of %1 rolled back").arg(m_fileName));
    setState(tr("Import rolled back: %Ln read(s) removed. The record of the import stays.", nullptr,
                static_cast<int>(readsRemoved)),
             QString());
    setIncomplete(false);
}

void ImportRunPanel::showSummary(bool visible) {
    m_summary->setVisible(visible);
    m_layout->setStretch(m_layout->count() - 1, visible ? 0 : 1);
}

void ImportRunPanel::setState(const QString& text, const QString& color) {
    m_state->setText(text);
    m_state->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
}

void ImportRunPanel::setIncomplete(bool incomplete) {
    m_resume->setVisible(incomplete);
    m_rollback->setVisible(incomplete);
}

} // namespace pl::ui
