#include "tests/bench/ReadDumpGenerator.h"

#include "tests/bench/XlsxWriter.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTime>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace pl::bench {

namespace {

// Local wall-clock start of the reads: in the past, and three months without
// a daylight-saving change in the zones a benchmark is likely to use.
const QDate kStartDate(2025, 6, 1);
constexpr qint64 kSpanSeconds = qint64(90) * 86400;

// Plates: "LLLDDDD" (ZQX4821) or, for one in four, "DLLLDDD" (7HJW552). Each
// shape has 26^3 * 10^4 = 175,760,000 values; a pool index is mapped into
// them by multiplying with a number coprime to that, so distinct indexes give
// distinct plates.
constexpr quint64 kPlateSpace = 175760000;
constexpr quint64 kPlateStride = 2654435761; // prime, not 2, 5 or 13

// Where plates are registered, by share in percent.
struct StateShare {
    const char* code;
    int percent;
};
constexpr StateShare kStates[] = {{"IL", 70}, {"WI", 8}, {"IN", 8}, {"MI", 4},
                                  {"IA", 3},  {"MO", 3}, {"OH", 2}, {"MN", 2}};

quint64 mix(quint64 x) {
    // splitmix64's finaliser: spreads a counter into independent-looking bits.
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

void appendPadded(QByteArray& out, qint64 value, int width) {
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = n; i < width; ++i)
        out.append('0');
    while (n > 0)
        out.append(digits[--n]);
}

// Micro-degrees as a decimal with six places: -87.623177.
void appendMicroDegrees(QByteArray& out, int micro) {
    if (micro < 0) {
        out.append('-');
        micro = -micro;
    }
    appendPadded(out, micro / 1000000, 1);
    out.append('.');
    appendPadded(out, micro % 1000000, 6);
}

QByteArray twoDigits(int value) {
    QByteArray out;
    appendPadded(out, value, 2);
    return out;
}

} // namespace

ReadDumpGenerator::ReadDumpGenerator(const Options& options)
    : m_options(options) {
    m_options.rows = std::max<qint64>(0, m_options.rows);
    m_options.devices = std::clamp(m_options.devices, 1, 99);
    m_poolSize = m_options.distinctPlates > 0 ? m_options.distinctPlates
                                              : std::max<qint64>(1, m_options.rows / 5);
    m_poolSize = std::min<qint64>(m_poolSize, qint64(kPlateSpace));
    m_meanGap = std::max<qint64>(1, kSpanSeconds / std::max<qint64>(1, m_options.rows));
}

QString ReadDumpGenerator::deviceName(int index) {
    return QStringLiteral("BENCH-") + QString::fromLatin1(twoDigits(index + 1));
}

QString ReadDumpGenerator::profileId(Format format) {
    return format == Format::Csv ? QStringLiteral("plain-reads-csv")
                                 : QStringLiteral("generic-covert-unit-xlsx");
}

std::optional<ReadDumpGenerator::Format> ReadDumpGenerator::formatFromName(const QString& name) {
    if (name == QStringLiteral("csv"))
        return Format::Csv;
    if (name == QStringLiteral("xlsx"))
        return Format::Xlsx;
    return std::nullopt;
}

QString ReadDumpGenerator::formatName(Format format) {
    return format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
}

quint64 ReadDumpGenerator::random() {
    m_state += 0x9E3779B97F4A7C15ULL;
    return mix(m_state);
}

double ReadDumpGenerator::uniform() {
    return static_cast<double>(random() >> 11) * 0x1.0p-53;
}

quint64 ReadDumpGenerator::below(quint64 bound) {
    // The modulo bias is below 2^-40 for the bounds used here.
    return bound == 0 ? 0 : random() % bound;
}

QByteArray ReadDumpGenerator::plateText(qint64 index) const {
    quint64 code = (quint64(index) * kPlateStride + m_plateOffset) % kPlateSpace;
    char text[7];
    const bool digitFirst = mix(quint64(index) ^ m_plateOffset) % 4 == 0;
    if (digitFirst) {
        // D LLL DDD: 10 * 26^3 * 1000 values.
        text[0] = static_cast<char>('0' + code % 10);
        code /= 10;
        for (int i = 1; i <= 3; ++i) {
            text[i] = static_cast<char>('A' + code % 26);
            code /= 26;
        }
        for (int i = 4; i < 7; ++i) {
            text[i] = static_cast<char>('0' + code % 10);
            code /= 10;
        }
    } else {
        for (int i = 0; i < 3; ++i) {
            text[i] = static_cast<char>('A' + code % 26);
            code /= 26;
        }
        for (int i = 3; i < 7; ++i) {
            text[i] = static_cast<char>('0' + code % 10);
            code /= 10;
        }
    }
    return QByteArray(text, 7);
}

QByteArray ReadDumpGenerator::stateOf(qint64 index) const {
    int draw = static_cast<int>(mix(quint64(index) + m_plateOffset * 3) % 100);
    for (const StateShare& share : kStates) {
        if (draw < share.percent)
            return QByteArray(share.code);
        draw -= share.percent;
    }
    return QByteArray("IL");
}

void ReadDumpGenerator::nextRow(Row& row) {
    const double draw = uniform();
    if (m_haveLast && draw >= m_options.badRate &&
        draw < m_options.badRate + m_options.duplicateRate) {
        row = m_last;
        row.kind = Row::Kind::Duplicate;
        ++m_stats.duplicates;
        return;
    }
    row.kind = Row::Kind::Read;
    row.readId = ++m_nextReadId;
    // Skewed towards the start of the pool: the plate at k is drawn about
    // N / (2 sqrt(k * pool)) times, so a few plates pass often and most
    // once or twice, and almost the whole pool appears.
    const double u = uniform();
    row.plate = std::min<qint64>(m_poolSize - 1,
                                 static_cast<qint64>(static_cast<double>(m_poolSize) * u * u));
    m_wallSeconds += 1 + qint64(below(quint64(2 * m_meanGap - 1)));
    row.wallSeconds = m_wallSeconds;
    row.device = static_cast<int>(below(quint64(m_options.devices)));
    // Each device works its own part of the area (around 41.85 N, 87.75 W).
    const quint64 place = mix(quint64(row.device) * 7919 + m_options.seed);
    row.latitudeMicro = 41650000 + int(place % 400000) + int(below(4001)) - 2000; // 41.65 .. 42.05
    row.longitudeMicro = -87950000 + int((place >> 20) % 400000) + int(below(4001)) - 2000;
    row.heading = int(below(360));
    row.confidenceTenths = 600 + int(below(400));
    if (draw < m_options.badRate) {
        row.kind = below(2) == 0 ? Row::Kind::BadMonth : Row::Kind::EmptyPlate;
        ++(row.kind == Row::Kind::BadMonth ? m_stats.badMonth : m_stats.emptyPlate);
        return;
    }
    m_last = row;
    m_haveLast = true;
}

bool ReadDumpGenerator::write(const QString& path) {
    m_stats = {};
    m_error.clear();
    m_state = mix(m_options.seed);
    m_plateOffset = mix(m_options.seed ^ 0x5EEDULL) % kPlateSpace;
    m_wallSeconds = 0;
    m_nextReadId = 100000;
    m_haveLast = false;
    QFile::remove(path);
    const bool ok = m_options.format == Format::Csv ? writeCsv(path) : writeXlsx(path);
    m_stats.fileSize = QFileInfo(path).size();
    return ok;
}

bool ReadDumpGenerator::writeCsv(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot create %1: %2").arg(path, file.errorString());
        return false;
    }
    constexpr qsizetype flushSize = 1 << 20;
    QByteArray out;
    out.reserve(flushSize + 256);
    out.append("plate,state,date,time,lat,lon,device\n");
    // A copy of the last line written, for exact duplicates.
    QByteArray lastLine;
    Row row;
    for (qint64 i = 0; i < m_options.rows; ++i) {
        nextRow(row);
        if (row.kind == Row::Kind::Duplicate) {
            out.append(lastLine);
        } else {
            const qsizetype start = out.size();
            if (row.kind != Row::Kind::EmptyPlate)
                out.append(plateText(row.plate));
            out.append(',').append(stateOf(row.plate)).append(',');
            const QDate date = kStartDate.addDays(row.wallSeconds / 86400);
            const int seconds = int(row.wallSeconds % 86400);
            appendPadded(out, date.year(), 4);
            out.append('-');
            appendPadded(out, row.kind == Row::Kind::BadMonth ? 13 : date.month(), 2);
            out.append('-');
            appendPadded(out, date.day(), 2);
            out.append(',');
            appendPadded(out, seconds / 3600, 2);
            out.append(':');
            appendPadded(out, seconds / 60 % 60, 2);
            out.append(':');
            appendPadded(out, seconds % 60, 2);
            out.append(',');
            appendMicroDegrees(out, row.latitudeMicro);
            out.append(',');
            appendMicroDegrees(out, row.longitudeMicro);
            out.append(",BENCH-").append(twoDigits(row.device + 1)).append('\n');
            if (row.kind == Row::Kind::Read)
                lastLine = out.mid(start);
        }
        ++m_stats.rows;
        if (out.size() >= flushSize) {
            if (file.write(out) != out.size()) {
                m_error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
                return false;
            }
            out.resize(0);
        }
    }
    if (file.write(out) != out.size() || !file.flush()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    return true;
}

bool ReadDumpGenerator::writeXlsx(const QString& path) {
    XlsxWriter writer;
    if (!writer.open(path, XlsxWriter::Strings::Shared, QStringLiteral("Reads"))) {
        m_error = writer.errorString();
        return false;
    }
    const QVariant none;
    bool ok = writer.writeRow({QStringLiteral("Unit export: reads (synthetic, for benchmarks)")}) &&
              writer.writeRow({}) &&
              writer.writeRow({QStringLiteral("Read ID"), QStringLiteral("Date"),
                               QStringLiteral("Time"), QStringLiteral("Plate"),
                               QStringLiteral("State"), QStringLiteral("Latitude"),
                               QStringLiteral("Longitude"), QStringLiteral("Heading"),
                               QStringLiteral("Camera"), QStringLiteral("Confidence"),
                               QStringLiteral("Plate Image"), QStringLiteral("Overview Image")});
    QList<QVariant> cells(12);
    Row row;
    for (qint64 i = 0; ok && i < m_options.rows; ++i) {
        nextRow(row);
        const QDate date = kStartDate.addDays(row.wallSeconds / 86400);
        const QTime time = QTime(0, 0).addSecs(int(row.wallSeconds % 86400));
        cells[0] = row.readId;
        if (row.kind == Row::Kind::BadMonth)
            cells[1] = QStringLiteral("13/%1/%2").arg(date.day()).arg(date.year());
        else
            cells[1] = date;
        cells[2] = time;
        cells[3] = row.kind == Row::Kind::EmptyPlate
                       ? none
                       : QVariant(QString::fromLatin1(plateText(row.plate)));
        cells[4] = QString::fromLatin1(stateOf(row.plate));
        cells[5] = row.latitudeMicro / 1e6;
        cells[6] = row.longitudeMicro / 1e6;
        cells[7] = row.heading;
        cells[8] = QString(QStringLiteral("CAM-") + QString::fromLatin1(twoDigits(row.device + 1)));
        cells[9] = row.confidenceTenths / 10.0;
        cells[10] = none; // no image files come with a benchmark dump
        cells[11] = none;
        ok = writer.writeRow(cells);
        ++m_stats.rows;
    }
    ok = ok && writer.writeRow({QStringLiteral("End of report")});
    ok = writer.close() && ok;
    if (!ok)
        m_error = writer.errorString();
    return ok;
}

} // namespace pl::bench
