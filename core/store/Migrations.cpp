#include "core/store/Migrations.h"

#include "core/audit/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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

Status createReadsSchema(Database& db) {
    // Reads and where they came from. Times are UTC milliseconds since the
    // epoch (integers keep the (plate, time) index small and comparisons
    // cheap). One index serves both search by plate and duplicate detection
    // (plate, then time window, then device): unique, so an exact duplicate
    // is found by the insert itself, without a lookup first. There is no
    // index on import_id (it cost 10% of import speed): an import's reads
    // are found from its first read id on, as ids only grow.
    return db.exec(R"sql(
CREATE TABLE devices (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    type        TEXT NOT NULL CHECK (type IN ('covert', 'mobile', 'fixed', 'camera')),
    time_zone   TEXT NOT NULL,
    latitude    REAL,
    longitude   REAL,
    created_utc TEXT NOT NULL,
    created_by  INTEGER REFERENCES users(id)
);

CREATE TABLE import_profiles (
    id          TEXT PRIMARY KEY NOT NULL,
    label       TEXT NOT NULL,
    definition  TEXT NOT NULL,
    created_utc TEXT NOT NULL,
    created_by  INTEGER REFERENCES users(id)
) WITHOUT ROWID;

CREATE TABLE imports (
    id                 INTEGER PRIMARY KEY,
    file_name          TEXT NOT NULL,
    file_path          TEXT NOT NULL,
    file_sha256        TEXT NOT NULL,
    file_size          INTEGER NOT NULL,
    profile_id         TEXT NOT NULL,
    profile_definition TEXT NOT NULL,
    device_id          INTEGER REFERENCES devices(id),
    time_zone          TEXT NOT NULL,
    options            TEXT NOT NULL,
    user_id            INTEGER NOT NULL REFERENCES users(id),
    started_utc        TEXT NOT NULL,
    finished_utc       TEXT,
    status             TEXT NOT NULL
                       CHECK (status IN ('running', 'complete', 'cancelled', 'failed', 'rolled_back')),
    failure            TEXT,
    reimport_confirmed INTEGER NOT NULL DEFAULT 0,
    resume_record      INTEGER NOT NULL DEFAULT 0,
    first_read_id      INTEGER,
    rows_read          INTEGER NOT NULL DEFAULT 0,
    reads_stored       INTEGER NOT NULL DEFAULT 0,
    reads_flagged      INTEGER NOT NULL DEFAULT 0,
    duplicates         INTEGER NOT NULL DEFAULT 0,
    rejected           INTEGER NOT NULL DEFAULT 0,
    skipped            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX imports_sha256 ON imports(file_sha256);

CREATE TABLE reads (
    id              INTEGER PRIMARY KEY,
    plate_raw       TEXT NOT NULL,
    plate           TEXT NOT NULL,
    match_key       TEXT NOT NULL,
    state           TEXT,
    state_raw       TEXT,
    time_ms         INTEGER NOT NULL,
    time_text       TEXT,
    device_id       INTEGER NOT NULL REFERENCES devices(id),
    latitude        REAL,
    longitude       REAL,
    location_source TEXT CHECK (location_source IN ('read', 'device')),
    confidence      REAL,
    heading         REAL,
    camera          TEXT,
    address         TEXT,
    source          TEXT NOT NULL CHECK (source IN ('import', 'live')),
    import_id       INTEGER REFERENCES imports(id),
    source_line     INTEGER,
    source_ref      TEXT,
    flags           TEXT,
    extra           TEXT
);
CREATE UNIQUE INDEX reads_plate_time ON reads(plate, time_ms, device_id);

CREATE TABLE read_images (
    read_id INTEGER NOT NULL REFERENCES reads(id),
    kind    TEXT NOT NULL CHECK (kind IN ('plate', 'overview', 'frame')),
    source  TEXT,
    data    BLOB NOT NULL,
    PRIMARY KEY (read_id, kind)
) WITHOUT ROWID;

CREATE TABLE import_rows (
    import_id INTEGER NOT NULL REFERENCES imports(id),
    line      INTEGER NOT NULL,
    last_line INTEGER NOT NULL,
    outcome   TEXT NOT NULL CHECK (outcome IN ('rejected', 'duplicate')),
    reason    TEXT NOT NULL,
    raw       TEXT NOT NULL
);
CREATE INDEX import_rows_import ON import_rows(import_id, line);
)sql");
}

Status createCamerasSchema(Database& db) {
    // Cameras the station reads plates from itself. Each is a device (name,
    // zone, fixed location) with how to reach it. Credentials are sealed with
    // a key derived from the store key (CredentialCipher), so they never
    // appear in clear, even to someone reading the decrypted tables.
    return db.exec(R"sql(
CREATE TABLE cameras (
    id             INTEGER PRIMARY KEY,
    device_id      INTEGER NOT NULL UNIQUE REFERENCES devices(id),
    kind           TEXT NOT NULL CHECK (kind IN ('usb', 'rtsp', 'mjpeg', 'file')),
    address        TEXT NOT NULL,
    user_name      TEXT,
    credentials    BLOB,
    direction      TEXT,
    active         INTEGER NOT NULL DEFAULT 1,
    window_ms      INTEGER NOT NULL DEFAULT 4000,
    min_confidence REAL NOT NULL DEFAULT 60,
    changed_utc    TEXT NOT NULL,
    changed_by     INTEGER REFERENCES users(id)
);
)sql");
}

Status createCasesSchema(Database& db) {
    // Cases that searches are made for and that hold reads past retention;
    // the statute-of-limitations table that bounds a criminal case's search
    // window; exceptions to that window, decided by a supervisor; and the
    // decisions investigators record on reads. Decisions are only added:
    // a later one does not erase an earlier one.
    return db.exec(R"sql(
CREATE TABLE offense_categories (
    code        TEXT PRIMARY KEY,
    label       TEXT NOT NULL,
    years       INTEGER NOT NULL CHECK (years BETWEEN 1 AND 100),
    changed_utc TEXT,
    changed_by  INTEGER REFERENCES users(id)
);
INSERT INTO offense_categories (code, label, years) VALUES
    ('homicide', 'Homicide', 100),
    ('violent-felony', 'Violent felony', 10),
    ('felony', 'Other felony', 6),
    ('fraud', 'Fraud and financial crime', 5),
    ('property', 'Property crime', 3),
    ('misdemeanor', 'Misdemeanor', 2),
    ('traffic', 'Traffic offense', 1);

CREATE TABLE cases (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('administrative', 'criminal')),
    offense      TEXT REFERENCES offense_categories(code),
    lead_user_id INTEGER REFERENCES users(id),
    opened_utc   TEXT NOT NULL,
    opened_by    INTEGER NOT NULL REFERENCES users(id),
    closed_utc   TEXT,
    closed_by    INTEGER REFERENCES users(id),
    CHECK (kind = 'administrative' OR offense IS NOT NULL)
);

CREATE TABLE case_reads (
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    read_id    INTEGER NOT NULL REFERENCES reads(id),
    linked_utc TEXT NOT NULL,
    linked_by  INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (case_id, read_id)
) WITHOUT ROWID;
CREATE INDEX case_reads_read ON case_reads(read_id);

CREATE TABLE query_exceptions (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id),
    requested_by  INTEGER NOT NULL REFERENCES users(id),
    requested_utc TEXT NOT NULL,
    from_utc      TEXT NOT NULL,
    reason        TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'pending'
                  CHECK (status IN ('pending', 'approved', 'refused')),
    decided_by    INTEGER REFERENCES users(id),
    decided_utc   TEXT,
    decision_note TEXT,
    expires_utc   TEXT,
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX query_exceptions_case ON query_exceptions(case_id, status);

CREATE TABLE verifications (
    id        INTEGER PRIMARY KEY,
    read_id   INTEGER NOT NULL REFERENCES reads(id),
    decision  TEXT NOT NULL CHECK (decision IN ('confirmed', 'mismatch', 'unreadable')),
    corrected TEXT,
    note      TEXT,
    user_id   INTEGER NOT NULL REFERENCES users(id),
    time_utc  TEXT NOT NULL,
    CHECK (decision <> 'mismatch' OR corrected IS NOT NULL)
);
CREATE INDEX verifications_read ON verifications(read_id, id);

CREATE INDEX reads_time ON reads(time_ms);
CREATE INDEX reads_match_key ON reads(match_key);
)sql");
}

Status createHotListSchema(Database& db) {
    // Hot lists: entries of plates of interest, each owned by the person who
    // added it (or imported its list) and alerting only them; lists imported
    // from files, which a re-import replaces; every change to an entry as
    // history (entries are never deleted, a removal keeps its reason); and the
    // alerts new reads raise. An alert keeps its read's plate and time until
    // the read is purged, then only the fact that it happened.
    return db.exec(R"sql(
CREATE TABLE hotlist_lists (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    profile_id  TEXT NOT NULL,
    owner_id    INTEGER NOT NULL REFERENCES users(id),
    case_number TEXT NOT NULL,
    reason      TEXT NOT NULL,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

CREATE TABLE hotlist_imports (
    id           INTEGER PRIMARY KEY,
    list_id      INTEGER NOT NULL REFERENCES hotlist_lists(id),
    user_id      INTEGER NOT NULL REFERENCES users(id),
    file_name    TEXT NOT NULL,
    file_sha256  TEXT NOT NULL,
    profile_id   TEXT NOT NULL,
    profile_json TEXT NOT NULL,
    imported_utc TEXT NOT NULL,
    case_number  TEXT NOT NULL,
    reason       TEXT NOT NULL,
    records      INTEGER NOT NULL DEFAULT 0,
    added        INTEGER NOT NULL DEFAULT 0,
    kept         INTEGER NOT NULL DEFAULT 0,
    removed      INTEGER NOT NULL DEFAULT 0,
    flagged      INTEGER NOT NULL DEFAULT 0,
    rejected     INTEGER NOT NULL DEFAULT 0,
    duplicates   INTEGER NOT NULL DEFAULT 0,
    skipped      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE hotlist_import_rows (
    import_id INTEGER NOT NULL REFERENCES hotlist_imports(id),
    line      INTEGER NOT NULL,
    last_line INTEGER NOT NULL,
    outcome   TEXT NOT NULL CHECK (outcome IN ('rejected', 'duplicate', 'skipped', 'flagged')),
    reason    TEXT NOT NULL,
    raw       TEXT NOT NULL
);
CREATE INDEX hotlist_import_rows_import ON hotlist_import_rows(import_id, line);

CREATE TABLE hotlist_entries (
    id               INTEGER PRIMARY KEY,
    plate_entered    TEXT NOT NULL,
    plate            TEXT NOT NULL,
    match_key        TEXT NOT NULL,
    wildcard         INTEGER NOT NULL DEFAULT 0,
    state            TEXT,
    category         TEXT NOT NULL,
    list_code        TEXT,
    reason           TEXT NOT NULL,
    case_number      TEXT NOT NULL,
    owner_id         INTEGER NOT NULL REFERENCES users(id),
    list_id          INTEGER REFERENCES hotlist_lists(id),
    added_utc        TEXT NOT NULL,
    reviewed_utc     TEXT,
    review_by_utc    TEXT NOT NULL,
    expires_utc      TEXT,
    possible_matches INTEGER NOT NULL DEFAULT 1,
    active           INTEGER NOT NULL DEFAULT 1,
    removed_utc      TEXT,
    removed_by       INTEGER REFERENCES users(id),
    removed_reason   TEXT,
    details          TEXT,
    CHECK (removed_utc IS NULL OR removed_reason IS NOT NULL)
);
CREATE INDEX hotlist_entries_owner ON hotlist_entries(owner_id, removed_utc);
CREATE INDEX hotlist_entries_list ON hotlist_entries(list_id);
CREATE INDEX hotlist_entries_plate ON hotlist_entries(plate);

CREATE TABLE hotlist_history (
    id       INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES hotlist_entries(id),
    change   TEXT NOT NULL
             CHECK (change IN ('added', 'edited', 'reviewed', 'removed', 'imported', 'replaced')),
    user_id  INTEGER REFERENCES users(id),
    time_utc TEXT NOT NULL,
    reason   TEXT,
    details  TEXT
);
CREATE INDEX hotlist_history_entry ON hotlist_history(entry_id, id);
CREATE INDEX hotlist_history_time ON hotlist_history(time_utc);

CREATE TABLE alerts (
    id                INTEGER PRIMARY KEY,
    entry_id          INTEGER NOT NULL REFERENCES hotlist_entries(id),
    owner_id          INTEGER NOT NULL REFERENCES users(id),
    read_id           INTEGER,
    kind              TEXT NOT NULL CHECK (kind IN ('hit', 'possible')),
    read_plate        TEXT,
    read_state        TEXT,
    read_time_ms      INTEGER,
    device_name       TEXT,
    created_utc       TEXT NOT NULL,
    shown_utc         TEXT,
    acknowledged_utc  TEXT,
    acknowledged_note TEXT,
    UNIQUE (entry_id, read_id)
);
CREATE INDEX alerts_owner ON alerts(owner_id, id);
CREATE INDEX alerts_read ON alerts(read_id);
CREATE INDEX alerts_created ON alerts(created_utc);
)sql");
}

Status createSensitiveLocationsSchema(Database& db) {
    // Places the map marks so that reads near them are handled with care
    // (schools, places of worship, medical facilities), kept by an
    // administrator. A removal keeps the row with its reason; rows are never
    // deleted, so what the map showed at any time can be reconstructed.
    return db.exec(R"sql(
CREATE TABLE sensitive_locations (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    category       TEXT NOT NULL CHECK (category IN ('school', 'worship', 'medical', 'other')),
    latitude       REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude      REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    note           TEXT,
    created_utc    TEXT NOT NULL,
    created_by     INTEGER REFERENCES users(id),
    changed_utc    TEXT,
    changed_by     INTEGER REFERENCES users(id),
    removed_utc    TEXT,
    removed_by     INTEGER REFERENCES users(id),
    removed_reason TEXT,
    CHECK (removed_utc IS NULL OR removed_reason IS NOT NULL)
);
CREATE INDEX sensitive_locations_removed ON sensitive_locations(removed_utc);

CREATE TRIGGER sensitive_locations_keep BEFORE DELETE ON sensitive_locations
BEGIN
    SELECT RAISE(ABORT, 'sensitive locations are kept: DELETE refused');
END;
)sql");
}

Status createAuditReviewSchema(Database& db) {
    // What supervisors add to the audit trail without touching it: indexes
    // for the browser's filters, anomaly flags computed from the events, the
    // notes of flags reviewed, and signed periodic reviews. Flags are derived
    // data and may be recomputed when an administrator changes a threshold;
    // reviews and their items are records and are kept.
    Status created = db.exec(R"sql(
-- seq is the rowid, so each of these is also ordered by seq.
CREATE INDEX audit_events_user ON audit_events (user_name COLLATE NOCASE);
CREATE INDEX audit_events_case ON audit_events (case_number COLLATE NOCASE);
CREATE INDEX audit_events_outcome ON audit_events (outcome);

-- The plates an event names (its details' "plate", as recorded), so that the
-- browser can filter by plate. Filled incrementally from the events.
CREATE TABLE audit_event_plates (
    plate TEXT NOT NULL,
    seq   INTEGER NOT NULL REFERENCES audit_events(seq),
    PRIMARY KEY (plate, seq)
) WITHOUT ROWID;

-- How far each derived table has been brought up to date, and with which
-- settings (a digest of the thresholds), so a change recomputes it.
CREATE TABLE audit_derived_state (
    name         TEXT PRIMARY KEY,
    scanned_seq  INTEGER NOT NULL,
    settings     TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- An anomaly rule's finding about one event. facts is JSON from which the
-- explanation is written in the reader's language.
CREATE TABLE audit_flags (
    seq         INTEGER NOT NULL REFERENCES audit_events(seq),
    rule        TEXT NOT NULL,
    facts       TEXT NOT NULL,
    flagged_utc TEXT NOT NULL,
    PRIMARY KEY (seq, rule)
) WITHOUT ROWID;
CREATE INDEX audit_flags_rule ON audit_flags (rule);

-- A supervisor's note that a flagged event was looked at. Kept as written.
CREATE TABLE audit_flag_reviews (
    seq          INTEGER PRIMARY KEY REFERENCES audit_events(seq),
    reviewed_by  INTEGER NOT NULL REFERENCES users(id),
    reviewed_utc TEXT NOT NULL,
    note         TEXT NOT NULL CHECK (length(trim(note)) > 0),
    audit_seq    INTEGER NOT NULL
);
CREATE TRIGGER audit_flag_reviews_keep_update BEFORE UPDATE ON audit_flag_reviews
BEGIN
    SELECT RAISE(ABORT, 'flag reviews are kept as written: UPDATE refused');
END;
CREATE TRIGGER audit_flag_reviews_keep_delete BEFORE DELETE ON audit_flag_reviews
BEGIN
    SELECT RAISE(ABORT, 'flag reviews are kept: DELETE refused');
END;

-- A periodic review of the trail: the period [period_start, period_end) in
-- UTC, the events it covers (first_seq..last_seq) and, once signed, the
-- figures and the hash of the last event covered.
CREATE TABLE audit_reviews (
    id            INTEGER PRIMARY KEY,
    period_start  TEXT NOT NULL,
    period_end    TEXT NOT NULL CHECK (period_end > period_start),
    first_seq     INTEGER,
    last_seq      INTEGER,
    started_by    INTEGER NOT NULL REFERENCES users(id),
    started_utc   TEXT NOT NULL,
    signed_by     INTEGER REFERENCES users(id),
    signed_utc    TEXT,
    note          TEXT,
    events_count  INTEGER,
    flagged_count INTEGER,
    sampled_count INTEGER,
    chain_intact  INTEGER,
    chain_status  TEXT,
    last_hash     BLOB,
    signed_seq    INTEGER,
    CHECK (signed_utc IS NULL OR (signed_by IS NOT NULL AND coalesce(length(trim(note)), 0) > 0))
);
CREATE INDEX audit_reviews_period ON audit_reviews (period_start, period_end);
CREATE TRIGGER audit_reviews_signed_keep BEFORE UPDATE ON audit_reviews
WHEN OLD.signed_utc IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed review is kept as signed: UPDATE refused');
END;
CREATE TRIGGER audit_reviews_keep BEFORE DELETE ON audit_reviews
BEGIN
    SELECT RAISE(ABORT, 'reviews are kept: DELETE refused');
END;

-- The events a review works through: every flagged one in the period and a
-- sample of the others, each checked with an optional note.
CREATE TABLE audit_review_items (
    review_id   INTEGER NOT NULL REFERENCES audit_reviews(id),
    seq         INTEGER NOT NULL REFERENCES audit_events(seq),
    kind        TEXT NOT NULL CHECK (kind IN ('flagged', 'sample')),
    checked_by  INTEGER REFERENCES users(id),
    checked_utc TEXT,
    note        TEXT,
    PRIMARY KEY (review_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER audit_review_items_keep BEFORE DELETE ON audit_review_items
BEGIN
    SELECT RAISE(ABORT, 'review items are kept: DELETE refused');
END;
CREATE TRIGGER audit_review_items_checked_keep BEFORE UPDATE ON audit_review_items
WHEN OLD.checked_utc IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a checked review item is kept as checked: UPDATE refused');
END;
)sql");
    if (!created)
        return created;
    // Index the plates of the events already in the trail. The store's
    // SQLite has no JSON functions, so the details are read here.
    auto stmt =
        db.prepare("SELECT seq, details FROM audit_events WHERE details LIKE '%\"plate\"%'");
    if (!stmt)
        return stmt.error();
    while (true) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        const QJsonObject details = QJsonDocument::fromJson(stmt.value().text(1).toUtf8()).object();
        if (auto indexed = AuditLog::indexPlate(db, stmt.value().integer(0), details); !indexed)
            return indexed;
    }
}

const std::vector<Migrations::Step>& Migrations::steps() {
    static const std::vector<Step> all = {
        {1, "accounts, settings, audit trail", createInitialSchema},
        {2, "devices, imports, reads", createReadsSchema},
        {3, "cameras", createCamerasSchema},
        {4, "cases, query exceptions, verifications", createCasesSchema},
        {5, "hot lists and alerts", createHotListSchema},
        {6, "sensitive locations", createSensitiveLocationsSchema},
        {7, "audit review: filters, anomaly flags, periodic reviews", createAuditReviewSchema},
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
