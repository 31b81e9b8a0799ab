#pragma once

#include "core/search/ResultTimeline.h"
#include "core/search/SearchTypes.h"

#include <QList>
#include <QPoint>
#include <QSet>
#include <QWidget>

#include <array>
#include <optional>
#include <utility>

class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QGraphicsRectItem;
class QLabel;
class QPushButton;
class QScatterSeries;

namespace pl::ui {

// The reads of a search result over time: one lane per device or per place,
// x = local time. Reads are counted in bins of about 4 pixels of the visible
// range (ResultTimeline), so 100,000 reads draw as at most lanes x bins
// markers; a marker's size and colour show its count. Zooming re-bins.
//
// Mouse: the wheel zooms around the cursor, the middle button pans, a left
// drag selects a time range (rangeSelected; the map shows only its reads), a
// left click on a marker selects its reads (readsSelected), a click on empty
// space clears the range. Keys: + and - zoom, Left and Right pan, Home resets
// the zoom, Esc clears the range.
//
// It shows only the result set it is given: nothing here widens a search.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    using LaneMode = core::ResultTimeline::LaneMode;
    using Bin = core::ResultTimeline::Bin;

    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    // Shows these reads (the zoom is reset, the range and the selection
    // cleared without signals).
    void setPoints(const core::ResultPoints& points);
    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_mode; }
    // At most this many lanes; the smaller ones share the last (default 20).
    void setMaxLanes(int lanes);

    const core::ResultTimeline& timeline() const { return m_timeline; }
    QStringList laneLabels() const;

    // The visible time range [from, to), UTC ms.
    qint64 visibleFromMs() const { return m_fromMs; }
    qint64 visibleToMs() const { return m_toMs; }
    void setVisibleRange(qint64 fromMs, qint64 toMs);

    // The selected time range [from, to), if any, and the reads in it.
    std::optional<std::pair<qint64, qint64>> selectedRange() const { return m_range; }
    QList<qint64> readIdsInSelectedRange() const;

    // The markers drawn: the non-empty bins of the visible range.
    const QList<Bin>& shownBins() const { return m_bins; }
    // How many of them hold a selected read (drawn with an outline).
    int highlightedBinCount() const { return m_highlightedBins; }
    // Where a shown bin's marker is, in the chart view's viewport.
    QPoint markerPosition(const Bin& bin) const;
    // The chart view (its viewport takes the mouse).
    QChartView* chartView() const { return m_view; }

public Q_SLOTS:
    // Selects [fromMs, toMs) (shaded) and emits rangeSelected when it changed.
    void setRange(qint64 fromMs, qint64 toMs);
    // Clears the selected range; emits rangeCleared if there was one.
    void clearRange();
    // Outlines the bins holding these reads (from the map or the table).
    void setSelectedReads(const QList<qint64>& readIds);
    // Shows every read.
    void resetZoom();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void rangeSelected(qint64 fromMs, qint64 toMs);
    void rangeCleared();
    void readsSelected(const QList<qint64>& readIds);
    void visibleRangeChanged(qint64 fromMs, qint64 toMs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static constexpr int kLevels = 4;

    void rebuildTimeline();
    void rebuildLaneAxis();
    void rebin();
    void updateHighlight();
    void updateShade();
    void updateRangeLabel();
    int wantedBinCount() const;
    std::pair<qint64, qint64> fullRange() const;
    void zoomAround(qint64 anchorMs, double factor);
    void panBy(qint64 deltaMs);
    qint64 timeAt(const QPoint& viewportPos) const;
    double chartX(qint64 timeMs) const;
    std::optional<int> binAt(const QPoint& viewportPos) const;
    QString binToolTip(const Bin& bin) const;
    bool mouseEvent(QEvent* event);

    core::ResultPoints m_points;
    core::ResultTimeline m_timeline;
    LaneMode m_mode = LaneMode::Device;
    int m_maxLanes = 20;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 1;
    int m_binCount = 0;
    QList<Bin> m_bins;
    std::optional<std::pair<qint64, qint64>> m_range;
    QSet<qint64> m_selectedIds;
    QList<core::ResultTimeline::Position> m_selectedPositions;
    int m_highlightedBins = 0;

    // Mouse gestures.
    enum class Drag { None, Range, Pan };
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_moved = false;

    QComboBox* m_laneMode = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QPushButton* m_resetZoom = nullptr;
    QLabel* m_empty = nullptr;
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QDateTimeAxis* m_timeAxis = nullptr;
    QCategoryAxis* m_laneAxis = nullptr;
    std::array<QScatterSeries*, kLevels> m_levels{};
    QScatterSeries* m_highlight = nullptr;
    QGraphicsRectItem* m_shade = nullptr;
    bool m_rebinning = false;
};

} // namespace pl::ui
