#pragma once

#include "core/common/Result.h"
#include "core/import/EncodedRead.h"
#include "core/import/LookAlikes.h"
#include "core/import/MappedRead.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace pl::core {

class ReadMapper;
class RecordStream;

// Reads and maps rows on a second thread while the caller stores the ones
// before them, so parsing and the store's work overlap on two cores.
//
// The worker thread owns the stream (and the reader and file under it) and
// only reads the mapper, which is immutable. It also does the per-row work
// that does not need the store: the UTF-8 encoding of each read's text and
// the look-alike plates. Rows pass to the caller in chunks through a short
// bounded queue and the caller hands spent chunks back, so the worker also
// frees and reuses their memory: the caller's thread allocates nothing per
// row. Memory stays small whatever the file size. Stopping (cancel, failure,
// destruction) makes the worker finish its current row and exit; the
// destructor joins it.
class MappingPipeline {
public:
    struct Row {
        qint64 line = 0;
        qint64 lastLine = 0;
        QString raw;
        MappedRead read;
        EncodedRead text;  // read's text as UTF-8, when it mapped
        QString rejection; // empty: the row mapped to a read
        // The stream's position after this row, for the import's resume
        // point and counters.
        qint64 consumed = 0;
        qint64 nonDataLines = 0;
        qint64 bytesDone = 0;
    };

    // skipThrough: rows up to this stream position are skipped (a resumed
    // import's committed rows).
    MappingPipeline(RecordStream& stream, const ReadMapper& mapper, qint64 skipThrough);
    ~MappingPipeline();
    MappingPipeline(const MappingPipeline&) = delete;
    MappingPipeline& operator=(const MappingPipeline&) = delete;

    // The next row, valid (and the caller's to change) until the next call;
    // nullptr at the end of the data. An error is the reader's, naming where
    // the file broke.
    Result<Row*> next();
    // Ends the worker early; next() then returns nullptr.
    void stop();
    // After the end: the stream's final position and non-data line count.
    qint64 consumed() const { return m_consumed; }
    qint64 nonDataLines() const { return m_nonData; }
    // Plates of the rows that mapped to a read that share a match key (see
    // LookAlikes). Ends the worker first.
    QList<QStringList> lookAlikeGroups();

private:
    static constexpr size_t chunkRows = 512;
    static constexpr size_t maxChunks = 8;

    struct Chunk {
        std::vector<Row> rows; // only the first `filled` are this chunk's
        size_t filled = 0;
    };

    void work();

    RecordStream& m_stream;
    const ReadMapper& m_mapper;
    const qint64 m_skipThrough;
    LookAlikes m_lookAlikes; // the worker's until it ends

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_chunks; // filled, waiting for the caller
    std::vector<Chunk> m_spent; // handed back, for the worker to reuse
    bool m_finished = false;
    std::optional<Error> m_error;
    std::atomic<bool> m_stop{false};
    qint64 m_consumed = 0;
    qint64 m_nonData = 0;

    Chunk m_current; // the chunk the caller is taking rows from
    size_t m_position = 0;
    std::thread m_thread;
};

} // namespace pl::core
