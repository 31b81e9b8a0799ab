#pragma once

#include "ui/common/FormDialog.h"

#include <QDate>
#include <QDateTime>

#include <optional>

class QDateEdit;
class QPlainTextEdit;

namespace pl::ui {

// Asks a supervisor to let a case's searches reach further back than its
// normal window: from which date, and why.
class RequestExceptionDialog : public FormDialog {
    Q_OBJECT
public:
    // today: the local date now (the from-date must be before it).
    RequestExceptionDialog(const QString& caseNumber, const QDate& today,
                           QWidget* parent = nullptr);

    struct Request {
        QDateTime fromUtc; // the start of the chosen local day
        QString reason;
    };
    // What was entered, or nothing (with the error shown) when it is not usable.
    std::optional<Request> request();

private:
    QDate m_today;
    QDateEdit* m_from;
    QPlainTextEdit* m_reason;
};

} // namespace pl::ui
