#pragma once

#include "core/common/Result.h"
#include "core/import/ImportProfile.h"
#include "core/import/SourceRecord.h"

#include <QStringList>

namespace pl::core {

// The data records of a source, as the profile describes them: title rows and
// the header taken off the front, blank lines and skip-rule lines left out,
// and reading stopped at a trailer. Counts what it leaves out, so nothing
// disappears without a number.
class RecordStream {
public:
    RecordStream(RecordSource& source, const ImportProfile& profile);

    // Finds the header (when the profile has one). Called by next() too.
    Status start();
    // The next data record; false at the end (or at the trailer).
    Result<bool> next(SourceRecord& record);

    const QStringList& header() const { return m_header; }
    qint64 headerLine() const { return m_headerLine; }
    // Lines that are not reads: titles, the header, blank lines, skip-rule
    // lines and the trailer with anything after it.
    qint64 nonDataLines() const { return m_nonData; }
    // Records taken from the source so far, of any kind: a resumed import
    // skips this many to get back to where it stopped.
    qint64 consumed() const { return m_consumed; }
    RecordSource& source() { return m_source; }

    static bool isBlank(const SourceRecord& record);

private:
    Result<bool> pull(SourceRecord& record);
    Status findHeader();

    RecordSource& m_source;
    const ImportProfile& m_profile;
    QStringList m_header;
    qint64 m_headerLine = 0;
    qint64 m_nonData = 0;
    qint64 m_consumed = 0;
    bool m_started = false;
    bool m_stopped = false;
};

} // namespace pl::core
