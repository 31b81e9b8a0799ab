#pragma once

#include "core/search/SearchTypes.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace pl::core {

// The reads of a result set laid out for a timeline: in lanes (one per
// device or one per place, see PlaceGrid) and, for a visible time range,
// counted in bins, so a chart draws at most lanes x bins markers whatever
// the number of reads. Each lane's reads are sorted by time once; binning a
// range binary-searches it and walks only the reads inside.
//
// It shows only the result set it was given: nothing here widens a search.
class ResultTimeline {
public:
    enum class LaneMode { Device, Place };

    struct Lane {
        QString label; // unique among the lanes
        int readCount = 0;
        // Place lanes: the cell's centre (not set for "no location" nor for
        // the merged lane). Device lanes: the device's fixed location, if any.
        std::optional<double> latitude;
        std::optional<double> longitude;
        bool merged = false; // the lane holding the lanes past maxLanes
    };

    // The reads of one lane in [fromMs, toMs). Bins of the same range and
    // count have the same bounds in every lane.
    struct Bin {
        int lane = 0;
        int index = 0;     // bin number in the range, 0 .. binCount - 1
        qint64 fromMs = 0; // included
        qint64 toMs = 0;   // excluded
        int count = 0;
        int first = 0; // position of its first read in the lane's time order
    };

    ResultTimeline() = default;
    // Lanes are sorted by read count, most first (ties: device name, or the
    // place's first read, then its grid cell). With maxLanes > 0, the lanes
    // past the first maxLanes - 1 are merged into one last lane
    // ("N other devices" / "N other places"). Reads of a device index
    // outside points.devices go to an "unknown device" lane; reads without a
    // location, in place mode, to a "no location" lane.
    ResultTimeline(const ResultPoints& points, LaneMode mode, int maxLanes = 0);

    LaneMode laneMode() const { return m_mode; }
    const QList<Lane>& lanes() const { return m_lanes; }
    int readCount() const { return m_readCount; }
    bool isEmpty() const { return m_readCount == 0; }
    // The earliest and latest read time (0 when empty).
    qint64 firstMs() const { return m_firstMs; }
    qint64 lastMs() const { return m_lastMs; }

    // The non-empty bins of every lane (lane by lane, in time order) when
    // [fromMs, toMs) is cut into binCount equal bins. Bin i covers
    // [from + ceil(i * span / n), from + ceil((i + 1) * span / n)). The
    // count is lowered to the span in ms (no empty-width bins) and so that
    // span * count fits 64 bits. Empty when toMs <= fromMs or binCount < 1.
    QList<Bin> bins(qint64 fromMs, qint64 toMs, int binCount) const;
    // The same for one lane.
    QList<Bin> laneBins(int lane, qint64 fromMs, qint64 toMs, int binCount) const;
    // The read ids of a bin returned by bins()/laneBins(), in time order.
    QList<qint64> readIds(const Bin& bin) const;

    // The ids of the reads with fromMs <= time < toMs, in time order.
    QList<qint64> readIdsInRange(qint64 fromMs, qint64 toMs) const;
    // The number of those reads.
    int countInRange(qint64 fromMs, qint64 toMs) const;
    // The read ids of a lane, in time order.
    QList<qint64> laneReadIds(int lane) const;

    // Where reads are: lane and time of each of the given reads found here.
    struct Position {
        int lane = 0;
        qint64 timeMs = 0;
    };
    QList<Position> positions(const QSet<qint64>& readIds) const;

    // The bin count binning actually uses for a range (see bins()).
    static int effectiveBinCount(qint64 fromMs, qint64 toMs, int binCount);
    // The bin of a time in a range cut in binCount bins (effective count),
    // or nothing when the time is outside [fromMs, toMs).
    static std::optional<int> binIndex(qint64 timeMs, qint64 fromMs, qint64 toMs, int binCount);
    // The first instant of bin i (i may be binCount: the range's end).
    static qint64 binStart(int index, qint64 fromMs, qint64 toMs, int binCount);

private:
    struct LaneData {
        std::vector<qint64> times; // sorted
        std::vector<qint64> ids;   // in the same order
    };
    void appendBins(QList<Bin>& out, int lane, qint64 fromMs, qint64 toMs, int binCount) const;

    LaneMode m_mode = LaneMode::Device;
    QList<Lane> m_lanes;
    std::vector<LaneData> m_data;
    std::vector<qint64> m_allTimes; // every read, sorted
    std::vector<qint64> m_allIds;
    int m_readCount = 0;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
};

} // namespace pl::core
