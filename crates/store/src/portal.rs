//! The debtor portal's storage: the per-creditor link secret, used sign-in links, sessions,
//! counters against guessing, messages to the creditor, survey answers and the portal's audit
//! trail, plus the two debtor updates the portal makes (language and channels).
//!
//! Tokens never reach the database in the clear: sessions are stored under the SHA-256 of the
//! cookie's token. The rules (how long a session lives, how many attempts a window allows, how a
//! link is signed) are the caller's; this module stores and counts.

use crate::{Result, Store, StoreError, now_text, reserve_ids};
use domain::{Channel, ClaimId, CreditorId, DebtorId, Language};
use sqlx::Row;

/// A signed-in debtor, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalSession {
    pub creditor: CreditorId,
    pub debtor: DebtorId,
    /// The token every form of this session must echo.
    pub csrf: String,
    /// False for a session opened with a sign-in link that had been used before.
    pub can_write: bool,
    /// How the debtor signed in: "link", "code" or an authenticator's name.
    pub method: String,
    /// RFC 3339.
    pub expires_at: String,
}

/// A new session to store.
#[derive(Debug, Clone)]
pub struct NewPortalSession<'a> {
    pub creditor: CreditorId,
    pub token_hash: &'a str,
    pub debtor: DebtorId,
    pub csrf: &'a str,
    pub can_write: bool,
    pub method: &'a str,
    pub expires_at: &'a str,
}

/// One line of the portal's audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalEvent {
    pub id: i64,
    pub debtor: DebtorId,
    pub claim: Option<ClaimId>,
    pub action: String,
    pub detail: String,
    pub at: String,
}

impl Store {
    /// The creditor's link-signing secret. The first caller's `candidate` (random bytes as hex)
    /// becomes the secret; every later call returns that same stored value.
    pub async fn portal_secret(&self, creditor: CreditorId, candidate_hex: &str) -> Result<String> {
        sqlx::query(
            "INSERT INTO portal_secrets (creditor_id, secret_hex, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (creditor_id) DO NOTHING",
        )
        .bind(creditor.0)
        .bind(candidate_hex)
        .bind(now_text())
        .execute(self.pool())
        .await?;
        let secret: String = sqlx::query_scalar("SELECT secret_hex FROM portal_secrets WHERE creditor_id = $1")
            .bind(creditor.0)
            .fetch_one(self.pool())
            .await?;
        Ok(secret)
    }

    /// Records the use of a sign-in link; true the first time this nonce is used.
    pub async fn use_portal_link(&self, creditor: CreditorId, nonce: &str, debtor: DebtorId) -> Result<bool> {
        let inserted = sqlx::query(
            "INSERT INTO portal_link_uses (creditor_id, nonce, debtor_id, used_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (creditor_id, nonce) DO NOTHING",
        )
        .bind(creditor.0)
        .bind(nonce)
        .bind(debtor.0)
        .bind(now_text())
        .execute(self.pool())
        .await?
        .rows_affected();
        Ok(inserted == 1)
    }

    pub async fn create_portal_session(&self, s: &NewPortalSession<'_>) -> Result<()> {
        sqlx::query(
            "INSERT INTO portal_sessions (creditor_id, token_hash, debtor_id, csrf, can_write, method, expires_at, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(s.creditor.0)
        .bind(s.token_hash)
        .bind(s.debtor.0)
        .bind(s.csrf)
        .bind(i64::from(s.can_write))
        .bind(s.method)
        .bind(s.expires_at)
        .bind(now_text())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The session with this token hash, if it has not expired by `now` (RFC 3339, UTC).
    pub async fn portal_session(
        &self,
        creditor: CreditorId,
        token_hash: &str,
        now: &str,
    ) -> Result<Option<PortalSession>> {
        let row = sqlx::query(
            "SELECT debtor_id, csrf, can_write, method, expires_at FROM portal_sessions \
             WHERE creditor_id = $1 AND token_hash = $2 AND expires_at > $3",
        )
        .bind(creditor.0)
        .bind(token_hash)
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok(PortalSession {
                creditor,
                debtor: DebtorId(r.try_get("debtor_id")?),
                csrf: r.try_get("csrf")?,
                can_write: r.try_get::<i64, _>("can_write")? != 0,
                method: r.try_get("method")?,
                expires_at: r.try_get("expires_at")?,
            })
        })
        .transpose()
    }

    pub async fn end_portal_session(&self, creditor: CreditorId, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM portal_sessions WHERE creditor_id = $1 AND token_hash = $2")
            .bind(creditor.0)
            .bind(token_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Adds one failed attempt to `bucket` in `window` and returns the count so far.
    pub async fn count_portal_attempt(&self, creditor: CreditorId, bucket: &str, window: &str) -> Result<i64> {
        let n: i64 = sqlx::query_scalar(
            "INSERT INTO portal_attempts (creditor_id, bucket, window_start, attempts) VALUES ($1, $2, $3, 1) \
             ON CONFLICT (creditor_id, bucket, window_start) DO UPDATE SET attempts = portal_attempts.attempts + 1 \
             RETURNING attempts",
        )
        .bind(creditor.0)
        .bind(bucket)
        .bind(window)
        .fetch_one(self.pool())
        .await?;
        Ok(n)
    }

    /// Failed attempts recorded for `bucket` in `window`.
    pub async fn portal_attempts(&self, creditor: CreditorId, bucket: &str, window: &str) -> Result<i64> {
        let n: Option<i64> = sqlx::query_scalar(
            "SELECT attempts FROM portal_attempts WHERE creditor_id = $1 AND bucket = $2 AND window_start = $3",
        )
        .bind(creditor.0)
        .bind(bucket)
        .bind(window)
        .fetch_optional(self.pool())
        .await?;
        Ok(n.unwrap_or(0))
    }

    /// The debtor owing the claim with this payment reference at this creditor.
    pub async fn debtor_by_reference(&self, creditor: CreditorId, reference: &str) -> Result<Option<domain::Debtor>> {
        let row = sqlx::query(
            "SELECT d.* FROM claims c JOIN debtors d ON d.creditor_id = c.creditor_id AND d.id = c.debtor_id \
             WHERE c.creditor_id = $1 AND c.payment_reference = $2 LIMIT 1",
        )
        .bind(creditor.0)
        .bind(reference)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(crate::claims::debtor_from_row).transpose()
    }

    /// Remembers the debtor's language; letters read it from the debtor too.
    pub async fn set_debtor_language(&self, creditor: CreditorId, debtor: DebtorId, language: &Language) -> Result<()> {
        let n = sqlx::query("UPDATE debtors SET language = $1 WHERE creditor_id = $2 AND id = $3")
            .bind(language.as_str())
            .bind(creditor.0)
            .bind(debtor.0)
            .execute(self.pool())
            .await?
            .rows_affected();
        if n == 0 { Err(StoreError::NotFound("debtor")) } else { Ok(()) }
    }

    /// Replaces the debtor's channels (in order of preference). At least one is required.
    pub async fn set_debtor_channels(
        &self,
        creditor: CreditorId,
        debtor: DebtorId,
        channels: &[Channel],
    ) -> Result<()> {
        if channels.is_empty() {
            return Err(StoreError::Invalid("choose at least one way to reach you".into()));
        }
        let text: Vec<&str> = channels.iter().map(|c| c.code()).collect();
        let n = sqlx::query("UPDATE debtors SET channels = $1 WHERE creditor_id = $2 AND id = $3")
            .bind(text.join(","))
            .bind(creditor.0)
            .bind(debtor.0)
            .execute(self.pool())
            .await?
            .rows_affected();
        if n == 0 { Err(StoreError::NotFound("debtor")) } else { Ok(()) }
    }

    /// Stores a message from the debtor to the creditor and returns its id.
    pub async fn add_portal_message(
        &self,
        creditor: CreditorId,
        debtor: DebtorId,
        claim: Option<ClaimId>,
        body: &str,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let id = reserve_ids(&mut tx, creditor.0, "portal_message", 1).await?;
        sqlx::query(
            "INSERT INTO portal_messages (creditor_id, id, debtor_id, claim_id, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(creditor.0)
        .bind(id)
        .bind(debtor.0)
        .bind(claim.map(|c| c.0))
        .bind(body)
        .bind(now_text())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The debtor's messages to the creditor, newest first.
    pub async fn portal_messages(&self, creditor: CreditorId, debtor: DebtorId) -> Result<Vec<(i64, String, String)>> {
        let rows = sqlx::query(
            "SELECT id, body, created_at FROM portal_messages WHERE creditor_id = $1 AND debtor_id = $2 ORDER BY id DESC LIMIT 50",
        )
        .bind(creditor.0)
        .bind(debtor.0)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("body")?, r.try_get("created_at")?))).collect()
    }

    /// Records the survey answer for a claim: the score (1 to 5) and, if given, how likely the
    /// debtor is to recommend the creditor (0 to 10). False when the claim was answered before
    /// (the first answer stands).
    pub async fn record_survey(
        &self,
        creditor: CreditorId,
        claim: ClaimId,
        debtor: DebtorId,
        score: u8,
        recommend: Option<u8>,
    ) -> Result<bool> {
        if !(1..=5).contains(&score) {
            return Err(StoreError::Invalid(format!("a survey score is 1 to 5, not {score}")));
        }
        if let Some(r) = recommend.filter(|r| *r > 10) {
            return Err(StoreError::Invalid(format!("how likely to recommend is 0 to 10, not {r}")));
        }
        let n = sqlx::query(
            "INSERT INTO portal_survey (creditor_id, claim_id, debtor_id, score, recommend, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (creditor_id, claim_id) DO NOTHING",
        )
        .bind(creditor.0)
        .bind(claim.0)
        .bind(debtor.0)
        .bind(i64::from(score))
        .bind(recommend.map(i64::from))
        .bind(now_text())
        .execute(self.pool())
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// The survey score given for a claim, if any.
    pub async fn survey_score(&self, creditor: CreditorId, claim: ClaimId) -> Result<Option<u8>> {
        let n: Option<i64> =
            sqlx::query_scalar("SELECT score FROM portal_survey WHERE creditor_id = $1 AND claim_id = $2")
                .bind(creditor.0)
                .bind(claim.0)
                .fetch_optional(self.pool())
                .await?;
        Ok(n.map(|n| n.clamp(0, 5) as u8))
    }

    /// Appends a line to the portal's audit trail.
    pub async fn portal_audit(
        &self,
        creditor: CreditorId,
        debtor: DebtorId,
        claim: Option<ClaimId>,
        action: &str,
        detail: &str,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let id = reserve_ids(&mut tx, creditor.0, "portal_audit", 1).await?;
        sqlx::query(
            "INSERT INTO portal_audit (creditor_id, id, debtor_id, claim_id, action, detail, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(creditor.0)
        .bind(id)
        .bind(debtor.0)
        .bind(claim.map(|c| c.0))
        .bind(action)
        .bind(detail)
        .bind(now_text())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The portal audit trail of one debtor, oldest first.
    pub async fn portal_events(&self, creditor: CreditorId, debtor: DebtorId) -> Result<Vec<PortalEvent>> {
        let rows = sqlx::query(
            "SELECT id, debtor_id, claim_id, action, detail, at FROM portal_audit \
             WHERE creditor_id = $1 AND debtor_id = $2 ORDER BY id",
        )
        .bind(creditor.0)
        .bind(debtor.0)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(PortalEvent {
                    id: r.try_get("id")?,
                    debtor: DebtorId(r.try_get("debtor_id")?),
                    claim: r.try_get::<Option<i64>, _>("claim_id")?.map(ClaimId),
                    action: r.try_get("action")?,
                    detail: r.try_get("detail")?,
                    at: r.try_get("at")?,
                })
            })
            .collect()
    }
}
