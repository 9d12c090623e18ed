-- Webhooks: a creditor's subscriptions, the events written in the same transaction as their
-- cause, one delivery row per (subscription, event) and the log of every attempt. Like every
-- table, each carries the creditor id first in every key and index.

-- `event_types` is a comma-wrapped list (",claim.paid,step.taken,") so one LIKE answers
-- "is anyone listening for this type". A deleted subscription keeps its row (the delivery log
-- refers to it) with `deleted_at` set and `active` 0.
CREATE TABLE webhook_subscriptions (
    creditor_id BIGINT NOT NULL REFERENCES creditors (id),
    id          BIGINT NOT NULL,
    url         TEXT    NOT NULL,
    secret      TEXT    NOT NULL,
    event_types TEXT    NOT NULL,
    description TEXT,
    active      BIGINT NOT NULL CHECK (active IN (0, 1)),
    created_at  TEXT    NOT NULL,
    deleted_at  TEXT,
    PRIMARY KEY (creditor_id, id)
);
CREATE INDEX webhook_subscriptions_active ON webhook_subscriptions (creditor_id, active);

-- `event_id` is derived from the cause (`claim.paid:<claim>:e<entry>`, `step.taken:<run key>`,
-- `payment.unmatched:<payment key>`, …), so writing the same cause twice writes one event.
CREATE TABLE webhook_events (
    creditor_id BIGINT NOT NULL REFERENCES creditors (id),
    seq         BIGINT NOT NULL,
    event_id    TEXT    NOT NULL,
    event_type  TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, seq),
    UNIQUE (creditor_id, event_id)
);

-- One row per (subscription, event): pending until a 2xx answer (delivered) or the last
-- attempt (failed). `next_attempt_ms` is Unix milliseconds; a worker takes a row by moving it
-- forward (a lease), so two workers never send the same row at once.
CREATE TABLE webhook_deliveries (
    creditor_id     BIGINT NOT NULL,
    subscription_id BIGINT NOT NULL,
    event_seq       BIGINT NOT NULL,
    state           TEXT    NOT NULL CHECK (state IN ('pending', 'delivered', 'failed', 'cancelled')),
    attempts        BIGINT NOT NULL,
    next_attempt_ms BIGINT NOT NULL,
    last_status     BIGINT,
    last_error      TEXT,
    delivered_at    TEXT,
    created_at      TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, subscription_id, event_seq),
    FOREIGN KEY (creditor_id, subscription_id) REFERENCES webhook_subscriptions (creditor_id, id),
    FOREIGN KEY (creditor_id, event_seq) REFERENCES webhook_events (creditor_id, seq)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (creditor_id, next_attempt_ms) WHERE state = 'pending';

-- Every attempt, as sent and answered.
CREATE TABLE webhook_attempts (
    creditor_id     BIGINT NOT NULL,
    subscription_id BIGINT NOT NULL,
    event_seq       BIGINT NOT NULL,
    attempt_no      BIGINT NOT NULL,
    attempted_at    TEXT    NOT NULL,
    status_code     BIGINT,
    error           TEXT,
    duration_ms     BIGINT NOT NULL,
    outcome         TEXT    NOT NULL CHECK (outcome IN ('delivered', 'retry', 'failed')),
    next_attempt_ms BIGINT,
    PRIMARY KEY (creditor_id, subscription_id, event_seq, attempt_no),
    FOREIGN KEY (creditor_id, subscription_id, event_seq)
        REFERENCES webhook_deliveries (creditor_id, subscription_id, event_seq)
);
