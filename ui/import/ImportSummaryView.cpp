#include "ui/import/ImportSummaryView.h"

#include "ui/import/ImportIssuesView.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace pl::ui {

ImportSummaryView::ImportSummaryView(core::Station& station, const core::Session& session,
                                     QWidget* parent)
    : QWidget(parent)
    , m_rowsRead(addCount(QStringLiteral("rowsReadCount")))
    , m_stored(addCount(QStringLiteral("storedCount")))
    , m_flagged(addCount(QStringLiteral("flaggedCount")))
    , m_duplicates(addCount(QStringLiteral("duplicateCount")))
    , m_rejected(addCount(QStringLiteral("rejectedCount")))
    , m_skipped(addCount(QStringLiteral("skippedCount")))
    , m_ocr(new QLabel(this))
    , m_issues(new ImportIssuesView(station, session, this)) {
    setObjectName(QStringLiteral("importSummary"));

    // Two columns of counts: what became reads, and what did not.
    auto* counts = new QGridLayout;
    counts->setHorizontalSpacing(12);
    const QList<QPair<QString, QLabel*>> rows = {
        {tr("Rows read:"), m_rowsRead},       {tr("Reads stored:"), m_stored},
        {tr("of which flagged:"), m_flagged}, {tr("Duplicates skipped:"), m_duplicates},
        {tr("Rows rejected:"), m_rejected},   {tr("Lines skipped:"), m_skipped},
    };
    for (int i = 0; i < rows.size(); ++i) {
        const int row = i % 3;
        const int column = (i / 3) * 3;
        auto* label = new QLabel(rows.at(i).first, this);
        label->setBuddy(rows.at(i).second);
        counts->addWidget(label, row, column);
        counts->addWidget(rows.at(i).second, row, column + 1, Qt::AlignRight);
    }
    counts->setColumnMinimumWidth(2, 32);
    counts->setColumnStretch(5, 1);

    m_ocr->setObjectName(QStringLiteral("ocrNote"));
    m_ocr->setWordWrap(true);
    m_ocr->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ocr->setStyleSheet(QStringLiteral("QLabel { background: #eef4fb; padding: 4px 8px; }"));
    auto* issuesHeading = new QLabel(tr("<b>Rows that did not become reads</b>"), this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(counts);
    layout->addWidget(m_ocr);
    layout->addWidget(issuesHeading);
    layout->addWidget(m_issues, 1);
    clear();
}

QLabel* ImportSummaryView::addCount(const QString& name) {
    auto* label = new QLabel(this);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString ImportSummaryView::ocrNote(const QList<QStringList>& groups) {
    QStringList lines;
    for (const QStringList& group : groups)
        lines.append(tr("Possibly the same vehicle: %1").arg(group.join(QStringLiteral(", "))));
    return lines.join(QLatin1Char('\n'));
}

void ImportSummaryView::setCounts(const core::ImportCounts& counts) {
    const QLocale locale;
    m_rowsRead->setText(locale.toString(counts.rowsRead));
    m_stored->setText(locale.toString(counts.stored));
    m_flagged->setText(locale.toString(counts.flagged));
    m_duplicates->setText(locale.toString(counts.duplicates));
    m_rejected->setText(locale.toString(counts.rejected));
    m_skipped->setText(locale.toString(counts.skipped));
}

void ImportSummaryView::setSummary(const core::ImportSummary& summary) {
    setCounts(summary.record.counts);
    if (summary.ocrEquivalentPlates.isEmpty()) {
        m_ocr->hide();
    } else {
        m_ocr->setText(
            tr("These plates read alike (0/O, 1/I, 8/B…) and were kept apart, not merged:\n%1")
                .arg(ocrNote(summary.ocrEquivalentPlates)));
        m_ocr->show();
    }
    // The summary may list only the first of many; the store has them all.
    const core::ImportCounts& counts = summary.record.counts;
    m_issues->setIssues(summary.record.id, summary.record.fileName, summary.issues,
                        counts.rejected + counts.duplicates);
}

void ImportSummaryView::clear() {
    setCounts({});
    m_ocr->clear();
    m_ocr->hide();
    m_issues->clear();
}

} // namespace pl::ui
