// libFuzzer target for the key-slot file, the one input PlateLedger parses
// before anyone has proven a password. The input is the JSON body; the target
// frames it with the magic line and a valid checksum so that the parser
// behind the checksum is what gets exercised. Build with
//   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DPL_BUILD_FUZZERS=ON
//   build-fuzz/tests/fuzz/fuzz_keyslotfile tests/fuzz/corpus/keyslotfile
#include "core/store/KeySlotFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto parsed = pl::core::KeySlotFile::parse(pl::core::KeySlotFile::frame(body),
                                               QStringLiteral("fuzz.keys"));
    if (parsed) {
        // Whatever parses must look up names and serialise again without harm.
        (void)parsed.value().findSlot(QStringLiteral("someone"));
        (void)pl::core::KeySlotFile::parse(
            pl::core::KeySlotFile::frame(
                QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size))),
            QString());
    }
    return 0;
}
