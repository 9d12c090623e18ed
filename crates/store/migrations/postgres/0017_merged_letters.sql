-- Case merging (one letter per debtor): the steps a creditor that merges takes on one day for
-- one debtor, step kind and channel go out as one outbox message whose payload names every claim
-- (`{"claims": [each claim's step payload with its "claim" id], "date", "deadline", "template"}`).
--
-- The letter is drafted here while the run books its batches: the first step of a letter writes
-- the row (keyed by the letter's idempotency key `merge:<date>:<debtor>:<step>:<channel>`), a
-- later batch's steps are appended to it, in the same transaction as their steps. After the run's
-- last batch every draft is queued as one outbox message and the table is emptied, in one
-- transaction (`Store::queue_merged_letters`): a debtor whose claims fall in different batches
-- still gets one letter, and a worker never sends a letter that a later batch would have added to.
-- A run killed before that leaves its drafts here, and the next run queues them.
CREATE TABLE merged_letters_pending (
    creditor_id    BIGINT NOT NULL,
    message_key    TEXT    NOT NULL,
    debtor_id      BIGINT NOT NULL,
    step           TEXT    NOT NULL,
    channel        TEXT    NOT NULL,
    language       TEXT    NOT NULL,
    sent_on        TEXT    NOT NULL,
    template       TEXT    NOT NULL,
    -- The first claim and how many there are: a letter of one claim keeps that claim's id.
    first_claim_id BIGINT NOT NULL,
    claim_count    BIGINT NOT NULL,
    -- The earliest of the claims' deadlines: the letter's one deadline.
    deadline       TEXT,
    -- The claims' step payloads, comma-separated JSON objects, in claim order.
    parts          TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, message_key)
);
