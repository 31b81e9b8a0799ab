#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

namespace pl::tests {

// A small MJPEG-over-HTTP camera on 127.0.0.1 for tests: serves the frame
// it is shown (a JPEG) as multipart/x-mixed-replace at a fixed rate, for as
// long as the client stays, until it is shown another. Runs on the thread's
// event loop (QTest's QTRY_ macros spin it).
class MjpegServer : public QObject {
    Q_OBJECT
public:
    MjpegServer(QByteArray frame, int intervalMs, QObject* parent = nullptr);
    ~MjpegServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:PORT/video.mjpg
    QString url() const;

    // Basic authentication required from now on.
    void requireCredentials(const QString& user, const QString& password);
    // Each connection is closed after this many frames (0: never).
    void dropAfter(int frames) { m_dropAfter = frames; }

    // From the next frame sent on.
    void show(const QByteArray& frame) { m_frame = frame; }

    int connections() const { return m_connections; }
    int framesSent() const { return m_framesSent; }

private:
    void accept();
    void answer(QTcpSocket* socket, const QByteArray& request);
    void sendFrame(QTcpSocket* socket, QTimer* timer, int* sentOnConnection);

    QTcpServer m_server;
    QByteArray m_frame;
    int m_intervalMs;
    QByteArray m_authorization;
    int m_dropAfter = 0;
    int m_connections = 0;
    int m_framesSent = 0;
};

} // namespace pl::tests
