-- GDPR (SQLite): each creditor's retention settings per purpose, the day a debtor was erased,
-- and the one narrow exception to the append-only triggers that erasure needs.

-- A creditor's retention period per purpose ('bookkeeping', 'collection'). A creditor without
-- rows gets domain::retention::RetentionPolicy::default_for(jurisdiction), which documents the
-- legal basis of each default.
CREATE TABLE retention_policies (
    creditor_id   INTEGER NOT NULL REFERENCES creditors (id),
    purpose       TEXT    NOT NULL CHECK (purpose IN ('bookkeeping', 'collection')),
    months        INTEGER NOT NULL CHECK (months BETWEEN 0 AND 1200),
    from_year_end INTEGER NOT NULL CHECK (from_year_end IN (0, 1)),
    legal_basis   TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    PRIMARY KEY (creditor_id, purpose)
);

-- Set (to the erasure's date) when the debtor's identity was replaced by a pseudonym.
ALTER TABLE debtors ADD COLUMN erased_on TEXT;
CREATE INDEX debtors_not_erased ON debtors (creditor_id, id) WHERE erased_on IS NULL;

-- Holds a row only inside an erasing transaction (inserted first, deleted before commit). While
-- it does, the append-only triggers below let that creditor's audit rows and case events have
-- their text rewritten, and nothing else: who, when and what stay as they were.
CREATE TABLE gdpr_erasing (
    creditor_id INTEGER NOT NULL,
    debtor_id   INTEGER NOT NULL,
    PRIMARY KEY (creditor_id, debtor_id)
);

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT EXISTS (SELECT 1 FROM gdpr_erasing g WHERE g.creditor_id = OLD.creditor_id)
  OR NEW.creditor_id IS NOT OLD.creditor_id OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at
  OR NEW.actor_kind IS NOT OLD.actor_kind OR NEW.actor IS NOT OLD.actor OR NEW.action IS NOT OLD.action
  OR NEW.subject_kind IS NOT OLD.subject_kind OR NEW.subject_id IS NOT OLD.subject_id
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

DROP TRIGGER case_events_no_update;
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
WHEN NOT EXISTS (SELECT 1 FROM gdpr_erasing g WHERE g.creditor_id = OLD.creditor_id)
  OR NEW.creditor_id IS NOT OLD.creditor_id OR NEW.id IS NOT OLD.id OR NEW.claim_id IS NOT OLD.claim_id
  OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor OR NEW.kind IS NOT OLD.kind
  OR NEW.idempotency_key IS NOT OLD.idempotency_key OR NEW.request_hash IS NOT OLD.request_hash
BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;

-- Deliveries: erasure may drop the stored bytes and rewrite the address and detail; the hash,
-- size, channel, status and time stay as the proof of what was sent.
DROP TRIGGER deliveries_no_update;
CREATE TRIGGER deliveries_no_update BEFORE UPDATE ON deliveries
WHEN NOT EXISTS (SELECT 1 FROM gdpr_erasing g WHERE g.creditor_id = OLD.creditor_id)
  OR NEW.creditor_id IS NOT OLD.creditor_id OR NEW.id IS NOT OLD.id OR NEW.outbox_id IS NOT OLD.outbox_id
  OR NEW.idempotency_key IS NOT OLD.idempotency_key OR NEW.attempt IS NOT OLD.attempt
  OR NEW.channel IS NOT OLD.channel OR NEW.status IS NOT OLD.status OR NEW.content_type IS NOT OLD.content_type
  OR NEW.sha256 IS NOT OLD.sha256 OR NEW.bytes IS NOT OLD.bytes OR NEW.at IS NOT OLD.at
BEGIN SELECT RAISE(ABORT, 'deliveries are append-only'); END;
