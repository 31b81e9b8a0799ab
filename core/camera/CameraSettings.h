#pragma once

#include "core/crypto/SecretBytes.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pl::core {

// A camera the station reads plates from: how to reach it and what its
// reads carry. Each camera is also a device (its name, zone and fixed
// location), so its reads sit beside imported ones.
struct CameraSettings {
    enum class Kind { Usb, Rtsp, Mjpeg, File };

    qint64 id = 0;
    qint64 deviceId = 0;
    QString name;
    Kind kind = Kind::Mjpeg;
    // USB: a device index ("0") or path ("/dev/video0"); RTSP and MJPEG: the
    // URL without credentials; file: the video file's path.
    QString address;
    QString userName;
    // A password is stored (sealed); it is never read back for display.
    bool hasPassword = false;
    QString timeZone; // IANA id
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString direction; // free text: "northbound", "NE", ...
    bool active = true;
    // The same plate seen again within this time is the same read.
    int windowMs = 4000;
    // Readings below this confidence (0-100) are not stored.
    double minConfidence = 70.0;
    QDateTime changedUtc;

    bool hasLocation() const { return latitude.has_value() && longitude.has_value(); }
    bool isNetwork() const { return kind == Kind::Rtsp || kind == Kind::Mjpeg; }

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
    // For people, translated.
    static QString kindLabel(Kind kind);
};

// What a person asks for when adding or changing a camera.
struct CameraChange {
    enum class Password { Keep, Set, Clear };

    CameraSettings settings; // id 0: a new camera
    Password password = Password::Keep;
    SecretBytes newPassword; // with Password::Set
};

} // namespace pl::core
