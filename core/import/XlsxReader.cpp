#include "core/import/XlsxReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QUrl>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace pl::core {

namespace {

class XlsxText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::XlsxReader)
public:
    static QString cannotOpen(const QString& file, const QString& why) {
        return tr("Cannot open %1: %2").arg(file, why);
    }
    static QString noSuchFile(const QString& file) {
        return tr("Cannot open %1: there is no such file.").arg(file);
    }
    static QString emptyFile(const QString& file) {
        return tr("%1 is empty; an .xlsx workbook was expected.").arg(file);
    }
    static QString oleFile(const QString& file) {
        return tr("%1 is not an .xlsx workbook: it looks like an older Excel .xls file or a "
                  "password-protected workbook. Save it in Excel as an .xlsx workbook without "
                  "a password.")
            .arg(file);
    }
    static QString notZip(const QString& file) {
        return tr("%1 is not an .xlsx workbook: an .xlsx file is a zip archive, and this file "
                  "does not start like one.")
            .arg(file);
    }
    static QString damagedZip(const QString& file, int code) {
        return tr("%1 is damaged or truncated: its zip directory cannot be read (zip error %2).")
            .arg(file)
            .arg(code);
    }
    static QString missingEntry(const QString& file, const QString& entry) {
        return tr("%1 is not a complete .xlsx workbook: the part %2 is missing.").arg(file, entry);
    }
    static QString encryptedEntry(const QString& file, const QString& entry) {
        return tr("%1: the zip entry %2 is encrypted, which .xlsx workbooks never are.")
            .arg(file, entry);
    }
    static QString unsupportedMethod(const QString& file, const QString& entry, int method) {
        return tr("%1: the zip entry %2 uses compression method %3; only stored and deflated "
                  "entries are supported.")
            .arg(file, entry)
            .arg(method);
    }
    static QString entryTooLarge(const QString& file, const QString& entry, qint64 size) {
        return tr("%1: the zip entry %2 would unpack to %3 bytes, more than the limit of %4 "
                  "bytes.")
            .arg(file, entry)
            .arg(size)
            .arg(XlsxReader::maxEntrySize);
    }
    static QString entryRatio(const QString& file, const QString& entry, qint64 size,
                              qint64 packed) {
        return tr("%1: the zip entry %2 would unpack from %3 to %4 bytes, a compression ratio "
                  "above %5:1; the file is refused as a possible zip bomb.")
            .arg(file, entry)
            .arg(packed)
            .arg(size)
            .arg(XlsxReader::maxCompressionRatio);
    }
    static QString entryOpen(const QString& file, const QString& entry, int code) {
        return tr("%1: the zip entry %2 cannot be opened (zip error %3).")
            .arg(file, entry)
            .arg(code);
    }
    static QString entryDamaged(const QString& file, const QString& entry, int code) {
        return tr("%1 is damaged: the zip entry %2 cannot be decompressed (zip error %3).")
            .arg(file, entry)
            .arg(code);
    }
    static QString badXml(const QString& file, const QString& entry, qint64 line, qint64 column,
                          const QString& why) {
        return tr("%1: the part %2 is not well-formed XML at line %3, column %4: %5")
            .arg(file, entry)
            .arg(line)
            .arg(column)
            .arg(why);
    }
    static QString noWorkbook(const QString& file) {
        return tr("%1 is not an .xlsx workbook: it has no workbook part (xl/workbook.xml).")
            .arg(file);
    }
    static QString noSheets(const QString& file) {
        return tr("%1: the workbook has no sheets.").arg(file);
    }
    static QString tooManySharedStrings(const QString& file, qint64 count) {
        return tr("%1: the workbook has more than %2 shared strings (%3 declared); it is too "
                  "large to import.")
            .arg(file)
            .arg(XlsxReader::maxSharedStrings)
            .arg(count);
    }
    static QString sharedStringsTooLarge(const QString& file) {
        return tr("%1: the shared strings of the workbook hold more than %2 MiB of text; it is "
                  "too large to import.")
            .arg(file)
            .arg(XlsxReader::maxSharedStringBytes / (1024 * 1024));
    }
    static QString sheetIndex(int index, int count) {
        return tr("There is no sheet number %1; the workbook has %2 sheets.")
            .arg(index + 1)
            .arg(count);
    }
    static QString sheetName(const QString& name, const QStringList& names) {
        return tr("The workbook has no sheet named \"%1\". Its sheets are: %2.")
            .arg(name, names.join(QStringLiteral(", ")));
    }
    static QString sheetWithoutPart(const QString& file, const QString& name) {
        return tr("%1: the sheet \"%2\" has no worksheet part in the workbook.").arg(file, name);
    }
    static QString inSheet(const QString& file, const QString& sheet, const QString& entry,
                           const QString& what) {
        return tr("%1, sheet \"%2\" (%3): %4").arg(file, sheet, entry, what);
    }
    static QString badRowNumber(const QString& value, qint64 afterRow) {
        return tr("a row after row %1 has the row number \"%2\"; a positive whole number was "
                  "expected.")
            .arg(afterRow)
            .arg(value);
    }
    static QString badCellReference(qint64 row, const QString& ref) {
        return tr("row %1 has a cell with the reference \"%2\"; a reference like \"B%1\" was "
                  "expected.")
            .arg(row)
            .arg(ref);
    }
    static QString tooManyColumns(qint64 row, const QString& ref) {
        return tr("row %1 has a cell (%2) beyond the last column XFD (16384 columns).")
            .arg(row)
            .arg(ref);
    }
    static QString rowTooLong(qint64 row) {
        return tr("row %1 holds more than %2 characters of text; it is too large to import.")
            .arg(row)
            .arg(XlsxReader::maxRowChars);
    }
    static QString badSharedStringIndex(qint64 row, const QString& ref, const QString& value,
                                        qsizetype count) {
        return tr("cell %1 in row %2 refers to shared string \"%3\", but the workbook has %4 "
                  "shared strings.")
            .arg(ref)
            .arg(row)
            .arg(value)
            .arg(count);
    }
    static QString xmlAt(qint64 line, qint64 column, const QString& why) {
        return tr("the XML is not well-formed at line %1, column %2: %3")
            .arg(line)
            .arg(column)
            .arg(why);
    }
    static QString notUtf8(qint64 row) {
        return tr("row %1 holds text that is not valid UTF-8.").arg(row);
    }
    static QString sharedStringNotUtf8(const QString& file, const QString& entry, qsizetype index) {
        return tr("%1: shared string %2 in %3 is not valid UTF-8.").arg(file).arg(index).arg(entry);
    }
    static QString sharedStringTooLong(const QString& file, const QString& entry, qsizetype index) {
        return tr("%1: shared string %2 in %3 is longer than %4 characters; it is too large to "
                  "import.")
            .arg(file)
            .arg(index)
            .arg(entry)
            .arg(XlsxReader::maxRowChars);
    }
    static QString scanDevice() { return tr("the data cannot be read"); }
    static QString scanPrematureEnd() { return tr("the document ends too early"); }
    static QString scanTooLarge(qint64 mib) {
        return tr("a single tag or text is longer than %1 MiB").arg(mib);
    }
    static QString scanEncoding(const QString& encoding) {
        return tr("the encoding %1 is not supported (only UTF-8)").arg(encoding);
    }
    static QString scanTextOutsideRoot() { return tr("content outside the root element"); }
    static QString scanReference() {
        return tr("an undefined or malformed character reference (after '&')");
    }
    static QString scanDoctype() {
        return tr("document type declarations (DOCTYPE) are not allowed");
    }
    static QString scanMalformedTag() {
        return tr("a malformed tag (expected a name, an attribute such as name=\"value\", or "
                  "'>')");
    }
    static QString scanTooDeep(qsizetype depth) {
        return tr("elements are nested more than %1 deep").arg(depth);
    }
    static QString scanUnexpectedEnd(const QString& name) {
        return tr("the end tag </%1> closes no open element").arg(name);
    }
    static QString scanMismatch(const QString& name, const QString& open) {
        return tr("the end tag </%1> does not match the open element <%2>").arg(name, open);
    }
    static QString xmlInRow(qint64 row, qint64 line, qint64 column, const QString& why) {
        return tr("in or after row %1, the XML is not well-formed at line %2, column %3: %4")
            .arg(row)
            .arg(line)
            .arg(column)
            .arg(why);
    }
};

const QLatin1String kRelationshipTypeOfficeDocument("/officeDocument");
const QLatin1String kRelationshipTypeStyles("/styles");
const QLatin1String kRelationshipTypeSharedStrings("/sharedStrings");

// Zip entry of a part: a target relative to the folder of the part that names
// it, or absolute from the package root ("/xl/worksheets/sheet1.xml").
QString resolvePart(const QString& baseFolder, QString target) {
    target.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QString path = target.startsWith(QLatin1Char('/'))
                       ? target
                       : QStringLiteral("/") + baseFolder + QLatin1Char('/') + target;
    path = QDir::cleanPath(path);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

QString folderOf(const QString& entry) {
    const qsizetype slash = entry.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : entry.left(slash);
}

QString relsEntryOf(const QString& entry) {
    const qsizetype slash = entry.lastIndexOf(QLatin1Char('/'));
    return entry.left(slash + 1) + QStringLiteral("_rels/") + entry.mid(slash + 1) +
           QStringLiteral(".rels");
}

// Reads the next token; false at the end of the document or on an error.
// Loops must not test QXmlStreamReader::atEnd(): after a premature end (what
// a device that fails to read produces) it stays false, waiting for more data.
bool readToken(QXmlStreamReader& xml) {
    const QXmlStreamReader::TokenType token = xml.readNext();
    return token != QXmlStreamReader::Invalid && token != QXmlStreamReader::EndDocument;
}

bool isTrue(QStringView value) {
    return value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
}

// Excel escapes characters that XML cannot hold as _xHHHH_ (and a literal
// "_x" that would look like one as _x005F_).
QString decodeEscapes(const QString& text) {
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i] == QLatin1Char('_') && i + 6 < n && text[i + 1] == QLatin1Char('x') &&
            text[i + 6] == QLatin1Char('_')) {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out.append(QChar(static_cast<char16_t>(code)));
                i += 6;
                continue;
            }
        }
        out.append(text[i]);
    }
    return out;
}

// Integers without ".0" or an exponent; other values in the shortest form
// that reads back exactly. std::to_chars picks that form the way
// QString::number(value, 'g', QLocale::FloatingPointShortest) does (fixed
// unless the exponent form is shorter) and is several times faster; only for
// integers of 16 digits and more do the two differ, and those go to Qt.
QString numberText(double value) {
    if (value == std::trunc(value)) {
        if (std::fabs(value) < 1e15)
            return QString::number(static_cast<qint64>(value));
        return QString::number(value, 'g', QLocale::FloatingPointShortest);
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

// Excel serial of a wall-clock date and time (inverse of excelSerialToDateTime).
std::optional<double> serialOf(const QDateTime& dateTime, bool date1904) {
    if (!dateTime.isValid())
        return std::nullopt;
    const QDate epoch = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    double days = static_cast<double>(epoch.daysTo(dateTime.date()));
    if (!date1904 && days < 61)
        days -= 1;
    if (days < 0)
        return std::nullopt;
    return days + dateTime.time().msecsSinceStartOfDay() / 86400000.0;
}

} // namespace

// ---------------------------------------------------------------------------
// Number formats

QString XlsxReader::builtInNumberFormat(int id) {
    switch (id) {
    case 1:
        return QStringLiteral("0");
    case 2:
        return QStringLiteral("0.00");
    case 3:
        return QStringLiteral("#,##0");
    case 4:
        return QStringLiteral("#,##0.00");
    case 9:
        return QStringLiteral("0%");
    case 10:
        return QStringLiteral("0.00%");
    case 11:
        return QStringLiteral("0.00E+00");
    case 12:
        return QStringLiteral("# ?/?");
    case 13:
        return QStringLiteral("# ?\?/??");
    case 14:
        return QStringLiteral("m/d/yyyy");
    case 15:
        return QStringLiteral("d-mmm-yy");
    case 16:
        return QStringLiteral("d-mmm");
    case 17:
        return QStringLiteral("mmm-yy");
    case 18:
        return QStringLiteral("h:mm AM/PM");
    case 19:
        return QStringLiteral("h:mm:ss AM/PM");
    case 20:
        return QStringLiteral("h:mm");
    case 21:
        return QStringLiteral("h:mm:ss");
    case 22:
        return QStringLiteral("m/d/yyyy h:mm");
    case 37:
        return QStringLiteral("#,##0 ;(#,##0)");
    case 38:
        return QStringLiteral("#,##0 ;[Red](#,##0)");
    case 39:
        return QStringLiteral("#,##0.00;(#,##0.00)");
    case 40:
        return QStringLiteral("#,##0.00;[Red](#,##0.00)");
    case 45:
        return QStringLiteral("mm:ss");
    case 46:
        return QStringLiteral("[h]:mm:ss");
    case 47:
        return QStringLiteral("mmss.0");
    case 48:
        return QStringLiteral("##0.0E+0");
    case 49:
        return QStringLiteral("@");
    default:
        // 0 is General; 27-36 and 50-58 are East Asian dates whose code
        // depends on the locale Excel runs in.
        return {};
    }
}

bool XlsxReader::isBuiltInDateFormat(int id) {
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

bool XlsxReader::isDateFormatCode(QStringView code) {
    if (code.compare(u"General", Qt::CaseInsensitive) == 0)
        return false;
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = code[i].unicode();
        switch (c) {
        case u'"': {
            const qsizetype end = code.indexOf(u'"', i + 1);
            if (end < 0)
                return false;
            i = end;
            break;
        }
        case u'\\': // escaped literal
        case u'_':  // space as wide as the next character
        case u'*':  // repeat the next character
            ++i;
            break;
        case u'[': {
            const qsizetype end = code.indexOf(u']', i + 1);
            if (end < 0)
                return false;
            // [h], [mm], [ss]: elapsed time; anything else is a colour,
            // condition or locale.
            const QStringView inside = code.mid(i + 1, end - i - 1);
            if (!inside.isEmpty()) {
                const QChar first = inside[0].toLower();
                if (first == u'h' || first == u'm' || first == u's') {
                    bool same = true;
                    for (const QChar ch : inside)
                        same = same && ch.toLower() == first;
                    if (same)
                        return true;
                }
            }
            i = end;
            break;
        }
        case u'd':
        case u'D':
        case u'm':
        case u'M':
        case u'y':
        case u'Y':
        case u'h':
        case u'H':
        case u's':
        case u'S':
            return true;
        default:
            break;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------
// Dates

XlsxReader::WallClock XlsxReader::excelSerialToDateTime(double serial, bool date1904) {
    if (!std::isfinite(serial) || serial < 0 || serial > 3000000.0)
        return {};
    const qint64 totalMs = std::llround(serial * 86400000.0);
    qint64 days = totalMs / 86400000;
    const qint64 msOfDay = totalMs % 86400000;
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        if (days == 60)
            return {}; // 1900-02-29, which Excel counts but which never was
        if (days < 60)
            days += 1;
        date = QDate(1899, 12, 30).addDays(days);
    }
    if (!date.isValid() || date.year() > 9999)
        return {};
    return {date, QTime::fromMSecsSinceStartOfDay(static_cast<int>(msOfDay))};
}

// ---------------------------------------------------------------------------
// Opening

XlsxReader::XlsxReader() = default;

XlsxReader::~XlsxReader() {
    closeSheet();
    if (m_zip)
        m_zip->close();
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString& path) {
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    reader->m_path = path;
    reader->m_fileName = QFileInfo(path).fileName();
    if (auto loaded = reader->load(); !loaded)
        return loaded.error();
    return reader;
}

Status XlsxReader::load() {
    {
        QFile file(m_path);
        if (!file.exists())
            return Error(ErrorCode::NotFound, XlsxText::noSuchFile(m_path));
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, XlsxText::cannotOpen(m_path, file.errorString()));
        const QByteArray magic = file.read(8);
        if (magic.isEmpty())
            return Error(ErrorCode::InvalidArgument, XlsxText::emptyFile(m_fileName));
        if (magic.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")))
            return Error(ErrorCode::InvalidArgument, XlsxText::oleFile(m_fileName));
        if (!magic.startsWith(QByteArrayLiteral("PK\x03\x04")) &&
            !magic.startsWith(QByteArrayLiteral("PK\x05\x06")))
            return Error(ErrorCode::InvalidArgument, XlsxText::notZip(m_fileName));
    }

    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return Error(ErrorCode::InvalidArgument,
                     XlsxText::damagedZip(m_fileName, m_zip->getZipError()));

    auto workbook = findOfficeDocument();
    if (!workbook)
        return workbook.error();
    if (auto read = readWorkbook(workbook.value()); !read)
        return read;
    if (m_sheets.isEmpty())
        return Error(ErrorCode::InvalidArgument, XlsxText::noSheets(m_fileName));

    // Styles and shared strings are optional parts.
    const QString folder = folderOf(workbook.value());
    QString stylesEntry = resolvePart(folder, QStringLiteral("styles.xml"));
    QString stringsEntry = resolvePart(folder, QStringLiteral("sharedStrings.xml"));
    {
        // The workbook's relationships were read in readWorkbook; re-reading
        // them here for the two types keeps that function about sheets.
        auto rels = openEntry(relsEntryOf(workbook.value()));
        if (rels) {
            QXmlStreamReader xml(rels.value().get());
            while (readToken(xml)) {
                if (xml.tokenType() != QXmlStreamReader::StartElement ||
                    xml.name() != u"Relationship")
                    continue;
                const QXmlStreamAttributes attributes = xml.attributes();
                const QStringView type = attributes.value(QLatin1String("Type"));
                if (attributes.value(QLatin1String("TargetMode")) == u"External")
                    continue;
                const QString target = attributes.value(QLatin1String("Target")).toString();
                if (type.endsWith(kRelationshipTypeStyles))
                    stylesEntry = resolvePart(folder, target);
                else if (type.endsWith(kRelationshipTypeSharedStrings))
                    stringsEntry = resolvePart(folder, target);
            }
        }
    }
    if (hasEntry(stylesEntry)) {
        if (auto read = readStyles(stylesEntry); !read)
            return read;
    }
    if (hasEntry(stringsEntry)) {
        if (auto read = readSharedStrings(stringsEntry); !read)
            return read;
    }

    m_selected = 0;
    // Size the progress of the first sheet without opening it yet: the caller
    // may select another sheet first.
    if (!m_sheets.first().entry.isEmpty() &&
        m_zip->setCurrentFile(m_sheets.first().entry, QuaZip::csInsensitive)) {
        QuaZipFileInfo64 info;
        if (m_zip->getCurrentFileInfo(&info)) {
            m_compressedSize = static_cast<qint64>(info.compressedSize);
            m_uncompressedSize = static_cast<qint64>(info.uncompressedSize);
        }
    }
    return {};
}

bool XlsxReader::hasEntry(const QString& entry) {
    return !entry.isEmpty() && m_zip->setCurrentFile(entry, QuaZip::csInsensitive);
}

Result<std::unique_ptr<QuaZipFile>> XlsxReader::openEntry(const QString& entry) {
    QString name = entry;
    if (!m_zip->setCurrentFile(name, QuaZip::csInsensitive)) {
        // Part names are URIs; a writer may have percent-encoded the target.
        name = QUrl::fromPercentEncoding(entry.toUtf8());
        if (name == entry || !m_zip->setCurrentFile(name, QuaZip::csInsensitive))
            return Error(ErrorCode::NotFound, XlsxText::missingEntry(m_fileName, entry));
    }
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        return Error(ErrorCode::InvalidArgument,
                     XlsxText::entryOpen(m_fileName, entry, m_zip->getZipError()));
    if (info.isEncrypted())
        return Error(ErrorCode::InvalidArgument, XlsxText::encryptedEntry(m_fileName, entry));
    if (info.method != 0 && info.method != Z_DEFLATED)
        return Error(ErrorCode::InvalidArgument,
                     XlsxText::unsupportedMethod(m_fileName, entry, info.method));
    // minizip never inflates past the size the zip directory declares, so
    // checking the declared sizes bounds what reading the entry can produce.
    const auto size = static_cast<qint64>(
        std::min<quint64>(info.uncompressedSize, static_cast<quint64>(maxEntrySize) + 1));
    const auto packed = static_cast<qint64>(info.compressedSize);
    if (size > maxEntrySize)
        return Error(ErrorCode::InvalidArgument, XlsxText::entryTooLarge(m_fileName, entry, size));
    if (size > bombCheckSize && size > packed * maxCompressionRatio)
        return Error(ErrorCode::InvalidArgument,
                     XlsxText::entryRatio(m_fileName, entry, size, packed));

    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly))
        return Error(ErrorCode::InvalidArgument,
                     XlsxText::entryOpen(m_fileName, entry, file->getZipError()));
    return file;
}

Error XlsxReader::xmlError(const QString& entry, const QXmlStreamReader& xml) const {
    return Error(ErrorCode::InvalidArgument,
                 XlsxText::badXml(m_fileName, entry, xml.lineNumber(), xml.columnNumber(),
                                  xml.errorString()));
}

Error XlsxReader::entryReadError(const QString& entry, const QXmlStreamReader& xml,
                                 const QuaZipFile& file) const {
    if (file.getZipError() != UNZ_OK)
        return Error(ErrorCode::InvalidArgument,
                     XlsxText::entryDamaged(m_fileName, entry, file.getZipError()));
    return xmlError(entry, xml);
}

Result<QString> XlsxReader::findOfficeDocument() {
    const QString fallback = QStringLiteral("xl/workbook.xml");
    auto rels = openEntry(QStringLiteral("_rels/.rels"));
    if (rels) {
        QXmlStreamReader xml(rels.value().get());
        while (readToken(xml)) {
            if (xml.tokenType() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (!attributes.value(QLatin1String("Type")).endsWith(kRelationshipTypeOfficeDocument))
                continue;
            const QString entry =
                resolvePart(QString(), attributes.value(QLatin1String("Target")).toString());
            if (hasEntry(entry))
                return entry;
        }
        if (xml.hasError())
            return entryReadError(QStringLiteral("_rels/.rels"), xml, *rels.value());
    }
    if (!hasEntry(fallback))
        return Error(ErrorCode::InvalidArgument, XlsxText::noWorkbook(m_fileName));
    return fallback;
}

Status XlsxReader::readWorkbook(const QString& entry) {
    QList<QString> relationIds;
    {
        auto file = openEntry(entry);
        if (!file)
            return file.error();
        QXmlStreamReader xml(file.value().get());
        while (readToken(xml)) {
            if (xml.tokenType() != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = xml.name();
            if (name == u"workbookPr") {
                m_date1904 = isTrue(xml.attributes().value(QLatin1String("date1904")));
            } else if (name == u"sheet") {
                const QXmlStreamAttributes attributes = xml.attributes();
                QString id;
                for (const QXmlStreamAttribute& attribute : attributes) {
                    if (attribute.name() == u"id" &&
                        (id.isEmpty() || !attribute.namespaceUri().isEmpty()))
                        id = attribute.value().toString();
                }
                m_sheets.append({attributes.value(QLatin1String("name")).toString(), QString()});
                relationIds.append(id);
            } else if (name == u"definedNames" || name == u"extLst") {
                xml.skipCurrentElement();
            }
        }
        if (xml.hasError())
            return entryReadError(entry, xml, *file.value());
    }

    const QString relsEntry = relsEntryOf(entry);
    auto file = openEntry(relsEntry);
    if (!file)
        return file.error();
    const QString folder = folderOf(entry);
    QHash<QString, QString> targets;
    QXmlStreamReader xml(file.value().get());
    while (readToken(xml)) {
        if (xml.tokenType() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == u"External")
            continue;
        targets.insert(attributes.value(QLatin1String("Id")).toString(),
                       resolvePart(folder, attributes.value(QLatin1String("Target")).toString()));
    }
    if (xml.hasError())
        return entryReadError(relsEntry, xml, *file.value());
    for (qsizetype i = 0; i < m_sheets.size(); ++i)
        m_sheets[i].entry = targets.value(relationIds[i]);
    return {};
}

Status XlsxReader::readStyles(const QString& entry) {
    auto file = openEntry(entry);
    if (!file)
        return file.error();
    QHash<int, QString> customFormats;
    QList<int> formatIds;
    bool inCellXfs = false;
    QXmlStreamReader xml(file.value().get());
    while (readToken(xml)) {
        switch (xml.tokenType()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = xml.name();
            if (name == u"numFmt") {
                const QXmlStreamAttributes attributes = xml.attributes();
                bool ok = false;
                const int id = attributes.value(QLatin1String("numFmtId")).toInt(&ok);
                if (ok)
                    customFormats.insert(id,
                                         attributes.value(QLatin1String("formatCode")).toString());
            } else if (name == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && name == u"xf") {
                bool ok = false;
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt(&ok);
                formatIds.append(ok ? id : 0);
                xml.skipCurrentElement();
            } else if (name == u"fonts" || name == u"fills" || name == u"borders" ||
                       name == u"cellStyleXfs" || name == u"dxfs" || name == u"extLst") {
                xml.skipCurrentElement();
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (xml.name() == u"cellXfs")
                inCellXfs = false;
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return entryReadError(entry, xml, *file.value());

    QHash<int, CellStyle> byFormat;
    m_styles.reserve(formatIds.size());
    for (const int id : formatIds) {
        auto known = byFormat.constFind(id);
        if (known == byFormat.constEnd()) {
            CellStyle style;
            const auto custom = customFormats.constFind(id);
            if (custom != customFormats.constEnd()) {
                style.numberFormat = *custom;
                style.date = isDateFormatCode(*custom);
            } else {
                style.numberFormat = builtInNumberFormat(id);
                style.date = isBuiltInDateFormat(id);
            }
            if (style.numberFormat.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
                style.numberFormat.clear();
            known = byFormat.insert(id, style);
        }
        m_styles.append(*known);
    }
    return {};
}

// ---------------------------------------------------------------------------
// Worksheet scanner

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Byte classes for names: 1 = may start a name, 2 = may continue one. Bytes
// of multi-byte UTF-8 characters are accepted in both places.
constexpr std::array<unsigned char, 256> kNameClass = [] {
    std::array<unsigned char, 256> table{};
    for (int c = 0; c < 256; ++c) {
        const bool start =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || c >= 0x80;
        const bool more = start || (c >= '0' && c <= '9') || c == '.' || c == '-';
        table[static_cast<size_t>(c)] =
            static_cast<unsigned char>((start ? 1 : 0) | (more ? 2 : 0));
    }
    return table;
}();

bool isNameStart(char c) {
    return kNameClass[static_cast<unsigned char>(c)] & 1;
}

bool isNameChar(char c) {
    return kNameClass[static_cast<unsigned char>(c)] & 2;
}

// Names are short: a plain loop beats a call to memcmp.
bool sameBytes(const char* a, const char* b, qsizetype n) {
    for (qsizetype i = 0; i < n; ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

// Compares with a literal without a length scan.
template <size_t N>
bool is(QByteArrayView bytes, const char (&literal)[N]) {
    return bytes.size() == qsizetype(N - 1) && std::memcmp(bytes.data(), literal, N - 1) == 0;
}

// A whole number written plainly ("-12", "0", not "007" or "1.0"), up to 15
// digits: its value is exact and its text is the digits themselves.
bool isPlainInteger(QByteArrayView bytes) {
    qsizetype i = bytes.startsWith('-') ? 1 : 0;
    const qsizetype digits = bytes.size() - i;
    if (digits < 1 || digits > 15 || (bytes[i] == '0' && (digits > 1 || i == 1)))
        return false;
    for (; i < bytes.size(); ++i) {
        if (bytes[i] < '0' || bytes[i] > '9')
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView bytes) {
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    while (begin < end && isSpace(bytes[begin]))
        ++begin;
    while (end > begin && isSpace(bytes[end - 1]))
        --end;
    return bytes.sliced(begin, end - begin);
}

bool isXmlChar(char32_t code) {
    return code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
           (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
}

void appendUtf8(QByteArray& out, char32_t code) {
    if (code < 0x80) {
        out.append(static_cast<char>(code));
    } else if (code < 0x800) {
        out.append(static_cast<char>(0xC0 | (code >> 6)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.append(static_cast<char>(0xE0 | (code >> 12)));
        out.append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        out.append(static_cast<char>(0xF0 | (code >> 18)));
        out.append(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
        out.append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

bool isValidUtf8(QByteArrayView bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* const end = p + bytes.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        char32_t code = 0;
        if ((*p & 0xE0) == 0xC0) {
            extra = 1;
            code = *p & 0x1F;
        } else if ((*p & 0xF0) == 0xE0) {
            extra = 2;
            code = *p & 0x0F;
        } else if ((*p & 0xF8) == 0xF0) {
            extra = 3;
            code = *p & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        static constexpr char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (code < minimum[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

// "AB12" -> column 27 (0-based). -1 when the reference is malformed, -2 when
// its column lies beyond XFD.
int columnOfReference(QByteArrayView ref) {
    qint64 column = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const char c = ref[i];
        int letter = -1;
        if (c >= 'A' && c <= 'Z')
            letter = c - 'A';
        else if (c >= 'a' && c <= 'z')
            letter = c - 'a';
        else
            break;
        column = column * 26 + letter + 1;
        if (column > XlsxReader::maxColumns)
            return -2;
    }
    if (i == 0 || i == ref.size() || ref[i] == '0')
        return -1;
    for (qsizetype j = i; j < ref.size(); ++j) {
        if (ref[j] < '0' || ref[j] > '9')
            return -1;
    }
    return static_cast<int>(column - 1);
}

std::optional<qint64> parseCount(QByteArrayView bytes) {
    bytes = trimmed(bytes);
    if (bytes.isEmpty() || bytes.size() > 15)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : bytes) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<double> parseNumber(QByteArrayView bytes) {
    bytes = trimmed(bytes);
    if (bytes.isEmpty())
        return std::nullopt;
    const char* begin = bytes.data();
    const char* end = begin + bytes.size();
    if (*begin == '+')
        ++begin;
    double value = 0;
    const auto [stop, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || stop != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

// A pull parser for worksheet XML, working on the UTF-8 bytes as they come out
// of the zip entry. It checks what well-formedness needs here (tags nest and
// match, attributes are quoted, references are defined, one root element,
// only whitespace around it) and refuses DTDs, so nothing can expand. It does
// not resolve namespaces: elements and attributes are matched by local name.
// The views it hands out stay valid until the next call to next().
class XlsxReader::Scanner {
public:
    enum class Token { StartElement, EndElement, Text, EndDocument, Invalid };

    explicit Scanner(QIODevice* device)
        : m_device(device) {
        m_buffer.resize(kInitialBuffer);
    }

    Token next();
    // The local name of the element that starts or ends.
    QByteArrayView name() const { return m_name; }
    // An attribute of the element that starts, with references resolved; a
    // null view when absent.
    QByteArrayView attribute(QByteArrayView localName) const;
    // Character data, references resolved and line ends normalised.
    QByteArrayView text() const { return m_text; }
    // Elements open, the one just started included and the one just ended not.
    qsizetype depth() const { return static_cast<qsizetype>(m_open.size()); }

    // Where the current token starts, or where the error was found.
    qint64 lineNumber() const;
    qint64 columnNumber() const;
    const QString& errorString() const { return m_error; }
    bool deviceFailed() const { return m_deviceFailed; }

    enum class Read { Ok, TooLong, Broken };
    // Skips the element that just started, up to and including its end.
    bool skipElement();
    // Reads the character data of the element that just started, up to its
    // end (child elements skipped), appending at most `limit` bytes to `out`.
    Read readText(QByteArray& out, qsizetype limit);
    // Reads a string item (<si> or <is>) that just started: its <t> and the
    // <t> of its rich-text runs <r>; phonetic runs <rPh> and run properties
    // are no part of the value.
    Read readStringItem(QByteArray& out, qsizetype limit);

private:
    enum class Parse { Token, Skipped, NeedMore, Failed };
    struct Attribute {
        qsizetype localStart;
        qsizetype nameEnd;
        qsizetype valueStart;
        qsizetype valueEnd;
        int decoded; // index into m_decoded, or -1
    };

    static constexpr qsizetype kInitialBuffer = 256 * 1024;
    static constexpr qsizetype kMaxBuffer = 64 * 1024 * 1024;
    static constexpr qsizetype kMaxDepth = 256;

    const char* data() const { return m_buffer.constData(); }
    bool fill();
    Parse fail(qsizetype at, const QString& message);
    Token failToken(qsizetype at, const QString& message) {
        fail(at, message);
        return Token::Invalid;
    }
    Parse parseText(Token& token);
    Parse parseMarkup(Token& token);
    Parse parseStartTag(Token& token);
    Parse parseEndTag(Token& token);
    Parse parseDeclaration(qsizetype end);
    // Scans a name at `p`; false with p unchanged when none starts there.
    bool scanName(qsizetype& p, qsizetype& localStart) const;
    bool decode(QByteArrayView raw, qsizetype at, QByteArray& out);

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_deviceFailed = false;
    bool m_failed = false;
    bool m_seenRoot = false;
    bool m_pendingEnd = false;
    QString m_error;
    qsizetype m_tokenPos = 0;
    qsizetype m_errorPos = 0;
    // Bytes and lines before the buffer, for line and column numbers.
    qint64 m_discarded = 0;
    qint64 m_discardedLines = 0;
    qint64 m_lineStart = 0;

    // Qualified names of the open elements, end to end.
    std::string m_openNames;
    std::vector<qsizetype> m_open;

    QByteArrayView m_name;
    QByteArrayView m_text;
    QByteArray m_decodedText;
    std::vector<Attribute> m_attributes;
    std::vector<QByteArray> m_decoded;
};

bool XlsxReader::Scanner::fill() {
    if (m_eof || m_failed)
        return false;
    if (m_pos > 0) {
        // Worksheets hold few line breaks (Excel writes two lines), so
        // hopping from one to the next is faster than counting bytes.
        const char* const end = data() + m_pos;
        for (const char* p = data(); p < end;) {
            const auto* newline =
                static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
            if (!newline)
                break;
            ++m_discardedLines;
            m_lineStart = m_discarded + (newline - data()) + 1;
            p = newline + 1;
        }
        std::memmove(m_buffer.data(), data() + m_pos, static_cast<size_t>(m_end - m_pos));
        m_discarded += m_pos;
        m_end -= m_pos;
        m_tokenPos -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_buffer.size()) {
        if (m_buffer.size() >= kMaxBuffer) {
            fail(m_pos, XlsxText::scanTooLarge(kMaxBuffer / (1024 * 1024)));
            return false;
        }
        m_buffer.resize(m_buffer.size() * 2);
    }
    const qint64 read = m_device->read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (read < 0) {
        m_deviceFailed = true;
        m_eof = true;
        return false;
    }
    if (read == 0) {
        m_eof = true;
        return false;
    }
    m_end += static_cast<qsizetype>(read);
    return true;
}

XlsxReader::Scanner::Parse XlsxReader::Scanner::fail(qsizetype at, const QString& message) {
    if (!m_failed) {
        m_failed = true;
        m_errorPos = at;
        m_error = message;
    }
    return Parse::Failed;
}

qint64 XlsxReader::Scanner::lineNumber() const {
    const qsizetype at = std::clamp<qsizetype>(m_failed ? m_errorPos : m_tokenPos, 0, m_end);
    return m_discardedLines + QByteArrayView(data(), at).count('\n') + 1;
}

qint64 XlsxReader::Scanner::columnNumber() const {
    const qsizetype at = std::clamp<qsizetype>(m_failed ? m_errorPos : m_tokenPos, 0, m_end);
    const qsizetype newline = QByteArrayView(data(), at).lastIndexOf('\n');
    if (newline >= 0)
        return at - newline;
    return m_discarded + at - m_lineStart + 1;
}

QByteArrayView XlsxReader::Scanner::attribute(QByteArrayView localName) const {
    for (const Attribute& attribute : m_attributes) {
        const qsizetype length = attribute.nameEnd - attribute.localStart;
        if (length != localName.size() ||
            !sameBytes(data() + attribute.localStart, localName.data(), length))
            continue;
        if (attribute.decoded >= 0)
            return m_decoded[static_cast<size_t>(attribute.decoded)];
        return QByteArrayView(data() + attribute.valueStart,
                              attribute.valueEnd - attribute.valueStart);
    }
    return {};
}

XlsxReader::Scanner::Token XlsxReader::Scanner::next() {
    if (m_failed)
        return Token::Invalid;
    m_text = {};
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_openNames.resize(static_cast<size_t>(m_open.back()));
        m_open.pop_back();
        return Token::EndElement;
    }
    if (!m_started) {
        while (m_end < 3 && fill()) {
        }
        if (m_failed)
            return Token::Invalid;
        if (m_deviceFailed)
            return failToken(0, XlsxText::scanDevice());
        const QByteArrayView start(data(), m_end);
        if (start.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        else if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF"))
            return failToken(0, XlsxText::scanEncoding(QStringLiteral("UTF-16")));
        m_started = true;
    }
    while (true) {
        if (m_pos >= m_end && !fill()) {
            if (m_failed)
                return Token::Invalid;
            if (m_deviceFailed)
                return failToken(m_end, XlsxText::scanDevice());
            if (!m_open.empty() || !m_seenRoot)
                return failToken(m_end, XlsxText::scanPrematureEnd());
            m_tokenPos = m_end;
            return Token::EndDocument;
        }
        m_tokenPos = m_pos;
        Token token = Token::Invalid;
        const bool markup = data()[m_pos] == '<';
        const Parse parsed = markup ? parseMarkup(token) : parseText(token);
        if (parsed == Parse::Token)
            return token;
        if (parsed == Parse::Failed)
            return Token::Invalid;
        if (parsed == Parse::NeedMore && !fill()) {
            if (m_failed)
                return Token::Invalid;
            if (m_deviceFailed)
                return failToken(m_end, XlsxText::scanDevice());
            if (markup)
                return failToken(m_tokenPos, XlsxText::scanPrematureEnd());
            // Text that runs to the end of the data: parseText takes it now.
        }
    }
}

XlsxReader::Scanner::Parse XlsxReader::Scanner::parseText(Token& token) {
    // Character data is short between the tags of a worksheet: one pass
    // finds its end and whether it needs decoding.
    const char* const begin = data() + m_pos;
    const char* const end = data() + m_end;
    const char* p = begin;
    bool special = false;
    while (p < end && *p != '<') {
        special = special || *p == '&' || *p == '\r';
        ++p;
    }
    if (p == end && !m_eof)
        return Parse::NeedMore;
    const qsizetype length = p - begin;
    const QByteArrayView raw(begin, length);
    const qsizetype at = m_pos;
    m_pos += length;
    if (m_open.empty()) {
        for (const char c : raw) {
            if (!isSpace(c))
                return fail(at, XlsxText::scanTextOutsideRoot());
        }
        return Parse::Skipped;
    }
    if (special) {
        if (!decode(raw, at, m_decodedText))
            return Parse::Failed;
        m_text = m_decodedText;
    } else {
        m_text = raw;
    }
    token = Token::Text;
    return Parse::Token;
}

bool XlsxReader::Scanner::decode(QByteArrayView raw, qsizetype at, QByteArray& out) {
    out.resize(0);
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r') {
            out.append('\n');
            if (i + 1 < raw.size() && raw[i + 1] == '\n')
                ++i;
            continue;
        }
        if (c != '&') {
            out.append(c);
            continue;
        }
        const qsizetype semicolon = raw.indexOf(';', i + 1);
        if (semicolon < 0 || semicolon - i > 12) {
            fail(at + i, XlsxText::scanReference());
            return false;
        }
        const QByteArrayView entity = raw.sliced(i + 1, semicolon - i - 1);
        if (entity == "lt") {
            out.append('<');
        } else if (entity == "gt") {
            out.append('>');
        } else if (entity == "amp") {
            out.append('&');
        } else if (entity == "apos") {
            out.append('\'');
        } else if (entity == "quot") {
            out.append('"');
        } else if (entity.startsWith('#') && entity.size() > 1) {
            const bool hex = entity[1] == 'x';
            const QByteArrayView digits = entity.sliced(hex ? 2 : 1);
            char32_t code = 0;
            bool ok = !digits.isEmpty();
            for (const char d : digits) {
                int value = -1;
                if (d >= '0' && d <= '9')
                    value = d - '0';
                else if (hex && d >= 'a' && d <= 'f')
                    value = d - 'a' + 10;
                else if (hex && d >= 'A' && d <= 'F')
                    value = d - 'A' + 10;
                if (value < 0 || code > 0x10FFFF) {
                    ok = false;
                    break;
                }
                code = code * (hex ? 16 : 10) + static_cast<char32_t>(value);
            }
            if (!ok || !isXmlChar(code)) {
                fail(at + i, XlsxText::scanReference());
                return false;
            }
            appendUtf8(out, code);
        } else {
            fail(at + i, XlsxText::scanReference());
            return false;
        }
        i = semicolon;
    }
    return true;
}

bool XlsxReader::Scanner::scanName(qsizetype& p, qsizetype& localStart) const {
    if (p >= m_end || !isNameStart(data()[p]))
        return false;
    localStart = p;
    qsizetype q = p;
    while (q < m_end && isNameChar(data()[q])) {
        if (data()[q] == ':')
            localStart = q + 1;
        ++q;
    }
    p = q;
    return true;
}

XlsxReader::Scanner::Parse XlsxReader::Scanner::parseMarkup(Token& token) {
    const QByteArrayView rest(data() + m_pos, m_end - m_pos);
    if (rest.size() < 2)
        return Parse::NeedMore;
    switch (rest[1]) {
    case '/':
        return parseEndTag(token);
    case '?': {
        const qsizetype end = rest.indexOf("?>", 2);
        if (end < 0)
            return Parse::NeedMore;
        return parseDeclaration(end);
    }
    case '!': {
        if (rest.size() < 9 && !m_eof)
            return Parse::NeedMore;
        if (rest.startsWith("<!--")) {
            const qsizetype end = rest.indexOf("-->", 4);
            if (end < 0)
                return Parse::NeedMore;
            m_pos += end + 3;
            return Parse::Skipped;
        }
        if (rest.startsWith("<![CDATA[")) {
            if (m_open.empty())
                return fail(m_pos, XlsxText::scanTextOutsideRoot());
            const qsizetype end = rest.indexOf("]]>", 9);
            if (end < 0)
                return Parse::NeedMore;
            m_text = rest.sliced(9, end - 9);
            m_pos += end + 3;
            token = Token::Text;
            return Parse::Token;
        }
        if (rest.startsWith("<!DOCTYPE"))
            return fail(m_pos, XlsxText::scanDoctype());
        return fail(m_pos, XlsxText::scanMalformedTag());
    }
    default:
        return parseStartTag(token);
    }
}

XlsxReader::Scanner::Parse XlsxReader::Scanner::parseDeclaration(qsizetype end) {
    const QByteArrayView body(data() + m_pos + 2, end - 2);
    if (body.startsWith("xml") && body.size() > 3 && isSpace(body[3])) {
        if (m_discarded + m_pos > 3)
            return fail(m_pos, XlsxText::scanMalformedTag());
        const qsizetype key = body.indexOf("encoding");
        if (key >= 0) {
            qsizetype p = key + 8;
            while (p < body.size() && (isSpace(body[p]) || body[p] == '='))
                ++p;
            if (p < body.size() && (body[p] == '"' || body[p] == '\'')) {
                const qsizetype close = body.indexOf(body[p], p + 1);
                const QByteArrayView encoding =
                    close < 0 ? QByteArrayView() : body.sliced(p + 1, close - p - 1);
                if (encoding.compare("UTF-8", Qt::CaseInsensitive) != 0 &&
                    encoding.compare("UTF8", Qt::CaseInsensitive) != 0)
                    return fail(m_pos, XlsxText::scanEncoding(QString::fromLatin1(encoding)));
            }
        }
    }
    m_pos += end + 2;
    return Parse::Skipped;
}

XlsxReader::Scanner::Parse XlsxReader::Scanner::parseStartTag(Token& token) {
    qsizetype p = m_pos + 1;
    qsizetype localStart = 0;
    if (!scanName(p, localStart))
        return p >= m_end ? Parse::NeedMore : fail(p, XlsxText::scanMalformedTag());
    const qsizetype nameEnd = p;
    m_attributes.clear();
    bool selfClosing = false;
    while (true) {
        const qsizetype spaceStart = p;
        while (p < m_end && isSpace(data()[p]))
            ++p;
        if (p >= m_end)
            return Parse::NeedMore;
        const char c = data()[p];
        if (c == '>') {
            ++p;
            break;
        }
        if (c == '/') {
            if (p + 1 >= m_end)
                return Parse::NeedMore;
            if (data()[p + 1] != '>')
                return fail(p, XlsxText::scanMalformedTag());
            p += 2;
            selfClosing = true;
            break;
        }
        qsizetype attributeLocal = 0;
        if (p == spaceStart || !scanName(p, attributeLocal))
            return fail(p, XlsxText::scanMalformedTag());
        const qsizetype attributeEnd = p;
        while (p < m_end && isSpace(data()[p]))
            ++p;
        if (p >= m_end)
            return Parse::NeedMore;
        if (data()[p] != '=')
            return fail(p, XlsxText::scanMalformedTag());
        ++p;
        while (p < m_end && isSpace(data()[p]))
            ++p;
        if (p >= m_end)
            return Parse::NeedMore;
        const char quote = data()[p];
        if (quote != '"' && quote != '\'')
            return fail(p, XlsxText::scanMalformedTag());
        qsizetype close = p + 1;
        bool reference = false;
        while (close < m_end && data()[close] != quote) {
            if (data()[close] == '<')
                return fail(close, XlsxText::scanMalformedTag());
            reference = reference || data()[close] == '&';
            ++close;
        }
        if (close >= m_end)
            return Parse::NeedMore;
        m_attributes.push_back({attributeLocal, attributeEnd, p + 1, close, reference ? 0 : -1});
        p = close + 1;
    }
    if (m_open.empty() && m_seenRoot)
        return fail(m_pos, XlsxText::scanTextOutsideRoot());
    if (depth() >= kMaxDepth)
        return fail(m_pos, XlsxText::scanTooDeep(kMaxDepth));

    size_t decoded = 0;
    for (Attribute& attribute : m_attributes) {
        if (attribute.decoded < 0)
            continue;
        const QByteArrayView raw(data() + attribute.valueStart,
                                 attribute.valueEnd - attribute.valueStart);
        if (m_decoded.size() <= decoded)
            m_decoded.emplace_back();
        if (!decode(raw, attribute.valueStart, m_decoded[decoded]))
            return Parse::Failed;
        attribute.decoded = static_cast<int>(decoded++);
    }

    m_open.push_back(static_cast<qsizetype>(m_openNames.size()));
    m_openNames.append(data() + m_pos + 1, static_cast<size_t>(nameEnd - m_pos - 1));
    m_seenRoot = true;
    m_name = QByteArrayView(data() + localStart, nameEnd - localStart);
    m_pendingEnd = selfClosing;
    m_pos = p;
    token = Token::StartElement;
    return Parse::Token;
}

XlsxReader::Scanner::Parse XlsxReader::Scanner::parseEndTag(Token& token) {
    qsizetype p = m_pos + 2;
    qsizetype localStart = 0;
    if (!scanName(p, localStart))
        return p >= m_end ? Parse::NeedMore : fail(p, XlsxText::scanMalformedTag());
    const qsizetype nameEnd = p;
    while (p < m_end && isSpace(data()[p]))
        ++p;
    if (p >= m_end)
        return Parse::NeedMore;
    if (data()[p] != '>')
        return fail(p, XlsxText::scanMalformedTag());
    const QByteArrayView name(data() + m_pos + 2, nameEnd - m_pos - 2);
    if (m_open.empty())
        return fail(m_pos, XlsxText::scanUnexpectedEnd(QString::fromUtf8(name)));
    const QByteArrayView open =
        QByteArrayView(m_openNames.data(), static_cast<qsizetype>(m_openNames.size()))
            .sliced(m_open.back());
    if (open.size() != name.size() || !sameBytes(open.data(), name.data(), name.size()))
        return fail(m_pos,
                    XlsxText::scanMismatch(QString::fromUtf8(name), QString::fromUtf8(open)));
    m_openNames.resize(static_cast<size_t>(m_open.back()));
    m_open.pop_back();
    m_name = QByteArrayView(data() + localStart, nameEnd - localStart);
    m_pos = p + 1;
    token = Token::EndElement;
    return Parse::Token;
}

bool XlsxReader::Scanner::skipElement() {
    const qsizetype level = depth();
    while (true) {
        switch (next()) {
        case Token::EndElement:
            if (depth() < level)
                return true;
            break;
        case Token::Invalid:
        case Token::EndDocument:
            return false;
        default:
            break;
        }
    }
}

XlsxReader::Scanner::Read XlsxReader::Scanner::readText(QByteArray& out, qsizetype limit) {
    while (true) {
        switch (next()) {
        case Token::Text:
            if (m_text.size() > limit - out.size())
                return Read::TooLong;
            out.append(m_text);
            break;
        case Token::StartElement:
            if (!skipElement())
                return Read::Broken;
            break;
        case Token::EndElement:
            return Read::Ok;
        case Token::Invalid:
        case Token::EndDocument:
            return Read::Broken;
        }
    }
}

XlsxReader::Scanner::Read XlsxReader::Scanner::readStringItem(QByteArray& out, qsizetype limit) {
    int runs = 0;
    while (true) {
        switch (next()) {
        case Token::StartElement:
            if (is(m_name, "t")) {
                if (const Read read = readText(out, limit); read != Read::Ok)
                    return read;
            } else if (is(m_name, "r")) {
                ++runs;
            } else if (!skipElement()) {
                return Read::Broken;
            }
            break;
        case Token::EndElement:
            if (runs == 0)
                return Read::Ok;
            --runs;
            break;
        case Token::Text:
            break;
        case Token::Invalid:
        case Token::EndDocument:
            return Read::Broken;
        }
    }
}

// ---------------------------------------------------------------------------
// Shared strings

Status XlsxReader::readSharedStrings(const QString& entry) {
    auto file = openEntry(entry);
    if (!file)
        return file.error();
    const auto broken = [&](const Scanner& xml) {
        if (xml.deviceFailed() || file.value()->getZipError() != UNZ_OK)
            return Error(ErrorCode::InvalidArgument,
                         XlsxText::entryDamaged(m_fileName, entry, file.value()->getZipError()));
        return Error(ErrorCode::InvalidArgument,
                     XlsxText::badXml(m_fileName, entry, xml.lineNumber(), xml.columnNumber(),
                                      xml.errorString()));
    };
    Scanner xml(file.value().get());
    qint64 bytes = 0;
    QByteArray item;
    while (true) {
        switch (xml.next()) {
        case Scanner::Token::StartElement:
            if (is(xml.name(), "si") && xml.depth() == 2) {
                if (m_sharedStrings.size() >= maxSharedStrings)
                    return Error(ErrorCode::InvalidArgument,
                                 XlsxText::tooManySharedStrings(m_fileName, maxSharedStrings + 1));
                item.resize(0);
                // UTF-8 never takes fewer bytes than UTF-16 code units, so
                // this limit on bytes is safe for the text held in memory.
                const qint64 room = (maxSharedStringBytes - bytes) / 2;
                const Scanner::Read read = xml.readStringItem(
                    item, static_cast<qsizetype>(std::min<qint64>(room, maxRowChars)));
                if (read == Scanner::Read::TooLong)
                    return Error(ErrorCode::InvalidArgument,
                                 room > maxRowChars ? XlsxText::sharedStringTooLong(
                                                          m_fileName, entry, m_sharedStrings.size())
                                                    : XlsxText::sharedStringsTooLarge(m_fileName));
                if (read == Scanner::Read::Broken)
                    return broken(xml);
                if (!isValidUtf8(item))
                    return Error(
                        ErrorCode::InvalidArgument,
                        XlsxText::sharedStringNotUtf8(m_fileName, entry, m_sharedStrings.size()));
                m_sharedStrings.append(decodeEscapes(QString::fromUtf8(item)));
                bytes += 2 * m_sharedStrings.constLast().size();
            } else if (is(xml.name(), "sst") && xml.depth() == 1) {
                const auto declared = parseCount(xml.attribute("uniqueCount"));
                if (declared && *declared > maxSharedStrings)
                    return Error(ErrorCode::InvalidArgument,
                                 XlsxText::tooManySharedStrings(m_fileName, *declared));
                // The count is only a hint; a small file may claim a lot.
                if (declared)
                    m_sharedStrings.reserve(
                        static_cast<qsizetype>(std::min<qint64>(*declared, 65536)));
            } else if (xml.depth() > 1 && !xml.skipElement()) {
                return broken(xml);
            }
            break;
        case Scanner::Token::EndDocument:
            m_sharedStrings.squeeze();
            return {};
        case Scanner::Token::Invalid:
            return broken(xml);
        default:
            break;
        }
    }
}

// ---------------------------------------------------------------------------
// Sheets

QStringList XlsxReader::sheetNames() const {
    QStringList names;
    names.reserve(m_sheets.size());
    for (const Sheet& sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

Status XlsxReader::selectSheet(int index) {
    if (index < 0 || index >= m_sheets.size())
        return Error(ErrorCode::NotFound,
                     XlsxText::sheetIndex(index, static_cast<int>(m_sheets.size())));
    closeSheet();
    m_selected = index;
    return openSheet();
}

Status XlsxReader::selectSheet(const QString& name) {
    for (int pass = 0; pass < 2; ++pass) {
        const Qt::CaseSensitivity cs = pass == 0 ? Qt::CaseSensitive : Qt::CaseInsensitive;
        for (qsizetype i = 0; i < m_sheets.size(); ++i) {
            if (m_sheets[i].name.compare(name, cs) == 0)
                return selectSheet(static_cast<int>(i));
        }
    }
    return Error(ErrorCode::NotFound, XlsxText::sheetName(name, sheetNames()));
}

void XlsxReader::closeSheet() {
    m_scanner.reset();
    if (m_sheetFile && m_sheetFile->isOpen())
        m_sheetFile->close();
    m_sheetFile.reset();
    m_inSheetData = false;
    m_finished = false;
    m_failure.reset();
    m_lastRow = 0;
}

Status XlsxReader::openSheet() {
    const Sheet& sheet = m_sheets[m_selected];
    if (sheet.entry.isEmpty())
        return Error(ErrorCode::NotFound, XlsxText::sheetWithoutPart(m_fileName, sheet.name));
    auto file = openEntry(sheet.entry);
    if (!file)
        return file.error();
    m_sheetFile = std::move(file.value());
    m_compressedSize = m_sheetFile->csize();
    m_uncompressedSize = m_sheetFile->usize();
    m_scanner = std::make_unique<Scanner>(m_sheetFile.get());
    return {};
}

qint64 XlsxReader::progressTotal() const {
    return m_compressedSize;
}

qint64 XlsxReader::progressDone() const {
    if (m_finished)
        return m_compressedSize;
    if (!m_sheetFile || !m_sheetFile->isOpen() || m_uncompressedSize <= 0)
        return 0;
    const double done = static_cast<double>(m_sheetFile->pos()) /
                        static_cast<double>(m_uncompressedSize) *
                        static_cast<double>(m_compressedSize);
    return std::clamp<qint64>(static_cast<qint64>(done), 0, m_compressedSize);
}

Error XlsxReader::sheetError(const QString& message) const {
    const Sheet& sheet = m_sheets[m_selected];
    return Error(ErrorCode::InvalidArgument,
                 XlsxText::inSheet(m_fileName, sheet.name, sheet.entry, message));
}

Error XlsxReader::scanError(qint64 row) const {
    const Scanner& xml = *m_scanner;
    const int zipError = m_sheetFile->getZipError();
    if (xml.deviceFailed() || zipError != UNZ_OK)
        return Error(ErrorCode::InvalidArgument,
                     XlsxText::entryDamaged(m_fileName, m_sheets[m_selected].entry, zipError));
    if (row > 0)
        return sheetError(
            XlsxText::xmlInRow(row, xml.lineNumber(), xml.columnNumber(), xml.errorString()));
    return sheetError(XlsxText::xmlAt(xml.lineNumber(), xml.columnNumber(), xml.errorString()));
}

Result<bool> XlsxReader::next(SourceRecord& record) {
    record.clear();
    if (m_failure)
        return *m_failure;
    if (m_finished)
        return false;
    if (!m_scanner) {
        if (auto opened = openSheet(); !opened) {
            m_failure = opened.error();
            return opened.error();
        }
    }
    Scanner& xml = *m_scanner;
    while (true) {
        switch (xml.next()) {
        case Scanner::Token::StartElement:
            if (m_inSheetData && is(xml.name(), "row")) {
                auto row = readRow(record);
                if (!row)
                    m_failure = row.error();
                return row;
            }
            if (!m_inSheetData && is(xml.name(), "sheetData")) {
                m_inSheetData = true;
            } else if (xml.depth() > 1) {
                // sheetViews, cols, mergeCells, ...; the root element is entered.
                if (auto skipped = skipElement(m_lastRow); !skipped) {
                    m_failure = skipped.error();
                    return skipped.error();
                }
            }
            break;
        case Scanner::Token::EndElement:
            if (!m_inSheetData)
                break;
            // Rows and other children are read whole, so this is </sheetData>.
            m_inSheetData = false;
            [[fallthrough]];
        case Scanner::Token::EndDocument:
            if (auto finished = finishSheet(); !finished) {
                m_failure = finished.error();
                return finished.error();
            }
            return false;
        case Scanner::Token::Invalid:
            m_failure = scanError(m_lastRow);
            return *m_failure;
        case Scanner::Token::Text:
            break;
        }
    }
}

Status XlsxReader::skipElement(qint64 row) {
    if (!m_scanner->skipElement())
        return scanError(row);
    return {};
}

Status XlsxReader::finishSheet() {
    // Read what follows the cell data too, so a damaged end of the entry (bad
    // XML or a checksum mismatch) is still reported.
    Scanner& xml = *m_scanner;
    while (true) {
        const Scanner::Token token = xml.next();
        if (token == Scanner::Token::EndDocument)
            break;
        if (token == Scanner::Token::Invalid)
            return scanError(0);
    }
    m_finished = true;
    // Drain the entry so that closing it verifies the CRC.
    char buffer[4096];
    while (m_sheetFile->read(buffer, sizeof buffer) > 0) {
    }
    m_sheetFile->close();
    const int zipError = m_sheetFile->getZipError();
    if (zipError != UNZ_OK)
        return Error(ErrorCode::InvalidArgument,
                     XlsxText::entryDamaged(m_fileName, m_sheets[m_selected].entry, zipError));
    return {};
}

Result<bool> XlsxReader::readRow(SourceRecord& record) {
    Scanner& xml = *m_scanner;
    qint64 row = m_lastRow + 1;
    const QByteArrayView rowAttribute = xml.attribute("r");
    if (!rowAttribute.isNull()) {
        const auto number = parseCount(rowAttribute);
        if (!number || *number <= 0)
            return sheetError(XlsxText::badRowNumber(
                QString::fromUtf8(rowAttribute.first(std::min<qsizetype>(rowAttribute.size(), 40))),
                m_lastRow));
        row = *number;
    }
    m_lastRow = row;
    record.line = row;
    record.lastLine = row;

    int nextColumn = 0;
    qint64 rowChars = 0;
    while (true) {
        switch (xml.next()) {
        case Scanner::Token::StartElement:
            if (is(xml.name(), "c")) {
                if (auto cell = readCell(record, row, nextColumn, rowChars); !cell)
                    return cell.error();
            } else if (auto skipped = skipElement(row); !skipped) {
                return skipped.error();
            }
            break;
        case Scanner::Token::EndElement: {
            // </row>: the cells' end elements are consumed by readCell.
            qsizetype length = record.cells.size();
            for (const SourceCell& cell : std::as_const(record.cells))
                length += cell.text.size();
            record.raw.reserve(length);
            for (qsizetype i = 0; i < record.cells.size(); ++i) {
                if (i > 0)
                    record.raw.append(QLatin1Char('\t'));
                record.raw.append(record.cells[i].text);
            }
            return true;
        }
        case Scanner::Token::Text:
            break;
        case Scanner::Token::Invalid:
        case Scanner::Token::EndDocument:
            return scanError(row);
        }
    }
}

Status XlsxReader::readValue(QByteArray& out, qint64 row, qint64 rowChars) {
    out.resize(0);
    switch (m_scanner->readText(out, static_cast<qsizetype>(maxRowChars - rowChars))) {
    case Scanner::Read::Ok:
        return {};
    case Scanner::Read::TooLong:
        return sheetError(XlsxText::rowTooLong(row));
    case Scanner::Read::Broken:
        break;
    }
    return scanError(row);
}

Status XlsxReader::readInlineString(QString& out, qint64 row, qint64 rowChars) {
    QByteArray bytes;
    switch (m_scanner->readStringItem(bytes, static_cast<qsizetype>(maxRowChars - rowChars))) {
    case Scanner::Read::Ok:
        break;
    case Scanner::Read::TooLong:
        return sheetError(XlsxText::rowTooLong(row));
    case Scanner::Read::Broken:
        return scanError(row);
    }
    if (!isValidUtf8(bytes))
        return sheetError(XlsxText::notUtf8(row));
    out = decodeEscapes(QString::fromUtf8(bytes));
    return {};
}

Status XlsxReader::readCell(SourceRecord& record, qint64 row, int& nextColumn, qint64& rowChars) {
    enum class Type { Number, Shared, Inline, Formula, Boolean, ErrorValue, Date };
    Scanner& xml = *m_scanner;

    // The attribute views die with the next token: take what is needed now.
    const QByteArrayView refView = xml.attribute("r");
    // Kept as bytes; made a string only for a message.
    char refBytes[24];
    const auto refSize = std::min<qsizetype>(refView.size(), qsizetype(sizeof refBytes));
    if (refSize > 0)
        std::memcpy(refBytes, refView.data(), static_cast<size_t>(refSize));
    const auto refText = [&] {
        return QString::fromUtf8(refBytes, refSize);
    };
    int column = nextColumn;
    if (!refView.isNull()) {
        column = columnOfReference(refView);
        if (column == -2)
            return sheetError(XlsxText::tooManyColumns(row, refText()));
        if (column < 0)
            return sheetError(XlsxText::badCellReference(row, refText()));
    } else if (column >= maxColumns) {
        return sheetError(XlsxText::tooManyColumns(row, QString()));
    }
    nextColumn = column + 1;

    Type type = Type::Number;
    const QByteArrayView typeView = xml.attribute("t");
    if (is(typeView, "s"))
        type = Type::Shared;
    else if (is(typeView, "inlineStr"))
        type = Type::Inline;
    else if (is(typeView, "str"))
        type = Type::Formula;
    else if (is(typeView, "b"))
        type = Type::Boolean;
    else if (is(typeView, "e"))
        type = Type::ErrorValue;
    else if (is(typeView, "d"))
        type = Type::Date;
    const auto styleIndex = parseCount(xml.attribute("s"));
    const CellStyle* style = styleIndex && *styleIndex > 0 && *styleIndex < m_styles.size()
                                 ? &m_styles[static_cast<qsizetype>(*styleIndex)]
                                 : nullptr;

    bool hasValue = false;
    bool hasInline = false;
    QString inlineText;
    bool done = false;
    while (!done) {
        switch (xml.next()) {
        case Scanner::Token::StartElement:
            if (is(xml.name(), "v")) {
                hasValue = true;
                if (auto read = readValue(m_value, row, rowChars); !read)
                    return read;
            } else if (is(xml.name(), "is")) {
                hasInline = true;
                if (auto read = readInlineString(inlineText, row, rowChars); !read)
                    return read;
            } else if (auto skipped = skipElement(row); !skipped) {
                return skipped; // <f> formula, extLst
            }
            break;
        case Scanner::Token::EndElement:
            done = true; // </c>
            break;
        case Scanner::Token::Text:
            break;
        case Scanner::Token::Invalid:
        case Scanner::Token::EndDocument:
            return scanError(row);
        }
    }
    if (!hasValue && !hasInline)
        return {}; // a styled but empty cell

    QList<SourceCell>& cells = record.cells;
    if (column >= cells.size())
        cells.resize(column + 1);
    SourceCell& cell = cells[column];
    if (!cell.isEmpty())
        cell = SourceCell(); // a repeated reference: the last one wins

    const auto textOfValue = [&](QString& out) -> Status {
        if (!isValidUtf8(m_value))
            return sheetError(XlsxText::notUtf8(row));
        out = decodeEscapes(QString::fromUtf8(m_value));
        return {};
    };

    if (hasInline && (type == Type::Inline || !hasValue)) {
        cell.kind = SourceCell::Kind::Text;
        cell.text = inlineText;
    } else {
        switch (type) {
        case Type::Shared: {
            const auto index = parseCount(m_value);
            if (!index || *index >= m_sharedStrings.size())
                return sheetError(XlsxText::badSharedStringIndex(
                    row, refText(), QString::fromUtf8(m_value.left(40)), m_sharedStrings.size()));
            cell.kind = SourceCell::Kind::Text;
            cell.text = m_sharedStrings[static_cast<qsizetype>(*index)];
            break;
        }
        case Type::Inline:
        case Type::Formula:
            cell.kind = SourceCell::Kind::Text;
            if (auto text = textOfValue(cell.text); !text)
                return text;
            break;
        case Type::Boolean: {
            const QByteArrayView value = trimmed(m_value);
            const bool truth = is(value, "1") || value.compare("true", Qt::CaseInsensitive) == 0;
            cell.kind = SourceCell::Kind::Boolean;
            cell.number = truth ? 1.0 : 0.0;
            cell.text = truth ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            break;
        }
        case Type::ErrorValue:
            cell.kind = SourceCell::Kind::Error;
            if (auto text = textOfValue(cell.text); !text)
                return text;
            break;
        case Type::Date: {
            // An ISO 8601 date cell (Strict workbooks): a date-styled serial.
            if (auto text = textOfValue(cell.text); !text)
                return text;
            cell.text = cell.text.trimmed();
            const auto serial =
                serialOf(QDateTime::fromString(cell.text, Qt::ISODateWithMs), m_date1904);
            cell.kind = serial ? SourceCell::Kind::Number : SourceCell::Kind::Text;
            cell.number = serial.value_or(0.0);
            cell.dateStyled = serial.has_value();
            break;
        }
        case Type::Number:
            if (isPlainInteger(m_value)) {
                cell.kind = SourceCell::Kind::Number;
                cell.number = static_cast<double>(QByteArrayView(m_value).toLongLong());
                cell.text = QString::fromLatin1(m_value);
                cell.dateStyled = style && style->date;
            } else if (const auto value = parseNumber(m_value)) {
                cell.kind = SourceCell::Kind::Number;
                cell.number = *value;
                cell.text = numberText(*value);
                cell.dateStyled = style && style->date;
            } else {
                // Not a number after all: keep what the file says.
                cell.kind = SourceCell::Kind::Text;
                if (auto text = textOfValue(cell.text); !text)
                    return text;
            }
            break;
        }
    }
    if (style)
        cell.numberFormat = style->numberFormat;
    rowChars += cell.text.size();
    if (rowChars > maxRowChars)
        return sheetError(XlsxText::rowTooLong(row));
    return {};
}

} // namespace pl::core
