#include "app/cli/CliCommand.h"

namespace pl::app {

int exitCodeFor(const core::Error& error) {
    using core::ErrorCode;
    switch (error.code()) {
    case ErrorCode::WrongCredentials:
    case ErrorCode::AccountLocked:
    case ErrorCode::AccountDeactivated:
    case ErrorCode::TrainingMissing:
    case ErrorCode::TrainingExpired:
    case ErrorCode::SessionNotActive:
        return ExitCode::AuthRefused;
    case ErrorCode::StoreNotFound:
    case ErrorCode::StoreAlreadyExists:
    case ErrorCode::NotAStore:
    case ErrorCode::StoreCorrupt:
    case ErrorCode::KeySlotMissing:
    case ErrorCode::KeySlotCorrupt:
    case ErrorCode::NewerSchema:
    case ErrorCode::EncryptionUnavailable:
        return ExitCode::StoreUnavailable;
    case ErrorCode::PermissionDenied:
        return ExitCode::PermissionDenied;
    default:
        return ExitCode::Failed;
    }
}

int CliContext::fail(const core::Error& error) const {
    err << error.message() << Qt::endl;
    return exitCodeFor(error);
}

} // namespace pl::app
