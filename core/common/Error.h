#pragma once

#include <QString>
#include <QVariant>

namespace pl::core {

// What went wrong, as a stable code callers can branch on. The message that
// travels with it is already translated and meant for the user.
enum class ErrorCode {
    InvalidArgument,
    PermissionDenied,
    NotFound,
    AlreadyExists,
    Io,
    Database,
    Crypto,
    Busy,
    Cancelled,
    // Opening or creating a store.
    StoreNotFound,
    StoreAlreadyExists,
    NotAStore,
    StoreCorrupt,
    KeySlotMissing,
    KeySlotCorrupt,
    NewerSchema,
    EncryptionUnavailable,
    // Authentication and sessions.
    WrongCredentials,
    AccountLocked,
    AccountDeactivated,
    TrainingMissing,
    TrainingExpired,
    PasswordPolicy,
    SessionNotActive,
};

class Error {
public:
    Error(ErrorCode code, QString message, QVariant detail = {})
        : m_code(code)
        , m_message(std::move(message))
        , m_detail(std::move(detail)) {}

    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }
    // Machine-readable context where one exists, e.g. the lock expiry of AccountLocked.
    const QVariant& detail() const { return m_detail; }

private:
    ErrorCode m_code;
    QString m_message;
    QVariant m_detail;
};

} // namespace pl::core
