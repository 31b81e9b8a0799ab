#include "core/import/MappingPipeline.h"

#include "core/import/ReadMapper.h"
#include "core/import/RecordStream.h"

namespace pl::core {

MappingPipeline::MappingPipeline(RecordStream& stream, const ReadMapper& mapper, qint64 skipThrough)
    : m_stream(stream)
    , m_mapper(mapper)
    , m_skipThrough(skipThrough) {
    m_thread = std::thread([this] { work(); });
}

MappingPipeline::~MappingPipeline() {
    stop();
    if (m_thread.joinable())
        m_thread.join();
}

void MappingPipeline::stop() {
    m_stop = true;
    std::lock_guard lock(m_mutex);
    m_changed.notify_all();
}

void MappingPipeline::work() {
    SourceRecord record;
    std::vector<Row> chunk;
    chunk.reserve(chunkRows);
    std::optional<Error> error;
    const auto hand = [this](std::vector<Row>& rows) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_chunks.size() < maxChunks || m_stop; });
        if (m_stop)
            return false;
        m_chunks.push_back(std::move(rows));
        m_changed.notify_all();
        return true;
    };
    while (!m_stop) {
        auto got = m_stream.next(record);
        if (!got) {
            error = got.error();
            break;
        }
        if (!got.value())
            break;
        if (m_stream.consumed() <= m_skipThrough)
            continue;
        Row& row = chunk.emplace_back();
        row.line = record.line;
        row.lastLine = record.lastLine;
        row.raw = record.raw;
        row.rejection = m_mapper.map(record, row.read);
        row.consumed = m_stream.consumed();
        row.nonDataLines = m_stream.nonDataLines();
        row.bytesDone = m_stream.source().progressDone();
        if (chunk.size() == chunkRows) {
            if (!hand(chunk))
                break;
            chunk = std::vector<Row>();
            chunk.reserve(chunkRows);
        }
    }
    if (!chunk.empty() && !m_stop)
        hand(chunk);
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_error = error;
    m_consumed = m_stream.consumed();
    m_nonData = m_stream.nonDataLines();
    m_changed.notify_all();
}

Result<bool> MappingPipeline::next(Row& row) {
    if (m_position >= m_current.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_chunks.empty() || m_finished || m_stop; });
        if (m_chunks.empty()) {
            if (m_error && !m_stop)
                return *m_error;
            return false;
        }
        m_current = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_position = 0;
        m_changed.notify_all();
    }
    row = std::move(m_current[m_position++]);
    return true;
}

} // namespace pl::core
