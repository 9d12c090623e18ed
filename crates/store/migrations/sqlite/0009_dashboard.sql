-- The creditor dashboard (SQLite): KPI aggregates, staff users and their sessions, and the audit trail.
-- As everywhere, the creditor id leads every key and index.

-- Per creditor: how far the KPI aggregates have read. Claim and ledger-entry ids are handed out
-- per creditor under a row lock in `id_counters` and committed in order, so "every id above the
-- watermark" is exactly what the aggregates have not seen yet.
CREATE TABLE kpi_state (
    creditor_id     INTEGER NOT NULL REFERENCES creditors (id),
    claim_watermark INTEGER NOT NULL,
    entry_watermark INTEGER NOT NULL,
    refreshed_at    TEXT    NOT NULL,
    PRIMARY KEY (creditor_id)
);

-- Claims whose state changed or that took a dunning step since the last refresh (the ledger and
-- new claims are found by watermark instead, so bulk imports pay nothing here).
CREATE TABLE kpi_dirty (
    creditor_id INTEGER NOT NULL,
    claim_id    INTEGER NOT NULL,
    PRIMARY KEY (creditor_id, claim_id)
);

-- The claims one refresh is working on (copied out of kpi_dirty first, so a claim marked while
-- the refresh runs stays marked for the next one).
CREATE TABLE kpi_work (
    creditor_id INTEGER NOT NULL,
    claim_id    INTEGER NOT NULL,
    PRIMARY KEY (creditor_id, claim_id)
);

-- One row per claim: what the claim contributes to the aggregate below, so a changed claim can
-- take its old contribution back out. Derived only from claims, ledger_entries and dunning_steps.
CREATE TABLE kpi_claim_facts (
    creditor_id       INTEGER NOT NULL,
    claim_id          INTEGER NOT NULL,
    currency          TEXT    NOT NULL,
    due_date          TEXT    NOT NULL,
    state             TEXT    NOT NULL,
    last_step_no      INTEGER NOT NULL,
    last_step_kind    TEXT    NOT NULL,
    principal_minor   INTEGER NOT NULL,
    outstanding_minor INTEGER NOT NULL,
    paid_minor        INTEGER NOT NULL,
    paid_14_minor     INTEGER NOT NULL,
    paid_30_minor     INTEGER NOT NULL,
    paid_60_minor     INTEGER NOT NULL,
    paid_90_minor     INTEGER NOT NULL,
    resolved          INTEGER NOT NULL CHECK (resolved IN (0, 1)),
    resolve_days      INTEGER NOT NULL,
    PRIMARY KEY (creditor_id, claim_id)
);

-- The dashboard reads only this: sums per (creditor, currency, due date, state, last step).
CREATE TABLE kpi_buckets (
    creditor_id       INTEGER NOT NULL,
    currency          TEXT    NOT NULL,
    due_date          TEXT    NOT NULL,
    state             TEXT    NOT NULL,
    last_step_no      INTEGER NOT NULL,
    last_step_kind    TEXT    NOT NULL,
    claims            INTEGER NOT NULL,
    principal_minor   INTEGER NOT NULL,
    outstanding_minor INTEGER NOT NULL,
    paid_minor        INTEGER NOT NULL,
    paid_14_minor     INTEGER NOT NULL,
    paid_30_minor     INTEGER NOT NULL,
    paid_60_minor     INTEGER NOT NULL,
    paid_90_minor     INTEGER NOT NULL,
    resolved          INTEGER NOT NULL,
    resolve_days      INTEGER NOT NULL,
    PRIMARY KEY (creditor_id, currency, due_date, state, last_step_no, last_step_kind)
);

-- Staff of a creditor who sign in to the dashboard. Only an argon2 hash of the password is kept.
CREATE TABLE staff_users (
    creditor_id   INTEGER NOT NULL REFERENCES creditors (id),
    id            INTEGER NOT NULL,
    email         TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'agent', 'read_only')),
    disabled      INTEGER NOT NULL CHECK (disabled IN (0, 1)),
    created_at    TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, id),
    UNIQUE (creditor_id, email)
);

-- Signed-in sessions. The cookie holds the creditor id and a random token; only the token's
-- SHA-256 is stored. Each session has its own CSRF token for the forms it is shown.
CREATE TABLE staff_sessions (
    creditor_id INTEGER NOT NULL,
    token_hash  TEXT    NOT NULL,
    user_id     INTEGER NOT NULL,
    csrf_token  TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    expires_at  TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, token_hash),
    FOREIGN KEY (creditor_id, user_id) REFERENCES staff_users (creditor_id, id)
);

-- Every change made by a person or an API key: who, when, what, and the state before and after
-- (JSON text). Append-only, like the ledger.
CREATE TABLE audit_log (
    creditor_id  INTEGER NOT NULL,
    id           INTEGER NOT NULL,
    at           TEXT    NOT NULL,
    actor_kind   TEXT    NOT NULL CHECK (actor_kind IN ('user', 'api_key', 'cli', 'system')),
    actor        TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    subject_kind TEXT    NOT NULL,
    subject_id   TEXT    NOT NULL,
    before_json  TEXT,
    after_json   TEXT,
    reason       TEXT,
    PRIMARY KEY (creditor_id, id)
);
CREATE INDEX audit_by_subject ON audit_log (creditor_id, subject_kind, subject_id, id);

-- Architecture invariant: the audit trail is append-only. The database refuses edits and deletions.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- A claim's state change or a new dunning step marks the claim for the next KPI refresh.
CREATE TRIGGER kpi_claim_state_changed AFTER UPDATE OF state ON claims
WHEN OLD.state <> NEW.state
BEGIN INSERT OR IGNORE INTO kpi_dirty (creditor_id, claim_id) VALUES (NEW.creditor_id, NEW.id); END;
CREATE TRIGGER kpi_dunning_step_taken AFTER INSERT ON dunning_steps
BEGIN INSERT OR IGNORE INTO kpi_dirty (creditor_id, claim_id) VALUES (NEW.creditor_id, NEW.claim_id); END;
