#include "core/import/EncodedRead.h"

namespace pl::core {

void EncodedRead::encode(const MappedRead& read) {
    m_bytes.resize(0);
    add(Field::PlateRaw, read.plateRaw, false);
    add(Field::Plate, read.plate, false);
    add(Field::MatchKey, read.matchKey, false);
    add(Field::State, read.state, true);
    add(Field::StateRaw, read.stateRaw, true);
    add(Field::TimeText, read.timeText, true);
    add(Field::Camera, read.camera, true);
    add(Field::Address, read.address, true);
    add(Field::SourceRef, read.sourceRef, true);
    add(Field::Extra, read.extraJson, true);
}

void EncodedRead::add(Field field, const QString& text, bool emptyIsNull) {
    const auto index = static_cast<size_t>(field);
    if (text.isNull() || (emptyIsNull && text.isEmpty())) {
        m_offset[index] = 0;
        m_size[index] = -1;
        return;
    }
    const qsizetype start = m_bytes.size();
    // Room for the worst case; resize keeps the allocation when it shrinks.
    m_bytes.resize(start + m_encoder.requiredSpace(text.size()));
    char* end = m_encoder.appendToBuffer(m_bytes.data() + start, text);
    m_bytes.resize(end - m_bytes.constData());
    m_offset[index] = start;
    m_size[index] = m_bytes.size() - start;
}

std::optional<QByteArrayView> EncodedRead::field(Field field) const {
    const auto index = static_cast<size_t>(field);
    if (m_size[index] < 0)
        return std::nullopt;
    return QByteArrayView(m_bytes.constData() + m_offset[index], m_size[index]);
}

} // namespace pl::core
