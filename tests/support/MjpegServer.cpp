#include "tests/support/MjpegServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace pl::tests {

MjpegServer::MjpegServer(QByteArray frame, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_frame(std::move(frame))
    , m_intervalMs(intervalMs) {
    connect(&m_server, &QTcpServer::newConnection, this, &MjpegServer::accept);
}

MjpegServer::~MjpegServer() = default;

bool MjpegServer::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString MjpegServer::url() const {
    return QStringLiteral("http://127.0.0.1:%1/video.mjpg").arg(port());
}

void MjpegServer::requireCredentials(const QString& user, const QString& password) {
    m_authorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

void MjpegServer::accept() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        ++m_connections;
        auto* request = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [request] { delete request; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, request] {
            if (request->endsWith("\r\n\r\n") && request->contains("GET"))
                return; // already answered
            request->append(socket->readAll());
            if (request->contains("\r\n\r\n"))
                answer(socket, *request);
        });
    }
}

void MjpegServer::answer(QTcpSocket* socket, const QByteArray& request) {
    const QList<QByteArray> lines = request.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (!m_authorization.isEmpty()) {
        bool authorised = false;
        for (const QByteArray& line : lines)
            if (line.toLower().startsWith("authorization:") &&
                line.mid(14).trimmed() == m_authorization)
                authorised = true;
        if (!authorised) {
            socket->write("HTTP/1.0 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"cam\"\r\n"
                          "Content-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
    }
    if (first.value(1) != "/video.mjpg") {
        socket->write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    socket->write("HTTP/1.0 200 OK\r\nContent-Type: multipart/x-mixed-replace; "
                  "boundary=frameboundary\r\nCache-Control: no-cache\r\n\r\n");
    auto* timer = new QTimer(socket);
    auto* sent = new int(0);
    connect(timer, &QObject::destroyed, this, [sent] { delete sent; });
    connect(timer, &QTimer::timeout, this,
            [this, socket, timer, sent] { sendFrame(socket, timer, sent); });
    timer->start(m_intervalMs);
}

void MjpegServer::sendFrame(QTcpSocket* socket, QTimer* timer, int* sentOnConnection) {
    if (socket->state() != QAbstractSocket::ConnectedState) {
        timer->stop();
        return;
    }
    const QByteArray jpeg = m_frame;
    socket->write("--frameboundary\r\nContent-Type: image/jpeg\r\nContent-Length: " +
                  QByteArray::number(jpeg.size()) + "\r\n\r\n");
    socket->write(jpeg);
    socket->write("\r\n");
    ++m_framesSent;
    if (m_dropAfter > 0 && ++*sentOnConnection >= m_dropAfter) {
        timer->stop();
        socket->disconnectFromHost();
    }
}

} // namespace pl::tests
