//! API keys: `purr_<creditor>_<key id>_<secret>`. Only the secret's SHA-256 is stored; the
//! creditor id in the key tells which tenant's table to look in, so lookups stay per tenant.

use domain::CreditorId;
use sha2::{Digest, Sha256};
use store::{Actor, ApiKey, Role, Store};

pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

fn random_hex(bytes: usize) -> anyhow::Result<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).map_err(|e| anyhow::anyhow!("no randomness available: {e}"))?;
    Ok(hex::encode(buf))
}

/// Creates a key and returns its full text, which is shown once and never stored.
pub async fn create(store: &Store, creditor: CreditorId, label: &str, role: Role) -> anyhow::Result<String> {
    let key_id = random_hex(4)?;
    let secret = random_hex(16)?;
    store.add_api_key(creditor, &key_id, &hash_secret(&secret), label, role).await?;
    Ok(format!("purr_{}_{key_id}_{secret}", creditor.0))
}

/// Like `create`, with an `api_key.create` audit row naming who made the key (same transaction).
pub async fn create_by(
    store: &Store,
    creditor: CreditorId,
    label: &str,
    role: Role,
    by: &Actor,
) -> anyhow::Result<String> {
    let key_id = random_hex(4)?;
    let secret = random_hex(16)?;
    store.add_api_key_by(creditor, &key_id, &hash_secret(&secret), label, role, by).await?;
    Ok(format!("purr_{}_{key_id}_{secret}", creditor.0))
}

/// Finds the key a request presents. `None` for anything malformed, unknown or revoked.
pub async fn verify(store: &Store, presented: &str) -> Result<Option<ApiKey>, store::StoreError> {
    let mut parts = presented.trim().splitn(4, '_');
    let (Some("purr"), Some(creditor), Some(key_id), Some(secret)) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Ok(None);
    };
    let Ok(creditor) = creditor.parse::<i64>() else { return Ok(None) };
    if key_id.len() > 32 || secret.len() > 128 {
        return Ok(None);
    }
    let Some(key) = store.api_key(CreditorId(creditor), key_id).await?.filter(|k| k.revoked_at.is_none()) else {
        return Ok(None);
    };
    // Compare hashes, not secrets: equal-length hex strings, so timing says nothing about the secret.
    if key.secret_hash != hash_secret(secret) {
        return Ok(None);
    }
    if used_over_a_minute_ago(key.last_used_at.as_deref(), jiff::Timestamp::now()) {
        // Bookkeeping for the admins' key list: a failure here must not refuse the request.
        if let Err(e) = store.touch_api_key(key.creditor_id, &key.key_id).await {
            eprintln!("api key {}: last use not recorded: {e}", key.key_id);
        }
    }
    Ok(Some(key))
}

/// Whether a key's last recorded use (RFC 3339) is older than a minute, or missing.
fn used_over_a_minute_ago(last: Option<&str>, now: jiff::Timestamp) -> bool {
    last.and_then(|t| t.parse::<jiff::Timestamp>().ok())
        .is_none_or(|t| now.duration_since(t) >= jiff::SignedDuration::from_secs(60))
}
