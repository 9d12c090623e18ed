-- The KPI dirty marks (0009) per statement instead of per row (PostgreSQL only: SQLite has no
-- statement-level triggers). A daily run changes the state of thousands of claims and inserts
-- thousands of dunning steps in one statement each; a row-level trigger ran a PL/pgSQL function
-- and an INSERT per row, these run one INSERT … SELECT per statement over its transition table.
-- The marks are the same rows as before: a claim whose state changed, a claim that took a step.

DROP TRIGGER kpi_claim_state_changed ON claims;
DROP TRIGGER kpi_dunning_step_taken ON dunning_steps;
DROP FUNCTION purr_kpi_claim_dirty();
DROP FUNCTION purr_kpi_step_dirty();

-- Transition tables cannot be combined with a column list (`UPDATE OF state`), so the trigger
-- fires on every UPDATE of claims and compares old and new state itself.
CREATE FUNCTION purr_kpi_claims_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO kpi_dirty (creditor_id, claim_id)
    SELECT DISTINCT n.creditor_id, n.id
    FROM kpi_new_claims n JOIN kpi_old_claims o ON o.creditor_id = n.creditor_id AND o.id = n.id
    WHERE o.state IS DISTINCT FROM n.state
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE FUNCTION purr_kpi_steps_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO kpi_dirty (creditor_id, claim_id)
    SELECT DISTINCT creditor_id, claim_id FROM kpi_new_steps
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER kpi_claim_state_changed AFTER UPDATE ON claims
REFERENCING OLD TABLE AS kpi_old_claims NEW TABLE AS kpi_new_claims
FOR EACH STATEMENT EXECUTE FUNCTION purr_kpi_claims_dirty();
CREATE TRIGGER kpi_dunning_step_taken AFTER INSERT ON dunning_steps
REFERENCING NEW TABLE AS kpi_new_steps
FOR EACH STATEMENT EXECUTE FUNCTION purr_kpi_steps_dirty();
