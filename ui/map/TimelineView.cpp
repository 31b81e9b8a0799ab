#include "ui/map/TimelineView.h"

#include "core/common/TimeFormat.h"

#include <QBrush>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QMouseEvent>
#include <QPen>
#include <QPushButton>
#include <QScatterSeries>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pl::ui {

namespace {

constexpr qint64 kMinSpanMs = 1000;      // the deepest zoom: one second
constexpr qint64 kMinPaddingMs = 30'000; // around the reads when zoomed out
constexpr int kPixelsPerBin = 4;
constexpr int kFallbackBins = 200; // before the chart is laid out
constexpr int kDragThreshold = 4;  // pixels before a press becomes a drag
constexpr std::array<int, 4> kLevelSizes{7, 9, 12, 15};
constexpr std::array<QRgb, 4> kLevelColours{0xff9ecae1, 0xff6baed6, 0xff3182bd, 0xff08519c};

QString localTime(qint64 ms) {
    return core::TimeFormat::toDisplay(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

// Which marker a count gets: log scale of the largest count shown.
int levelOf(int count, int maxCount) {
    if (maxCount <= 1 || count <= 1)
        return 0;
    const double share =
        std::log(static_cast<double>(count)) / std::log(static_cast<double>(maxCount) + 1.0);
    return std::clamp(static_cast<int>(share * 4), 0, 3);
}

} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("timelineView"));

    m_laneMode = new QComboBox(this);
    m_laneMode->setObjectName(QStringLiteral("timelineLaneMode"));
    m_laneMode->addItem(tr("By device"));
    m_laneMode->addItem(tr("By place"));
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("timelineRangeLabel"));
    m_resetZoom = new QPushButton(tr("Reset zoom"), this);
    m_resetZoom->setObjectName(QStringLiteral("timelineResetZoom"));
    m_resetZoom->setToolTip(tr("Show every read (Home)"));

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_timeAxis = new QDateTimeAxis(m_chart);
    // The axis shows dates and times in local time; its title would only take room.
    m_laneAxis = new QCategoryAxis(m_chart);
    m_laneAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_laneAxis->setStartValue(-0.5);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_laneAxis, Qt::AlignLeft);
    for (int level = 0; level < kLevels; ++level) {
        auto* series = new QScatterSeries(m_chart);
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(kLevelSizes[static_cast<size_t>(level)]);
        series->setColor(QColor::fromRgb(kLevelColours[static_cast<size_t>(level)]));
        series->setBorderColor(QColor::fromRgb(kLevelColours[3]));
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_laneAxis);
        m_levels[static_cast<size_t>(level)] = series;
    }
    m_highlight = new QScatterSeries(m_chart);
    m_highlight->setName(tr("selected reads"));
    m_highlight->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_highlight->setMarkerSize(kLevelSizes[3] + 6);
    m_highlight->setBrush(Qt::NoBrush);
    m_highlight->setPen(QPen(QColor(0xe8, 0x59, 0x0c), 2.5));
    m_chart->addSeries(m_highlight);
    m_highlight->attachAxis(m_timeAxis);
    m_highlight->attachAxis(m_laneAxis);

    m_shade = new QGraphicsRectItem(m_chart);
    m_shade->setBrush(QColor(0xe8, 0x59, 0x0c, 50));
    m_shade->setPen(QPen(QColor(0xe8, 0x59, 0x0c, 160), 1));
    m_shade->setZValue(100);
    m_shade->hide();

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("timelineChart"));
    m_view->setRubberBand(QChartView::NoRubberBand);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);

    m_empty = new QLabel(tr("No reads to show"), this);
    m_empty->setObjectName(QStringLiteral("timelineEmptyMessage"));
    m_empty->setAlignment(Qt::AlignCenter);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_laneMode);
    bar->addWidget(m_rangeLabel, 1);
    bar->addWidget(m_resetZoom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(m_laneMode, &QComboBox::currentIndexChanged, this,
            [this](int index) { setLaneMode(index == 1 ? LaneMode::Place : LaneMode::Device); });
    connect(m_resetZoom, &QPushButton::clicked, this, &TimelineView::resetZoom);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        if (wantedBinCount() != m_binCount)
            rebin();
        else
            updateShade();
    });

    rebuildTimeline();
    resetZoom();
}

TimelineView::~TimelineView() = default;

void TimelineView::setPoints(const core::ResultPoints& points) {
    m_points = points;
    m_range.reset();
    m_selectedIds.clear();
    m_drag = Drag::None;
    rebuildTimeline();
    resetZoom();
    updateRangeLabel();
}

void TimelineView::setLaneMode(LaneMode mode) {
    const QSignalBlocker blocker(m_laneMode);
    m_laneMode->setCurrentIndex(mode == LaneMode::Place ? 1 : 0);
    if (mode == m_mode)
        return;
    m_mode = mode;
    rebuildTimeline();
    rebin();
}

void TimelineView::setMaxLanes(int lanes) {
    m_maxLanes = std::max(1, lanes);
    rebuildTimeline();
    rebin();
}

QStringList TimelineView::laneLabels() const {
    QStringList labels;
    for (const auto& lane : m_timeline.lanes())
        labels.append(lane.label);
    return labels;
}

void TimelineView::rebuildTimeline() {
    m_timeline = core::ResultTimeline(m_points, m_mode, m_maxLanes);
    m_selectedPositions = m_timeline.positions(m_selectedIds);
    const bool empty = m_timeline.isEmpty();
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_resetZoom->setEnabled(!empty);
    rebuildLaneAxis();
}

void TimelineView::rebuildLaneAxis() {
    const QStringList old = m_laneAxis->categoriesLabels();
    for (const QString& label : old)
        m_laneAxis->remove(label);
    // The lane with the most reads on top.
    const int lanes = static_cast<int>(m_timeline.lanes().size());
    for (int y = 0; y < lanes; ++y)
        m_laneAxis->append(m_timeline.lanes().at(lanes - 1 - y).label, y);
    m_laneAxis->setRange(-0.5, std::max(0, lanes - 1) + 0.5);
}

std::pair<qint64, qint64> TimelineView::fullRange() const {
    if (m_timeline.isEmpty()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        return {now - 24 * 3600 * 1000, now};
    }
    const qint64 span = m_timeline.lastMs() - m_timeline.firstMs() + 1;
    const qint64 pad = std::max(span / 50, kMinPaddingMs);
    return {m_timeline.firstMs() - pad, m_timeline.lastMs() + 1 + pad};
}

void TimelineView::resetZoom() {
    const auto [from, to] = fullRange();
    setVisibleRange(from, to);
}

void TimelineView::setVisibleRange(qint64 fromMs, qint64 toMs) {
    if (toMs - fromMs < kMinSpanMs) {
        const qint64 middle = fromMs + (toMs - fromMs) / 2;
        fromMs = middle - kMinSpanMs / 2;
        toMs = fromMs + kMinSpanMs;
    }
    // Never wider than every read, never off their ends.
    const auto [fullFrom, fullTo] = fullRange();
    const qint64 span = std::min(toMs - fromMs, fullTo - fullFrom);
    fromMs = std::clamp(fromMs, fullFrom, fullTo - span);
    toMs = fromMs + span;
    const bool changed = fromMs != m_fromMs || toMs != m_toMs;
    m_fromMs = fromMs;
    m_toMs = toMs;
    rebin();
    if (changed)
        Q_EMIT visibleRangeChanged(m_fromMs, m_toMs);
}

int TimelineView::wantedBinCount() const {
    const qreal width = m_chart->plotArea().width();
    if (width < kPixelsPerBin)
        return kFallbackBins;
    return std::max(1, static_cast<int>(width / kPixelsPerBin));
}

void TimelineView::rebin() {
    if (m_rebinning)
        return;
    m_rebinning = true;
    m_binCount = wantedBinCount();
    m_bins = m_timeline.bins(m_fromMs, m_toMs, m_binCount);

    int maxCount = 0;
    for (const Bin& bin : m_bins)
        maxCount = std::max(maxCount, bin.count);
    std::array<QList<QPointF>, kLevels> points;
    std::array<int, kLevels> least;
    least.fill(std::numeric_limits<int>::max());
    std::array<int, kLevels> most{};
    const int lanes = static_cast<int>(m_timeline.lanes().size());
    for (const Bin& bin : m_bins) {
        const auto level = static_cast<size_t>(levelOf(bin.count, maxCount));
        points[level].append(QPointF(chartX(bin.fromMs / 2 + bin.toMs / 2),
                                     static_cast<qreal>(lanes - 1 - bin.lane)));
        least[level] = std::min(least[level], bin.count);
        most[level] = std::max(most[level], bin.count);
    }
    for (size_t level = 0; level < kLevels; ++level) {
        QScatterSeries* series = m_levels[level];
        series->replace(points[level]);
        if (points[level].isEmpty())
            series->setName(QString());
        else if (least[level] == most[level])
            series->setName(tr("%n read(s)", nullptr, most[level]));
        else
            series->setName(tr("%1–%2 reads").arg(least[level]).arg(most[level]));
        const auto markers = m_chart->legend()->markers(series);
        for (QLegendMarker* marker : markers)
            marker->setVisible(!points[level].isEmpty());
    }

    const qint64 span = m_toMs - m_fromMs;
    QString format = QStringLiteral("yyyy-MM-dd");
    if (span <= 2LL * 3600 * 1000)
        format = QStringLiteral("HH:mm:ss");
    else if (span <= 3LL * 24 * 3600 * 1000)
        format = QStringLiteral("MM-dd HH:mm");
    m_timeAxis->setFormat(format);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs),
                         QDateTime::fromMSecsSinceEpoch(m_toMs));
    updateHighlight();
    updateShade();
    m_rebinning = false;
}

double TimelineView::chartX(qint64 timeMs) const {
    return static_cast<double>(timeMs);
}

void TimelineView::updateHighlight() {
    QSet<std::pair<int, int>> marked;
    for (const auto& position : std::as_const(m_selectedPositions)) {
        const auto index =
            core::ResultTimeline::binIndex(position.timeMs, m_fromMs, m_toMs, m_binCount);
        if (index)
            marked.insert({position.lane, *index});
    }
    QList<QPointF> points;
    const int lanes = static_cast<int>(m_timeline.lanes().size());
    for (const Bin& bin : std::as_const(m_bins)) {
        if (marked.contains({bin.lane, bin.index}))
            points.append(QPointF(chartX(bin.fromMs / 2 + bin.toMs / 2),
                                  static_cast<qreal>(lanes - 1 - bin.lane)));
    }
    m_highlightedBins = static_cast<int>(points.size());
    m_highlight->replace(points);
    const auto markers = m_chart->legend()->markers(m_highlight);
    for (QLegendMarker* marker : markers)
        marker->setVisible(!points.isEmpty());
}

void TimelineView::setSelectedReads(const QList<qint64>& readIds) {
    m_selectedIds = QSet<qint64>(readIds.cbegin(), readIds.cend());
    m_selectedPositions = m_timeline.positions(m_selectedIds);
    updateHighlight();
}

void TimelineView::setRange(qint64 fromMs, qint64 toMs) {
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    if (toMs == fromMs)
        toMs = fromMs + 1;
    const std::pair<qint64, qint64> range{fromMs, toMs};
    if (m_range == range)
        return;
    m_range = range;
    updateShade();
    updateRangeLabel();
    Q_EMIT rangeSelected(fromMs, toMs);
}

void TimelineView::clearRange() {
    if (!m_range)
        return;
    m_range.reset();
    updateShade();
    updateRangeLabel();
    Q_EMIT rangeCleared();
}

QList<qint64> TimelineView::readIdsInSelectedRange() const {
    if (!m_range)
        return {};
    return m_timeline.readIdsInRange(m_range->first, m_range->second);
}

void TimelineView::updateShade() {
    std::optional<std::pair<qint64, qint64>> shown = m_range;
    if (m_drag == Drag::Range && m_moved) {
        const qint64 a = timeAt(m_pressPos);
        const qint64 b = timeAt(m_lastPos);
        shown = std::pair<qint64, qint64>{std::min(a, b), std::max(a, b)};
    }
    const QRectF plot = m_chart->plotArea();
    if (!shown || plot.width() <= 0 || m_timeline.isEmpty()) {
        m_shade->hide();
        return;
    }
    const double span = static_cast<double>(m_toMs - m_fromMs);
    const auto x = [&](qint64 t) {
        const double share = static_cast<double>(t - m_fromMs) / span;
        return plot.left() + std::clamp(share, 0.0, 1.0) * plot.width();
    };
    const double left = x(shown->first);
    const double right = x(shown->second);
    if (right - left < 1 && (shown->second <= m_fromMs || shown->first >= m_toMs)) {
        m_shade->hide();
        return;
    }
    m_shade->setRect(QRectF(left, plot.top(), std::max(1.0, right - left), plot.height()));
    m_shade->show();
}

void TimelineView::updateRangeLabel() {
    if (!m_range) {
        m_rangeLabel->setText(m_timeline.isEmpty()
                                  ? QString()
                                  : tr("Drag across the timeline to select a time range."));
        return;
    }
    const int count = m_timeline.countInRange(m_range->first, m_range->second);
    m_rangeLabel->setText(tr("Selected %1 – %2: %n read(s)", nullptr, count)
                              .arg(localTime(m_range->first), localTime(m_range->second)));
}

void TimelineView::zoomIn() {
    zoomAround(m_fromMs + (m_toMs - m_fromMs) / 2, 0.5);
}

void TimelineView::zoomOut() {
    zoomAround(m_fromMs + (m_toMs - m_fromMs) / 2, 2.0);
}

void TimelineView::zoomAround(qint64 anchorMs, double factor) {
    const double span = static_cast<double>(m_toMs - m_fromMs);
    const double newSpan = std::max(static_cast<double>(kMinSpanMs), span * factor);
    const double share = static_cast<double>(anchorMs - m_fromMs) / span;
    const auto from = anchorMs - static_cast<qint64>(std::llround(share * newSpan));
    setVisibleRange(from, from + static_cast<qint64>(std::llround(newSpan)));
}

void TimelineView::panBy(qint64 deltaMs) {
    setVisibleRange(m_fromMs + deltaMs, m_toMs + deltaMs);
}

qint64 TimelineView::timeAt(const QPoint& viewportPos) const {
    const QPointF inChart = m_chart->mapFromScene(m_view->mapToScene(viewportPos));
    const QRectF plot = m_chart->plotArea();
    if (plot.width() <= 0)
        return m_fromMs;
    const double share = std::clamp((inChart.x() - plot.left()) / plot.width(), 0.0, 1.0);
    return m_fromMs + std::llround(share * static_cast<double>(m_toMs - m_fromMs));
}

QPoint TimelineView::markerPosition(const Bin& bin) const {
    const int lanes = static_cast<int>(m_timeline.lanes().size());
    const QPointF value(chartX(bin.fromMs / 2 + bin.toMs / 2),
                        static_cast<qreal>(lanes - 1 - bin.lane));
    const QPointF inChart = m_chart->mapToPosition(value, m_levels[0]);
    return m_view->mapFromScene(m_chart->mapToScene(inChart));
}

std::optional<int> TimelineView::binAt(const QPoint& viewportPos) const {
    std::optional<int> best;
    int bestDistance = std::numeric_limits<int>::max();
    const int reach = kLevelSizes[3] / 2 + 2;
    for (int i = 0; i < m_bins.size(); ++i) {
        const QPoint d = markerPosition(m_bins.at(i)) - viewportPos;
        const int distance = d.manhattanLength();
        if (std::abs(d.x()) <= reach && std::abs(d.y()) <= reach && distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QString TimelineView::binToolTip(const Bin& bin) const {
    const QString lane = m_timeline.lanes().at(bin.lane).label;
    return tr("%n read(s), %1 – %2", nullptr, bin.count)
               .arg(localTime(bin.fromMs), localTime(bin.toMs)) +
           QLatin1Char('\n') + lane;
}

bool TimelineView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport())
        return mouseEvent(event) || QWidget::eventFilter(watched, event);
    if (watched == m_view && event->type() == QEvent::KeyPress && !m_timeline.isEmpty()) {
        auto* key = static_cast<QKeyEvent*>(event);
        const qint64 step = (m_toMs - m_fromMs) / 10;
        switch (key->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return true;
        case Qt::Key_Minus:
            zoomOut();
            return true;
        case Qt::Key_Left:
            panBy(-step);
            return true;
        case Qt::Key_Right:
            panBy(step);
            return true;
        case Qt::Key_Home:
            resetZoom();
            return true;
        case Qt::Key_Escape:
            clearRange();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool TimelineView::mouseEvent(QEvent* event) {
    if (m_timeline.isEmpty())
        return false;
    switch (event->type()) {
    case QEvent::Wheel: {
        auto* wheel = static_cast<QWheelEvent*>(event);
        const double steps = wheel->angleDelta().y() / 120.0;
        if (steps == 0)
            return true;
        zoomAround(timeAt(wheel->position().toPoint()), std::pow(0.8, steps));
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        m_view->setFocus(Qt::MouseFocusReason);
        m_pressPos = mouse->position().toPoint();
        m_lastPos = m_pressPos;
        m_moved = false;
        if (mouse->button() == Qt::LeftButton)
            m_drag = Drag::Range;
        else if (mouse->button() == Qt::MiddleButton)
            m_drag = Drag::Pan;
        else
            return false;
        return true;
    }
    case QEvent::MouseMove: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QPoint pos = mouse->position().toPoint();
        if (m_drag == Drag::None) {
            const auto bin = binAt(pos);
            if (bin)
                QToolTip::showText(mouse->globalPosition().toPoint(), binToolTip(m_bins.at(*bin)),
                                   m_view->viewport());
            else
                QToolTip::hideText();
            return false;
        }
        if ((pos - m_pressPos).manhattanLength() >= kDragThreshold)
            m_moved = true;
        if (m_drag == Drag::Pan) {
            const double width = m_chart->plotArea().width();
            if (width > 0) {
                const double share = (pos.x() - m_lastPos.x()) / width;
                panBy(-std::llround(share * static_cast<double>(m_toMs - m_fromMs)));
            }
        }
        m_lastPos = pos;
        if (m_drag == Drag::Range)
            updateShade();
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const Drag drag = m_drag;
        m_drag = Drag::None;
        m_lastPos = mouse->position().toPoint();
        if (drag != Drag::Range)
            return drag == Drag::Pan;
        if (m_moved) {
            const qint64 a = timeAt(m_pressPos);
            const qint64 b = timeAt(m_lastPos);
            if (a != b)
                setRange(std::min(a, b), std::max(a, b));
            updateShade();
            return true;
        }
        const auto bin = binAt(m_pressPos);
        if (bin) {
            const QList<qint64> ids = m_timeline.readIds(m_bins.at(*bin));
            setSelectedReads(ids);
            Q_EMIT readsSelected(ids);
        } else {
            clearRange();
        }
        return true;
    }
    default:
        return false;
    }
}

} // namespace pl::ui
