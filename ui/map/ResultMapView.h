#pragma once

#include "core/search/SearchTypes.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class MapView;
class PatternsView;
class TileSource;
class TimelineView;

// Where and when the reads of a search were taken: the map, the reads
// selected on it (with any sensitive-location caution) and the timeline
// and pattern aids of the same, already audited, result. Selecting reads in
// one view selects them in the others; opening one asks for its
// verification (readActivated). Nothing here widens the search.
class ResultMapView : public QWidget {
    Q_OBJECT
public:
    ResultMapView(core::Station& station, const core::Session& session, QWidget* parent = nullptr);

    // The result to show; its reads are loaded when the view is first shown.
    void setResult(const core::SearchResult& result);
    void clear();
    // Loads the result's reads now if they are not loaded yet.
    bool ensureLoaded();

    MapView* map() const { return m_map; }
    TimelineView* timeline() const { return m_timeline; }
    PatternsView* patterns() const { return m_patterns; }
    // The street-level source in use (MBTiles or tile server), if any.
    TileSource* overlaySource() const { return m_overlay; }
    const core::ResultPoints& points() const { return m_points; }
    void setSelectedReads(const QList<qint64>& readIds);
    QList<qint64> selectedReads() const { return m_selection; }
    // The reads drawn now: located, and within the timeline's range if one
    // is chosen.
    QList<qint64> shownReads() const;

    // Writes the map and timeline as one PNG with the case, the export's
    // audit reference and the "not sole basis" notice. Audited before it is
    // written; false with the message shown when refused or not written.
    bool exportPng(const QString& path);
    QImage renderImage(qint64 reference) const;
    QString message() const;

Q_SIGNALS:
    void readSelected(qint64 readId);
    void readActivated(qint64 readId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void select(const QList<qint64>& readIds, QObject* origin);
    void showSelection();
    void showError(const QString& message);
    void showStatus(const QString& message);
    void chooseExport();
    void loadLayers();
    void setRange(std::optional<std::pair<qint64, qint64>> range);

    core::Station& m_station;
    const core::Session& m_session;
    core::SearchResult m_result;
    bool m_loaded = true;
    core::ResultPoints m_points;
    QHash<qint64, int> m_indexOfRead; // read id -> index in m_result.readIds
    QList<qint64> m_selection;
    std::optional<std::pair<qint64, qint64>> m_range;

    bool m_layersLoaded = false;
    TileSource* m_base = nullptr;
    TileSource* m_overlay = nullptr;
    QString m_layerProblem;

    MapView* m_map;
    TimelineView* m_timeline;
    PatternsView* m_patterns;
    QTabWidget* m_below;
    QCheckBox* m_path;
    QCheckBox* m_sensitive;
    QPushButton* m_fit;
    QPushButton* m_export;
    QLabel* m_summary;
    QTableWidget* m_selected;
    QLabel* m_caution;
    QPushButton* m_open;
    QLabel* m_message;
};

} // namespace pl::ui
