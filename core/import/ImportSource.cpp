#include "core/import/ImportSource.h"

#include "core/import/CsvReader.h"
#include "core/import/FixedWidthReader.h"
#include "core/import/XlsxReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pl::core {

namespace {
class SourceText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::ImportSource)
public:
    static QString cannotOpen(const QString& path, const QString& why) {
        return tr("Cannot open \"%1\": %2").arg(path, why);
    }
    static QString binary(const QString& path, const QString& why) {
        return tr("\"%1\" is not a text file: %2").arg(QFileInfo(path).fileName(), why);
    }
    static QString expectedXlsx(const QString& path) {
        return tr("The profile expects an Excel workbook (.xlsx), but \"%1\" is a text file.")
            .arg(QFileInfo(path).fileName());
    }
    static QString expectedText(const QString& path) {
        return tr("The profile expects a text file, but \"%1\" is a zip archive (an Excel "
                  "workbook?). Choose a profile for .xlsx files.")
            .arg(QFileInfo(path).fileName());
    }
    static QString noSheet(const QString& sheet) {
        return tr("The workbook has no sheet \"%1\".").arg(sheet);
    }
    static QString encoding(CsvReader::Sniff::Encoding encoding) {
        switch (encoding) {
        case CsvReader::Sniff::Encoding::Utf8Bom:
            return tr("UTF-8 with byte-order mark");
        case CsvReader::Sniff::Encoding::Utf16LeBom:
            return tr("UTF-16 little-endian");
        case CsvReader::Sniff::Encoding::Utf16BeBom:
            return tr("UTF-16 big-endian");
        case CsvReader::Sniff::Encoding::Utf8:
            return tr("UTF-8");
        case CsvReader::Sniff::Encoding::Windows1252:
            return tr("Windows-1252");
        }
        return {};
    }
    static QString lineEnding(CsvReader::LineEnding ending) {
        switch (ending) {
        case CsvReader::LineEnding::CrLf:
            return tr("CRLF line ends");
        case CsvReader::LineEnding::Lf:
            return tr("LF line ends");
        case CsvReader::LineEnding::Cr:
            return tr("CR line ends");
        case CsvReader::LineEnding::None:
            return tr("a single line");
        }
        return {};
    }
    static QString delimiter(char delimiter) {
        switch (delimiter) {
        case ',':
            return tr("comma-delimited");
        case ';':
            return tr("semicolon-delimited");
        case '|':
            return tr("pipe-delimited");
        case '\t':
            return tr("tab-delimited");
        default:
            return tr("delimited by \"%1\"").arg(QLatin1Char(delimiter));
        }
    }
    static QString text(const QString& encoding, const QString& ending, const QString& delimiter) {
        return tr("Text, %1, %2, %3").arg(encoding, ending, delimiter);
    }
    static QString fixedWidth(const QString& encoding, const QString& ending, int columns) {
        return tr("Text, %1, %2, %n fixed-width column(s)", nullptr, columns).arg(encoding, ending);
    }
    static QString workbook(int sheets, const QString& sheet) {
        return tr("Excel workbook, %n sheet(s), reading \"%1\"", nullptr, sheets).arg(sheet);
    }
};

// Auto lets the reader honour a BOM and fall back to Windows-1252 per record.
CsvReader::Encoding readerEncoding(ImportProfile::Encoding encoding) {
    switch (encoding) {
    case ImportProfile::Encoding::Utf8:
        return CsvReader::Encoding::Utf8;
    case ImportProfile::Encoding::Windows1252:
        return CsvReader::Encoding::Windows1252;
    case ImportProfile::Encoding::Utf16:
        return CsvReader::Encoding::Utf16;
    case ImportProfile::Encoding::Auto:
        return CsvReader::Encoding::Auto;
    }
    return CsvReader::Encoding::Auto;
}
} // namespace

ImportSource::~ImportSource() = default;

Result<ImportSource::Container> ImportSource::sniffContainer(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, SourceText::cannotOpen(path, file.errorString()));
    const QByteArray magic = file.read(4);
    return magic == QByteArray("PK\x03\x04", 4) ? Container::Xlsx : Container::Text;
}

Result<std::unique_ptr<ImportSource>>
ImportSource::open(const QString& path, const ImportProfile& profile, const QString& sheet) {
    auto container = sniffContainer(path);
    if (!container)
        return container.error();
    std::unique_ptr<ImportSource> source(new ImportSource);
    source->m_container = container.value();
    if (profile.container == ImportProfile::Container::Xlsx && container.value() != Container::Xlsx)
        return Error(ErrorCode::InvalidArgument, SourceText::expectedXlsx(path));
    if (profile.container == ImportProfile::Container::Text && container.value() != Container::Text)
        return Error(ErrorCode::InvalidArgument, SourceText::expectedText(path));

    if (container.value() == Container::Xlsx) {
        auto workbook = XlsxReader::open(path);
        if (!workbook)
            return workbook.error();
        std::unique_ptr<XlsxReader> reader = std::move(workbook.value());
        source->m_sheets = reader->sheetNames();
        if (!sheet.isEmpty()) {
            if (auto selected = reader->selectSheet(sheet); !selected)
                return selected.error();
        } else if (!profile.sheet.isEmpty() &&
                   source->m_sheets.contains(profile.sheet, Qt::CaseInsensitive)) {
            if (auto selected = reader->selectSheet(profile.sheet); !selected)
                return selected.error();
        } else {
            const int index = qBound(0, profile.sheetFallbackIndex,
                                     static_cast<int>(source->m_sheets.size()) - 1);
            if (auto selected = reader->selectSheet(index); !selected)
                return selected.error();
        }
        source->m_sheet = source->m_sheets.value(reader->selectedSheet());
        source->m_layout =
            SourceText::workbook(static_cast<int>(source->m_sheets.size()), source->m_sheet);
        source->m_reader = std::move(reader);
        return source;
    }

    source->m_file.setFileName(path);
    if (!source->m_file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, SourceText::cannotOpen(path, source->m_file.errorString()));
    auto sniff = CsvReader::sniff(&source->m_file);
    if (!sniff)
        return sniff.error();
    if (sniff->looksBinary)
        return Error(ErrorCode::InvalidArgument, SourceText::binary(path, sniff->binaryReason));
    if (profile.layout == ImportProfile::Layout::FixedWidth) {
        source->m_layout = SourceText::fixedWidth(SourceText::encoding(sniff->encoding),
                                                  SourceText::lineEnding(sniff->lineEnding),
                                                  static_cast<int>(profile.fixedColumns.size()));
        source->m_reader = std::make_unique<FixedWidthReader>(
            &source->m_file, readerEncoding(profile.encoding), profile.fixedColumns);
        return source;
    }
    CsvReader::Options options;
    options.delimiter = profile.delimiter != '\0' ? profile.delimiter
                        : sniff->delimiter != 0   ? sniff->delimiter
                                                  : ',';
    options.quote = profile.quote;
    options.encoding = readerEncoding(profile.encoding);
    source->m_layout = SourceText::text(SourceText::encoding(sniff->encoding),
                                        SourceText::lineEnding(sniff->lineEnding),
                                        SourceText::delimiter(options.delimiter));
    source->m_reader = std::make_unique<CsvReader>(&source->m_file, options);
    return source;
}

} // namespace pl::core
