#include "ui/audit/AuditEventDetail.h"

#include "core/common/TimeFormat.h"

#include <QJsonDocument>
#include <QJsonObject>
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
    , m_text(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("auditEventDetail"));
    m_text->setObjectName(QStringLiteral("eventDetailText"));
    m_text->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    clear();
}

void AuditEventDetail::clear() {
    m_text->setHtml(tr("<p>Select an event to see it in full.</p>"));
}

QString AuditEventDetail::text() const {
    return m_text->toPlainText();
}

void AuditEventDetail::showRow(const core::AuditEventRow& row) {
    m_text->setHtml(html(row));
}

QString AuditEventDetail::html(const core::AuditEventRow& row) {
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
    if (row.flagged)
        out += line(tr("Flag"), row.flagReviewed ? tr("flagged, reviewed") : tr("flagged"));
    out += QStringLiteral("</table>");

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
