#pragma once

#include "core/search/ResultPatterns.h"
#include "core/search/SearchTypes.h"

#include <QList>
#include <QTimeZone>
#include <QWidget>

class QBarSet;
class QChartView;
class QLabel;
class QTableWidget;

namespace pl::ui {

// Simple patterns of a search result: reads per hour of day and per day of
// week (local time) and the places with the most reads. A line says the
// figures describe only the current result. Selecting a place row selects
// its reads (readsSelected), for the map, the timeline and the table.
class PatternsView : public QWidget {
    Q_OBJECT
public:
    explicit PatternsView(QWidget* parent = nullptr);

    void setPoints(const core::ResultPoints& points);
    // The zone the hours and days are counted in (default: the system's).
    void setTimeZone(const QTimeZone& zone);
    // How many places the table lists (default 20).
    void setPlaceCount(int count);

    const core::ResultPatterns::LocalTimeCounts& counts() const { return m_counts; }
    const QList<core::ResultPatterns::Place>& places() const { return m_places; }

Q_SIGNALS:
    void readsSelected(const QList<qint64>& readIds);

private:
    void refresh();
    void placeSelectionChanged();

    core::ResultPoints m_points;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_placeCount = 20;
    core::ResultPatterns::LocalTimeCounts m_counts;
    QList<core::ResultPatterns::Place> m_places;

    QLabel* m_note = nullptr;
    QChartView* m_hourChart = nullptr;
    QChartView* m_weekdayChart = nullptr;
    QBarSet* m_hourSet = nullptr;
    QBarSet* m_weekdaySet = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace pl::ui
