#pragma once

#include <QByteArray>
#include <QList>

namespace pl::core {

// Splits a multipart/x-mixed-replace body (the MJPEG-over-HTTP stream most
// IP cameras serve) into its parts. Parts with a Content-Length header are
// cut by length, others at the next boundary. Bytes before the first
// boundary, and part headers, are skipped.
class MjpegStreamParser {
public:
    // boundary: from the Content-Type header, with or without leading "--".
    explicit MjpegStreamParser(QByteArray boundary);

    // Adds received bytes; returns the parts completed by them.
    QList<QByteArray> feed(const QByteArray& bytes);
    // Bytes held while waiting for the rest of a part.
    qsizetype pending() const { return m_buffer.size(); }

    // The boundary parameter of a Content-Type value, or empty.
    static QByteArray boundaryOf(const QByteArray& contentType);

private:
    QByteArray m_marker; // "--" + boundary
    QByteArray m_buffer;
};

} // namespace pl::core
