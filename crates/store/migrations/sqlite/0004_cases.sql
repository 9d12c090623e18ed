-- Case flows (sqlite): each creditor's bounds for self-service, each claim's pause and hold, the
-- claim timeline (case_events), dispute attachments, and the creditor's own strategies,
-- segments and experiments. The creditor id leads every key, as everywhere.

-- A creditor's bounds; a creditor without a row gets domain::dunning::CasePolicy::default().
CREATE TABLE case_policies (
    creditor_id               INTEGER NOT NULL REFERENCES creditors (id),
    plan_max_months           INTEGER NOT NULL,
    plan_min_instalment_minor INTEGER NOT NULL,
    max_postponement_days     INTEGER NOT NULL,
    max_promise_days          INTEGER NOT NULL,
    plan_grace_days           INTEGER NOT NULL,
    payment_grace_bank_days   INTEGER NOT NULL,
    -- 1: claims of one debtor go out in one letter (case merging by choice).
    merge_letters             INTEGER NOT NULL DEFAULT 0 CHECK (merge_letters IN (0, 1)),
    updated_at                TEXT    NOT NULL,
    PRIMARY KEY (creditor_id)
);

-- A claim's pause and hold. No row: neither. `hold` is the JSON of domain::dunning::Hold
-- (a payment plan keeps its whole schedule there); kind and until are copies for queries.
CREATE TABLE case_flows (
    creditor_id  INTEGER NOT NULL,
    claim_id     INTEGER NOT NULL,
    paused       INTEGER NOT NULL CHECK (paused IN (0, 1)),
    pause_reason TEXT,
    hold_kind    TEXT CHECK (hold_kind IN ('promise', 'postponement', 'plan', 'dispute')),
    hold_until   TEXT,
    hold         TEXT,
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, claim_id),
    FOREIGN KEY (creditor_id, claim_id) REFERENCES claims (creditor_id, id)
);
CREATE INDEX case_flows_held ON case_flows (creditor_id, hold_kind, claim_id) WHERE hold_kind IS NOT NULL;

-- The claim's timeline and the audit of every action on it. Append-only: rows are never edited.
-- An action's idempotency key is stored with a hash of its request, so a repeat is recognised.
CREATE TABLE case_events (
    creditor_id     INTEGER NOT NULL,
    id              INTEGER NOT NULL,
    claim_id        INTEGER NOT NULL,
    at              TEXT    NOT NULL,
    actor           TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    details         TEXT    NOT NULL,
    idempotency_key TEXT,
    request_hash    TEXT,
    PRIMARY KEY (creditor_id, id),
    UNIQUE (creditor_id, idempotency_key),
    FOREIGN KEY (creditor_id, claim_id) REFERENCES claims (creditor_id, id)
);
CREATE INDEX case_events_by_claim ON case_events (creditor_id, claim_id, id);
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;

-- Files a debtor sent with a dispute. The store refuses more than 10 MB per file.
CREATE TABLE dispute_attachments (
    creditor_id  INTEGER NOT NULL,
    id           INTEGER NOT NULL,
    claim_id     INTEGER NOT NULL,
    event_id     INTEGER NOT NULL,
    filename     TEXT    NOT NULL,
    content_type TEXT    NOT NULL,
    size_bytes   INTEGER NOT NULL CHECK (size_bytes <= 10485760),
    sha256       TEXT    NOT NULL,
    content      BLOB    NOT NULL,
    created_at   TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, id),
    FOREIGN KEY (creditor_id, event_id) REFERENCES case_events (creditor_id, id)
);
CREATE INDEX dispute_attachments_by_claim ON dispute_attachments (creditor_id, claim_id, id);

-- A creditor's own ladders, one per kind of debtor and segment ('' for every segment); the
-- defaults in data/dunning apply where none is stored. `body` is the strategy as JSON.
CREATE TABLE creditor_strategies (
    creditor_id INTEGER NOT NULL REFERENCES creditors (id),
    debtor      TEXT    NOT NULL CHECK (debtor IN ('consumer', 'business')),
    segment     TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, debtor, segment)
);

-- Each debtor's segment as computed by the latest run, with the reasons as JSON.
CREATE TABLE debtor_segments (
    creditor_id INTEGER NOT NULL,
    debtor_id   INTEGER NOT NULL,
    segment     TEXT    NOT NULL,
    reasons     TEXT    NOT NULL,
    computed_on TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, debtor_id),
    FOREIGN KEY (creditor_id, debtor_id) REFERENCES debtors (creditor_id, id)
);

-- Champion/challenger experiments; `arms` is JSON. Assignment is a stable hash, never stored.
CREATE TABLE experiments (
    creditor_id INTEGER NOT NULL REFERENCES creditors (id),
    id          INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    arms        TEXT    NOT NULL,
    active      INTEGER NOT NULL CHECK (active IN (0, 1)),
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, id),
    UNIQUE (creditor_id, name)
);
