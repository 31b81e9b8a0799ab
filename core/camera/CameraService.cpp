#include "core/camera/CameraService.h"

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/crypto/CredentialCipher.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>

namespace pl::core {

namespace {

class CameraText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::CameraService)
public:
    static QString badName() { return tr("A camera needs a name of 1 to 80 characters."); }
    static QString nameTaken(const QString& name) {
        return tr("A device named \"%1\" already exists; choose another name.").arg(name);
    }
    static QString noAddress() { return tr("Enter where to reach the camera."); }
    static QString badUsb(const QString& address) {
        return tr("\"%1\" is not a USB camera: enter its index (0, 1, ...) or its device path "
                  "(/dev/video0).")
            .arg(address);
    }
    static QString badUrl(const QString& address, const QString& schemes) {
        return tr("\"%1\" is not a camera address: enter a URL starting with %2.")
            .arg(address, schemes);
    }
    static QString credentialsInUrl() {
        return tr("Do not put the user name or password in the URL; enter them in their own "
                  "fields, where the password is stored sealed.");
    }
    static QString noFile(const QString& path) {
        return tr("The video file \"%1\" does not exist or cannot be read.").arg(path);
    }
    static QString badZone(const QString& zone) {
        return tr("\"%1\" is not a known time zone.").arg(zone);
    }
    static QString badLocation() {
        return tr("A location needs both latitude (-90 to 90) and longitude (-180 to 180).");
    }
    static QString badWindow() {
        return tr("The time within which the same plate is one read must be 1 to 120 seconds.");
    }
    static QString badConfidence() {
        return tr("The lowest confidence stored must be between 0 and 100.");
    }
    static QString unknown(qint64 id) { return tr("There is no camera %1.").arg(id); }
    static QString inactive(const QString& name) {
        return tr("The camera \"%1\" is switched off in its settings.").arg(name);
    }
    static QString passwordWithoutUser() { return tr("A password needs a user name."); }
};

const char* const selectCameras =
    "SELECT c.id, c.device_id, d.name, c.kind, c.address, c.user_name, c.credentials IS NOT NULL, "
    "d.time_zone, d.latitude, d.longitude, c.direction, c.active, c.window_ms, c.min_confidence, "
    "c.changed_utc FROM cameras c JOIN devices d ON d.id = c.device_id ";

CameraSettings cameraFrom(Statement& row) {
    CameraSettings camera;
    camera.id = row.integer(0);
    camera.deviceId = row.integer(1);
    camera.name = row.text(2);
    camera.kind = CameraSettings::kindFromName(row.text(3)).value_or(CameraSettings::Kind::Mjpeg);
    camera.address = row.text(4);
    camera.userName = row.text(5);
    camera.hasPassword = row.integer(6) != 0;
    camera.timeZone = row.text(7);
    if (!row.isNull(8) && !row.isNull(9)) {
        camera.latitude = row.real(8);
        camera.longitude = row.real(9);
    }
    camera.direction = row.text(10);
    camera.active = row.integer(11) != 0;
    camera.windowMs = static_cast<int>(row.integer(12));
    camera.minConfidence = row.real(13);
    camera.changedUtc = TimeFormat::fromStorage(row.text(14));
    return camera;
}

// The camera, or NotFound.
Result<CameraSettings> findCamera(Database& db, qint64 id) {
    auto query = db.prepare(QByteArray(selectCameras).append("WHERE c.id = ?1").constData());
    if (!query)
        return query.error();
    query->bind(1, id);
    auto row = query->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::NotFound, CameraText::unknown(id));
    return cameraFrom(query.value());
}

// The settings a person can see in the trail: everything but the password.
QJsonObject describe(const CameraSettings& camera) {
    QJsonObject details;
    details.insert(QStringLiteral("kind"), CameraSettings::kindName(camera.kind));
    details.insert(QStringLiteral("address"), camera.address);
    if (!camera.userName.isEmpty())
        details.insert(QStringLiteral("userName"), camera.userName);
    details.insert(QStringLiteral("timeZone"), camera.timeZone);
    if (camera.hasLocation()) {
        details.insert(QStringLiteral("latitude"), *camera.latitude);
        details.insert(QStringLiteral("longitude"), *camera.longitude);
    }
    if (!camera.direction.isEmpty())
        details.insert(QStringLiteral("direction"), camera.direction);
    details.insert(QStringLiteral("active"), camera.active);
    details.insert(QStringLiteral("windowMs"), camera.windowMs);
    details.insert(QStringLiteral("minConfidence"), camera.minConfidence);
    return details;
}

// Those who run cameras and those who configure them see them.
Status mayView(const Station& station, const Session& session) {
    Status allowed = station.requireActive(session, Permission::ConfigureCameras);
    if (!allowed && allowed.error().code() == ErrorCode::PermissionDenied)
        allowed = station.requireActive(session, Permission::RunCameras);
    return allowed;
}

} // namespace

QString CameraSettings::kindName(Kind kind) {
    switch (kind) {
    case Kind::Usb:
        return QStringLiteral("usb");
    case Kind::Rtsp:
        return QStringLiteral("rtsp");
    case Kind::Mjpeg:
        return QStringLiteral("mjpeg");
    case Kind::File:
        return QStringLiteral("file");
    }
    return {};
}

std::optional<CameraSettings::Kind> CameraSettings::kindFromName(const QString& name) {
    for (Kind kind : {Kind::Usb, Kind::Rtsp, Kind::Mjpeg, Kind::File})
        if (kindName(kind) == name)
            return kind;
    return std::nullopt;
}

QString CameraSettings::kindLabel(Kind kind) {
    switch (kind) {
    case Kind::Usb:
        return QCoreApplication::translate("pl::core::CameraSettings", "USB camera");
    case Kind::Rtsp:
        return QCoreApplication::translate("pl::core::CameraSettings", "IP camera (RTSP)");
    case Kind::Mjpeg:
        return QCoreApplication::translate("pl::core::CameraSettings",
                                           "IP camera (MJPEG over HTTP)");
    case Kind::File:
        return QCoreApplication::translate("pl::core::CameraSettings", "Video file (replay)");
    }
    return {};
}

CameraService::CameraService(Station& station)
    : m_station(station) {}

Status CameraService::validate(const CameraSettings& camera) {
    const QString name = camera.name.trimmed();
    if (name.isEmpty() || name.size() > 80)
        return Error(ErrorCode::InvalidArgument, CameraText::badName());
    const QString address = camera.address.trimmed();
    if (address.isEmpty())
        return Error(ErrorCode::InvalidArgument, CameraText::noAddress());
    switch (camera.kind) {
    case CameraSettings::Kind::Usb: {
        bool isIndex = false;
        const int index = address.toInt(&isIndex);
        if (!(isIndex && index >= 0 && index < 64) && !address.startsWith(QLatin1String("/dev/")))
            return Error(ErrorCode::InvalidArgument, CameraText::badUsb(address));
        break;
    }
    case CameraSettings::Kind::Rtsp:
    case CameraSettings::Kind::Mjpeg: {
        const bool rtsp = camera.kind == CameraSettings::Kind::Rtsp;
        const QUrl url(address, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        const bool schemeOk =
            rtsp ? (scheme == QLatin1String("rtsp")) : (scheme == QLatin1String("http"));
        if (!url.isValid() || !schemeOk || url.host().isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         CameraText::badUrl(address, rtsp ? QStringLiteral("rtsp://")
                                                          : QStringLiteral("http://")));
        if (!url.userInfo().isEmpty())
            return Error(ErrorCode::InvalidArgument, CameraText::credentialsInUrl());
        break;
    }
    case CameraSettings::Kind::File: {
        const QFileInfo info(address);
        if (!info.isFile() || !info.isReadable())
            return Error(ErrorCode::NotFound, CameraText::noFile(address));
        break;
    }
    }
    if (!QTimeZone(camera.timeZone.toUtf8()).isValid())
        return Error(ErrorCode::InvalidArgument, CameraText::badZone(camera.timeZone));
    if (camera.latitude.has_value() != camera.longitude.has_value() ||
        (camera.latitude && (qAbs(*camera.latitude) > 90.0 || qAbs(*camera.longitude) > 180.0)))
        return Error(ErrorCode::InvalidArgument, CameraText::badLocation());
    if (camera.windowMs < 1000 || camera.windowMs > 120000)
        return Error(ErrorCode::InvalidArgument, CameraText::badWindow());
    if (!(camera.minConfidence >= 0.0 && camera.minConfidence <= 100.0))
        return Error(ErrorCode::InvalidArgument, CameraText::badConfidence());
    return {};
}

Result<QList<CameraSettings>> CameraService::cameras(const Session& session) {
    if (auto allowed = mayView(m_station, session); !allowed)
        return allowed.error();
    auto query = m_station.database().prepare(
        QByteArray(selectCameras).append("ORDER BY d.name").constData());
    if (!query)
        return query.error();
    QList<CameraSettings> cameras;
    while (true) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!row.value())
            return cameras;
        cameras.append(cameraFrom(query.value()));
    }
}

Result<CameraSettings> CameraService::camera(const Session& session, qint64 id) {
    if (auto allowed = mayView(m_station, session); !allowed)
        return allowed.error();
    return findCamera(m_station.database(), id);
}

Result<CameraSettings> CameraService::save(const Session& session, const CameraChange& change) {
    if (auto active = m_station.requireActive(session, Permission::ConfigureCameras); !active)
        return active.error();
    CameraSettings camera = change.settings;
    camera.name = camera.name.trimmed();
    camera.address = camera.address.trimmed();
    camera.userName = camera.userName.trimmed();
    camera.direction = camera.direction.trimmed();
    if (auto valid = validate(camera); !valid)
        return valid.error();
    const bool setPassword = change.password == CameraChange::Password::Set;
    if (setPassword && camera.userName.isEmpty())
        return Error(ErrorCode::InvalidArgument, CameraText::passwordWithoutUser());

    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    std::optional<CameraSettings> before;
    if (camera.id != 0) {
        auto found = findCamera(db, camera.id);
        if (!found)
            return found.error();
        before = found.value();
        camera.deviceId = before->deviceId;
    }
    // The device name is unique across imported devices and cameras.
    auto clash = db.prepare("SELECT id FROM devices WHERE name = ?1 AND id != ?2");
    if (!clash)
        return clash.error();
    clash->bind(1, camera.name).bind(2, camera.deviceId);
    auto taken = clash->step();
    if (!taken)
        return taken.error();
    if (taken.value())
        return Error(ErrorCode::AlreadyExists, CameraText::nameTaken(camera.name));

    const QDateTime now = m_station.clock().nowUtc();
    const QString nowText = TimeFormat::toStorage(now);
    // The device's name, zone and location, the same in both statements below.
    const auto bindDevice = [&camera](Statement& device) {
        device.bind(1, camera.name).bind(2, camera.timeZone);
        if (camera.hasLocation())
            device.bind(3, *camera.latitude).bind(4, *camera.longitude);
        else
            device.bindNull(3).bindNull(4);
    };
    if (!before) {
        auto device =
            db.prepare("INSERT INTO devices (name, type, time_zone, latitude, longitude, "
                       "created_utc, created_by) VALUES (?1, 'camera', ?2, ?3, ?4, ?5, ?6)");
        if (!device)
            return device.error();
        bindDevice(device.value());
        device->bind(5, nowText).bind(6, session.userId);
        if (auto done = device->run(); !done)
            return done.error();
        camera.deviceId = db.lastInsertRowId();
    } else {
        auto device = db.prepare("UPDATE devices SET name = ?1, time_zone = ?2, latitude = ?3, "
                                 "longitude = ?4 WHERE id = ?5");
        if (!device)
            return device.error();
        bindDevice(device.value());
        device->bind(5, camera.deviceId);
        if (auto done = device->run(); !done)
            return done.error();
    }

    QByteArray sealed;
    if (setPassword) {
        auto sealing = CredentialCipher(m_station.store().key()).seal(change.newPassword);
        if (!sealing)
            return sealing.error();
        sealed = sealing.value();
    }
    const char* const sql =
        before ? "UPDATE cameras SET kind = ?2, address = ?3, user_name = ?4, direction = ?5, "
                 "active = ?6, window_ms = ?7, min_confidence = ?8, changed_utc = ?9, "
                 "changed_by = ?10 WHERE id = ?1"
               : "INSERT INTO cameras (device_id, kind, address, user_name, direction, active, "
                 "window_ms, min_confidence, changed_utc, changed_by) VALUES (?1, ?2, ?3, ?4, ?5, "
                 "?6, ?7, ?8, ?9, ?10)";
    auto write = db.prepare(sql);
    if (!write)
        return write.error();
    write->bind(1, before ? camera.id : camera.deviceId)
        .bind(2, CameraSettings::kindName(camera.kind))
        .bind(3, camera.address)
        .bindOptional(4, camera.userName)
        .bindOptional(5, camera.direction)
        .bind(6, qint64(camera.active ? 1 : 0))
        .bind(7, qint64(camera.windowMs))
        .bind(8, camera.minConfidence)
        .bind(9, nowText)
        .bind(10, session.userId);
    if (auto done = write->run(); !done)
        return done.error();
    if (!before)
        camera.id = db.lastInsertRowId();

    // The password: sealed, kept, or removed (also when the user name goes).
    const bool clearPassword =
        change.password == CameraChange::Password::Clear || camera.userName.isEmpty();
    if (setPassword || clearPassword) {
        auto credentials = db.prepare("UPDATE cameras SET credentials = ?2 WHERE id = ?1");
        if (!credentials)
            return credentials.error();
        credentials->bind(1, camera.id);
        if (setPassword)
            credentials->bindBlob(2, sealed);
        else
            credentials->bindNull(2);
        if (auto done = credentials->run(); !done)
            return done.error();
    }
    camera.hasPassword = setPassword || (!clearPassword && before && before->hasPassword);
    camera.changedUtc = now;

    AuditRecord record(before ? AuditAction::cameraChanged() : AuditAction::cameraCreated(),
                       AuditOutcome::Success, QStringLiteral("camera"), camera.name);
    record.details = describe(camera);
    if (before && before->name != camera.name)
        record.details.insert(QStringLiteral("previousName"), before->name);
    record.details.insert(QStringLiteral("password"), setPassword     ? QStringLiteral("set")
                                                      : clearPassword ? QStringLiteral("none")
                                                                      : QStringLiteral("kept"));
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), record); !added)
        return added.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return camera;
}

Result<CaptureTarget> CameraService::prepareCapture(const Session& session, qint64 id) {
    if (auto active = m_station.requireActive(session, Permission::RunCameras); !active)
        return active.error();
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto found = findCamera(db, id);
    if (!found)
        return found.error();
    CaptureTarget target;
    target.settings = found.value();
    if (!target.settings.active)
        return Error(ErrorCode::InvalidArgument, CameraText::inactive(target.settings.name));
    if (target.settings.hasPassword) {
        auto query = db.prepare("SELECT credentials FROM cameras WHERE id = ?1");
        if (!query)
            return query.error();
        query->bind(1, id);
        auto row = query->step();
        if (!row)
            return row.error();
        auto opened = CredentialCipher(m_station.store().key()).open(query->blob(0));
        if (!opened)
            return opened.error();
        target.password = std::move(opened.value());
    }
    target.store = &m_station.store();
    target.userId = session.userId;
    target.audit = &m_station.auditLog();
    target.clock = &m_station.clock();
    target.actor = session.actor();

    AuditRecord record(AuditAction::cameraStarted(), AuditOutcome::Success,
                       QStringLiteral("camera"), target.settings.name);
    record.details.insert(QStringLiteral("kind"), CameraSettings::kindName(target.settings.kind));
    record.details.insert(QStringLiteral("address"), target.settings.address);
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), record); !added)
        return added.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return target;
}

Status CameraService::recordStopped(const Session& session, qint64 id,
                                    const CaptureTotals& totals) {
    // Also after the session locked for idleness: the capture ran under it.
    if (auto known = m_station.requireKnown(session); !known)
        return known.error();
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto found = findCamera(db, id);
    if (!found)
        return found.error();
    AuditRecord record(AuditAction::cameraStopped(), AuditOutcome::Success,
                       QStringLiteral("camera"), found->name);
    record.details.insert(QStringLiteral("frames"), totals.frames);
    record.details.insert(QStringLiteral("framesRecognised"), totals.framesRead);
    record.details.insert(QStringLiteral("reads"), totals.reads);
    record.details.insert(QStringLiteral("reconnects"), totals.reconnects);
    if (!totals.lastError.isEmpty())
        record.details.insert(QStringLiteral("lastError"), totals.lastError);
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), record); !added)
        return added.error();
    return tx->commit();
}

} // namespace pl::core
