#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

namespace pl::tests {

// A small MJPEG-over-HTTP camera on 127.0.0.1 for tests: serves the given
// JPEG frames as multipart/x-mixed-replace at a fixed rate, once each in
// order, then a blank frame for as long as the client stays. Runs on the
// thread's event loop (QTest's QTRY_ macros spin it).
class MjpegServer : public QObject {
    Q_OBJECT
public:
    MjpegServer(QList<QByteArray> frames, QByteArray blankFrame, int intervalMs,
                QObject* parent = nullptr);
    ~MjpegServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:PORT/video.mjpg
    QString url() const;

    // Basic authentication required from now on.
    void requireCredentials(const QString& user, const QString& password);
    // Each connection is closed after this many frames (0: never).
    void dropAfter(int frames) { m_dropAfter = frames; }

    int connections() const { return m_connections; }
    int framesSent() const { return m_framesSent; }
    // Whether every frame of the sequence went out.
    bool sequenceDone() const { return m_next >= m_frames.size(); }

private:
    void accept();
    void answer(QTcpSocket* socket, const QByteArray& request);
    void sendFrame(QTcpSocket* socket, QTimer* timer, int* sentOnConnection);

    QTcpServer m_server;
    QList<QByteArray> m_frames;
    QByteArray m_blank;
    int m_intervalMs;
    QByteArray m_authorization;
    int m_dropAfter = 0;
    int m_connections = 0;
    int m_framesSent = 0;
    qsizetype m_next = 0;
};

} // namespace pl::tests
