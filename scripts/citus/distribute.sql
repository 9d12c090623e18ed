-- Spreading Purr's PostgreSQL schema over a Citus cluster, by creditor.
--
-- Run once with psql on the coordinator, after `purr` has created the schema there (any purr
-- command against the database migrates it) and before the book grows large:
--
--   psql "$PURR_DATABASE_URL" -v ON_ERROR_STOP=1 -f scripts/citus/distribute.sql
--
-- Every table that holds a creditor's data carries `creditor_id` first in its primary key and in
-- every unique constraint, and every foreign key between such tables includes it, so each table
-- is distributed by `creditor_id` and all of one creditor's rows sit together on one worker: a
-- creditor's transactions (an import, a batch of the daily run, a payment file) stay on one node.
-- `creditors` and the law overrides are small and read by everyone: reference tables, copied to
-- every node. `schema_migrations` stays on the coordinator, which runs Purr's migrations.
--
-- The store's test `citus::the_schema_is_ready_to_distribute_by_creditor` checks this plan
-- against the migrated schema: every table appears here exactly once, in an order where a table
-- comes after the tables its foreign keys point to, and each distributed table keeps the rules
-- above. A migration that adds a table must add it here.
--
-- Purr's triggers (append-only ledger, audit trail, case events and deliveries; the KPI dirty
-- marks) only read or write rows of the same creditor, so they run on the shard that fires them;
-- Citus asks for that to be confirmed:
DO $$ BEGIN
    EXECUTE format('ALTER DATABASE %I SET citus.enable_unsafe_triggers = on', current_database());
END $$;
SET citus.enable_unsafe_triggers = on;

-- local: schema_migrations
SELECT create_reference_table('creditors');
SELECT create_reference_table('law_overrides');

-- The tenant's root, then everything in foreign-key order, all in one colocation group.
SELECT create_distributed_table('debtors', 'creditor_id');
SELECT create_distributed_table('claims', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('ledger_entries', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('dunning_steps', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('case_flows', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('case_events', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('dispute_attachments', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('customer_status', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('debtor_segments', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('outbox', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('deliveries', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('merged_letters_pending', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('payment_files', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('payments', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('portal_secrets', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('portal_sessions', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('portal_link_uses', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('portal_messages', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('portal_attempts', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('portal_audit', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('portal_survey', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('staff_users', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('staff_sessions', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('api_keys', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('audit_log', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('case_policies', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('creditor_strategies', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('experiments', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('letter_templates', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('retention_policies', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('gdpr_erasing', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('id_counters', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('kpi_state', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('kpi_buckets', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('kpi_claim_facts', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('kpi_dirty', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('kpi_work', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('webhook_subscriptions', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('webhook_events', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('webhook_deliveries', 'creditor_id', colocate_with => 'debtors');
SELECT create_distributed_table('webhook_attempts', 'creditor_id', colocate_with => 'debtors');
