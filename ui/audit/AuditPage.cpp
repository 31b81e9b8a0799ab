#include "ui/audit/AuditPage.h"

#include "core/audit/AuditBrowser.h"
#include "core/audit/AuditTrail.h"
#include "core/common/TimeFormat.h"
#include "core/station/Station.h"
#include "ui/audit/AuditBrowserView.h"
#include "ui/audit/AuditReportPanel.h"
#include "ui/audit/AuditReviewPanel.h"
#include "ui/common/BarProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pl::ui {

namespace {
QString breakText(core::AuditBreak kind) {
    switch (kind) {
    case core::AuditBreak::Edited:
        return AuditPage::tr("edited");
    case core::AuditBreak::Missing:
        return AuditPage::tr("missing");
    case core::AuditBreak::OutOfOrder:
        return AuditPage::tr("out of order");
    case core::AuditBreak::None:
        break;
    }
    return {};
}

core::AuditBreak breakFromName(const QString& name) {
    if (name == QLatin1String("edited"))
        return core::AuditBreak::Edited;
    if (name == QLatin1String("missing"))
        return core::AuditBreak::Missing;
    if (name == QLatin1String("out_of_order"))
        return core::AuditBreak::OutOfOrder;
    return core::AuditBreak::None;
}
} // namespace

AuditPage::AuditPage(core::Station& station, const core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_verify(new QPushButton(tr("Re-check the chain"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_tabs(new QTabWidget(this))
    , m_browser(new AuditBrowserView(station, session, this)) {
    setObjectName(QStringLiteral("auditPage"));
    auto* heading = new QLabel(tr("<h2>Audit trail</h2>"), this);
    heading->setToolTip(tr("Every event holds the SHA-256 of the one before it. Re-checking "
                           "recomputes the whole chain and names the first event that was "
                           "edited, deleted or moved. Looking at the trail is recorded too."));

    m_status->setObjectName(QStringLiteral("chainStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_cancel->setObjectName(QStringLiteral("cancelVerifyButton"));
    m_cancel->hide();
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->hide();

    auto* chainRow = new QHBoxLayout;
    chainRow->addWidget(m_status, 1);
    chainRow->addWidget(m_progress);
    chainRow->addWidget(m_cancel);
    chainRow->addWidget(m_verify);

    m_tabs->setObjectName(QStringLiteral("auditTabs"));
    m_tabs->addTab(m_browser, tr("Events"));
    m_reviews = new AuditReviewPanel(station, session, this);
    m_tabs->addTab(m_reviews, tr("Periodic reviews"));
    m_reports = new AuditReportPanel(station, session, this);
    m_tabs->addTab(m_reports, tr("Reports"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(chainRow);
    layout->addWidget(m_tabs, 1);

    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_cancel, &QPushButton::clicked, this, &AuditPage::cancelVerification);
    connect(&m_watcher, &QFutureWatcher<VerifyResult>::finished, this, &AuditPage::onVerified);
    showLastVerification();
}

AuditPage::~AuditPage() {
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.waitForFinished();
}

QString AuditPage::chainStatus() const {
    return m_status->text();
}

void AuditPage::showLastVerification() {
    auto last = m_station.auditBrowser().lastVerification(m_session);
    if (!last) {
        showStatus(last.error().message(), false);
        return;
    }
    if (!last.value()) {
        showStatus(tr("The chain has not been checked yet. Re-check it to see whether any event "
                      "was edited, deleted or moved."),
                   true);
        m_status->setStyleSheet(QString());
        return;
    }
    const core::AuditChainStatus& status = *last.value();
    const QString checked =
        tr("checked %1 by %2")
            .arg(core::TimeFormat::toDisplay(status.verifiedUtc), status.verifiedBy);
    if (status.intact) {
        showStatus(tr("Chain intact up to event #%1 at %2 (%3).")
                       .arg(status.headSeq)
                       .arg(core::TimeFormat::toDisplay(status.headTimeUtc), checked),
                   true);
    } else {
        showStatus(tr("Chain BROKEN at event #%1 (%2) — %3 (%4).")
                       .arg(status.firstBrokenSeq)
                       .arg(breakText(breakFromName(status.breakName)), status.problem, checked),
                   false);
    }
}

void AuditPage::verify() {
    if (m_watcher.isRunning())
        return;
    auto job = m_station.auditTrail().prepareVerification(m_session);
    if (!job) {
        showStatus(job.error().message(), false);
        return;
    }
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_verify->setEnabled(false);
    m_cancel->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Re-checking the chain…"));
    m_status->setStyleSheet(QString());

    const core::AuditVerificationJob verification = job.value();
    auto progress = barProgress(m_progress, m_cancelled);
    m_watcher.setFuture(QtConcurrent::run([verification, progress]() -> VerifyResult {
        return std::make_shared<core::Result<core::AuditVerification>>(verification.run(progress));
    }));
}

void AuditPage::cancelVerification() {
    if (m_cancelled)
        m_cancelled->store(true);
}

void AuditPage::onVerified() {
    m_verify->setEnabled(true);
    m_cancel->hide();
    m_progress->hide();
    const VerifyResult result = m_watcher.result();
    if (!result->ok()) {
        showStatus(result->error().message(), false);
        Q_EMIT verificationFinished(false);
        return;
    }
    // The result was recorded as an audit.verified event; show it as recorded.
    showLastVerification();
    Q_EMIT verificationFinished(result->value().intact);
}

void AuditPage::showStatus(const QString& text, bool good) {
    m_status->setText(text);
    m_status->setStyleSheet(good ? QStringLiteral("color: #1b5e20;")
                                 : QStringLiteral("color: #b00020;"));
}

} // namespace pl::ui
