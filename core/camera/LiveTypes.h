#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QRect>
#include <QString>
#include <QStringList>

namespace pl::core {

// How a running camera is doing, for the live view.
struct CameraStatus {
    enum class State {
        Connecting,
        Connected,
        Reconnecting, // lost or not reached; trying again after retryInMs
        Failed,       // the settings must change first (address, password)
        Finished,     // a replay reached its end
        Stopped,
    };

    qint64 cameraId = 0;
    State state = State::Connecting;
    double framesPerSecond = 0;     // arriving
    double recognisedPerSecond = 0; // read by the recogniser
    qint64 frames = 0;
    qint64 framesRead = 0;
    qint64 dropped = 0;
    qint64 reads = 0;
    int reconnects = 0;
    qint64 retryInMs = 0;
    QString lastError;

    static QString stateLabel(State state); // translated
};

// A frame for the live view: scaled down, RGB888, with the plates found in
// the most recent recognised frame (boxes in this frame's pixels).
struct LiveFrame {
    qint64 cameraId = 0;
    int width = 0;
    int height = 0;
    QByteArray rgb; // width * 3 bytes per row
    QList<QRect> boxes;
    QStringList texts;
};

// A read the camera stored.
struct LiveRead {
    qint64 cameraId = 0;
    qint64 readId = 0;
    QString plate;
    double confidence = 0;
    qint64 timeMs = 0;
    int frames = 0;
    QByteArray plateJpeg;
};

} // namespace pl::core

Q_DECLARE_METATYPE(pl::core::CameraStatus)
Q_DECLARE_METATYPE(pl::core::LiveFrame)
Q_DECLARE_METATYPE(pl::core::LiveRead)
