#pragma once

#include <QString>

namespace pl::core {

// Windows-1252 ("ANSI" on Western Windows), which Qt 6 cannot decode without
// ICU. Latin-1 is not a substitute: 0x80–0x9F hold € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž
// ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ. The five bytes Windows leaves undefined (0x81,
// 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as the
// WHATWG Encoding Standard does, so decoding never fails.
class Windows1252 {
public:
    static QString decode(const char* data, qsizetype size);
    // Decodes into `out`, reusing its capacity when it is not shared.
    static void decodeInto(QString& out, const char* data, qsizetype size);

    static char16_t toUnicode(unsigned char byte) {
        return byte >= 0x80 && byte <= 0x9F ? s_c1[byte - 0x80] : char16_t(byte);
    }

private:
    static const char16_t s_c1[32];
};

} // namespace pl::core
