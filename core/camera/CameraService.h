#pragma once

#include "core/accounts/Session.h"
#include "core/camera/CameraSettings.h"
#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QList>
#include <QString>

namespace pl::core {

class AuditLog;
class Clock;
class Station;
class Store;

// What a capture needs to reach a camera and store its reads, handed from
// the person's session to the threads that do the work.
struct CaptureTarget {
    CameraSettings settings;
    SecretBytes password; // empty: none
    const Store* store = nullptr;
    qint64 userId = 0;
    // For the hot-list alerts the camera's reads raise.
    const AuditLog* audit = nullptr;
    const Clock* clock = nullptr;
    AuditActor actor;
};

// Totals of one capture, recorded when it stops.
struct CaptureTotals {
    qint64 frames = 0;
    qint64 framesRead = 0; // recognised; the others were dropped
    qint64 reads = 0;      // stored
    int reconnects = 0;
    QString lastError;
};

// Cameras: their settings (agents and administrators), and starting and
// stopping captures (agents and investigators). Each change, start and stop
// is audited in the same transaction; credentials never reach the trail.
class CameraService {
public:
    explicit CameraService(Station& station);

    // Anyone who may run or configure cameras sees them (without passwords).
    Result<QList<CameraSettings>> cameras(const Session& session);
    Result<CameraSettings> camera(const Session& session, qint64 id);
    // Adds (settings.id == 0) or changes a camera.
    Result<CameraSettings> save(const Session& session, const CameraChange& change);

    // Checks the camera is active and the person may run it, audits the
    // start, and returns what the capture needs, password included.
    Result<CaptureTarget> prepareCapture(const Session& session, qint64 id);
    Status recordStopped(const Session& session, qint64 id, const CaptureTotals& totals);

    // Why these settings cannot be saved, or nothing.
    static Status validate(const CameraSettings& settings);

private:
    Station& m_station;
};

} // namespace pl::core
