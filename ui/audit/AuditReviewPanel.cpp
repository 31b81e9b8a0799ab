#include "ui/audit/AuditReviewPanel.h"

#include "core/audit/AuditReviewService.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/station/Station.h"
#include "ui/common/BarProgress.h"
#include "ui/common/FormDialog.h"

#include <QColor>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pl::ui {

namespace {

enum ReviewColumn {
    PeriodColumn,
    StatusColumn,
    StartedByColumn,
    SignedByColumn,
    EventsColumn,
    FlaggedColumn,
    SampledColumn,
    ChainColumn,
    ReviewColumnCount
};

enum ItemColumn {
    SeqColumn,
    TimeColumn,
    UserColumn,
    ActionColumn,
    TargetColumn,
    CaseColumn,
    ReasonColumn,
    KindColumn,
    FlagsColumn,
    CheckedByColumn,
    NoteColumn,
    ItemColumnCount
};

QString dateText(const QDateTime& utc) {
    return utc.toLocalTime().date().toString(Qt::ISODate);
}

// Periods end at midnight; people name the last day they include.
QString periodText(const QDateTime& startUtc, const QDateTime& endUtc) {
    return QStringLiteral("%1 – %2").arg(dateText(startUtc), dateText(endUtc.addMSecs(-1)));
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidget* makeTable(int columns, const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

AuditReviewPanel::AuditReviewPanel(core::Station& station, const core::Session& session,
                                   QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_unreviewedLabel(new QLabel(this))
    , m_unreviewedList(new QListWidget(this))
    , m_start(new QPushButton(tr("Start review…"), this))
    , m_reviewTable(makeTable(ReviewColumnCount,
                              {tr("Period"), tr("Status"), tr("Started by"), tr("Signed by"),
                               tr("Events"), tr("Flagged"), tr("Sampled"), tr("Chain")},
                              this))
    , m_itemsLabel(new QLabel(this))
    , m_itemTable(
          makeTable(ItemColumnCount,
                    {tr("Event"), tr("Time"), tr("User"), tr("Action"), tr("Target"), tr("Case"),
                     tr("Reason"), tr("Kind"), tr("Flags"), tr("Checked by"), tr("Note")},
                    this))
    , m_eventDetails(new QPlainTextEdit(this))
    , m_note(new QLineEdit(this))
    , m_markChecked(new QPushButton(tr("Mark checked"), this))
    , m_sign(new QPushButton(tr("Sign review…"), this))
    , m_integrity(new QPushButton(tr("Check integrity"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("auditReviewPanel"));
    auto* heading = new QLabel(tr("<h2>Periodic reviews</h2>"), this);
    auto* intro = new QLabel(
        tr("At least once a quarter a supervisor reviews that reads were used only for "
           "authorised purposes: every flagged event of the period and a sample of the others "
           "that nobody chooses, each checked with a note, then the review is signed. The "
           "signature records the figures and the hash of the last event covered, so a later "
           "change to the period shows when the review is checked."),
        this);
    intro->setWordWrap(true);

    m_unreviewedLabel->setObjectName(QStringLiteral("unreviewedLabel"));
    m_unreviewedList->setObjectName(QStringLiteral("unreviewedList"));
    m_unreviewedList->setMaximumHeight(90);
    m_start->setObjectName(QStringLiteral("startButton"));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_reviewTable->setObjectName(QStringLiteral("reviewsTable"));
    m_itemsLabel->setObjectName(QStringLiteral("itemsLabel"));
    m_itemTable->setObjectName(QStringLiteral("itemsTable"));
    m_eventDetails->setObjectName(QStringLiteral("eventDetails"));
    m_eventDetails->setReadOnly(true);
    m_eventDetails->setMaximumHeight(120);
    m_note->setObjectName(QStringLiteral("itemNote"));
    m_note->setPlaceholderText(tr("What you found (required for a flagged event)"));
    m_markChecked->setObjectName(QStringLiteral("markCheckedButton"));
    m_sign->setObjectName(QStringLiteral("signButton"));
    m_integrity->setObjectName(QStringLiteral("integrityButton"));
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->hide();
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addWidget(refreshButton);
    startRow->addStretch();
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_markChecked);
    auto* signRow = new QHBoxLayout;
    signRow->addWidget(m_sign);
    signRow->addWidget(m_integrity);
    signRow->addWidget(m_progress, 1);
    signRow->addWidget(m_cancel);
    signRow->addStretch();

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_unreviewedLabel);
    topLayout->addWidget(m_unreviewedList);
    topLayout->addLayout(startRow);
    topLayout->addWidget(m_reviewTable, 1);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_itemsLabel);
    bottomLayout->addWidget(m_itemTable, 1);
    bottomLayout->addWidget(m_eventDetails);
    bottomLayout->addLayout(noteRow);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(signRow);
    layout->addWidget(m_message);

    connect(m_start, &QPushButton::clicked, this, &AuditReviewPanel::chooseAndStartReview);
    connect(refreshButton, &QPushButton::clicked, this, &AuditReviewPanel::refresh);
    connect(m_reviewTable, &QTableWidget::itemSelectionChanged, this,
            &AuditReviewPanel::onReviewSelected);
    connect(m_itemTable, &QTableWidget::itemSelectionChanged, this, [this] {
        showSelectedEvent();
        updateButtons();
    });
    connect(m_markChecked, &QPushButton::clicked, this, &AuditReviewPanel::markSelectedChecked);
    connect(m_note, &QLineEdit::returnPressed, this, &AuditReviewPanel::markSelectedChecked);
    connect(m_sign, &QPushButton::clicked, this, &AuditReviewPanel::chooseNoteAndSign);
    connect(m_integrity, &QPushButton::clicked, this, &AuditReviewPanel::checkIntegrity);
    connect(m_cancel, &QPushButton::clicked, this, &AuditReviewPanel::cancel);
    connect(&m_signWatcher, &QFutureWatcher<SignResult>::finished, this,
            &AuditReviewPanel::onSigned);
    connect(&m_checkWatcher, &QFutureWatcher<CheckResult>::finished, this,
            &AuditReviewPanel::onChecked);

    const bool reviewer = m_session.can(core::Permission::ReviewAudit);
    m_start->setVisible(reviewer);
    m_note->setVisible(reviewer);
    m_markChecked->setVisible(reviewer);
    m_sign->setVisible(reviewer);
    m_integrity->setVisible(reviewer);
    refresh();
}

AuditReviewPanel::~AuditReviewPanel() {
    if (m_cancelled)
        m_cancelled->store(true);
    m_signWatcher.waitForFinished();
    m_checkWatcher.waitForFinished();
}

void AuditReviewPanel::refresh() {
    auto reviews = m_station.auditReviews().reviews(m_session);
    if (!reviews) {
        showMessage(reviews.error().message(), true);
        return;
    }
    m_reviews = reviews.value();
    auto unreviewed = m_station.auditReviews().unreviewedPeriods(m_session);
    if (!unreviewed) {
        showMessage(unreviewed.error().message(), true);
        return;
    }
    m_unreviewed = unreviewed.value();
    showReviews();
    showUnreviewed();
    updateButtons();
}

void AuditReviewPanel::showUnreviewed() {
    m_unreviewedList->clear();
    if (m_unreviewed.isEmpty()) {
        m_unreviewedLabel->setText(tr("Every completed quarter has a signed review."));
        m_unreviewedLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_unreviewedList->hide();
        return;
    }
    m_unreviewedLabel->setText(tr("%n completed quarter(s) not covered by a signed review:",
                                  nullptr, static_cast<int>(m_unreviewed.size())));
    m_unreviewedLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    for (const core::AuditPeriod& period : m_unreviewed) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 (%2)").arg(period.label, periodText(period.startUtc, period.endUtc)),
            m_unreviewedList);
        item->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    m_unreviewedList->show();
}

void AuditReviewPanel::showReviews() {
    const QSignalBlocker blocker(m_reviewTable);
    m_reviewTable->setRowCount(0);
    int selected = -1;
    for (const core::AuditReview& review : m_reviews) {
        const int row = m_reviewTable->rowCount();
        m_reviewTable->insertRow(row);
        auto* period = cell(periodText(review.periodStartUtc, review.periodEndUtc));
        period->setData(Qt::UserRole, review.id);
        m_reviewTable->setItem(row, PeriodColumn, period);
        const QString status =
            review.isSigned()
                ? tr("Signed %1").arg(core::TimeFormat::toDisplay(review.signedUtc))
                : tr("Open: %1 of %n checked", nullptr, static_cast<int>(review.itemCount))
                      .arg(review.checkedCount);
        m_reviewTable->setItem(row, StatusColumn, cell(status));
        m_reviewTable->setItem(row, StartedByColumn, cell(review.startedByName));
        m_reviewTable->setItem(row, SignedByColumn, cell(review.signedByName));
        const bool done = review.isSigned();
        m_reviewTable->setItem(row, EventsColumn,
                               cell(done ? QString::number(review.eventsCount) : QString()));
        m_reviewTable->setItem(row, FlaggedColumn,
                               cell(done ? QString::number(review.flaggedCount) : QString()));
        m_reviewTable->setItem(row, SampledColumn,
                               cell(done ? QString::number(review.sampledCount) : QString()));
        auto* chain = cell(!done                ? QString()
                           : review.chainIntact ? tr("Intact")
                                                : tr("BROKEN: %1").arg(review.chainStatus));
        if (done && !review.chainIntact)
            chain->setForeground(QColor(0xb0, 0x00, 0x20));
        m_reviewTable->setItem(row, ChainColumn, chain);
        if (review.id == m_reviewId)
            selected = row;
    }
    if (selected >= 0)
        m_reviewTable->selectRow(selected);
    m_reviewTable->resizeColumnsToContents();
}

void AuditReviewPanel::onReviewSelected() {
    const QList<QTableWidgetItem*> selected = m_reviewTable->selectedItems();
    if (selected.isEmpty())
        return;
    const QTableWidgetItem* period = m_reviewTable->item(selected.first()->row(), PeriodColumn);
    const qint64 id = period->data(Qt::UserRole).toLongLong();
    if (id != m_reviewId)
        openReview(id);
}

const core::AuditReview* AuditReviewPanel::currentReview() const {
    for (const core::AuditReview& review : m_reviews) {
        if (review.id == m_reviewId)
            return &review;
    }
    return nullptr;
}

bool AuditReviewPanel::openReview(qint64 reviewId) {
    auto items = m_station.auditReviews().items(m_session, reviewId);
    if (!items) {
        showMessage(items.error().message(), true);
        return false;
    }
    m_reviewId = reviewId;
    m_items = items.value();
    showItems();
    {
        const QSignalBlocker blocker(m_reviewTable);
        for (int row = 0; row < m_reviewTable->rowCount(); ++row) {
            if (m_reviewTable->item(row, PeriodColumn)->data(Qt::UserRole).toLongLong() == reviewId)
                m_reviewTable->selectRow(row);
        }
    }
    updateButtons();
    return true;
}

void AuditReviewPanel::showItems() {
    const core::AuditReview* review = currentReview();
    if (review) {
        m_itemsLabel->setText(tr("Review of %1: events #%2 to #%3; %n event(s) to check", nullptr,
                                 static_cast<int>(m_items.size()))
                                  .arg(periodText(review->periodStartUtc, review->periodEndUtc))
                                  .arg(review->firstSeq)
                                  .arg(review->lastSeq));
    } else {
        m_itemsLabel->clear();
    }
    const QSignalBlocker blocker(m_itemTable);
    m_itemTable->setRowCount(0);
    m_itemTable->setRowCount(static_cast<int>(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row)
        showItemRow(row);
    m_itemTable->resizeColumnsToContents();
    m_eventDetails->clear();
}

void AuditReviewPanel::showItemRow(int row) {
    const core::AuditReviewItem& item = m_items.at(row);
    const core::AuditEvent& e = item.event;
    const bool flagged = item.kind == core::AuditReviewItem::Kind::Flagged;
    auto* seq = cell(QStringLiteral("#%1").arg(e.seq));
    seq->setData(Qt::UserRole, e.seq);
    m_itemTable->setItem(row, SeqColumn, seq);
    m_itemTable->setItem(row, TimeColumn, cell(core::TimeFormat::toDisplay(e.timeUtc)));
    m_itemTable->setItem(
        row, UserColumn,
        cell(e.onBehalfOf.isEmpty() ? e.userName : tr("%1 for %2").arg(e.userName, e.onBehalfOf)));
    m_itemTable->setItem(row, ActionColumn, cell(e.action));
    m_itemTable->setItem(row, TargetColumn, cell(e.target));
    m_itemTable->setItem(row, CaseColumn, cell(e.caseNumber));
    m_itemTable->setItem(row, ReasonColumn, cell(e.reason));
    auto* kind = cell(flagged ? tr("Flagged") : tr("Sample"));
    if (flagged)
        kind->setForeground(QColor(0xb0, 0x00, 0x20));
    m_itemTable->setItem(row, KindColumn, kind);
    m_itemTable->setItem(row, FlagsColumn, cell(item.rules.join(QStringLiteral(", "))));
    m_itemTable->setItem(row, CheckedByColumn,
                         cell(item.isChecked()
                                  ? tr("%1, %2").arg(item.checkedByName,
                                                     core::TimeFormat::toDisplay(item.checkedUtc))
                                  : QString()));
    m_itemTable->setItem(row, NoteColumn, cell(item.note));
}

void AuditReviewPanel::showSelectedEvent() {
    const QList<QTableWidgetItem*> selected = m_itemTable->selectedItems();
    if (selected.isEmpty()) {
        m_eventDetails->clear();
        return;
    }
    const core::AuditReviewItem& item = m_items.at(selected.first()->row());
    const core::AuditEvent& e = item.event;
    QStringList lines;
    lines << tr("Event #%1, %2, %3 by %4 (%5)")
                 .arg(e.seq)
                 .arg(core::TimeFormat::toDisplay(e.timeUtc), e.action, e.userName, e.outcome);
    if (!e.target.isEmpty())
        lines << tr("Target: %1 %2").arg(e.targetKind, e.target);
    if (!e.caseNumber.isEmpty() || !e.reason.isEmpty())
        lines << tr("Case %1, reason: %2").arg(e.caseNumber, e.reason);
    if (!e.onBehalfOf.isEmpty())
        lines << tr("On behalf of: %1").arg(e.onBehalfOf);
    if (!item.rules.isEmpty())
        lines << tr("Flagged by: %1").arg(item.rules.join(QStringLiteral(", ")));
    lines << tr("Details: %1").arg(e.details);
    m_eventDetails->setPlainText(lines.join(QLatin1Char('\n')));
}

void AuditReviewPanel::updateButtons() {
    const core::AuditReview* review = currentReview();
    const bool busy = isBusy();
    const bool open = review && !review->isSigned();
    bool canCheck = false;
    const QList<QTableWidgetItem*> selected = m_itemTable->selectedItems();
    if (open && !selected.isEmpty())
        canCheck = !m_items.at(selected.first()->row()).isChecked();
    bool allChecked = open;
    for (const core::AuditReviewItem& item : m_items)
        allChecked = allChecked && item.isChecked();
    m_start->setEnabled(!busy);
    m_markChecked->setEnabled(!busy && canCheck);
    m_note->setEnabled(!busy && canCheck);
    m_sign->setEnabled(!busy && allChecked);
    m_integrity->setEnabled(!busy && review && review->isSigned());
}

void AuditReviewPanel::chooseAndStartReview() {
    const core::AuditPeriod period =
        core::AuditReviewService::lastCompletedQuarter(m_station.clock().nowUtc());
    FormDialog dialog(tr("Start a review"), this);
    dialog.setObjectName(QStringLiteral("startReviewDialog"));
    dialog.setIntro(tr("Choose the period to review, in local time. By default the last full "
                       "quarter; it must have ended."));
    auto* from = new QDateEdit(period.startUtc.toLocalTime().date(), &dialog);
    from->setObjectName(QStringLiteral("periodFrom"));
    from->setCalendarPopup(true);
    auto* to = new QDateEdit(period.endUtc.addMSecs(-1).toLocalTime().date(), &dialog);
    to->setObjectName(QStringLiteral("periodTo"));
    to->setCalendarPopup(true);
    dialog.form()->addRow(tr("&From (first day)"), from);
    dialog.form()->addRow(tr("&To (last day)"), to);
    dialog.setSubmitText(tr("Start review"));
    connect(&dialog, &FormDialog::submitted, &dialog, [this, &dialog, from, to] {
        const QDateTime start = QDateTime(from->date(), QTime(0, 0), Qt::LocalTime).toUTC();
        const QDateTime end = QDateTime(to->date().addDays(1), QTime(0, 0), Qt::LocalTime).toUTC();
        auto started = m_station.auditReviews().start(m_session, start, end);
        if (!started) {
            dialog.showError(started.error().message());
            return;
        }
        dialog.accept();
        showStarted(started.value());
    });
    dialog.exec();
}

bool AuditReviewPanel::startReview(const QDateTime& periodStartUtc, const QDateTime& periodEndUtc) {
    auto started = m_station.auditReviews().start(m_session, periodStartUtc, periodEndUtc);
    if (!started) {
        showMessage(started.error().message(), true);
        return false;
    }
    showStarted(started.value());
    return true;
}

void AuditReviewPanel::showStarted(const core::AuditReview& review) {
    refresh();
    openReview(review.id);
    showMessage(
        tr("Review started: %n event(s) to check.", nullptr, static_cast<int>(review.itemCount)),
        false);
    Q_EMIT reviewStarted(review.id);
}

bool AuditReviewPanel::markChecked(qint64 seq, const QString& note) {
    auto checked = m_station.auditReviews().checkItem(m_session, m_reviewId, seq, note);
    if (!checked) {
        showMessage(checked.error().message(), true);
        return false;
    }
    // Updated in place: reading the items again would record another look.
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).event.seq == seq) {
            m_items[row] = checked.value();
            const QSignalBlocker blocker(m_itemTable);
            showItemRow(row);
        }
    }
    for (core::AuditReview& review : m_reviews) {
        if (review.id == m_reviewId)
            ++review.checkedCount;
    }
    showReviews();
    m_note->clear();
    showMessage(tr("Event #%1 checked.").arg(seq), false);
    updateButtons();
    return true;
}

void AuditReviewPanel::markSelectedChecked() {
    const QList<QTableWidgetItem*> selected = m_itemTable->selectedItems();
    if (selected.isEmpty() || m_reviewId == 0)
        return;
    const int row = selected.first()->row();
    if (!markChecked(m_items.at(row).event.seq, m_note->text()))
        return;
    // On to the next event still to check.
    for (int next = 1; next <= m_items.size(); ++next) {
        const int candidate = (row + next) % static_cast<int>(m_items.size());
        if (!m_items.at(candidate).isChecked()) {
            m_itemTable->selectRow(candidate);
            break;
        }
    }
}

void AuditReviewPanel::chooseNoteAndSign() {
    FormDialog dialog(tr("Sign the review"), this);
    dialog.setObjectName(QStringLiteral("signReviewDialog"));
    dialog.setIntro(tr("Signing verifies the whole audit trail and records the review's figures "
                       "and the hash of the last event covered. Write what was reviewed and "
                       "what was found."));
    auto* note = new QPlainTextEdit(&dialog);
    note->setObjectName(QStringLiteral("signNote"));
    dialog.form()->addRow(tr("&Note"), note);
    dialog.setSubmitText(tr("Sign"));
    connect(&dialog, &FormDialog::submitted, &dialog, [&dialog, note] {
        if (note->toPlainText().trimmed().isEmpty()) {
            dialog.showError(tr("Write a note to sign the review with."));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        sign(note->toPlainText());
}

std::function<bool(qint64, qint64)> AuditReviewPanel::progressReporter() {
    return barProgress(m_progress, m_cancelled);
}

void AuditReviewPanel::beginWork(const QString& text) {
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    showMessage(text, false);
}

void AuditReviewPanel::endWork() {
    m_progress->hide();
    m_cancel->hide();
    updateButtons();
}

void AuditReviewPanel::sign(const QString& note) {
    if (isBusy())
        return;
    auto job = m_station.auditReviews().prepareSign(m_session, m_reviewId, note);
    if (!job) {
        showMessage(job.error().message(), true);
        Q_EMIT signingFinished(false);
        return;
    }
    beginWork(tr("Verifying the audit trail and signing…"));
    const core::AuditReviewSigning signing = job.value();
    auto progress = progressReporter();
    m_signWatcher.setFuture(QtConcurrent::run([signing, progress]() -> SignResult {
        return std::make_shared<core::Result<core::AuditReview>>(signing.run(progress));
    }));
    updateButtons();
}

void AuditReviewPanel::onSigned() {
    const SignResult result = m_signWatcher.result();
    endWork();
    if (!result->ok()) {
        showMessage(result->error().message(), true);
        Q_EMIT signingFinished(false);
        return;
    }
    const core::AuditReview& review = result->value();
    refresh();
    if (review.chainIntact) {
        showMessage(tr("Signed. %n event(s) covered; the audit trail is intact.", nullptr,
                       static_cast<int>(review.eventsCount)),
                    false);
    } else {
        showMessage(tr("Signed, with the audit trail BROKEN: %1").arg(review.chainStatus), true);
    }
    Q_EMIT signingFinished(true);
}

void AuditReviewPanel::checkIntegrity() {
    if (isBusy())
        return;
    auto job = m_station.auditReviews().prepareCheck(m_session, m_reviewId);
    if (!job) {
        showMessage(job.error().message(), true);
        return;
    }
    beginWork(tr("Checking the review against the audit trail…"));
    const core::AuditReviewChecking checking = job.value();
    auto progress = progressReporter();
    m_checkWatcher.setFuture(QtConcurrent::run([checking, progress]() -> CheckResult {
        return std::make_shared<core::Result<core::AuditReviewCheck>>(checking.run(progress));
    }));
    updateButtons();
}

void AuditReviewPanel::onChecked() {
    const CheckResult result = m_checkWatcher.result();
    endWork();
    if (!result->ok()) {
        showMessage(result->error().message(), true);
        return;
    }
    const core::AuditReviewCheck& check = result->value();
    if (check.unchanged) {
        showMessage(tr("Unchanged since signed: %n event(s) verified up to the last one covered.",
                       nullptr, static_cast<int>(check.chain.eventsChecked)),
                    false);
    } else {
        showMessage(tr("Changed since signed:") + QStringLiteral("\n• ") +
                        check.changes.join(QStringLiteral("\n• ")),
                    true);
    }
    Q_EMIT integrityChecked(check.unchanged);
}

void AuditReviewPanel::cancel() {
    if (m_cancelled)
        m_cancelled->store(true);
}

void AuditReviewPanel::showMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;")
                                     : QStringLiteral("color: #1b5e20;"));
}

} // namespace pl::ui
