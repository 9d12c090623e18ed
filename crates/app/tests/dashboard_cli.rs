//! `purr users add` / `purr users list` and `purr kpi refresh` from the command line.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn purr(db: &std::path::Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_purr"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("PURR_DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn users_are_added_with_a_password_from_stdin_and_kpis_refresh() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let add = |email: &str, role: &str, password: &str| {
        purr(&db, &["users", "add", "--creditor", "1", "--email", email, "--role", role], &format!("{password}\n"))
    };
    let none = add("anna@example.se", "agent", "long enough password");
    assert_eq!(none.status.code(), Some(2), "no creditor 1 yet");
    assert!(String::from_utf8_lossy(&none.stderr).contains("there is no creditor 1"));
    let created = purr(
        &db,
        &[
            "creditors",
            "add",
            "--name",
            "Exempel AB",
            "--org-number",
            "556677-8899",
            "--jurisdiction",
            "SE",
            "--bankgiro",
            "5050-1055",
        ],
        "",
    );
    assert!(created.status.success(), "{}", String::from_utf8_lossy(&created.stderr));

    let short = add("anna@example.se", "agent", "short");
    assert_eq!(short.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 12 characters"));
    let bad_role = add("anna@example.se", "boss", "long enough password");
    assert_eq!(bad_role.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_role.stderr).contains("--role"));
    let bad_email = add("anna", "agent", "long enough password");
    assert_eq!(bad_email.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_email.stderr).contains("--email"));

    let ok = add("Anna@Example.se", "read-only", "long enough password");
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert!(String::from_utf8_lossy(&ok.stdout).contains("/dashboard/login?creditor=1"));
    let again = add("anna@example.se", "admin", "another long password");
    assert_eq!(again.status.code(), Some(2), "the address is taken");

    let list: serde_json::Value =
        serde_json::from_slice(&purr(&db, &["users", "list", "--creditor", "1", "--json"], "").stdout).unwrap();
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    assert_eq!(list["items"][0]["email"], "anna@example.se");
    assert_eq!(list["items"][0]["role"], "read_only");

    let refresh = purr(&db, &["kpi", "refresh", "--json"], "");
    assert!(refresh.status.success(), "{}", String::from_utf8_lossy(&refresh.stderr));
    let out: serde_json::Value = serde_json::from_slice(&refresh.stdout).unwrap();
    assert_eq!(out["items"][0]["creditor"], 1);
    assert_eq!(out["items"][0]["claims_recomputed"], 0);
    let help = purr(&db, &["users", "add", "--help"], "");
    assert!(String::from_utf8_lossy(&help.stdout).contains("Examples:"));
}
