#pragma once

#include "ui/common/FormDialog.h"

#include <optional>

class QLineEdit;

namespace pl::ui {

// Confirms a decision with a short free-text note (a reason, a decision
// note), which may be required.
class NoteDialog : public FormDialog {
    Q_OBJECT
public:
    NoteDialog(const QString& title, const QString& intro, const QString& label,
               const QString& submitText, bool required, QWidget* parent = nullptr);

    // The note (trimmed, maybe empty when optional), or nothing with the
    // error shown when a required note is missing.
    std::optional<QString> note();

private:
    QLineEdit* m_note;
    bool m_required;
};

} // namespace pl::ui
