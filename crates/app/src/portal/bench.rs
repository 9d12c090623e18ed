//! `purr bench portal`: the claim page's latency under a steady request rate, on a SQLite book of
//! many claims, served on loopback by the real router.
//!
//! The load is open-loop: requests are scheduled every 1/rate seconds whatever the server does,
//! and each latency is measured from its scheduled time, so a slow answer that delays the next
//! request counts against the server (no coordinated omission). The client is a few lines of
//! HTTP/1.1 over keep-alive connections, so its own cost stays small next to the server's.

use crate::db::block_on;
use clap::Args;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

#[derive(Debug, Args)]
pub struct BenchPortalArgs {
    /// How many claims the book holds.
    #[arg(long, default_value_t = 100_000)]
    pub claims: usize,
    /// Requests per second to send.
    #[arg(long, default_value_t = 500)]
    pub rate: u64,
    /// How long to send them, in seconds.
    #[arg(long, default_value_t = 10)]
    pub seconds: u64,
    /// Keep-alive connections to spread the requests over.
    #[arg(long, default_value_t = 32)]
    pub connections: usize,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// One GET on a kept-alive connection; returns the status code.
async fn get(conn: &mut TcpStream, request: &[u8], buf: &mut Vec<u8>) -> std::io::Result<u16> {
    conn.write_all(request).await?;
    buf.clear();
    let mut chunk = [0u8; 16 * 1024];
    let (head_end, length) = loop {
        let n = conn.read(&mut chunk).await?;
        if n == 0 {
            return Err(std::io::Error::other("connection closed"));
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..pos]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:").map(|v| v.trim().parse::<usize>().unwrap_or(0)))
                .unwrap_or(0);
            break (pos + 4, length);
        }
    };
    while buf.len() < head_end + length {
        let n = conn.read(&mut chunk).await?;
        if n == 0 {
            return Err(std::io::Error::other("connection closed mid-body"));
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let status = std::str::from_utf8(&buf[9..12]).ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    Ok(status)
}

fn percentile(sorted: &[Duration], p: usize) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = (sorted.len() * p / 100).min(sorted.len() - 1);
    sorted[i].as_secs_f64() * 1000.0
}

pub fn bench_portal(args: BenchPortalArgs) -> anyhow::Result<ExitCode> {
    block_on(async {
        let dir = tempfile::tempdir()?;
        let target = store::DbTarget::Sqlite(dir.path().join("bench-portal.db"));
        let store = store::Store::open(&target).await?;
        let creditor = store.create_creditor(&crate::demo::demo_creditors()[0]).await?;
        let started = Instant::now();
        let csv = crate::commands::synthetic_csv(args.claims);
        let rows = crate::claims_cmd::parse_claims(csv.as_bytes(), &creditor, &mut |_| {})
            .map_err(|e| anyhow::anyhow!("benchmark CSV did not parse: {}", e[..e.len().min(3)].join("; ")))?;
        let claims: Vec<_> = rows.into_iter().map(|(_, c)| c).collect();
        store.import_claims(creditor.id, &claims, &mut |_| {}).await?;
        let tables = crate::rates_cmd::tables_in_force(&store).await?;
        let run = crate::run_cmd::run_date(
            &store,
            &tables,
            &domain::dunning::Strategies::builtin(),
            crate::today(),
            false,
            5_000,
            |_| {},
        )
        .await?;
        println!(
            "Book: {} claims in SQLite, dunning run booked {} entries ({:.1} s to set up)",
            args.claims,
            run.entries_created,
            started.elapsed().as_secs_f64()
        );
        // The claim in the middle of the book, signed in through its link like a debtor.
        let middle = store
            .claim_by_invoice(creditor.id, &(100_000 + args.claims / 2).to_string())
            .await?
            .ok_or_else(|| anyhow::anyhow!("the middle claim is missing"))?;
        let link = super::auth::mint_link(&store, creditor.id, middle.claim.debtor_id).await?;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let router = crate::http::router(store.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>()).await;
        });
        let cookie = sign_in(addr, &link).await?;
        let path = format!("/portal/{}/claims/{}", creditor.id.0, middle.claim.id.0);
        let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\nAccept-Language: sv\r\n\r\n");
        // Warm up: caches, the law tables, connections.
        let mut warm = TcpStream::connect(addr).await?;
        let mut buf = Vec::new();
        for _ in 0..200 {
            let status = get(&mut warm, request.as_bytes(), &mut buf).await?;
            anyhow::ensure!(status == 200, "the claim page answered {status}");
        }
        let total = (args.rate * args.seconds) as usize;
        let interval = Duration::from_nanos(1_000_000_000 / args.rate.max(1));
        let (tx, rx) = async_channel();
        let mut workers = Vec::new();
        for _ in 0..args.connections.max(1) {
            let rx = rx.clone();
            let request = request.clone();
            let mut conn = TcpStream::connect(addr).await?;
            workers.push(tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut latencies = Vec::new();
                let mut errors = 0usize;
                while let Ok(scheduled) = rx.recv().await {
                    match get(&mut conn, request.as_bytes(), &mut buf).await {
                        Ok(200) => latencies.push(scheduled.elapsed()),
                        _ => errors += 1,
                    }
                }
                (latencies, errors)
            }));
        }
        drop(rx);
        let start = Instant::now();
        for i in 0..total {
            let at = start + interval * i as u32;
            tokio::time::sleep_until(at.into()).await;
            if tx.send(at).await.is_err() {
                break;
            }
        }
        drop(tx);
        let mut latencies = Vec::with_capacity(total);
        let mut errors = 0;
        for w in workers {
            let (l, e) = w.await?;
            latencies.extend(l);
            errors += e;
        }
        let elapsed = start.elapsed().as_secs_f64();
        latencies.sort();
        let (p50, p90, p99) = (percentile(&latencies, 50), percentile(&latencies, 90), percentile(&latencies, 99));
        let max = latencies.last().map_or(0.0, |d| d.as_secs_f64() * 1000.0);
        let achieved = latencies.len() as f64 / elapsed;
        if args.json {
            println!(
                "{}",
                serde_json::json!({"claims": args.claims, "rate_target": args.rate, "rate_achieved": achieved,
                    "requests": latencies.len(), "errors": errors, "latency_ms_p50": p50, "latency_ms_p90": p90,
                    "latency_ms_p99": p99, "latency_ms_max": max})
            );
        } else {
            println!(
                "Claim page {path}: {} requests at {:.0}/s (target {}/s), {errors} errors",
                latencies.len(),
                achieved,
                args.rate
            );
            println!("  latency_ms  p50 {p50:.2}  p90 {p90:.2}  p99 {p99:.2}  max {max:.2}");
            println!(
                "  target: p99 <= 20 ms at 500 requests/s: {}",
                if p99 <= 20.0 && errors == 0 { "met" } else { "NOT met" }
            );
        }
        store.close().await;
        Ok(if p99 <= 20.0 && errors == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
    })
}

/// A bounded multi-consumer channel made of a tokio mpsc receiver behind a mutex.
fn async_channel() -> (tokio::sync::mpsc::Sender<Instant>, SharedRx) {
    let (tx, rx) = tokio::sync::mpsc::channel(10_000);
    (tx, SharedRx(std::sync::Arc::new(tokio::sync::Mutex::new(rx))))
}

#[derive(Clone)]
struct SharedRx(std::sync::Arc<tokio::sync::Mutex<tokio::sync::mpsc::Receiver<Instant>>>);

impl SharedRx {
    async fn recv(&self) -> Result<Instant, ()> {
        self.0.lock().await.recv().await.ok_or(())
    }
}

/// Opens the link page, presses its button and returns the session cookie.
async fn sign_in(addr: std::net::SocketAddr, link: &str) -> anyhow::Result<String> {
    let mut conn = TcpStream::connect(addr).await?;
    let req = format!("GET {link} HTTP/1.1\r\nHost: {addr}\r\n\r\n");
    let mut buf = Vec::new();
    get(&mut conn, req.as_bytes(), &mut buf).await?;
    let text = String::from_utf8_lossy(&buf).into_owned();
    let pre_cookie = text
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: ").or_else(|| l.strip_prefix("Set-Cookie: ")))
        .and_then(|c| c.split(';').next())
        .ok_or_else(|| anyhow::anyhow!("no sign-in cookie"))?
        .to_string();
    let pre = pre_cookie.split_once('=').map(|(_, v)| v.to_string()).unwrap_or_default();
    let body = format!("pre={pre}");
    let req = format!(
        "POST {link} HTTP/1.1\r\nHost: {addr}\r\nCookie: {pre_cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    get(&mut conn, req.as_bytes(), &mut buf).await?;
    let text = String::from_utf8_lossy(&buf).into_owned();
    text.lines()
        .filter_map(|l| l.strip_prefix("set-cookie: ").or_else(|| l.strip_prefix("Set-Cookie: ")))
        .filter_map(|c| c.split(';').next())
        .find(|c| c.starts_with("purr_session="))
        .map(str::to_string)
        .ok_or_else(|| anyhow::anyhow!("signing in gave no session"))
}
