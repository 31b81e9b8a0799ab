#include "ui/map/ResultMapView.h"

#include "core/cases/CaseExportService.h"
#include "core/geo/Basemap.h"
#include "core/geo/MapSettingsService.h"
#include "core/geo/SensitiveLocationService.h"
#include "core/policy/Policy.h"
#include "core/search/SearchService.h"
#include "core/station/Station.h"
#include "ui/map/BasemapTileSource.h"
#include "ui/map/MBTilesTileSource.h"
#include "ui/map/MapView.h"
#include "ui/map/PatternsView.h"
#include "ui/map/TimelineView.h"
#include "ui/map/XyzTileSource.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pl::ui {

namespace {

constexpr int maxListed = 500;

} // namespace

ResultMapView::ResultMapView(core::Station& station, const core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_map(new MapView(this))
    , m_timeline(new TimelineView(this))
    , m_patterns(new PatternsView(this))
    , m_below(new QTabWidget(this))
    , m_path(new QCheckBox(tr("&Path in time order"), this))
    , m_sensitive(new QCheckBox(tr("Se&nsitive locations"), this))
    , m_fit(new QPushButton(tr("&Fit reads"), this))
    , m_export(new QPushButton(tr("E&xport PNG…"), this))
    , m_summary(new QLabel(this))
    , m_selected(new QTableWidget(0, 3, this))
    , m_caution(new QLabel(this))
    , m_open(new QPushButton(tr("&Open for verification"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("resultMapView"));
    m_path->setObjectName(QStringLiteral("pathBox"));
    m_path->setChecked(true);
    m_sensitive->setObjectName(QStringLiteral("sensitiveBox"));
    m_sensitive->setChecked(true);
    m_fit->setObjectName(QStringLiteral("fitButton"));
    m_export->setObjectName(QStringLiteral("exportPngButton"));
    m_summary->setObjectName(QStringLiteral("mapSummary"));
    m_message->setObjectName(QStringLiteral("mapMessage"));
    m_message->setWordWrap(true);

    m_selected->setObjectName(QStringLiteral("selectedReads"));
    m_selected->setHorizontalHeaderLabels({tr("Time"), tr("Plate"), tr("Device")});
    m_selected->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_selected->setSelectionMode(QAbstractItemView::SingleSelection);
    m_selected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_selected->verticalHeader()->setVisible(false);
    m_selected->horizontalHeader()->setStretchLastSection(true);
    m_caution->setObjectName(QStringLiteral("cautionLabel"));
    m_caution->setWordWrap(true);
    m_caution->setStyleSheet(QStringLiteral("QLabel { color: #8e0000; }"));
    m_open->setObjectName(QStringLiteral("openReadButton"));

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_summary, 1);
    tools->addWidget(m_path);
    tools->addWidget(m_sensitive);
    tools->addWidget(m_fit);
    tools->addWidget(m_export);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* selectedTitle = new QLabel(tr("Selected reads"), side);
    selectedTitle->setBuddy(m_selected);
    sideLayout->addWidget(selectedTitle);
    sideLayout->addWidget(m_selected, 1);
    sideLayout->addWidget(m_caution);
    auto* notice = new QLabel(
        tr("A read is never the sole basis for action: open it and compare it with its image."),
        side);
    notice->setWordWrap(true);
    sideLayout->addWidget(notice);
    sideLayout->addWidget(m_open);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mapSplitter"));
    split->addWidget(m_map);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({800, 300});

    m_below->setObjectName(QStringLiteral("timelineTabs"));
    m_below->addTab(m_timeline, tr("T&imeline"));
    m_below->addTab(m_patterns, tr("P&atterns"));
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("mapTimelineSplitter"));
    vertical->addWidget(split);
    vertical->addWidget(m_below);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({600, 220});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(vertical, 1);
    layout->addWidget(m_message);

    connect(m_path, &QCheckBox::toggled, m_map, &MapView::setPathVisible);
    connect(m_sensitive, &QCheckBox::toggled, m_map, &MapView::setSensitiveLayerVisible);
    connect(m_fit, &QPushButton::clicked, m_map, &MapView::fitToReads);
    connect(m_export, &QPushButton::clicked, this, &ResultMapView::chooseExport);
    connect(m_map, &MapView::readsSelected, this,
            [this](const QList<qint64>& ids) { select(ids, m_map); });
    connect(m_map, &MapView::readActivated, this, &ResultMapView::readActivated);
    connect(m_timeline, &TimelineView::readsSelected, this,
            [this](const QList<qint64>& ids) { select(ids, m_timeline); });
    connect(m_patterns, &PatternsView::readsSelected, this,
            [this](const QList<qint64>& ids) { select(ids, m_patterns); });
    connect(m_timeline, &TimelineView::rangeSelected, this,
            [this](qint64 from, qint64 to) { setRange(std::make_pair(from, to)); });
    connect(m_timeline, &TimelineView::rangeCleared, this, [this] { setRange(std::nullopt); });
    connect(m_selected, &QTableWidget::itemSelectionChanged, this, &ResultMapView::showSelection);
    connect(m_selected, &QTableWidget::cellActivated, this, [this](int row, int) {
        Q_EMIT readActivated(m_selected->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_selected->currentRow();
        if (row >= 0)
            Q_EMIT readActivated(m_selected->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    clear();
}

void ResultMapView::setResult(const core::SearchResult& result) {
    m_result = result;
    m_loaded = false;
    m_points = {};
    m_selection.clear();
    m_range.reset();
    m_indexOfRead.clear();
    m_indexOfRead.reserve(result.readIds.size());
    for (int i = 0; i < result.readIds.size(); ++i)
        m_indexOfRead.insert(result.readIds[i], i);
    m_message->clear();
    if (isVisible())
        ensureLoaded();
}

void ResultMapView::clear() {
    m_result = {};
    m_loaded = true;
    m_points = {};
    m_indexOfRead.clear();
    m_selection.clear();
    m_range.reset();
    m_map->setPoints(m_points);
    m_timeline->setPoints(m_points);
    m_patterns->setPoints(m_points);
    m_summary->setText(tr("Search to see where and when the reads were taken."));
    m_selected->setRowCount(0);
    m_caution->clear();
    m_export->setEnabled(false);
    m_open->setEnabled(false);
}

bool ResultMapView::ensureLoaded() {
    if (m_loaded)
        return true;
    auto points = m_station.search().points(m_session, m_result);
    if (!points) {
        showError(points.error().message());
        return false;
    }
    m_loaded = true;
    m_points = std::move(points.value());
    loadLayers();
    m_map->setPoints(m_points);
    m_timeline->setPoints(m_points);
    m_patterns->setPoints(m_points);
    const int located =
        static_cast<int>(std::count_if(m_points.points.cbegin(), m_points.points.cend(),
                                       [](const core::ResultPoint& p) { return p.hasLocation; }));
    const int total = static_cast<int>(m_points.points.size());
    m_summary->setText(
        total == located
            ? tr("%n read(s) on the map.", "", total)
            : tr("%1 of %n read(s) on the map; the others have no location.", "", total)
                  .arg(QLocale().toString(located)));
    m_export->setEnabled(located > 0 && m_session.can(core::Permission::ViewMap));
    m_selected->setRowCount(0);
    showSelection();
    if (!m_layerProblem.isEmpty())
        showError(m_layerProblem);
    return true;
}

void ResultMapView::loadLayers() {
    if (m_layersLoaded)
        return;
    m_layersLoaded = true;
    m_base = new BasemapTileSource(core::Basemap::embedded(), this);
    m_map->setBaseSource(m_base);
    m_map->setPlaces(core::Basemap::embedded().places());

    QStringList problems;
    // Street-level tiles as an administrator set them; the embedded basemap
    // stays underneath whatever happens to them.
    auto settings = m_station.mapSettings().mapSettings(m_session);
    if (!settings) {
        problems.append(settings.error().message());
    } else if (!settings.value().mbtilesPath.isEmpty()) {
        auto source = MBTilesTileSource::open(settings.value().mbtilesPath, this);
        if (source) {
            m_overlay = source.value().release();
        } else {
            problems.append(
                tr("Street-level tiles are not shown: %1").arg(source.error().message()));
        }
    } else if (!settings.value().tileUrl.isEmpty()) {
        m_overlay = new XyzTileSource(settings.value().tileUrl, settings.value().tileCacheDir, 19,
                                      {}, this);
    }
    if (m_overlay) {
        m_overlay->setParent(this);
        connect(m_overlay, &TileSource::failed, this, [this](const QString& message) {
            showError(tr("Street-level tiles are not shown: %1").arg(message));
        });
        m_map->setOverlaySource(m_overlay);
    }

    auto locations = m_station.sensitiveLocations().list(m_session);
    auto policy = m_station.currentPolicy();
    if (!locations) {
        problems.append(locations.error().message());
    } else {
        m_map->setSensitivePlaces(locations.value(),
                                  policy ? policy.value().sensitiveCautionMetres() : 0);
    }
    m_layerProblem = problems.join(u' ');
}

void ResultMapView::setRange(std::optional<std::pair<qint64, qint64>> range) {
    m_range = range;
    if (range)
        m_map->setTimeRange(range->first, range->second);
    else
        m_map->clearTimeRange();
    const int shown = static_cast<int>(shownReads().size());
    showStatus(range ? tr("%n read(s) in the chosen time range are on the map.", "", shown)
                     : QString());
}

void ResultMapView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    loadLayers();
    ensureLoaded();
}

QList<qint64> ResultMapView::shownReads() const {
    QList<qint64> ids;
    for (const core::ResultPoint& p : m_points.points) {
        if (!p.hasLocation)
            continue;
        if (m_range && (p.timeMs < m_range->first || p.timeMs >= m_range->second))
            continue;
        ids.append(p.readId);
    }
    return ids;
}

void ResultMapView::setSelectedReads(const QList<qint64>& readIds) {
    select(readIds, nullptr);
}

void ResultMapView::select(const QList<qint64>& readIds, QObject* origin) {
    m_selection = readIds;
    if (origin != m_map)
        m_map->setSelectedReads(readIds);
    if (origin != m_timeline)
        m_timeline->setSelectedReads(readIds);

    // The list beside the map: newest first, at most maxListed.
    QList<int> indexes;
    for (const qint64 id : readIds) {
        const auto found = m_indexOfRead.constFind(id);
        if (found != m_indexOfRead.constEnd())
            indexes.append(found.value());
    }
    std::sort(indexes.begin(), indexes.end());
    m_selected->blockSignals(true);
    m_selected->setRowCount(0);
    const QLocale locale;
    for (int k = 0; k < indexes.size() && k < maxListed; ++k) {
        auto rows = m_station.search().rows(m_session, m_result, indexes[k], 1);
        if (!rows) {
            showError(rows.error().message());
            break;
        }
        if (rows.value().isEmpty())
            continue;
        const core::SearchRow& row = rows.value().first();
        const int r = m_selected->rowCount();
        m_selected->insertRow(r);
        auto* time =
            new QTableWidgetItem(locale.toString(row.timeUtc.toLocalTime(), QLocale::ShortFormat));
        time->setData(Qt::UserRole, row.readId);
        m_selected->setItem(r, 0, time);
        m_selected->setItem(r, 1, new QTableWidgetItem(row.plate));
        m_selected->setItem(r, 2, new QTableWidgetItem(row.deviceName));
    }
    m_selected->resizeColumnsToContents();
    if (m_selected->rowCount() > 0)
        m_selected->selectRow(0);
    m_selected->blockSignals(false);
    if (indexes.size() > maxListed)
        showStatus(tr("The first %1 of %n selected read(s) are listed.", "",
                      static_cast<int>(indexes.size()))
                       .arg(maxListed));
    showSelection();
    if (origin != nullptr && !readIds.isEmpty())
        Q_EMIT readSelected(m_selected->rowCount() > 0
                                ? m_selected->item(0, 0)->data(Qt::UserRole).toLongLong()
                                : readIds.first());
}

void ResultMapView::showSelection() {
    const int row = m_selected->currentRow();
    m_open->setEnabled(row >= 0);
    if (row < 0) {
        m_caution->clear();
        return;
    }
    const qint64 readId = m_selected->item(row, 0)->data(Qt::UserRole).toLongLong();
    const auto cautions = m_map->cautionsFor(readId);
    if (cautions.isEmpty()) {
        m_caution->clear();
        return;
    }
    QStringList lines;
    for (const core::SensitiveCaution& caution : cautions)
        lines.append(
            tr("%1 (%2), %3 m away")
                .arg(caution.location.name,
                     core::SensitiveLocation::categoryLabel(caution.location.category),
                     QLocale().toString(static_cast<int>(std::lround(caution.distanceMetres)))));
    m_caution->setText(tr("Caution: this read was taken near a sensitive location: %1. Take "
                          "particular care that its use is permitted.")
                           .arg(lines.join(QStringLiteral("; "))));
}

QImage ResultMapView::renderImage(qint64 reference) const {
    const QImage mapOnly = m_map->grab().toImage();
    const QImage timeline = m_timeline->grab().toImage();
    QImage map(std::max(mapOnly.width(), timeline.width()),
               mapOnly.height() + 8 + timeline.height(), QImage::Format_RGB32);
    map.fill(Qt::white);
    {
        QPainter stack(&map);
        stack.drawImage(QPoint(0, 0), mapOnly);
        stack.drawImage(QPoint(0, mapOnly.height() + 8), timeline);
    }
    const QLocale locale;
    QStringList header;
    header.append(
        tr("Case %1 — reads of search %2, %n shown", "", static_cast<int>(shownReads().size()))
            .arg(m_result.window.caseNumber)
            .arg(m_result.auditSeq));
    header.append(tr("Exported by %1 on %2 (audit reference %3)")
                      .arg(m_session.displayName,
                           locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat))
                      .arg(reference));
    const QString notice = core::CaseExportService::notice();
    QFont font;
    font.setPointSize(10);
    const QFontMetrics metrics(font);
    const int width = std::max(map.width(), 640);
    const int textWidth = width - 24;
    const QRect headerRect =
        metrics.boundingRect(QRect(0, 0, textWidth, 2000), Qt::TextWordWrap, header.join(u'\n'));
    const QRect noticeRect =
        metrics.boundingRect(QRect(0, 0, textWidth, 2000), Qt::TextWordWrap, notice);
    const int height = 12 + headerRect.height() + 8 + map.height() + 8 + noticeRect.height() + 12;
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    int y = 12;
    painter.drawText(QRect(12, y, textWidth, headerRect.height()), Qt::TextWordWrap,
                     header.join(u'\n'));
    y += headerRect.height() + 8;
    painter.drawImage(QPoint((width - map.width()) / 2, y), map);
    y += map.height() + 8;
    painter.setPen(QColor(0x8e, 0x00, 0x00));
    painter.drawText(QRect(12, y, textWidth, noticeRect.height()), Qt::TextWordWrap, notice);
    return image;
}

bool ResultMapView::exportPng(const QString& path) {
    auto reference = m_station.search().recordViewExport(m_session, m_result, shownReads(),
                                                         QStringLiteral("map_timeline_png"), path);
    if (!reference) {
        showError(reference.error().message());
        return false;
    }
    const QImage image = renderImage(reference.value());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        showError(tr("The image could not be written to %1: %2")
                      .arg(path, file.errorString().isEmpty() ? tr("unknown error")
                                                              : file.errorString()));
        return false;
    }
    showStatus(tr("Map and timeline exported to %1 (audit reference %2).")
                   .arg(path)
                   .arg(reference.value()));
    return true;
}

void ResultMapView::chooseExport() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the map and timeline"),
        tr("case-%1-map.png").arg(m_result.window.caseNumber), tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPng(path);
}

QString ResultMapView::message() const {
    return m_message->text();
}

void ResultMapView::showError(const QString& message) {
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->setText(message);
}

void ResultMapView::showStatus(const QString& message) {
    m_message->setStyleSheet({});
    m_message->setText(message);
}

} // namespace pl::ui
