#pragma once

#include "core/import/MappedRead.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringEncoder>

#include <array>
#include <optional>

namespace pl::core {

// The text columns of a mapped read, encoded as UTF-8 into one reusable
// buffer. The import encodes each row on its reading thread, so the writing
// thread binds the bytes as they are, with no conversion, copy or allocation
// of its own (see docs/benchmarks.md).
class EncodedRead {
public:
    enum class Field {
        PlateRaw,
        Plate,
        MatchKey,
        State,
        StateRaw,
        TimeText,
        Camera,
        Address,
        SourceRef,
        Extra,
    };
    static constexpr int fieldCount = static_cast<int>(Field::Extra) + 1;

    // Replaces the previous content; the buffer keeps its capacity. The
    // plate columns are null only when their string is null; the others are
    // null when empty, as the store keeps them.
    void encode(const MappedRead& read);
    // nullopt: the column is NULL.
    std::optional<QByteArrayView> field(Field field) const;

private:
    void add(Field field, const QString& text, bool emptyIsNull);

    QByteArray m_bytes;
    std::array<qsizetype, fieldCount> m_offset{};
    std::array<qsizetype, fieldCount> m_size{}; // -1: null
    QStringEncoder m_encoder{QStringEncoder::Utf8};
};

} // namespace pl::core
