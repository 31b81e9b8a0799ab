#pragma once

#include "core/camera/CameraService.h"
#include "core/camera/PlateTracker.h"
#include "core/common/Result.h"
#include "core/import/EncodedRead.h"
#include "core/import/PlateNormalizer.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace pl::core {

class AlertWriter;
class Database;
class ReadWriter;

// Stores a camera's reads on its own connection (the recognition thread's),
// through the same writer as imported reads: plate as read and normalised,
// time, camera and its location, confidence, candidates and per-character
// confidences, the plate crop and the scene as JPEG.
class LiveReadStore {
public:
    struct Stored {
        qint64 readId = 0;
        QByteArray plateJpeg;
        int alerts = 0; // hot-list alerts the read raised
    };

    ~LiveReadStore();
    static Result<std::unique_ptr<LiveReadStore>> open(const CaptureTarget& target);

    // Nothing when the same plate, camera and time is already stored.
    Result<std::optional<Stored>> store(const TrackedRead& read);

    // The plate's box with a margin, cut from the frame, as JPEG.
    static QByteArray plateCrop(const TrackedRead& read);

private:
    LiveReadStore() = default;

    CameraSettings m_camera;
    qint64 m_userId = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReadWriter> m_writer;
    std::unique_ptr<AlertWriter> m_alerts; // none when the target has no audit log
    PlateNormalizer m_normalizer;
    EncodedRead m_encoded;
};

} // namespace pl::core
