#include "ui/audit/AuditBrowserView.h"

#include "core/station/Station.h"
#include "ui/audit/AuditEventDetail.h"
#include "ui/audit/AuditEventModel.h"
#include "ui/audit/AuditFilterBar.h"
#include "ui/common/BarProgress.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <climits>

namespace pl::ui {

AuditBrowserView::AuditBrowserView(core::Station& station, const core::Session& session,
                                   QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_filterBar(new AuditFilterBar(this))
    , m_model(new AuditEventModel(this))
    , m_table(new QTableView(this))
    , m_detail(new AuditEventDetail(this))
    , m_status(new QLabel(this))
    , m_flagStatus(new QLabel(this))
    , m_flagProgress(new QProgressBar(this)) {
    setObjectName(QStringLiteral("auditBrowser"));
    m_flagStatus->setObjectName(QStringLiteral("flagStatus"));
    m_flagProgress->setObjectName(QStringLiteral("flagProgress"));
    m_flagProgress->setMaximumWidth(200);
    m_flagProgress->hide();
    m_status->setObjectName(QStringLiteral("browserStatus"));
    m_status->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    auto width = [&metrics](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 16;
    };
    header->resizeSection(AuditEventModel::Seq, width(QStringLiteral("1000000")));
    header->resizeSection(AuditEventModel::Time, width(QStringLiteral("2026-12-31 23:59:59")));
    header->resizeSection(AuditEventModel::User, width(QStringLiteral("investigator")));
    header->resizeSection(AuditEventModel::OnBehalfOf, width(QStringLiteral("On behalf of")));
    header->resizeSection(AuditEventModel::Action, width(QStringLiteral("hotlist.entry_reviewed")));
    header->resizeSection(AuditEventModel::Plate, width(QStringLiteral("ABC1234")));
    header->resizeSection(AuditEventModel::Case, width(QStringLiteral("DEMO-2026-0001")));
    header->resizeSection(AuditEventModel::Reason,
                          width(QStringLiteral("a reason of some length")));
    header->resizeSection(AuditEventModel::Reads, width(QStringLiteral("Reads")));
    header->resizeSection(AuditEventModel::Outcome, width(QStringLiteral("success")));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_flagStatus);
    statusRow->addWidget(m_flagProgress);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);

    connect(m_filterBar, &AuditFilterBar::applyRequested, this, &AuditBrowserView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditBrowserView::onCurrentChanged);
    connect(m_model, &AuditEventModel::loadFailed, m_status, &QLabel::setText);
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &AuditEventDetail::clear);
    connect(m_detail, &AuditEventDetail::reviewRequested, this, &AuditBrowserView::markReviewed);
    connect(&m_flagWatcher, &QFutureWatcher<FlagResult>::finished, this,
            &AuditBrowserView::onFlagsUpdated);

    if (auto actions = m_station.auditBrowser().actions(m_session); actions)
        m_filterBar->setActions(actions.value());
    show(m_station.auditBrowser().open(m_session));
    updateFlags();
}

AuditBrowserView::~AuditBrowserView() {
    cancelFlagUpdate();
    m_flagWatcher.waitForFinished();
}

void AuditBrowserView::updateFlags() {
    if (m_flagWatcher.isRunning())
        return;
    auto job = m_station.auditFlags().prepareUpdate(m_session);
    if (!job) {
        m_flagStatus->setText(job.error().message());
        return;
    }
    m_flagCancelled = std::make_shared<std::atomic<bool>>(false);
    m_flagStatus->setText(tr("Bringing the anomaly flags up to date…"));
    m_flagProgress->setRange(0, 0);
    m_flagProgress->show();
    const core::AuditFlagUpdateJob update = job.value();
    auto progress = barProgress(m_flagProgress, m_flagCancelled);
    m_flagWatcher.setFuture(QtConcurrent::run([update, progress]() -> FlagResult {
        return std::make_shared<core::Result<core::AuditFlagUpdate>>(update.run(progress));
    }));
}

void AuditBrowserView::cancelFlagUpdate() {
    if (m_flagCancelled)
        m_flagCancelled->store(true);
}

QString AuditBrowserView::flagStatusText() const {
    return m_flagStatus->text();
}

void AuditBrowserView::onFlagsUpdated() {
    m_flagProgress->hide();
    const FlagResult result = m_flagWatcher.result();
    if (!result->ok()) {
        m_flagStatus->setText(result->error().message());
        Q_EMIT flagsUpdated(false);
        return;
    }
    m_flagStatus->setText(
        tr("Anomaly flags cover the trail up to event #%1.").arg(result->value().scannedSeq));
    // The rows shown may have gained flags: read them again (not a new look
    // at the trail, the same filter).
    reload();
    Q_EMIT flagsUpdated(true);
}

void AuditBrowserView::reload() {
    if (!m_query)
        return;
    m_model->setSource([this](qint64 beforeSeq) {
        return m_station.auditBrowser().page(m_session, *m_query, beforeSeq,
                                             AuditEventModel::pageSize);
    });
}

void AuditBrowserView::markReviewed(qint64 seq, const QString& note) {
    auto reviewed = m_station.auditFlags().markReviewed(m_session, seq, note);
    if (!reviewed) {
        m_detail->showMessage(reviewed.error().message(), false);
        return;
    }
    m_model->setFlagReviewed(seq);
    onCurrentChanged();
    m_detail->showMessage(
        tr("Marked reviewed; recorded as event #%1.").arg(reviewed.value().auditSeq), true);
}

void AuditBrowserView::applyFilter() {
    show(m_station.auditBrowser().apply(m_session, m_filterBar->filter()));
}

void AuditBrowserView::show(const core::Result<core::AuditQuery>& query) {
    if (!query) {
        // The rows of the last filter stay; the message says why nothing changed.
        m_status->setText(query.error().message());
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    m_query = query.value();
    m_status->setStyleSheet(QString());
    const qint64 matching = query.value().matching();
    m_status->setText(tr("%n event(s) match, newest first, in the trail up to event #%1. "
                         "This look at the trail is recorded as event #%2.",
                         nullptr, static_cast<int>(std::min<qint64>(matching, INT_MAX)))
                          .arg(query.value().recordedSeq() - 1)
                          .arg(query.value().recordedSeq()));
    reload();
}

void AuditBrowserView::selectRow(int row) {
    m_table->selectRow(row);
}

QString AuditBrowserView::statusText() const {
    return m_status->text();
}

void AuditBrowserView::onCurrentChanged() {
    const core::AuditEventRow* row = m_model->row(m_table->currentIndex().row());
    if (!row) {
        m_detail->clear();
        return;
    }
    QList<core::AuditFlag> flags;
    if (row->flagged) {
        auto found = m_station.auditFlags().flagsFor(m_session, {row->event.seq});
        if (found)
            flags = found.value();
        else
            m_detail->showMessage(found.error().message(), false);
    }
    m_detail->showRow(*row, flags, m_session.can(core::Permission::ReviewAudit));
}

} // namespace pl::ui
