#include "core/import/Windows1252.h"

namespace pl::core {

// 0x80–0x9F, from the WHATWG index-windows-1252.
const char16_t Windows1252::s_c1[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 0x88
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 0x98
};

QString Windows1252::decode(const char* data, qsizetype size) {
    QString out;
    decodeInto(out, data, size);
    return out;
}

void Windows1252::decodeInto(QString& out, const char* data, qsizetype size) {
    if (!out.isDetached())
        out = QString(); // no need to copy what is about to be overwritten
    out.resize(size);
    QChar* dst = out.data();
    for (qsizetype i = 0; i < size; ++i)
        dst[i] = QChar(toUnicode(static_cast<unsigned char>(data[i])));
}

} // namespace pl::core
