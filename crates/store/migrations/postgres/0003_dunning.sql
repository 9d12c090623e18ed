-- The dunning engine's record of steps taken: one row per claim and rung of its ladder. The
-- primary key makes a step impossible to take twice; `run_key` is the idempotency key its ledger
-- entries and outbox row share (`run:<date>:<claim>:<step>`).
CREATE TABLE dunning_steps (
    creditor_id BIGINT  NOT NULL,
    claim_id    BIGINT  NOT NULL,
    step_no     BIGINT  NOT NULL,
    kind        TEXT    NOT NULL,
    sent_on     TEXT    NOT NULL,
    deadline    TEXT,
    -- The fee letters reported to the law engine for this step, comma-separated fee kinds.
    fee_kinds   TEXT    NOT NULL,
    channel     TEXT    NOT NULL,
    run_key     TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, claim_id, step_no),
    FOREIGN KEY (creditor_id, claim_id) REFERENCES claims (creditor_id, id)
);
