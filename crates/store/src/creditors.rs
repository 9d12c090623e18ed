//! Creditors (tenants), their API keys, and the installation's law-table overrides.

use crate::audit::audit_in;
use crate::{Actor, Backend, NewAudit, Result, Store, StoreError, now_text, parse_date};
use domain::{AllocationOrder, BankDetails, Creditor, CreditorId, Jurisdiction, Language, ReferenceScheme};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

/// A creditor before it has an id.
#[derive(Debug, Clone)]
pub struct NewCreditor {
    pub legal_name: String,
    pub org_number: String,
    pub jurisdiction: Jurisdiction,
    pub default_language: Language,
    pub bank: BankDetails,
    pub reference_scheme: ReferenceScheme,
    pub reminder_fee_agreed: bool,
    pub allocation_order: AllocationOrder,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Admin,
    Agent,
    ReadOnly,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Agent => "agent",
            Role::ReadOnly => "read_only",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        match code {
            "admin" => Some(Role::Admin),
            "agent" => Some(Role::Agent),
            "read_only" => Some(Role::ReadOnly),
            _ => None,
        }
    }

    pub fn may_write(self) -> bool {
        !matches!(self, Role::ReadOnly)
    }
}

/// A stored API key. The secret itself is never stored, only its SHA-256.
#[derive(Debug, Clone)]
pub struct ApiKey {
    pub creditor_id: CreditorId,
    pub key_id: String,
    pub secret_hash: String,
    pub label: String,
    pub role: Role,
    pub created_at: String,
    /// When it was revoked; a revoked key no longer opens the API.
    pub revoked_at: Option<String>,
    /// When it last opened the API, to the minute ([`Store::touch_api_key`]); never when `None`.
    pub last_used_at: Option<String>,
}

/// What revoking a key did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevokeOutcome {
    Revoked,
    /// It had been revoked before: nothing changed.
    AlreadyRevoked,
}

fn api_key_from_row(creditor: CreditorId, row: &AnyRow) -> Result<ApiKey> {
    let role: String = row.try_get("role")?;
    Ok(ApiKey {
        creditor_id: creditor,
        key_id: row.try_get("key_id")?,
        secret_hash: row.try_get("secret_hash")?,
        label: row.try_get("label")?,
        role: Role::from_code(&role).ok_or_else(|| StoreError::Corrupt(format!("bad role {role:?}")))?,
        created_at: row.try_get("created_at")?,
        revoked_at: row.try_get("revoked_at")?,
        last_used_at: row.try_get("last_used_at")?,
    })
}

/// A run-time change to a law table (`purr rates set`), kept with who set it and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LawOverride {
    pub table: String,
    pub valid_from: jiff::civil::Date,
    pub value: String,
    pub source: String,
    pub set_by: String,
    pub set_at: String,
}

fn creditor_from_row(row: &AnyRow) -> Result<Creditor> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("creditor has a bad {what}"));
    let jurisdiction: String = row.try_get("jurisdiction")?;
    let scheme: String = row.try_get("reference_scheme")?;
    let language: String = row.try_get("default_language")?;
    let order: String = row.try_get("allocation_order")?;
    let creditor = Creditor {
        id: CreditorId(row.try_get("id")?),
        legal_name: row.try_get("legal_name")?,
        org_number: row.try_get("org_number")?,
        jurisdiction: jurisdiction.parse().map_err(|_| corrupt("jurisdiction"))?,
        default_language: Language::parse(&language).map_err(|_| corrupt("language"))?,
        bank: BankDetails {
            bankgiro: row.try_get("bankgiro")?,
            plusgiro: row.try_get("plusgiro")?,
            no_account: row.try_get("no_account")?,
            iban: row.try_get("iban")?,
            bic: row.try_get("bic")?,
        },
        reference_scheme: ReferenceScheme::from_code(&scheme).ok_or_else(|| corrupt("reference scheme"))?,
        reminder_fee_agreed: row.try_get::<i64, _>("reminder_fee_agreed")? != 0,
        allocation_order: AllocationOrder::from_code(&order).ok_or_else(|| corrupt("allocation order"))?,
    };
    Ok(creditor)
}

impl Store {
    pub async fn create_creditor(&self, new: &NewCreditor) -> Result<Creditor> {
        let mut tx = self.write_tx().await?;
        if self.backend() == Backend::Postgres {
            // Two creditors created at once would read the same MAX(id); SQLite's write lock,
            // taken at the start, already serialises them.
            sqlx::query("LOCK TABLE creditors IN EXCLUSIVE MODE").execute(&mut *tx).await?;
        }
        let id: i64 = sqlx::query_scalar("SELECT CAST(COALESCE(MAX(id), 0) + 1 AS BIGINT) FROM creditors")
            .fetch_one(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO creditors (id, legal_name, org_number, jurisdiction, default_language, bankgiro, plusgiro, \
             no_account, iban, bic, reference_scheme, reminder_fee_agreed, allocation_order, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        )
        .bind(id)
        .bind(&new.legal_name)
        .bind(&new.org_number)
        .bind(new.jurisdiction.code())
        .bind(new.default_language.as_str())
        .bind(&new.bank.bankgiro)
        .bind(&new.bank.plusgiro)
        .bind(&new.bank.no_account)
        .bind(&new.bank.iban)
        .bind(&new.bank.bic)
        .bind(new.reference_scheme.code())
        .bind(i64::from(new.reminder_fee_agreed))
        .bind(new.allocation_order.code())
        .bind(now_text())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        self.creditor(CreditorId(id)).await
    }

    pub async fn creditor(&self, id: CreditorId) -> Result<Creditor> {
        let row = sqlx::query("SELECT * FROM creditors WHERE id = $1")
            .bind(id.0)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("creditor"))?;
        creditor_from_row(&row)
    }

    pub async fn creditors(&self) -> Result<Vec<Creditor>> {
        let rows = sqlx::query("SELECT * FROM creditors ORDER BY id").fetch_all(self.pool()).await?;
        rows.iter().map(creditor_from_row).collect()
    }

    /// Stores a new API key. The caller generates the secret and passes only its hash.
    pub async fn add_api_key(
        &self,
        creditor: CreditorId,
        key_id: &str,
        secret_hash: &str,
        label: &str,
        role: Role,
    ) -> Result<()> {
        let mut conn = self.pool().acquire().await?;
        insert_api_key(&mut conn, creditor, key_id, secret_hash, label, role).await
    }

    /// Stores a new API key and its `api_key.create` audit row in one transaction.
    pub async fn add_api_key_by(
        &self,
        creditor: CreditorId,
        key_id: &str,
        secret_hash: &str,
        label: &str,
        role: Role,
        by: &Actor,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        insert_api_key(&mut tx, creditor, key_id, secret_hash, label, role).await?;
        let audit = NewAudit {
            actor: by.clone(),
            action: "api_key.create".into(),
            subject_kind: "api_key".into(),
            subject_id: key_id.into(),
            before: None,
            after: Some(serde_json::json!({"label": label, "role": role.code()})),
            reason: None,
        };
        audit_in(&mut tx, creditor, &audit).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A key by its id, revoked or not (the caller decides what a revoked key may do).
    pub async fn api_key(&self, creditor: CreditorId, key_id: &str) -> Result<Option<ApiKey>> {
        let row = sqlx::query("SELECT * FROM api_keys WHERE creditor_id = $1 AND key_id = $2")
            .bind(creditor.0)
            .bind(key_id)
            .fetch_optional(self.pool())
            .await?;
        row.map(|row| api_key_from_row(creditor, &row)).transpose()
    }

    /// Records that a key opened the API now. The caller skips this when the key was used less
    /// than a minute ago, so a busy integration costs one write a minute, not one per request.
    pub async fn touch_api_key(&self, creditor: CreditorId, key_id: &str) -> Result<()> {
        sqlx::query("UPDATE api_keys SET last_used_at = $3 WHERE creditor_id = $1 AND key_id = $2")
            .bind(creditor.0)
            .bind(key_id)
            .bind(now_text())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// All of a creditor's keys, revoked ones too, oldest first.
    pub async fn api_keys(&self, creditor: CreditorId) -> Result<Vec<ApiKey>> {
        let rows = sqlx::query("SELECT * FROM api_keys WHERE creditor_id = $1 ORDER BY created_at, key_id")
            .bind(creditor.0)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(|row| api_key_from_row(creditor, row)).collect()
    }

    /// Revokes a key, with its `api_key.revoke` audit row in the same transaction. A second
    /// revocation changes nothing and writes no audit row.
    pub async fn revoke_api_key(&self, creditor: CreditorId, key_id: &str, by: &Actor) -> Result<RevokeOutcome> {
        let mut tx = self.write_tx().await?;
        let at = now_text();
        let changed = sqlx::query(
            "UPDATE api_keys SET revoked_at = $3 WHERE creditor_id = $1 AND key_id = $2 AND revoked_at IS NULL",
        )
        .bind(creditor.0)
        .bind(key_id)
        .bind(&at)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            let exists: Option<String> =
                sqlx::query_scalar("SELECT key_id FROM api_keys WHERE creditor_id = $1 AND key_id = $2")
                    .bind(creditor.0)
                    .bind(key_id)
                    .fetch_optional(&mut *tx)
                    .await?;
            return match exists {
                Some(_) => Ok(RevokeOutcome::AlreadyRevoked),
                None => Err(StoreError::NotFound("API key")),
            };
        }
        let audit = NewAudit {
            actor: by.clone(),
            action: "api_key.revoke".into(),
            subject_kind: "api_key".into(),
            subject_id: key_id.into(),
            before: Some(serde_json::json!({"revoked": false})),
            after: Some(serde_json::json!({"revoked": true, "revoked_at": at})),
            reason: None,
        };
        audit_in(&mut tx, creditor, &audit).await?;
        tx.commit().await?;
        Ok(RevokeOutcome::Revoked)
    }

    pub async fn add_law_override(&self, o: &LawOverride) -> Result<()> {
        sqlx::query("INSERT INTO law_overrides (table_name, valid_from, value, source, set_by, set_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(&o.table)
            .bind(o.valid_from.to_string())
            .bind(&o.value)
            .bind(&o.source)
            .bind(&o.set_by)
            .bind(&o.set_at)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Every override in the order it was set (a later one for the same table and date wins).
    pub async fn law_overrides(&self) -> Result<Vec<LawOverride>> {
        let rows = sqlx::query("SELECT * FROM law_overrides ORDER BY id").fetch_all(self.pool()).await?;
        rows.iter()
            .map(|row| {
                let from: String = row.try_get("valid_from")?;
                Ok(LawOverride {
                    table: row.try_get("table_name")?,
                    valid_from: parse_date(&from)?,
                    value: row.try_get("value")?,
                    source: row.try_get("source")?,
                    set_by: row.try_get("set_by")?,
                    set_at: row.try_get("set_at")?,
                })
            })
            .collect()
    }
}

async fn insert_api_key(
    conn: &mut AnyConnection,
    creditor: CreditorId,
    key_id: &str,
    secret_hash: &str,
    label: &str,
    role: Role,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO api_keys (creditor_id, key_id, secret_hash, label, role, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(creditor.0)
    .bind(key_id)
    .bind(secret_hash)
    .bind(label)
    .bind(role.code())
    .bind(now_text())
    .execute(&mut *conn)
    .await?;
    Ok(())
}
