#pragma once

#include "core/recognition/PlateTypes.h"

#include <QHash>
#include <QList>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace pl::core {

// One plate as a camera saw it over consecutive frames: the frame where it
// was read with the highest confidence, and the reading the frames agree on
// most (see PlateTracker).
struct TrackedRead {
    PlateResult plate;  // the best frame's; plate.best() is the read
    cv::Mat frame;      // the best frame (shared, not copied)
    qint64 timeMs = 0;  // when the best frame was taken (UTC ms)
    qint64 firstMs = 0; // first and last frame the plate was seen in
    qint64 lastMs = 0;
    int frames = 0; // frames the plate was read in

    QString text() const { return plate.best() ? plate.best()->text : QString(); }
    double confidence() const { return plate.best() ? plate.best()->confidence : 0.0; }
};

// Turns per-frame readings into reads: the same plate read again within the
// window (measured from the last frame it was seen in) belongs to the same
// read, even when one frame misread a character; a plate not seen for longer
// than the window is done. "The same plate" means the same text, texts one
// look-alike or one missing character apart, or a text among the other's
// candidates. Readings below the minimum confidence, or too short to be a
// plate, are ignored.
//
// A read keeps its best frame (plate box, crop, scene). Its text is the one
// the frames vote for: each frame's reading counts with its confidence, so
// one sharp misreading does not outweigh several agreeing frames; the text
// is always one that some frame read, never assembled. Single-threaded.
class PlateTracker {
public:
    PlateTracker(int windowMs, double minConfidence);

    // A frame's readings, in time order. Returns reads whose window closed
    // before timeMs.
    QList<TrackedRead> offer(qint64 timeMs, const QList<PlateResult>& plates, const cv::Mat& frame);
    // Reads whose window closed by nowMs (call when frames stop coming).
    QList<TrackedRead> expire(qint64 nowMs);
    // Every read still open (at the end of a stream).
    QList<TrackedRead> flush();

    int openCount() const { return static_cast<int>(m_open.size()); }

    // The rule above, for two texts.
    static bool samePlate(const QString& a, const QString& b);

private:
    struct Track {
        TrackedRead read;
        QStringList texts;                       // every candidate seen
        QHash<QString, double> votes;            // each frame's reading, by confidence
        QHash<QString, PlateCandidate> readings; // the surest reading of each text
    };
    static TrackedRead finish(Track& track);
    bool matches(const Track& track, const PlateResult& plate) const;

    int m_windowMs;
    double m_minConfidence;
    QList<Track> m_open;
};

} // namespace pl::core
