-- When each API key last opened the API (RFC 3339 UTC), for the admins' key list. Written at most
-- once a minute per key, so busy integrations do not turn every read into a write.
ALTER TABLE api_keys ADD COLUMN last_used_at TEXT;
