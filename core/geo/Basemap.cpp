#include "core/geo/Basemap.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>
#include <QtGlobal>

#include <cmath>
#include <cstring>
#include <limits>

namespace pl::core {

namespace {

class BasemapText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::Basemap)
public:
    static QString notABasemap() { return tr("The file is not a PlateLedger basemap."); }
    static QString unsupportedVersion(quint32 version, quint32 supported) {
        return tr("The basemap has format version %1; this version of PlateLedger reads "
                  "version %2 only.")
            .arg(version)
            .arg(supported);
    }
    static QString truncated() { return tr("The basemap file is truncated."); }
    static QString damaged(const QString& what) {
        return tr("The basemap file is damaged (%1).").arg(what);
    }
    static QString attribution() {
        return tr("Map data: Natural Earth, US Census Bureau; place names © GeoNames "
                  "(CC BY 4.0)");
    }
};

constexpr qsizetype magicSize = sizeof(Basemap::magic) - 1;
constexpr qsizetype headerSize = magicSize + 8;

// Reads the body; every read checks the bounds, so a short or damaged body
// ends in an error, never a read past the end.
class BodyReader {
public:
    explicit BodyReader(const QByteArray& data)
        : m_data(reinterpret_cast<const uchar*>(data.constData()))
        , m_size(data.size()) {}

    bool failed() const { return m_failed; }
    bool atEnd() const { return m_pos == m_size; }

    quint8 u8() {
        if (m_pos >= m_size)
            return fail<quint8>();
        return m_data[m_pos++];
    }
    quint64 varint() {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_size)
                return fail<quint64>();
            const uchar byte = m_data[m_pos++];
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        return fail<quint64>();
    }
    qint64 svarint() {
        const quint64 v = varint();
        return (v & 1) ? -qint64(v >> 1) - 1 : qint64(v >> 1);
    }
    // A count of items that each take at least minBytes: larger than what is
    // left means damage, caught before anything is allocated.
    qsizetype count(qsizetype minBytes) {
        const quint64 n = varint();
        if (m_failed || n > quint64(m_size - m_pos) / quint64(minBytes))
            return fail<qsizetype>();
        return qsizetype(n);
    }
    QString string() {
        const qsizetype length = count(1);
        if (m_failed)
            return {};
        const QString s = QString::fromUtf8(reinterpret_cast<const char*>(m_data + m_pos), length);
        m_pos += length;
        return s;
    }

private:
    template <typename T>
    T fail() {
        m_failed = true;
        m_pos = m_size;
        return T{};
    }

    const uchar* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace

const QList<Basemap::Line>& Basemap::lines(Layer layer, Detail detail) const {
    const auto& details = m_lines[static_cast<int>(layer)];
    const auto& chosen = details[static_cast<int>(detail)];
    if (!chosen.isEmpty())
        return chosen;
    return details[detail == Detail::Coarse ? 1 : 0];
}

bool Basemap::isEmpty() const {
    for (const auto& details : m_lines)
        for (const auto& lines : details)
            if (!lines.isEmpty())
                return false;
    return m_places.isEmpty();
}

QString Basemap::attribution() const {
    return BasemapText::attribution();
}

Result<Basemap> Basemap::fromData(const QByteArray& data) {
    if (data.size() < magicSize || std::memcmp(data.constData(), magic, magicSize) != 0)
        return Error(ErrorCode::InvalidArgument, BasemapText::notABasemap());
    if (data.size() < headerSize)
        return Error(ErrorCode::InvalidArgument, BasemapText::truncated());
    const auto* header = reinterpret_cast<const uchar*>(data.constData());
    const quint32 version = qFromLittleEndian<quint32>(header + magicSize);
    if (version != formatVersion)
        return Error(ErrorCode::InvalidArgument,
                     BasemapText::unsupportedVersion(version, formatVersion));
    const quint32 payloadSize = qFromLittleEndian<quint32>(header + magicSize + 4);
    if (quint64(data.size() - headerSize) < payloadSize)
        return Error(ErrorCode::InvalidArgument, BasemapText::truncated());
    if (quint64(data.size() - headerSize) > payloadSize)
        return Error(ErrorCode::InvalidArgument,
                     BasemapText::damaged(QStringLiteral("trailing bytes")));
    if (payloadSize < 4)
        return Error(ErrorCode::InvalidArgument, BasemapText::truncated());

    const QByteArray body = qUncompress(header + headerSize, payloadSize);
    const quint32 expected = qFromBigEndian<quint32>(header + headerSize);
    if (body.isEmpty() || quint32(body.size()) != expected)
        return Error(ErrorCode::InvalidArgument,
                     BasemapText::damaged(QStringLiteral("compressed data")));

    BodyReader in(body);
    Basemap map;
    const int bits = in.u8();
    if (bits < 1 || bits > 30)
        return Error(ErrorCode::InvalidArgument,
                     BasemapText::damaged(QStringLiteral("coordinate bits")));
    const double scale = 1.0 / double(qint64(1) << bits);

    const qsizetype sections = in.count(3);
    for (qsizetype s = 0; s < sections && !in.failed(); ++s) {
        const int layer = in.u8();
        const int detail = in.u8();
        if (layer >= layerCount || detail >= detailCount)
            return Error(ErrorCode::InvalidArgument,
                         BasemapText::damaged(QStringLiteral("section %1").arg(s)));
        QList<Line>& lines = map.m_lines[layer][detail];
        const qsizetype lineCount = in.count(1);
        lines.reserve(lineCount);
        qint64 x = 0;
        qint64 y = 0;
        for (qsizetype l = 0; l < lineCount && !in.failed(); ++l) {
            const qsizetype pointCount = in.count(2);
            Line line;
            line.points.reserve(pointCount);
            double minX = std::numeric_limits<double>::max();
            double minY = minX;
            double maxX = std::numeric_limits<double>::lowest();
            double maxY = maxX;
            for (qsizetype p = 0; p < pointCount && !in.failed(); ++p) {
                x += in.svarint();
                y += in.svarint();
                const QPointF point(double(x) * scale, double(y) * scale);
                minX = std::min(minX, point.x());
                maxX = std::max(maxX, point.x());
                minY = std::min(minY, point.y());
                maxY = std::max(maxY, point.y());
                line.points.append(point);
            }
            if (!line.points.isEmpty())
                line.bounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
            lines.append(std::move(line));
        }
    }

    QList<QString> regions;
    const qsizetype regionCount = in.count(1);
    regions.reserve(regionCount);
    for (qsizetype r = 0; r < regionCount && !in.failed(); ++r)
        regions.append(in.string());

    const qsizetype placeCount = in.count(5);
    map.m_places.reserve(placeCount);
    for (qsizetype i = 0; i < placeCount && !in.failed(); ++i) {
        BasemapPlace place;
        place.name = in.string();
        const quint64 region = in.varint();
        if (region >= quint64(regions.size()))
            return Error(ErrorCode::InvalidArgument,
                         BasemapText::damaged(QStringLiteral("place %1").arg(i)));
        place.region = regions[qsizetype(region)];
        place.latitude = double(in.svarint()) / 1e5;
        place.longitude = double(in.svarint()) / 1e5;
        const quint64 population = in.varint();
        if (population > quint64(std::numeric_limits<qint32>::max()) ||
            std::abs(place.latitude) > 90 || std::abs(place.longitude) > 180)
            return Error(ErrorCode::InvalidArgument,
                         BasemapText::damaged(QStringLiteral("place %1").arg(i)));
        place.population = qint32(population);
        map.m_places.append(std::move(place));
    }
    if (in.failed())
        return Error(ErrorCode::InvalidArgument, BasemapText::truncated());
    if (!in.atEnd())
        return Error(ErrorCode::InvalidArgument,
                     BasemapText::damaged(QStringLiteral("trailing data")));
    return map;
}

const Basemap& Basemap::embedded() {
    static const Basemap map = [] {
        QFile file(QStringLiteral(":/basemap/basemap.plmap"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("Cannot open the embedded basemap: %s", qPrintable(file.errorString()));
            return Basemap();
        }
        auto loaded = fromData(file.readAll());
        if (!loaded) {
            qWarning("Cannot read the embedded basemap: %s", qPrintable(loaded.error().message()));
            return Basemap();
        }
        return std::move(loaded).value();
    }();
    return map;
}

} // namespace pl::core
