#pragma once

#include "core/geo/SensitiveLocation.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

// The map for administrators: where street-level tiles come from (an MBTiles
// file, an agency tile server and its cache folder) and the list of sensitive
// locations the map marks, with adding, changing, removing (with a reason)
// and importing a CSV file. Every change goes through core, which audits it.
class MapPanel : public QWidget {
    Q_OBJECT
public:
    MapPanel(core::Station& station, const core::Session& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The locations shown in the table, in its row order.
    const QList<core::SensitiveLocation>& locations() const { return m_locations; }

    // Reloads the settings, the list and the caution distance.
    void reload();
    // Saves the tile settings; false with the error shown when refused.
    bool saveSettings();
    // Imports a CSV file of locations (all or nothing); false with the error shown.
    bool importFile(const QString& path);
    void addLocation();
    void editLocation();
    void removeLocation();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadSettings();
    void reloadLocations();
    void showCautionDistance();
    void updateButtons();
    void chooseImportFile();
    const core::SensitiveLocation* selected() const;
    void selectLocation(qint64 id);
    void showSettingsMessage(const QString& text, bool error);
    void showLocationsMessage(const QString& text, bool error);

    core::Station& m_station;
    const core::Session& m_session;
    QList<core::SensitiveLocation> m_locations;

    QLineEdit* m_mbtiles;
    QLineEdit* m_tileUrl;
    QLineEdit* m_cacheDir;
    QLabel* m_settingsMessage;
    QTableWidget* m_table;
    QCheckBox* m_showRemoved;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QLabel* m_caution;
    QLabel* m_locationsMessage;
};

} // namespace pl::ui
