#include "ui/cases/NoteDialog.h"

#include <QFormLayout>
#include <QLineEdit>

namespace pl::ui {

NoteDialog::NoteDialog(const QString& title, const QString& intro, const QString& label,
                       const QString& submitText, bool required, QWidget* parent)
    : FormDialog(title, parent)
    , m_note(new QLineEdit(this))
    , m_required(required) {
    setIntro(intro);
    setSubmitText(submitText);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(required ? tr("Required") : tr("Optional"));
    form()->addRow(label, m_note);
    setMinimumWidth(460);
    adjustSize(); // wrapped intro lines need their height at this width
}

std::optional<QString> NoteDialog::note() {
    const QString text = m_note->text().trimmed();
    if (m_required && text.isEmpty()) {
        showError(tr("This needs a note: it is recorded with the decision."));
        m_note->setFocus();
        return std::nullopt;
    }
    return text;
}

} // namespace pl::ui
