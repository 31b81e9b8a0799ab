#include "ui/map/PatternsView.h"

#include "core/common/TimeFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace pl::ui {

namespace {

enum Column { PlaceColumn, ReadsColumn, FirstColumn, LastColumn, DevicesColumn, ColumnCount };

// A bar chart of one set over fixed categories.
QChartView* barChart(const QString& title, const QStringList& categories, QBarSet* set,
                     QWidget* parent) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    // Small margins: the view sits in a short pane under the map.
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(std::max(7.0, titleFont.pointSizeF() - 1));
    chart->setTitleFont(titleFont);
    auto* series = new QBarSeries(chart);
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    QFont labels = x->labelsFont();
    labels.setPointSizeF(7);
    x->setLabelsFont(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setMin(0);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(140);
    return view;
}

template <size_t N>
void fill(QBarSet* set, const std::array<int, N>& counts, QChartView* view) {
    QList<qreal> values;
    int most = 0;
    for (const int count : counts) {
        values.append(count);
        most = std::max(most, count);
    }
    set->remove(0, set->count());
    set->append(values);
    const auto axes = view->chart()->axes(Qt::Vertical);
    for (auto* axis : axes) {
        if (auto* value = qobject_cast<QValueAxis*>(axis)) {
            value->setRange(0, std::max(1, most));
            value->applyNiceNumbers();
        }
    }
}

QString localTime(qint64 ms) {
    return core::TimeFormat::toDisplay(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

} // namespace

PatternsView::PatternsView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("patternsView"));

    m_note =
        new QLabel(tr("These figures describe only the reads of the current search result."), this);
    m_note->setObjectName(QStringLiteral("patternsNote"));
    m_note->setWordWrap(true);

    QStringList hours;
    for (int hour = 0; hour < 24; ++hour)
        hours.append(QLocale().toString(hour));
    m_hourSet = new QBarSet(tr("Reads"), this);
    m_hourChart = barChart(tr("Reads per hour of day (local time)"), hours, m_hourSet, this);
    m_hourChart->setObjectName(QStringLiteral("patternsHourChart"));

    QStringList days;
    for (int day = 1; day <= 7; ++day) // Monday first
        days.append(QLocale().dayName(day, QLocale::ShortFormat));
    m_weekdaySet = new QBarSet(tr("Reads"), this);
    m_weekdayChart = barChart(tr("Reads per day of week (local time)"), days, m_weekdaySet, this);
    m_weekdayChart->setObjectName(QStringLiteral("patternsWeekdayChart"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("patternsPlaces"));
    m_table->setHorizontalHeaderLabels(
        {tr("Place"), tr("Reads"), tr("First seen"), tr("Last seen"), tr("Devices")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* placesTitle = new QLabel(tr("Places with the most reads"), this);
    // Side by side, so the view stays short under the map.
    auto* places = new QVBoxLayout;
    places->addWidget(placesTitle);
    places->addWidget(m_table, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_hourChart, 3);
    row->addWidget(m_weekdayChart, 2);
    row->addLayout(places, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(row, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &PatternsView::placeSelectionChanged);
    refresh();
}

void PatternsView::setPoints(const core::ResultPoints& points) {
    m_points = points;
    refresh();
}

void PatternsView::setTimeZone(const QTimeZone& zone) {
    m_zone = zone;
    refresh();
}

void PatternsView::setPlaceCount(int count) {
    m_placeCount = std::max(0, count);
    refresh();
}

void PatternsView::refresh() {
    m_counts = core::ResultPatterns::countByLocalTime(m_points.points, m_zone);
    m_places = core::ResultPatterns::topPlaces(m_points, m_placeCount);
    fill(m_hourSet, m_counts.perHour, m_hourChart);
    fill(m_weekdaySet, m_counts.perWeekday, m_weekdayChart);

    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(m_places.size()));
    const QLocale locale;
    for (int row = 0; row < m_places.size(); ++row) {
        const auto& place = m_places.at(row);
        const auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            if (column == ReadsColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        set(PlaceColumn, place.label);
        set(ReadsColumn, locale.toString(place.readCount));
        set(FirstColumn, localTime(place.firstMs));
        set(LastColumn, localTime(place.lastMs));
        set(DevicesColumn, place.devices.join(QStringLiteral(", ")));
    }
    m_table->resizeColumnsToContents();
}

void PatternsView::placeSelectionChanged() {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    if (row >= 0 && row < m_places.size())
        Q_EMIT readsSelected(m_places.at(row).readIds);
}

} // namespace pl::ui
