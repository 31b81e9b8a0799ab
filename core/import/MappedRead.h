#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pl::core {

// A source row turned into a read, before it is stored: everything typed and
// normalized, with the flags that tell a person what was odd about it.
struct MappedRead {
    struct Image {
        QString kind;   // plate, overview, frame
        QString source; // the file path or "base64"
        QByteArray data;
    };

    QString plateRaw;
    QString plate;
    QString matchKey;
    QString state;
    QString stateRaw;
    qint64 timeMs = 0; // UTC, once resolved
    // Before resolving: an instant (the text had an offset, or was epoch) or
    // a wall-clock date and time in the device's zone.
    std::optional<qint64> instantMs;
    std::optional<qint64> wallMs; // see LocalTimeResolver::wallMs
    QString timeText;             // as written in the file
    QString deviceName;           // empty: the import's device
    std::optional<double> latitude;
    std::optional<double> longitude;
    bool locationFromDevice = false;
    std::optional<double> confidence;
    std::optional<double> heading;
    QString camera;
    QString address;
    QString sourceRef; // the read's id in the file, if it has one
    QString extraJson; // other mapped fields, compact JSON, or empty
    QStringList flags;
    QList<Image> images;

    void clear() { *this = MappedRead(); }
};

} // namespace pl::core
