//! E-box export: a batch of letters as one bundle a creditor hands to a digital-mailbox provider
//! (Kivra, Digipost, e-Boks and the like).
//!
//! A bundle is a directory: one PDF per letter and `manifest.json` listing, per letter, the file,
//! its SHA-256, the recipient (name, national id when known, postal address), the subject, the
//! language and the outbox key. Providers match the recipient by national id; the address is
//! there for a provider that falls back to paper. The bundle is written to a temporary directory
//! beside the target and renamed into place, so a bundle either exists whole or not at all.

use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// One letter of a bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EboxLetter {
    pub key: String,
    pub creditor_name: String,
    pub creditor_org_number: String,
    pub recipient_name: String,
    pub recipient_national_id: Option<String>,
    pub recipient_address: Vec<String>,
    pub subject: String,
    pub lang: String,
    pub pdf: Vec<u8>,
}

#[derive(Debug, Serialize)]
struct ManifestEntry<'a> {
    file: String,
    sha256: String,
    bytes: usize,
    key: &'a str,
    subject: &'a str,
    language: &'a str,
    sender: Sender<'a>,
    recipient: Recipient<'a>,
}

#[derive(Debug, Serialize)]
struct Sender<'a> {
    name: &'a str,
    org_number: &'a str,
}

#[derive(Debug, Serialize)]
struct Recipient<'a> {
    name: &'a str,
    national_id: Option<&'a str>,
    address: &'a [String],
}

#[derive(Debug, Serialize)]
struct Manifest<'a> {
    format: &'static str,
    batch: &'a str,
    created: &'a str,
    count: usize,
    letters: Vec<ManifestEntry<'a>>,
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleReport {
    pub dir: PathBuf,
    pub letters: usize,
    /// SHA-256 of `manifest.json`, which names every PDF's own hash.
    pub manifest_sha256: String,
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// A file name from an outbox key: letters, digits, `-` and `_` kept, anything else `_`.
fn safe(key: &str) -> String {
    key.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect()
}

/// Writes `letters` as the bundle `batch` in `parent/batch`. Refuses to overwrite a bundle.
pub fn write_bundle(
    parent: &Path,
    batch: &str,
    created: &str,
    letters: &[EboxLetter],
) -> std::io::Result<BundleReport> {
    let target = parent.join(safe(batch));
    if target.exists() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            format!("{} exists already: a bundle is never overwritten", target.display()),
        ));
    }
    std::fs::create_dir_all(parent)?;
    let staging = parent.join(format!(".{}.partial", safe(batch)));
    if staging.exists() {
        std::fs::remove_dir_all(&staging)?;
    }
    std::fs::create_dir(&staging)?;
    let mut entries = Vec::with_capacity(letters.len());
    for (i, letter) in letters.iter().enumerate() {
        let file = format!("{:05}-{}.pdf", i + 1, safe(&letter.key));
        std::fs::write(staging.join(&file), &letter.pdf)?;
        entries.push(ManifestEntry {
            file,
            sha256: sha256_hex(&letter.pdf),
            bytes: letter.pdf.len(),
            key: &letter.key,
            subject: &letter.subject,
            language: &letter.lang,
            sender: Sender { name: &letter.creditor_name, org_number: &letter.creditor_org_number },
            recipient: Recipient {
                name: &letter.recipient_name,
                national_id: letter.recipient_national_id.as_deref(),
                address: &letter.recipient_address,
            },
        });
    }
    let manifest = Manifest { format: "purr-ebox-1", batch, created, count: letters.len(), letters: entries };
    let json = serde_json::to_vec_pretty(&manifest).map_err(std::io::Error::other)?;
    std::fs::write(staging.join("manifest.json"), &json)?;
    std::fs::rename(&staging, &target)?;
    Ok(BundleReport { dir: target, letters: letters.len(), manifest_sha256: sha256_hex(&json) })
}
