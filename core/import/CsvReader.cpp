#include "core/import/CsvReader.h"

#include "core/import/Windows1252.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace pl::core {

namespace {

class CsvText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::CsvReader)
public:
    static QString badOptions() {
        return tr("The delimiter and quote settings cannot be used: the delimiter must be one "
                  "ASCII character other than the quote, CR, LF and NUL, and the record size "
                  "limit must be positive.");
    }
    static QString notReadable() { return tr("The file is not open for reading."); }
    static QString readFailed(qint64 offset, const QString& why) {
        return tr("Reading the file failed at byte offset %1: %2").arg(offset).arg(why);
    }
    static QString nul(qint64 line, qint64 offset) {
        return tr("Line %1, byte offset %2: binary data (a NUL byte) where text was expected — "
                  "this is not a delimited text file, or it is damaged.")
            .arg(line)
            .arg(offset);
    }
    static QString unterminated(qint64 line) {
        return tr("Line %1: a quoted field starts here and is never closed — the file ends "
                  "inside the quotes.")
            .arg(line);
    }
    static QString tooLong(qint64 line, qint64 limit, qint64 quoteLine) {
        const QString size = QLocale().formattedDataSize(limit, 0, QLocale::DataSizeIecFormat);
        if (quoteLine > 0)
            return tr("Line %1: a record longer than %2 starts here, and the quoted field opened "
                      "on line %3 is never closed — the file is not a reader dump or is "
                      "damaged.")
                .arg(line)
                .arg(size)
                .arg(quoteLine);
        return tr("Line %1: a record longer than %2 starts here — the file is not a reader dump "
                  "or is damaged.")
            .arg(line)
            .arg(size);
    }
    static QString nulSniffed(qint64 offset) {
        return tr("The file holds binary data (a NUL byte at byte offset %1), not delimited "
                  "text.")
            .arg(offset);
    }
    static QString controlsSniffed(qint64 controls, qint64 examined) {
        return tr("The file holds binary data (%1 of its first %2 bytes are control "
                  "characters), not delimited text.")
            .arg(controls)
            .arg(examined);
    }
};

bool isAscii(const char* data, qsizetype size) {
    std::uint64_t bits = 0;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, data + i, sizeof word);
        bits |= word;
    }
    for (; i < size; ++i)
        bits |= static_cast<unsigned char>(data[i]);
    return (bits & 0x8080808080808080ULL) == 0;
}

// Sizes `out` for `size` code units, without copying its old contents when it
// is shared with a copy the caller kept.
QChar* prepare(QString& out, qsizetype size) {
    if (!out.isDetached())
        out = QString();
    out.resize(size);
    return out.data();
}

bool isLineEnd(char c) {
    return c == '\n' || c == '\r';
}

// Field counts and line-ending counts of the complete records in a sample,
// split the way the reader splits (quote '"').
struct SampleSplit {
    std::vector<int> counts; // non-blank records only
    qsizetype crlf = 0;
    qsizetype lf = 0;
    qsizetype cr = 0;
};

SampleSplit splitSample(const QByteArray& body, char delimiter, bool truncated, int maxRecords) {
    SampleSplit out;
    const char* p = body.constData();
    const qsizetype n = body.size();
    qsizetype i = 0;
    while (i < n && std::ssize(out.counts) < maxRecords) {
        const bool blank = isLineEnd(p[i]);
        int fields = 1;
        bool complete = true;
        for (;;) {
            if (p[i] == '"') {
                bool closed = false;
                for (++i; i < n; ++i) {
                    if (p[i] != '"')
                        continue;
                    if (i + 1 < n && p[i + 1] == '"') {
                        ++i;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (!closed) {
                    complete = false;
                    break;
                }
            }
            while (i < n && p[i] != delimiter && !isLineEnd(p[i]))
                ++i;
            if (i < n && p[i] == delimiter) {
                ++fields;
                ++i;
                if (i == n)
                    break;
                continue;
            }
            break;
        }
        if (!complete)
            break;
        if (i >= n) {
            // A last line without a newline counts only when it is really the
            // end of the file.
            if (!truncated && !blank)
                out.counts.push_back(fields);
            break;
        }
        if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n') {
            ++out.crlf;
            i += 2;
        } else {
            ++(p[i] == '\r' ? out.cr : out.lf);
            ++i;
        }
        if (!blank)
            out.counts.push_back(fields);
    }
    return out;
}

// Drops an incomplete UTF-8 sequence cut off at the end of a sample.
qsizetype completeUtf8Length(const QByteArray& bytes) {
    const qsizetype n = bytes.size();
    qsizetype lead = n;
    for (int back = 0; back < 4 && lead > 0; ++back) {
        const auto c = static_cast<unsigned char>(bytes[lead - 1]);
        --lead;
        if ((c & 0xC0) != 0x80) {
            const qsizetype need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            return n - lead < need ? lead : n;
        }
    }
    return n;
}

} // namespace

CsvReader::Encoding CsvReader::Sniff::readerEncoding() const {
    switch (encoding) {
    case Encoding::Utf16LeBom:
    case Encoding::Utf16BeBom:
        return CsvReader::Encoding::Utf16;
    case Encoding::Windows1252:
        return CsvReader::Encoding::Windows1252;
    case Encoding::Utf8Bom:
    case Encoding::Utf8:
        break;
    }
    // Auto rather than Utf8: a stray Windows-1252 record after the sniffed
    // sample still decodes, and is flagged.
    return CsvReader::Encoding::Auto;
}

CsvReader::CsvReader(QIODevice* device)
    : CsvReader(device, Options()) {}

CsvReader::CsvReader(QIODevice* device, const Options& options)
    : m_device(device)
    , m_options(options)
    , m_encoding(options.encoding)
    , m_utf8Decoder(QStringConverter::Utf8,
                    QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom) {
    if (m_device != nullptr && m_device->isOpen() && !m_device->isSequential()) {
        m_deviceStart = m_device->pos();
        m_total = m_device->size();
        m_bufBase = m_deviceStart;
    }
    const auto delimiter = static_cast<unsigned char>(m_options.delimiter);
    const auto quote = static_cast<unsigned char>(m_options.quote);
    for (const unsigned char c :
         {static_cast<unsigned char>('\r'), static_cast<unsigned char>('\n'),
          static_cast<unsigned char>(0)}) {
        m_unquotedStop[c] = 1;
        m_quotedStop[c] = 1;
    }
    m_unquotedStop[delimiter] = 1;
    if (quote != 0)
        m_quotedStop[quote] = 1;
}

CsvReader::~CsvReader() = default;

Error CsvReader::fail(Error error) {
    m_error = error;
    return error;
}

Status CsvReader::start() {
    m_started = true;
    const auto delimiter = static_cast<unsigned char>(m_options.delimiter);
    const auto quote = static_cast<unsigned char>(m_options.quote);
    if (delimiter == 0 || delimiter >= 0x80 || isLineEnd(m_options.delimiter) ||
        delimiter == quote || quote >= 0x80 || isLineEnd(m_options.quote) ||
        m_options.maxRecordBytes <= 0)
        return fail(Error(ErrorCode::InvalidArgument, CsvText::badOptions()));
    if (m_device == nullptr || !m_device->isReadable())
        return fail(Error(ErrorCode::InvalidArgument, CsvText::notReadable()));

    // Enough bytes to see a byte-order mark.
    while (m_buf.size() < 3 && !m_eof) {
        const auto old = std::ssize(m_buf);
        const qint64 want = readSize(chunkBytes);
        m_buf.resize(static_cast<std::size_t>(old + want));
        const auto got = readDevice(m_buf.data() + old, want);
        if (!got)
            return fail(got.error());
        m_buf.resize(static_cast<std::size_t>(old + got.value()));
        if (got.value() == 0)
            m_eof = true;
    }

    const auto startsWith = [this](std::initializer_list<unsigned char> bom) {
        if (m_buf.size() < bom.size())
            return false;
        return std::equal(bom.begin(), bom.end(), m_buf.begin(), [](unsigned char a, char b) {
            return a == static_cast<unsigned char>(b);
        });
    };
    const bool utf8Bom = startsWith({0xEF, 0xBB, 0xBF});
    const bool utf16Le = startsWith({0xFF, 0xFE});
    const bool utf16Be = startsWith({0xFE, 0xFF});
    if (utf8Bom && (m_encoding == Encoding::Auto || m_encoding == Encoding::Utf8)) {
        m_begin = 3;
        return {};
    }
    if ((utf16Le || utf16Be) && m_encoding == Encoding::Auto)
        m_encoding = Encoding::Utf16;
    if (m_encoding != Encoding::Utf16)
        return {};

    m_utf16 = true;
    m_utf16Decoder = QStringDecoder(utf16Be ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
                                    QStringConverter::Flag::ConvertInitialBom);
    const qsizetype bomSize = utf16Le || utf16Be ? 2 : 0;
    const QByteArray raw(m_buf.data() + bomSize, std::ssize(m_buf) - bomSize);
    m_buf.clear();
    m_bufBase = 0;
    appendUtf16(raw.constData(), raw.size());
    if (m_eof)
        finishUtf16();
    return {};
}

qint64 CsvReader::readSize(qint64 wanted) const {
    // No point in sizing a 256 KiB buffer for a small file.
    if (m_device->isSequential())
        return wanted;
    return std::clamp<qint64>(m_device->size() - m_device->pos(), 1, wanted);
}

Result<qint64> CsvReader::readDevice(char* into, qint64 maxSize) {
    qint64 got = m_device->read(into, maxSize);
    if (got == 0 && m_device->isSequential() && m_device->waitForReadyRead(-1))
        got = m_device->read(into, maxSize);
    if (got < 0)
        return Error(ErrorCode::Io,
                     CsvText::readFailed(m_deviceStart + m_deviceRead, m_device->errorString()));
    m_deviceRead += got;
    return got;
}

void CsvReader::appendUtf16(const char* data, qsizetype size) {
    m_utf16Bytes += size;
    QString text = m_utf16HeldBack;
    text += m_utf16Decoder.decode(QByteArrayView(data, size));
    m_utf16HeldBack.clear();
    // Keep a high surrogate until its low half arrives with the next chunk.
    if (!text.isEmpty() && text.back().isHighSurrogate()) {
        m_utf16HeldBack = text.back();
        text.chop(1);
    }
    const QByteArray utf8 = text.toUtf8();
    m_buf.insert(m_buf.end(), utf8.constBegin(), utf8.constEnd());
}

void CsvReader::finishUtf16() {
    const bool danglingByte = m_utf16Bytes % 2 != 0;
    const bool danglingSurrogate = !m_utf16HeldBack.isEmpty();
    m_utf16HeldBack.clear();
    if (danglingByte || danglingSurrogate) {
        static constexpr char replacement[] = "\xEF\xBF\xBD"; // U+FFFD
        m_buf.insert(m_buf.end(), replacement, replacement + 3);
    }
}

Status CsvReader::fill() {
    if (m_eof)
        return {};
    if (m_begin > 0) {
        const auto kept = std::ssize(m_buf) - m_begin;
        std::memmove(m_buf.data(), m_buf.data() + m_begin, static_cast<std::size_t>(kept));
        m_buf.resize(static_cast<std::size_t>(kept));
        m_bufBase += m_begin;
        m_begin = 0;
    }
    // Growing by at least what is held keeps re-scanning a long record linear.
    const qint64 want = readSize(std::max<qint64>(chunkBytes, std::ssize(m_buf)));
    qint64 got = 0;
    if (m_utf16) {
        m_rawChunk.resize(want);
        const auto read = readDevice(m_rawChunk.data(), want);
        if (!read)
            return fail(read.error());
        got = read.value();
        appendUtf16(m_rawChunk.constData(), got);
    } else {
        const auto old = std::ssize(m_buf);
        m_buf.resize(static_cast<std::size_t>(old + want));
        const auto read = readDevice(m_buf.data() + old, want);
        if (!read)
            return fail(read.error());
        got = read.value();
        m_buf.resize(static_cast<std::size_t>(old + got));
    }
    if (got == 0) {
        m_eof = true;
        if (m_utf16)
            finishUtf16();
    }
    return {};
}

CsvReader::Scan CsvReader::scan() {
    Scan r;
    m_fields.clear();
    const char* b = m_buf.data();
    const qsizetype n = std::ssize(m_buf);
    const bool eof = m_eof;
    const char quote = m_options.quote;
    const char delimiter = m_options.delimiter;
    qint64 line = m_line;
    qsizetype i = m_begin;

    const auto nulError = [&](qsizetype at) {
        r.status = ScanStatus::Error;
        r.error = Error(ErrorCode::InvalidArgument, CsvText::nul(line, m_bufBase + at));
        return r;
    };
    const auto terminate = [&](qsizetype at) {
        qsizetype length = 1;
        if (b[at] == '\r') {
            if (at + 1 == n && !eof)
                return r; // NeedMore: CR or CRLF?
            if (at + 1 < n && b[at + 1] == '\n')
                length = 2;
        }
        r.status = ScanStatus::Complete;
        r.recordEnd = at;
        r.next = at + length;
        r.lastLine = line;
        return r;
    };

    if (i == n)
        return r;
    if (isLineEnd(b[i]))
        return terminate(i); // a blank line: no cells

    for (;;) {
        Field field;
        field.begin = i;
        qsizetype afterQuote = -1;
        if (quote != 0 && i < n && b[i] == quote) {
            field.quoted = true;
            r.quoteLine = line;
            ++i;
            for (;;) {
                while (i < n && !m_quotedStop[static_cast<unsigned char>(b[i])])
                    ++i;
                if (i == n) {
                    if (!eof)
                        return r;
                    r.status = ScanStatus::Error;
                    r.error = Error(ErrorCode::InvalidArgument, CsvText::unterminated(r.quoteLine));
                    return r;
                }
                const char c = b[i];
                if (c == quote) {
                    if (i + 1 == n && !eof)
                        return r;
                    if (i + 1 < n && b[i + 1] == quote) {
                        field.simple = false;
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (c == '\0')
                    return nulError(i);
                if (c == '\r') {
                    if (i + 1 == n && !eof)
                        return r;
                    i += i + 1 < n && b[i + 1] == '\n' ? 2 : 1;
                } else {
                    ++i;
                }
                ++line;
            }
            r.quoteLine = 0;
            afterQuote = i;
        }
        while (i < n && !m_unquotedStop[static_cast<unsigned char>(b[i])])
            ++i;
        if (field.quoted && i != afterQuote)
            field.simple = false; // text after the closing quote
        field.end = i;
        if (i == n) {
            if (!eof)
                return r;
            m_fields.push_back(field);
            r.status = ScanStatus::Complete;
            r.recordEnd = n;
            r.next = n;
            r.lastLine = line;
            return r;
        }
        const char c = b[i];
        if (c == delimiter) {
            m_fields.push_back(field);
            ++i;
            continue;
        }
        if (c == '\0')
            return nulError(i);
        m_fields.push_back(field);
        return terminate(i);
    }
}

bool CsvReader::decodeText(QString& out, const char* data, qsizetype size, TextMode mode) {
    switch (mode) {
    case TextMode::Ascii: {
        QChar* dst = prepare(out, size);
        for (qsizetype i = 0; i < size; ++i)
            dst[i] = QChar(static_cast<char16_t>(static_cast<unsigned char>(data[i])));
        return true;
    }
    case TextMode::Windows1252:
        prepare(out, size);
        Windows1252::decodeInto(out, data, size);
        return true;
    case TextMode::Utf8:
        break;
    }
    m_utf8Decoder.resetState();
    QChar* begin = prepare(out, m_utf8Decoder.requiredSpace(size));
    const QChar* end = m_utf8Decoder.appendToBuffer(begin, QByteArrayView(data, size));
    out.resize(end - begin);
    return !m_utf8Decoder.hasError();
}

void CsvReader::decodeRecord(const Scan& scan, SourceRecord& record) {
    const char* b = m_buf.data();
    const char* rawBegin = b + m_begin;
    const qsizetype rawSize = scan.recordEnd - m_begin;
    record.line = m_line;
    record.lastLine = scan.lastLine;
    record.decodedAsWindows1252 = false;

    TextMode mode = TextMode::Ascii;
    if (!isAscii(rawBegin, rawSize)) {
        if (m_encoding == Encoding::Windows1252) {
            mode = TextMode::Windows1252;
        } else {
            mode = TextMode::Utf8;
            const bool valid = decodeText(record.raw, rawBegin, rawSize, mode);
            if (!valid && m_encoding == Encoding::Auto) {
                mode = TextMode::Windows1252;
                record.decodedAsWindows1252 = true;
            }
        }
    }
    if (mode != TextMode::Utf8)
        decodeText(record.raw, rawBegin, rawSize, mode);

    const auto count = std::ssize(m_fields);
    if (record.cells.size() != count)
        record.cells.resize(count);
    SourceCell* cells = record.cells.data();
    for (qsizetype f = 0; f < count; ++f) {
        const Field& field = m_fields[static_cast<std::size_t>(f)];
        SourceCell& cell = cells[f];
        const char* text = b + field.begin;
        qsizetype size = field.end - field.begin;
        if (field.quoted && field.simple) {
            ++text;
            size -= 2;
        } else if (field.quoted) {
            // Drop the quotes, collapse doubled ones, keep text after the
            // closing quote.
            m_scratch.clear();
            const char quote = m_options.quote;
            bool inQuotes = true;
            for (qsizetype i = 1; i < size; ++i) {
                const char c = text[i];
                if (inQuotes && c == quote) {
                    if (i + 1 < size && text[i + 1] == quote) {
                        m_scratch.push_back(quote);
                        ++i;
                    } else {
                        inQuotes = false;
                    }
                    continue;
                }
                m_scratch.push_back(c);
            }
            text = m_scratch.data();
            size = std::ssize(m_scratch);
        }
        if (size == 0) {
            cell.kind = SourceCell::Kind::Empty;
            if (cell.text.isDetached())
                cell.text.resize(0);
            else
                cell.text = QString();
        } else {
            cell.kind = SourceCell::Kind::Text;
            decodeText(cell.text, text, size, mode);
        }
        cell.number = 0.0;
        cell.dateStyled = false;
        if (!cell.numberFormat.isEmpty())
            cell.numberFormat.clear();
    }
}

Result<bool> CsvReader::next(SourceRecord& record) {
    if (m_error)
        return *m_error;
    if (!m_started) {
        if (const Status started = start(); !started)
            return started.error();
    }
    for (;;) {
        if (m_begin == std::ssize(m_buf)) {
            if (m_eof)
                return false;
            if (const Status filled = fill(); !filled)
                return filled.error();
            continue;
        }
        const Scan found = scan();
        switch (found.status) {
        case ScanStatus::Error:
            return fail(*found.error);
        case ScanStatus::Complete:
            if (found.recordEnd - m_begin > m_options.maxRecordBytes)
                return fail(Error(ErrorCode::InvalidArgument,
                                  CsvText::tooLong(m_line, m_options.maxRecordBytes, 0)));
            decodeRecord(found, record);
            m_line = found.lastLine + 1;
            m_begin = found.next;
            return true;
        case ScanStatus::NeedMore:
            if (std::ssize(m_buf) - m_begin > m_options.maxRecordBytes)
                return fail(
                    Error(ErrorCode::InvalidArgument,
                          CsvText::tooLong(m_line, m_options.maxRecordBytes, found.quoteLine)));
            if (const Status filled = fill(); !filled)
                return filled.error();
            break;
        }
    }
}

qint64 CsvReader::progressDone() const {
    const qint64 done =
        m_utf16 ? m_deviceStart + m_deviceRead : m_bufBase + static_cast<qint64>(m_begin);
    return m_total > 0 ? std::min(done, m_total) : done;
}

qint64 CsvReader::progressTotal() const {
    return m_total;
}

Result<CsvReader::Sniff> CsvReader::sniff(QIODevice* device) {
    if (device == nullptr || !device->isReadable())
        return Error(ErrorCode::InvalidArgument, CsvText::notReadable());
    const qint64 wanted = device->isSequential()
                              ? sniffBytes
                              : std::clamp<qint64>(device->size() - device->pos(), 0, sniffBytes);
    QByteArray sample(wanted, Qt::Uninitialized);
    qint64 got = 0;
    for (;;) {
        // A sequential device may hand out less than asked for; peeking again
        // asks it for more.
        const qint64 peeked = device->peek(sample.data(), wanted);
        if (peeked < 0)
            return Error(ErrorCode::Io,
                         CsvText::readFailed(device->isSequential() ? 0 : device->pos(),
                                             device->errorString()));
        if (peeked <= got || peeked == wanted || !device->isSequential()) {
            got = std::max(got, peeked);
            break;
        }
        got = peeked;
    }
    sample.truncate(got);
    // More data follows the sample (so its last line may be cut short).
    const bool truncated =
        device->isSequential() ? got == sniffBytes : device->pos() + got < device->size();

    Sniff sniffed;
    QByteArray body;
    qint64 bodyOffset = 0; // of body[0] in the file, for messages
    if (sample.startsWith("\xEF\xBB\xBF")) {
        sniffed.encoding = Sniff::Encoding::Utf8Bom;
        body = sample.mid(3);
        bodyOffset = 3;
    } else if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF")) {
        const bool le = sample.startsWith("\xFF\xFE");
        sniffed.encoding = le ? Sniff::Encoding::Utf16LeBom : Sniff::Encoding::Utf16BeBom;
        QStringDecoder decoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::ConvertInitialBom);
        const qsizetype units = (sample.size() - 2) / 2;
        const QString text = decoder.decode(QByteArrayView(sample).sliced(2, units * 2));
        if (const qsizetype nul = text.indexOf(QChar(0)); nul >= 0) {
            sniffed.looksBinary = true;
            sniffed.binaryReason = CsvText::nulSniffed(2 + 2 * nul);
        }
        body = text.toUtf8();
    } else {
        body = sample;
    }

    if (truncated) {
        // Whole lines only.
        const qsizetype lastEnd = std::max(body.lastIndexOf('\n'), body.lastIndexOf('\r'));
        if (lastEnd >= 0)
            body.truncate(lastEnd + 1);
        else
            body.truncate(completeUtf8Length(body));
    }

    if (!sniffed.looksBinary) {
        qint64 controls = 0;
        for (qsizetype i = 0; i < body.size(); ++i) {
            const auto c = static_cast<unsigned char>(body[i]);
            if (c == 0) {
                sniffed.looksBinary = true;
                sniffed.binaryReason = CsvText::nulSniffed(bodyOffset + i);
                break;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
                ++controls;
        }
        if (!sniffed.looksBinary && controls * 10 > body.size()) {
            sniffed.looksBinary = true;
            sniffed.binaryReason = CsvText::controlsSniffed(controls, body.size());
        }
    }

    if (sniffed.encoding == Sniff::Encoding::Utf8 && !isAscii(body.constData(), body.size())) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString decoded = decoder.decode(body); // decoding is lazy
        if (decoder.hasError())
            sniffed.encoding = Sniff::Encoding::Windows1252;
    }

    constexpr int maxRecords = 200;
    double bestConsistency = 0.0;
    SampleSplit chosen;
    bool haveChosen = false;
    for (const char candidate : {',', ';', '|', '\t'}) {
        SampleSplit split = splitSample(body, candidate, truncated, maxRecords);
        if (!haveChosen) {
            chosen = split; // line endings even when no delimiter fits
            haveChosen = true;
        }
        if (split.counts.empty())
            continue;
        std::vector<int> sorted = split.counts;
        std::sort(sorted.begin(), sorted.end());
        int mode = 0;
        qsizetype modeRuns = 0;
        for (qsizetype i = 0; i < std::ssize(sorted);) {
            qsizetype j = i;
            while (j < std::ssize(sorted) &&
                   sorted[static_cast<std::size_t>(j)] == sorted[static_cast<std::size_t>(i)])
                ++j;
            if (j - i >= modeRuns) { // ties go to the larger count
                modeRuns = j - i;
                mode = sorted[static_cast<std::size_t>(i)];
            }
            i = j;
        }
        if (mode < 2)
            continue;
        const double consistency =
            static_cast<double>(modeRuns) / static_cast<double>(split.counts.size());
        if (consistency > bestConsistency ||
            (consistency == bestConsistency && mode > sniffed.fieldCount)) {
            bestConsistency = consistency;
            sniffed.delimiter = candidate;
            sniffed.fieldCount = mode;
            sniffed.consistency = consistency;
            sniffed.recordsExamined = static_cast<int>(split.counts.size());
            chosen = std::move(split);
        }
    }
    if (sniffed.delimiter == 0)
        sniffed.recordsExamined = static_cast<int>(chosen.counts.size());

    if (chosen.crlf + chosen.lf + chosen.cr > 0) {
        if (chosen.crlf >= chosen.lf && chosen.crlf >= chosen.cr)
            sniffed.lineEnding = LineEnding::CrLf;
        else if (chosen.lf >= chosen.cr)
            sniffed.lineEnding = LineEnding::Lf;
        else
            sniffed.lineEnding = LineEnding::Cr;
    }
    return sniffed;
}

} // namespace pl::core
