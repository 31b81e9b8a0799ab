// libFuzzer target for import profiles, which people write by hand and save
// in the store: parsing must refuse bad definitions with a message, never
// crash, and whatever parses must derive and parse again. Seeds: the
// built-in profiles,
//   build-fuzz/tests/fuzz/fuzz_importprofile -max_total_time=60 /tmp/fuzz/profile \
//       resources/import-profiles
#include "core/import/ImportProfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto profile = pl::core::ImportProfile::fromJson(json);
    if (profile) {
        QHash<QString, QStringList> columns;
        for (const pl::core::ProfileField& field : profile->fields)
            columns.insert(field.name, {QStringLiteral("#0")});
        auto derived = profile->derive(QStringLiteral("fuzzed"), QStringLiteral("Fuzzed"), columns);
        (void)derived;
    }
    return 0;
}
