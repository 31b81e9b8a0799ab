#include "ui/cameras/CameraDialog.h"

#include "ui/import/TimeZoneBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace pl::ui {

using core::CameraSettings;

CameraDialog::CameraDialog(const CameraSettings& camera, QWidget* parent)
    : FormDialog(camera.id == 0 ? tr("New camera") : tr("Camera settings"), parent)
    , m_camera(camera)
    , m_name(new QLineEdit(camera.name, this))
    , m_kind(new QComboBox(this))
    , m_address(new QLineEdit(camera.address, this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_userName(new QLineEdit(camera.userName, this))
    , m_password(new QLineEdit(this))
    , m_clearPassword(new QCheckBox(tr("Remove the stored password"), this))
    , m_latitude(new QLineEdit(this))
    , m_longitude(new QLineEdit(this))
    , m_direction(new QComboBox(this))
    , m_timeZone(new TimeZoneBox(false, this))
    , m_window(new QSpinBox(this))
    , m_minConfidence(new QSpinBox(this))
    , m_active(new QCheckBox(tr("Active (may be started)"), this)) {
    setObjectName(QStringLiteral("cameraDialog"));
    setMinimumWidth(560);
    setIntro(tr("Where the station reaches the camera, and what its reads carry. The password "
                "is stored sealed and is never shown again."));

    m_name->setObjectName(QStringLiteral("cameraName"));
    m_name->setPlaceholderText(tr("e.g. Main gate, northbound"));
    m_kind->setObjectName(QStringLiteral("cameraKind"));
    for (CameraSettings::Kind kind : {CameraSettings::Kind::Mjpeg, CameraSettings::Kind::Rtsp,
                                      CameraSettings::Kind::Usb, CameraSettings::Kind::File})
        m_kind->addItem(CameraSettings::kindLabel(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(camera.kind)));
    m_address->setObjectName(QStringLiteral("cameraAddress"));
    m_browse->setObjectName(QStringLiteral("cameraBrowse"));
    m_userName->setObjectName(QStringLiteral("cameraUser"));
    m_password->setObjectName(QStringLiteral("cameraPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        camera.hasPassword ? tr("A password is stored; type to replace it") : tr("None"));
    m_clearPassword->setObjectName(QStringLiteral("cameraClearPassword"));
    m_clearPassword->setVisible(camera.hasPassword);
    m_latitude->setObjectName(QStringLiteral("cameraLatitude"));
    m_latitude->setPlaceholderText(tr("Latitude"));
    m_longitude->setObjectName(QStringLiteral("cameraLongitude"));
    m_longitude->setPlaceholderText(tr("Longitude"));
    if (camera.hasLocation()) {
        m_latitude->setText(QLocale::c().toString(*camera.latitude, 'f', 6));
        m_longitude->setText(QLocale::c().toString(*camera.longitude, 'f', 6));
    }
    m_direction->setObjectName(QStringLiteral("cameraDirection"));
    m_direction->setEditable(true);
    m_direction->addItems(
        {QString(), tr("northbound"), tr("southbound"), tr("eastbound"), tr("westbound")});
    m_direction->setCurrentText(camera.direction);
    m_timeZone->setObjectName(QStringLiteral("cameraTimeZone"));
    m_timeZone->setZoneId(camera.timeZone.isEmpty() ? TimeZoneBox::systemZoneId()
                                                    : camera.timeZone);
    m_window->setObjectName(QStringLiteral("cameraWindow"));
    m_window->setRange(1, 120);
    m_window->setSuffix(tr(" s"));
    m_window->setValue(camera.windowMs / 1000);
    m_window->setToolTip(tr("The same plate seen again within this time is one read."));
    m_minConfidence->setObjectName(QStringLiteral("cameraMinConfidence"));
    m_minConfidence->setRange(0, 100);
    m_minConfidence->setSuffix(QStringLiteral(" %"));
    m_minConfidence->setValue(qRound(camera.minConfidence));
    m_minConfidence->setToolTip(tr("Readings less sure than this are not stored."));
    m_active->setObjectName(QStringLiteral("cameraActive"));
    m_active->setChecked(camera.active);

    auto* addressRow = new QWidget(this);
    auto* addressLayout = new QHBoxLayout(addressRow);
    addressLayout->setContentsMargins(0, 0, 0, 0);
    addressLayout->addWidget(m_address, 1);
    addressLayout->addWidget(m_browse);
    addressRow->setFocusProxy(m_address);
    QWidget* location = locationRow(m_latitude, m_longitude);

    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Address:"), addressRow);
    form()->addRow(tr("&User name:"), m_userName);
    form()->addRow(tr("&Password:"), m_password);
    form()->addRow(QString(), m_clearPassword);
    form()->addRow(tr("Fixed &location (optional):"), location);
    form()->addRow(tr("&Direction (optional):"), m_direction);
    form()->addRow(tr("Time &zone:"), m_timeZone);
    form()->addRow(tr("Same plate &within:"), m_window);
    form()->addRow(tr("Lowest &confidence stored:"), m_minConfidence);
    form()->addRow(QString(), m_active);
    setSubmitText(camera.id == 0 ? tr("Add camera") : tr("Save"));

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CameraDialog::kindChanged);
    connect(m_browse, &QPushButton::clicked, this, &CameraDialog::browse);
    kindChanged();
}

void CameraDialog::kindChanged() {
    const auto kind = static_cast<CameraSettings::Kind>(m_kind->currentData().toInt());
    switch (kind) {
    case CameraSettings::Kind::Mjpeg:
        m_address->setPlaceholderText(tr("http://192.168.1.20/video.mjpg"));
        break;
    case CameraSettings::Kind::Rtsp:
        m_address->setPlaceholderText(tr("rtsp://192.168.1.21:554/stream1"));
        break;
    case CameraSettings::Kind::Usb:
        m_address->setPlaceholderText(tr("0, or /dev/video0"));
        break;
    case CameraSettings::Kind::File:
        m_address->setPlaceholderText(tr("A recorded video file to replay"));
        break;
    }
    m_browse->setVisible(kind == CameraSettings::Kind::File);
    const bool network = kind == CameraSettings::Kind::Mjpeg || kind == CameraSettings::Kind::Rtsp;
    m_userName->setEnabled(network);
    m_password->setEnabled(network);
}

void CameraDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Video file to replay"), m_address->text(),
        tr("Videos (*.avi *.mp4 *.mkv *.mov *.mjpg *.mjpeg);;All files (*)"));
    if (!path.isEmpty())
        m_address->setText(path);
}

std::optional<core::CameraChange> CameraDialog::change() {
    clearError();
    core::CameraChange change;
    CameraSettings& camera = change.settings;
    camera = m_camera;
    camera.name = m_name->text().trimmed();
    if (camera.name.isEmpty()) {
        showError(tr("Give the camera a name, as its reads will show it."));
        m_name->setFocus();
        return std::nullopt;
    }
    camera.kind = static_cast<CameraSettings::Kind>(m_kind->currentData().toInt());
    camera.address = m_address->text().trimmed();
    const bool network = camera.isNetwork();
    camera.userName = network ? m_userName->text().trimmed() : QString();
    if (!location(m_latitude, m_longitude, camera.latitude, camera.longitude))
        return std::nullopt;
    if (!m_timeZone->hasValidZone()) {
        showError(tr("\"%1\" is not a time zone. Choose one from the list, e.g. "
                     "America/Chicago or UTC.")
                      .arg(m_timeZone->zoneId()));
        m_timeZone->setFocus();
        return std::nullopt;
    }
    camera.timeZone = m_timeZone->zoneId();
    camera.direction = m_direction->currentText().trimmed();
    camera.windowMs = m_window->value() * 1000;
    camera.minConfidence = m_minConfidence->value();
    camera.active = m_active->isChecked();
    if (network && !m_password->text().isEmpty()) {
        change.password = core::CameraChange::Password::Set;
        change.newPassword = core::SecretBytes::fromString(m_password->text());
    } else if (!network || m_clearPassword->isChecked()) {
        change.password = core::CameraChange::Password::Clear;
    }
    return change;
}

} // namespace pl::ui
