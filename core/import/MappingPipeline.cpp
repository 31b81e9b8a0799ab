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

QList<QStringList> MappingPipeline::lookAlikeGroups() {
    stop();
    if (m_thread.joinable())
        m_thread.join();
    return m_lookAlikes.groups();
}

void MappingPipeline::work() {
    SourceRecord record;
    Chunk chunk;
    chunk.rows.reserve(chunkRows);
    std::optional<Error> error;
    // Hands a filled chunk over and takes a spent one back to fill next.
    const auto hand = [this, &chunk] {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_chunks.size() < maxChunks || m_stop; });
        if (m_stop)
            return false;
        m_chunks.push_back(std::move(chunk));
        chunk = Chunk();
        if (!m_spent.empty()) {
            chunk = std::move(m_spent.back());
            m_spent.pop_back();
        }
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
        if (chunk.filled == chunk.rows.size())
            chunk.rows.emplace_back();
        Row& row = chunk.rows[chunk.filled++];
        row.line = record.line;
        row.lastLine = record.lastLine;
        row.raw = record.raw;
        row.rejection = m_mapper.map(record, row.read);
        if (row.rejection.isEmpty()) {
            row.text.encode(row.read);
            m_lookAlikes.add(row.read.matchKey, row.read.plate);
        }
        row.consumed = m_stream.consumed();
        row.nonDataLines = m_stream.nonDataLines();
        row.bytesDone = m_stream.source().progressDone();
        if (chunk.filled == chunkRows && !hand())
            break;
    }
    if (chunk.filled > 0 && !m_stop)
        hand();
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_error = error;
    m_consumed = m_stream.consumed();
    m_nonData = m_stream.nonDataLines();
    m_changed.notify_all();
}

Result<MappingPipeline::Row*> MappingPipeline::next() {
    if (m_position >= m_current.filled) {
        std::unique_lock lock(m_mutex);
        if (!m_current.rows.empty()) {
            m_current.filled = 0;
            m_spent.push_back(std::move(m_current));
            m_current = Chunk();
        }
        m_changed.wait(lock, [this] { return !m_chunks.empty() || m_finished || m_stop; });
        if (m_chunks.empty()) {
            if (m_error && !m_stop)
                return *m_error;
            return nullptr;
        }
        m_current = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_position = 0;
        m_changed.notify_all();
    }
    return &m_current.rows[m_position++];
}

} // namespace pl::core
