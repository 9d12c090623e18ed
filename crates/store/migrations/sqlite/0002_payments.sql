-- Imported bank payment files and every payment line in them (sqlite). The creditor id leads
-- every key and index, as in the foundation schema. Money is integer minor units plus a
-- currency; dates are ISO text; what the matcher found is kept as JSON text.

CREATE TABLE payment_files (
    creditor_id INTEGER NOT NULL REFERENCES creditors (id),
    id          INTEGER NOT NULL,
    sha256      TEXT    NOT NULL,
    format      TEXT    NOT NULL,
    file_name   TEXT,
    line_count  INTEGER NOT NULL,
    imported_at TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, id),
    -- The same file (by content) is imported once per creditor.
    UNIQUE (creditor_id, sha256)
);

CREATE TABLE payments (
    creditor_id     INTEGER NOT NULL,
    id              INTEGER NOT NULL,
    file_id         INTEGER NOT NULL,
    line            INTEGER NOT NULL,
    kind            TEXT    NOT NULL,
    bank_ref        TEXT,
    amount_minor    INTEGER NOT NULL,
    currency        TEXT    NOT NULL,
    booking_date    TEXT,
    reference       TEXT,
    payer_name      TEXT,
    message         TEXT,
    status          TEXT    NOT NULL CHECK (status IN ('matched', 'partial', 'overpaid', 'unmatched', 'resolved')),
    confidence      INTEGER NOT NULL,
    reason          TEXT    NOT NULL,
    -- JSON: [{"claim_id": 1, "amount_minor": 100}, ...]; empty list while unmatched.
    matched_claims  TEXT    NOT NULL,
    -- Money that went to a credit balance (overpayment), minor units.
    credit_minor    INTEGER NOT NULL,
    -- JSON: [{"claim_id": 1, "why": "near_reference"}, ...] for a person deciding by hand.
    suggestions     TEXT    NOT NULL,
    -- payment:<creditor>:<bank_ref or file-hash:line>; the same line is booked once.
    idempotency_key TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    resolved_at     TEXT,
    PRIMARY KEY (creditor_id, id),
    UNIQUE (creditor_id, idempotency_key),
    FOREIGN KEY (creditor_id, file_id) REFERENCES payment_files (creditor_id, id)
);
CREATE INDEX payments_by_status ON payments (creditor_id, status, id);
CREATE INDEX payments_by_file ON payments (creditor_id, file_id, line);

-- The queue a person works through: payments nothing was booked for yet.
CREATE VIEW unmatched_payments AS SELECT * FROM payments WHERE status = 'unmatched';
