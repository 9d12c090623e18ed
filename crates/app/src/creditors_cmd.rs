//! `purr creditors …` and `purr keys …`: setting up a tenant and its API access.

use crate::db::{DbArgs, block_on};
use clap::{Args, Subcommand};
use domain::{AllocationOrder, BankDetails, CreditorId, Jurisdiction, Language, ReferenceScheme};
use std::process::ExitCode;
use store::{NewCreditor, Role};

#[derive(Debug, Subcommand)]
pub enum CreditorsCmd {
    /// List the creditors in this database.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Add a creditor (a business collecting its own invoices) and print its first API key.
    #[command(
        after_help = "Examples:\n  purr creditors add --name \"Exempel AB\" --org-number 556677-8899 --jurisdiction SE --bankgiro 5050-1055 --reminder-fee-agreed\n  purr creditors add --name \"Eksempel AS\" --org-number 923609016 --jurisdiction NO --account 15032012342 --reference kid-mod11"
    )]
    Add(AddArgs),
    /// Change a creditor's settings.
    #[command(
        after_help = "Examples:\n  purr creditors set --creditor 1 --merge-letters on\n  purr creditors set --creditor 2 --merge-letters off\n\n\
                      --merge-letters on sends the steps of one day for one debtor as one letter naming every \
                      claim (fees, interest and deadlines stay per claim). Norwegian creditors always merge \
                      (Finanstilsynet circular 1/2018 and the new debt collection act): turning it off is refused \
                      with that reason. Swedish creditors choose; the default is off."
    )]
    Set(SetArgs),
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The creditor (id).
    #[arg(long, value_name = "ID")]
    pub creditor: i64,
    /// One letter per debtor for the steps of one day: on or off.
    #[arg(long, value_name = "on|off", value_parser = parse_switch)]
    pub merge_letters: Option<bool>,
}

fn parse_switch(text: &str) -> Result<bool, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "on" | "true" | "yes" => Ok(true),
        "off" | "false" | "no" => Ok(false),
        other => Err(format!("{other:?}: use on or off")),
    }
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Legal name, as it should appear on letters.
    #[arg(long)]
    pub name: String,
    /// Organisation number (organisationsnummer / organisasjonsnummer).
    #[arg(long)]
    pub org_number: String,
    /// Whose law applies: SE or NO.
    #[arg(long)]
    pub jurisdiction: Jurisdiction,
    /// Default language for debtors who have none (default: sv for SE, nb for NO).
    #[arg(long)]
    pub language: Option<String>,
    /// Swedish bankgiro number.
    #[arg(long)]
    pub bankgiro: Option<String>,
    /// Swedish plusgiro number.
    #[arg(long)]
    pub plusgiro: Option<String>,
    /// Norwegian account number (11 digits).
    #[arg(long)]
    pub account: Option<String>,
    /// IBAN (for payments in EUR or from abroad).
    #[arg(long)]
    pub iban: Option<String>,
    /// Payment reference scheme: ocr, ocr-length (OCR with length digit), kid-mod10 or kid-mod11.
    /// Default: ocr for SE, kid-mod10 for NO.
    #[arg(long)]
    pub reference: Option<String>,
    /// Your consumer terms include a reminder fee (Swedish law allows one only if agreed).
    #[arg(long)]
    pub reminder_fee_agreed: bool,
    /// Payments go to the principal first instead of costs, interest, principal.
    #[arg(long)]
    pub principal_first: bool,
    /// Send the steps of one day for one debtor as one letter (case merging). Norwegian creditors
    /// always do; for Swedish ones it is a choice, off unless given.
    #[arg(long)]
    pub merge_letters: bool,
}

#[derive(Debug, Subcommand)]
pub enum KeysCmd {
    /// Create an API key for a creditor. The key is shown once; only its hash is stored.
    Create {
        #[arg(long, value_name = "ID")]
        creditor: i64,
        /// admin, agent or read_only.
        #[arg(long, default_value = "agent")]
        role: String,
        /// A name to recognise the key by (e.g. the system that uses it).
        #[arg(long, default_value = "api")]
        label: String,
    },
}

pub fn creditors(cmd: CreditorsCmd, db: &DbArgs) -> anyhow::Result<ExitCode> {
    block_on(async {
        let store = db.open().await?;
        match cmd {
            CreditorsCmd::List { json } => {
                let list = store.creditors().await?;
                if json {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&{
                            let mut items = Vec::with_capacity(list.len());
                            for c in &list {
                                items.push(crate::json::creditor(c, store.case_policy(c.id).await?.merge_letters));
                            }
                            items
                        })?
                    );
                } else if list.is_empty() {
                    println!("No creditors yet. Add one with `purr creditors add --help`, or try `purr demo`.");
                } else {
                    for c in &list {
                        println!("{:>4}  {:<40} {:<14} {}", c.id.0, c.legal_name, c.org_number, c.jurisdiction);
                    }
                }
                Ok(ExitCode::SUCCESS)
            }
            CreditorsCmd::Add(a) => {
                let usage = |m: String| -> anyhow::Result<ExitCode> {
                    eprintln!("error: {m}");
                    Ok(ExitCode::from(2))
                };
                if a.name.trim().is_empty() || a.name.chars().count() > 200 {
                    return usage("--name must be 1 to 200 characters".into());
                }
                let language = match &a.language {
                    Some(l) => match Language::parse(l) {
                        Ok(l) => l,
                        Err(e) => return usage(format!("--language: {e}")),
                    },
                    None => Language::parse(if a.jurisdiction == Jurisdiction::SE { "sv" } else { "nb" })
                        .map_err(anyhow::Error::msg)?,
                };
                let reference = match (a.reference.as_deref(), a.jurisdiction) {
                    (None, Jurisdiction::SE) | (Some("ocr"), _) => ReferenceScheme::SeOcr { length_digit: false },
                    (Some("ocr-length"), _) => ReferenceScheme::SeOcr { length_digit: true },
                    (None, Jurisdiction::NO) | (Some("kid-mod10"), _) => ReferenceScheme::KidMod10,
                    (Some("kid-mod11"), _) => ReferenceScheme::KidMod11,
                    (Some(other), _) => {
                        return usage(format!("--reference {other:?}: use ocr, ocr-length, kid-mod10 or kid-mod11"));
                    }
                };
                use domain::ident::{CheckOptions, IdKind, check};
                let options = CheckOptions { length_digit: false, kid_algorithm: None, today: crate::today() };
                let checks = [
                    (IdKind::SeBankgiro, &a.bankgiro, "--bankgiro"),
                    (IdKind::SePlusgiro, &a.plusgiro, "--plusgiro"),
                    (IdKind::NoAccount, &a.account, "--account"),
                    (IdKind::Iban, &a.iban, "--iban"),
                ];
                for (kind, value, flag) in checks {
                    if let Some(v) = value
                        && let Err(e) = check(kind, v, &options)
                    {
                        return usage(format!("{flag} {v:?}: {e}"));
                    }
                }
                let org_kind = if a.jurisdiction == Jurisdiction::SE { IdKind::SeOrgnr } else { IdKind::NoOrgnr };
                if let Err(e) = check(org_kind, &a.org_number, &options) {
                    return usage(format!("--org-number {:?}: {e}", a.org_number));
                }
                let creditor = store
                    .create_creditor(&NewCreditor {
                        legal_name: a.name.trim().to_string(),
                        org_number: a.org_number.trim().to_string(),
                        jurisdiction: a.jurisdiction,
                        default_language: language,
                        bank: BankDetails {
                            bankgiro: a.bankgiro,
                            plusgiro: a.plusgiro,
                            no_account: a.account,
                            iban: a.iban,
                            bic: None,
                        },
                        reference_scheme: reference,
                        reminder_fee_agreed: a.reminder_fee_agreed,
                        allocation_order: if a.principal_first {
                            AllocationOrder::PrincipalFirst
                        } else {
                            AllocationOrder::CostsInterestPrincipal
                        },
                    })
                    .await?;
                if a.merge_letters {
                    let policy =
                        domain::dunning::CasePolicy { merge_letters: true, ..store.case_policy(creditor.id).await? };
                    store.set_case_policy(creditor.id, &policy).await?;
                }
                let key = crate::keys::create(&store, creditor.id, "first admin key", Role::Admin).await?;
                println!("Added creditor {} {} ({}).", creditor.id, creditor.legal_name, creditor.jurisdiction);
                let merge = domain::dunning::merge_letters(creditor.jurisdiction, a.merge_letters);
                println!(
                    "One letter per debtor: {} ({}).",
                    if merge.merge { "on" } else { "off" },
                    merge.reason.render(domain::law::Lang::En)
                );
                println!("Admin API key (shown once, keep it safe): {key}");
                Ok(ExitCode::SUCCESS)
            }
            CreditorsCmd::Set(a) => {
                let Some(creditor) = crate::db::creditor_or_usage(&store, a.creditor).await? else {
                    return Ok(ExitCode::from(2));
                };
                let Some(wanted) = a.merge_letters else {
                    eprintln!("error: nothing to set (use --merge-letters on|off)");
                    return Ok(ExitCode::from(2));
                };
                let applies = match domain::dunning::request_merge_letters(creditor.jurisdiction, wanted) {
                    Ok(applies) => applies,
                    Err(refused) => {
                        eprintln!("error: --merge-letters off is refused: {refused}");
                        return Ok(ExitCode::from(2));
                    }
                };
                let before = store.case_policy(creditor.id).await?;
                store
                    .set_case_policy(creditor.id, &domain::dunning::CasePolicy { merge_letters: wanted, ..before })
                    .await?;
                let who = std::env::var("USER").unwrap_or_else(|_| "command line".into());
                store
                    .record_audit(
                        creditor.id,
                        &store::NewAudit {
                            actor: store::Actor { kind: store::ActorKind::Cli, name: who },
                            action: "creditor.merge_letters".into(),
                            subject_kind: "creditor".into(),
                            subject_id: creditor.id.0.to_string(),
                            before: Some(serde_json::json!({ "merge_letters": before.merge_letters })),
                            after: Some(serde_json::json!({ "merge_letters": wanted })),
                            reason: None,
                        },
                    )
                    .await?;
                println!(
                    "Creditor {} {}: one letter per debtor {} ({}).",
                    creditor.id,
                    creditor.legal_name,
                    if applies.merge { "on" } else { "off" },
                    applies.reason.render(domain::law::Lang::En)
                );
                Ok(ExitCode::SUCCESS)
            }
        }
    })
}

pub fn keys(cmd: KeysCmd, db: &DbArgs) -> anyhow::Result<ExitCode> {
    block_on(async {
        let store = db.open().await?;
        match cmd {
            KeysCmd::Create { creditor, role, label } => {
                let role = match role.as_str() {
                    "admin" => Role::Admin,
                    "agent" => Role::Agent,
                    "read_only" | "read-only" => Role::ReadOnly,
                    other => {
                        eprintln!("error: --role {other:?}: use admin, agent or read_only");
                        return Ok(ExitCode::from(2));
                    }
                };
                if crate::db::creditor_or_usage(&store, creditor).await?.is_none() {
                    return Ok(ExitCode::from(2));
                }
                let who = std::env::var("USER").unwrap_or_else(|_| "command line".into());
                let actor = store::Actor { kind: store::ActorKind::Cli, name: who };
                let key = crate::keys::create_by(&store, CreditorId(creditor), &label, role, &actor).await?;
                println!("{key}");
                Ok(ExitCode::SUCCESS)
            }
        }
    })
}
