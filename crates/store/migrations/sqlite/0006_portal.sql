-- The debtor portal: its per-creditor signing secret, used sign-in links, sessions, guessing
-- counters, messages to the creditor, survey answers and its audit trail. Like every table,
-- each carries the creditor id first in its key.

-- One random secret per creditor signs the sign-in links printed in letters.
CREATE TABLE portal_secrets (
    creditor_id INTEGER NOT NULL REFERENCES creditors (id),
    secret_hex  TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (creditor_id)
);

-- A sign-in link's nonce is written here on its first use: only that first session may change
-- anything, later uses of the same link only read.
CREATE TABLE portal_link_uses (
    creditor_id INTEGER NOT NULL,
    nonce       TEXT    NOT NULL,
    debtor_id   INTEGER NOT NULL,
    used_at     TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, nonce),
    FOREIGN KEY (creditor_id, debtor_id) REFERENCES debtors (creditor_id, id)
);

-- Sessions are found by the SHA-256 of the cookie's token, never by the token itself.
CREATE TABLE portal_sessions (
    creditor_id INTEGER NOT NULL,
    token_hash  TEXT    NOT NULL,
    debtor_id   INTEGER NOT NULL,
    csrf        TEXT    NOT NULL,
    can_write   INTEGER NOT NULL CHECK (can_write IN (0, 1)),
    method      TEXT    NOT NULL,
    expires_at  TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, token_hash),
    FOREIGN KEY (creditor_id, debtor_id) REFERENCES debtors (creditor_id, id)
);

-- Failed sign-in attempts per bucket ("ip:…", "ref:…") and fixed time window.
CREATE TABLE portal_attempts (
    creditor_id INTEGER NOT NULL,
    bucket      TEXT    NOT NULL,
    window_start TEXT   NOT NULL,
    attempts    INTEGER NOT NULL,
    PRIMARY KEY (creditor_id, bucket, window_start)
);

CREATE TABLE portal_messages (
    creditor_id INTEGER NOT NULL,
    id          INTEGER NOT NULL,
    debtor_id   INTEGER NOT NULL,
    claim_id    INTEGER,
    body        TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, id),
    FOREIGN KEY (creditor_id, debtor_id) REFERENCES debtors (creditor_id, id)
);

-- One answer per claim: the one-question satisfaction survey after a claim is settled.
CREATE TABLE portal_survey (
    creditor_id INTEGER NOT NULL,
    claim_id    INTEGER NOT NULL,
    debtor_id   INTEGER NOT NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, claim_id),
    FOREIGN KEY (creditor_id, claim_id) REFERENCES claims (creditor_id, id)
);

-- What debtors did in the portal, for the creditor's audit trail.
CREATE TABLE portal_audit (
    creditor_id INTEGER NOT NULL,
    id          INTEGER NOT NULL,
    debtor_id   INTEGER NOT NULL,
    claim_id    INTEGER,
    action      TEXT    NOT NULL,
    detail      TEXT    NOT NULL,
    at          TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, id)
);
CREATE INDEX portal_audit_by_debtor ON portal_audit (creditor_id, debtor_id, id);
