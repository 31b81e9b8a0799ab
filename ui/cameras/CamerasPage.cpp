#include "ui/cameras/CamerasPage.h"

#include "core/camera/CameraRunner.h"
#include "core/camera/CameraService.h"
#include "core/station/Station.h"
#include "ui/cameras/CameraDialog.h"
#include "ui/cameras/LiveView.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pl::ui {

using core::CameraSettings;
using core::CameraStatus;

namespace {
enum Column { Name, Kind, State, Rate, Reads, Dropped, LastError, ColumnCount };
constexpr int kRecentReads = 50;
} // namespace

CamerasPage::CamerasPage(core::Station& station, const core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add camera…"), this))
    , m_edit(new QPushButton(tr("&Settings…"), this))
    , m_start(new QPushButton(tr("S&tart"), this))
    , m_stop(new QPushButton(tr("St&op"), this))
    , m_view(new LiveView(this))
    , m_viewStatus(new QLabel(this))
    , m_recent(new QListWidget(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("camerasPage"));
    m_table->setObjectName(QStringLiteral("cameraTable"));
    m_table->setHorizontalHeaderLabels({tr("Camera"), tr("Kind"), tr("Status"),
                                        tr("Frames/s (read/s)"), tr("Reads"), tr("Dropped"),
                                        tr("Last message")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add->setObjectName(QStringLiteral("addCamera"));
    m_edit->setObjectName(QStringLiteral("editCamera"));
    m_start->setObjectName(QStringLiteral("startCamera"));
    m_stop->setObjectName(QStringLiteral("stopCamera"));
    m_viewStatus->setObjectName(QStringLiteral("liveStatus"));
    m_viewStatus->setWordWrap(true);
    m_recent->setObjectName(QStringLiteral("recentReads"));
    m_recent->setIconSize(QSize(120, 40));
    m_message->setObjectName(QStringLiteral("cameraMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    m_view->clear(tr("Select a camera and start it to see its frames here."));

    auto* notice = new QLabel(
        tr("A plate read by a camera may be wrong. It is never on its own a reason to act: "
           "confirm the plate and the vehicle by eye first."),
        this);
    notice->setObjectName(QStringLiteral("camerasNotice"));
    notice->setWordWrap(true);
    notice->setStyleSheet(
        QStringLiteral("background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 3px;"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);

    auto* left = new QWidget(this);
    auto* leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addWidget(m_table, 1);
    leftColumn->addLayout(buttons);
    leftColumn->addWidget(m_message);
    auto* recentTitle = new QLabel(tr("Reads stored most recently"), this);
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    leftColumn->addWidget(recentTitle);
    leftColumn->addWidget(m_recent, 1);

    auto* right = new QWidget(this);
    auto* rightColumn = new QVBoxLayout(right);
    rightColumn->setContentsMargins(0, 0, 0, 0);
    rightColumn->addWidget(m_view, 1);
    rightColumn->addWidget(m_viewStatus);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({540, 560});

    auto* title = new QLabel(tr("Cameras"), this);
    QFont large = title->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    large.setBold(true);
    title->setFont(large);
    auto* page = new QVBoxLayout(this);
    page->addWidget(title);
    page->addWidget(notice);
    page->addWidget(splitter, 1);

    const bool configure = session.can(core::Permission::ConfigureCameras);
    m_add->setVisible(configure);
    m_edit->setVisible(configure);
    const bool run = session.can(core::Permission::RunCameras);
    m_start->setVisible(run);
    m_stop->setVisible(run);

    connect(m_add, &QPushButton::clicked, this, &CamerasPage::addCamera);
    connect(m_edit, &QPushButton::clicked, this, &CamerasPage::editCamera);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            startCamera(id);
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            stopCamera(id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        const qint64 id = selectedId();
        m_view->clear(m_runners.contains(id)
                          ? tr("Waiting for the next frame…")
                          : tr("Select a camera and start it to see its frames here."));
        m_viewStatus->clear();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_edit->isVisible())
            editCamera();
    });
    reload();
}

CamerasPage::~CamerasPage() {
    // Stored reads must be complete and the stop audited before the station
    // closes: stop everything and wait here.
    for (core::CameraRunner* runner : std::as_const(m_runners)) {
        runner->disconnect(this);
        runner->stop();
    }
    for (core::CameraRunner* runner : std::as_const(m_runners)) {
        runner->wait();
        (void)m_station.cameras().recordStopped(m_session, runner->cameraId(), runner->totals());
        delete runner;
    }
    m_runners.clear();
}

void CamerasPage::showError(const QString& message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void CamerasPage::reload() {
    const qint64 selected = selectedId();
    auto cameras = m_station.cameras().cameras(m_session);
    if (!cameras) {
        showError(cameras.error().message());
        return;
    }
    m_cameras = cameras.value();
    m_table->setRowCount(static_cast<int>(m_cameras.size()));
    for (int row = 0; row < m_cameras.size(); ++row) {
        const CameraSettings& camera = m_cameras[row];
        auto* name = new QTableWidgetItem(camera.name);
        name->setData(Qt::UserRole, camera.id);
        name->setToolTip(camera.address);
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Kind, new QTableWidgetItem(CameraSettings::kindLabel(camera.kind)));
        for (int column = State; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
        if (m_statuses.contains(camera.id))
            showStatusRow(row, m_statuses.value(camera.id));
        else
            m_table->item(row, State)->setText(camera.active ? tr("Stopped") : tr("Switched off"));
        if (camera.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    if (m_table->currentRow() < 0 && !m_cameras.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

qint64 CamerasPage::selectedId() const {
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, Name))
        return 0;
    return m_table->item(row, Name)->data(Qt::UserRole).toLongLong();
}

void CamerasPage::updateButtons() {
    const qint64 id = selectedId();
    bool active = false;
    for (const CameraSettings& camera : std::as_const(m_cameras))
        if (camera.id == id)
            active = camera.active;
    const bool running = m_runners.contains(id);
    m_edit->setEnabled(id != 0);
    m_start->setEnabled(id != 0 && active && !running);
    m_stop->setEnabled(running);
}

void CamerasPage::addCamera() {
    CameraSettings camera;
    editSettings(camera);
}

void CamerasPage::editCamera() {
    const qint64 id = selectedId();
    for (const CameraSettings& camera : std::as_const(m_cameras))
        if (camera.id == id)
            editSettings(camera);
}

void CamerasPage::editSettings(const CameraSettings& camera) {
    auto* dialog = new CameraDialog(camera, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CameraDialog::submitted, this, [this, dialog] {
        auto change = dialog->change();
        if (!change)
            return;
        auto saved = m_station.cameras().save(m_session, *change);
        if (!saved) {
            dialog->showError(saved.error().message());
            return;
        }
        dialog->accept();
        showError(QString());
        reload();
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (m_table->item(row, Name)->data(Qt::UserRole).toLongLong() == saved->id)
                m_table->selectRow(row);
    });
    dialog->open();
}

bool CamerasPage::startCamera(qint64 cameraId) {
    if (m_runners.contains(cameraId))
        return true;
    auto target = m_station.cameras().prepareCapture(m_session, cameraId);
    if (!target) {
        showError(target.error().message());
        return false;
    }
    showError(QString());
    auto* runner = new core::CameraRunner(std::move(target.value()), {});
    m_runners.insert(cameraId, runner);
    connect(runner, &core::CameraRunner::statusChanged, this, &CamerasPage::onStatus);
    connect(runner, &core::CameraRunner::frameReady, this, &CamerasPage::onFrame);
    connect(runner, &core::CameraRunner::readStored, this, &CamerasPage::onRead);
    connect(runner, &core::CameraRunner::finished, this, [this, runner] { onFinished(runner); });
    runner->start();
    updateButtons();
    if (selectedId() == cameraId)
        m_view->clear(tr("Connecting…"));
    return true;
}

void CamerasPage::stopCamera(qint64 cameraId) {
    if (core::CameraRunner* runner = m_runners.value(cameraId)) {
        runner->stop();
        m_stop->setEnabled(false);
    }
}

void CamerasPage::onFinished(core::CameraRunner* runner) {
    const qint64 id = runner->cameraId();
    if (m_runners.value(id) != runner)
        return;
    m_runners.remove(id);
    runner->wait();
    const CameraStatus status = runner->status();
    if (auto recorded = m_station.cameras().recordStopped(m_session, id, runner->totals());
        !recorded)
        showError(recorded.error().message());
    m_statuses.insert(id, status);
    runner->deleteLater();
    reload();
    if (selectedId() == id)
        m_view->clear(status.state == CameraStatus::State::Failed
                          ? status.lastError
                          : CameraStatus::stateLabel(status.state));
}

void CamerasPage::showStatusRow(int row, const CameraStatus& status) {
    const QLocale locale;
    m_table->item(row, State)
        ->setText(
            status.state == CameraStatus::State::Reconnecting && status.retryInMs > 0
                ? tr("Reconnecting in %1 s").arg(locale.toString(status.retryInMs / 1000.0, 'f', 0))
                : CameraStatus::stateLabel(status.state));
    m_table->item(row, Rate)->setText(
        QStringLiteral("%1 (%2)").arg(locale.toString(status.framesPerSecond, 'f', 1),
                                      locale.toString(status.recognisedPerSecond, 'f', 1)));
    m_table->item(row, Reads)->setText(locale.toString(status.reads));
    m_table->item(row, Dropped)->setText(locale.toString(status.dropped));
    m_table->item(row, LastError)->setText(status.lastError);
    m_table->item(row, LastError)->setToolTip(status.lastError);
}

void CamerasPage::onStatus(const CameraStatus& status) {
    m_statuses.insert(status.cameraId, status);
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Name)->data(Qt::UserRole).toLongLong() == status.cameraId)
            showStatusRow(row, status);
    if (status.cameraId != selectedId())
        return;
    const QLocale locale;
    m_viewStatus->setText(
        tr("%1 · %2 frames, %3 read by the recogniser, %4 dropped · %5 reads stored")
            .arg(CameraStatus::stateLabel(status.state), locale.toString(status.frames),
                 locale.toString(status.framesRead), locale.toString(status.dropped),
                 locale.toString(status.reads)));
    if (!m_view->hasFrame() && !status.lastError.isEmpty())
        m_view->clear(status.lastError);
}

void CamerasPage::onFrame(const core::LiveFrame& frame) {
    if (frame.cameraId == selectedId())
        m_view->showFrame(frame);
}

void CamerasPage::onRead(const core::LiveRead& read) {
    QString camera;
    for (const CameraSettings& settings : std::as_const(m_cameras))
        if (settings.id == read.cameraId)
            camera = settings.name;
    const QLocale locale;
    auto* item = new QListWidgetItem(
        tr("%1 · %2 · %3 · %4 % (%n frame(s))", nullptr, read.frames)
            .arg(read.plate,
                 locale.toString(QDateTime::fromMSecsSinceEpoch(read.timeMs).toLocalTime().time(),
                                 QStringLiteral("HH:mm:ss")),
                 camera, locale.toString(read.confidence, 'f', 0)));
    item->setData(Qt::UserRole, read.readId);
    QPixmap crop;
    if (crop.loadFromData(read.plateJpeg, "JPG"))
        item->setIcon(QIcon(
            crop.scaled(m_recent->iconSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_recent->insertItem(0, item);
    while (m_recent->count() > kRecentReads)
        delete m_recent->takeItem(m_recent->count() - 1);
}

} // namespace pl::ui
