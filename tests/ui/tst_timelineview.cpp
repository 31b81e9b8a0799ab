// The timeline and pattern views of a search result, driven through their
// public API and named children: lanes, the range selector, selection sync,
// zooming, and the pattern figures against core's.
#include "core/search/ResultPatterns.h"
#include "ui/map/PatternsView.h"
#include "ui/map/TimelineView.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QWheelEvent>

using namespace pl;
using core::ResultPoint;
using core::ResultPoints;
using ui::PatternsView;
using ui::TimelineView;

namespace {

constexpr qint64 kHour = 3600 * 1000;
// Monday 2026-03-02, 00:00 UTC.
const qint64 kT = QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

// 100 reads two hours apart (ids 1..100): Alpha takes reads 1-50 (40 at
// place P1, the last 10 without a location), Bravo 51-80 at place P2,
// Charlie 81-100 at P1 too.
ResultPoints generated() {
    ResultPoints set;
    const auto device = [](qint64 id, const QString& name) {
        ResultPoints::DeviceInfo d;
        d.id = id;
        d.name = name;
        return d;
    };
    set.devices = {device(7, QStringLiteral("Charlie")), device(5, QStringLiteral("Alpha")),
                   device(6, QStringLiteral("Bravo"))};
    for (int i = 1; i <= 100; ++i) {
        ResultPoint p;
        p.readId = i;
        p.timeMs = kT + (i - 1) * 2 * kHour;
        if (i <= 50) {
            p.device = 1;
            p.hasLocation = i <= 40;
            p.latitude = 45.0;
            p.longitude = -73.2;
        } else if (i <= 80) {
            p.device = 2;
            p.hasLocation = true;
            p.latitude = 45.03;
            p.longitude = -73.2;
        } else {
            p.device = 0;
            p.hasLocation = true;
            p.latitude = 45.0002;
            p.longitude = -73.2001;
        }
        set.points.append(p);
    }
    return set;
}

qint64 timeOf(qint64 id) {
    return kT + (id - 1) * 2 * kHour;
}

} // namespace

class TestTimelineView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init();
    void cleanup();

    void lanesByDeviceAndByPlace();
    void showsAMessageWhenEmpty();
    void setRangeEmitsAndFilters();
    void dragSelectsARange();
    void clickOnEmptySpaceClearsTheRange();
    void clickOnAMarkerSelectsItsReads();
    void selectedReadsAreHighlighted();
    void wheelZoomsAroundTheCursor();
    void keysZoomPanAndReset();
    void patternsMatchCore();
    void selectingAPlaceSelectsItsReads();

private:
    QPoint plotPoint(double xShare, double yShare) const;

    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::init() {
    m_view = std::make_unique<TimelineView>();
    m_view->resize(900, 500);
    m_view->setPoints(generated());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QCoreApplication::processEvents();
}

void TestTimelineView::cleanup() {
    m_view.reset();
}

QPoint TestTimelineView::plotPoint(double xShare, double yShare) const {
    QChart* chart = m_view->chartView()->chart();
    const QRectF plot = chart->plotArea();
    const QPointF inChart(plot.left() + xShare * plot.width(), plot.top() + yShare * plot.height());
    return m_view->chartView()->mapFromScene(chart->mapToScene(inChart));
}

void TestTimelineView::lanesByDeviceAndByPlace() {
    QCOMPARE(m_view->laneLabels(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                                                QStringLiteral("Charlie")}));
    QCOMPARE(m_view->timeline().lanes().at(0).readCount, 50);
    auto* mode = m_view->findChild<QComboBox*>(QStringLiteral("timelineLaneMode"));
    QVERIFY(mode);
    QCOMPARE(mode->currentIndex(), 0);

    m_view->setLaneMode(TimelineView::LaneMode::Place);
    QCOMPARE(mode->currentIndex(), 1);
    // P1 holds Alpha's 40 located reads and Charlie's 20.
    QCOMPARE(m_view->laneLabels(),
             (QStringList{QStringLiteral("45.000, -73.200"), QStringLiteral("45.030, -73.200"),
                          QStringLiteral("no location")}));
    QCOMPARE(m_view->timeline().lanes().at(0).readCount, 60);
    QCOMPARE(m_view->timeline().lanes().at(2).readCount, 10);
    // Every read is drawn, in one marker or another.
    int drawn = 0;
    for (const auto& bin : m_view->shownBins())
        drawn += bin.count;
    QCOMPARE(drawn, 100);

    mode->setCurrentIndex(0);
    QCOMPARE(m_view->laneMode(), TimelineView::LaneMode::Device);
    QCOMPARE(m_view->laneLabels().size(), 3);
}

void TestTimelineView::showsAMessageWhenEmpty() {
    auto* message = m_view->findChild<QLabel*>(QStringLiteral("timelineEmptyMessage"));
    QVERIFY(message);
    QVERIFY(!message->isVisible());
    m_view->setPoints(ResultPoints{});
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("No reads to show"));
    QVERIFY(!m_view->chartView()->isVisible());
    QVERIFY(m_view->shownBins().isEmpty());
    QVERIFY(m_view->laneLabels().isEmpty());
    m_view->setSelectedReads({1, 2});
    QCOMPARE(m_view->highlightedBinCount(), 0);
}

void TestTimelineView::setRangeEmitsAndFilters() {
    QSignalSpy selected(m_view.get(), &TimelineView::rangeSelected);
    QSignalSpy cleared(m_view.get(), &TimelineView::rangeCleared);
    // From read 10 (included) to read 20 (excluded).
    m_view->setRange(timeOf(10), timeOf(20));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toLongLong(), timeOf(10));
    QCOMPARE(selected.at(0).at(1).toLongLong(), timeOf(20));
    QVERIFY(m_view->selectedRange().has_value());
    QCOMPARE(m_view->selectedRange()->first, timeOf(10));
    QList<qint64> expected;
    for (qint64 id = 10; id < 20; ++id)
        expected.append(id);
    QCOMPARE(m_view->readIdsInSelectedRange(), expected);
    auto* label = m_view->findChild<QLabel*>(QStringLiteral("timelineRangeLabel"));
    QVERIFY(label->text().contains(QStringLiteral("10 read")));
    // The same range again changes nothing.
    m_view->setRange(timeOf(10), timeOf(20));
    QCOMPARE(selected.count(), 1);

    m_view->clearRange();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!m_view->selectedRange().has_value());
    QVERIFY(m_view->readIdsInSelectedRange().isEmpty());
    m_view->clearRange();
    QCOMPARE(cleared.count(), 1);
}

void TestTimelineView::dragSelectsARange() {
    QSignalSpy selected(m_view.get(), &TimelineView::rangeSelected);
    QWidget* viewport = m_view->chartView()->viewport();
    const QPoint from = plotPoint(0.25, 0.05);
    const QPoint to = plotPoint(0.5, 0.05);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, plotPoint(0.4, 0.05));
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QCOMPARE(selected.count(), 1);
    const qint64 start = selected.at(0).at(0).toLongLong();
    const qint64 end = selected.at(0).at(1).toLongLong();
    const qint64 span = m_view->visibleToMs() - m_view->visibleFromMs();
    const qint64 quarter = m_view->visibleFromMs() + span / 4;
    // Within two pixels of where the drag went.
    const qint64 pixel =
        span / static_cast<qint64>(m_view->chartView()->chart()->plotArea().width());
    QVERIFY2(std::abs(start - quarter) <= 2 * pixel, qPrintable(QString::number(start - quarter)));
    QVERIFY(std::abs(end - (m_view->visibleFromMs() + span / 2)) <= 2 * pixel);
    QVERIFY(m_view->selectedRange().has_value());
    QCOMPARE(m_view->selectedRange()->second, end);
    QVERIFY(!m_view->readIdsInSelectedRange().isEmpty());
}

void TestTimelineView::clickOnEmptySpaceClearsTheRange() {
    m_view->setRange(timeOf(10), timeOf(20));
    QSignalSpy cleared(m_view.get(), &TimelineView::rangeCleared);
    QSignalSpy reads(m_view.get(), &TimelineView::readsSelected);
    // Between the top two lanes: no marker there.
    QTest::mouseClick(m_view->chartView()->viewport(), Qt::LeftButton, {}, plotPoint(0.5, 1.0 / 3));
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(reads.count(), 0);
    QVERIFY(!m_view->selectedRange().has_value());

    m_view->setRange(timeOf(10), timeOf(20));
    m_view->chartView()->setFocus();
    QTest::keyClick(m_view->chartView(), Qt::Key_Escape);
    QCOMPARE(cleared.count(), 2);
}

void TestTimelineView::clickOnAMarkerSelectsItsReads() {
    QSignalSpy reads(m_view.get(), &TimelineView::readsSelected);
    const auto bins = m_view->shownBins();
    QVERIFY(bins.size() > 3);
    const auto bin = bins.at(bins.size() / 2);
    QTest::mouseClick(m_view->chartView()->viewport(), Qt::LeftButton, {},
                      m_view->markerPosition(bin));
    QCOMPARE(reads.count(), 1);
    const auto ids = reads.at(0).at(0).value<QList<qint64>>();
    QVERIFY(!ids.isEmpty());
    QCOMPARE(ids, m_view->timeline().readIds(bin));
    for (const qint64 id : ids) {
        QVERIFY(timeOf(id) >= bin.fromMs);
        QVERIFY(timeOf(id) < bin.toMs);
    }
    QCOMPARE(m_view->highlightedBinCount(), 1);
}

void TestTimelineView::selectedReadsAreHighlighted() {
    QCOMPARE(m_view->highlightedBinCount(), 0);
    // Reads of different devices, days apart: two markers.
    m_view->setSelectedReads({3, 90});
    QCOMPARE(m_view->highlightedBinCount(), 2);
    // Reads that are not shown are left out.
    m_view->setSelectedReads({3, 999});
    QCOMPARE(m_view->highlightedBinCount(), 1);
    m_view->setSelectedReads({});
    QCOMPARE(m_view->highlightedBinCount(), 0);
    // The highlight follows a change of lanes.
    m_view->setSelectedReads({45, 60});
    m_view->setLaneMode(TimelineView::LaneMode::Place);
    QCOMPARE(m_view->highlightedBinCount(), 2);
}

void TestTimelineView::wheelZoomsAroundTheCursor() {
    const qint64 from = m_view->visibleFromMs();
    const qint64 to = m_view->visibleToMs();
    const QPoint at = plotPoint(0.25, 0.5);
    const qint64 anchor = from + (to - from) / 4;
    QWidget* viewport = m_view->chartView()->viewport();
    QWheelEvent in(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                   Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &in);
    const qint64 span = m_view->visibleToMs() - m_view->visibleFromMs();
    QVERIFY(span < to - from);
    QVERIFY(m_view->visibleFromMs() > from);
    QVERIFY(m_view->visibleToMs() < to);
    // The time under the cursor stays put (within a pixel).
    const qint64 pixel = (to - from) / 100;
    QVERIFY(std::abs(m_view->visibleFromMs() + span / 4 - anchor) <= pixel);
    // Fewer reads in view, and the markers re-binned for it.
    for (const auto& bin : m_view->shownBins()) {
        QVERIFY(bin.fromMs >= m_view->visibleFromMs());
        QVERIFY(bin.toMs <= m_view->visibleToMs());
    }

    QWheelEvent out(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -240), Qt::NoButton,
                    Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &out);
    // Never wider than every read.
    QCOMPARE(m_view->visibleFromMs(), from);
    QCOMPARE(m_view->visibleToMs(), to);
}

void TestTimelineView::keysZoomPanAndReset() {
    const qint64 from = m_view->visibleFromMs();
    const qint64 to = m_view->visibleToMs();
    QChartView* chart = m_view->chartView();
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Plus);
    QVERIFY(std::abs(m_view->visibleToMs() - m_view->visibleFromMs() - (to - from) / 2) <= 1);
    const qint64 zoomedFrom = m_view->visibleFromMs();
    QTest::keyClick(chart, Qt::Key_Right);
    QVERIFY(m_view->visibleFromMs() > zoomedFrom);
    QTest::keyClick(chart, Qt::Key_Left);
    QTest::keyClick(chart, Qt::Key_Left);
    QVERIFY(m_view->visibleFromMs() < zoomedFrom);
    // Middle-button drag to the right shows earlier times.
    const qint64 before = m_view->visibleFromMs();
    QWidget* viewport = chart->viewport();
    QTest::mousePress(viewport, Qt::MiddleButton, {}, plotPoint(0.5, 0.5));
    QTest::mouseMove(viewport, plotPoint(0.6, 0.5));
    QTest::mouseRelease(viewport, Qt::MiddleButton, {}, plotPoint(0.6, 0.5));
    QVERIFY(m_view->visibleFromMs() < before);
    QTest::keyClick(chart, Qt::Key_Home);
    QCOMPARE(m_view->visibleFromMs(), from);
    QCOMPARE(m_view->visibleToMs(), to);
    m_view->zoomIn();
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("timelineResetZoom")),
                      Qt::LeftButton);
    QCOMPARE(m_view->visibleFromMs(), from);
}

void TestTimelineView::patternsMatchCore() {
    PatternsView view;
    view.setTimeZone(QTimeZone("America/New_York"));
    const ResultPoints set = generated();
    view.setPoints(set);
    const auto counts =
        core::ResultPatterns::countByLocalTime(set.points, QTimeZone("America/New_York"));

    auto* hourView = view.findChild<QChartView*>(QStringLiteral("patternsHourChart"));
    auto* dayView = view.findChild<QChartView*>(QStringLiteral("patternsWeekdayChart"));
    QVERIFY(hourView && dayView);
    auto* hours = qobject_cast<QBarSeries*>(hourView->chart()->series().at(0));
    auto* days = qobject_cast<QBarSeries*>(dayView->chart()->series().at(0));
    QVERIFY(hours && days);
    QCOMPARE(hours->barSets().at(0)->count(), 24);
    int total = 0;
    for (int h = 0; h < 24; ++h) {
        QCOMPARE(hours->barSets().at(0)->at(h), qreal(counts.perHour[static_cast<size_t>(h)]));
        total += counts.perHour[static_cast<size_t>(h)];
    }
    QCOMPARE(total, 100);
    // Two-hourly reads from midnight UTC, in New York: odd hours before the
    // change to daylight time on Sunday 8 March, even hours after it.
    QCOMPARE(counts.perHour[19], 7);
    QCOMPARE(counts.perHour[20], 2);
    const std::array<int, 7> perDay{24, 14, 12, 12, 12, 12, 14};
    QCOMPARE(counts.perWeekday, perDay);
    for (int d = 0; d < 7; ++d)
        QCOMPARE(days->barSets().at(0)->at(d), qreal(counts.perWeekday[static_cast<size_t>(d)]));
    auto* dayAxis = qobject_cast<QBarCategoryAxis*>(dayView->chart()->axes(Qt::Horizontal).at(0));
    QVERIFY(dayAxis);
    QCOMPARE(dayAxis->categories().first(), QLocale().dayName(1, QLocale::ShortFormat));
    QCOMPARE(dayAxis->categories().last(), QLocale().dayName(7, QLocale::ShortFormat));

    auto* table = view.findChild<QTableWidget*>(QStringLiteral("patternsPlaces"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("45.000, -73.200"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("60"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Alpha, Charlie"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("Bravo"));
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("patternsNote"))
                ->text()
                .contains(QStringLiteral("current search result")));

    view.setPoints(ResultPoints{});
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(hours->barSets().at(0)->at(5), 0.0);
}

void TestTimelineView::selectingAPlaceSelectsItsReads() {
    PatternsView view;
    view.setPoints(generated());
    QSignalSpy reads(&view, &PatternsView::readsSelected);
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("patternsPlaces"));
    table->selectRow(1);
    QCOMPARE(reads.count(), 1);
    QList<qint64> expected;
    for (qint64 id = 51; id <= 80; ++id)
        expected.append(id);
    QCOMPARE(reads.at(0).at(0).value<QList<qint64>>(), expected);
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
