#include "core/store/Migrations.h"

#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>

namespace pl::core {

namespace {

class MigrationText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::Migrations)
public:
    static QString newer(int found, int known) {
        return tr("This store was written by a newer version of PlateLedger (schema version %1; "
                  "this version knows up to %2). Use the newer PlateLedger; nothing was changed.")
            .arg(found)
            .arg(known);
    }
    static QString stepFailed(int version, const QString& why) {
        return tr("Updating the store to schema version %1 failed; the store was left as it "
                  "was. %2")
            .arg(version)
            .arg(why);
    }
};

Status createInitialSchema(Database& db) {
    // application_id is written here too, so it rolls back with the step.
    return db.exec(R"sql(
PRAGMA application_id = 1347175495;

CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value BLOB
) WITHOUT ROWID;

CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL
                         CHECK (role IN ('agent', 'investigator', 'supervisor', 'administrator')),
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    training_completed   TEXT,
    password_changed_utc TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    created_utc          TEXT NOT NULL,
    deactivated_utc      TEXT
);

CREATE TABLE settings (
    key         TEXT PRIMARY KEY NOT NULL,
    value       TEXT NOT NULL,
    changed_utc TEXT NOT NULL,
    changed_by  INTEGER REFERENCES users(id)
) WITHOUT ROWID;

CREATE TABLE audit_events (
    seq          INTEGER PRIMARY KEY,
    time_utc     TEXT NOT NULL,
    user_id      INTEGER,
    user_name    TEXT NOT NULL,
    on_behalf_of TEXT,
    action       TEXT NOT NULL,
    target_kind  TEXT,
    target       TEXT,
    case_number  TEXT,
    reason       TEXT,
    details      TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    prev_hash    BLOB NOT NULL,
    hash         BLOB NOT NULL
);
CREATE INDEX audit_events_time ON audit_events (time_utc);
CREATE INDEX audit_events_action ON audit_events (action);

-- The newest event, kept by trigger, so that removing events from the end of
-- the chain is detectable too.
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash BLOB NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, zeroblob(32));

CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only: UPDATE refused');
END;
CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only: DELETE refused');
END;
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
WHEN NEW.seq IS NOT (SELECT seq + 1 FROM audit_head WHERE id = 1)
  OR NEW.prev_hash IS NOT (SELECT hash FROM audit_head WHERE id = 1)
BEGIN
    SELECT RAISE(ABORT, 'audit event does not extend the chain head');
END;
CREATE TRIGGER audit_events_advance_head AFTER INSERT ON audit_events
BEGIN
    UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
END;
CREATE TRIGGER audit_head_keep BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'the audit head cannot be removed');
END;

-- Ids of events sealed before login (failed attempts) already written to the
-- trail, so a crash between the two writes cannot record one twice.
CREATE TABLE ingested_events (
    id BLOB PRIMARY KEY NOT NULL
) WITHOUT ROWID;
)sql");
}

} // namespace

const std::vector<Migrations::Step>& Migrations::steps() {
    static const std::vector<Step> all = {
        {1, "accounts, settings, audit trail", createInitialSchema},
    };
    return all;
}

int Migrations::latestVersion() {
    return steps().back().version;
}

Result<int> Migrations::currentVersion(Database& db) {
    auto version = db.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    return static_cast<int>(version.value());
}

Result<int> Migrations::migrate(Database& db, const std::vector<Step>& steps) {
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    const int before = current.value();
    const int latest = steps.empty() ? 0 : steps.back().version;
    if (before > latest)
        return Error(ErrorCode::NewerSchema, MigrationText::newer(before, latest), before);

    for (const Step& step : steps) {
        if (step.version <= before)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        Status applied = step.apply(db);
        if (applied) {
            // user_version cannot be a bound parameter; the number is ours, not input.
            const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(step.version);
            applied = db.exec(bump.constData());
        }
        if (applied)
            applied = tx.value().commit();
        if (!applied)
            return Error(applied.error().code(),
                         MigrationText::stepFailed(step.version, applied.error().message()));
    }
    return before;
}

} // namespace pl::core
