#pragma once

namespace pl::app {

// plateledger-cli's exit codes; scripts rely on them, so numbers never change.
enum ExitCode : int {
    Ok = 0,
    Failed = 1,           // the command ran and failed
    Usage = 2,            // bad command line
    AuthRefused = 3,      // wrong password, locked, training, password change due
    StoreUnavailable = 4, // missing, damaged, not a store, newer schema, key slots
    PermissionDenied = 5, // the user's role may not do this
    AuditBroken = 6,      // audit verify found a broken chain
    RowsRejected = 7,     // import finished, but some rows were rejected
    ImportFailed = 8,     // import failed or was refused; see the message
};

} // namespace pl::app
