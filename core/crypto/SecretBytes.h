#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace pl::core {

// Owns secret bytes (a password, the database key) in memory allocated by
// libsodium: locked against swapping, guarded, and wiped when released.
// Move-only, so a secret has exactly one owner at any time.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(size_t size);
    SecretBytes(const void* data, size_t size);
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    static SecretBytes random(size_t size);
    // Takes the UTF-8 bytes of a typed password; the temporary copy is wiped.
    static SecretBytes fromString(const QString& text);
    // Copies and then wipes the source buffer.
    static SecretBytes takeFrom(QByteArray& source);

    SecretBytes clone() const;
    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool equals(const SecretBytes& other) const;
    // Lower-case hexadecimal form, itself a secret.
    SecretBytes toHex() const;
    // Counts Unicode code points, for password-length rules.
    int characterCount() const;
    void clear();

private:
    unsigned char* m_data = nullptr;
    size_t m_size = 0;
};

} // namespace pl::core
