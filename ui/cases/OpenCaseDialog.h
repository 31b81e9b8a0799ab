#pragma once

#include "core/cases/CaseTypes.h"
#include "ui/common/FormDialog.h"

#include <QList>

#include <optional>

class QComboBox;
class QLineEdit;

namespace pl::ui {

// Opens a case file: number, title, kind and, for a criminal case, the
// offense category whose statute of limitations bounds its searches, and the
// investigator who leads it.
class OpenCaseDialog : public FormDialog {
    Q_OBJECT
public:
    // leads: who may lead it; the one whose id is me is chosen first.
    OpenCaseDialog(const QList<core::OffenseCategory>& offenses, const QList<core::CaseLead>& leads,
                   qint64 me, QWidget* parent = nullptr);

    // What was entered, or nothing (with the error shown and the field
    // focused) when something required is missing.
    std::optional<core::NewCase> request();

private:
    void kindChanged();

    QLineEdit* m_number;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QComboBox* m_offense;
    QComboBox* m_lead;
};

} // namespace pl::ui
