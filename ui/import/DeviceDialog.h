#pragma once

#include "core/import/Device.h"
#include "ui/common/FormDialog.h"

#include <optional>

class QComboBox;
class QLineEdit;

namespace pl::ui {

class TimeZoneBox;

// A new reader device: name, type, an optional fixed location and the time
// zone its clock keeps. device() checks what was typed and says what is wrong
// next to the form; the owner creates the device and shows core's errors.
class DeviceDialog : public FormDialog {
    Q_OBJECT
public:
    explicit DeviceDialog(QWidget* parent = nullptr);

    // The device as typed, or nullopt after showing what is wrong.
    std::optional<core::Device> device();

private:
    QLineEdit* m_name;
    QComboBox* m_type;
    QLineEdit* m_latitude;
    QLineEdit* m_longitude;
    TimeZoneBox* m_timeZone;
};

} // namespace pl::ui
