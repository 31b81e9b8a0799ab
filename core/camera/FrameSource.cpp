#include "core/camera/FrameSource.h"

#include "core/camera/MjpegStreamParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QUrl>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

namespace pl::core {

namespace {

class SourceText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::FrameSource)
public:
    static QString usbUnavailable(const QString& address) {
        return tr("The USB camera %1 cannot be opened: it is not connected, another program is "
                  "using it, or this account may not use video devices.")
            .arg(address);
    }
    static QString rtspUnavailable(const QString& address) {
        return tr("The RTSP stream %1 cannot be opened: check the address, the network and the "
                  "user name and password.")
            .arg(address);
    }
    static QString fileUnplayable(const QString& path) {
        return tr("The file %1 cannot be played: it is missing, not a video, or in a format "
                  "this station cannot read.")
            .arg(path);
    }
    static QString streamEnded() { return tr("The camera stopped sending frames."); }
    static QString hostUnknown(const QString& host) {
        return tr("The camera's host \"%1\" is not known on this network.").arg(host);
    }
    static QString refused(const QString& where) {
        return tr("Nothing answers at %1 (connection refused): check the address and port, and "
                  "that the camera is on.")
            .arg(where);
    }
    static QString noAnswer(const QString& where, int seconds) {
        return tr("No answer from %1 within %2 s.").arg(where).arg(seconds);
    }
    static QString network(const QString& where, const QString& why) {
        return tr("Network error with %1: %2").arg(where, why);
    }
    static QString credentialsRefused(int status) {
        return tr("The camera refused the user name or password (HTTP %1). Check them in the "
                  "camera's settings.")
            .arg(status);
    }
    static QString credentialsNeeded(int status) {
        return tr("The camera asks for a user name and password (HTTP %1). Enter them in the "
                  "camera's settings.")
            .arg(status);
    }
    static QString noStream(const QString& url) {
        return tr("The camera has no stream at %1 (HTTP 404). Check the path in the address.")
            .arg(url);
    }
    static QString httpStatus(int status, const QString& reason) {
        return tr("The camera answered HTTP %1 %2.").arg(status).arg(reason);
    }
    static QString notMjpeg(const QString& type) {
        return tr("The address serves \"%1\", not an MJPEG stream or a JPEG picture.").arg(type);
    }
    static QString badHttp() { return tr("The camera's answer is not valid HTTP."); }
    static QString noFrame(int seconds) { return tr("No frame arrived for %1 s.").arg(seconds); }
    static QString connectionClosed() { return tr("The camera closed the connection."); }
};

constexpr int kConnectMs = 5000;
constexpr int kFrameTimeoutMs = 10000;
constexpr int kSliceMs = 200;

// USB cameras, RTSP streams and video files, through OpenCV's video I/O
// (V4L2 for USB, FFmpeg for streams and files).
class VideoCaptureSource : public FrameSource {
public:
    VideoCaptureSource(const CameraSettings& camera, const SecretBytes& password)
        : m_camera(camera) {
        if (camera.kind == CameraSettings::Kind::Rtsp) {
            QUrl url(camera.address);
            if (!camera.userName.isEmpty()) {
                url.setUserName(camera.userName);
                url.setPassword(
                    QString::fromUtf8(password.chars(), static_cast<qsizetype>(password.size())));
            }
            m_url = url.toString(QUrl::FullyEncoded).toStdString();
        }
    }
    ~VideoCaptureSource() override {
        // The URL may hold the password.
        std::fill(m_url.begin(), m_url.end(), '\0');
    }

    Status open() override {
        const std::vector<int> timeouts{cv::CAP_PROP_OPEN_TIMEOUT_MSEC, kConnectMs,
                                        cv::CAP_PROP_READ_TIMEOUT_MSEC, kFrameTimeoutMs};
        bool opened = false;
        try {
            switch (m_camera.kind) {
            case CameraSettings::Kind::Usb: {
                bool isIndex = false;
                const int index = m_camera.address.toInt(&isIndex);
                opened = isIndex ? m_capture.open(index, cv::CAP_V4L2)
                                 : m_capture.open(m_camera.address.toStdString(), cv::CAP_V4L2);
                break;
            }
            case CameraSettings::Kind::Rtsp:
                opened = m_capture.open(m_url, cv::CAP_FFMPEG, timeouts) ||
                         m_capture.open(m_url, cv::CAP_GSTREAMER);
                break;
            case CameraSettings::Kind::File:
            case CameraSettings::Kind::Mjpeg:
                opened = m_capture.open(m_camera.address.toStdString(), cv::CAP_FFMPEG) ||
                         m_capture.open(m_camera.address.toStdString(), cv::CAP_ANY);
                break;
            }
        } catch (const cv::Exception&) {
            opened = false;
        }
        if (opened)
            return {};
        switch (m_camera.kind) {
        case CameraSettings::Kind::Usb:
            return Error(ErrorCode::Io, SourceText::usbUnavailable(m_camera.address));
        case CameraSettings::Kind::Rtsp:
            return Error(ErrorCode::Io, SourceText::rtspUnavailable(m_camera.address));
        default:
            return Error(ErrorCode::InvalidArgument, SourceText::fileUnplayable(m_camera.address));
        }
    }

    Outcome next(cv::Mat& frame, Error* error) override {
        bool got = false;
        try {
            got = m_capture.read(frame) && !frame.empty();
        } catch (const cv::Exception&) {
            got = false;
        }
        if (got)
            return Outcome::Frame;
        if (m_camera.kind == CameraSettings::Kind::File)
            return Outcome::End;
        if (error)
            *error = Error(ErrorCode::Io, SourceText::streamEnded());
        return Outcome::Failed;
    }

    void close() override { m_capture.release(); }

    qint64 positionMs() const override {
        if (m_camera.kind != CameraSettings::Kind::File)
            return -1;
        return static_cast<qint64>(m_capture.get(cv::CAP_PROP_POS_MSEC));
    }
    double nominalFps() const override {
        const double fps = m_capture.get(cv::CAP_PROP_FPS);
        return fps > 0 && fps < 1000 ? fps : 0;
    }

private:
    CameraSettings m_camera;
    std::string m_url;
    cv::VideoCapture m_capture;
};

// MJPEG over HTTP, read directly so that a wrong address, a refused password
// or a dropped connection each get their own message. Also polls cameras
// that serve one JPEG picture per request. Basic authentication.
class MjpegHttpSource : public FrameSource {
public:
    MjpegHttpSource(const CameraSettings& camera, const SecretBytes& password,
                    const std::atomic_bool& stop)
        : m_url(camera.address)
        , m_stop(stop) {
        if (!camera.userName.isEmpty()) {
            QByteArray pair = camera.userName.toUtf8() + ':' +
                              QByteArray(password.chars(), static_cast<qsizetype>(password.size()));
            m_authorization = "Basic " + pair.toBase64();
            pair.fill('\0');
        }
    }
    ~MjpegHttpSource() override { m_authorization.fill('\0'); }

    Status open() override {
        close();
        m_socket = std::make_unique<QTcpSocket>();
        const QString host = m_url.host();
        const quint16 port = static_cast<quint16>(m_url.port(80));
        const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
        m_socket->connectToHost(host, port);
        if (!waitFor([this] { return m_socket->waitForConnected(kSliceMs); }, kConnectMs,
                     [this] { return m_socket->state() == QAbstractSocket::ConnectedState; }))
            return socketError(where);
        QByteArray request = "GET " + m_url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                             " HTTP/1.0\r\nHost: " + where.toUtf8() +
                             "\r\nUser-Agent: PlateLedger\r\nAccept: */*\r\n";
        if (m_url.path().isEmpty())
            request.replace("GET  HTTP", "GET / HTTP");
        if (!m_authorization.isEmpty())
            request += "Authorization: " + m_authorization + "\r\n";
        request += "\r\n";
        m_socket->write(request);
        request.fill('\0');
        QByteArray head;
        QElapsedTimer waited;
        waited.start();
        while (true) {
            if (m_stop)
                return Error(ErrorCode::Cancelled, QString());
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end >= 0) {
                m_pending = head.mid(end + 4);
                head.truncate(end);
                break;
            }
            if (head.size() > 64 * 1024)
                return Error(ErrorCode::InvalidArgument, SourceText::badHttp());
            if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(kSliceMs)) {
                if (m_socket->state() != QAbstractSocket::ConnectedState)
                    return Error(ErrorCode::Io, SourceText::connectionClosed());
                if (waited.elapsed() > kFrameTimeoutMs)
                    return Error(ErrorCode::Io,
                                 SourceText::noAnswer(where, kFrameTimeoutMs / 1000));
                continue;
            }
            head += m_socket->readAll();
        }
        return readHead(head);
    }

    Outcome next(cv::Mat& frame, Error* error) override {
        while (true) {
            if (m_snapshot) {
                // One picture per request: wait for the whole body, then ask again.
                if (!readBody(error))
                    return Outcome::Failed;
                const QByteArray jpeg = std::exchange(m_pending, {});
                if (auto reopened = open(); !reopened) {
                    if (error)
                        *error = reopened.error();
                    return Outcome::Failed;
                }
                if (decode(jpeg, frame))
                    return Outcome::Frame;
                continue;
            }
            if (!m_parts.isEmpty()) {
                if (decode(m_parts.takeFirst(), frame))
                    return Outcome::Frame;
                continue;
            }
            if (!m_pending.isEmpty()) {
                m_parts = m_parser->feed(std::exchange(m_pending, {}));
                continue;
            }
            QElapsedTimer waited;
            waited.start();
            while (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(kSliceMs)) {
                if (m_stop || m_socket->state() != QAbstractSocket::ConnectedState ||
                    waited.elapsed() > kFrameTimeoutMs) {
                    if (error)
                        *error = Error(ErrorCode::Io,
                                       m_socket->state() != QAbstractSocket::ConnectedState
                                           ? SourceText::connectionClosed()
                                           : SourceText::noFrame(kFrameTimeoutMs / 1000));
                    return Outcome::Failed;
                }
            }
            m_parts = m_parser->feed(m_socket->readAll());
        }
    }

    void close() override {
        if (m_socket) {
            m_socket->abort();
            m_socket.reset();
        }
        m_parts.clear();
        m_pending.clear();
    }

private:
    template <typename Wait, typename Done>
    bool waitFor(Wait wait, int totalMs, Done done) {
        QElapsedTimer timer;
        timer.start();
        while (!done() && !m_stop && timer.elapsed() < totalMs) {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                return false;
            wait();
        }
        return done();
    }

    Error socketError(const QString& where) const {
        switch (m_socket->error()) {
        case QAbstractSocket::HostNotFoundError:
            return Error(ErrorCode::Io, SourceText::hostUnknown(m_url.host()));
        case QAbstractSocket::ConnectionRefusedError:
            return Error(ErrorCode::Io, SourceText::refused(where));
        case QAbstractSocket::SocketTimeoutError:
        case QAbstractSocket::UnknownSocketError:
            if (m_socket->state() != QAbstractSocket::UnconnectedState || m_stop)
                return Error(ErrorCode::Io, SourceText::noAnswer(where, kConnectMs / 1000));
            [[fallthrough]];
        default:
            return Error(ErrorCode::Io, SourceText::network(where, m_socket->errorString()));
        }
    }

    Status readHead(const QByteArray& head) {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
        bool ok = false;
        const int code = status.value(1).toInt(&ok);
        if (!status.value(0).startsWith("HTTP/") || !ok)
            return Error(ErrorCode::InvalidArgument, SourceText::badHttp());
        QByteArray contentType;
        m_contentLength = -1;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            if (name == "content-type")
                contentType = value;
            else if (name == "content-length")
                m_contentLength = value.toLongLong();
        }
        if (code == 401 || code == 403)
            return Error(ErrorCode::PermissionDenied, m_authorization.isEmpty()
                                                          ? SourceText::credentialsNeeded(code)
                                                          : SourceText::credentialsRefused(code));
        if (code == 404)
            return Error(ErrorCode::NotFound, SourceText::noStream(m_url.toDisplayString()));
        if (code != 200) {
            const QByteArray reason = status.mid(2).join(' ');
            return Error(code >= 500 ? ErrorCode::Io : ErrorCode::InvalidArgument,
                         SourceText::httpStatus(code, QString::fromLatin1(reason)));
        }
        const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
        if (type.startsWith("multipart/")) {
            const QByteArray boundary = MjpegStreamParser::boundaryOf(contentType);
            if (boundary.isEmpty())
                return Error(ErrorCode::InvalidArgument, SourceText::badHttp());
            m_parser = std::make_unique<MjpegStreamParser>(boundary);
            m_snapshot = false;
            return {};
        }
        if (type == "image/jpeg" || type == "image/jpg") {
            m_snapshot = true;
            return {};
        }
        return Error(ErrorCode::InvalidArgument,
                     SourceText::notMjpeg(QString::fromLatin1(contentType)));
    }

    // The rest of a snapshot's body into m_pending.
    bool readBody(Error* error) {
        QElapsedTimer waited;
        waited.start();
        while (m_contentLength < 0 || m_pending.size() < m_contentLength) {
            if (m_socket->bytesAvailable() > 0) {
                m_pending += m_socket->readAll();
                continue;
            }
            if (m_socket->waitForReadyRead(kSliceMs))
                continue;
            if (m_socket->state() != QAbstractSocket::ConnectedState) {
                m_pending += m_socket->readAll();
                if (m_contentLength < 0)
                    return true; // the body ends with the connection
                break;
            }
            if (m_stop || waited.elapsed() > kFrameTimeoutMs)
                break;
        }
        if (m_contentLength >= 0 && m_pending.size() >= m_contentLength) {
            m_pending.truncate(m_contentLength);
            return true;
        }
        if (error)
            *error = Error(ErrorCode::Io, SourceText::noFrame(kFrameTimeoutMs / 1000));
        return false;
    }

    static bool decode(const QByteArray& jpeg, cv::Mat& frame) {
        if (jpeg.isEmpty())
            return false;
        try {
            const cv::Mat bytes(1, static_cast<int>(jpeg.size()), CV_8UC1,
                                const_cast<char*>(jpeg.constData()));
            frame = cv::imdecode(bytes, cv::IMREAD_COLOR);
        } catch (const cv::Exception&) {
            return false;
        }
        return !frame.empty();
    }

    QUrl m_url;
    const std::atomic_bool& m_stop;
    QByteArray m_authorization;
    std::unique_ptr<QTcpSocket> m_socket;
    std::unique_ptr<MjpegStreamParser> m_parser;
    QList<QByteArray> m_parts;
    QByteArray m_pending;
    qint64 m_contentLength = -1;
    bool m_snapshot = false;
};

} // namespace

std::unique_ptr<FrameSource> FrameSource::create(const CameraSettings& camera,
                                                 const SecretBytes& password,
                                                 const std::atomic_bool& stop) {
    if (camera.kind == CameraSettings::Kind::Mjpeg)
        return std::make_unique<MjpegHttpSource>(camera, password, stop);
    return std::make_unique<VideoCaptureSource>(camera, password);
}

} // namespace pl::core
