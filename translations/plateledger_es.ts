<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>PlateLedger — accountable license-plate-reader workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open or create the store at &lt;path&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a throw-away demo store with one user per role and print their credentials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User interface language (en, es).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo store cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo store (deleted when PlateLedger exits): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo accounts:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::app::AuditListCommand</name>
    <message>
        <source>audit list [--limit N] [--before SEQ]
    The newest audit events as tab-separated lines: seq, time (UTC), user, on behalf of, action, outcome, target kind, target, case, reason, details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs a positive whole number.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::app::AuditVerifyCommand</name>
    <message>
        <source>audit verify
    Check the audit trail's hash chain. Exit code 0 only if it is intact; otherwise %1 and the first broken event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit trail intact: %1 events verified, chain head #%2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit trail BROKEN at event #%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified %1 of %2 events</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::app::CliApplication</name>
    <message>
        <source>Usage: plateledger-cli [--store PATH] [--user NAME] COMMAND [OPTIONS]

The store defaults to %1.
Passwords are read from the terminal, or from the environment variable PLATELEDGER_PASSWORD for scripts; never from the command line.
Every command that opens the store prints the permitted-use notice and is recorded in the audit trail.

Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the command failed, 2 bad command line, 3 log-in refused, 4 store unavailable, 5 not allowed for your role, 6 audit trail broken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command "%1". Run plateledger-cli --help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected options for this command: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This command needs --user NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password of %1 must be changed before continuing. Run:
  plateledger-cli --store %2 --user %1 passwd</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::app::CliArguments</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passwords are never taken on the command line, where other users and the shell history can see them. Set PLATELEDGER_PASSWORD or answer the prompt.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::app::InfoCommand</name>
    <message>
        <source>info
    The store's summary: schema version, counts, audit chain head.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (this program knows up to %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 active of %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit chain head</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::app::InitCommand</name>
    <message>
        <source>init --admin NAME [--display-name TEXT] [--training-date YYYY-MM-DD]
    Create a new store and its first administrator (training recorded as of today unless given).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>init needs --admin NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The training date %1 is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created store %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key-slot file %1 (back it up together with the store: neither opens without the other).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::app::PasswdCommand</name>
    <message>
        <source>passwd
    Change your password (also when it is due). The current one comes from PLATELEDGER_PASSWORD or the prompt, the new one from PLATELEDGER_NEW_PASSWORD or the prompt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::app::PasswordSource</name>
    <message>
        <source>No password given: run on a terminal to be asked, or set %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::core::AccountService</name>
    <message>
        <source>A user name has 2 to 64 characters: letters, digits, dot, dash or underscore, starting with a letter or digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the person's full name (up to 100 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no such user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The training date cannot be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The training date is not plausible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You cannot do this to your own account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the last active administrator; make another user an administrator first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account is deactivated; reactivate it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account is already active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a reason for deactivating the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::core::AuditLog</name>
    <message>
        <source>Event #%1 is missing (deleted) before %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events #%1 to #%2 are missing (deleted) before %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not link to the event before it: an event was deleted, inserted or moved here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not match its recorded hash: it was edited or moved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chain head records event #%1 but the last event is #%2: the newest events were deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chain head does not match event #%1: the newest event was replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event #%1 (%2, %3 by %4)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::core::Authenticator</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator if you need access.</source>
        <translation>Esta cuenta está desactivada. Pida acceso a un administrador si lo necesita.</translation>
    </message>
    <message>
        <source>Too many failed log-in attempts: this account is locked until %1. An administrator can unlock it sooner.</source>
        <translation>Demasiados intentos fallidos: esta cuenta está bloqueada hasta las %1. Un administrador puede desbloquearla antes.</translation>
    </message>
    <message>
        <source>The key-slot file %1 belongs to a different store than %2; the store was not opened.</source>
        <translation>El archivo de claves %1 pertenece a otro almacén distinto de %2; el almacén no se abrió.</translation>
    </message>
    <message>
        <source>This account has a key but no record in the store. Ask an administrator to check the account.</source>
        <translation>Esta cuenta tiene clave pero no tiene registro en el almacén. Pida a un administrador que revise la cuenta.</translation>
    </message>
    <message>
        <source>There is no training record for this account. An administrator must record your completed training before you can log in.</source>
        <translation>No hay registro de formación para esta cuenta. Un administrador debe registrar su formación antes de que pueda iniciar sesión.</translation>
    </message>
    <message>
        <source>Your training expired on %1. An administrator must record your refresher training before you can log in.</source>
        <translation>Su formación caducó el %1. Un administrador debe registrar su formación de actualización antes de que pueda iniciar sesión.</translation>
    </message>
    <message>
        <source>A key-slot file already exists at %1; choose another location for the new store.</source>
        <translation>Ya existe un archivo de claves en %1; elija otra ubicación para el nuevo almacén.</translation>
    </message>
</context>
<context>
    <name>pl::core::ConsentText</name>
    <message>
        <source>The consent text is missing from this build of PlateLedger; nobody can log in without it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::core::Database</name>
    <message>
        <source>The store file %1 cannot be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database library in use does not encrypt (SQLCipher is not active); refusing to continue so nothing is written unencrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store is in use by another PlateLedger program; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store operation failed (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store file cannot be decrypted or is not a database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store file is damaged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::core::KeySlotFile</name>
    <message>
        <source>The key-slot file %1 is missing. The store cannot be opened without it; restore it from the backup made with the store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key-slot file %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key-slot file %1 is damaged (its checksum or structure is wrong). Restore it from the backup made with the store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key-slot file %1 has format version %2, which this version of PlateLedger does not know. Use a newer PlateLedger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key-slot file %1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key-slot file %1 is locked by another PlateLedger program; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::core::KeyWrap</name>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation>No hay memoria suficiente para derivar la clave de la contraseña.</translation>
    </message>
    <message>
        <source>The key slot is malformed.</source>
        <translation>La ranura de clave está dañada.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
</context>
<context>
    <name>pl::core::Migrations</name>
    <message>
        <source>This store was written by a newer version of PlateLedger (schema version %1; this version knows up to %2). Use the newer PlateLedger; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updating the store to schema version %1 failed; the store was left as it was. %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::core::PasswordPolicy</name>
    <message>
        <source>A password needs at least %1 characters and three of: lower-case letters, upper-case letters, digits, other characters. It may not contain the user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is too short: at least %1 characters are required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password needs three of: lower-case letters, upper-case letters, digits, other characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password may not contain the user name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::core::PolicySettings</name>
    <message>
        <source>Failed log-in attempts before lockout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lockout duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the session after idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password must be changed every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum password length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training is valid for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no setting %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::core::Roles</name>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Investigador</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>pl::core::SealedBox</name>
    <message>
        <source>The store's event key is malformed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sealed event could not be decrypted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::core::Sodium</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::core::Statement</name>
    <message>
        <source>Store query failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store is in use by another PlateLedger program; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store file is damaged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::core::Station</name>
    <message>
        <source>This session has ended; log in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The permitted-use terms have not been accepted in this session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change your password before continuing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The session is locked; enter your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The session is not locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account has been deactivated; this session can no longer be used.</source>
        <translation>Su cuenta ha sido desactivada; esta sesión ya no puede utilizarse.</translation>
    </message>
</context>
<context>
    <name>pl::core::Store</name>
    <message>
        <source>There is no store at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file already exists at %1; choose another location for the new store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a PlateLedger store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a PlateLedger store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store %1 is damaged and cannot be read. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store %1 was written without encryption; it has been removed. Check the SQLCipher installation.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::ui::AdminPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::ui::AuditEventModel</name>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::ui::AuditPage</name>
    <message>
        <source>Verify the audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Older events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Audit trail&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every event holds the SHA-256 of the one before it. Verification recomputes the whole chain and names the first event that was edited, deleted or moved. Verifying and viewing are recorded too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show latest events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s) verified. Chain head #%1, SHA-256 %2.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>BROKEN at event #%1. %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repita la nueva contraseña:</translation>
    </message>
    <message>
        <source>The two new passwords differ; type them again.</source>
        <translation>Las dos contraseñas nuevas no coinciden; escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>pl::ui::ConsentDialog</name>
    <message>
        <source>PlateLedger — Permitted use</source>
        <translation>PlateLedger — Uso permitido</translation>
    </message>
    <message>
        <source>Text version %1 · SHA-256 %2</source>
        <translation>Versión del texto %1 · SHA-256 %2</translation>
    </message>
    <message>
        <source>Decline and log out</source>
        <translation>Rechazar y cerrar sesión</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Acepto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>pl::ui::FormDialog</name>
    <message>
        <source>Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temporary password:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::ui::LockScreen</name>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Session locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sesión bloqueada&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This session of %1 (%2) was locked after a period without activity. Only %1 can unlock it. Anyone else must log it out first.</source>
        <translation>Esta sesión de %1 (%2) se bloqueó tras un periodo sin actividad. Solo %1 puede desbloquearla. Cualquier otra persona debe cerrarla primero.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
</context>
<context>
    <name>pl::ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>PlateLedger — Log in</source>
        <translation>PlateLedger — Inicio de sesión</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PlateLedger&lt;/h2&gt;License-plate-reader workstation</source>
        <translation>&lt;h2&gt;PlateLedger&lt;/h2&gt;Estación de lectores de matrículas</translation>
    </message>
    <message>
        <source>Authorized users only. Every log-in, search and change is recorded with your name in a tamper-evident audit trail.</source>
        <translation>Solo usuarios autorizados. Cada inicio de sesión, búsqueda y cambio queda registrado con su nombre en una pista de auditoría a prueba de manipulaciones.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>pl::ui::MainWindow</name>
    <message>
        <source>PlateLedger</source>
        <translation>PlateLedger</translation>
    </message>
    <message>
        <source>An LPR read is never the sole basis for enforcement action. Verify every read against its image and confirm it by independent means.</source>
        <translation>Una lectura LPR nunca es la única base de una actuación. Verifique cada lectura con su imagen y confírmela por medios independientes.</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2) · %3</source>
        <translation>Sesión de %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cámaras</translation>
    </message>
    <message>
        <source>Hot list</source>
        <translation>Lista de alertas</translation>
    </message>
    <message>
        <source>Map and timeline</source>
        <translation>Mapa y cronología</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Pista de auditoría</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Search reads by plate (exact, wildcard, partial or similar), time, place and device, always with a case number and a reason, and verify each read against its image.</source>
        <translation>Buscar lecturas por matrícula (exacta, comodín, parcial o similar), fecha, lugar y dispositivo, siempre con número de caso y motivo, y verificar cada lectura con su imagen.</translation>
    </message>
    <message>
        <source>Import the spreadsheets of covert and mobile plate readers (CSV, Excel) with their provenance; rejected rows are kept with their reason.</source>
        <translation>Importar las hojas de cálculo de lectores encubiertos y móviles (CSV, Excel) con su procedencia; las filas rechazadas se conservan con su motivo.</translation>
    </message>
    <message>
        <source>Read plates live from attached USB and IP cameras, or replay recorded video.</source>
        <translation>Leer matrículas en directo de cámaras USB e IP conectadas, o reproducir vídeo grabado.</translation>
    </message>
    <message>
        <source>Keep alert lists of plates for active matters; a matching read alerts only the officer who added the entry.</source>
        <translation>Mantener listas de alerta de matrículas para asuntos activos; una lectura coincidente solo avisa al agente que añadió la entrada.</translation>
    </message>
    <message>
        <source>See where and when a searched plate was read, on an offline map and a timeline.</source>
        <translation>Ver dónde y cuándo se leyó una matrícula buscada, en un mapa sin conexión y una cronología.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;Permitted use…</source>
        <translation>&amp;Uso permitido…</translation>
    </message>
    <message>
        <source>&amp;About PlateLedger</source>
        <translation>&amp;Acerca de PlateLedger</translation>
    </message>
    <message>
        <source>About PlateLedger</source>
        <translation>Acerca de PlateLedger</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PlateLedger %1&lt;/h3&gt;&lt;p&gt;An accountable license-plate-reader workstation: every query, purge and verification can be proven afterwards from a tamper-evident audit trail.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PlateLedger %1&lt;/h3&gt;&lt;p&gt;Una estación de lectores de matrículas que rinde cuentas: cada consulta, purga y verificación puede demostrarse después mediante una pista de auditoría a prueba de manipulaciones.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pl::ui::PlaceholderPage</name>
    <message>
        <source>Not available yet in this version of PlateLedger. Nothing on this page reads or changes data.</source>
        <translation>Todavía no disponible en esta versión de PlateLedger. Nada en esta página lee ni modifica datos.</translation>
    </message>
</context>
<context>
    <name>pl::ui::PolicyPanel</name>
    <message>
        <source>These values apply to every user of the station. Each change is recorded in the audit trail with its old and new value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::ui::SessionController</name>
    <message>
        <source>Choose a password for the administrator.</source>
        <translation>Elija una contraseña para el administrador.</translation>
    </message>
    <message>
        <source>An administrator has set a temporary password for you. Choose your own password to continue.</source>
        <translation>Un administrador le ha asignado una contraseña temporal. Elija su propia contraseña para continuar.</translation>
    </message>
    <message numerus="yes">
        <source>Your password is older than %n day(s) and must be changed before you continue.</source>
        <translation>
            <numerusform>Su contraseña tiene más de %n día y debe cambiarla antes de continuar.</numerusform>
            <numerusform>Su contraseña tiene más de %n días y debe cambiarla antes de continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>PlateLedger — Change your password</source>
        <translation>PlateLedger — Cambie su contraseña</translation>
    </message>
    <message>
        <source>The password was not changed; you have been logged out.</source>
        <translation>La contraseña no se cambió; se ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>The permitted-use text is missing from this build; nobody can log in.</source>
        <translation>Falta el texto de uso permitido en esta versión; nadie puede iniciar sesión.</translation>
    </message>
    <message>
        <source>You declined the permitted-use terms; the session has ended.</source>
        <translation>Rechazó las condiciones de uso permitido; la sesión ha terminado.</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>The locked session was logged out.</source>
        <translation>Se cerró la sesión bloqueada.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
</context>
<context>
    <name>pl::ui::SetupDialog</name>
    <message>
        <source>Create store</source>
        <translation>Crear almacén</translation>
    </message>
    <message>
        <source>PlateLedger — Create the station store</source>
        <translation>PlateLedger — Crear el almacén de la estación</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Create the station store&lt;/h3&gt;&lt;p&gt;There is no PlateLedger store here yet. The store is one encrypted file; a key-slot file beside it lets each user open it with their own password. Keep both files together and back them up together.&lt;/p&gt;&lt;p&gt;The first account is the station administrator. Administrators create the other users, record their training and set the policy values.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crear el almacén de la estación&lt;/h3&gt;&lt;p&gt;Todavía no hay un almacén de PlateLedger aquí. El almacén es un único archivo cifrado; un archivo de claves junto a él permite a cada usuario abrirlo con su propia contraseña. Mantenga ambos archivos juntos y haga sus copias de seguridad juntos.&lt;/p&gt;&lt;p&gt;La primera cuenta es la del administrador de la estación. Los administradores crean los demás usuarios, registran su formación y fijan los valores de la política.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Administrator &amp;user name:</source>
        <translation>&amp;Usuario administrador:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>&amp;Training completed on:</source>
        <translation>&amp;Formación completada el:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Archivo del almacén</translation>
    </message>
    <message>
        <source>PlateLedger stores (*.plstore)</source>
        <translation>Almacenes de PlateLedger (*.plstore)</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Las dos contraseñas no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::ui::UserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit user %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new user logs in with the temporary password below and must change it at the first log-in. Without a training record the user cannot log in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training completed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temporary password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::ui::UserTableModel</name>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No training record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active · temporary password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n failed log-in attempt(s) since the last success</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pl::ui::UsersPanel</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record training…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New user…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reactivate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User %1 created. Give them the temporary password; they must change it at the first log-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record training of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date the user completed the permitted-use training. Training is valid for the number of days set in the policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training of %1 recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user's old password stops working at once. They log in with the temporary password and must change it. A lockout is cleared too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password of %1 reset; they must change it at the next log-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A deactivated user cannot log in; their key to the store is removed. Their audit history stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User %1 deactivated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user gets a new temporary password and must change it at the next log-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User %1 reactivated.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>