-- Case merging (one letter per debtor): the steps a creditor that merges takes on one day for
-- one debtor, step kind and channel go out as one outbox message that names every claim.
--
-- A claim's step is staged here in the transaction that books it: which message it belongs to
-- (the message's idempotency key, `merge:<date>:<debtor>:<step>:<channel>`), its deadline and
-- what the step's own message would have carried (the payload of a one-claim message). The
-- message itself is written once, whole, after the run's last batch (`Store::queue_merged_letters`),
-- so a debtor whose claims fall in different batches still gets one letter, and a worker never
-- sends a letter that a later batch would have added to. The rows stay: they are the join
-- between a message and its claims.
CREATE TABLE outbox_claims (
    creditor_id INTEGER NOT NULL,
    claim_id    INTEGER NOT NULL,
    step_no     INTEGER NOT NULL,
    message_key TEXT    NOT NULL,
    deadline    TEXT,
    payload     TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, claim_id, step_no)
);
CREATE INDEX outbox_claims_by_message ON outbox_claims (creditor_id, message_key, claim_id);

-- The merged messages still to be written: one row per message key, from the first staged step
-- until the message is queued (then the row is deleted, in the same transaction). A run killed
-- before that leaves them here, and the next run writes them.
CREATE TABLE merged_letters_pending (
    creditor_id    INTEGER NOT NULL,
    message_key    TEXT    NOT NULL,
    -- The first claim staged: messages are queued in (creditor, first claim) order, the order in
    -- which an uninterrupted run stages them, so their ids do not depend on where a run was killed.
    first_claim_id INTEGER NOT NULL,
    debtor_id      INTEGER NOT NULL,
    step           TEXT    NOT NULL,
    channel        TEXT    NOT NULL,
    language       TEXT    NOT NULL,
    sent_on        TEXT    NOT NULL,
    template       TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, message_key)
);
CREATE INDEX merged_letters_pending_in_order ON merged_letters_pending (creditor_id, first_claim_id, message_key);
