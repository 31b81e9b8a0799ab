#include "core/search/ResultTimeline.h"

#include "core/search/PlaceGrid.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>
#include <tuple>

namespace pl::core {

namespace {

class LaneText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::ResultTimeline)
public:
    static QString unknownDevice() { return tr("unknown device"); }
    static QString unnamedDevice(qint64 id) { return tr("device %1").arg(id); }
    static QString sameName(const QString& name, qint64 id) {
        //: Two devices have the same name: the name and the device's number.
        return tr("%1 (#%2)").arg(name).arg(id);
    }
    static QString noLocation() { return tr("no location"); }
    static QString otherDevices(int n) { return tr("%n other device(s)", nullptr, n); }
    static QString otherPlaces(int n) { return tr("%n other place(s)", nullptr, n); }
};

constexpr qint64 noLocationKey = std::numeric_limits<qint64>::min();
constexpr qint64 unknownDeviceKey = -1;

// The reads of one lane while lanes are built.
struct Group {
    qint64 key = 0;
    PlaceGrid::Cell cell;
    int device = -1; // device lanes: the device index, -1 unknown
    qint64 firstMs = std::numeric_limits<qint64>::max();
    QList<int> points;
};

void fill(std::vector<qint64>& times, std::vector<qint64>& ids, const QList<ResultPoint>& points,
          const QList<int>& indices) {
    std::vector<int> order(indices.cbegin(), indices.cend());
    std::sort(order.begin(), order.end(), [&points](int a, int b) {
        const ResultPoint& pa = points.at(a);
        const ResultPoint& pb = points.at(b);
        return std::tie(pa.timeMs, pa.readId) < std::tie(pb.timeMs, pb.readId);
    });
    times.reserve(order.size());
    ids.reserve(order.size());
    for (const int i : order) {
        times.push_back(points.at(i).timeMs);
        ids.push_back(points.at(i).readId);
    }
}

} // namespace

ResultTimeline::ResultTimeline(const ResultPoints& points, LaneMode mode, int maxLanes)
    : m_mode(mode) {
    const QList<ResultPoint>& all = points.points;
    m_readCount = static_cast<int>(all.size());
    if (all.isEmpty())
        return;

    QHash<qint64, int> groupOf;
    std::vector<Group> groups;
    for (int i = 0; i < all.size(); ++i) {
        const ResultPoint& point = all.at(i);
        Group group;
        if (mode == LaneMode::Device) {
            const bool known = point.device >= 0 && point.device < points.devices.size();
            group.device = known ? point.device : -1;
            group.key = known ? point.device : unknownDeviceKey;
        } else if (point.hasLocation) {
            group.cell = PlaceGrid::cellOf(point.latitude, point.longitude);
            group.key = PlaceGrid::key(group.cell);
        } else {
            group.key = noLocationKey;
        }
        auto it = groupOf.constFind(group.key);
        if (it == groupOf.cend()) {
            it = groupOf.insert(group.key, static_cast<int>(groups.size()));
            groups.push_back(group);
        }
        Group& target = groups[static_cast<size_t>(it.value())];
        target.points.append(i);
        target.firstMs = std::min(target.firstMs, point.timeMs);
    }

    const auto deviceName = [&points](const Group& g) {
        return g.device >= 0 ? points.devices.at(g.device).name : QString();
    };
    std::sort(groups.begin(), groups.end(), [&](const Group& a, const Group& b) {
        if (a.points.size() != b.points.size())
            return a.points.size() > b.points.size();
        if (mode == LaneMode::Device) {
            // Unknown devices last among equals.
            if ((a.device < 0) != (b.device < 0))
                return b.device < 0;
            const int byName = QString::compare(deviceName(a), deviceName(b));
            if (byName != 0)
                return byName < 0;
            return a.device < b.device;
        }
        if ((a.key == noLocationKey) != (b.key == noLocationKey))
            return b.key == noLocationKey;
        if (a.firstMs != b.firstMs)
            return a.firstMs < b.firstMs;
        return a.cell < b.cell;
    });

    // Device names that appear more than once get the device's number.
    QHash<QString, int> nameUses;
    if (mode == LaneMode::Device) {
        for (const Group& g : groups) {
            if (g.device >= 0)
                ++nameUses[deviceName(g)];
        }
    }

    const int keep = maxLanes > 0 && static_cast<int>(groups.size()) > maxLanes
                         ? maxLanes - 1
                         : static_cast<int>(groups.size());
    for (int g = 0; g < keep; ++g) {
        const Group& group = groups[static_cast<size_t>(g)];
        Lane lane;
        lane.readCount = static_cast<int>(group.points.size());
        if (mode == LaneMode::Device) {
            if (group.device < 0) {
                lane.label = LaneText::unknownDevice();
            } else {
                const ResultPoints::DeviceInfo& device = points.devices.at(group.device);
                lane.label = device.name.isEmpty() ? LaneText::unnamedDevice(device.id)
                             : nameUses.value(device.name) > 1
                                 ? LaneText::sameName(device.name, device.id)
                                 : device.name;
                lane.latitude = device.latitude;
                lane.longitude = device.longitude;
            }
        } else if (group.key == noLocationKey) {
            lane.label = LaneText::noLocation();
        } else {
            lane.label = PlaceGrid::label(group.cell);
            lane.latitude = PlaceGrid::centreLatitude(group.cell);
            lane.longitude = PlaceGrid::centreLongitude(group.cell);
        }
        m_lanes.append(lane);
        LaneData data;
        fill(data.times, data.ids, all, group.points);
        m_data.push_back(std::move(data));
    }
    if (keep < static_cast<int>(groups.size())) {
        const int merged = static_cast<int>(groups.size()) - keep;
        QList<int> rest;
        for (size_t g = static_cast<size_t>(keep); g < groups.size(); ++g)
            rest.append(groups[g].points);
        Lane lane;
        lane.label = mode == LaneMode::Device ? LaneText::otherDevices(merged)
                                              : LaneText::otherPlaces(merged);
        lane.readCount = static_cast<int>(rest.size());
        lane.merged = true;
        m_lanes.append(lane);
        LaneData data;
        fill(data.times, data.ids, all, rest);
        m_data.push_back(std::move(data));
    }

    QList<int> everything(all.size());
    std::iota(everything.begin(), everything.end(), 0);
    fill(m_allTimes, m_allIds, all, everything);
    m_firstMs = m_allTimes.front();
    m_lastMs = m_allTimes.back();
}

int ResultTimeline::effectiveBinCount(qint64 fromMs, qint64 toMs, int binCount) {
    if (toMs <= fromMs || binCount < 1)
        return 0;
    const qint64 span = toMs - fromMs;
    qint64 n = std::min<qint64>(binCount, span);
    n = std::min<qint64>(n, std::max<qint64>(1, std::numeric_limits<qint64>::max() / span));
    return static_cast<int>(n);
}

std::optional<int> ResultTimeline::binIndex(qint64 timeMs, qint64 fromMs, qint64 toMs,
                                            int binCount) {
    const int n = effectiveBinCount(fromMs, toMs, binCount);
    if (n == 0 || timeMs < fromMs || timeMs >= toMs)
        return std::nullopt;
    return static_cast<int>((timeMs - fromMs) * n / (toMs - fromMs));
}

qint64 ResultTimeline::binStart(int index, qint64 fromMs, qint64 toMs, int binCount) {
    const int n = effectiveBinCount(fromMs, toMs, binCount);
    if (n == 0)
        return fromMs;
    const qint64 scaled = static_cast<qint64>(index) * (toMs - fromMs);
    return fromMs + scaled / n + (scaled % n != 0 ? 1 : 0);
}

void ResultTimeline::appendBins(QList<Bin>& out, int lane, qint64 fromMs, qint64 toMs,
                                int binCount) const {
    const int n = effectiveBinCount(fromMs, toMs, binCount);
    if (n == 0 || lane < 0 || lane >= m_lanes.size())
        return;
    const std::vector<qint64>& times = m_data[static_cast<size_t>(lane)].times;
    const auto begin = times.cbegin();
    auto at = std::lower_bound(begin, times.cend(), fromMs);
    const auto end = std::lower_bound(at, times.cend(), toMs);
    while (at != end) {
        const int index = static_cast<int>((*at - fromMs) * n / (toMs - fromMs));
        const qint64 binEnd = binStart(index + 1, fromMs, toMs, n);
        const auto next = std::lower_bound(at, end, binEnd);
        Bin bin;
        bin.lane = lane;
        bin.index = index;
        bin.fromMs = binStart(index, fromMs, toMs, n);
        bin.toMs = binEnd;
        bin.count = static_cast<int>(next - at);
        bin.first = static_cast<int>(at - begin);
        out.append(bin);
        at = next;
    }
}

QList<ResultTimeline::Bin> ResultTimeline::bins(qint64 fromMs, qint64 toMs, int binCount) const {
    QList<Bin> out;
    for (int lane = 0; lane < m_lanes.size(); ++lane)
        appendBins(out, lane, fromMs, toMs, binCount);
    return out;
}

QList<ResultTimeline::Bin> ResultTimeline::laneBins(int lane, qint64 fromMs, qint64 toMs,
                                                    int binCount) const {
    QList<Bin> out;
    appendBins(out, lane, fromMs, toMs, binCount);
    return out;
}

QList<qint64> ResultTimeline::readIds(const Bin& bin) const {
    if (bin.lane < 0 || bin.lane >= m_lanes.size() || bin.count <= 0 || bin.first < 0)
        return {};
    const std::vector<qint64>& ids = m_data[static_cast<size_t>(bin.lane)].ids;
    const size_t first = static_cast<size_t>(bin.first);
    const size_t last = std::min(ids.size(), first + static_cast<size_t>(bin.count));
    if (first >= last)
        return {};
    return QList<qint64>(ids.cbegin() + static_cast<std::ptrdiff_t>(first),
                         ids.cbegin() + static_cast<std::ptrdiff_t>(last));
}

QList<qint64> ResultTimeline::readIdsInRange(qint64 fromMs, qint64 toMs) const {
    if (toMs <= fromMs)
        return {};
    const auto begin = std::lower_bound(m_allTimes.cbegin(), m_allTimes.cend(), fromMs);
    const auto end = std::lower_bound(begin, m_allTimes.cend(), toMs);
    const auto offset = begin - m_allTimes.cbegin();
    return QList<qint64>(m_allIds.cbegin() + offset,
                         m_allIds.cbegin() + (end - m_allTimes.cbegin()));
}

int ResultTimeline::countInRange(qint64 fromMs, qint64 toMs) const {
    if (toMs <= fromMs)
        return 0;
    const auto begin = std::lower_bound(m_allTimes.cbegin(), m_allTimes.cend(), fromMs);
    const auto end = std::lower_bound(begin, m_allTimes.cend(), toMs);
    return static_cast<int>(end - begin);
}

QList<qint64> ResultTimeline::laneReadIds(int lane) const {
    if (lane < 0 || lane >= m_lanes.size())
        return {};
    const std::vector<qint64>& ids = m_data[static_cast<size_t>(lane)].ids;
    return QList<qint64>(ids.cbegin(), ids.cend());
}

QList<ResultTimeline::Position> ResultTimeline::positions(const QSet<qint64>& readIds) const {
    QList<Position> out;
    if (readIds.isEmpty())
        return out;
    for (size_t lane = 0; lane < m_data.size(); ++lane) {
        const LaneData& data = m_data[lane];
        for (size_t i = 0; i < data.ids.size(); ++i) {
            if (readIds.contains(data.ids[i]))
                out.append(Position{static_cast<int>(lane), data.times[i]});
        }
    }
    return out;
}

} // namespace pl::core
