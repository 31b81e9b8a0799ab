#include "ui/search/SearchPage.h"

#include "core/cases/CaseService.h"
#include "core/reads/ReadRecordService.h"
#include "core/search/SearchService.h"
#include "core/station/Station.h"
#include "ui/map/ResultMapView.h"
#include "ui/search/SearchResultModel.h"
#include "ui/search/VerificationDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pl::ui {

namespace {

QLineEdit* numberEdit(const QString& name, const QString& placeholder, QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setMaximumWidth(110);
    return edit;
}

// A number typed in the C or the local notation; nullopt if it is not one.
std::optional<double> number(const QLineEdit* edit) {
    bool ok = false;
    const QString text = edit->text().trimmed();
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

SearchPage::SearchPage(core::Station& station, const core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_case(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_onBehalfOf(new QLineEdit(this))
    , m_window(new QLabel(this))
    , m_pattern(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_useFrom(new QCheckBox(tr("&From"), this))
    , m_from(new QDateTimeEdit(this))
    , m_useTo(new QCheckBox(tr("&To"), this))
    , m_to(new QDateTimeEdit(this))
    , m_state(new QLineEdit(this))
    , m_device(new QComboBox(this))
    , m_areaShape(new QComboBox(this))
    , m_areaFields(new QStackedWidget(this))
    , m_latitude(numberEdit(QStringLiteral("areaLatitude"), tr("latitude"), this))
    , m_longitude(numberEdit(QStringLiteral("areaLongitude"), tr("longitude"), this))
    , m_radius(numberEdit(QStringLiteral("areaRadius"), tr("metres"), this))
    , m_south(numberEdit(QStringLiteral("areaSouth"), tr("south"), this))
    , m_west(numberEdit(QStringLiteral("areaWest"), tr("west"), this))
    , m_north(numberEdit(QStringLiteral("areaNorth"), tr("north"), this))
    , m_east(numberEdit(QStringLiteral("areaEast"), tr("east"), this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_message(new QLabel(this))
    , m_model(new SearchResultModel(station, session, this))
    , m_table(new QTableView(this))
    , m_views(new QTabWidget(this))
    , m_mapView(session.can(core::Permission::ViewMap) ? new ResultMapView(station, session, this)
                                                       : nullptr)
    , m_verify(new QPushButton(tr("&Verify…"), this))
    , m_link(new QPushButton(tr("&Link to case"), this)) {
    setObjectName(QStringLiteral("searchPage"));

    m_case->setObjectName(QStringLiteral("caseBox"));
    m_case->setEditable(true);
    m_case->setInsertPolicy(QComboBox::NoInsert);
    m_case->setMinimumWidth(260);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("required: why this search is needed for the case"));
    m_onBehalfOf->setObjectName(QStringLiteral("onBehalfOfEdit"));
    m_onBehalfOf->setPlaceholderText(tr("optional: the person the search is made for"));
    m_window->setObjectName(QStringLiteral("windowLabel"));
    m_window->setWordWrap(true);
    auto* justification = new QGroupBox(tr("Justification"), this);
    auto* justificationForm = new QFormLayout(justification);
    justificationForm->addRow(tr("&Case:"), m_case);
    justificationForm->addRow(tr("&Reason:"), m_reason);
    justificationForm->addRow(tr("On &behalf of:"), m_onBehalfOf);
    justificationForm->addRow(tr("Window:"), m_window);

    m_pattern->setObjectName(QStringLiteral("patternEdit"));
    m_pattern->setPlaceholderText(tr("e.g. ABC1234, AB?12*, or empty with an area or device"));
    m_mode->setObjectName(QStringLiteral("modeBox"));
    m_mode->addItem(tr("exact (? and * as wildcards)"), static_cast<int>(core::SearchMode::Exact));
    m_mode->addItem(tr("contains"), static_cast<int>(core::SearchMode::Contains));
    m_mode->addItem(tr("similar (look-alike characters, one missing or extra)"),
                    static_cast<int>(core::SearchMode::Similar));
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_useFrom->setObjectName(QStringLiteral("useFrom"));
    m_useTo->setObjectName(QStringLiteral("useTo"));
    m_from->setDateTime(now.addDays(-30));
    m_to->setDateTime(now);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_state->setObjectName(QStringLiteral("stateEdit"));
    m_state->setPlaceholderText(tr("any"));
    m_state->setMaximumWidth(80);
    m_device->setObjectName(QStringLiteral("deviceBox"));
    m_areaShape->setObjectName(QStringLiteral("areaShape"));
    m_areaShape->addItem(tr("anywhere"));
    m_areaShape->addItem(tr("within a radius of a point"));
    m_areaShape->addItem(tr("within a rectangle"));
    auto* none = new QWidget(this);
    auto* circle = new QWidget(this);
    auto* circleRow = new QHBoxLayout(circle);
    circleRow->setContentsMargins(0, 0, 0, 0);
    circleRow->addWidget(m_latitude);
    circleRow->addWidget(m_longitude);
    circleRow->addWidget(m_radius);
    circleRow->addStretch(1);
    auto* rectangle = new QWidget(this);
    auto* rectangleRow = new QHBoxLayout(rectangle);
    rectangleRow->setContentsMargins(0, 0, 0, 0);
    for (QLineEdit* edit : {m_south, m_west, m_north, m_east})
        rectangleRow->addWidget(edit);
    rectangleRow->addStretch(1);
    m_areaFields->addWidget(none);
    m_areaFields->addWidget(circle);
    m_areaFields->addWidget(rectangle);
    connect(m_areaShape, &QComboBox::currentIndexChanged, m_areaFields,
            &QStackedWidget::setCurrentIndex);

    auto* query = new QGroupBox(tr("Query"), this);
    auto* queryGrid = new QGridLayout(query);
    auto* plateLabel = new QLabel(tr("&Plate:"), this);
    plateLabel->setBuddy(m_pattern);
    queryGrid->addWidget(plateLabel, 0, 0);
    queryGrid->addWidget(m_pattern, 0, 1);
    queryGrid->addWidget(m_mode, 0, 2, 1, 2);
    queryGrid->addWidget(m_useFrom, 1, 0);
    queryGrid->addWidget(m_from, 1, 1);
    queryGrid->addWidget(m_useTo, 1, 2);
    queryGrid->addWidget(m_to, 1, 3);
    auto* stateLabel = new QLabel(tr("S&tate:"), this);
    stateLabel->setBuddy(m_state);
    auto* deviceLabel = new QLabel(tr("&Device:"), this);
    deviceLabel->setBuddy(m_device);
    queryGrid->addWidget(stateLabel, 2, 0);
    queryGrid->addWidget(m_state, 2, 1);
    queryGrid->addWidget(deviceLabel, 2, 2);
    queryGrid->addWidget(m_device, 2, 3);
    auto* areaLabel = new QLabel(tr("&Area:"), this);
    areaLabel->setBuddy(m_areaShape);
    queryGrid->addWidget(areaLabel, 3, 0);
    queryGrid->addWidget(m_areaShape, 3, 1);
    queryGrid->addWidget(m_areaFields, 3, 2, 1, 2);
    queryGrid->setColumnStretch(1, 1);
    queryGrid->setColumnStretch(3, 1);

    m_search->setObjectName(QStringLiteral("searchButton"));
    m_search->setDefault(true);
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setWordWrap(true);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search);
    searchRow->addWidget(m_message, 1);

    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(SearchResultModel::thumbnailHeight + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setIconSize(
        QSize(SearchResultModel::thumbnailHeight * 4, SearchResultModel::thumbnailHeight));
    m_table->setColumnWidth(SearchResultModel::Image, SearchResultModel::thumbnailHeight * 4 + 8);
    m_table->setColumnWidth(SearchResultModel::Plate, 200);
    m_table->setColumnWidth(SearchResultModel::Time, 150);
    m_table->setColumnWidth(SearchResultModel::Place, 170);

    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_link->setObjectName(QStringLiteral("linkButton"));
    m_link->setVisible(m_session.can(core::Permission::ManageCases));
    auto* notice =
        new QLabel(tr("Open a read to compare it with its image before relying on it."), this);
    auto* actions = new QHBoxLayout;
    actions->addWidget(notice, 1);
    actions->addWidget(m_link);
    actions->addWidget(m_verify);

    auto* top = new QHBoxLayout;
    top->addWidget(justification, 1);
    top->addWidget(query, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(searchRow);
    m_views->setObjectName(QStringLiteral("resultViews"));
    m_views->addTab(m_table, tr("&Table"));
    if (m_mapView)
        m_views->addTab(m_mapView, tr("&Map and timeline"));
    m_views->tabBar()->setVisible(m_mapView != nullptr);
    m_views->setDocumentMode(true);
    layout->addWidget(m_views, 1);
    layout->addLayout(actions);

    connect(m_search, &QPushButton::clicked, this, &SearchPage::search);
    for (QLineEdit* edit : {m_reason, m_onBehalfOf, m_pattern, m_state, m_latitude, m_longitude,
                            m_radius, m_south, m_west, m_north, m_east})
        connect(edit, &QLineEdit::returnPressed, this, &SearchPage::search);
    connect(m_case, &QComboBox::currentIndexChanged, this, &SearchPage::showWindow);
    connect(m_case->lineEdit(), &QLineEdit::editingFinished, this, &SearchPage::showWindow);
    connect(m_table, &QTableView::activated, this, &SearchPage::verifySelected);
    connect(m_verify, &QPushButton::clicked, this, &SearchPage::verifySelected);
    connect(m_link, &QPushButton::clicked, this, &SearchPage::linkSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SearchPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SearchPage::updateButtons);

    if (m_mapView) {
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex& current) {
                    if (current.isValid() && !m_syncing)
                        m_mapView->setSelectedReads({m_model->readIdAt(current.row())});
                });
        // A selection made on the map (or timeline) keeps all its reads there;
        // the table shows the first.
        connect(m_mapView, &ResultMapView::readSelected, this, [this](qint64 readId) {
            const int row = rowOfRead(readId);
            if (row < 0)
                return;
            m_syncing = true;
            m_table->selectRow(row);
            m_syncing = false;
        });
        connect(m_mapView, &ResultMapView::readActivated, this, &SearchPage::verifyRead);
    }

    reload();
    updateButtons();
}

void SearchPage::reload() {
    const QString current = caseNumber();
    m_case->clear();
    auto cases = m_station.cases().list(m_session, core::CaseService::Filter::OpenOnly);
    if (cases) {
        for (const core::CaseFile& file : cases.value())
            m_case->addItem(tr("%1 — %2").arg(file.number, file.title), file.number);
    }
    if (!current.isEmpty())
        m_case->setEditText(current);
    else if (m_case->count() > 0)
        m_case->setCurrentIndex(0);

    m_device->clear();
    m_device->addItem(tr("any device"));
    auto devices = m_station.reads().devices(m_session);
    if (devices) {
        for (const core::Device& device : devices.value())
            m_device->addItem(device.name, device.id);
    }
    showWindow();
}

QString SearchPage::caseNumber() const {
    const int index = m_case->currentIndex();
    if (index >= 0 && m_case->itemText(index) == m_case->currentText())
        return m_case->itemData(index).toString();
    return m_case->currentText().trimmed();
}

void SearchPage::showWindow() {
    const QString number = caseNumber();
    if (number.isEmpty()) {
        m_window->setText(tr("Choose an open case, or type its number."));
        return;
    }
    auto window = m_station.search().window(m_session, number);
    if (!window) {
        m_window->setText(window.error().message());
        m_window->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        return;
    }
    m_window->setStyleSheet({});
    m_window->setText(window.value().explanation);
}

bool SearchPage::buildRequest(core::SearchRequest& request) {
    request.caseNumber = caseNumber();
    request.reason = m_reason->text();
    request.onBehalfOf = m_onBehalfOf->text().trimmed();
    request.pattern = m_pattern->text();
    request.mode = static_cast<core::SearchMode>(m_mode->currentData().toInt());
    if (m_useFrom->isChecked())
        request.fromUtc = m_from->dateTime().toUTC();
    if (m_useTo->isChecked())
        request.toUtc = m_to->dateTime().toUTC();
    request.state = m_state->text().trimmed().toUpper();
    if (m_device->currentIndex() > 0)
        request.deviceId = m_device->currentData().toLongLong();
    if (m_areaShape->currentIndex() == 1) {
        const auto latitude = number(m_latitude);
        const auto longitude = number(m_longitude);
        const auto radius = number(m_radius);
        if (!latitude || !longitude || !radius || *radius <= 0) {
            showError(tr("An area around a point needs its latitude and longitude in decimal "
                         "degrees and a radius in metres greater than 0."));
            (latitude ? (longitude ? m_radius : m_longitude) : m_latitude)->setFocus();
            return false;
        }
        request.area = core::SearchArea::circle(*latitude, *longitude, *radius);
    } else if (m_areaShape->currentIndex() == 2) {
        const auto south = number(m_south);
        const auto west = number(m_west);
        const auto north = number(m_north);
        const auto east = number(m_east);
        if (!south || !west || !north || !east) {
            showError(tr("A rectangle needs its south and north latitudes and its west and east "
                         "longitudes in decimal degrees."));
            m_south->setFocus();
            return false;
        }
        request.area = core::SearchArea::rectangle(*south, *west, *north, *east);
    }
    return true;
}

bool SearchPage::search() {
    core::SearchRequest request;
    if (!buildRequest(request))
        return false;
    auto result = m_station.search().search(m_session, request);
    if (!result) {
        showError(result.error().message());
        return false;
    }
    m_model->setResult(result.value());
    if (m_mapView)
        m_mapView->setResult(result.value());
    const qsizetype found = result.value().readIds.size();
    showStatus(
        tr("%n read(s) found since %1. The search is recorded in the audit trail.", "",
           static_cast<int>(found))
            .arg(QLocale().toString(result.value().fromUtc.toLocalTime(), QLocale::ShortFormat)));
    if (found > 0) {
        m_table->selectRow(0);
        m_table->setFocus();
    }
    showWindow();
    return true;
}

void SearchPage::verifySelected() {
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        verifyRow(current.row());
}

void SearchPage::verifyRead(qint64 readId) {
    const int row = rowOfRead(readId);
    if (row >= 0)
        verifyRow(row);
    else
        showError(tr("That read is no longer in the store."));
}

void SearchPage::verifyRow(int row) {
    VerificationDialog dialog(m_station, m_session, *m_model, row, caseNumber(), this);
    dialog.exec();
    m_table->selectRow(dialog.currentRow());
}

int SearchPage::rowOfRead(qint64 readId) {
    const qsizetype index = m_model->result().readIds.indexOf(readId);
    if (index < 0)
        return -1;
    m_model->ensureLoaded(static_cast<int>(index));
    // Rows of purged reads are left out, so the row is at most the index.
    for (int row = std::min(static_cast<int>(index), m_model->rowCount() - 1); row >= 0; --row) {
        if (m_model->readIdAt(row) == readId)
            return row;
    }
    return -1;
}

void SearchPage::linkSelected() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 readId = m_model->readIdAt(current.row());
    const QString number = caseNumber();
    if (auto linked = m_station.cases().linkRead(m_session, number, readId); !linked) {
        showError(linked.error().message());
        return;
    }
    showStatus(tr("The read is linked to case %1; it is kept while the case is open.").arg(number));
}

void SearchPage::showError(const QString& message) {
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->setText(message);
}

void SearchPage::showStatus(const QString& message) {
    m_message->setStyleSheet({});
    m_message->setText(message);
}

void SearchPage::updateButtons() {
    const bool selected = m_table->currentIndex().isValid();
    m_verify->setEnabled(selected);
    m_link->setEnabled(selected);
}

} // namespace pl::ui
