#include "ui/cases/RequestExceptionDialog.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace pl::ui {

RequestExceptionDialog::RequestExceptionDialog(const QString& caseNumber, const QDate& today,
                                               QWidget* parent)
    : FormDialog(tr("Request a wider search window"), parent)
    , m_today(today)
    , m_from(new QDateEdit(this))
    , m_reason(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("requestExceptionDialog"));
    setIntro(tr("Searches for case %1 may then reach back to the date below, once a supervisor "
                "other than you approves the request. An approval expires.")
                 .arg(caseNumber));
    setSubmitText(tr("Send request"));

    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setDateRange(QDate(1900, 1, 1), today);
    m_from->setDate(today.addYears(-10));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(80);

    form()->addRow(tr("Search &from:"), m_from);
    form()->addRow(tr("&Reason:"), m_reason);
    setMinimumWidth(480);
    adjustSize(); // wrapped intro lines need their height at this width
}

std::optional<RequestExceptionDialog::Request> RequestExceptionDialog::request() {
    const QDate from = m_from->date();
    if (!from.isValid() || from >= m_today) {
        showError(tr("Choose a date before today."));
        m_from->setFocus();
        return std::nullopt;
    }
    Request request;
    request.reason = m_reason->toPlainText().trimmed();
    if (request.reason.isEmpty()) {
        showError(tr("Say why the case needs to search further back; the supervisor decides "
                     "on this reason."));
        m_reason->setFocus();
        return std::nullopt;
    }
    request.fromUtc = QDateTime(from, QTime(0, 0), Qt::LocalTime).toUTC();
    return request;
}

} // namespace pl::ui
