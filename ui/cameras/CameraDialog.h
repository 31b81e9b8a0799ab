#pragma once

#include "core/camera/CameraSettings.h"
#include "ui/common/FormDialog.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pl::ui {

class TimeZoneBox;

// Adds or changes a camera. A stored password is never shown: the field
// stays empty and says so; typing a new one replaces it.
class CameraDialog : public FormDialog {
    Q_OBJECT
public:
    // camera.id == 0: a new camera.
    explicit CameraDialog(const core::CameraSettings& camera, QWidget* parent = nullptr);

    // What was entered, or nothing (with the error shown) when a field is wrong.
    std::optional<core::CameraChange> change();

private:
    void kindChanged();
    void browse();

    core::CameraSettings m_camera;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_address;
    QPushButton* m_browse;
    QLineEdit* m_userName;
    QLineEdit* m_password;
    QCheckBox* m_clearPassword;
    QLineEdit* m_latitude;
    QLineEdit* m_longitude;
    QComboBox* m_direction;
    TimeZoneBox* m_timeZone;
    QSpinBox* m_window;
    QSpinBox* m_minConfidence;
    QCheckBox* m_active;
};

} // namespace pl::ui
