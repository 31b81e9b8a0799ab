// libFuzzer target for the .xlsx reader. An input that starts like a zip is
// written to a file as it is and opened as a workbook; any other input is the
// XML of a worksheet (and, after a "\n--\n" line, of the shared strings),
// packed into an otherwise valid workbook so that mutations reach the XML
// scanner instead of dying at the zip checksum. Every sheet is read to its
// end. Build with
//   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DPL_BUILD_FUZZERS=ON
//   build-fuzz/tests/fuzz/fuzz_xlsxreader tests/fuzz/corpus/xlsxreader
#include "core/import/XlsxReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cstddef>
#include <cstdint>

namespace {

void check(bool condition) {
    if (!condition)
        __builtin_trap();
}

const QByteArray kRelTypes("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

bool addEntry(QuaZip& zip, const QString& name, const QByteArray& data) {
    QuaZipFile file(&zip);
    // Stored, not deflated: cheaper per run, and the reader sees the bytes.
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 0))
        return false;
    file.write(data);
    file.close();
    return true;
}

bool writeWorkbook(const QString& path, const QByteArray& sheet, const QByteArray& strings) {
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    QByteArray rels("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    "relationships\"><Relationship Id=\"r1\" Type=\"");
    rels.append(kRelTypes).append("worksheet\" Target=\"worksheets/sheet1.xml\"/>");
    rels.append("<Relationship Id=\"r2\" Type=\"").append(kRelTypes);
    rels.append("sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>");
    rels.append("<Relationship Id=\"r3\" Type=\"").append(kRelTypes);
    rels.append("styles\" Target=\"styles.xml\"/></Relationships>");
    const bool ok =
        addEntry(zip, QStringLiteral("xl/workbook.xml"),
                 "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                 "relationships\"><workbookPr date1904=\"1\"/><sheets><sheet name=\"S\" "
                 "r:id=\"r1\"/></sheets></workbook>") &&
        addEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), rels) &&
        addEntry(zip, QStringLiteral("xl/styles.xml"),
                 "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
                 "</numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                 "<xf numFmtId=\"164\"/></cellXfs></styleSheet>") &&
        addEntry(zip, QStringLiteral("xl/worksheets/sheet1.xml"), sheet) &&
        (strings.isNull() || addEntry(zip, QStringLiteral("xl/sharedStrings.xml"), strings));
    zip.close();
    return ok && zip.getZipError() == UNZ_OK;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using pl::core::SourceCell;
    using pl::core::SourceRecord;
    using pl::core::XlsxReader;
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.xlsx"));
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    if (bytes.startsWith("PK\x03\x04")) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(bytes);
        file.close();
    } else {
        const qsizetype split = bytes.indexOf("\n--\n");
        const QByteArray sheet = split < 0 ? bytes : bytes.left(split);
        const QByteArray strings = split < 0 ? QByteArray() : bytes.mid(split + 4);
        if (!writeWorkbook(path, sheet, strings))
            return 0;
    }

    auto opened = XlsxReader::open(path);
    if (!opened) {
        check(!opened.error().message().isEmpty());
        return 0;
    }
    XlsxReader& reader = *opened.value();
    const int sheets = static_cast<int>(reader.sheetNames().size());
    check(sheets > 0);
    SourceRecord record;
    for (int sheet = 0; sheet < sheets; ++sheet) {
        if (!reader.selectSheet(sheet))
            continue;
        qint64 rows = 0;
        while (true) {
            auto next = reader.next(record);
            if (!next) {
                check(!next.error().message().isEmpty());
                break;
            }
            check(reader.progressDone() <= reader.progressTotal());
            if (!next.value())
                break;
            check(record.line > 0 && record.line == record.lastLine);
            check(record.cells.size() <= XlsxReader::maxColumns);
            for (const SourceCell& cell : std::as_const(record.cells)) {
                if (cell.dateStyled)
                    (void)XlsxReader::excelSerialToDateTime(cell.number, reader.date1904());
            }
            check(++rows < 10000000);
        }
    }
    return 0;
}
