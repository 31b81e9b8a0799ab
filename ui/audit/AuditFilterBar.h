#pragma once

#include "core/audit/AuditFilter.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace pl::ui {

// The audit browser's filters. Dates are local calendar days, both ends
// included.
class AuditFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit AuditFilterBar(QWidget* parent = nullptr);

    core::AuditFilter filter() const;
    // The action names to offer; families ("search.*") are added before them.
    void setActions(const QStringList& actions);
    void clear();

Q_SIGNALS:
    void applyRequested();

private:
    QCheckBox* m_useFrom;
    QDateEdit* m_from;
    QCheckBox* m_useTo;
    QDateEdit* m_to;
    QLineEdit* m_user;
    QComboBox* m_action;
    QLineEdit* m_plate;
    QLineEdit* m_case;
    QComboBox* m_outcome;
    QCheckBox* m_onlyFlagged;
};

} // namespace pl::ui
