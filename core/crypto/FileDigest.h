#pragma once

#include <QByteArray>

#include <optional>

class QIODevice;

namespace pl::core {

// SHA-256 of everything a device has left to read, streamed in blocks.
// Through OpenSSL's libcrypto (which SQLCipher already uses), whose SHA-256
// uses the processor's SHA instructions where it has them: about ten times
// faster than a portable implementation on large import files (see
// docs/benchmarks.md). nullopt: the device failed to read.
std::optional<QByteArray> sha256Of(QIODevice& device);

} // namespace pl::core
