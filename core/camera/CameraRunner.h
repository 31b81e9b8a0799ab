#pragma once

#include "core/camera/CameraService.h"
#include "core/camera/LiveTypes.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace cv {
class Mat;
} // namespace cv

namespace pl::core {

class FrameSource;
class LiveReadStore;
class PlateRecognizer;

// Runs one camera: a capture thread takes frames from the source and hands
// the newest to a recognition thread, dropping frames (never queueing them)
// when recognition falls behind. The recognition thread finds and reads
// plates, merges the same plate over consecutive frames into one read
// (PlateTracker) and stores it (LiveReadStore). A lost stream is reopened
// with growing pauses (1 s, 2 s, ... up to 30 s); settings that cannot work
// (wrong address, refused password) stop it with their message.
//
// Signals are emitted from the worker threads; connect them queued (the
// default across threads) to use them in the GUI.
class CameraRunner : public QObject {
    Q_OBJECT
public:
    struct Options {
        // A replay runs at the video's own speed, dropping frames like a
        // camera; unpaced, it hands over every frame and waits for each
        // (tests, batch replays).
        bool pacedReplay = true;
        int previewWidth = 960;
        int previewPerSecond = 8;
        int firstRetryMs = 1000;
        int maxRetryMs = 30000;
        QString tessdataDir; // empty: Tesseract's default
    };

    CameraRunner(CaptureTarget target, Options options, QObject* parent = nullptr);
    ~CameraRunner() override; // stops and waits

    qint64 cameraId() const { return m_target.settings.id; }
    const CameraSettings& camera() const { return m_target.settings; }

    void start();
    // Asks the threads to end: open reads are stored, then finished() is
    // emitted. Returns at once.
    void stop();
    // Waits for the threads (after stop(), or the end of a replay).
    void wait();
    bool isRunning() const { return m_running; }

    CameraStatus status() const;
    CaptureTotals totals() const;

Q_SIGNALS:
    void statusChanged(const pl::core::CameraStatus& status);
    void frameReady(const pl::core::LiveFrame& frame);
    void readStored(const pl::core::LiveRead& read);
    void finished();

private:
    void captureLoop();
    void recogniseLoop();
    bool runSource(FrameSource& source, int& retryMs);
    void handOver(const cv::Mat& frame, qint64 timeMs);
    void sendPreview(const cv::Mat& frame);
    void setState(CameraStatus::State state, const QString& error = {}, qint64 retryInMs = 0);
    void publishStatus();
    void sleepUnlessStopped(int ms);
    void storeReads(LiveReadStore& store, const QList<struct TrackedRead>& reads);
    void fail(const QString& message);
    void waitForCapture();

    CaptureTarget m_target;
    Options m_options;
    std::thread m_captureThread;
    std::thread m_recogniseThread;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_running{false};

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    // The frame handed to the recognition thread (OpenCV stays out of this
    // header, which the GUI includes).
    struct Pending;
    std::unique_ptr<Pending> m_pending;
    qint64 m_pendingTimeMs = 0;
    bool m_hasPending = false;
    bool m_captureDone = false;
    QList<QRect> m_boxes; // of the last recognised frame, in its pixels
    QStringList m_texts;
    CameraStatus m_status;
    QString m_lastError;
    qint64 m_lastPreviewMs = 0;
    qint64 m_rateStartMs = 0;
    qint64 m_rateFrames = 0;
    qint64 m_rateRead = 0;
};

} // namespace pl::core
