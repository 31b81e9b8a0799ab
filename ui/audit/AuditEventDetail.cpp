#include "ui/audit/AuditEventDetail.h"

#include "core/common/TimeFormat.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pl::ui {

namespace {
QString line(const QString& label, const QString& value) {
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

AuditEventDetail::AuditEventDetail(QWidget* parent)
    : QWidget(parent)
    , m_text(new QTextBrowser(this))
    , m_review(new QWidget(this))
    , m_note(new QLineEdit(m_review))
    , m_markReviewed(new QPushButton(tr("Mark reviewed"), m_review))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("auditEventDetail"));
    m_text->setObjectName(QStringLiteral("eventDetailText"));
    m_text->setOpenLinks(false);
    m_note->setObjectName(QStringLiteral("flagReviewNote"));
    m_note->setPlaceholderText(tr("what you checked and found (required)"));
    m_markReviewed->setObjectName(QStringLiteral("markFlagReviewedButton"));
    m_message->setObjectName(QStringLiteral("flagReviewMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* reviewRow = new QHBoxLayout(m_review);
    reviewRow->setContentsMargins(0, 0, 0, 0);
    reviewRow->addWidget(m_note, 1);
    reviewRow->addWidget(m_markReviewed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_review);
    layout->addWidget(m_message);

    auto request = [this] {
        if (m_seq > 0)
            Q_EMIT reviewRequested(m_seq, m_note->text());
    };
    connect(m_markReviewed, &QPushButton::clicked, this, request);
    connect(m_note, &QLineEdit::returnPressed, this, request);
    clear();
}

void AuditEventDetail::clear() {
    m_seq = 0;
    m_text->setHtml(tr("<p>Select an event to see it in full.</p>"));
    m_review->hide();
    m_message->hide();
}

void AuditEventDetail::showMessage(const QString& text, bool good) {
    m_message->setText(text);
    m_message->setStyleSheet(good ? QStringLiteral("color: #1b5e20;")
                                  : QStringLiteral("color: #b00020;"));
    m_message->show();
}

QString AuditEventDetail::text() const {
    return m_text->toPlainText();
}

void AuditEventDetail::showRow(const core::AuditEventRow& row, const QList<core::AuditFlag>& flags,
                               bool canReview) {
    const bool sameEvent = m_seq == row.event.seq;
    m_seq = row.event.seq;
    m_text->setHtml(html(row, flags));
    const bool reviewable = canReview && row.flagged && !row.flagReviewed;
    m_review->setVisible(reviewable);
    if (!sameEvent) {
        m_note->clear();
        m_message->hide();
    }
}

QString AuditEventDetail::html(const core::AuditEventRow& row,
                               const QList<core::AuditFlag>& flags) {
    const core::AuditEvent& event = row.event;
    const QJsonObject details = QJsonDocument::fromJson(event.details.toUtf8()).object();
    QString out = tr("<h3>Event #%1</h3>").arg(event.seq);
    out += QStringLiteral("<table cellspacing='2'>");
    out += line(tr("Time (local)"), core::TimeFormat::toDisplay(event.timeUtc));
    out += line(tr("Time (UTC)"), core::TimeFormat::toStorage(event.timeUtc));
    out += line(tr("User"), event.userName);
    out += line(tr("On behalf of"), event.onBehalfOf);
    out += line(tr("Action"), event.action);
    out += line(tr("Outcome"), event.outcome);
    if (!event.target.isEmpty())
        out += line(tr("Target"), QStringLiteral("%1: %2").arg(event.targetKind, event.target));
    out += line(tr("Plate"), row.plate);
    out += line(tr("Case"), event.caseNumber);
    out += line(tr("Reason"), event.reason);
    if (row.readCount)
        out += line(tr("Reads"), QString::number(*row.readCount));
    out += line(tr("Read ids (SHA-256)"), details.value(QStringLiteral("ids_sha256")).toString());
    out += QStringLiteral("</table>");

    if (!flags.isEmpty()) {
        out += tr("<h4>Anomaly flags</h4>");
        out += QStringLiteral("<ul>");
        for (const core::AuditFlag& flag : flags) {
            out += QStringLiteral("<li><b>%1</b>: %2</li>")
                       .arg(flag.title.toHtmlEscaped(), flag.explanation.toHtmlEscaped());
        }
        out += QStringLiteral("</ul>");
        const std::optional<core::AuditFlagReview>& review = flags.first().review;
        if (review) {
            out += QStringLiteral("<p>%1</p>")
                       .arg(tr("Reviewed by %1 at %2: %3")
                                .arg(review->reviewerName,
                                     core::TimeFormat::toDisplay(review->reviewedUtc), review->note)
                                .toHtmlEscaped());
        } else {
            out += QStringLiteral("<p><i>%1</i></p>")
                       .arg(tr("Not reviewed yet. The flags never change the event itself.")
                                .toHtmlEscaped());
        }
    }

    out += tr("<h4>Details</h4>");
    out += QStringLiteral("<pre>%1</pre>")
               .arg(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Indented))
                        .toHtmlEscaped());

    out += tr("<h4>Hash chain</h4>");
    out += QStringLiteral("<table cellspacing='2'>");
    out += line(tr("Links to"),
                event.seq > 1 ? tr("event #%1").arg(event.seq - 1) : tr("the start of the trail"));
    out += line(tr("Previous hash"), QString::fromLatin1(event.prevHash.toHex()));
    out += line(tr("This event's hash"), QString::fromLatin1(event.hash.toHex()));
    out += QStringLiteral("</table>");
    return out;
}

} // namespace pl::ui
