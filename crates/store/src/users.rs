//! Staff users of a creditor (admin, agent, read-only) and their signed-in sessions.
//!
//! The store keeps only what the app hands it: an argon2 hash of each password, and the SHA-256
//! of each session token. Every look-up is by (creditor, …), so one creditor's users and
//! sessions are never found from another's. Adding a user writes its audit row in the same
//! transaction.

use crate::audit::{Actor, NewAudit, audit_in};
use crate::{Result, Role, Store, StoreError, now_text, reserve_ids};
use domain::CreditorId;
use sqlx::Row;
use sqlx::any::AnyRow;

/// A staff user, without the password hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffUser {
    pub creditor_id: CreditorId,
    pub id: i64,
    pub email: String,
    pub role: Role,
    pub disabled: bool,
}

/// The outcome of adding a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddUserOutcome {
    Created(StaffUser),
    /// This creditor already has a user with that e-mail address: nothing was written.
    EmailTaken(StaffUser),
}

/// A live session and the user it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffSession {
    pub user: StaffUser,
    pub csrf_token: String,
    pub expires_at: String,
}

fn user_from_row(row: &AnyRow) -> Result<StaffUser> {
    let role: String = row.try_get("role")?;
    Ok(StaffUser {
        creditor_id: CreditorId(row.try_get("creditor_id")?),
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        role: Role::from_code(&role).ok_or_else(|| StoreError::Corrupt(format!("bad role {role:?}")))?,
        disabled: row.try_get::<i64, _>("disabled")? != 0,
    })
}

/// E-mail addresses are compared without case and surrounding space.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

impl Store {
    /// Adds a staff user with an already hashed password.
    pub async fn add_staff_user(
        &self,
        creditor: CreditorId,
        email: &str,
        password_hash: &str,
        role: Role,
        actor: &Actor,
    ) -> Result<AddUserOutcome> {
        let email = normalise_email(email);
        if email.is_empty() || !email.contains('@') || email.len() > 254 || email.chars().any(char::is_control) {
            return Err(StoreError::Invalid(format!("{email:?} is not an e-mail address")));
        }
        self.creditor(creditor).await?;
        let mut tx = self.write_tx().await?;
        let existing = sqlx::query("SELECT * FROM staff_users WHERE creditor_id = $1 AND email = $2")
            .bind(creditor.0)
            .bind(email.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(row) = existing {
            return Ok(AddUserOutcome::EmailTaken(user_from_row(&row)?));
        }
        let id = reserve_ids(&mut tx, creditor.0, "staff_user", 1).await?;
        sqlx::query(
            "INSERT INTO staff_users (creditor_id, id, email, password_hash, role, disabled, created_at) \
             VALUES ($1, $2, $3, $4, $5, 0, $6)",
        )
        .bind(creditor.0)
        .bind(id)
        .bind(email.as_str())
        .bind(password_hash)
        .bind(role.code())
        .bind(now_text())
        .execute(&mut *tx)
        .await?;
        audit_in(
            &mut tx,
            creditor,
            &NewAudit {
                actor: actor.clone(),
                action: "user.add".into(),
                subject_kind: "user".into(),
                subject_id: id.to_string(),
                before: None,
                after: Some(serde_json::json!({"email": email, "role": role.code()})),
                reason: None,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(AddUserOutcome::Created(StaffUser { creditor_id: creditor, id, email, role, disabled: false }))
    }

    /// The user with this e-mail address and their password hash, for signing in.
    pub async fn staff_user_for_login(&self, creditor: CreditorId, email: &str) -> Result<Option<(StaffUser, String)>> {
        let row = sqlx::query("SELECT * FROM staff_users WHERE creditor_id = $1 AND email = $2")
            .bind(creditor.0)
            .bind(normalise_email(email))
            .fetch_optional(self.pool())
            .await?;
        row.map(|r| Ok((user_from_row(&r)?, r.try_get("password_hash")?))).transpose()
    }

    /// The creditor's users, by id.
    pub async fn staff_users(&self, creditor: CreditorId) -> Result<Vec<StaffUser>> {
        let rows = sqlx::query("SELECT * FROM staff_users WHERE creditor_id = $1 ORDER BY id")
            .bind(creditor.0)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(user_from_row).collect()
    }

    /// Stores a new session (the caller made the token and keeps it; only its hash comes here).
    pub async fn create_staff_session(
        &self,
        creditor: CreditorId,
        token_hash: &str,
        user_id: i64,
        csrf_token: &str,
        expires_at: &str,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO staff_sessions (creditor_id, token_hash, user_id, csrf_token, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(creditor.0)
        .bind(token_hash)
        .bind(user_id)
        .bind(csrf_token)
        .bind(now_text())
        .bind(expires_at)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The session with this token hash, if it has not expired at `now` (RFC 3339) and its user is enabled.
    pub async fn staff_session(
        &self,
        creditor: CreditorId,
        token_hash: &str,
        now: &str,
    ) -> Result<Option<StaffSession>> {
        let row = sqlx::query(
            "SELECT u.*, s.csrf_token, s.expires_at FROM staff_sessions s \
             JOIN staff_users u ON u.creditor_id = s.creditor_id AND u.id = s.user_id \
             WHERE s.creditor_id = $1 AND s.token_hash = $2 AND s.expires_at > $3 AND u.disabled = 0",
        )
        .bind(creditor.0)
        .bind(token_hash)
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok(StaffSession {
                user: user_from_row(&r)?,
                csrf_token: r.try_get("csrf_token")?,
                expires_at: r.try_get("expires_at")?,
            })
        })
        .transpose()
    }

    /// Ends a session (signing out). Unknown tokens are not an error.
    pub async fn delete_staff_session(&self, creditor: CreditorId, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM staff_sessions WHERE creditor_id = $1 AND token_hash = $2")
            .bind(creditor.0)
            .bind(token_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
