#pragma once

#include "core/audit/AuditBrowser.h"

#include <QWidget>

class QTextBrowser;

namespace pl::ui {

// The side panel of the audit browser: one event in full, its details, the
// digest of the reads it names and its link in the hash chain.
class AuditEventDetail : public QWidget {
    Q_OBJECT
public:
    explicit AuditEventDetail(QWidget* parent = nullptr);

    void showRow(const core::AuditEventRow& row);
    void clear();
    QString text() const;

    static QString html(const core::AuditEventRow& row);

private:
    QTextBrowser* m_text;
};

} // namespace pl::ui
