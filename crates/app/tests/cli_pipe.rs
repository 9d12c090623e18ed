//! `purr … | head`: a reader that stops early must not make Purr panic.

use std::process::Command;

#[test]
fn closed_stdout_stops_quietly_without_a_panic() {
    // The pipe's reading end is closed before Purr starts, so its first write fails with EPIPE.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = Command::new(env!("CARGO_BIN_EXE_purr")).args(["letters", "variables"]).stdout(writer).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "purr panicked on a closed pipe: {stderr}");
    assert_eq!(out.status.code(), Some(141), "stderr: {stderr}");
}

#[test]
fn usage_errors_are_still_reported() {
    // A usage error still speaks on stderr with clap's status.
    let out =
        Command::new(env!("CARGO_BIN_EXE_purr")).args(["letters", "variables", "--step", "nonsense"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert!(!out.stderr.is_empty());
}
