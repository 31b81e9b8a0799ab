#include "core/camera/MjpegStreamParser.h"

namespace pl::core {

namespace {
// A part larger than this is not a frame: the stream is not what it says.
constexpr qsizetype kMaxPart = 32 * 1024 * 1024;
} // namespace

MjpegStreamParser::MjpegStreamParser(QByteArray boundary) {
    if (boundary.startsWith("--"))
        boundary.remove(0, 2);
    m_marker = "--" + boundary;
}

QByteArray MjpegStreamParser::boundaryOf(const QByteArray& contentType) {
    for (QByteArray parameter : contentType.split(';')) {
        parameter = parameter.trimmed();
        if (parameter.toLower().startsWith("boundary=")) {
            QByteArray value = parameter.mid(9).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

QList<QByteArray> MjpegStreamParser::feed(const QByteArray& bytes) {
    m_buffer.append(bytes);
    QList<QByteArray> parts;
    while (true) {
        const qsizetype start = m_buffer.indexOf(m_marker);
        if (start < 0) {
            // Keep only what could be the start of a marker.
            if (m_buffer.size() > m_marker.size())
                m_buffer.remove(0, m_buffer.size() - m_marker.size());
            return parts;
        }
        const qsizetype headersEnd = m_buffer.indexOf("\r\n\r\n", start + m_marker.size());
        if (headersEnd < 0) {
            if (m_buffer.size() - start > 16 * 1024) // headers that never end
                m_buffer.remove(0, start + m_marker.size());
            return parts;
        }
        const qsizetype bodyStart = headersEnd + 4;
        qsizetype length = -1;
        const QByteArray headers = m_buffer.mid(start, headersEnd - start);
        for (const QByteArray& line : headers.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
                bool ok = false;
                length = line.mid(colon + 1).trimmed().toLongLong(&ok);
                if (!ok || length < 0 || length > kMaxPart)
                    length = -1;
            }
        }
        if (length >= 0) {
            if (m_buffer.size() < bodyStart + length)
                return parts;
            parts.append(m_buffer.mid(bodyStart, length));
            m_buffer.remove(0, bodyStart + length);
            continue;
        }
        const qsizetype next = m_buffer.indexOf(m_marker, bodyStart);
        if (next < 0) {
            if (m_buffer.size() - bodyStart > kMaxPart)
                m_buffer.remove(0, bodyStart);
            return parts;
        }
        qsizetype end = next;
        if (end >= bodyStart + 2 && m_buffer.at(end - 2) == '\r' && m_buffer.at(end - 1) == '\n')
            end -= 2;
        parts.append(m_buffer.mid(bodyStart, end - bodyStart));
        m_buffer.remove(0, next);
    }
}

} // namespace pl::core
