#include "core/crypto/SecretBytes.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace pl::core {

SecretBytes::SecretBytes(size_t size)
    : m_size(size) {
    if (size == 0)
        return;
    if (!Sodium::initialize())
        throw std::bad_alloc();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecretBytes::SecretBytes(const void* data, size_t size)
    : SecretBytes(size) {
    if (size)
        std::memcpy(m_data, data, size);
}

SecretBytes::~SecretBytes() {
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(size_t size) {
    SecretBytes out(size);
    if (size)
        randombytes_buf(out.m_data, size);
    return out;
}

SecretBytes SecretBytes::fromString(const QString& text) {
    QByteArray utf8 = text.toUtf8();
    return takeFrom(utf8);
}

SecretBytes SecretBytes::takeFrom(QByteArray& source) {
    SecretBytes out(source.constData(), static_cast<size_t>(source.size()));
    Sodium::wipe(source);
    return out;
}

SecretBytes SecretBytes::clone() const {
    return SecretBytes(m_data, m_size);
}

bool SecretBytes::equals(const SecretBytes& other) const {
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecretBytes SecretBytes::toHex() const {
    SecretBytes out(m_size * 2 + 1);
    if (m_size)
        sodium_bin2hex(reinterpret_cast<char*>(out.m_data), out.m_size, m_data, m_size);
    // Drop the terminating NUL from the logical size; the buffer keeps it.
    out.m_size = m_size * 2;
    return out;
}

int SecretBytes::characterCount() const {
    int count = 0;
    for (size_t i = 0; i < m_size; ++i) {
        if ((m_data[i] & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

void SecretBytes::clear() {
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

} // namespace pl::core
