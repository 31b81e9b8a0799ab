#include "ui/audit/AuditPage.h"

#include "core/audit/AuditTrail.h"
#include "core/station/Station.h"
#include "ui/audit/AuditEventModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pl::ui {

namespace {
constexpr int kPageSize = 200;
}

AuditPage::AuditPage(core::Station& station, const core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_model(new AuditEventModel(this))
    , m_table(new QTableView(this))
    , m_verify(new QPushButton(tr("Verify the audit trail"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_older(new QPushButton(tr("Older events"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this)) {
    setObjectName(QStringLiteral("auditPage"));
    auto* heading = new QLabel(tr("<h2>Audit trail</h2>"), this);
    auto* intro = new QLabel(
        tr("Every event holds the SHA-256 of the one before it. Verification recomputes the "
           "whole chain and names the first event that was edited, deleted or moved. "
           "Verifying and viewing are recorded too."),
        this);
    intro->setWordWrap(true);

    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_cancel->setObjectName(QStringLiteral("cancelVerifyButton"));
    m_cancel->hide();
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->hide();
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* show = new QPushButton(tr("Show latest events"), this);
    show->setObjectName(QStringLiteral("showEventsButton"));
    m_older->setObjectName(QStringLiteral("olderEventsButton"));
    m_older->setEnabled(false);

    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_progress, 1);
    verifyRow->addWidget(m_cancel);
    verifyRow->addStretch();
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(show);
    listRow->addWidget(m_older);
    listRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(verifyRow);
    layout->addWidget(m_result);
    layout->addLayout(listRow);
    layout->addWidget(m_table, 1);

    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_cancel, &QPushButton::clicked, this, &AuditPage::cancelVerification);
    connect(show, &QPushButton::clicked, this, &AuditPage::loadLatest);
    connect(m_older, &QPushButton::clicked, this, &AuditPage::loadOlder);
    connect(&m_watcher, &QFutureWatcher<VerifyResult>::finished, this, &AuditPage::onVerified);
}

AuditPage::~AuditPage() {
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.waitForFinished();
}

void AuditPage::verify() {
    if (m_watcher.isRunning())
        return;
    auto job = m_station.auditTrail().prepareVerification(m_session);
    if (!job) {
        showResult(job.error().message(), false);
        return;
    }
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_verify->setEnabled(false);
    m_cancel->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_result->setText(tr("Verifying…"));
    m_result->setStyleSheet(QString());

    QPointer<QProgressBar> bar(m_progress);
    auto cancelled = m_cancelled;
    const core::AuditVerificationJob verification = job.value();
    m_watcher.setFuture(QtConcurrent::run([verification, cancelled, bar]() -> VerifyResult {
        auto progress = [cancelled, bar](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                bar,
                [bar, done, total] {
                    if (!bar)
                        return;
                    bar->setRange(0, 1000);
                    bar->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 1000);
                },
                Qt::QueuedConnection);
            return !cancelled->load();
        };
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
        showResult(result->error().message(), false);
        Q_EMIT verificationFinished(false);
        return;
    }
    const core::AuditVerification& verification = result->value();
    if (verification.intact) {
        showResult(tr("Intact: %n event(s) verified. Chain head #%1, SHA-256 %2.", nullptr,
                      static_cast<int>(verification.eventsChecked))
                       .arg(verification.head.seq)
                       .arg(QString::fromLatin1(verification.head.hash.toHex())),
                   true);
    } else {
        showResult(tr("BROKEN at event #%1. %2")
                       .arg(verification.firstBrokenSeq)
                       .arg(verification.problem),
                   false);
    }
    Q_EMIT verificationFinished(verification.intact);
}

void AuditPage::showResult(const QString& text, bool good) {
    m_result->setText(text);
    m_result->setStyleSheet(good ? QStringLiteral("color: #1b5e20;")
                                 : QStringLiteral("color: #b00020;"));
}

void AuditPage::loadLatest() {
    auto events = m_station.auditTrail().events(m_session, kPageSize);
    if (!events) {
        showResult(events.error().message(), false);
        return;
    }
    m_model->setEvents(events.value());
    m_older->setEnabled(events.value().size() == kPageSize);
    m_table->resizeColumnsToContents();
}

void AuditPage::loadOlder() {
    auto events = m_station.auditTrail().events(m_session, kPageSize, m_model->oldestSeq());
    if (!events) {
        showResult(events.error().message(), false);
        return;
    }
    m_model->appendEvents(events.value());
    m_older->setEnabled(events.value().size() == kPageSize);
}

} // namespace pl::ui
