#pragma once

#include <QWidget>

class QComboBox;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace pl::core {
class Station;
struct Session;
struct SearchRequest;
} // namespace pl::core

namespace pl::ui {

class ResultMapView;
class SearchResultModel;

// Searching reads, always for an open case and with a reason. The page shows
// how far back the case's searches may reach and why; the plate may be
// exact, contain wildcards (? and *), be part of a plate, or be matched with
// look-alike characters (similar). Results load as the table scrolls; each
// read opens for verification against its images (Return or double-click).
// Those who may see maps also get the result's map and timeline beside the
// table, selecting together.
class SearchPage : public QWidget {
    Q_OBJECT
public:
    SearchPage(core::Station& station, const core::Session& session, QWidget* parent = nullptr);

    // Reloads the open cases and the devices.
    void reload();
    // Runs the search as the form says; false (with the message shown) if
    // core refused it.
    bool search();
    void verifySelected();
    void linkSelected();
    SearchResultModel* model() const { return m_model; }
    // The map and timeline of the result; nullptr for those who may not see them.
    ResultMapView* mapView() const { return m_mapView; }
    // Opens a read of the result for verification.
    void verifyRead(qint64 readId);
    // The table's row of a read of the result, loading rows up to it; -1 if
    // it is not there.
    int rowOfRead(qint64 readId);
    QString caseNumber() const;

private:
    void showWindow();
    bool buildRequest(core::SearchRequest& request);
    void showError(const QString& message);
    void showStatus(const QString& message);
    void updateButtons();
    void verifyRow(int row);

    core::Station& m_station;
    const core::Session& m_session;
    QComboBox* m_case;
    QLineEdit* m_reason;
    QLineEdit* m_onBehalfOf;
    QLabel* m_window;
    QLineEdit* m_pattern;
    QComboBox* m_mode;
    QCheckBox* m_useFrom;
    QDateTimeEdit* m_from;
    QCheckBox* m_useTo;
    QDateTimeEdit* m_to;
    QLineEdit* m_state;
    QComboBox* m_device;
    QComboBox* m_areaShape;
    QStackedWidget* m_areaFields;
    QLineEdit* m_latitude;
    QLineEdit* m_longitude;
    QLineEdit* m_radius;
    QLineEdit* m_south;
    QLineEdit* m_west;
    QLineEdit* m_north;
    QLineEdit* m_east;
    QPushButton* m_search;
    QLabel* m_message;
    SearchResultModel* m_model;
    QTableView* m_table;
    QTabWidget* m_views;
    ResultMapView* m_mapView;
    bool m_syncing = false;
    QPushButton* m_verify;
    QPushButton* m_link;
};

} // namespace pl::ui
