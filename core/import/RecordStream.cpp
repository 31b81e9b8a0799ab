#include "core/import/RecordStream.h"

#include "core/import/FixedWidthReader.h"
#include "core/import/ProfileLibrary.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class StreamText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::RecordStream)
public:
    static QString noHeader(int rows, const QStringList& wanted) {
        return tr("No header row found in the first %1 rows: the profile looks for a row with "
                  "the columns %2. Check the profile or the sheet.")
            .arg(rows)
            .arg(wanted.join(QStringLiteral(", ")));
    }
    static QString empty() { return tr("The file holds no rows."); }
    static QString column(int index) { return tr("Column %1").arg(index + 1); }
};

QStringList cellTexts(const SourceRecord& record) {
    QStringList texts;
    texts.reserve(record.cells.size());
    for (const SourceCell& cell : record.cells)
        texts.append(cell.text);
    return texts;
}
} // namespace

RecordStream::RecordStream(RecordSource& source, const ImportProfile& profile)
    : m_source(source)
    , m_profile(profile) {}

bool RecordStream::isBlank(const SourceRecord& record) {
    for (const SourceCell& cell : record.cells) {
        if (!cell.isEmpty() && !cell.text.trimmed().isEmpty())
            return false;
    }
    return true;
}

Result<bool> RecordStream::pull(SourceRecord& record) {
    auto got = m_source.next(record);
    if (got && got.value())
        ++m_consumed;
    return got;
}

Status RecordStream::findHeader() {
    SourceRecord record;
    switch (m_profile.headerMode) {
    case ImportProfile::HeaderMode::None:
        return {};
    case ImportProfile::HeaderMode::SkipLines:
        for (int i = 0; i < m_profile.skipLines; ++i) {
            auto got = pull(record);
            if (!got)
                return got.error();
            if (!got.value())
                return {};
            ++m_nonData;
        }
        return {};
    case ImportProfile::HeaderMode::Row:
        for (int i = 1; i <= m_profile.headerRow; ++i) {
            auto got = pull(record);
            if (!got)
                return got.error();
            if (!got.value())
                return Error(ErrorCode::InvalidArgument, StreamText::empty());
            ++m_nonData;
        }
        m_header = cellTexts(record);
        m_headerLine = record.line;
        return {};
    case ImportProfile::HeaderMode::Find: {
        QStringList wanted;
        for (const QString& cell : m_profile.headerFindContains)
            wanted.append(ProfileLibrary::headerKey(cell));
        for (int i = 0; i < m_profile.headerMaxScanRows; ++i) {
            auto got = pull(record);
            if (!got)
                return got.error();
            if (!got.value())
                break;
            ++m_nonData;
            QStringList keys;
            for (const SourceCell& cell : record.cells)
                keys.append(ProfileLibrary::headerKey(cell.text));
            bool all = true;
            for (const QString& key : wanted)
                all = all && keys.contains(key);
            if (all) {
                m_header = cellTexts(record);
                m_headerLine = record.line;
                return {};
            }
        }
        return Error(
            ErrorCode::InvalidArgument,
            StreamText::noHeader(m_profile.headerMaxScanRows, m_profile.headerFindContains));
    }
    }
    return {};
}

Status RecordStream::start() {
    if (m_started)
        return {};
    m_started = true;
    auto found = findHeader();
    // A fixed-width layout names its columns itself; a header line in the
    // file is only skipped.
    if (found && m_profile.layout == ImportProfile::Layout::FixedWidth)
        m_header = FixedWidthReader::header(m_profile);
    return found;
}

Result<bool> RecordStream::next(SourceRecord& record) {
    if (auto started = start(); !started)
        return started.error();
    while (!m_stopped) {
        auto got = pull(record);
        if (!got)
            return got.error();
        if (!got.value())
            return false;
        if (m_profile.stopAtRegex && m_profile.stopAtRegex->match(record.raw).hasMatch()) {
            // The trailer and whatever follows it are not reads.
            m_stopped = true;
            ++m_nonData;
            SourceRecord rest;
            while (true) {
                auto more = pull(rest);
                if (!more)
                    return more.error();
                if (!more.value())
                    break;
                ++m_nonData;
            }
            return false;
        }
        bool skip = isBlank(record);
        for (const QRegularExpression& rule : m_profile.skipLinesRegex)
            skip = skip || rule.match(record.raw).hasMatch();
        if (skip) {
            ++m_nonData;
            continue;
        }
        if (m_header.isEmpty() && m_profile.headerMode != ImportProfile::HeaderMode::Row &&
            m_profile.headerMode != ImportProfile::HeaderMode::Find) {
            for (qsizetype i = 0; i < record.cells.size(); ++i)
                m_header.append(StreamText::column(static_cast<int>(i)));
        }
        return true;
    }
    return false;
}

} // namespace pl::core
