-- GDPR (PostgreSQL): each creditor's retention settings per purpose, the day a debtor was
-- erased, and the one narrow exception to the append-only triggers that erasure needs.

-- A creditor's retention period per purpose ('bookkeeping', 'collection'). A creditor without
-- rows gets domain::retention::RetentionPolicy::default_for(jurisdiction), which documents the
-- legal basis of each default.
CREATE TABLE retention_policies (
    creditor_id   BIGINT NOT NULL REFERENCES creditors (id),
    purpose       TEXT   NOT NULL CHECK (purpose IN ('bookkeeping', 'collection')),
    months        BIGINT NOT NULL CHECK (months BETWEEN 0 AND 1200),
    from_year_end BIGINT NOT NULL CHECK (from_year_end IN (0, 1)),
    legal_basis   TEXT   NOT NULL,
    updated_at    TEXT   NOT NULL,
    PRIMARY KEY (creditor_id, purpose)
);

-- Set (to the erasure's date) when the debtor's identity was replaced by a pseudonym.
ALTER TABLE debtors ADD COLUMN erased_on TEXT;
CREATE INDEX debtors_not_erased ON debtors (creditor_id, id) WHERE erased_on IS NULL;

-- Holds a row only inside an erasing transaction (inserted first, deleted before commit; other
-- transactions never see it). While it does, the append-only triggers below let that creditor's
-- audit rows and case events have their text rewritten, and nothing else: who, when and what
-- stay as they were. Deleting stays refused.
CREATE TABLE gdpr_erasing (
    creditor_id BIGINT NOT NULL,
    debtor_id   BIGINT NOT NULL,
    PRIMARY KEY (creditor_id, debtor_id)
);

CREATE OR REPLACE FUNCTION purr_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND EXISTS (SELECT 1 FROM gdpr_erasing g WHERE g.creditor_id = OLD.creditor_id)
       AND NEW.creditor_id = OLD.creditor_id AND NEW.id = OLD.id AND NEW.at = OLD.at
       AND NEW.actor_kind = OLD.actor_kind AND NEW.actor = OLD.actor AND NEW.action = OLD.action
       AND NEW.subject_kind = OLD.subject_kind AND NEW.subject_id = OLD.subject_id THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit trail is append-only';
END $$;

CREATE OR REPLACE FUNCTION purr_refuse_case_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND EXISTS (SELECT 1 FROM gdpr_erasing g WHERE g.creditor_id = OLD.creditor_id)
       AND NEW.creditor_id = OLD.creditor_id AND NEW.id = OLD.id AND NEW.claim_id = OLD.claim_id
       AND NEW.at = OLD.at AND NEW.actor = OLD.actor AND NEW.kind = OLD.kind
       AND NEW.idempotency_key IS NOT DISTINCT FROM OLD.idempotency_key
       AND NEW.request_hash IS NOT DISTINCT FROM OLD.request_hash THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'case events are append-only';
END $$;

-- Deliveries: erasure may drop the stored bytes and rewrite the address and detail; the hash,
-- size, channel, status and time stay as the proof of what was sent.
CREATE OR REPLACE FUNCTION purr_refuse_delivery_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND EXISTS (SELECT 1 FROM gdpr_erasing g WHERE g.creditor_id = OLD.creditor_id)
       AND NEW.creditor_id = OLD.creditor_id AND NEW.id = OLD.id AND NEW.outbox_id = OLD.outbox_id
       AND NEW.idempotency_key = OLD.idempotency_key AND NEW.attempt = OLD.attempt
       AND NEW.channel = OLD.channel AND NEW.status = OLD.status AND NEW.content_type = OLD.content_type
       AND NEW.sha256 IS NOT DISTINCT FROM OLD.sha256 AND NEW.bytes = OLD.bytes AND NEW.at = OLD.at THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'deliveries are append-only';
END $$;
