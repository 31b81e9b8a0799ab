#include "tests/support/Checks.h"

namespace pl::core {

char* toString(ErrorCode code) {
    const char* name = "unknown";
    switch (code) {
    case ErrorCode::InvalidArgument:
        name = "InvalidArgument";
        break;
    case ErrorCode::PermissionDenied:
        name = "PermissionDenied";
        break;
    case ErrorCode::NotFound:
        name = "NotFound";
        break;
    case ErrorCode::AlreadyExists:
        name = "AlreadyExists";
        break;
    case ErrorCode::Io:
        name = "Io";
        break;
    case ErrorCode::Database:
        name = "Database";
        break;
    case ErrorCode::Crypto:
        name = "Crypto";
        break;
    case ErrorCode::Busy:
        name = "Busy";
        break;
    case ErrorCode::Cancelled:
        name = "Cancelled";
        break;
    case ErrorCode::StoreNotFound:
        name = "StoreNotFound";
        break;
    case ErrorCode::StoreAlreadyExists:
        name = "StoreAlreadyExists";
        break;
    case ErrorCode::NotAStore:
        name = "NotAStore";
        break;
    case ErrorCode::StoreCorrupt:
        name = "StoreCorrupt";
        break;
    case ErrorCode::KeySlotMissing:
        name = "KeySlotMissing";
        break;
    case ErrorCode::KeySlotCorrupt:
        name = "KeySlotCorrupt";
        break;
    case ErrorCode::NewerSchema:
        name = "NewerSchema";
        break;
    case ErrorCode::EncryptionUnavailable:
        name = "EncryptionUnavailable";
        break;
    case ErrorCode::WrongCredentials:
        name = "WrongCredentials";
        break;
    case ErrorCode::AccountLocked:
        name = "AccountLocked";
        break;
    case ErrorCode::AccountDeactivated:
        name = "AccountDeactivated";
        break;
    case ErrorCode::TrainingMissing:
        name = "TrainingMissing";
        break;
    case ErrorCode::TrainingExpired:
        name = "TrainingExpired";
        break;
    case ErrorCode::PasswordPolicy:
        name = "PasswordPolicy";
        break;
    case ErrorCode::SessionNotActive:
        name = "SessionNotActive";
        break;
    }
    return qstrdup(name);
}

} // namespace pl::core
