#pragma once

#include "core/audit/AuditBrowser.h"
#include "core/audit/AuditFlagService.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace pl::ui {

// The side panel of the audit browser: one event in full, its anomaly flags
// explained, its details, the digest of the reads it names and its link in
// the hash chain; and, for supervisors, a note to mark its flags reviewed.
class AuditEventDetail : public QWidget {
    Q_OBJECT
public:
    explicit AuditEventDetail(QWidget* parent = nullptr);

    // canReview: the viewer may mark flags reviewed (supervisors).
    void showRow(const core::AuditEventRow& row, const QList<core::AuditFlag>& flags,
                 bool canReview);
    void clear();
    void showMessage(const QString& text, bool good);
    QString text() const;
    qint64 seq() const { return m_seq; }

    static QString html(const core::AuditEventRow& row, const QList<core::AuditFlag>& flags);

Q_SIGNALS:
    void reviewRequested(qint64 seq, const QString& note);

private:
    QTextBrowser* m_text;
    QWidget* m_review;
    QLineEdit* m_note;
    QPushButton* m_markReviewed;
    QLabel* m_message;
    qint64 m_seq = 0;
};

} // namespace pl::ui
