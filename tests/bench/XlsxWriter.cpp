#include "tests/bench/XlsxWriter.h"

#include <QDateTime>
#include <QLocale>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace pl::bench {

namespace {

constexpr qsizetype kFlushSize = 1 << 20;

// Style indexes written into styles.xml by close().
constexpr int kStyleDate = 1;
constexpr int kStyleDateTime = 2;
constexpr int kStyleTime = 3;

QByteArray escaped(const QString& text) {
    return text.toHtmlEscaped().toUtf8();
}

QByteArray columnName(int column) {
    QByteArray name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(static_cast<char>('A' + (c - 1) % 26));
    return name;
}

double serialOf(const QDate& date, const QTime& time) {
    double days = static_cast<double>(QDate(1899, 12, 30).daysTo(date));
    if (days < 61)
        days -= 1; // Excel's fictitious 1900-02-29
    return days + time.msecsSinceStartOfDay() / 86400000.0;
}

QByteArray numberText(double value) {
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

XlsxWriter::XlsxWriter() = default;

XlsxWriter::~XlsxWriter() {
    close();
}

bool XlsxWriter::fail(const QString& message) {
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool XlsxWriter::open(const QString& path, Strings strings, const QString& sheetName) {
    m_strings = strings;
    m_sheetName = sheetName;
    m_zip = std::make_unique<QuaZip>(path);
    m_zip->setZip64Enabled(true);
    if (!m_zip->open(QuaZip::mdCreate))
        return fail(
            QStringLiteral("cannot create %1 (zip error %2)").arg(path).arg(m_zip->getZipError()));
    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheet->open(QIODevice::WriteOnly,
                       QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")), nullptr, 0,
                       Z_DEFLATED, Z_DEFAULT_COMPRESSION))
        return fail(QStringLiteral("cannot add the worksheet to %1").arg(path));
    m_buffer.reserve(kFlushSize + 4096);
    m_buffer.append(
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        "\n"
        R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
        "<sheetData>");
    return true;
}

bool XlsxWriter::writeRow(const QList<QVariant>& cells) {
    if (!m_sheet || !m_sheet->isOpen())
        return fail(QStringLiteral("the writer is not open"));
    ++m_rows;
    const QByteArray row = QByteArray::number(m_rows);
    m_buffer.append("<row r=\"").append(row).append("\">");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QVariant& value = cells[i];
        if (!value.isValid())
            continue;
        m_buffer.append("<c r=\"").append(columnName(static_cast<int>(i))).append(row).append('"');
        switch (value.typeId()) {
        case QMetaType::QString: {
            const QString text = value.toString();
            if (m_strings == Strings::Inline) {
                m_buffer.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                    .append(escaped(text))
                    .append("</t></is></c>");
            } else {
                auto found = m_sharedIndex.constFind(text);
                if (found == m_sharedIndex.constEnd()) {
                    found = m_sharedIndex.insert(text, m_shared.size());
                    m_shared.append(text);
                }
                ++m_sharedUses;
                m_buffer.append(" t=\"s\"><v>")
                    .append(QByteArray::number(*found))
                    .append("</v></c>");
            }
            break;
        }
        case QMetaType::Bool:
            m_buffer.append(" t=\"b\"><v>").append(value.toBool() ? "1" : "0").append("</v></c>");
            break;
        case QMetaType::QDateTime: {
            const QDateTime dateTime = value.toDateTime();
            m_buffer.append(" s=\"")
                .append(QByteArray::number(kStyleDateTime))
                .append("\"><v>")
                .append(numberText(serialOf(dateTime.date(), dateTime.time())))
                .append("</v></c>");
            break;
        }
        case QMetaType::QDate:
            m_buffer.append(" s=\"")
                .append(QByteArray::number(kStyleDate))
                .append("\"><v>")
                .append(numberText(serialOf(value.toDate(), QTime(0, 0))))
                .append("</v></c>");
            break;
        case QMetaType::QTime:
            m_buffer.append(" s=\"")
                .append(QByteArray::number(kStyleTime))
                .append("\"><v>")
                .append(numberText(value.toTime().msecsSinceStartOfDay() / 86400000.0))
                .append("</v></c>");
            break;
        default:
            m_buffer.append("><v>").append(numberText(value.toDouble())).append("</v></c>");
            break;
        }
    }
    m_buffer.append("</row>");
    if (m_buffer.size() >= kFlushSize)
        return flush();
    return true;
}

bool XlsxWriter::flush() {
    if (m_sheet->write(m_buffer) != m_buffer.size())
        return fail(QStringLiteral("cannot write the worksheet (zip error %1)")
                        .arg(m_sheet->getZipError()));
    m_buffer.resize(0);
    return true;
}

bool XlsxWriter::writeEntry(const QString& name, const QByteArray& data) {
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED,
                   Z_DEFAULT_COMPRESSION) ||
        file.write(data) != data.size())
        return fail(QStringLiteral("cannot write %1").arg(name));
    file.close();
    return file.getZipError() == UNZ_OK || fail(QStringLiteral("cannot write %1").arg(name));
}

bool XlsxWriter::close() {
    if (!m_zip || !m_zip->isOpen())
        return m_error.isEmpty();
    bool ok = true;
    if (m_sheet && m_sheet->isOpen()) {
        m_buffer.append("</sheetData></worksheet>");
        ok = flush();
        m_sheet->close();
        ok = ok && m_sheet->getZipError() == UNZ_OK;
    }
    m_sheet.reset();

    const QByteArray header(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                            "\n");
    if (m_strings == Strings::Shared) {
        QByteArray strings = header;
        strings.append(
            R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count=")");
        strings.append(QByteArray::number(m_sharedUses))
            .append("\" uniqueCount=\"")
            .append(QByteArray::number(m_shared.size()))
            .append("\">");
        for (const QString& text : std::as_const(m_shared))
            strings.append("<si><t xml:space=\"preserve\">")
                .append(escaped(text))
                .append("</t></si>");
        strings.append("</sst>");
        ok = ok && writeEntry(QStringLiteral("xl/sharedStrings.xml"), strings);
    }

    QByteArray styles = header;
    styles.append(
        R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
        R"(<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>)"
        R"(<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/>)"
        R"(<numFmt numFmtId="166" formatCode="hh:mm:ss"/></numFmts>)"
        R"(<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>)"
        R"(<fills count="2"><fill><patternFill patternType="none"/></fill>)"
        R"(<fill><patternFill patternType="gray125"/></fill></fills>)"
        R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
        R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
        R"(<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
        R"(<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
        R"(<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
        R"(<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
        R"(</cellXfs></styleSheet>)");
    ok = ok && writeEntry(QStringLiteral("xl/styles.xml"), styles);

    QByteArray workbook = header;
    workbook
        .append(R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                R"(<sheets><sheet name=")")
        .append(escaped(m_sheetName))
        .append(R"(" sheetId="1" r:id="rId1"/></sheets></workbook>)");
    ok = ok && writeEntry(QStringLiteral("xl/workbook.xml"), workbook);

    QByteArray workbookRels = header;
    workbookRels.append(
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
        R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)");
    if (m_strings == Strings::Shared)
        workbookRels.append(
            R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)");
    workbookRels.append("</Relationships>");
    ok = ok && writeEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels);

    QByteArray rootRels = header;
    rootRels.append(
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
        R"(</Relationships>)");
    ok = ok && writeEntry(QStringLiteral("_rels/.rels"), rootRels);

    QByteArray types = header;
    types.append(
        R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
        R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
        R"(<Default Extension="xml" ContentType="application/xml"/>)"
        R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
        R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
        R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)");
    if (m_strings == Strings::Shared)
        types.append(
            R"(<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>)");
    types.append("</Types>");
    ok = ok && writeEntry(QStringLiteral("[Content_Types].xml"), types);

    m_zip->close();
    if (m_zip->getZipError() != UNZ_OK)
        ok = fail(QStringLiteral("cannot finish the zip (zip error %1)").arg(m_zip->getZipError()));
    return ok && m_error.isEmpty();
}

} // namespace pl::bench
