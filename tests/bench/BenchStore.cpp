#include "tests/bench/BenchStore.h"

#include "core/common/Clock.h"
#include "core/consent/ConsentText.h"
#include "core/crypto/KdfParams.h"
#include "core/crypto/SecretBytes.h"

#include <QFileInfo>

namespace pl::bench {

namespace {
const QString kAdmin = QStringLiteral("benchadmin");
const QString kPassword = QStringLiteral("Bench-Mark-Pass-1");
} // namespace

core::Result<BenchStore> openBenchStore(const QString& path, const core::Clock& clock) {
    BenchStore store;
    store.reused = QFileInfo::exists(path);
    auto login =
        store.reused
            ? core::Station::login(path, kAdmin, core::SecretBytes::fromString(kPassword),
                                   core::Session::Client::Cli, clock)
            : core::Station::create(path,
                                    {kAdmin, QStringLiteral("Bench"),
                                     core::SecretBytes::fromString(kPassword),
                                     clock.nowUtc().date().addDays(-1)},
                                    core::Session::Client::Cli, clock, core::KdfParams::minimal());
    if (!login)
        return login.error();
    auto consent = core::ConsentText::load(QStringLiteral("en"));
    if (!consent)
        return consent.error();
    if (auto accepted =
            login.value().station->acceptConsent(login.value().session, consent.value());
        !accepted)
        return accepted.error();
    store.login = std::move(login.value());
    return store;
}

} // namespace pl::bench
