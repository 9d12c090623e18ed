-- Delivery: the outbox worker's state on each message, every attempt with the exact bytes sent,
-- and creditors' own letter templates. The outbox's original columns (what was queued) stay as
-- the dunning run wrote them: they are part of `purr ledger digest`, the worker's columns are not.

ALTER TABLE outbox ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;
-- When the message is next due (RFC 3339 UTC, fixed width); NULL means now.
ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT;
-- The channel the next attempt uses (after fallbacks); NULL means the queued channel.
ALTER TABLE outbox ADD COLUMN current_channel TEXT;
-- A worker's lease: nobody else takes the row until lease_until has passed.
ALTER TABLE outbox ADD COLUMN lease_owner TEXT;
ALTER TABLE outbox ADD COLUMN lease_until TEXT;
ALTER TABLE outbox ADD COLUMN last_error TEXT;
ALTER TABLE outbox ADD COLUMN updated_at TEXT;
CREATE INDEX outbox_by_status ON outbox (creditor_id, status, next_attempt_at);

-- Every attempt to deliver a message, successful or not: the exact bytes handed to the
-- transport (the e-mail as sent, the SMS request body, the letter's PDF), their SHA-256, the
-- channel, address and outcome. Append-only, like the ledger.
CREATE TABLE deliveries (
    creditor_id     BIGINT NOT NULL,
    id              BIGINT NOT NULL,
    outbox_id       BIGINT NOT NULL,
    idempotency_key TEXT    NOT NULL,
    attempt         BIGINT NOT NULL,
    channel         TEXT    NOT NULL,
    address         TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('sent', 'retry', 'rejected', 'failed', 'skipped')),
    detail          TEXT    NOT NULL,
    content_type    TEXT    NOT NULL,
    content         BYTEA,
    sha256          TEXT,
    bytes           BIGINT NOT NULL,
    at              TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, id),
    FOREIGN KEY (creditor_id, outbox_id) REFERENCES outbox (creditor_id, id)
);
CREATE INDEX deliveries_by_key ON deliveries (creditor_id, idempotency_key, status);
CREATE INDEX deliveries_by_message ON deliveries (creditor_id, outbox_id, id);
CREATE FUNCTION purr_refuse_delivery_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'deliveries are append-only';
END $$;
CREATE TRIGGER deliveries_append_only BEFORE UPDATE OR DELETE ON deliveries
FOR EACH ROW EXECUTE FUNCTION purr_refuse_delivery_change();

-- A creditor's own template for (step kind, channel, language). Saved after the syntax check;
-- active only after the legal-content lint passed. The renderer uses an active one, else Purr's.
CREATE TABLE letter_templates (
    creditor_id BIGINT NOT NULL REFERENCES creditors (id),
    step        TEXT    NOT NULL,
    channel     TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    active      BIGINT NOT NULL CHECK (active IN (0, 1)),
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, step, channel, language)
);
