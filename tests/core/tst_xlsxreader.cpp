// XlsxReader: the shared covert-unit sample, workbooks written here for one
// feature each, damaged and hostile files, and Excel's serial dates.

#include "core/import/XlsxReader.h"
#include "tests/support/Checks.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace pl;
using core::ErrorCode;
using core::SourceCell;
using core::SourceRecord;
using core::XlsxReader;

namespace {

QString samplePath() {
    return QStringLiteral(PL_SAMPLES_DIR "/covert_unit_export.xlsx");
}

struct Part {
    QString name;
    QByteArray data;
};

// What a generated workbook holds; every sheet is given as its <sheetData>
// content unless it starts with "<?xml" (then it is the whole part).
struct Book {
    QList<QPair<QString, QByteArray>> sheets;
    QByteArray sharedStrings; // the <sst> content; empty: no part
    bool styles = true;
    bool date1904 = false;
    bool absoluteTargets = false;
    QList<Part> extra;
};

const QByteArray kXmlHeader("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
const QByteArray kMain("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QByteArray kRelTypes("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

bool writeZip(const QString& path, const QList<Part>& parts) {
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const Part& part : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.name)) ||
            file.write(part.data) != part.data.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

QByteArray sheetPart(const QByteArray& sheet) {
    if (sheet.startsWith("<?xml"))
        return sheet;
    QByteArray xml = kXmlHeader;
    xml.append("<worksheet xmlns=\"").append(kMain).append("\"><sheetData>");
    xml.append(sheet).append("</sheetData></worksheet>");
    return xml;
}

// Styles: 0 General, 1 built-in 14 (m/d/yyyy), 2 custom "yyyy-mm-dd hh:mm",
// 3 built-in 11 (0.00E+00), 4 custom "[Red]0.00".
QByteArray stylesPart() {
    QByteArray xml = kXmlHeader;
    xml.append("<styleSheet xmlns=\"").append(kMain).append("\">");
    xml.append("<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm\"/>"
               "<numFmt numFmtId=\"165\" formatCode=\"[Red]0.00\"/></numFmts>"
               "<cellStyleXfs count=\"1\"><xf numFmtId=\"22\"/></cellStyleXfs>"
               "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
               "<xf numFmtId=\"164\"/><xf numFmtId=\"11\"/><xf numFmtId=\"165\"/></cellXfs>"
               "</styleSheet>");
    return xml;
}

QList<Part> bookParts(const Book& book) {
    const QByteArray prefix = book.absoluteTargets ? "/xl/" : "";
    QByteArray workbook = kXmlHeader;
    workbook.append("<workbook xmlns=\"").append(kMain).append("\" xmlns:r=\"");
    workbook.append(kRelTypes.chopped(1)).append("\">");
    if (book.date1904)
        workbook.append("<workbookPr date1904=\"1\"/>");
    workbook.append("<sheets>");
    QByteArray rels = kXmlHeader;
    rels.append("<Relationships "
                "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    QList<Part> parts;
    for (qsizetype i = 0; i < book.sheets.size(); ++i) {
        const QByteArray number = QByteArray::number(i + 1);
        workbook.append("<sheet name=\"").append(book.sheets[i].first.toUtf8());
        workbook.append("\" sheetId=\"").append(number).append("\" r:id=\"rId").append(number);
        workbook.append("\"/>");
        rels.append("<Relationship Id=\"rId").append(number).append("\" Type=\"");
        rels.append(kRelTypes).append("worksheet\" Target=\"").append(prefix);
        rels.append("worksheets/data").append(number).append(".xml\"/>");
        parts.append({QStringLiteral("xl/worksheets/data%1.xml").arg(i + 1),
                      sheetPart(book.sheets[i].second)});
    }
    workbook.append("</sheets></workbook>");
    if (book.styles) {
        rels.append("<Relationship Id=\"rS\" Type=\"").append(kRelTypes);
        rels.append("styles\" Target=\"").append(prefix).append("styles.xml\"/>");
        parts.append({QStringLiteral("xl/styles.xml"), stylesPart()});
    }
    if (!book.sharedStrings.isEmpty()) {
        rels.append("<Relationship Id=\"rT\" Type=\"").append(kRelTypes);
        rels.append("sharedStrings\" Target=\"").append(prefix).append("strings.xml\"/>");
        QByteArray strings = kXmlHeader;
        strings.append("<sst xmlns=\"").append(kMain).append("\">");
        strings.append(book.sharedStrings).append("</sst>");
        parts.append({QStringLiteral("xl/strings.xml"), strings});
    }
    rels.append("</Relationships>");
    QByteArray rootRels = kXmlHeader;
    rootRels.append("<Relationships "
                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    "<Relationship Id=\"rId1\" Type=\"");
    rootRels.append(kRelTypes).append("officeDocument\" Target=\"xl/workbook.xml\"/>");
    rootRels.append("</Relationships>");
    parts.prepend({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    parts.prepend({QStringLiteral("xl/workbook.xml"), workbook});
    parts.prepend({QStringLiteral("_rels/.rels"), rootRels});
    parts.append(book.extra);
    return parts;
}

class Workbooks {
public:
    QString write(const Book& book, const QString& name = QStringLiteral("book.xlsx")) {
        const QString path = m_dir.filePath(name);
        return writeZip(path, bookParts(book)) ? path : QString();
    }
    QString writeBytes(const QByteArray& bytes, const QString& name) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

Book oneSheet(const QByteArray& rows) {
    Book book;
    book.sheets = {{QStringLiteral("Sheet1"), rows}};
    return book;
}

// All rows of the selected sheet; an error fails the calling test.
QList<SourceRecord> readAll(XlsxReader& reader, QString* error = nullptr) {
    QList<SourceRecord> rows;
    SourceRecord record;
    while (true) {
        auto next = reader.next(record);
        if (!next) {
            if (error)
                *error = next.error().message();
            else
                qWarning("%s", qPrintable(next.error().message()));
            return rows;
        }
        if (!next.value())
            return rows;
        rows.append(record);
    }
}

const SourceRecord* findRow(const QList<SourceRecord>& rows, qint64 line) {
    for (const SourceRecord& row : rows) {
        if (row.line == line)
            return &row;
    }
    return nullptr;
}

SourceCell cellAt(const SourceRecord& row, int column) {
    return column < row.cells.size() ? row.cells[column] : SourceCell();
}

} // namespace

Q_DECLARE_METATYPE(SourceCell::Kind)

class TestXlsxReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sampleSheets();
    void sampleRowNumbers();
    void sampleHeaders();
    void sampleCells_data();
    void sampleCells();
    void sampleDates();
    void sampleRawAndProgress();
    void sampleSummarySheet();
    void selectSheetErrors();

    void date1904();
    void cellTypes();
    void numberTexts_data();
    void numberTexts();
    void richTextSharedStrings();
    void cellsWithoutReference();
    void emptyRowsAndCells();
    void absoluteTargets();
    void prefixedElements();
    void largeSheetStreams();
    void noSharedStringsPart();

    void truncatedZip_data();
    void truncatedZip();
    void notAnXlsx_data();
    void notAnXlsx();
    void missingFile();
    void noWorkbook();
    void missingSheetPart();
    void malformedSheetXml();
    void malformedWorkbookXml();
    void hostileSheetXml_data();
    void hostileSheetXml();
    void columnLimit();
    void badSharedStringIndex();
    void sharedStringLimit();
    void zipBombRefused();
    void corruptedEntry_data();
    void corruptedEntry();

    void dateFormatCodes_data();
    void dateFormatCodes();
    void builtInFormats();
    void excelSerial_data();
    void excelSerial();
};

// --- the shared sample -----------------------------------------------------

void TestXlsxReader::sampleSheets() {
    auto reader = XlsxReader::open(samplePath());
    PL_VERIFY_OK(reader);
    QCOMPARE(reader.value()->sheetNames(),
             QStringList({QStringLiteral("Summary"), QStringLiteral("Reads")}));
    QCOMPARE(reader.value()->selectedSheet(), 0);
    QVERIFY(!reader.value()->date1904());
    PL_VERIFY_OK(reader.value()->selectSheet(QStringLiteral("Reads")));
    QCOMPARE(reader.value()->selectedSheet(), 1);
}

void TestXlsxReader::sampleRowNumbers() {
    auto reader = XlsxReader::open(samplePath());
    PL_VERIFY_OK(reader);
    PL_VERIFY_OK(reader.value()->selectSheet(QStringLiteral("Reads")));
    const QList<SourceRecord> rows = readAll(*reader.value());
    QList<qint64> lines;
    for (const SourceRecord& row : rows) {
        QCOMPARE(row.lastLine, row.line);
        lines.append(row.line);
    }
    QList<qint64> expected = {1};
    for (qint64 line = 3; line <= 23; ++line)
        expected.append(line);
    expected.append(25);
    QCOMPARE(lines, expected);
}

void TestXlsxReader::sampleHeaders() {
    auto reader = XlsxReader::open(samplePath());
    PL_VERIFY_OK(reader);
    PL_VERIFY_OK(reader.value()->selectSheet(1));
    const QList<SourceRecord> rows = readAll(*reader.value());
    const SourceRecord* header = findRow(rows, 3);
    QVERIFY(header);
    QStringList texts;
    for (const SourceCell& cell : header->cells) {
        QCOMPARE(cell.kind, SourceCell::Kind::Text);
        texts.append(cell.text);
    }
    QCOMPARE(texts, QStringList({QStringLiteral("Read ID"), QStringLiteral("Date"),
                                 QStringLiteral("Time"), QStringLiteral("Plate"),
                                 QStringLiteral("State"), QStringLiteral("Latitude"),
                                 QStringLiteral("Longitude"), QStringLiteral("Heading"),
                                 QStringLiteral("Camera"), QStringLiteral("Confidence"),
                                 QStringLiteral("Plate Image"), QStringLiteral("Overview Image")}));
}

void TestXlsxReader::sampleCells_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<SourceCell::Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("dateStyled");
    QTest::addColumn<QString>("numberFormat");

    using K = SourceCell::Kind;
    QTest::newRow("A4 read id") << 4 << 0 << K::Number << QStringLiteral("1001") << false
                                << QString();
    QTest::newRow("B4 date") << 4 << 1 << K::Number << QStringLiteral("45598") << true
                             << QStringLiteral("m/d/yyyy");
    QTest::newRow("C4 time") << 4 << 2 << K::Number << QStringLiteral("0.6875") << true
                             << QStringLiteral("h:mm:ss AM/PM");
    QTest::newRow("F4 latitude") << 4 << 5 << K::Number << QStringLiteral("41.881832") << false
                                 << QString();
    QTest::newRow("G4 longitude") << 4 << 6 << K::Number << QStringLiteral("-87.623177") << false
                                  << QString();
    QTest::newRow("C5 time") << 5 << 2 << K::Number << QStringLiteral("0.6883333333") << true
                             << QStringLiteral("h:mm:ss AM/PM");
    QTest::newRow("B6 date as text")
        << 6 << 1 << K::Text << QStringLiteral("11/2/2024") << false << QString();
    QTest::newRow("C7 time as text")
        << 7 << 2 << K::Text << QStringLiteral("4:35:10 PM") << false << QString();
    QTest::newRow("D8 plate as number")
        << 8 << 3 << K::Number << QStringLiteral("482915") << false << QString();
    QTest::newRow("D9 plate in E notation")
        << 9 << 3 << K::Number << QStringLiteral("1200000") << false << QStringLiteral("0.00E+00");
    QTest::newRow("F10 no gps") << 10 << 5 << K::Empty << QString() << false << QString();
    QTest::newRow("G10 no gps") << 10 << 6 << K::Empty << QString() << false << QString();
    QTest::newRow("F11 zero") << 11 << 5 << K::Number << QStringLiteral("0") << false << QString();
    QTest::newRow("F13 dms text") << 13 << 5 << K::Text << QStringLiteral("41\u00B052'54.6\"N")
                                  << false << QString();
    QTest::newRow("K16 windows path")
        << 16 << 10 << K::Text << QStringLiteral("D:\\Export\\CVT-07\\images\\1013_plate.jpg")
        << false << QString();
    QTest::newRow("L16 no overview") << 16 << 11 << K::Empty << QString() << false << QString();
    QTest::newRow("J20 formula cached")
        << 20 << 9 << K::Number << QStringLiteral("95") << false << QString();
    QTest::newRow("D21 no plate") << 21 << 3 << K::Empty << QString() << false << QString();
    QTest::newRow("B23 date and time") << 23 << 1 << K::Number << QStringLiteral("45599.75") << true
                                       << QStringLiteral("m/d/yyyy h:mm");
    QTest::newRow("C23 empty time") << 23 << 2 << K::Empty << QString() << false << QString();
    QTest::newRow("D23 inline string")
        << 23 << 3 << K::Text << QStringLiteral("WRX3318") << false << QString();
    QTest::newRow("A25 trailer") << 25 << 0 << K::Text
                                 << QStringLiteral("End of report - 20 records") << false
                                 << QString();
}

void TestXlsxReader::sampleCells() {
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(SourceCell::Kind, kind);
    QFETCH(QString, text);
    QFETCH(bool, dateStyled);
    QFETCH(QString, numberFormat);

    auto reader = XlsxReader::open(samplePath());
    PL_VERIFY_OK(reader);
    PL_VERIFY_OK(reader.value()->selectSheet(QStringLiteral("Reads")));
    const QList<SourceRecord> rows = readAll(*reader.value());
    const SourceRecord* record = findRow(rows, row);
    QVERIFY(record);
    const SourceCell cell = cellAt(*record, column);
    QCOMPARE(cell.kind, kind);
    QCOMPARE(cell.text, text);
    QCOMPARE(cell.dateStyled, dateStyled);
    QCOMPARE(cell.numberFormat, numberFormat);
    if (kind == SourceCell::Kind::Number)
        QCOMPARE(cell.number, text.toDouble());
}

void TestXlsxReader::sampleDates() {
    auto reader = XlsxReader::open(samplePath());
    PL_VERIFY_OK(reader);
    PL_VERIFY_OK(reader.value()->selectSheet(QStringLiteral("Reads")));
    const QList<SourceRecord> rows = readAll(*reader.value());
    const bool system1904 = reader.value()->date1904();

    const auto wallClock = [&](int row, int column) {
        const SourceRecord* record = findRow(rows, row);
        return record
                   ? XlsxReader::excelSerialToDateTime(cellAt(*record, column).number, system1904)
                   : XlsxReader::WallClock();
    };
    QCOMPARE(wallClock(4, 1).date, QDate(2024, 11, 2));
    QCOMPARE(wallClock(4, 1).time, QTime(0, 0));
    QCOMPARE(wallClock(4, 2).time, QTime(16, 30, 0));
    QCOMPARE(wallClock(5, 2).time, QTime(16, 31, 12, 0));
    QCOMPARE(wallClock(23, 1).date, QDate(2024, 11, 3));
    QCOMPARE(wallClock(23, 1).time, QTime(18, 0));
}

void TestXlsxReader::sampleRawAndProgress() {
    auto opened = XlsxReader::open(samplePath());
    PL_VERIFY_OK(opened);
    XlsxReader& reader = *opened.value();
    PL_VERIFY_OK(reader.selectSheet(QStringLiteral("Reads")));
    const qint64 total = reader.progressTotal();
    QVERIFY(total > 0);
    QCOMPARE(reader.progressDone(), 0);
    SourceRecord record;
    qint64 last = 0;
    int rows = 0;
    while (true) {
        auto next = reader.next(record);
        PL_VERIFY_OK(next);
        if (!next.value())
            break;
        ++rows;
        QStringList texts;
        for (const SourceCell& cell : record.cells)
            texts.append(cell.text);
        QCOMPARE(record.raw, texts.join(QLatin1Char('\t')));
        QVERIFY(reader.progressDone() >= last);
        QVERIFY(reader.progressDone() <= total);
        last = reader.progressDone();
    }
    QCOMPARE(rows, 23);
    QCOMPARE(reader.progressDone(), total);
    // The end stays the end.
    auto again = reader.next(record);
    PL_VERIFY_OK(again);
    QVERIFY(!again.value());
    QVERIFY(record.cells.isEmpty());
}

void TestXlsxReader::sampleSummarySheet() {
    auto reader = XlsxReader::open(samplePath());
    PL_VERIFY_OK(reader);
    // The first sheet is selected by default.
    const QList<SourceRecord> rows = readAll(*reader.value());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].line, 1);
    QCOMPARE(rows[1].cells.size(), 2);
    QCOMPARE(rows[1].cells[1].kind, SourceCell::Kind::Number);
    QCOMPARE(rows[1].cells[1].text, QStringLiteral("20"));
    // Selecting again starts over.
    PL_VERIFY_OK(reader.value()->selectSheet(0));
    QCOMPARE(readAll(*reader.value()).size(), 3);
}

void TestXlsxReader::selectSheetErrors() {
    auto reader = XlsxReader::open(samplePath());
    PL_VERIFY_OK(reader);
    PL_VERIFY_ERROR(reader.value()->selectSheet(2), ErrorCode::NotFound);
    PL_VERIFY_ERROR(reader.value()->selectSheet(-1), ErrorCode::NotFound);
    const auto missing = reader.value()->selectSheet(QStringLiteral("Hits"));
    PL_VERIFY_ERROR(missing, ErrorCode::NotFound);
    QVERIFY2(missing.error().message().contains(QStringLiteral("Reads")),
             qPrintable(missing.error().message()));
    // Names match like Excel's: ignoring case when nothing matches exactly.
    PL_VERIFY_OK(reader.value()->selectSheet(QStringLiteral("reads")));
    QCOMPARE(reader.value()->selectedSheet(), 1);
}

// --- generated workbooks ---------------------------------------------------

void TestXlsxReader::date1904() {
    Book book = oneSheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c>"
                         "<c r=\"B1\" s=\"2\"><v>1.5</v></c></row>");
    book.date1904 = true;
    Workbooks files;
    auto reader = XlsxReader::open(files.write(book));
    PL_VERIFY_OK(reader);
    QVERIFY(reader.value()->date1904());
    const QList<SourceRecord> rows = readAll(*reader.value());
    QCOMPARE(rows.size(), 1);
    const SourceCell a = rows[0].cells[0];
    QVERIFY(a.dateStyled);
    QCOMPARE(a.numberFormat, QStringLiteral("m/d/yyyy"));
    QCOMPARE(XlsxReader::excelSerialToDateTime(a.number, true).date, QDate(1904, 1, 1));
    const SourceCell b = rows[0].cells[1];
    QVERIFY(b.dateStyled);
    QCOMPARE(b.numberFormat, QStringLiteral("yyyy-mm-dd hh:mm"));
    const auto wallClock = XlsxReader::excelSerialToDateTime(b.number, true);
    QCOMPARE(wallClock.date, QDate(1904, 1, 2));
    QCOMPARE(wallClock.time, QTime(12, 0));
}

void TestXlsxReader::cellTypes() {
    Workbooks files;
    auto reader = XlsxReader::open(files.write(
        oneSheet("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c>"
                 "<c r=\"C1\" t=\"e\"><v>#N/A</v></c>"
                 "<c r=\"D1\" t=\"str\"><f>A1&amp;\"x\"</f><v>TRUEx &lt;&amp;&gt;</v></c>"
                 "<c r=\"E1\" t=\"n\" s=\"3\"><v>12E5</v></c>"
                 "<c r=\"F1\" s=\"4\"><v>-1.25</v></c>"
                 "<c r=\"G1\"><f>1+1</f></c>"
                 "<c r=\"H1\" t=\"str\"><v>line_x000D_break</v></c>"
                 "<c r=\"I1\" t=\"d\"><v>2024-11-02T16:31:12</v></c>"
                 "<c r=\"J1\"><v>not a number</v></c></row>")));
    PL_VERIFY_OK(reader);
    const QList<SourceRecord> rows = readAll(*reader.value());
    QCOMPARE(rows.size(), 1);
    const QList<SourceCell>& cells = rows[0].cells;
    QCOMPARE(cells.size(), 10);

    QCOMPARE(cells[0].kind, SourceCell::Kind::Boolean);
    QCOMPARE(cells[0].number, 1.0);
    QCOMPARE(cells[0].text, QStringLiteral("TRUE"));
    QCOMPARE(cells[1].kind, SourceCell::Kind::Boolean);
    QCOMPARE(cells[1].number, 0.0);
    QCOMPARE(cells[1].text, QStringLiteral("FALSE"));
    QCOMPARE(cells[2].kind, SourceCell::Kind::Error);
    QCOMPARE(cells[2].text, QStringLiteral("#N/A"));
    QCOMPARE(cells[3].kind, SourceCell::Kind::Text);
    QCOMPARE(cells[3].text, QStringLiteral("TRUEx <&>"));
    QCOMPARE(cells[4].kind, SourceCell::Kind::Number);
    QCOMPARE(cells[4].text, QStringLiteral("1200000"));
    QCOMPARE(cells[4].numberFormat, QStringLiteral("0.00E+00"));
    QVERIFY(!cells[4].dateStyled);
    QCOMPARE(cells[5].text, QStringLiteral("-1.25"));
    QCOMPARE(cells[5].numberFormat, QStringLiteral("[Red]0.00"));
    QVERIFY(!cells[5].dateStyled);
    QCOMPARE(cells[6].kind, SourceCell::Kind::Empty); // formula without a cached value
    QCOMPARE(cells[7].text, QStringLiteral("line\rbreak"));
    QCOMPARE(cells[8].kind, SourceCell::Kind::Number);
    QVERIFY(cells[8].dateStyled);
    QCOMPARE(cells[8].text, QStringLiteral("2024-11-02T16:31:12"));
    const auto wallClock = XlsxReader::excelSerialToDateTime(cells[8].number, false);
    QCOMPARE(wallClock.date, QDate(2024, 11, 2));
    QCOMPARE(wallClock.time, QTime(16, 31, 12));
    QCOMPARE(cells[9].kind, SourceCell::Kind::Text);
    QCOMPARE(cells[9].text, QStringLiteral("not a number"));
    QCOMPARE(rows[0].raw, QStringLiteral("TRUE\tFALSE\t#N/A\tTRUEx <&>\t1200000\t-1.25\t\t"
                                         "line\rbreak\t2024-11-02T16:31:12\tnot a number"));
}

void TestXlsxReader::numberTexts_data() {
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("number");

    QTest::newRow("integer") << QByteArray("1001") << QStringLiteral("1001") << 1001.0;
    QTest::newRow("integer as float") << QByteArray("3.0") << QStringLiteral("3") << 3.0;
    QTest::newRow("leading zeros") << QByteArray("007") << QStringLiteral("7") << 7.0;
    QTest::newRow("negative zero") << QByteArray("-0") << QStringLiteral("0") << 0.0;
    QTest::newRow("exponent") << QByteArray("1.2E+6") << QStringLiteral("1200000") << 1.2e6;
    QTest::newRow("big integer") << QByteArray("123456789012345")
                                 << QStringLiteral("123456789012345") << 123456789012345.0;
    QTest::newRow("huge") << QByteArray("1.5E+20") << QStringLiteral("1.5e+20") << 1.5e20;
    QTest::newRow("tenth") << QByteArray("0.1") << QStringLiteral("0.1") << 0.1;
    QTest::newRow("long fraction") << QByteArray("0.68833333333333335")
                                   << QStringLiteral("0.6883333333333334") << 0.68833333333333335;
    QTest::newRow("tiny") << QByteArray("1E-7") << QStringLiteral("1e-07") << 1e-7;
    QTest::newRow("negative") << QByteArray("-87.623177") << QStringLiteral("-87.623177")
                              << -87.623177;
    QTest::newRow("padded") << QByteArray(" 42 ") << QStringLiteral("42") << 42.0;
}

void TestXlsxReader::numberTexts() {
    QFETCH(QByteArray, value);
    QFETCH(QString, text);
    QFETCH(double, number);
    Workbooks files;
    QByteArray rows("<row r=\"1\"><c r=\"A1\"><v>");
    rows.append(value).append("</v></c></row>");
    auto reader = XlsxReader::open(files.write(oneSheet(rows)));
    PL_VERIFY_OK(reader);
    const QList<SourceRecord> read = readAll(*reader.value());
    QCOMPARE(read.size(), 1);
    QCOMPARE(read[0].cells[0].kind, SourceCell::Kind::Number);
    QCOMPARE(read[0].cells[0].text, text);
    QCOMPARE(read[0].cells[0].number, number);
    // Whatever the form, the text reads back as the same number.
    QCOMPARE(text.toDouble(), number);
}

void TestXlsxReader::richTextSharedStrings() {
    Book book = oneSheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                         "<c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
                         "<c r=\"D1\" t=\"inlineStr\"><is><r><t>AB</t></r><r><rPr><b/></rPr>"
                         "<t xml:space=\"preserve\">C </t></r>"
                         "<rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></is></c></row>");
    book.sharedStrings =
        "<si><r><rPr><b/><sz val=\"11\"/></rPr><t>ZQX</t></r>"
        "<r><t xml:space=\"preserve\"> 4821</t></r>"
        "<rPh sb=\"0\" eb=\"3\"><t>PHONETIC</t></rPh><phoneticPr fontId=\"1\"/></si>"
        "<si><t>plain</t></si>"
        "<si><t>a_x000A_b _x005F_x0041_</t></si>";
    Workbooks files;
    auto reader = XlsxReader::open(files.write(book));
    PL_VERIFY_OK(reader);
    const QList<SourceRecord> rows = readAll(*reader.value());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].cells[0].text, QStringLiteral("ZQX 4821"));
    QCOMPARE(rows[0].cells[1].text, QStringLiteral("plain"));
    QCOMPARE(rows[0].cells[2].text, QStringLiteral("a\nb _x0041_"));
    QCOMPARE(rows[0].cells[3].kind, SourceCell::Kind::Text);
    QCOMPARE(rows[0].cells[3].text, QStringLiteral("ABC "));
}

void TestXlsxReader::cellsWithoutReference() {
    Workbooks files;
    auto reader = XlsxReader::open(files.write(
        oneSheet("<row><c><v>1</v></c><c><v>2</v></c><c r=\"E1\"><v>5</v></c><c><v>6</v></c></row>"
                 "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>"
                 "<row r=\"7\"><c r=\"B7\"><v>7</v></c></row>"
                 "<row><c r=\"A8\"><v>8</v></c></row>")));
    PL_VERIFY_OK(reader);
    const QList<SourceRecord> rows = readAll(*reader.value());
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].line, 1);
    QCOMPARE(rows[0].cells.size(), 6);
    QCOMPARE(rows[0].cells[2].kind, SourceCell::Kind::Empty);
    QCOMPARE(rows[0].cells[3].kind, SourceCell::Kind::Empty);
    QCOMPARE(rows[0].cells[5].text, QStringLiteral("6"));
    QCOMPARE(rows[0].raw, QStringLiteral("1\t2\t\t\t5\t6"));
    QCOMPARE(rows[1].line, 2);
    QCOMPARE(rows[1].raw, QStringLiteral("x"));
    QCOMPARE(rows[2].line, 7);
    QCOMPARE(rows[2].raw, QStringLiteral("\t7"));
    QCOMPARE(rows[3].line, 8);
    QCOMPARE(rows[3].lastLine, 8);
}

void TestXlsxReader::emptyRowsAndCells() {
    Workbooks files;
    auto reader = XlsxReader::open(files.write(oneSheet(
        "<row r=\"2\" spans=\"1:3\" ht=\"20\" customHeight=\"1\"/>"
        "<row r=\"3\"><c r=\"A3\" s=\"1\"/><c r=\"B3\"><v>1</v></c><c r=\"C3\" s=\"2\"/></row>"
        "\n  <row r=\"4\">\n    <c r=\"A4\">\n      <v>4</v>\n    </c>\n  </row>\n")));
    PL_VERIFY_OK(reader);
    const QList<SourceRecord> rows = readAll(*reader.value());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].line, 2);
    QVERIFY(rows[0].cells.isEmpty());
    QCOMPARE(rows[0].raw, QString());
    // Styled cells without a value are empty cells, and trailing ones are
    // not reported.
    QCOMPARE(rows[1].cells.size(), 2);
    QCOMPARE(rows[1].cells[0].kind, SourceCell::Kind::Empty);
    QCOMPARE(rows[1].raw, QStringLiteral("\t1"));
    // Whitespace between elements is no part of a value.
    QCOMPARE(rows[2].raw, QStringLiteral("4"));
}

void TestXlsxReader::absoluteTargets() {
    Book book = oneSheet("<row r=\"1\"><c r=\"A1\" t=\"s\" s=\"1\"><v>0</v></c></row>");
    book.sheets.append({QStringLiteral("Second"), "<row r=\"5\"><c r=\"C5\"><v>3</v></c></row>"});
    book.sharedStrings = "<si><t>abs</t></si>";
    book.absoluteTargets = true;
    Workbooks files;
    auto reader = XlsxReader::open(files.write(book));
    PL_VERIFY_OK(reader);
    QList<SourceRecord> rows = readAll(*reader.value());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].cells[0].text, QStringLiteral("abs"));
    QCOMPARE(rows[0].cells[0].numberFormat, QStringLiteral("m/d/yyyy"));
    PL_VERIFY_OK(reader.value()->selectSheet(QStringLiteral("Second")));
    rows = readAll(*reader.value());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].line, 5);
    QCOMPARE(rows[0].raw, QStringLiteral("\t\t3"));
}

void TestXlsxReader::prefixedElements() {
    Book book;
    book.sheets = {{QStringLiteral("P"),
                    kXmlHeader + "<x:worksheet xmlns:x=\"" + kMain +
                        "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is>"
                        "<x:t>pre</x:t></x:is></x:c><x:c r=\"B1\"><x:v>2</x:v></x:c></x:row>"
                        "</x:sheetData></x:worksheet>"}};
    Workbooks files;
    auto reader = XlsxReader::open(files.write(book));
    PL_VERIFY_OK(reader);
    const QList<SourceRecord> rows = readAll(*reader.value());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].raw, QStringLiteral("pre\t2"));
}

void TestXlsxReader::largeSheetStreams() {
    constexpr int kRows = 100000;
    QByteArray sheet;
    sheet.reserve(kRows * 120);
    for (int row = 1; row <= kRows; ++row) {
        const QByteArray r = QByteArray::number(row);
        sheet.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>");
        sheet.append(r).append("</v></c><c r=\"B").append(r).append("\" t=\"s\"><v>");
        sheet.append(QByteArray::number(row % 3)).append("</v></c><c r=\"C").append(r);
        sheet.append("\" s=\"2\"><v>").append(QByteArray::number(45598 + row / 86400.0, 'g', 17));
        sheet.append("</v></c></row>");
    }
    Book book = oneSheet(sheet);
    book.sharedStrings = "<si><t>ZQX4821</t></si><si><t>BKT3390</t></si><si><t>CRN8814</t></si>";
    Workbooks files;
    const QString path = files.write(book);
    QVERIFY(!path.isEmpty());
    auto opened = XlsxReader::open(path);
    PL_VERIFY_OK(opened);
    XlsxReader& reader = *opened.value();
    SourceRecord record;
    qint64 count = 0;
    qint64 progress = 0;
    while (true) {
        auto next = reader.next(record);
        PL_VERIFY_OK(next);
        if (!next.value())
            break;
        ++count;
        if (record.line != count || record.cells.size() != 3)
            QFAIL(qPrintable(QStringLiteral("row %1 read as %2").arg(count).arg(record.raw)));
        QVERIFY(reader.progressDone() >= progress);
        progress = reader.progressDone();
    }
    QCOMPARE(count, kRows);
    QCOMPARE(record.cells.size(), 0);
    QCOMPARE(reader.progressDone(), reader.progressTotal());
}

void TestXlsxReader::noSharedStringsPart() {
    Book book = oneSheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c>"
                         "<c r=\"B1\" t=\"inlineStr\"><is><t>in</t></is></c></row>");
    book.styles = false;
    Workbooks files;
    auto reader = XlsxReader::open(files.write(book));
    PL_VERIFY_OK(reader);
    const QList<SourceRecord> rows = readAll(*reader.value());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].raw, QStringLiteral("1\tin"));
}

// --- damaged and hostile input ---------------------------------------------

void TestXlsxReader::truncatedZip_data() {
    // How many bytes of the sample are kept; negative: how many are cut off.
    QTest::addColumn<double>("keep");
    QTest::newRow("first byte") << 1.0;
    QTest::newRow("10%") << 0.1;
    QTest::newRow("half") << 0.5;
    QTest::newRow("90%") << 0.9;
    // The end-of-directory record is 22 bytes; without a byte of its
    // signature the directory cannot be found.
    QTest::newRow("without the end record") << -19.0;
}

void TestXlsxReader::truncatedZip() {
    QFETCH(double, keep);
    Workbooks files;
    QFile source(samplePath());
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    const qsizetype length = keep < 0    ? bytes.size() + static_cast<qsizetype>(keep)
                             : keep >= 1 ? static_cast<qsizetype>(keep)
                                         : static_cast<qsizetype>(bytes.size() * keep);
    auto reader =
        XlsxReader::open(files.writeBytes(bytes.left(length), QStringLiteral("cut.xlsx")));
    PL_VERIFY_ERROR(reader, ErrorCode::InvalidArgument);
    QVERIFY2(reader.error().message().contains(QStringLiteral("cut.xlsx")),
             qPrintable(reader.error().message()));
}

void TestXlsxReader::notAnXlsx_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("csv") << QByteArray("Read ID,Plate\n1,ZQX4821\n") << QStringLiteral("zip");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8).append(512, '\0')
                         << QStringLiteral(".xls");
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(static_cast<char>((i * 7919) % 251));
    QTest::newRow("garbage") << garbage << QStringLiteral("zip");
    QTest::newRow("zip signature only")
        << QByteArray("PK\x03\x04garbage", 11) << QStringLiteral("damaged");
}

void TestXlsxReader::notAnXlsx() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    Workbooks files;
    auto reader = XlsxReader::open(files.writeBytes(bytes, QStringLiteral("input.xlsx")));
    PL_VERIFY_ERROR(reader, ErrorCode::InvalidArgument);
    QVERIFY2(reader.error().message().contains(expected), qPrintable(reader.error().message()));
}

void TestXlsxReader::missingFile() {
    Workbooks files;
    PL_VERIFY_ERROR(XlsxReader::open(files.path(QStringLiteral("absent.xlsx"))),
                    ErrorCode::NotFound);
}

void TestXlsxReader::noWorkbook() {
    Workbooks files;
    const QString path = files.path(QStringLiteral("other.zip"));
    QVERIFY(writeZip(path, {{QStringLiteral("readme.txt"), "not a workbook"}}));
    auto reader = XlsxReader::open(path);
    PL_VERIFY_ERROR(reader, ErrorCode::InvalidArgument);
    QVERIFY2(reader.error().message().contains(QStringLiteral("workbook")),
             qPrintable(reader.error().message()));
}

void TestXlsxReader::missingSheetPart() {
    Book book = oneSheet("<row r=\"1\"/>");
    book.sheets.append({QStringLiteral("Gone"), "<row r=\"1\"/>"});
    Workbooks files;
    QList<Part> parts = bookParts(book);
    parts.removeIf([](const Part& part) { return part.name.endsWith(QLatin1String("data2.xml")); });
    const QString path = files.path(QStringLiteral("missing.xlsx"));
    QVERIFY(writeZip(path, parts));
    auto reader = XlsxReader::open(path);
    PL_VERIFY_OK(reader);
    const auto selected = reader.value()->selectSheet(QStringLiteral("Gone"));
    PL_VERIFY_ERROR(selected, ErrorCode::NotFound);
    QVERIFY2(selected.error().message().contains(QStringLiteral("xl/worksheets/data2.xml")),
             qPrintable(selected.error().message()));
    PL_VERIFY_OK(reader.value()->selectSheet(0));
    QCOMPARE(readAll(*reader.value()).size(), 1);
}

void TestXlsxReader::malformedSheetXml() {
    Workbooks files;
    auto reader =
        XlsxReader::open(files.write(oneSheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>\n"
                                              "<row r=\"2\"><c r=\"A2\"><v>2</v></x>"
                                              "</row>")));
    PL_VERIFY_OK(reader);
    SourceRecord record;
    auto first = reader.value()->next(record);
    PL_VERIFY_OK(first);
    QVERIFY(first.value());
    QCOMPARE(record.line, 1);
    auto second = reader.value()->next(record);
    PL_VERIFY_ERROR(second, ErrorCode::InvalidArgument);
    const QString message = second.error().message();
    QVERIFY2(message.contains(QStringLiteral("xl/worksheets/data1.xml")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("row 2")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("line 3")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("</x>")), qPrintable(message));
    // The error sticks.
    PL_VERIFY_ERROR(reader.value()->next(record), ErrorCode::InvalidArgument);
}

void TestXlsxReader::malformedWorkbookXml() {
    Book book = oneSheet("<row r=\"1\"/>");
    QList<Part> parts = bookParts(book);
    for (Part& part : parts) {
        if (part.name == QLatin1String("xl/workbook.xml"))
            part.data.replace("</sheets>", "</sheet>");
    }
    Workbooks files;
    const QString path = files.path(QStringLiteral("badbook.xlsx"));
    QVERIFY(writeZip(path, parts));
    auto reader = XlsxReader::open(path);
    PL_VERIFY_ERROR(reader, ErrorCode::InvalidArgument);
    QVERIFY2(reader.error().message().contains(QStringLiteral("xl/workbook.xml")),
             qPrintable(reader.error().message()));
    QVERIFY2(reader.error().message().contains(QStringLiteral("line 2")),
             qPrintable(reader.error().message()));
}

void TestXlsxReader::hostileSheetXml_data() {
    QTest::addColumn<QByteArray>("sheet");
    QTest::addColumn<QString>("expected");
    const QByteArray head = kXmlHeader + "<worksheet xmlns=\"" + kMain + "\"><sheetData>";
    QTest::newRow("doctype") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a "
                                           "\"aaaa\">]><worksheet><sheetData/></worksheet>")
                             << QStringLiteral("DOCTYPE");
    QTest::newRow("undefined entity") << head + "<row r=\"1\"><c r=\"A1\" t=\"str\"><v>&a;</v>"
                                                "</c></row></sheetData></worksheet>"
                                      << QStringLiteral("row 1");
    QTest::newRow("bad char reference") << head + "<row r=\"1\"><c r=\"A1\" t=\"str\"><v>&#0;"
                                                  "</v></c></row></sheetData></worksheet>"
                                        << QStringLiteral("'&'");
    QTest::newRow("premature end")
        << head + "<row r=\"1\"><c r=\"A1\"><v>1" << QStringLiteral("ends too early");
    QTest::newRow("unquoted attribute")
        << head + "<row r=1></row></sheetData></worksheet>" << QStringLiteral("malformed tag");
    QTest::newRow("latin-1") << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                                           "<worksheet><sheetData/></worksheet>")
                             << QStringLiteral("ISO-8859-1");
    QTest::newRow("two roots") << head + "</sheetData></worksheet><worksheet/>"
                               << QStringLiteral("outside the root");
    QTest::newRow("bad utf-8") << head + "<row r=\"1\"><c r=\"A1\" t=\"str\"><v>\xC3\x28</v></c>"
                                         "</row></sheetData></worksheet>"
                               << QStringLiteral("UTF-8");
    QTest::newRow("bad row number")
        << head + "<row r=\"x\"/></sheetData></worksheet>" << QStringLiteral("\"x\"");
    QTest::newRow("bad cell reference")
        << head + "<row r=\"4\"><c r=\"4A\"><v>1</v></c></row></sheetData></worksheet>"
        << QStringLiteral("\"4A\"");
    QByteArray deep = head + "<row r=\"1\"><c r=\"A1\"><v>";
    for (int i = 0; i < 300; ++i)
        deep.append("<x>");
    QTest::newRow("deep nesting") << deep << QStringLiteral("nested");
    QTest::newRow("garbage") << QByteArray("\x01\x02\x03 not xml at all")
                             << QStringLiteral("outside the root");
    QTest::newRow("empty part") << QByteArray(kXmlHeader) << QStringLiteral("ends too early");
}

void TestXlsxReader::hostileSheetXml() {
    QFETCH(QByteArray, sheet);
    QFETCH(QString, expected);
    QList<Part> parts = bookParts(oneSheet(QByteArray()));
    for (Part& part : parts) {
        if (part.name == QLatin1String("xl/worksheets/data1.xml"))
            part.data = sheet;
    }
    Workbooks files;
    const QString path = files.path(QStringLiteral("hostile.xlsx"));
    QVERIFY(writeZip(path, parts));
    auto reader = XlsxReader::open(path);
    PL_VERIFY_OK(reader);
    QString error;
    readAll(*reader.value(), &error);
    QVERIFY2(!error.isEmpty(), "the sheet was read without an error");
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("xl/worksheets/data1.xml")), qPrintable(error));
}

void TestXlsxReader::columnLimit() {
    Workbooks files;
    auto last = XlsxReader::open(files.write(
        oneSheet("<row r=\"9\"><c r=\"XFD9\"><v>1</v></c></row>"), QStringLiteral("xfd.xlsx")));
    PL_VERIFY_OK(last);
    const QList<SourceRecord> rows = readAll(*last.value());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].cells.size(), XlsxReader::maxColumns);

    auto beyond = XlsxReader::open(files.write(
        oneSheet("<row r=\"9\"><c r=\"XFE9\"><v>1</v></c></row>"), QStringLiteral("xfe.xlsx")));
    PL_VERIFY_OK(beyond);
    QString error;
    readAll(*beyond.value(), &error);
    QVERIFY2(error.contains(QStringLiteral("row 9")) && error.contains(QStringLiteral("XFE9")),
             qPrintable(error));

    QByteArray many("<row r=\"3\">");
    for (int i = 0; i <= XlsxReader::maxColumns; ++i)
        many.append("<c><v>1</v></c>");
    many.append("</row>");
    auto wide = XlsxReader::open(files.write(oneSheet(many), QStringLiteral("wide.xlsx")));
    PL_VERIFY_OK(wide);
    error.clear();
    readAll(*wide.value(), &error);
    QVERIFY2(error.contains(QStringLiteral("row 3")), qPrintable(error));
}

void TestXlsxReader::badSharedStringIndex() {
    Book book = oneSheet("<row r=\"2\"><c r=\"B2\" t=\"s\"><v>5</v></c></row>");
    book.sharedStrings = "<si><t>one</t></si>";
    Workbooks files;
    auto reader = XlsxReader::open(files.write(book));
    PL_VERIFY_OK(reader);
    QString error;
    readAll(*reader.value(), &error);
    QVERIFY2(error.contains(QStringLiteral("B2")) && error.contains(QStringLiteral("row 2")),
             qPrintable(error));

    // Without a shared-string part, a shared-string cell is an error too.
    Book none = oneSheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
    auto without = XlsxReader::open(files.write(none, QStringLiteral("none.xlsx")));
    PL_VERIFY_OK(without);
    error.clear();
    readAll(*without.value(), &error);
    QVERIFY2(error.contains(QStringLiteral("A1")), qPrintable(error));
}

void TestXlsxReader::sharedStringLimit() {
    Book book = oneSheet("<row r=\"1\"/>");
    book.sharedStrings = "<si><t>x</t></si>";
    QList<Part> parts = bookParts(book);
    for (Part& part : parts) {
        if (part.name == QLatin1String("xl/strings.xml"))
            part.data.replace("<sst ", "<sst uniqueCount=\"3000000\" ");
    }
    Workbooks files;
    const QString path = files.path(QStringLiteral("strings.xlsx"));
    QVERIFY(writeZip(path, parts));
    auto reader = XlsxReader::open(path);
    PL_VERIFY_ERROR(reader, ErrorCode::InvalidArgument);
    QVERIFY2(reader.error().message().contains(QStringLiteral("shared strings")),
             qPrintable(reader.error().message()));
}

void TestXlsxReader::zipBombRefused() {
    // The zip directory claims that the small sheet unpacks to 4,000,000,000
    // bytes: far beyond 200:1 for its compressed size.
    Workbooks files;
    const QString path = files.write(oneSheet("<row r=\"1\"/>"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const QByteArray name("xl/worksheets/data1.xml");
    const qsizetype header = bytes.indexOf(QByteArray("PK\x01\x02", 4)); // first directory entry
    QVERIFY(header > 0);
    bool patched = false;
    for (qsizetype at = header; at >= 0; at = bytes.indexOf(QByteArray("PK\x01\x02", 4), at + 4)) {
        if (bytes.mid(at + 46, name.size()) != name)
            continue;
        const quint32 size = 4000000000u;
        for (int i = 0; i < 4; ++i)
            bytes[at + 24 + i] = static_cast<char>((size >> (8 * i)) & 0xFF);
        patched = true;
    }
    QVERIFY(patched);
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    auto reader = XlsxReader::open(path);
    PL_VERIFY_OK(reader);
    QString error;
    readAll(*reader.value(), &error);
    QVERIFY2(error.contains(QStringLiteral("zip bomb")), qPrintable(error));
    const auto selected = reader.value()->selectSheet(0);
    PL_VERIFY_ERROR(selected, ErrorCode::InvalidArgument);
}

void TestXlsxReader::corruptedEntry_data() {
    QTest::addColumn<QString>("entry");
    QTest::newRow("sheet") << QStringLiteral("xl/worksheets/data1.xml");
    QTest::newRow("workbook") << QStringLiteral("xl/workbook.xml");
    QTest::newRow("workbook relationships") << QStringLiteral("xl/_rels/workbook.xml.rels");
    QTest::newRow("styles") << QStringLiteral("xl/styles.xml");
    QTest::newRow("shared strings") << QStringLiteral("xl/strings.xml");
}

void TestXlsxReader::corruptedEntry() {
    // Damage the deflated bytes in the middle of one entry: opening or
    // reading stops with an error naming it (inflate, checksum or XML), never
    // with a crash or a hang.
    QFETCH(QString, entry);
    QByteArray sheet;
    QByteArray strings;
    for (int row = 1; row <= 2000; ++row) {
        const QByteArray r = QByteArray::number(row);
        sheet.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>");
        sheet.append(QByteArray::number(row * 7919 % 10007)).append("</v></c>");
        sheet.append("<c r=\"B")
            .append(r)
            .append("\" t=\"s\"><v>")
            .append(r)
            .append("</v></c></row>");
        strings.append("<si><t>P").append(QByteArray::number(row * 31 % 9973)).append("</t></si>");
    }
    Book book = oneSheet(sheet);
    book.sharedStrings = "<si><t>0</t></si>" + strings;
    Workbooks files;
    const QString path = files.write(book);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const QByteArray name = entry.toUtf8();
    const QByteArray signature("PK\x03\x04", 4);
    qsizetype header = -1;
    for (qsizetype at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 4)) {
        if (bytes.mid(at + 30, name.size()) == name) {
            header = at;
            break;
        }
    }
    QVERIFY(header >= 0);
    const auto u16 = [&](qsizetype at) {
        return static_cast<qsizetype>(static_cast<uchar>(bytes[at]) |
                                      (static_cast<uchar>(bytes[at + 1]) << 8));
    };
    const qsizetype dataStart = header + 30 + u16(header + 26) + u16(header + 28);
    const qsizetype packed = bytes.indexOf(QByteArray("PK", 2), dataStart) - dataStart;
    QVERIFY(packed > 40);
    for (qsizetype i = dataStart + packed / 2; i < dataStart + packed / 2 + 8; ++i)
        bytes[i] = static_cast<char>(~bytes[i]);
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    auto reader = XlsxReader::open(path);
    QString error = reader ? QString() : reader.error().message();
    if (reader)
        readAll(*reader.value(), &error);
    QVERIFY2(!error.isEmpty(), "the damaged workbook was read without an error");
    QVERIFY2(error.contains(entry), qPrintable(error));
}

// --- formats and dates -----------------------------------------------------

void TestXlsxReader::dateFormatCodes_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("date");
    QTest::newRow("m/d/yyyy") << QStringLiteral("m/d/yyyy") << true;
    QTest::newRow("iso") << QStringLiteral("yyyy-mm-dd hh:mm:ss") << true;
    QTest::newRow("12h") << QStringLiteral("h:mm:ss AM/PM") << true;
    QTest::newRow("elapsed hours") << QStringLiteral("[h]:mm:ss") << true;
    QTest::newRow("elapsed minutes only") << QStringLiteral("[mm]") << true;
    QTest::newRow("locale and weekday") << QStringLiteral("[$-409]dddd, mmmm d, yyyy") << true;
    QTest::newRow("upper case") << QStringLiteral("DD.MM.YYYY") << true;
    QTest::newRow("general") << QStringLiteral("General") << false;
    QTest::newRow("scientific") << QStringLiteral("0.00E+00") << false;
    QTest::newRow("colour") << QStringLiteral("[Red]0.00") << false;
    QTest::newRow("colour and sections") << QStringLiteral("#,##0;[Red]-#,##0") << false;
    QTest::newRow("quoted unit") << QStringLiteral("0.0 \"days\"") << false;
    QTest::newRow("escaped") << QStringLiteral("0\\s") << false;
    QTest::newRow("padding") << QStringLiteral("_-* #,##0_-;-* #,##0_-") << false;
    QTest::newRow("currency") << QStringLiteral("[$\u20AC-2] #,##0.00") << false;
    QTest::newRow("text") << QStringLiteral("@") << false;
    QTest::newRow("percent") << QStringLiteral("0.00%") << false;
}

void TestXlsxReader::dateFormatCodes() {
    QFETCH(QString, code);
    QFETCH(bool, date);
    QCOMPARE(XlsxReader::isDateFormatCode(code), date);
}

void TestXlsxReader::builtInFormats() {
    QCOMPARE(XlsxReader::builtInNumberFormat(14), QStringLiteral("m/d/yyyy"));
    QCOMPARE(XlsxReader::builtInNumberFormat(19), QStringLiteral("h:mm:ss AM/PM"));
    QCOMPARE(XlsxReader::builtInNumberFormat(22), QStringLiteral("m/d/yyyy h:mm"));
    QCOMPARE(XlsxReader::builtInNumberFormat(11), QStringLiteral("0.00E+00"));
    QCOMPARE(XlsxReader::builtInNumberFormat(0), QString());
    for (int id = 0; id < 164; ++id) {
        const bool date = (id >= 14 && id <= 22) || (id >= 27 && id <= 36) ||
                          (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
        QCOMPARE(XlsxReader::isBuiltInDateFormat(id), date);
        const QString code = XlsxReader::builtInNumberFormat(id);
        if (!code.isEmpty())
            QCOMPARE(XlsxReader::isDateFormatCode(code), date);
    }
}

void TestXlsxReader::excelSerial_data() {
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");

    QTest::newRow("1900: 1") << 1.0 << false << QDate(1900, 1, 1) << QTime(0, 0);
    QTest::newRow("1900: 59") << 59.0 << false << QDate(1900, 2, 28) << QTime(0, 0);
    QTest::newRow("1900: 60 never was") << 60.0 << false << QDate() << QTime();
    QTest::newRow("1900: 61") << 61.0 << false << QDate(1900, 3, 1) << QTime(0, 0);
    QTest::newRow("1900: time only") << 0.75 << false << QDate(1899, 12, 31) << QTime(18, 0);
    QTest::newRow("1900: sample") << 45598.6883333333 << false << QDate(2024, 11, 2)
                                  << QTime(16, 31, 12, 0);
    QTest::newRow("1900: rounds up to midnight")
        << 45598.999999999 << false << QDate(2024, 11, 3) << QTime(0, 0);
    QTest::newRow("1900: millisecond")
        << 45598.5 + 1.0 / 86400000 << false << QDate(2024, 11, 2) << QTime(12, 0, 0, 1);
    QTest::newRow("1900: last day") << 2958465.5 << false << QDate(9999, 12, 31) << QTime(12, 0);
    QTest::newRow("1900: beyond 9999") << 2958466.0 << false << QDate() << QTime();
    QTest::newRow("1900: negative") << -1.0 << false << QDate() << QTime();
    QTest::newRow("1900: nan") << std::nan("") << false << QDate() << QTime();
    QTest::newRow("1904: 0") << 0.0 << true << QDate(1904, 1, 1) << QTime(0, 0);
    QTest::newRow("1904: sample") << 44136.6883333333 << true << QDate(2024, 11, 2)
                                  << QTime(16, 31, 12, 0);
}

void TestXlsxReader::excelSerial() {
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    const XlsxReader::WallClock wallClock = XlsxReader::excelSerialToDateTime(serial, date1904);
    QCOMPARE(wallClock.date, date);
    QCOMPARE(wallClock.time, time);
    QCOMPARE(wallClock.isValid(), date.isValid());
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
