-- What the creditor's own system says of a debtor as a customer: still one or not, as of a day.
-- The dashboard's retention figure reads it; Purr never guesses it.
CREATE TABLE customer_status (
    creditor_id    INTEGER NOT NULL,
    debtor_id      INTEGER NOT NULL,
    still_customer INTEGER NOT NULL CHECK (still_customer IN (0, 1)),
    as_of          TEXT    NOT NULL,
    reported_at    TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, debtor_id),
    FOREIGN KEY (creditor_id, debtor_id) REFERENCES debtors (creditor_id, id)
);
-- The dashboard counts complaints and self-service actions by kind and time.
CREATE INDEX case_events_by_kind ON case_events (creditor_id, kind, at);
