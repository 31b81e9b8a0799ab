#include "ui/hotlist/HotListAttentionDialog.h"

#include "core/common/Clock.h"
#include "core/hotlist/HotListService.h"
#include "core/station/Station.h"
#include "ui/cases/NoteDialog.h"
#include "ui/hotlist/HotListEntryModel.h"

#include <QBrush>
#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pl::ui {

namespace {

QString localDate(const QDateTime& utc) {
    return utc.toLocalTime().date().toString(Qt::ISODate);
}

bool reviewable(const core::HotListEntry& entry, const QDateTime& nowUtc) {
    return entry.isOverdue(nowUtc) && !entry.caseClosed;
}

} // namespace

HotListAttentionDialog::HotListAttentionDialog(core::Station& station, const core::Session& session,
                                               const QList<core::HotListEntry>& entries,
                                               QWidget* parent)
    : QDialog(parent)
    , m_station(station)
    , m_session(session)
    , m_entries(entries)
    , m_reviewed(entries.size(), false)
    , m_table(new QTableWidget(static_cast<int>(entries.size()), ColumnCount, this))
    , m_message(new QLabel(this))
    , m_review(new QPushButton(tr("&Review selected…"), this)) {
    setObjectName(QStringLiteral("hotListAttentionDialog"));
    setWindowTitle(tr("Hot-list entries need your attention"));
    resize(760, 380);

    const QDateTime now = station.clock().nowUtc();
    auto* intro = new QLabel(
        tr("These hot-list entries of yours need attention. An entry past its review date no "
           "longer alerts until you review it. An entry held for a closed case should be "
           "removed, or moved to an open case, on the hot-list page."),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("attentionTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Plate"), tr("Case"), tr("Review by"), tr("What needs doing")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::MultiSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < entries.size(); ++row) {
        const core::HotListEntry& entry = entries.at(row);
        QString problem;
        QColor colour;
        if (entry.caseClosed) {
            problem = entry.isOverdue(now)
                          ? tr("Case %1 is closed, and the review is overdue: no longer "
                               "alerting. Remove the entry or move it to an open case.")
                                .arg(entry.caseNumber)
                          : tr("Case %1 is closed: remove the entry or move it to an open case.")
                                .arg(entry.caseNumber);
            colour = QColor(0x9a, 0x67, 0x00);
        } else {
            problem = tr("Review overdue: no longer alerting until reviewed.");
            colour = QColor(0xb0, 0x00, 0x20);
        }
        const QStringList cells = {HotListEntryModel::plateText(entry), entry.caseNumber,
                                   localDate(entry.reviewByUtc), problem};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == Problem)
                item->setForeground(QBrush(colour));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    // Every entry that can be reviewed is selected: one click reviews them all.
    for (int row = 0; row < entries.size(); ++row) {
        if (reviewable(entries.at(row), now))
            m_table->selectRow(row);
    }

    m_message->setObjectName(QStringLiteral("attentionMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_review->setObjectName(QStringLiteral("reviewSelectedButton"));
    m_review->setToolTip(tr("The selected entries are still needed: they alert again for "
                            "another review period."));
    auto* hotList = new QPushButton(tr("Open &hot list"), this);
    hotList->setObjectName(QStringLiteral("openHotListButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_review, QDialogButtonBox::ActionRole);
    buttons->addButton(hotList, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_review, &QPushButton::clicked, this, &HotListAttentionDialog::reviewSelected);
    connect(hotList, &QPushButton::clicked, this, [this] {
        Q_EMIT hotListRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HotListAttentionDialog::updateButtons);
    updateButtons();
}

QList<int> HotListAttentionDialog::selectedReviewable() const {
    const QDateTime now = m_station.clock().nowUtc();
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const int row = index.row();
        if (!m_reviewed.at(row) && reviewable(m_entries.at(row), now))
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void HotListAttentionDialog::updateButtons() {
    m_review->setEnabled(!selectedReviewable().isEmpty());
}

void HotListAttentionDialog::reviewSelected() {
    const QList<int> rows = selectedReviewable();
    if (rows.isEmpty())
        return;
    auto* dialog = new NoteDialog(
        tr("Review hot-list entries"),
        tr("Are the selected entries (%1) still needed for their cases? Reviewing keeps them "
           "alerting for another review period.")
            .arg(rows.size()),
        tr("&Note:"), tr("Still needed"), false, this);
    dialog->setObjectName(QStringLiteral("reviewEntriesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog] {
        auto note = dialog->note();
        if (!note)
            return;
        dialog->accept();
        review(*note);
    });
    dialog->open();
}

bool HotListAttentionDialog::review(const QString& note) {
    QStringList refused;
    int done = 0;
    for (int row : selectedReviewable()) {
        const core::HotListEntry& entry = m_entries.at(row);
        auto reviewed = m_station.hotLists().review(m_session, entry.id, note);
        if (!reviewed) {
            refused.append(tr("%1: %2").arg(entry.plate, reviewed.error().message()));
            continue;
        }
        ++done;
        m_reviewed[row] = true;
        QTableWidgetItem* item = m_table->item(row, Problem);
        item->setText(tr("Reviewed: alerts again until %1.").arg(localDate(reviewed->reviewByUtc)));
        item->setForeground(QBrush(QColor(0x1b, 0x5e, 0x20)));
        m_table->item(row, ReviewBy)->setText(localDate(reviewed->reviewByUtc));
    }
    m_table->clearSelection();
    m_message->setStyleSheet(refused.isEmpty() ? QStringLiteral("QLabel { color: #1b5e20; }")
                                               : QStringLiteral("QLabel { color: #b00020; }"));
    m_message->setText(refused.isEmpty() ? tr("Entries reviewed: %1.").arg(done)
                                         : refused.join(QLatin1Char('\n')));
    m_message->show();
    if (done > 0)
        Q_EMIT entriesReviewed();
    updateButtons();
    return refused.isEmpty();
}

} // namespace pl::ui
