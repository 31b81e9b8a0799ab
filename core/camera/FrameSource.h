#pragma once

#include "core/camera/CameraSettings.h"
#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QString>

#include <atomic>
#include <memory>
#include <opencv2/core/mat.hpp>

namespace pl::core {

// Where a camera's frames come from: a USB device, an RTSP or MJPEG-over-HTTP
// stream, or a video file replayed. Used from one (capture) thread; every
// call returns within a few seconds, sooner once stop is set.
class FrameSource {
public:
    enum class Outcome { Frame, End, Failed };

    virtual ~FrameSource() = default;

    // Connects or opens. The error says what is wrong in words a person can
    // act on; its code tells whether trying again may help: Io (network,
    // device busy: try again later) or anything else (wrong address,
    // refused credentials, not a video: fix the settings first).
    virtual Status open() = 0;
    // The next frame (BGR). Failed sets error; End only for replays.
    virtual Outcome next(cv::Mat& frame, Error* error) = 0;
    virtual void close() = 0;
    // Where the replay is (ms from its start), for replays; else -1.
    virtual qint64 positionMs() const { return -1; }
    // Frames per second the source announces, 0 when unknown.
    virtual double nominalFps() const { return 0; }

    // stop: set by another thread to make blocking calls return early.
    static std::unique_ptr<FrameSource>
    create(const CameraSettings& camera, const SecretBytes& password, const std::atomic_bool& stop);
};

} // namespace pl::core
