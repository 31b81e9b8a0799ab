// The delimited-text reader: RFC 4180 splitting, line numbers, encodings,
// bounded memory on hostile input, device failures, and the format sniffer.

#include "core/import/CsvReader.h"
#include "core/import/Windows1252.h"
#include "tests/support/Checks.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <cstring>

using namespace pl;
using core::CsvReader;
using core::ErrorCode;
using core::SourceCell;
using core::SourceRecord;

namespace {

// An endless line: `prefix`, then `fill` forever. Sequential, like a pipe.
class EndlessDevice : public QIODevice {
public:
    explicit EndlessDevice(QByteArray prefix, char fill = 'A')
        : m_prefix(std::move(prefix))
        , m_fill(fill) {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 produced() const { return m_produced; }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        qint64 n = 0;
        while (n < maxSize && m_produced < m_prefix.size())
            data[n++] = m_prefix[m_produced++];
        std::memset(data + n, m_fill, static_cast<size_t>(maxSize - n));
        m_produced += maxSize - n;
        return maxSize;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_prefix;
    char m_fill;
    qint64 m_produced = 0;
};

// Serves `data` but fails once `failAt` bytes have been read.
class FailingDevice : public QIODevice {
public:
    FailingDevice(QByteArray data, qint64 failAt)
        : m_data(std::move(data))
        , m_failAt(failAt) {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        if (m_pos >= m_failAt) {
            setErrorString(QStringLiteral("simulated I/O error"));
            return -1;
        }
        const qint64 n = std::min({maxSize, m_failAt - m_pos, m_data.size() - m_pos});
        std::memcpy(data, m_data.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_failAt;
    qint64 m_pos = 0;
};

// Hands out at most `step` bytes per read, so records straddle every read.
class TrickleDevice : public QIODevice {
public:
    TrickleDevice(QByteArray data, qint64 step)
        : m_data(std::move(data))
        , m_step(step) {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        // Vary the step so that every position is a boundary sometimes.
        m_turn = (m_turn + 1) % m_step;
        const qint64 n = std::min({maxSize, m_turn + 1, m_data.size() - m_pos});
        std::memcpy(data, m_data.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
    qint64 m_turn = 0;
};

CsvReader::Options options(char delimiter = ',', char quote = '"',
                           CsvReader::Encoding encoding = CsvReader::Encoding::Auto,
                           qint64 maxRecordBytes = 1024 * 1024) {
    CsvReader::Options o;
    o.delimiter = delimiter;
    o.quote = quote;
    o.encoding = encoding;
    o.maxRecordBytes = maxRecordBytes;
    return o;
}

// "first-last [text][text]_" with _ for an Empty cell.
QString describe(const SourceRecord& record) {
    QString out = QString::number(record.line) + QLatin1Char('-') +
                  QString::number(record.lastLine) + QLatin1Char(' ');
    for (const SourceCell& cell : record.cells) {
        if (cell.kind == SourceCell::Kind::Empty) {
            if (!cell.text.isEmpty())
                return QStringLiteral("Empty cell with text");
            out += QLatin1Char('_');
        } else if (cell.kind == SourceCell::Kind::Text) {
            out += QLatin1Char('[') + cell.text + QLatin1Char(']');
        } else {
            return QStringLiteral("unexpected cell kind");
        }
    }
    return out;
}

struct ReadAll {
    QStringList described;
    QStringList raw;
    QList<bool> cp1252;
    std::optional<core::Error> error;
};

ReadAll readAll(QIODevice* device, const CsvReader::Options& o) {
    ReadAll all;
    CsvReader reader(device, o);
    SourceRecord record;
    for (;;) {
        auto got = reader.next(record);
        if (!got) {
            all.error = got.error();
            break;
        }
        if (!got.value())
            break;
        all.described.append(describe(record));
        all.raw.append(record.raw);
        all.cp1252.append(record.decodedAsWindows1252);
    }
    return all;
}

ReadAll readBytes(const QByteArray& bytes, const CsvReader::Options& o) {
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, o);
}

QByteArray utf16(const QString& text, bool littleEndian) {
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char hi = static_cast<char>(u >> 8);
        const char lo = static_cast<char>(u & 0xFF);
        out.append(littleEndian ? lo : hi).append(littleEndian ? hi : lo);
    }
    return out;
}

QString samplePath(const char* name) {
    return QStringLiteral(PL_SAMPLES_DIR "/") + QLatin1String(name);
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void splitting_data();
    void splitting();
    void encodings_data();
    void encodings();
    void utf16Edges_data();
    void utf16Edges();
    void windows1252Table();
    void malformed_data();
    void malformed();
    void errorIsSticky();
    void badOptions();
    void endlessLine_data();
    void endlessLine();
    void failingDevice_data();
    void failingDevice();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void reusedRecordLeavesCopiesAlone();
    void progress();
    void sniff_data();
    void sniff();
    void sniffDoesNotConsume();
    void sniffFailingDevice();
    void sniffLargeSample();
    void readsSummarySample();
    void openAlprSample();
    void genetecSample();
};

void TestCsvReader::splitting_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("quote");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("raw");

    const auto L = [](const char* s) {
        return QString::fromUtf8(s);
    };
    QTest::newRow("lf") << QByteArray("a,b,c\n1,2,3\n") << ',' << '"'
                        << QStringList{L("1-1 [a][b][c]"), L("2-2 [1][2][3]")}
                        << QStringList{L("a,b,c"), L("1,2,3")};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << ',' << '"'
                          << QStringList{L("1-1 [a][b]"), L("2-2 [1][2]")}
                          << QStringList{L("a,b"), L("1,2")};
    QTest::newRow("lone cr") << QByteArray("a,b\r1,2\r") << ',' << '"'
                             << QStringList{L("1-1 [a][b]"), L("2-2 [1][2]")}
                             << QStringList{L("a,b"), L("1,2")};
    QTest::newRow("mixed endings")
        << QByteArray("a\r\nb\nc\rd") << ',' << '"'
        << QStringList{L("1-1 [a]"), L("2-2 [b]"), L("3-3 [c]"), L("4-4 [d]")}
        << QStringList{L("a"), L("b"), L("c"), L("d")};
    QTest::newRow("no final newline")
        << QByteArray("a,b\n1,2") << ',' << '"' << QStringList{L("1-1 [a][b]"), L("2-2 [1][2]")}
        << QStringList{L("a,b"), L("1,2")};
    QTest::newRow("empty input") << QByteArray() << ',' << '"' << QStringList() << QStringList();
    QTest::newRow("only a newline")
        << QByteArray("\n") << ',' << '"' << QStringList{L("1-1 ")} << QStringList{QString()};
    QTest::newRow("blank lines") << QByteArray("a\n\nb\r\n\r\n\rc") << ',' << '"'
                                 << QStringList{L("1-1 [a]"), L("2-2 "), L("3-3 [b]"),
                                                L("4-4 "),    L("5-5 "), L("6-6 [c]")}
                                 << QStringList{L("a"),    QString(), L("b"),
                                                QString(), QString(), L("c")};
    QTest::newRow("blanks are not blank lines")
        << QByteArray("  \n") << ',' << '"' << QStringList{L("1-1 [  ]")} << QStringList{L("  ")};
    QTest::newRow("empty fields") << QByteArray(",,\n\"\",x\na,\na,") << ',' << '"'
                                  << QStringList{L("1-1 ___"), L("2-2 _[x]"), L("3-3 [a]_"),
                                                 L("4-4 [a]_")}
                                  << QStringList{L(",,"), L("\"\",x"), L("a,"), L("a,")};
    QTest::newRow("quoted delimiter")
        << QByteArray("\"a,b\",c\n") << ',' << '"' << QStringList{L("1-1 [a,b][c]")}
        << QStringList{L("\"a,b\",c")};
    QTest::newRow("doubled quotes") << QByteArray("\"he said \"\"hi\"\"\",\"\"\"\"\n") << ',' << '"'
                                    << QStringList{L("1-1 [he said \"hi\"][\"]")}
                                    << QStringList{L("\"he said \"\"hi\"\"\",\"\"\"\"")};
    QTest::newRow("embedded lf") << QByteArray("1,\"two\nlines\",3\n4,5,6\n") << ',' << '"'
                                 << QStringList{L("1-2 [1][two\nlines][3]"), L("3-3 [4][5][6]")}
                                 << QStringList{L("1,\"two\nlines\",3"), L("4,5,6")};
    QTest::newRow("embedded crlf and cr") << QByteArray("\"a\r\nb\rc\",d\r\ne,f\r\n") << ',' << '"'
                                          << QStringList{L("1-3 [a\r\nb\rc][d]"), L("4-4 [e][f]")}
                                          << QStringList{L("\"a\r\nb\rc\",d"), L("e,f")};
    QTest::newRow("several multi-line records")
        << QByteArray("\"x\n\n\",\"y\ny\"\nz\n\"\n\"") << ',' << '"'
        << QStringList{L("1-4 [x\n\n][y\ny]"), L("5-5 [z]"), L("6-7 [\n]")}
        << QStringList{L("\"x\n\n\",\"y\ny\""), L("z"), L("\"\n\"")};
    QTest::newRow("quote inside unquoted field")
        << QByteArray("ab\"c,41\xC2\xB0"
                      "52'54.6\"N\n")
        << ',' << '"' << QStringList{L("1-1 [ab\"c][41°52'54.6\"N]")}
        << QStringList{L("ab\"c,41°52'54.6\"N")};
    QTest::newRow("text after closing quote") << QByteArray("\"ab\"c,\"x\" ,\"y\"\"z\"w\"\n") << ','
                                              << '"' << QStringList{L("1-1 [abc][x ][y\"zw\"]")}
                                              << QStringList{L("\"ab\"c,\"x\" ,\"y\"\"z\"w\"")};
    QTest::newRow("not trimmed") << QByteArray(" a , \"b\" \n") << ',' << '"'
                                 << QStringList{L("1-1 [ a ][ \"b\" ]")}
                                 << QStringList{L(" a , \"b\" ")};
    QTest::newRow("semicolon") << QByteArray("a;b,c;\"d;e\"\n") << ';' << '"'
                               << QStringList{L("1-1 [a][b,c][d;e]")}
                               << QStringList{L("a;b,c;\"d;e\"")};
    QTest::newRow("pipe") << QByteArray("a|b,c||d\n") << '|' << '"'
                          << QStringList{L("1-1 [a][b,c]_[d]")} << QStringList{L("a|b,c||d")};
    QTest::newRow("tab") << QByteArray("a\tb c\t\t\"d\te\"\n") << '\t' << '"'
                         << QStringList{L("1-1 [a][b c]_[d\te]")}
                         << QStringList{L("a\tb c\t\t\"d\te\"")};
    QTest::newRow("no quoting") << QByteArray("\"a,b\",c\n\"x\ny\n") << ',' << '\0'
                                << QStringList{L("1-1 [\"a][b\"][c]"), L("2-2 [\"x]"), L("3-3 [y]")}
                                << QStringList{L("\"a,b\",c"), L("\"x"), L("y")};
    QTest::newRow("single quote as quote")
        << QByteArray("'a,b',\"c\"\n") << ',' << '\'' << QStringList{L("1-1 [a,b][\"c\"]")}
        << QStringList{L("'a,b',\"c\"")};
}

void TestCsvReader::splitting() {
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(char, quote);
    QFETCH(QStringList, records);
    QFETCH(QStringList, raw);

    const ReadAll all = readBytes(input, options(delimiter, quote));
    QVERIFY2(!all.error, all.error ? qPrintable(all.error->message()) : "");
    QCOMPARE(all.described, records);
    QCOMPARE(all.raw, raw);
    QVERIFY(!all.cp1252.contains(true));

    // The same through a device that hands out a few bytes at a time.
    TrickleDevice trickle(input, 3);
    const ReadAll trickled = readAll(&trickle, options(delimiter, quote));
    QVERIFY(!trickled.error);
    QCOMPARE(trickled.described, records);
    QCOMPARE(trickled.raw, raw);
}

void TestCsvReader::encodings_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvReader::Encoding>("encoding");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("raw");
    QTest::addColumn<QList<bool>>("cp1252");

    using E = CsvReader::Encoding;
    const auto L = [](const char* s) {
        return QString::fromUtf8(s);
    };
    QTest::newRow("utf-8 bom stripped")
        << QByteArray("\xEF\xBB\xBF"
                      "Date,Plate\n\xEF\xBB\xBFx\n")
        << E::Auto << QStringList{L("1-1 [Date][Plate]"), QStringLiteral("2-2 [\uFEFFx]")}
        << QStringList{L("Date,Plate"), QStringLiteral("\uFEFFx")} << QList<bool>{false, false};
    QTest::newRow("utf-8 bom with explicit utf-8")
        << QByteArray("\xEF\xBB\xBF"
                      "a\n")
        << E::Utf8 << QStringList{L("1-1 [a]")} << QStringList{L("a")} << QList<bool>{false};
    QTest::newRow("windows-1252 fallback")
        << QByteArray("ok,plain\n\xC9"
                      "COLE1,\x80 5\n")
        << E::Auto << QStringList{L("1-1 [ok][plain]"), L("2-2 [ÉCOLE1][€ 5]")}
        << QStringList{L("ok,plain"), L("ÉCOLE1,€ 5")} << QList<bool>{false, true};
    QTest::newRow("strict utf-8 multibyte") << QByteArray("\xC3\x89"
                                                          "COLE1,\xE2\x82\xAC,\xF0\x9F\x98\x80\n")
                                            << E::Auto << QStringList{L("1-1 [ÉCOLE1][€][😀]")}
                                            << QStringList{L("ÉCOLE1,€,😀")} << QList<bool>{false};
    QTest::newRow("fallback is per record")
        << QByteArray("\xC3\x89,1\n\xC9,2\n\xC3\x89,3\n") << E::Auto
        << QStringList{L("1-1 [É][1]"), L("2-2 [É][2]"), L("3-3 [É][3]")}
        << QStringList{L("É,1"), L("É,2"), L("É,3")} << QList<bool>{false, true, false};
    QTest::newRow("overlong utf-8 is not utf-8")
        << QByteArray("\xC0\xAF\n") << E::Auto << QStringList{L("1-1 [À¯]")} << QStringList{L("À¯")}
        << QList<bool>{true};
    QTest::newRow("truncated utf-8 sequence")
        << QByteArray("x\xE2\x82,y\n") << E::Auto << QStringList{L("1-1 [xâ‚][y]")}
        << QStringList{L("xâ‚,y")} << QList<bool>{true};
    QTest::newRow("undefined windows-1252 bytes")
        << QByteArray("\x81\x8D\x8F\x90\x9D\n") << E::Auto
        << QStringList{QStringLiteral("1-1 [\u0081\u008D\u008F\u0090\u009D]")}
        << QStringList{QStringLiteral("\u0081\u008D\u008F\u0090\u009D")} << QList<bool>{true};
    QTest::newRow("explicit windows-1252")
        << QByteArray("\xC3\xA9\n") << E::Windows1252 << QStringList{L("1-1 [Ã©]")}
        << QStringList{L("Ã©")} << QList<bool>{false};
    QTest::newRow("explicit utf-8 replaces invalid bytes")
        << QByteArray("a\xC9z\n") << E::Utf8 << QStringList{L("1-1 [a\xEF\xBF\xBDz]")}
        << QStringList{L("a\xEF\xBF\xBDz")} << QList<bool>{false};
    QTest::newRow("utf-16le bom") << utf16(L("Plate,Note\r\n\"ÉCOLE1\",\"a\r\nb\"\r\n😀,€"), true)
                                  << E::Auto
                                  << QStringList{L("1-1 [Plate][Note]"), L("2-3 [ÉCOLE1][a\r\nb]"),
                                                 L("4-4 [😀][€]")}
                                  << QStringList{L("Plate,Note"), L("\"ÉCOLE1\",\"a\r\nb\""),
                                                 L("😀,€")}
                                  << QList<bool>{false, false, false};
    QTest::newRow("utf-16be bom") << utf16(L("a;É\n"), false) << E::Auto
                                  << QStringList{L("1-1 [a;É]")} << QStringList{L("a;É")}
                                  << QList<bool>{false};
    QTest::newRow("utf-16 without bom is little-endian")
        << utf16(L("ab,c\n"), true).mid(2) << E::Utf16 << QStringList{L("1-1 [ab][c]")}
        << QStringList{L("ab,c")} << QList<bool>{false};
    QTest::newRow("utf-16 with odd length")
        << utf16(L("a,b"), true).append('x') << E::Auto << QStringList{L("1-1 [a][b\xEF\xBF\xBD]")}
        << QStringList{L("a,b\xEF\xBF\xBD")} << QList<bool>{false};
}

void TestCsvReader::encodings() {
    QFETCH(QByteArray, input);
    QFETCH(CsvReader::Encoding, encoding);
    QFETCH(QStringList, records);
    QFETCH(QStringList, raw);
    QFETCH(QList<bool>, cp1252);

    const ReadAll all = readBytes(input, options(',', '"', encoding));
    QVERIFY2(!all.error, all.error ? qPrintable(all.error->message()) : "");
    QCOMPARE(all.described, records);
    QCOMPARE(all.raw, raw);
    QCOMPARE(all.cp1252, cp1252);

    TrickleDevice trickle(input, 3);
    const ReadAll trickled = readAll(&trickle, options(',', '"', encoding));
    QVERIFY(!trickled.error);
    QCOMPARE(trickled.described, records);
}

void TestCsvReader::utf16Edges_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("text");

    QTest::newRow("lone high surrogate at the end") << QByteArray("\xFF\xFE"
                                                                  "a\0\x3D\xD8",
                                                                  6)
                                                    << QStringLiteral("a\uFFFD");
    QTest::newRow("one byte after the bom") << QByteArray("\xFF\xFE"
                                                          "a",
                                                          3)
                                            << QStringLiteral("\uFFFD");
    QTest::newRow("bom only") << QByteArray("\xFE\xFF") << QString();
}

void TestCsvReader::utf16Edges() {
    QFETCH(QByteArray, input);
    QFETCH(QString, text);
    for (const qint64 step : {1, 2, 1000}) {
        TrickleDevice device(input, step);
        const ReadAll all = readAll(&device, options());
        QVERIFY(!all.error);
        QCOMPARE(all.raw, text.isNull() ? QStringList() : QStringList{text});
    }
}

void TestCsvReader::windows1252Table() {
    // WHATWG index-windows-1252, 0x80-0x9F.
    const char16_t expected[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                   0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                   0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                   0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(static_cast<char>(b));
    const QString decoded = core::Windows1252::decode(all.constData(), all.size());
    QCOMPARE(decoded.size(), 256);
    for (int b = 0; b < 256; ++b) {
        const char16_t want = b >= 0x80 && b <= 0x9F ? expected[b - 0x80] : char16_t(b);
        QCOMPARE(decoded.at(b).unicode(), want);
    }
    QCOMPARE(core::Windows1252::decode("\xC9"
                                       "COLE \x80",
                                       7),
             QStringLiteral("ÉCOLE €"));
}

void TestCsvReader::malformed_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("goodRecords");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("unterminated quote")
        << QByteArray("a,b\n\"open,x\ny\n") << 1 << QStringList{QStringLiteral("Line 2")};
    QTest::newRow("unterminated quote on a later line")
        << QByteArray("a\nb\r\nc,\"d\"\"\n\n") << 2 << QStringList{QStringLiteral("Line 3")};
    QTest::newRow("nul") << QByteArray("a,b\nc\0d\n", 8) << 1
                         << QStringList{QStringLiteral("Line 2"), QStringLiteral("byte offset 5"),
                                        QStringLiteral("binary data")};
    QTest::newRow("nul in quotes")
        << QByteArray("a\n\"x\ny\0\"\n", 9) << 1
        << QStringList{QStringLiteral("Line 3"), QStringLiteral("byte offset 6")};
    QTest::newRow("nul after bom")
        << QByteArray("\xEF\xBB\xBF\0", 4) << 0
        << QStringList{QStringLiteral("Line 1"), QStringLiteral("byte offset 3")};
    QTest::newRow("record over the limit")
        << QByteArray("ok\n").append(QByteArray(300, 'x')).append('\n') << 1
        << QStringList{QStringLiteral("Line 2"), QStringLiteral("256 bytes")};
}

void TestCsvReader::malformed() {
    QFETCH(QByteArray, input);
    QFETCH(int, goodRecords);
    QFETCH(QStringList, mentions);

    const ReadAll all = readBytes(input, options(',', '"', CsvReader::Encoding::Auto, 256));
    QCOMPARE(all.described.size(), goodRecords);
    QVERIFY(all.error);
    QCOMPARE(all.error->code(), ErrorCode::InvalidArgument);
    for (const QString& mention : mentions)
        QVERIFY2(all.error->message().contains(mention), qPrintable(all.error->message()));
}

void TestCsvReader::errorIsSticky() {
    QByteArray data("\"never closed");
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    SourceRecord record;
    PL_VERIFY_ERROR(reader.next(record), ErrorCode::InvalidArgument);
    PL_VERIFY_ERROR(reader.next(record), ErrorCode::InvalidArgument);
}

void TestCsvReader::badOptions() {
    QByteArray data("a,b\n");
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    SourceRecord record;
    for (const auto& o : {options(',', ','), options('\n'), options('\0'), options(',', '\r'),
                          options(',', '"', CsvReader::Encoding::Auto, 0)}) {
        CsvReader reader(&buffer, o);
        PL_VERIFY_ERROR(reader.next(record), ErrorCode::InvalidArgument);
    }
    QBuffer closed(&data);
    CsvReader reader(&closed);
    PL_VERIFY_ERROR(reader.next(record), ErrorCode::InvalidArgument);
}

void TestCsvReader::endlessLine_data() {
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("goodRecords");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("default limit")
        << QByteArray() << qint64(1024 * 1024) << 0
        << QStringList{QStringLiteral("Line 1"), QStringLiteral("1 MiB")};
    QTest::newRow("small limit, after good lines")
        << QByteArray("a,b\r\nc,d\r\n") << qint64(64 * 1024) << 2
        << QStringList{QStringLiteral("Line 3"), QStringLiteral("64 KiB")};
    QTest::newRow("inside quotes")
        << QByteArray("h\nx,\"\n\n") << qint64(100 * 1024) << 1
        << QStringList{QStringLiteral("Line 2"), QStringLiteral("opened on line 2")};
}

void TestCsvReader::endlessLine() {
    QFETCH(QByteArray, prefix);
    QFETCH(qint64, limit);
    QFETCH(int, goodRecords);
    QFETCH(QStringList, mentions);

    EndlessDevice device(prefix);
    const ReadAll all = readAll(&device, options(',', '"', CsvReader::Encoding::Auto, limit));
    QCOMPARE(all.described.size(), goodRecords);
    QVERIFY(all.error);
    QCOMPARE(all.error->code(), ErrorCode::InvalidArgument);
    for (const QString& mention : mentions)
        QVERIFY2(all.error->message().contains(mention), qPrintable(all.error->message()));
    // Stopped soon after passing the limit, not at the end of the (endless) line.
    QVERIFY2(device.produced() <= 2 * limit + 2 * CsvReader::chunkBytes,
             qPrintable(QString::number(device.produced())));
}

void TestCsvReader::failingDevice_data() {
    QTest::addColumn<qint64>("failAt");
    QTest::newRow("at once") << qint64(0);
    QTest::newRow("inside the first chunk") << qint64(1000);
    QTest::newRow("after a few chunks") << qint64(3 * CsvReader::chunkBytes + 123);
}

void TestCsvReader::failingDevice() {
    QFETCH(qint64, failAt);
    const QByteArray line("ZQX4821,WA,2024-10-07,16:30:51,47.6612,-122.3123,UNIT-0412,88.4\n");
    QByteArray data;
    for (int i = 0; i < 20000; ++i)
        data.append(line);

    FailingDevice device(data, failAt);
    CsvReader reader(&device);
    SourceRecord record;
    qint64 records = 0;
    for (;;) {
        auto got = reader.next(record);
        if (!got) {
            QCOMPARE(got.error().code(), ErrorCode::Io);
            QVERIFY2(got.error().message().contains(QString::number(failAt)),
                     qPrintable(got.error().message()));
            QVERIFY2(got.error().message().contains(QStringLiteral("simulated I/O error")),
                     qPrintable(got.error().message()));
            break;
        }
        QVERIFY2(got.value(), "reached the end although the device failed");
        QCOMPARE(record.cells.size(), 8);
        ++records;
    }
    // Every complete record before the failure was delivered.
    QCOMPARE(records, failAt / line.size());
    QCOMPARE(reader.progressTotal(), data.size());
}

void TestCsvReader::chunkBoundaries_data() {
    QTest::addColumn<int>("shift");
    for (int shift = -4; shift <= 4; ++shift)
        QTest::addRow("shift %d", shift) << shift;
}

void TestCsvReader::chunkBoundaries() {
    QFETCH(int, shift);
    // Filler lines put tricky bytes (CRLF, a doubled quote, a multibyte
    // character, a quoted newline) right at the first chunk boundary.
    const QByteArray tricky("\"q\"\"x\r\ny\",\xC3\x89\xE2\x82\xAC\r\n");
    QByteArray data;
    qint64 fillerLines = 0;
    const qint64 target = CsvReader::chunkBytes + shift - 3;
    while (data.size() + 100 < target) {
        data.append(QByteArray(98, 'f')).append("\r\n");
        ++fillerLines;
    }
    data.append(QByteArray(target - data.size() - 2, 'g')).append("\r\n");
    ++fillerLines;
    QCOMPARE(data.size(), target);
    for (int i = 0; i < 3; ++i)
        data.append(tricky);

    const ReadAll all = readBytes(data, options());
    QVERIFY(!all.error);
    QCOMPARE(all.described.size(), fillerLines + 3);
    for (int i = 0; i < 3; ++i) {
        const qint64 line = fillerLines + 1 + 2 * i;
        QCOMPARE(all.described.at(fillerLines + i),
                 QStringLiteral("%1-%2 [q\"x\r\ny][É€]").arg(line).arg(line + 1));
        QCOMPARE(all.raw.at(fillerLines + i), QString::fromUtf8(tricky.chopped(2)));
    }
}

void TestCsvReader::reusedRecordLeavesCopiesAlone() {
    QByteArray data("a,b,c\n,\nlonger text,x\n\nq\n");
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    SourceRecord record;
    QList<QList<SourceCell>> kept;
    QStringList keptRaw;
    for (;;) {
        auto got = reader.next(record);
        PL_VERIFY_OK(got);
        if (!got.value())
            break;
        kept.append(record.cells);
        keptRaw.append(record.raw);
        if (!record.cells.isEmpty())
            keptRaw.append(record.cells.first().text);
    }
    QCOMPARE(kept.size(), 5);
    QCOMPARE(keptRaw,
             (QStringList{QStringLiteral("a,b,c"), QStringLiteral("a"), QStringLiteral(","),
                          QString(), QStringLiteral("longer text,x"), QStringLiteral("longer text"),
                          QString(), QStringLiteral("q"), QStringLiteral("q")}));
    QCOMPARE(kept.at(0).at(2).text, QStringLiteral("c"));
    QCOMPARE(kept.at(2).at(1).text, QStringLiteral("x"));
    QCOMPARE(kept.at(3).size(), 0);
    QCOMPARE(kept.at(1).size(), 2);
    QVERIFY(kept.at(1).at(0).isEmpty());
}

void TestCsvReader::progress() {
    QByteArray data;
    for (int i = 0; i < 10000; ++i)
        data.append("line ").append(QByteArray::number(i)).append(",x\n");
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QCOMPARE(reader.progressTotal(), data.size());
    QCOMPARE(reader.progressDone(), 0);
    SourceRecord record;
    PL_VERIFY_OK(reader.next(record));
    QCOMPARE(reader.progressTotal(), data.size());
    QCOMPARE(reader.progressDone(), 9);
    qint64 last = 0;
    qint64 count = 1;
    for (;;) {
        auto got = reader.next(record);
        PL_VERIFY_OK(got);
        if (!got.value())
            break;
        ++count;
        QVERIFY(reader.progressDone() >= last);
        QVERIFY(reader.progressDone() <= reader.progressTotal());
        last = reader.progressDone();
    }
    QCOMPARE(count, 10000);
    QCOMPARE(reader.progressDone(), data.size());

    EndlessDevice endless("a\n");
    CsvReader sequential(&endless);
    PL_VERIFY_OK(sequential.next(record));
    QCOMPARE(sequential.progressTotal(), 0);
    QCOMPARE(sequential.progressDone(), 2);
}

void TestCsvReader::sniff_data() {
    using S = CsvReader::Sniff::Encoding;
    using LE = CsvReader::LineEnding;
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvReader::Sniff::Encoding>("encoding");
    QTest::addColumn<CsvReader::LineEnding>("lineEnding");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<int>("fieldCount");
    QTest::addColumn<bool>("binary");

    QTest::newRow("comma crlf") << QByteArray("a,b,c\r\n1,2,3\r\n4,5,6\r\n") << S::Utf8 << LE::CrLf
                                << ',' << 3 << false;
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("lat;lon;plate\n47,66;-122,31;ABC\n47,61;-122,30;DEF\n") << S::Utf8 << LE::Lf
        << ';' << 3 << false;
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n3|4") << S::Utf8 << LE::Lf << '|' << 2 << false;
    QTest::newRow("tab, cr") << QByteArray("a\tb\tc d\r1\t2\t3\r") << S::Utf8 << LE::Cr << '\t' << 3
                             << false;
    QTest::newRow("quoted content ignored")
        << QByteArray("\"a;b;c\",d\n\"e;f;g\",h\n\"i\nj;k;l\",m\n") << S::Utf8 << LE::Lf << ',' << 2
        << false;
    QTest::newRow("mostly consistent") << QByteArray("a,b,c\n1,2,3\n1,2\n1,2,3\n1,2,3,4\n1,2,3\n")
                                       << S::Utf8 << LE::Lf << ',' << 3 << false;
    QTest::newRow("one column") << QByteArray("plate\nABC123\nDEF456\n") << S::Utf8 << LE::Lf
                                << '\0' << 0 << false;
    QTest::newRow("single line") << QByteArray("a;b") << S::Utf8 << LE::None << ';' << 2 << false;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFx,y\r\n") << S::Utf8Bom << LE::CrLf << ','
                               << 2 << false;
    QTest::newRow("plain utf-8") << QByteArray("\xC3\x89,y\n") << S::Utf8 << LE::Lf << ',' << 2
                                 << false;
    QTest::newRow("windows-1252") << QByteArray("\xC9;y\r\n") << S::Windows1252 << LE::CrLf << ';'
                                  << 2 << false;
    QTest::newRow("utf-16le") << utf16(QStringLiteral("a\tb\r\nc\td\r\n"), true) << S::Utf16LeBom
                              << LE::CrLf << '\t' << 2 << false;
    QTest::newRow("utf-16be") << utf16(QStringLiteral("a|b\n"), false) << S::Utf16BeBom << LE::Lf
                              << '|' << 2 << false;
    QTest::newRow("nul") << QByteArray("a,b\n\0\0\0\0", 8) << S::Utf8 << LE::Lf << ',' << 2 << true;
    QTest::newRow("control bytes")
        << QByteArray("\x01\x02\x03\x04,\x05\x06\x07\x08\n\x0B\x0E\x0F\x10,\x11\x12\x13\x14\n")
        << S::Utf8 << LE::Lf << ',' << 2 << true;
    QTest::newRow("empty") << QByteArray() << S::Utf8 << LE::None << '\0' << 0 << false;
}

void TestCsvReader::sniff() {
    QFETCH(QByteArray, input);
    QFETCH(CsvReader::Sniff::Encoding, encoding);
    QFETCH(CsvReader::LineEnding, lineEnding);
    QFETCH(char, delimiter);
    QFETCH(int, fieldCount);
    QFETCH(bool, binary);

    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    const auto sniffed = CsvReader::sniff(&buffer);
    PL_VERIFY_OK(sniffed);
    QCOMPARE(sniffed->encoding, encoding);
    QCOMPARE(sniffed->lineEnding, lineEnding);
    QCOMPARE(sniffed->delimiter, delimiter);
    QCOMPARE(sniffed->fieldCount, fieldCount);
    QCOMPARE(sniffed->looksBinary, binary);
    QCOMPARE(sniffed->binaryReason.isEmpty(), !binary);
}

void TestCsvReader::sniffDoesNotConsume() {
    QByteArray data("\xEF\xBB\xBFplate;state\r\nABC;WA\r\n");
    for (const bool sequential : {false, true}) {
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        TrickleDevice trickle(data, 1000);
        QIODevice* device = sequential ? static_cast<QIODevice*>(&trickle) : &buffer;
        const auto sniffed = CsvReader::sniff(device);
        PL_VERIFY_OK(sniffed);
        QCOMPARE(sniffed->delimiter, ';');
        const ReadAll all =
            readAll(device, options(sniffed->delimiter, '"', sniffed->readerEncoding()));
        QVERIFY(!all.error);
        QCOMPARE(all.described, (QStringList{QStringLiteral("1-1 [plate][state]"),
                                             QStringLiteral("2-2 [ABC][WA]")}));
    }
}

void TestCsvReader::sniffFailingDevice() {
    FailingDevice device(QByteArray("a,b\n"), 0);
    PL_VERIFY_ERROR(CsvReader::sniff(&device), ErrorCode::Io);
    QBuffer closed;
    PL_VERIFY_ERROR(CsvReader::sniff(&closed), ErrorCode::InvalidArgument);
}

void TestCsvReader::sniffLargeSample() {
    // More than the sniffed 64 KiB, with the cut inside a multibyte character
    // and inside a quoted field.
    QByteArray data("plate|note\n");
    while (data.size() < 2 * CsvReader::sniffBytes)
        data.append("\xC3\x89"
                    "X1|\"multi\nline \xE2\x82\xAC\"\n");
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const auto sniffed = CsvReader::sniff(&buffer);
    PL_VERIFY_OK(sniffed);
    QCOMPARE(sniffed->encoding, CsvReader::Sniff::Encoding::Utf8);
    QCOMPARE(sniffed->delimiter, '|');
    QCOMPARE(sniffed->fieldCount, 2);
    QCOMPARE(sniffed->consistency, 1.0);
    QVERIFY(sniffed->recordsExamined > 100);
    QVERIFY(!sniffed->looksBinary);
    QCOMPARE(buffer.pos(), 0);
}

void TestCsvReader::readsSummarySample() {
    QFile file(samplePath("reads_summary_like.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto sniffed = CsvReader::sniff(&file);
    PL_VERIFY_OK(sniffed);
    QCOMPARE(sniffed->encoding, CsvReader::Sniff::Encoding::Utf8Bom);
    QCOMPARE(sniffed->lineEnding, CsvReader::LineEnding::CrLf);
    QCOMPARE(sniffed->delimiter, ',');
    QCOMPARE(sniffed->fieldCount, 5);

    CsvReader reader(&file);
    SourceRecord record;
    QList<SourceRecord> records;
    for (;;) {
        auto got = reader.next(record);
        PL_VERIFY_OK(got);
        if (!got.value())
            break;
        records.append(record);
    }
    QCOMPARE(records.size(), 21);
    QCOMPARE(records.first().cells.first().text, QStringLiteral("Date/Time"));
    QVERIFY(records.first().raw.startsWith(QStringLiteral("Date/Time,Plate")));
    for (const SourceRecord& r : records) {
        QCOMPARE(r.line, r.lastLine);
        QVERIFY(!r.decodedAsWindows1252);
        QVERIFY(!r.raw.contains(QLatin1Char('\r')));
        const qsizetype expected = r.line == 14 ? 6 : r.line == 15 ? 3 : 5;
        QVERIFY2(r.cells.size() == expected, qPrintable(QString::number(r.line)));
    }
    QCOMPARE(records.at(14).line, 15);
    QCOMPARE(records.last().line, 21);
    QVERIFY(records.last().raw.endsWith(QStringLiteral("UNIT-0415-MDC")));
    QCOMPARE(records.at(16).cells.at(1).text, QStringLiteral("ZQX4821 ")); // not trimmed
    QCOMPARE(reader.progressDone(), file.size());
}

void TestCsvReader::openAlprSample() {
    QFile file(samplePath("openalpr_forensic_plates.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto sniffed = CsvReader::sniff(&file);
    PL_VERIFY_OK(sniffed);
    QCOMPARE(sniffed->encoding, CsvReader::Sniff::Encoding::Utf8);
    QCOMPARE(sniffed->lineEnding, CsvReader::LineEnding::Lf);
    QCOMPARE(sniffed->delimiter, ',');
    QCOMPARE(sniffed->fieldCount, 20);

    CsvReader reader(&file);
    SourceRecord record;
    qint64 count = 0;
    for (;;) {
        auto got = reader.next(record);
        PL_VERIFY_OK(got);
        if (!got.value())
            break;
        ++count;
        QCOMPARE(record.line, count);
        QVERIFY2(record.cells.size() == (record.line == 18 ? 17 : 20),
                 qPrintable(QString::number(record.line)));
    }
    QCOMPARE(count, 21);
}

void TestCsvReader::genetecSample() {
    QFile file(samplePath("genetec_style_hotlist.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto sniffed = CsvReader::sniff(&file);
    PL_VERIFY_OK(sniffed);
    QCOMPARE(sniffed->encoding, CsvReader::Sniff::Encoding::Windows1252);
    QCOMPARE(sniffed->lineEnding, CsvReader::LineEnding::CrLf);
    QCOMPARE(sniffed->delimiter, ';');
    QCOMPARE(sniffed->fieldCount, 7);

    CsvReader reader(&file, options(';'));
    SourceRecord record;
    bool sawLine19 = false;
    for (;;) {
        auto got = reader.next(record);
        PL_VERIFY_OK(got);
        if (!got.value())
            break;
        QCOMPARE(record.decodedAsWindows1252, record.line == 19);
        if (record.line == 19) {
            sawLine19 = true;
            QVERIFY2(record.raw.contains(QStringLiteral("ÉCOLE1")), qPrintable(record.raw));
            QCOMPARE(record.cells.at(2).text, QStringLiteral("ÉCOLE1"));
        }
    }
    QVERIFY(sawLine19);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
