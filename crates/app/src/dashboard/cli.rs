//! `purr users …` (staff who sign in to the dashboard) and `purr kpi …` (the dashboard's
//! aggregates).

use crate::db::{DbArgs, block_on};
use clap::{Args, Subcommand};
use domain::CreditorId;
use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;
use store::{Actor, ActorKind, AddUserOutcome, Role};

#[derive(Debug, Subcommand)]
pub enum UsersCmd {
    /// Add a staff user who signs in to the dashboard at /dashboard/login.
    #[command(after_help = "The password is read from standard input (one line), or asked for on a terminal.

Roles:
  admin      everything, including the audit export
  agent      reads everything and acts on cases (waive fees, book unmatched payments)
  read_only  reads everything, changes nothing

Examples:
  purr users add --creditor 1 --email anna@example.se --role agent
  printf '%s\\n' \"$PASSWORD\" | purr users add --creditor 1 --email ops@example.se --role admin")]
    Add(UserAddArgs),
    /// List a creditor's staff users.
    #[command(after_help = "Example:\n  purr users list --creditor 1 --json")]
    List {
        #[arg(long, value_name = "ID")]
        creditor: i64,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    #[arg(long, value_name = "ID")]
    pub creditor: i64,
    /// The address the user signs in with (unique per creditor, case does not matter).
    #[arg(long)]
    pub email: String,
    /// admin, agent or read_only.
    #[arg(long, default_value = "agent")]
    pub role: String,
}

#[derive(Debug, Subcommand)]
pub enum KpiCmd {
    /// Bring the dashboard's aggregates up to date (only what changed since the last refresh),
    /// or with --rebuild recompute them from the ledger.
    #[command(after_help = "The dashboard refreshes small changes itself when a page is shown; run this after
big imports or dunning runs, or from cron. The figures are derived only from claims, ledger
entries and dunning steps, so --rebuild always gives the same aggregates as the incremental path.

Examples:
  purr kpi refresh
  purr kpi refresh --creditor 1 --rebuild --json")]
    Refresh {
        /// One creditor (default: every creditor).
        #[arg(long, value_name = "ID")]
        creditor: Option<i64>,
        /// Throw the aggregates away and recompute every claim.
        #[arg(long)]
        rebuild: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

fn parse_role(text: &str) -> Option<Role> {
    Role::from_code(&text.replace('-', "_"))
}

fn read_password() -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("Password for the new user (shown as you type; or pipe it in): ");
        std::io::stderr().flush()?;
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

pub fn users(cmd: UsersCmd, db: &DbArgs) -> anyhow::Result<ExitCode> {
    block_on(async {
        let store = db.open().await?;
        match cmd {
            UsersCmd::Add(args) => {
                let Some(role) = parse_role(&args.role) else {
                    eprintln!("error: --role {:?}: use admin, agent or read_only", args.role);
                    return Ok(ExitCode::from(2));
                };
                if crate::db::creditor_or_usage(&store, args.creditor).await?.is_none() {
                    return Ok(ExitCode::from(2));
                }
                let password = read_password()?;
                if password.chars().count() < 12 {
                    eprintln!("error: the password needs at least 12 characters");
                    return Ok(ExitCode::from(2));
                }
                let hash = super::auth::hash_password(&password)?;
                let who = std::env::var("USER").unwrap_or_else(|_| "command line".into());
                let actor = Actor { kind: ActorKind::Cli, name: who };
                match store.add_staff_user(CreditorId(args.creditor), &args.email, &hash, role, &actor).await {
                    Ok(AddUserOutcome::Created(u)) => {
                        println!(
                            "Added {} ({}) as user {} of creditor {}. Sign in at /dashboard/login?creditor={}",
                            u.email,
                            u.role.code(),
                            u.id,
                            args.creditor,
                            args.creditor
                        );
                        Ok(ExitCode::SUCCESS)
                    }
                    Ok(AddUserOutcome::EmailTaken(u)) => {
                        eprintln!("error: creditor {} already has a user {} (user {})", args.creditor, u.email, u.id);
                        Ok(ExitCode::from(2))
                    }
                    Err(store::StoreError::Invalid(m)) => {
                        eprintln!("error: --email: {m}");
                        Ok(ExitCode::from(2))
                    }
                    Err(e) => Err(e.into()),
                }
            }
            UsersCmd::List { creditor, json } => {
                if crate::db::creditor_or_usage(&store, creditor).await?.is_none() {
                    return Ok(ExitCode::from(2));
                }
                let users = store.staff_users(CreditorId(creditor)).await?;
                if json {
                    let items: Vec<_> = users
                        .iter()
                        .map(|u| serde_json::json!({"id": u.id, "email": u.email, "role": u.role.code(), "disabled": u.disabled}))
                        .collect();
                    println!("{}", serde_json::json!({"items": items}));
                } else if users.is_empty() {
                    println!("Creditor {creditor} has no users yet; add one with `purr users add`.");
                } else {
                    for u in &users {
                        println!(
                            "{:>4}  {:<9}  {}{}",
                            u.id,
                            u.role.code(),
                            u.email,
                            if u.disabled { "  (disabled)" } else { "" }
                        );
                    }
                }
                Ok(ExitCode::SUCCESS)
            }
        }
    })
}

pub fn kpi(cmd: KpiCmd, db: &DbArgs) -> anyhow::Result<ExitCode> {
    block_on(async {
        let store = db.open().await?;
        let KpiCmd::Refresh { creditor, rebuild, json } = cmd;
        let creditors = match creditor {
            Some(id) => match crate::db::creditor_or_usage(&store, id).await? {
                Some(c) => vec![c],
                None => return Ok(ExitCode::from(2)),
            },
            None => store.creditors().await?,
        };
        let mut items = Vec::new();
        for c in creditors {
            let started = Instant::now();
            let done = store.refresh_kpis(c.id, rebuild).await?;
            let ms = started.elapsed().as_millis();
            if json {
                items.push(serde_json::json!({
                    "creditor": c.id.0, "claims_recomputed": done.claims_recomputed,
                    "refreshed_at": done.refreshed_at, "elapsed_ms": ms,
                }));
            } else {
                println!(
                    "creditor {:>3}  {:>9} claims recomputed in {ms} ms  (as of {})",
                    c.id.0, done.claims_recomputed, done.refreshed_at
                );
            }
        }
        if json {
            println!("{}", serde_json::json!({"items": items}));
        }
        Ok(ExitCode::SUCCESS)
    })
}
