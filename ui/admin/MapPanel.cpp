#include "ui/admin/MapPanel.h"

#include "core/geo/MapSettingsService.h"
#include "core/geo/SensitiveLocationService.h"
#include "core/policy/PolicySettings.h"
#include "core/station/Station.h"
#include "ui/admin/SensitiveLocationDialog.h"
#include "ui/cases/NoteDialog.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pl::ui {

namespace {

enum Column { NameColumn, CategoryColumn, LatitudeColumn, LongitudeColumn, NoteColumn };

const QString kErrorStyle = QStringLiteral("color: #b00020;");

QWidget* withButton(QWidget* parent, QLineEdit* edit, QPushButton* button) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    row->setFocusProxy(edit);
    return row;
}

} // namespace

MapPanel::MapPanel(core::Station& station, const core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_mbtiles(new QLineEdit(this))
    , m_tileUrl(new QLineEdit(this))
    , m_cacheDir(new QLineEdit(this))
    , m_settingsMessage(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_showRemoved(new QCheckBox(tr("Show &removed locations"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("Re&move…"), this))
    , m_caution(new QLabel(this))
    , m_locationsMessage(new QLabel(this)) {
    setObjectName(QStringLiteral("mapPanel"));

    // Street-level tiles.
    auto* tiles = new QGroupBox(tr("Street-level tiles"), this);
    tiles->setObjectName(QStringLiteral("tilesGroup"));
    auto* tilesIntro = new QLabel(
        tr("The map works offline. For street detail it can show the agency's own map data: "
           "an MBTiles file, or tiles from an agency-internal tile server kept in a cache "
           "folder. Leave a field empty not to use it. Changes are recorded in the audit trail."),
        tiles);
    tilesIntro->setWordWrap(true);
    m_mbtiles->setObjectName(QStringLiteral("mbtilesPath"));
    m_mbtiles->setPlaceholderText(tr("e.g. /srv/maps/county.mbtiles"));
    m_tileUrl->setObjectName(QStringLiteral("tileUrl"));
    m_tileUrl->setPlaceholderText(tr("e.g. https://tiles.agency.local/{z}/{x}/{y}.png"));
    m_cacheDir->setObjectName(QStringLiteral("tileCacheDir"));
    m_cacheDir->setPlaceholderText(tr("folder for tiles fetched from the server"));
    auto* browseMbtiles = new QPushButton(tr("&Browse…"), tiles);
    browseMbtiles->setObjectName(QStringLiteral("browseMbtilesButton"));
    auto* browseCache = new QPushButton(tr("Bro&wse…"), tiles);
    browseCache->setObjectName(QStringLiteral("browseCacheButton"));
    auto* save = new QPushButton(tr("&Save tile settings"), tiles);
    save->setObjectName(QStringLiteral("saveMapSettingsButton"));
    m_settingsMessage->setObjectName(QStringLiteral("mapSettingsMessage"));
    m_settingsMessage->setWordWrap(true);

    auto* tilesForm = new QFormLayout;
    tilesForm->addRow(tr("MBTiles &file:"), withButton(tiles, m_mbtiles, browseMbtiles));
    tilesForm->addRow(tr("Tile server &URL:"), m_tileUrl);
    tilesForm->addRow(tr("&Cache folder:"), withButton(tiles, m_cacheDir, browseCache));
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addStretch();
    auto* tilesLayout = new QVBoxLayout(tiles);
    tilesLayout->addWidget(tilesIntro);
    tilesLayout->addLayout(tilesForm);
    tilesLayout->addLayout(saveRow);
    tilesLayout->addWidget(m_settingsMessage);

    // Sensitive locations.
    auto* sensitive = new QGroupBox(tr("Sensitive locations"), this);
    sensitive->setObjectName(QStringLiteral("sensitiveGroup"));
    auto* sensitiveIntro =
        new QLabel(tr("Schools, places of worship and medical facilities the map marks. A "
                      "removed location is kept with the reason it was removed."),
                   sensitive);
    sensitiveIntro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("sensitiveTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Category"), tr("Latitude"), tr("Longitude"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_showRemoved->setObjectName(QStringLiteral("showRemoved"));
    auto* add = new QPushButton(tr("&Add…"), sensitive);
    add->setObjectName(QStringLiteral("addLocationButton"));
    m_edit->setObjectName(QStringLiteral("editLocationButton"));
    m_remove->setObjectName(QStringLiteral("removeLocationButton"));
    auto* import = new QPushButton(tr("&Import CSV…"), sensitive);
    import->setObjectName(QStringLiteral("importLocationsButton"));
    import->setToolTip(tr("A CSV file with a header line naming the columns name, category "
                          "(school, worship, medical or other), latitude, longitude and "
                          "optionally note. If any line is wrong, nothing is imported."));
    m_caution->setObjectName(QStringLiteral("cautionNote"));
    m_caution->setWordWrap(true);
    m_locationsMessage->setObjectName(QStringLiteral("locationsMessage"));
    m_locationsMessage->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addWidget(import);
    buttons->addStretch();
    buttons->addWidget(m_showRemoved);
    auto* sensitiveLayout = new QVBoxLayout(sensitive);
    sensitiveLayout->addWidget(sensitiveIntro);
    sensitiveLayout->addLayout(buttons);
    sensitiveLayout->addWidget(m_table, 1);
    sensitiveLayout->addWidget(m_caution);
    sensitiveLayout->addWidget(m_locationsMessage);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tiles);
    layout->addWidget(sensitive, 1);

    connect(browseMbtiles, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose an MBTiles file"), QFileInfo(m_mbtiles->text()).path(),
            tr("MBTiles files (*.mbtiles);;All files (*)"));
        if (!path.isEmpty())
            m_mbtiles->setText(path);
    });
    connect(browseCache, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(
            this, tr("Choose the tile cache folder"), m_cacheDir->text());
        if (!path.isEmpty())
            m_cacheDir->setText(path);
    });
    connect(save, &QPushButton::clicked, this, &MapPanel::saveSettings);
    connect(add, &QPushButton::clicked, this, &MapPanel::addLocation);
    connect(m_edit, &QPushButton::clicked, this, &MapPanel::editLocation);
    connect(m_remove, &QPushButton::clicked, this, &MapPanel::removeLocation);
    connect(import, &QPushButton::clicked, this, &MapPanel::chooseImportFile);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &MapPanel::editLocation);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MapPanel::updateButtons);
    connect(m_showRemoved, &QCheckBox::toggled, this, &MapPanel::reloadLocations);
    reload();
}

void MapPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // The caution distance is changed on the policy tab.
    showCautionDistance();
}

void MapPanel::reload() {
    reloadSettings();
    reloadLocations();
    showCautionDistance();
}

void MapPanel::reloadSettings() {
    auto settings = m_station.mapSettings().mapSettings(m_session);
    if (!settings) {
        showSettingsMessage(settings.error().message(), true);
        return;
    }
    m_mbtiles->setText(settings->mbtilesPath);
    m_tileUrl->setText(settings->tileUrl);
    m_cacheDir->setText(settings->tileCacheDir);
}

void MapPanel::showCautionDistance() {
    auto policy = m_station.currentPolicy();
    if (!policy)
        return;
    const QString key = core::PolicySettings::sensitiveCautionMetres();
    m_caution->setText(tr("The map shows a caution for a read within %1 %2 of a location "
                          "in use. Change the distance on the Policy tab (\"%3\").")
                           .arg(QLocale().toString(policy->sensitiveCautionMetres()),
                                core::PolicySettings::unit(key), core::PolicySettings::label(key)));
}

void MapPanel::reloadLocations() {
    const qint64 keep = selected() ? selected()->id : 0;
    auto listed = m_station.sensitiveLocations().list(m_session, m_showRemoved->isChecked());
    if (!listed) {
        showLocationsMessage(listed.error().message(), true);
        return;
    }
    m_locations = listed.value();
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(m_locations.size()));
    const QLocale c = QLocale::c();
    for (int row = 0; row < m_locations.size(); ++row) {
        const core::SensitiveLocation& s = m_locations[row];
        const QString name =
            s.isRemoved() ? tr("%1 (removed: %2)").arg(s.name, s.removedReason) : s.name;
        const QStringList texts = {name, core::SensitiveLocation::categoryLabel(s.category),
                                   c.toString(s.latitude, 'f', 6), c.toString(s.longitude, 'f', 6),
                                   s.note};
        for (int column = 0; column < texts.size(); ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            item->setData(Qt::UserRole, s.id);
            if (s.isRemoved())
                item->setForeground(QColor(0x77, 0x77, 0x77));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (keep)
        selectLocation(keep);
    updateButtons();
}

const core::SensitiveLocation* MapPanel::selected() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_locations.size() || !m_table->selectionModel()->hasSelection())
        return nullptr;
    return &m_locations[row];
}

void MapPanel::selectLocation(qint64 id) {
    for (int row = 0; row < m_locations.size(); ++row) {
        if (m_locations[row].id == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void MapPanel::updateButtons() {
    const core::SensitiveLocation* s = selected();
    m_edit->setEnabled(s && !s->isRemoved());
    m_remove->setEnabled(s && !s->isRemoved());
}

void MapPanel::showSettingsMessage(const QString& text, bool error) {
    m_settingsMessage->setStyleSheet(error ? kErrorStyle : QString());
    m_settingsMessage->setText(text);
}

void MapPanel::showLocationsMessage(const QString& text, bool error) {
    m_locationsMessage->setStyleSheet(error ? kErrorStyle : QString());
    m_locationsMessage->setText(text);
}

bool MapPanel::saveSettings() {
    core::MapSettings settings;
    settings.mbtilesPath = m_mbtiles->text().trimmed();
    settings.tileUrl = m_tileUrl->text().trimmed();
    settings.tileCacheDir = m_cacheDir->text().trimmed();
    auto saved = m_station.mapSettings().setMapSettings(m_session, settings);
    if (!saved) {
        showSettingsMessage(saved.error().message(), true);
        return false;
    }
    showSettingsMessage(tr("The tile settings are saved."), false);
    reloadSettings();
    return true;
}

void MapPanel::addLocation() {
    auto* dialog = new SensitiveLocationDialog(std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog] {
        auto input = dialog->input();
        if (!input)
            return;
        auto added = m_station.sensitiveLocations().add(m_session, *input);
        if (!added) {
            dialog->showError(added.error().message());
            return;
        }
        dialog->accept();
        reloadLocations();
        selectLocation(added->id);
        showLocationsMessage(tr("\"%1\" is added.").arg(added->name), false);
    });
    dialog->open();
}

void MapPanel::editLocation() {
    const core::SensitiveLocation* s = selected();
    if (!s || s->isRemoved())
        return;
    const qint64 id = s->id;
    auto* dialog = new SensitiveLocationDialog(*s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog, id] {
        auto input = dialog->input();
        if (!input)
            return;
        auto edited = m_station.sensitiveLocations().edit(m_session, id, *input);
        if (!edited) {
            dialog->showError(edited.error().message());
            return;
        }
        dialog->accept();
        reloadLocations();
        selectLocation(id);
        showLocationsMessage(tr("\"%1\" is saved.").arg(edited->name), false);
    });
    dialog->open();
}

void MapPanel::removeLocation() {
    const core::SensitiveLocation* s = selected();
    if (!s || s->isRemoved())
        return;
    const qint64 id = s->id;
    const QString name = s->name;
    auto* dialog = new NoteDialog(
        tr("Remove %1").arg(name),
        tr("Remove \"%1\" from the map's sensitive locations? It is kept, with your reason, "
           "and no longer shown or cautioned about.")
            .arg(name),
        tr("&Reason:"), tr("Remove location"), true, this);
    dialog->setObjectName(QStringLiteral("removeLocationDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::submitted, this, [this, dialog, id, name] {
        auto reason = dialog->note();
        if (!reason)
            return;
        auto removed = m_station.sensitiveLocations().remove(m_session, id, *reason);
        if (!removed) {
            dialog->showError(removed.error().message());
            return;
        }
        dialog->accept();
        reloadLocations();
        showLocationsMessage(tr("\"%1\" is removed.").arg(name), false);
    });
    dialog->open();
}

void MapPanel::chooseImportFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import sensitive locations"), QString(),
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool MapPanel::importFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showLocationsMessage(tr("\"%1\" cannot be read: %2").arg(path, file.errorString()), true);
        return false;
    }
    auto imported = m_station.sensitiveLocations().importCsv(m_session, file.readAll(),
                                                             QFileInfo(path).fileName());
    if (!imported) {
        showLocationsMessage(imported.error().message(), true);
        return false;
    }
    reloadLocations();
    showLocationsMessage(tr("%n location(s) imported from %1.", nullptr, imported.value())
                             .arg(QFileInfo(path).fileName()),
                         false);
    return true;
}

} // namespace pl::ui
