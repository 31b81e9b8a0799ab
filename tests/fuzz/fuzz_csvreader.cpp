// libFuzzer target for the delimited-text reader and its sniffer. The input
// goes through a QBuffer once per delimiter, with a small record limit so that
// the over-long path is reached too; the first byte picks the encoding and
// whether quoting is on. Build with
//   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DPL_BUILD_FUZZERS=ON
//   build-fuzz/tests/fuzz/fuzz_csvreader tests/fuzz/corpus/csvreader
#include "core/import/CsvReader.h"

#include <QBuffer>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace {

void check(bool condition) {
    if (!condition)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using pl::core::CsvReader;
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const unsigned selector = size > 0 ? data[0] : 0;

    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        auto sniffed = CsvReader::sniff(&buffer);
        check(sniffed.ok());
        check(buffer.pos() == 0);
        check(sniffed->looksBinary != sniffed->binaryReason.isEmpty());
    }

    for (const char delimiter : {',', ';', '|', '\t'}) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader::Options options;
        options.delimiter = delimiter;
        options.quote = (selector & 4) != 0 ? '\0' : '"';
        options.encoding = static_cast<CsvReader::Encoding>(selector % 4);
        options.maxRecordBytes = 512;
        CsvReader reader(&buffer, options);
        pl::core::SourceRecord record;
        qint64 previousLast = 0;
        for (int guard = 0; guard < 100000; ++guard) {
            auto got = reader.next(record);
            if (!got) {
                check(!got.error().message().isEmpty());
                break;
            }
            if (!got.value())
                break;
            check(record.line == previousLast + 1);
            check(record.lastLine >= record.line);
            previousLast = record.lastLine;
            check(reader.progressDone() <= reader.progressTotal());
            if (record.cells.isEmpty())
                check(record.raw.isEmpty());
            QStringList texts;
            for (const auto& cell : record.cells) {
                check(cell.isEmpty() == cell.text.isEmpty());
                texts.append(cell.text);
            }
            // Without quotes in play the cells are the raw text split at the
            // delimiter (Auto decodes a record and its cells the same way).
            const bool quotesInPlay =
                options.quote != '\0' && record.raw.contains(QLatin1Char(options.quote));
            if (options.encoding == CsvReader::Encoding::Auto && !quotesInPlay &&
                !record.cells.isEmpty())
                check(texts.join(QLatin1Char(delimiter)) == record.raw);
        }
    }
    return 0;
}
