#include "ui/import/ImportDeviceFields.h"

#include "core/import/ImportService.h"
#include "core/station/Station.h"
#include "ui/import/DeviceDialog.h"
#include "ui/import/FieldRow.h"
#include "ui/import/TimeZoneBox.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimeZone>

namespace pl::ui {

namespace {
bool isZone(const QString& id) {
    return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id.toUtf8());
}
} // namespace

ImportDeviceFields::ImportDeviceFields(core::Station& station, const core::Session& session,
                                       QWidget* owner)
    : QObject(owner)
    , m_station(station)
    , m_session(session)
    , m_owner(owner)
    , m_device(new QComboBox(owner))
    , m_newDevice(new QPushButton(tr("New device…"), owner))
    , m_zone(new TimeZoneBox(true, owner))
    , m_videoStart(new QDateTimeEdit(owner))
    , m_deviceRow(new FieldRow(QStringLiteral("deviceError"), owner))
    , m_zoneRow(new FieldRow(QStringLiteral("timeZoneError"), owner))
    , m_videoRow(new FieldRow(QStringLiteral("videoStartError"), owner)) {
    m_device->setObjectName(QStringLiteral("deviceCombo"));
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_device->setMinimumContentsLength(24);
    m_newDevice->setObjectName(QStringLiteral("newDeviceButton"));
    m_zone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_zone->setToolTip(tr("The zone the file's times are written in. Automatic takes the "
                          "device's zone, else the profile's, else this computer's."));
    m_videoStart->setObjectName(QStringLiteral("videoStart"));
    m_videoStart->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_videoStart->setCalendarPopup(true);
    m_videoStart->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    m_videoStart->setSpecialValueText(tr("Not set"));
    m_videoStart->setDateTime(m_videoStart->minimumDateTime());
    m_videoStart->setToolTip(tr("The wall-clock time at the start of the video, in the time "
                                "zone above. Its reads are offsets from it."));

    m_deviceRow->addWidget(m_device, 1);
    m_deviceRow->addWidget(m_newDevice);
    m_zoneRow->addWidget(m_zone, 1);
    m_videoRow->addWidget(m_videoStart, 1);

    connect(m_device, &QComboBox::currentIndexChanged, this, [this] {
        m_deviceRow->setError({});
        updateAutomaticZone();
    });
    connect(m_zone, &QComboBox::currentTextChanged, this, [this] { m_zoneRow->setError({}); });
    connect(m_videoStart, &QDateTimeEdit::dateTimeChanged, this,
            [this] { m_videoRow->setError({}); });
    connect(m_newDevice, &QPushButton::clicked, this, &ImportDeviceFields::createDevice);
}

void ImportDeviceFields::addRows(QFormLayout* form) {
    m_form = form;
    form->addRow(tr("&Device:"), m_deviceRow);
    form->addRow(tr("&Time zone:"), m_zoneRow);
    form->addRow(tr("&Video start:"), m_videoRow);
    form->setRowVisible(m_videoRow, m_needsBaseTime);
}

bool ImportDeviceFields::reload() {
    auto devices = m_station.imports().devices(m_session);
    if (!devices) {
        m_deviceRow->setError(devices.error().message());
        return false;
    }
    const QString current = deviceName();
    m_devices = devices.value();
    {
        const QSignalBlocker blocker(m_device);
        m_device->clear();
        m_device->addItem(QString(), QString());
        for (const core::Device& device : std::as_const(m_devices)) {
            m_device->addItem(
                tr("%1 (%2, %3)")
                    .arg(device.name, core::Device::typeLabel(device.type), device.timeZone),
                device.name);
        }
    }
    updateNoDeviceText();
    selectDevice(current);
    return true;
}

void ImportDeviceFields::setProfile(const core::ImportProfile* profile) {
    m_profileZone = profile && isZone(profile->timeZone) ? profile->timeZone : QString();
    m_needsBaseTime = profile && profile->needsBaseTime();
    m_hasDeviceColumn = profile && profile->field(QStringLiteral("device_id")) != nullptr;
    updateNoDeviceText();
    if (m_form)
        m_form->setRowVisible(m_videoRow, m_needsBaseTime);
    updateAutomaticZone();
}

void ImportDeviceFields::updateNoDeviceText() {
    if (m_device->count() > 0) {
        m_device->setItemText(0, m_hasDeviceColumn ? tr("None: each row names its device")
                                                   : tr("Choose the reader…"));
    }
}

QString ImportDeviceFields::deviceName() const {
    return m_device->currentData().toString();
}

void ImportDeviceFields::selectDevice(const QString& name) {
    const int index = m_device->findData(name);
    m_device->setCurrentIndex(index >= 0 ? index : 0);
}

const core::Device* ImportDeviceFields::currentDevice() const {
    const QString name = deviceName();
    for (const core::Device& device : m_devices) {
        if (device.name == name)
            return &device;
    }
    return nullptr;
}

QString ImportDeviceFields::effectiveZone() const {
    if (!m_zone->isAutomatic())
        return m_zone->zoneId();
    const core::Device* device = currentDevice();
    if (device && isZone(device->timeZone))
        return device->timeZone;
    if (!m_profileZone.isEmpty())
        return m_profileZone;
    return TimeZoneBox::systemZoneId();
}

void ImportDeviceFields::updateAutomaticZone() {
    const core::Device* device = currentDevice();
    QString text;
    if (device && isZone(device->timeZone))
        text = tr("Automatic: %1 (the device's)").arg(device->timeZone);
    else if (!m_profileZone.isEmpty())
        text = tr("Automatic: %1 (the profile's)").arg(m_profileZone);
    else
        text = tr("Automatic: %1 (this computer's)").arg(TimeZoneBox::systemZoneId());
    m_zone->setAutomaticText(text);
}

void ImportDeviceFields::clearErrors() {
    m_deviceRow->setError({});
    m_zoneRow->setError({});
    m_videoRow->setError({});
}

bool ImportDeviceFields::fill(core::ImportRequest& request) {
    clearErrors();
    bool ok = true;
    request.deviceName = deviceName();
    if (request.deviceName.isEmpty() && !m_hasDeviceColumn) {
        m_deviceRow->setError(tr("This profile has no device column: choose the reader the "
                                 "file came from, or create it with “New device…”."));
        ok = false;
    }
    if (!m_zone->hasValidZone()) {
        m_zoneRow->setError(tr("“%1” is not a time zone. Choose one from the list, e.g. "
                               "America/Chicago or UTC.")
                                .arg(m_zone->zoneId()));
        ok = false;
    } else {
        request.timeZone = m_zone->zoneId();
    }
    if (m_needsBaseTime) {
        if (m_videoStart->dateTime() == m_videoStart->minimumDateTime()) {
            m_videoRow->setError(tr("Enter the date and time the video starts: this file's "
                                    "times are offsets into the video."));
            ok = false;
        } else if (m_zone->hasValidZone()) {
            const QDateTime typed = m_videoStart->dateTime();
            request.baseTime =
                QDateTime(typed.date(), typed.time(), QTimeZone(effectiveZone().toUtf8()));
        }
    }
    return ok;
}

void ImportDeviceFields::createDevice() {
    auto* dialog = new DeviceDialog(m_owner);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog] {
        const std::optional<core::Device> device = dialog->device();
        if (!device)
            return;
        auto created = m_station.imports().createDevice(m_session, *device);
        if (!created) {
            dialog->showError(created.error().message());
            return;
        }
        dialog->accept();
        reload();
        selectDevice(created.value().name);
    });
    dialog->open();
}

} // namespace pl::ui
