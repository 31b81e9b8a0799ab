#include "core/camera/CameraRunner.h"

#include "core/camera/FrameSource.h"
#include "core/camera/LiveReadStore.h"
#include "core/camera/PlateTracker.h"
#include "core/recognition/PlateRecognizer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMetaMethod>

#include <chrono>
#include <opencv2/imgproc.hpp>

namespace pl::core {

struct CameraRunner::Pending {
    cv::Mat frame;
};

namespace {

class RunnerText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::CameraRunner)
public:
    static QString cannotStore(const QString& why) {
        return tr("Reads cannot be stored: %1").arg(why);
    }
    static QString cannotRecognise(const QString& why) {
        return tr("Plate recognition cannot start: %1").arg(why);
    }
};

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

QString CameraStatus::stateLabel(State state) {
    const char* const context = "pl::core::CameraStatus";
    switch (state) {
    case State::Connecting:
        return QCoreApplication::translate(context, "Connecting");
    case State::Connected:
        return QCoreApplication::translate(context, "Connected");
    case State::Reconnecting:
        return QCoreApplication::translate(context, "Reconnecting");
    case State::Failed:
        return QCoreApplication::translate(context, "Failed");
    case State::Finished:
        return QCoreApplication::translate(context, "Replay finished");
    case State::Stopped:
        return QCoreApplication::translate(context, "Stopped");
    }
    return {};
}

CameraRunner::CameraRunner(CaptureTarget target, Options options, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_options(std::move(options))
    , m_pending(std::make_unique<Pending>()) {
    qRegisterMetaType<pl::core::CameraStatus>();
    qRegisterMetaType<pl::core::LiveFrame>();
    qRegisterMetaType<pl::core::LiveRead>();
    m_status.cameraId = m_target.settings.id;
    m_status.state = CameraStatus::State::Stopped;
}

CameraRunner::~CameraRunner() {
    stop();
    wait();
}

void CameraRunner::start() {
    if (m_running)
        return;
    wait();
    m_stop = false;
    m_running = true;
    {
        std::lock_guard lock(m_mutex);
        m_hasPending = false;
        m_captureDone = false;
        m_status = CameraStatus();
        m_status.cameraId = m_target.settings.id;
        m_rateStartMs = nowMs();
    }
    setState(CameraStatus::State::Connecting);
    m_recogniseThread = std::thread([this] { recogniseLoop(); });
    m_captureThread = std::thread([this] { captureLoop(); });
}

void CameraRunner::stop() {
    m_stop = true;
    m_wake.notify_all();
}

void CameraRunner::wait() {
    if (m_captureThread.joinable())
        m_captureThread.join();
    if (m_recogniseThread.joinable())
        m_recogniseThread.join();
}

CameraStatus CameraRunner::status() const {
    std::lock_guard lock(m_mutex);
    return m_status;
}

CaptureTotals CameraRunner::totals() const {
    std::lock_guard lock(m_mutex);
    CaptureTotals totals;
    totals.frames = m_status.frames;
    totals.framesRead = m_status.framesRead;
    totals.reads = m_status.reads;
    totals.reconnects = m_status.reconnects;
    totals.lastError = m_lastError;
    return totals;
}

void CameraRunner::setState(CameraStatus::State state, const QString& error, qint64 retryInMs) {
    {
        std::lock_guard lock(m_mutex);
        m_status.state = state;
        m_status.retryInMs = retryInMs;
        if (!error.isEmpty()) {
            m_status.lastError = error;
            m_lastError = error;
        }
    }
    publishStatus();
}

void CameraRunner::publishStatus() {
    CameraStatus copy;
    {
        std::lock_guard lock(m_mutex);
        const qint64 now = nowMs();
        const qint64 span = now - m_rateStartMs;
        if (span >= 1000) {
            m_status.framesPerSecond = double(m_status.frames - m_rateFrames) * 1000.0 / span;
            m_status.recognisedPerSecond = double(m_status.framesRead - m_rateRead) * 1000.0 / span;
            m_rateStartMs = now;
            m_rateFrames = m_status.frames;
            m_rateRead = m_status.framesRead;
        }
        copy = m_status;
    }
    Q_EMIT statusChanged(copy);
}

void CameraRunner::sleepUnlessStopped(int ms) {
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stop.load(); });
}

void CameraRunner::fail(const QString& message) {
    setState(CameraStatus::State::Failed, message);
    m_stop = true;
    m_wake.notify_all();
}

void CameraRunner::captureLoop() {
    int retryMs = m_options.firstRetryMs;
    bool first = true;
    while (!m_stop) {
        if (!first)
            setState(CameraStatus::State::Connecting);
        auto source = FrameSource::create(m_target.settings, m_target.password, m_stop);
        const Status opened = source->open();
        if (m_stop)
            break;
        if (!opened) {
            // Only network and device trouble passes by itself.
            if (opened.error().code() != ErrorCode::Io) {
                setState(CameraStatus::State::Failed, opened.error().message());
                break;
            }
            setState(CameraStatus::State::Reconnecting, opened.error().message(), retryMs);
            sleepUnlessStopped(retryMs);
            retryMs = std::min(retryMs * 2, m_options.maxRetryMs);
            {
                std::lock_guard lock(m_mutex);
                ++m_status.reconnects;
            }
            first = false;
            continue;
        }
        setState(CameraStatus::State::Connected);
        const bool ended = runSource(*source, retryMs);
        source->close();
        first = false;
        if (ended)
            break;
    }
    {
        std::lock_guard lock(m_mutex);
        m_captureDone = true;
    }
    m_wake.notify_all();
}

// Reads frames until the source fails (false: reconnect) or ends (true).
bool CameraRunner::runSource(FrameSource& source, int& retryMs) {
    const bool replay = m_target.settings.kind == CameraSettings::Kind::File;
    const qint64 startMs = nowMs();
    QElapsedTimer clock;
    clock.start();
    qint64 lastStatusMs = 0;
    cv::Mat frame;
    while (!m_stop) {
        Error error(ErrorCode::Io, QString());
        const FrameSource::Outcome outcome = source.next(frame, &error);
        if (m_stop)
            return true;
        if (outcome == FrameSource::Outcome::End) {
            setState(CameraStatus::State::Finished);
            return true;
        }
        if (outcome == FrameSource::Outcome::Failed) {
            setState(CameraStatus::State::Reconnecting, error.message(), retryMs);
            sleepUnlessStopped(retryMs);
            retryMs = std::min(retryMs * 2, m_options.maxRetryMs);
            std::lock_guard lock(m_mutex);
            ++m_status.reconnects;
            return false;
        }
        retryMs = m_options.firstRetryMs;
        qint64 timeMs = nowMs();
        if (replay) {
            const qint64 position = std::max<qint64>(0, source.positionMs());
            timeMs = startMs + position;
            if (m_options.pacedReplay) {
                const qint64 ahead = position - clock.elapsed();
                if (ahead > 0)
                    sleepUnlessStopped(static_cast<int>(ahead));
            } else {
                // Every frame is read: wait until the last one was taken.
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return !m_hasPending || m_stop.load(); });
            }
        }
        handOver(frame, timeMs);
        sendPreview(frame);
        if (clock.elapsed() - lastStatusMs >= 1000) {
            lastStatusMs = clock.elapsed();
            publishStatus();
        }
    }
    return true;
}

void CameraRunner::handOver(const cv::Mat& frame, qint64 timeMs) {
    {
        std::lock_guard lock(m_mutex);
        ++m_status.frames;
        if (m_hasPending)
            ++m_status.dropped;
        // The source reuses its buffer: keep a copy.
        frame.copyTo(m_pending->frame);
        m_pendingTimeMs = timeMs;
        m_hasPending = true;
    }
    m_wake.notify_all();
}

void CameraRunner::sendPreview(const cv::Mat& frame) {
    static const QMetaMethod signal = QMetaMethod::fromSignal(&CameraRunner::frameReady);
    const qint64 now = nowMs();
    if (frame.empty() || now - m_lastPreviewMs < 1000 / std::max(1, m_options.previewPerSecond) ||
        !isSignalConnected(signal))
        return;
    m_lastPreviewMs = now;
    LiveFrame preview;
    preview.cameraId = m_target.settings.id;
    const double scale = std::min(1.0, double(m_options.previewWidth) / frame.cols);
    cv::Mat rgb;
    if (scale < 1.0) {
        cv::Mat smaller;
        cv::resize(frame, smaller, cv::Size(), scale, scale, cv::INTER_AREA);
        cv::cvtColor(smaller, rgb, cv::COLOR_BGR2RGB);
    } else {
        cv::cvtColor(frame, rgb, cv::COLOR_BGR2RGB);
    }
    preview.width = rgb.cols;
    preview.height = rgb.rows;
    preview.rgb.resize(qsizetype(rgb.cols) * rgb.rows * 3);
    for (int y = 0; y < rgb.rows; ++y)
        std::memcpy(preview.rgb.data() + qsizetype(y) * rgb.cols * 3, rgb.ptr(y),
                    size_t(rgb.cols) * 3);
    {
        std::lock_guard lock(m_mutex);
        for (const QRect& box : m_boxes)
            preview.boxes.append(QRect(qRound(box.x() * scale), qRound(box.y() * scale),
                                       qRound(box.width() * scale), qRound(box.height() * scale)));
        preview.texts = m_texts;
    }
    Q_EMIT frameReady(preview);
}

void CameraRunner::storeReads(LiveReadStore& store, const QList<TrackedRead>& reads) {
    for (const TrackedRead& read : reads) {
        auto stored = store.store(read);
        if (!stored) {
            setState(CameraStatus::State::Failed,
                     RunnerText::cannotStore(stored.error().message()));
            m_stop = true;
            m_wake.notify_all();
            return;
        }
        if (!stored.value())
            continue;
        LiveRead live;
        live.cameraId = m_target.settings.id;
        live.readId = stored.value()->readId;
        live.plate = read.text();
        live.confidence = read.confidence();
        live.timeMs = read.timeMs;
        live.frames = read.frames;
        live.plateJpeg = stored.value()->plateJpeg;
        {
            std::lock_guard lock(m_mutex);
            ++m_status.reads;
        }
        Q_EMIT readStored(live);
    }
}

void CameraRunner::waitForCapture() {
    // So the last state the capture thread set stays, and finished() comes last.
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_captureDone; });
}

void CameraRunner::recogniseLoop() {
    PlateRecognizer::Options options;
    options.tessdataDir = m_options.tessdataDir;
    auto recognizer = PlateRecognizer::create(options);
    auto store = LiveReadStore::open(m_target);
    if (!recognizer)
        fail(RunnerText::cannotRecognise(recognizer.error().message()));
    else if (!store)
        fail(RunnerText::cannotStore(store.error().message()));
    if (!recognizer || !store) {
        waitForCapture();
        m_running = false;
        Q_EMIT finished();
        return;
    }
    PlateTracker tracker(m_target.settings.windowMs, m_target.settings.minConfidence);
    const bool replay = m_target.settings.kind == CameraSettings::Kind::File;
    while (true) {
        cv::Mat frame;
        qint64 timeMs = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(500),
                            [this] { return m_hasPending || m_captureDone || m_stop.load(); });
            if (m_hasPending) {
                frame = std::move(m_pending->frame);
                m_pending->frame = cv::Mat();
                timeMs = m_pendingTimeMs;
                m_hasPending = false;
            } else if (m_captureDone || m_stop) {
                break;
            }
        }
        m_wake.notify_all();
        if (frame.empty()) {
            // No frame for a while: a plate no longer in view is done.
            if (!replay)
                storeReads(*store.value(), tracker.expire(nowMs()));
            continue;
        }
        const QList<PlateResult> plates = recognizer.value()->recognize(frame);
        {
            std::lock_guard lock(m_mutex);
            ++m_status.framesRead;
            m_boxes.clear();
            m_texts.clear();
            for (const PlateResult& plate : plates)
                if (const PlateCandidate* best = plate.best();
                    best && best->confidence >= m_target.settings.minConfidence) {
                    m_boxes.append(plate.box);
                    m_texts.append(best->text);
                }
        }
        storeReads(*store.value(), tracker.offer(timeMs, plates, frame));
    }
    storeReads(*store.value(), tracker.flush());
    waitForCapture();
    {
        std::lock_guard lock(m_mutex);
        if (m_status.state != CameraStatus::State::Failed &&
            m_status.state != CameraStatus::State::Finished)
            m_status.state = CameraStatus::State::Stopped;
    }
    publishStatus();
    m_running = false;
    Q_EMIT finished();
}

} // namespace pl::core
