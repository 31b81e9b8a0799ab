#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QString>

namespace pl::core {

class Clock;
struct NewAdministrator;
struct StationLogin;
struct KdfParams;

// The way into a store: key-slot checks, lockout, password verification,
// and the creation of a new store. Station's public login()/create() call here.
class Authenticator {
public:
    // Unwraps the database key with userName's password. Refuses locked and
    // deactivated accounts without trying the password. Counts a wrong
    // password, locks the account at the policy's threshold, and seals every
    // failure into the key-slot file for the audit trail.
    static Result<SecretBytes> openSlot(const QString& databasePath, const QString& userName,
                                        const SecretBytes& password, Session::Client client,
                                        const Clock& clock);

    static Result<StationLogin> login(const QString& databasePath, const QString& userName,
                                      const SecretBytes& password, Session::Client client,
                                      const Clock& clock);
    static Result<StationLogin> create(const QString& databasePath, NewAdministrator admin,
                                       Session::Client client, const Clock& clock,
                                       const KdfParams& kdf);
};

} // namespace pl::core
