-- The creditor dashboard (PostgreSQL): KPI aggregates, staff users and their sessions, and the audit trail.
-- As everywhere, the creditor id leads every key and index.

-- Per creditor: how far the KPI aggregates have read. Claim and ledger-entry ids are handed out
-- per creditor under a row lock in `id_counters` and committed in order, so "every id above the
-- watermark" is exactly what the aggregates have not seen yet.
CREATE TABLE kpi_state (
    creditor_id     BIGINT NOT NULL REFERENCES creditors (id),
    claim_watermark BIGINT NOT NULL,
    entry_watermark BIGINT NOT NULL,
    refreshed_at    TEXT    NOT NULL,
    PRIMARY KEY (creditor_id)
);

-- Claims whose state changed or that took a dunning step since the last refresh (the ledger and
-- new claims are found by watermark instead, so bulk imports pay nothing here).
CREATE TABLE kpi_dirty (
    creditor_id BIGINT NOT NULL,
    claim_id    BIGINT NOT NULL,
    PRIMARY KEY (creditor_id, claim_id)
);

-- The claims one refresh is working on (copied out of kpi_dirty first, so a claim marked while
-- the refresh runs stays marked for the next one).
CREATE TABLE kpi_work (
    creditor_id BIGINT NOT NULL,
    claim_id    BIGINT NOT NULL,
    PRIMARY KEY (creditor_id, claim_id)
);

-- One row per claim: what the claim contributes to the aggregate below, so a changed claim can
-- take its old contribution back out. Derived only from claims, ledger_entries and dunning_steps.
CREATE TABLE kpi_claim_facts (
    creditor_id       BIGINT NOT NULL,
    claim_id          BIGINT NOT NULL,
    currency          TEXT    NOT NULL,
    due_date          TEXT    NOT NULL,
    state             TEXT    NOT NULL,
    last_step_no      BIGINT NOT NULL,
    last_step_kind    TEXT    NOT NULL,
    principal_minor   BIGINT NOT NULL,
    outstanding_minor BIGINT NOT NULL,
    paid_minor        BIGINT NOT NULL,
    paid_14_minor     BIGINT NOT NULL,
    paid_30_minor     BIGINT NOT NULL,
    paid_60_minor     BIGINT NOT NULL,
    paid_90_minor     BIGINT NOT NULL,
    resolved          BIGINT NOT NULL CHECK (resolved IN (0, 1)),
    resolve_days      BIGINT NOT NULL,
    PRIMARY KEY (creditor_id, claim_id)
);

-- The dashboard reads only this: sums per (creditor, currency, due date, state, last step).
CREATE TABLE kpi_buckets (
    creditor_id       BIGINT NOT NULL,
    currency          TEXT    NOT NULL,
    due_date          TEXT    NOT NULL,
    state             TEXT    NOT NULL,
    last_step_no      BIGINT NOT NULL,
    last_step_kind    TEXT    NOT NULL,
    claims            BIGINT NOT NULL,
    principal_minor   BIGINT NOT NULL,
    outstanding_minor BIGINT NOT NULL,
    paid_minor        BIGINT NOT NULL,
    paid_14_minor     BIGINT NOT NULL,
    paid_30_minor     BIGINT NOT NULL,
    paid_60_minor     BIGINT NOT NULL,
    paid_90_minor     BIGINT NOT NULL,
    resolved          BIGINT NOT NULL,
    resolve_days      BIGINT NOT NULL,
    PRIMARY KEY (creditor_id, currency, due_date, state, last_step_no, last_step_kind)
);

-- Staff of a creditor who sign in to the dashboard. Only an argon2 hash of the password is kept.
CREATE TABLE staff_users (
    creditor_id   BIGINT NOT NULL REFERENCES creditors (id),
    id            BIGINT NOT NULL,
    email         TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'agent', 'read_only')),
    disabled      BIGINT NOT NULL CHECK (disabled IN (0, 1)),
    created_at    TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, id),
    UNIQUE (creditor_id, email)
);

-- Signed-in sessions. The cookie holds the creditor id and a random token; only the token's
-- SHA-256 is stored. Each session has its own CSRF token for the forms it is shown.
CREATE TABLE staff_sessions (
    creditor_id BIGINT NOT NULL,
    token_hash  TEXT    NOT NULL,
    user_id     BIGINT NOT NULL,
    csrf_token  TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    expires_at  TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, token_hash),
    FOREIGN KEY (creditor_id, user_id) REFERENCES staff_users (creditor_id, id)
);

-- Every change made by a person or an API key: who, when, what, and the state before and after
-- (JSON text). Append-only, like the ledger.
CREATE TABLE audit_log (
    creditor_id  BIGINT NOT NULL,
    id           BIGINT NOT NULL,
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
CREATE FUNCTION purr_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION purr_refuse_audit_change();

-- A claim's state change or a new dunning step marks the claim for the next KPI refresh.
CREATE FUNCTION purr_kpi_claim_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO kpi_dirty (creditor_id, claim_id) VALUES (NEW.creditor_id, NEW.id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE FUNCTION purr_kpi_step_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO kpi_dirty (creditor_id, claim_id) VALUES (NEW.creditor_id, NEW.claim_id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER kpi_claim_state_changed AFTER UPDATE OF state ON claims
FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION purr_kpi_claim_dirty();
CREATE TRIGGER kpi_dunning_step_taken AFTER INSERT ON dunning_steps
FOR EACH ROW EXECUTE FUNCTION purr_kpi_step_dirty();
