-- Purr's foundation schema for SQLite. Every table carries the creditor id and has it in every
-- key, so the PostgreSQL twin of this schema can be distributed by creditor. Flags are 0/1 integers (the same in both backends); dates are ISO
-- 'YYYY-MM-DD' text; money is integer minor units plus a currency code; timestamps are RFC 3339.

CREATE TABLE creditors (
    id                  INTEGER PRIMARY KEY,
    legal_name          TEXT    NOT NULL,
    org_number          TEXT    NOT NULL,
    jurisdiction        TEXT    NOT NULL CHECK (jurisdiction IN ('SE', 'NO')),
    default_language    TEXT    NOT NULL,
    bankgiro            TEXT,
    plusgiro            TEXT,
    no_account          TEXT,
    iban                TEXT,
    bic                 TEXT,
    reference_scheme    TEXT    NOT NULL,
    reminder_fee_agreed INTEGER NOT NULL CHECK (reminder_fee_agreed IN (0, 1)),
    allocation_order    TEXT    NOT NULL,
    created_at          TEXT    NOT NULL
);

CREATE TABLE id_counters (
    creditor_id INTEGER NOT NULL REFERENCES creditors (id),
    kind        TEXT    NOT NULL,
    next_id     INTEGER NOT NULL,
    PRIMARY KEY (creditor_id, kind)
);

CREATE TABLE api_keys (
    creditor_id INTEGER NOT NULL REFERENCES creditors (id),
    key_id      TEXT    NOT NULL,
    secret_hash TEXT    NOT NULL,
    label       TEXT    NOT NULL,
    role        TEXT    NOT NULL CHECK (role IN ('admin', 'agent', 'read_only')),
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, key_id)
);

CREATE TABLE debtors (
    creditor_id INTEGER NOT NULL REFERENCES creditors (id),
    id          INTEGER NOT NULL,
    external_id TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('consumer', 'business')),
    name        TEXT    NOT NULL,
    national_id TEXT,
    street      TEXT    NOT NULL,
    postal_code TEXT    NOT NULL,
    city        TEXT    NOT NULL,
    country     TEXT    NOT NULL,
    email       TEXT,
    phone       TEXT,
    language    TEXT    NOT NULL,
    channels    TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, id),
    UNIQUE (creditor_id, external_id)
);

CREATE TABLE claims (
    creditor_id       INTEGER NOT NULL REFERENCES creditors (id),
    id                INTEGER NOT NULL,
    debtor_id         INTEGER NOT NULL,
    invoice_number    TEXT    NOT NULL,
    issue_date        TEXT    NOT NULL,
    due_date          TEXT    NOT NULL,
    due_date_agreed   INTEGER NOT NULL CHECK (due_date_agreed IN (0, 1)),
    currency          TEXT    NOT NULL,
    principal_minor   INTEGER NOT NULL CHECK (principal_minor > 0),
    payment_reference TEXT,
    contract_rate     TEXT,
    state             TEXT    NOT NULL,
    content_hash      TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, id),
    UNIQUE (creditor_id, invoice_number),
    FOREIGN KEY (creditor_id, debtor_id) REFERENCES debtors (creditor_id, id)
);
CREATE INDEX claims_by_state ON claims (creditor_id, state, id);
CREATE INDEX claims_by_debtor ON claims (creditor_id, debtor_id);

CREATE TABLE ledger_entries (
    creditor_id     INTEGER NOT NULL,
    id              INTEGER NOT NULL,
    claim_id        INTEGER NOT NULL,
    kind            TEXT    NOT NULL,
    component       TEXT    NOT NULL CHECK (component IN ('principal', 'fees', 'interest', 'credit')),
    amount_minor    INTEGER NOT NULL,
    currency        TEXT    NOT NULL,
    effective_date  TEXT    NOT NULL,
    reverses_id     INTEGER,
    reason          TEXT    NOT NULL,
    idempotency_key TEXT,
    recorded_at     TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, id),
    FOREIGN KEY (creditor_id, claim_id) REFERENCES claims (creditor_id, id)
);
CREATE INDEX ledger_by_claim ON ledger_entries (creditor_id, claim_id, id);
-- One idempotency key books its entries once; the entries of one external event share the key.
CREATE INDEX ledger_by_key ON ledger_entries (creditor_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- Architecture invariant: the ledger is append-only. The database refuses edits and deletions.
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only: book a reversal instead'); END;
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only: book a reversal instead'); END;

-- Messages waiting to be (or already) sent. Filled by the dunning engine; part of the digest.
CREATE TABLE outbox (
    creditor_id     INTEGER NOT NULL,
    id              INTEGER NOT NULL,
    claim_id        INTEGER,
    debtor_id       INTEGER NOT NULL,
    step            TEXT    NOT NULL,
    channel         TEXT    NOT NULL,
    language        TEXT    NOT NULL,
    payload         TEXT    NOT NULL,
    idempotency_key TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, id),
    UNIQUE (creditor_id, idempotency_key)
);

-- Law-table overrides set at run time (`purr rates set`). Installation-wide reference data, the
-- one kind of table without a creditor: every creditor's claims follow the same law.
CREATE TABLE law_overrides (
    id          INTEGER PRIMARY KEY,
    table_name  TEXT NOT NULL,
    valid_from  TEXT NOT NULL,
    value       TEXT NOT NULL,
    source      TEXT NOT NULL,
    set_by      TEXT NOT NULL,
    set_at      TEXT NOT NULL
);
