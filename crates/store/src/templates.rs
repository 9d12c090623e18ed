//! Creditors' own letter templates, one per (creditor, step kind or notice, channel, language);
//! the `step` column holds the code (`reminder`, `plan_confirmation`, …).
//!
//! The store keeps the text and whether it is active; checking it (syntax, unknown variables,
//! the legal-content lint) is `messages`' job and happens before these are called.

use crate::{Result, Store, now_text};
use domain::CreditorId;
use sqlx::Row;
use sqlx::any::AnyRow;

/// A stored template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredTemplate {
    pub step: String,
    pub channel: String,
    pub language: String,
    pub source: String,
    pub active: bool,
    pub updated_at: String,
}

impl Store {
    /// Saves (or replaces) a template; `active` says whether the renderer uses it.
    pub async fn save_template(
        &self,
        creditor: CreditorId,
        step: &str,
        channel: &str,
        language: &str,
        source: &str,
        active: bool,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO letter_templates (creditor_id, step, channel, language, source, active, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (creditor_id, step, channel, language) \
             DO UPDATE SET source = excluded.source, active = excluded.active, updated_at = excluded.updated_at",
        )
        .bind(creditor.0)
        .bind(step)
        .bind(channel)
        .bind(language)
        .bind(source)
        .bind(i64::from(active))
        .bind(now_text())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// All of a creditor's stored templates, active or not, by step, channel and language.
    pub async fn templates(&self, creditor: CreditorId) -> Result<Vec<StoredTemplate>> {
        let rows = sqlx::query(
            "SELECT step, channel, language, source, active, updated_at FROM letter_templates \
             WHERE creditor_id = $1 ORDER BY step, channel, language",
        )
        .bind(creditor.0)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(template_from_row).collect()
    }

    /// The stored template for a key, active or not.
    pub async fn template(
        &self,
        creditor: CreditorId,
        step: &str,
        channel: &str,
        language: &str,
    ) -> Result<Option<StoredTemplate>> {
        let row = sqlx::query(
            "SELECT step, channel, language, source, active, updated_at FROM letter_templates \
             WHERE creditor_id = $1 AND step = $2 AND channel = $3 AND language = $4",
        )
        .bind(creditor.0)
        .bind(step)
        .bind(channel)
        .bind(language)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(template_from_row).transpose()
    }

    /// The text of the active template for a key, if the creditor has one.
    pub async fn active_template(
        &self,
        creditor: CreditorId,
        step: &str,
        channel: &str,
        language: &str,
    ) -> Result<Option<String>> {
        Ok(self.template(creditor, step, channel, language).await?.filter(|t| t.active).map(|t| t.source))
    }
}

fn template_from_row(r: &AnyRow) -> Result<StoredTemplate> {
    Ok(StoredTemplate {
        step: r.try_get(0)?,
        channel: r.try_get(1)?,
        language: r.try_get(2)?,
        source: r.try_get(3)?,
        active: r.try_get::<i64, _>(4)? == 1,
        updated_at: r.try_get(5)?,
    })
}
