#pragma once

#include "core/import/Device.h"
#include "core/import/ImportTypes.h"

#include <QList>
#include <QObject>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QPushButton;
class QWidget;

namespace pl::core {
class Station;
struct Session;
struct ImportProfile;
} // namespace pl::core

namespace pl::ui {

class FieldRow;
class TimeZoneBox;

// The "where and when" rows of the import form: the reader device (or a new
// one), the time zone the file's times are in, and the video's wall-clock
// start for profiles whose times are offsets into a video. The widgets are
// children of the form's owner; this object adds their rows to its form.
class ImportDeviceFields : public QObject {
    Q_OBJECT
public:
    ImportDeviceFields(core::Station& station, const core::Session& session, QWidget* owner);

    void addRows(QFormLayout* form);
    // Loads the devices again; returns false after showing why it could not.
    bool reload();
    // The profile the import will run with (nullptr: none yet).
    void setProfile(const core::ImportProfile* profile);

    // Fills device, time zone and base time, or shows next to each field what
    // is wrong and returns false. Nothing typed is cleared.
    bool fill(core::ImportRequest& request);
    void clearErrors();
    void createDevice();

    QString deviceName() const;
    // The zone the import will use: the one chosen, else the device's, else
    // the profile's, else the system's.
    QString effectiveZone() const;
    void selectDevice(const QString& name);

private:
    const core::Device* currentDevice() const;
    QString profileZone() const;
    void updateAutomaticZone();
    void updateNoDeviceText();

    core::Station& m_station;
    const core::Session& m_session;
    QWidget* m_owner;
    QFormLayout* m_form = nullptr;
    QList<core::Device> m_devices;
    QString m_profileZone;
    bool m_needsBaseTime = false;
    bool m_hasDeviceColumn = false;

    QComboBox* m_device;
    QPushButton* m_newDevice;
    TimeZoneBox* m_zone;
    QDateTimeEdit* m_videoStart;
    FieldRow* m_deviceRow;
    FieldRow* m_zoneRow;
    FieldRow* m_videoRow;
};

} // namespace pl::ui
