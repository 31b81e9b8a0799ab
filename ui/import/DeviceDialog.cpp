#include "ui/import/DeviceDialog.h"

#include "ui/import/TimeZoneBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace pl::ui {

DeviceDialog::DeviceDialog(QWidget* parent)
    : FormDialog(tr("New reader device"), parent)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_latitude(new QLineEdit(this))
    , m_longitude(new QLineEdit(this))
    , m_timeZone(new TimeZoneBox(false, this)) {
    setObjectName(QStringLiteral("deviceDialog"));
    setMinimumWidth(480);
    setIntro(tr("The plate reader the file came from. Its time zone is the one its clock "
                "keeps; a fixed location stands in for reads that carry no coordinates."));

    m_name->setObjectName(QStringLiteral("deviceName"));
    m_name->setPlaceholderText(tr("e.g. UNIT-0412-MDC"));
    m_type->setObjectName(QStringLiteral("deviceType"));
    for (core::Device::Type type :
         {core::Device::Type::Covert, core::Device::Type::Mobile, core::Device::Type::Fixed})
        m_type->addItem(core::Device::typeLabel(type), static_cast<int>(type));
    m_latitude->setObjectName(QStringLiteral("deviceLatitude"));
    m_latitude->setPlaceholderText(tr("Latitude"));
    m_latitude->setToolTip(tr("Decimal degrees, north positive, e.g. 47.6062"));
    m_longitude->setObjectName(QStringLiteral("deviceLongitude"));
    m_longitude->setPlaceholderText(tr("Longitude"));
    m_longitude->setToolTip(tr("Decimal degrees, east positive, e.g. -122.3321"));
    m_timeZone->setObjectName(QStringLiteral("deviceTimeZone"));
    m_timeZone->setZoneId(TimeZoneBox::systemZoneId());

    QWidget* location = locationRow(m_latitude, m_longitude);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Type:"), m_type);
    form()->addRow(tr("Fixed &location (optional):"), location);
    form()->addRow(tr("Time &zone:"), m_timeZone);
    setSubmitText(tr("Create device"));
}

std::optional<core::Device> DeviceDialog::device() {
    clearError();
    core::Device device;
    device.name = m_name->text().trimmed();
    if (device.name.isEmpty()) {
        showError(tr("Give the device a name, as its reads will show it."));
        m_name->setFocus();
        return std::nullopt;
    }
    device.type = static_cast<core::Device::Type>(m_type->currentData().toInt());
    if (!location(m_latitude, m_longitude, device.latitude, device.longitude))
        return std::nullopt;
    if (!m_timeZone->hasValidZone()) {
        showError(tr("\"%1\" is not a time zone. Choose one from the list, e.g. "
                     "America/Chicago or UTC.")
                      .arg(m_timeZone->zoneId()));
        m_timeZone->setFocus();
        return std::nullopt;
    }
    device.timeZone = m_timeZone->zoneId();
    return device;
}

} // namespace pl::ui
