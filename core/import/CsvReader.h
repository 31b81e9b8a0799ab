#pragma once

#include "core/common/Result.h"
#include "core/import/SourceRecord.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <array>
#include <optional>
#include <string>
#include <vector>

class QIODevice;

namespace pl::core {

// Streaming reader for delimited text (CSV and its ;, | and tab cousins).
//
// Splitting follows RFC 4180 and works on bytes: delimiter, quote, CR and LF
// are ASCII, so this is safe for UTF-8 and Windows-1252; UTF-16 input is
// transcoded to UTF-8 chunk by chunk before splitting. Lenient where Excel is:
// a quote inside an unquoted field is kept literally, and text after a closing
// quote is appended to the field ("ab"c reads as abc). Fields are not trimmed.
//
// Records:
// - line/lastLine are physical lines (1-based; CRLF, LF and a lone CR each end
//   one); a quoted field holding newlines makes a record span several lines.
// - raw is the record's decoded text as it stands in the file (quotes kept),
//   without its line terminator; cells hold the field texts (quotes removed,
//   doubled quotes collapsed), kind Empty for an empty field, else Text.
// - An empty line yields a record with no cells and an empty raw, so callers
//   can count or skip blank lines. A line holding only blanks is one Text cell.
// - A last line without a final newline is a record like any other.
//
// Encodings: Auto strips a UTF-8 BOM, decodes UTF-16 when a UTF-16 BOM is
// present, and otherwise decodes each record as strict UTF-8, falling back to
// Windows-1252 for a record that is not valid UTF-8 (decodedAsWindows1252 is
// then set). Utf8 decodes invalid sequences as U+FFFD. Utf16 follows a BOM when
// there is one and assumes little-endian otherwise; byte offsets in messages
// then count bytes of the UTF-8 transcode, not of the file.
//
// Memory stays bounded by about twice maxRecordBytes plus one read chunk: a
// longer record is an error, found without reading the rest of it. A NUL byte, an unclosed
// quote at the end of the file and a failing device are errors that name the
// line or byte offset. After an error, next() keeps returning it.
//
// The device is not owned; it must stay open for reading while the reader is
// used, and nothing else may read from it meanwhile.
class CsvReader final : public RecordSource {
public:
    enum class Encoding { Auto, Utf8, Windows1252, Utf16 };
    enum class LineEnding { None, CrLf, Lf, Cr };

    struct Options {
        // One of , ; | and tab in practice; any ASCII byte other than the
        // quote, CR, LF and NUL is accepted.
        char delimiter = ',';
        // '"' or 0 for no quoting at all.
        char quote = '"';
        Encoding encoding = Encoding::Auto;
        qint64 maxRecordBytes = 1024 * 1024;
    };

    // What the first bytes of a file suggest, for the import dialog.
    struct Sniff {
        enum class Encoding { Utf8Bom, Utf16LeBom, Utf16BeBom, Utf8, Windows1252 };

        Encoding encoding = Encoding::Utf8;
        // The most frequent line ending outside quotes; None for a single line.
        LineEnding lineEnding = LineEnding::None;
        // The most likely delimiter among , ; | and tab, or 0 when no candidate
        // splits the lines into a consistent number (>= 2) of fields.
        char delimiter = 0;
        // Field count most of the examined records have with that delimiter,
        // and the share of examined records (0..1) that have exactly it.
        int fieldCount = 0;
        double consistency = 0.0;
        // Non-blank records examined (complete ones only).
        int recordsExamined = 0;
        // NUL bytes, or more than 10 % control bytes: refuse before importing.
        bool looksBinary = false;
        // Why the data looks binary (translated), empty otherwise.
        QString binaryReason;

        // The reader encoding to use for this guess.
        CsvReader::Encoding readerEncoding() const;
    };

    static constexpr qint64 chunkBytes = 256 * 1024;
    static constexpr qint64 sniffBytes = 64 * 1024;

    explicit CsvReader(QIODevice* device);
    CsvReader(QIODevice* device, const Options& options);
    ~CsvReader() override;

    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Looks at the first sniffBytes of the device without consuming them.
    static Result<Sniff> sniff(QIODevice* device);

    // Reuses `record`'s cells and strings, so passing the same record each
    // time avoids reallocations.
    Result<bool> next(SourceRecord& record) override;
    qint64 progressDone() const override;
    qint64 progressTotal() const override;

    const Options& options() const { return m_options; }
    // The encoding in use once the first record was read (Auto resolved to
    // Utf16 when a UTF-16 BOM was found).
    Encoding effectiveEncoding() const { return m_encoding; }

private:
    struct Field {
        qsizetype begin = 0; // offsets into m_buf
        qsizetype end = 0;
        bool quoted = false;
        // Quoted with no doubled quote and nothing after the closing quote, so
        // the text is [begin + 1, end - 1).
        bool simple = true;
    };
    enum class ScanStatus { Complete, NeedMore, Error };
    struct Scan {
        ScanStatus status = ScanStatus::NeedMore;
        qsizetype recordEnd = 0; // start of the terminator
        qsizetype next = 0;      // after the terminator
        qint64 lastLine = 0;
        qint64 quoteLine = 0; // line where an open quoted field started, or 0
        std::optional<Error> error;
    };

    Status start();
    Status fill();
    qint64 readSize(qint64 wanted) const;
    Result<qint64> readDevice(char* into, qint64 maxSize);
    void appendUtf16(const char* data, qsizetype size);
    void finishUtf16();
    Scan scan();
    void decodeRecord(const Scan& scan, SourceRecord& record);
    enum class TextMode { Ascii, Utf8, Windows1252 };
    bool decodeText(QString& out, const char* data, qsizetype size, TextMode mode);
    Error fail(Error error);

    QIODevice* m_device;
    Options m_options;
    Encoding m_encoding;

    // m_buf[m_begin, size) is read and not yet consumed; m_bufBase is the
    // stream offset of m_buf[0].
    std::vector<char> m_buf;
    qsizetype m_begin = 0;
    qint64 m_bufBase = 0;
    qint64 m_line = 1;
    bool m_eof = false;
    bool m_started = false;
    std::optional<Error> m_error;

    qint64 m_deviceStart = 0;
    qint64 m_deviceRead = 0;
    qint64 m_total = 0;

    bool m_utf16 = false;
    qint64 m_utf16Bytes = 0;
    QString m_utf16HeldBack;
    QStringDecoder m_utf16Decoder;
    QByteArray m_rawChunk;
    QStringDecoder m_utf8Decoder;

    std::array<unsigned char, 256> m_unquotedStop{};
    std::array<unsigned char, 256> m_quotedStop{};
    std::vector<Field> m_fields;
    std::string m_scratch;
};

} // namespace pl::core
