#pragma once

#include "core/geo/SensitiveLocation.h"
#include "ui/common/FormDialog.h"

#include <optional>

class QComboBox;
class QLineEdit;

namespace pl::ui {

// Adds or changes one sensitive location: name, category, position in
// decimal degrees and an optional note.
class SensitiveLocationDialog : public FormDialog {
    Q_OBJECT
public:
    explicit SensitiveLocationDialog(const std::optional<core::SensitiveLocation>& location,
                                     QWidget* parent = nullptr);

    // What was entered, or nothing with the problem shown (a missing or
    // malformed coordinate); core checks the rest.
    std::optional<core::SensitiveLocationInput> input();

private:
    QLineEdit* m_name;
    QComboBox* m_category;
    QLineEdit* m_latitude;
    QLineEdit* m_longitude;
    QLineEdit* m_note;
};

} // namespace pl::ui
