-- API keys can be revoked from the dashboard: a revoked key stays listed (who made it, when) but
-- no longer opens the API. NULL while the key is live.
ALTER TABLE api_keys ADD COLUMN revoked_at TEXT;
