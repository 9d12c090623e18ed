//! `purr portal …`: the debtor portal from the command line. `purr portal link` mints the same
//! signed sign-in link that letters print, for support staff and for testing.

use crate::db::{DbArgs, block_on, creditor_or_usage};
use clap::{Args, Subcommand};
use domain::DebtorId;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum PortalCmd {
    /// Print a sign-in link for one debtor (valid 60 days; the first sign-in with it may make changes).
    #[command(
        after_help = "Examples:\n  purr portal link --creditor 1 --debtor 42\n  purr portal link --creditor 1 --debtor 42 --base-url https://pay.example.se --json"
    )]
    Link(LinkArgs),
}

#[derive(Debug, Args)]
pub struct LinkArgs {
    /// The creditor whose portal the link opens.
    #[arg(long, default_value_t = 1)]
    pub creditor: i64,
    /// The debtor's id (see `purr claims list` or the API's /api/v1/debtors).
    #[arg(long)]
    pub debtor: i64,
    /// The portal's public address, put in front of the path.
    #[arg(long, default_value = "http://127.0.0.1:8080", env = "PURR_PUBLIC_URL")]
    pub base_url: String,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(cmd: PortalCmd, db: &DbArgs) -> anyhow::Result<ExitCode> {
    match cmd {
        PortalCmd::Link(args) => block_on(async {
            let store = db.open().await?;
            let Some(creditor) = creditor_or_usage(&store, args.creditor).await? else {
                return Ok(ExitCode::from(2));
            };
            if store.debtor(creditor.id, DebtorId(args.debtor)).await?.is_none() {
                eprintln!(
                    "error: creditor {} has no debtor {}; `purr claims list` shows debtors' ids",
                    creditor.id.0, args.debtor
                );
                return Ok(ExitCode::from(2));
            }
            let path = crate::portal::auth::mint_link(&store, creditor.id, DebtorId(args.debtor)).await?;
            let url = format!("{}{path}", args.base_url.trim_end_matches('/'));
            if args.json {
                println!(
                    "{}",
                    serde_json::json!({"creditor": creditor.id.0, "debtor": args.debtor, "url": url, "valid_days": crate::portal::auth::LINK_DAYS})
                );
            } else {
                println!("{url}");
            }
            Ok(ExitCode::SUCCESS)
        }),
    }
}
