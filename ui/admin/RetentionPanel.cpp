#include "ui/admin/RetentionPanel.h"

#include "core/common/TimeFormat.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/retention/RetentionService.h"
#include "core/station/Station.h"
#include "ui/retention/RetentionRunner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMetaObject>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pl::ui {

RetentionPanel::RetentionPanel(core::Station& station, const core::Session& session,
                               QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_runner(new RetentionRunner(station, session, this))
    , m_period(new QLabel(this))
    , m_presets(new QComboBox(this))
    , m_applyPreset(new QPushButton(tr("Apply"), this))
    , m_cutoff(new QLabel(this))
    , m_expired(new QLabel(this))
    , m_held(new QLabel(this))
    , m_importRows(new QLabel(this))
    , m_previewButton(new QPushButton(tr("Preview"), this))
    , m_purgeButton(new QPushButton(tr("Purge now…"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this)) {
    setObjectName(QStringLiteral("retentionPanel"));
    m_period->setObjectName(QStringLiteral("retentionPeriod"));
    m_period->setWordWrap(true);
    m_cutoff->setObjectName(QStringLiteral("retentionCutoff"));
    m_expired->setObjectName(QStringLiteral("retentionExpired"));
    m_held->setObjectName(QStringLiteral("retentionHeld"));
    m_importRows->setObjectName(QStringLiteral("retentionImportRows"));
    m_previewButton->setObjectName(QStringLiteral("previewRetentionButton"));
    m_purgeButton->setObjectName(QStringLiteral("purgeButton"));
    m_purgeButton->setEnabled(false);
    m_cancelButton->setObjectName(QStringLiteral("cancelPurgeButton"));
    m_cancelButton->hide();
    m_progress->setObjectName(QStringLiteral("purgeProgress"));
    m_progress->hide();
    m_result->setObjectName(QStringLiteral("purgeResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_presets->setObjectName(QStringLiteral("retentionPresets"));
    m_applyPreset->setObjectName(QStringLiteral("applyRetentionPreset"));
    // Common statutory and policy limits for keeping plate reads.
    const QList<std::pair<int, QString>> presets = {
        {30, tr("30 days")},   {60, tr("60 days")},   {90, tr("90 days")},
        {180, tr("180 days")}, {365, tr("1 year")},   {548, tr("18 months")},
        {730, tr("2 years")},  {1095, tr("3 years")}, {1825, tr("5 years")},
    };
    for (const auto& [days, label] : presets)
        m_presets->addItem(tr("%1 (%2 days)").arg(label).arg(days), days);
    const bool mayChange = session.can(core::Permission::ManagePolicy);
    m_presets->setEnabled(mayChange);
    m_applyPreset->setEnabled(mayChange);
    auto* presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("Keep reads for:"), this));
    presetRow->addWidget(m_presets);
    presetRow->addWidget(m_applyPreset);
    presetRow->addStretch();
    connect(m_applyPreset, &QPushButton::clicked, this, &RetentionPanel::applyPreset);

    auto* figures = new QFormLayout;
    figures->addRow(tr("Cut-off:"), m_cutoff);
    figures->addRow(tr("Reads that would be removed:"), m_expired);
    figures->addRow(tr("Older reads held by open cases:"), m_held);
    figures->addRow(tr("Rejected or duplicate import lines:"), m_importRows);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_purgeButton);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_period);
    layout->addLayout(presetRow);
    layout->addLayout(figures);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_previewButton, &QPushButton::clicked, this, &RetentionPanel::preview);
    connect(m_purgeButton, &QPushButton::clicked, this, &RetentionPanel::askPurge);
    connect(m_cancelButton, &QPushButton::clicked, this, &RetentionPanel::cancelPurge);
    connect(m_runner, &RetentionRunner::progressed, this, &RetentionPanel::onProgress);
    connect(m_runner, &RetentionRunner::finished, this, &RetentionPanel::onFinished);

    showPeriod();
}

void RetentionPanel::showPeriod() {
    auto policy = m_station.currentPolicy();
    const int days = policy ? policy.value().retentionDays() : 730;
    m_period->setText(
        tr("Reads older than %n day(s) are removed unless an open case holds them; the "
           "station also purges by itself once a day. Removed pages are overwritten, and each "
           "purge is recorded in the audit trail with its counts and a digest of the removed "
           "reads. The period can also be set to any number of days on the Policy tab.",
           nullptr, days));
    const int index = m_presets->findData(days);
    if (index >= 0) {
        m_presets->setCurrentIndex(index);
    } else {
        m_presets->insertItem(0, tr("%n day(s) (set on the Policy tab)", nullptr, days), days);
        m_presets->setCurrentIndex(0);
    }
}

bool RetentionPanel::applyPreset() {
    const int days = m_presets->currentData().toInt();
    if (auto set = m_station.policy().set(m_session, core::PolicySettings::retentionDays(), days);
        !set) {
        showError(set.error().message());
        return false;
    }
    showPeriod();
    m_preview.reset();
    m_purgeButton->setEnabled(false);
    for (QLabel* figure : {m_cutoff, m_expired, m_held, m_importRows})
        figure->clear();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Reads are now kept for %n day(s). Preview to see what a purge would "
                         "remove.",
                         nullptr, days));
    return true;
}

void RetentionPanel::showError(const QString& message) {
    m_result->setText(message);
    m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
}

void RetentionPanel::preview() {
    auto preview = m_station.retention().preview(m_session);
    if (!preview) {
        m_preview.reset();
        m_purgeButton->setEnabled(false);
        showError(preview.error().message());
        return;
    }
    m_preview = preview.value();
    m_cutoff->setText(core::TimeFormat::toDisplay(m_preview->cutoffUtc));
    m_expired->setText(QString::number(m_preview->expiredReads));
    m_held->setText(QString::number(m_preview->heldReads));
    m_importRows->setText(QString::number(m_preview->expiredImportRows));
    m_purgeButton->setEnabled(m_preview->expiredReads > 0 || m_preview->expiredImportRows > 0);
    m_result->setStyleSheet(QString());
    m_result->setText(m_purgeButton->isEnabled() ? QString()
                                                 : tr("Nothing is past the retention period."));
}

void RetentionPanel::askPurge() {
    if (!m_preview || m_runner->isRunning())
        return;
    auto* confirm = new QMessageBox(
        QMessageBox::Warning, tr("Purge reads"),
        tr("Remove %n read(s) taken before %1, with their images and verifications, and %2 "
           "rejected or duplicate import line(s)? %3 older read(s) stay because open cases "
           "hold them. This cannot be undone.",
           nullptr, static_cast<int>(m_preview->expiredReads))
            .arg(core::TimeFormat::toDisplay(m_preview->cutoffUtc))
            .arg(m_preview->expiredImportRows)
            .arg(m_preview->heldReads),
        QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmPurge"));
    QPushButton* yes = confirm->addButton(tr("Purge"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmPurgeButton"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton* button) {
        if (button == yes)
            QMetaObject::invokeMethod(this, &RetentionPanel::purge, Qt::QueuedConnection);
    });
    confirm->open();
}

void RetentionPanel::purge() {
    if (m_runner->isRunning())
        return;
    if (auto started = m_runner->start(false); !started) {
        showError(started.error().message());
        Q_EMIT purgeFinished(false);
        return;
    }
    m_previewButton->setEnabled(false);
    m_purgeButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Purging…"));
}

void RetentionPanel::cancelPurge() {
    m_runner->cancel();
    m_cancelButton->setEnabled(false);
    m_result->setText(tr("Stopping after the batch in hand…"));
}

void RetentionPanel::onProgress(qint64 removed, qint64 total) {
    if (total > 0) {
        // Per mille keeps large counts inside int.
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(removed * 1000 / total));
    }
    if (!m_runner->isCancelRequested())
        m_result->setText(tr("Removed %1 of %2 reads…").arg(removed).arg(total));
}

void RetentionPanel::onFinished(
    const std::shared_ptr<core::Result<core::RetentionResult>>& result) {
    m_previewButton->setEnabled(true);
    m_cancelButton->hide();
    m_progress->hide();
    m_preview.reset(); // the figures are stale: preview again before the next purge
    if (!result->ok()) {
        showError(result->error().message());
        Q_EMIT purgeFinished(false);
        return;
    }
    const core::RetentionResult& done = result->value();
    const QString removed =
        tr("Removed %n read(s) taken before %1, with %2 image(s), %3 verification(s) and %4 "
           "link(s) to closed cases; %5 import line(s) removed; %6 read(s) kept for open cases.",
           nullptr, static_cast<int>(done.readsRemoved))
            .arg(core::TimeFormat::toDisplay(done.cutoffUtc))
            .arg(done.imagesRemoved)
            .arg(done.verificationsRemoved)
            .arg(done.caseLinksRemoved)
            .arg(done.importRowsRemoved)
            .arg(done.heldReads);
    m_result->setText(
        done.cancelled
            ? tr("Cancelled. What was removed before the cancel stays removed. %1").arg(removed)
            : removed);
    Q_EMIT purgeFinished(true);
}

} // namespace pl::ui
