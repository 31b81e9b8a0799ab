#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pl::core {

// Everything the store holds about one read, as a person verifying it needs
// to see it: the text as read and normalised, when, where and by which
// device, how sure the reader was (per character, and its other readings
// where a camera of the station read it), and its images.
struct ReadRecord {
    struct Candidate {
        QString text;
        double confidence = 0;
    };

    qint64 id = 0;
    QString plate;    // normalised
    QString plateRaw; // as read
    QString state;
    QDateTime timeUtc;
    qint64 deviceId = 0;
    QString deviceName;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString address;
    std::optional<double> confidence; // 0..100
    QString source;                   // "import" or "live"
    QString importFile;               // imports: the file the read came from
    std::optional<qint64> sourceLine; // imports: its line in that file
    QList<Candidate> candidates;      // live reads: the reader's readings, best first
    QList<double> charConfidences;    // live reads: per character of the plate, 0..100
    QByteArray plateImage;            // encoded (JPEG or PNG); empty if none
    QByteArray sceneImage;            // the overview or frame; empty if none
};

} // namespace pl::core
