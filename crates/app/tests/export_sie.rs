//! `purr export sie` on SQLite and PostgreSQL: a small book of fees, interest, payments, a
//! write-off, a reversal, an overpayment moved and refunded and a claim in euro, exported and
//! read back as code page 437 by a reader of this test's own.

use domain::accounting::Grouping;
use domain::{ClaimId, Component, Currency, EntryKind, FeeKind, Money, NewEntry};
use jiff::civil::{Date, date};
use std::collections::BTreeMap;
use std::process::{Command, Output};
use store::{AppendOutcome, ClaimInput, CreateOutcome, NewCreditor, Store};

const NAME: &str = "Åkesson & Söner \"Räntan\" AB";

/// Code page 437 to text: ASCII and the letters a Swedish or Norwegian file holds.
fn decode_cp437(bytes: &[u8]) -> String {
    const LETTERS: [(u8, char); 12] = [
        (0x86, 'å'),
        (0x84, 'ä'),
        (0x94, 'ö'),
        (0x8F, 'Å'),
        (0x8E, 'Ä'),
        (0x99, 'Ö'),
        (0x91, 'æ'),
        (0x92, 'Æ'),
        (0x82, 'é'),
        (0x81, 'ü'),
        (0x9A, 'Ü'),
        (0x90, 'É'),
    ];
    bytes
        .iter()
        .map(|&b| {
            if b.is_ascii() {
                b as char
            } else {
                LETTERS.iter().find(|(x, _)| *x == b).unwrap_or_else(|| panic!("unexpected byte {b:#04x}")).1
            }
        })
        .collect()
}

/// One record's fields: words, quoted strings (unescaped) and `{…}` lists as they stand.
fn fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.trim().chars().peekable();
    while let Some(&c) = chars.peek() {
        if c == ' ' {
            chars.next();
        } else if c == '"' {
            chars.next();
            let mut s = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => s.push(chars.next().expect("an escaped character")),
                    '"' => break,
                    c => s.push(c),
                }
            }
            out.push(s);
        } else if c == '{' {
            let mut s = String::new();
            for c in chars.by_ref() {
                s.push(c);
                if c == '}' {
                    break;
                }
            }
            out.push(s);
        } else {
            let mut s = String::new();
            while let Some(&c) = chars.peek() {
                if c == ' ' {
                    break;
                }
                s.push(c);
                chars.next();
            }
            out.push(s);
        }
    }
    out
}

/// A SIE amount in minor units: `-12.34` → -1234.
fn minor(text: &str) -> i64 {
    let (sign, digits) = text.strip_prefix('-').map_or((1, text), |d| (-1, d));
    let (whole, cents) = digits.split_once('.').expect("two decimals");
    assert_eq!(cents.len(), 2, "{text}");
    sign * (whole.parse::<i64>().unwrap() * 100 + cents.parse::<i64>().unwrap())
}

/// A voucher as read: the `#VER` fields after the label, and its (account, amount) lines.
type ReadVoucher = (Vec<String>, Vec<(u32, i64)>);

#[derive(Debug, Default)]
struct Read {
    header: BTreeMap<String, Vec<Vec<String>>>,
    vouchers: Vec<ReadVoucher>,
}

fn read(bytes: &[u8]) -> Read {
    let text = decode_cp437(bytes);
    let mut read = Read::default();
    let mut open: Option<ReadVoucher> = None;
    for line in text.split("\r\n").filter(|l| !l.is_empty()) {
        let f = fields(line);
        match f[0].as_str() {
            "#VER" => open = Some((f[1..].to_vec(), Vec::new())),
            "{" => assert!(open.is_some(), "a brace outside a voucher"),
            "}" => read.vouchers.push(open.take().expect("a closing brace after #VER")),
            "#TRANS" => {
                assert_eq!(f[2], "{}");
                open.as_mut().expect("#TRANS inside a voucher").1.push((f[1].parse().unwrap(), minor(&f[3])));
            }
            label => read.header.entry(label.to_string()).or_default().push(f[1..].to_vec()),
        }
    }
    assert!(open.is_none(), "every voucher is closed");
    read
}

fn entry(kind: EntryKind, component: Component, minor: i64, currency: Currency, day: Date) -> NewEntry {
    NewEntry { kind, component, amount: Money::from_minor(minor, currency), effective_date: day, reason: "test".into() }
}

async fn claim(
    store: &Store,
    creditor: domain::CreditorId,
    invoice: &str,
    debtor: &str,
    minor: i64,
    currency: Currency,
) -> ClaimId {
    let input = ClaimInput {
        principal: Money::from_minor(minor, currency),
        ..crate::dashboard::claim(invoice, debtor, "Örjan Ärlig", "19121212-1212", currency)
    };
    match store.create_claim(creditor, &input).await.unwrap() {
        CreateOutcome::Created(v) => v.claim.id,
        other => panic!("{other:?}"),
    }
}

async fn book(
    store: &Store,
    creditor: domain::CreditorId,
    claim: ClaimId,
    key: Option<&str>,
    new: &[NewEntry],
) -> Vec<domain::Entry> {
    match store.append_entries(creditor, claim, new, key).await.unwrap() {
        AppendOutcome::Booked(e) => e,
        other => panic!("{other:?}"),
    }
}

/// A small SE book in March 2026, with one entry in April. Returns the creditor.
async fn small_book(store: &Store) -> domain::Creditor {
    let [se, _] = app::demo::demo_creditors();
    let creditor = store.create_creditor(&NewCreditor { legal_name: NAME.into(), ..se }).await.unwrap();
    let c = creditor.id;
    let s = Currency::SEK;
    let reminder = EntryKind::Fee { fee: FeeKind::Reminder };
    let demand = EntryKind::Fee { fee: FeeKind::CollectionDemand };
    let a = claim(store, c, "1001", "D-1", 1_000_000, s).await;
    book(
        store,
        c,
        a,
        Some("run:2026-03-02:a"),
        &[
            entry(reminder, Component::Fees, 6_000, s, date(2026, 3, 2)),
            entry(EntryKind::Interest, Component::Interest, 1_234, s, date(2026, 3, 2)),
        ],
    )
    .await;
    book(
        store,
        c,
        a,
        Some("payment:bg:1"),
        &[
            entry(EntryKind::Payment, Component::Interest, -1_234, s, date(2026, 3, 10)),
            entry(EntryKind::Payment, Component::Fees, -6_000, s, date(2026, 3, 10)),
            entry(EntryKind::Payment, Component::Principal, -500_000, s, date(2026, 3, 10)),
        ],
    )
    .await;
    book(store, c, a, None, &[entry(EntryKind::WriteOff, Component::Principal, -100_000, s, date(2026, 3, 20))]).await;
    // A fee of February reversed in March: the reversal's voucher needs the February entry's kind.
    let late = EntryKind::Fee { fee: FeeKind::LateCompensation };
    let february = book(store, c, a, None, &[entry(late, Component::Fees, 45_000, s, date(2026, 2, 20))]).await;
    book(
        store,
        c,
        a,
        None,
        &[entry(EntryKind::Reversal { of: february[0].id }, Component::Fees, -45_000, s, date(2026, 3, 25))],
    )
    .await;
    book(store, c, a, None, &[entry(EntryKind::Interest, Component::Interest, 999, s, date(2026, 4, 1))]).await;

    let b = claim(store, c, "1002", "D-2", 50_000, s).await;
    let fee = book(store, c, b, None, &[entry(demand, Component::Fees, 18_000, s, date(2026, 3, 5))]).await;
    book(
        store,
        c,
        b,
        None,
        &[entry(EntryKind::Reversal { of: fee[0].id }, Component::Fees, -18_000, s, date(2026, 3, 6))],
    )
    .await;
    book(
        store,
        c,
        b,
        Some("payment:bg:2"),
        &[
            entry(EntryKind::Payment, Component::Principal, -50_000, s, date(2026, 3, 12)),
            entry(EntryKind::Payment, Component::Credit, -20_000, s, date(2026, 3, 12)),
        ],
    )
    .await;
    // Half the credit pays the same debtor's other claim, the rest goes back to the debtor.
    let d = claim(store, c, "1003", "D-2", 30_000, s).await;
    store.apply_credit(c, b, d, Some(10_000), date(2026, 3, 14), "move-1").await.unwrap();
    store.refund_credit(c, b, None, "payout 77", date(2026, 3, 15), "refund-1").await.unwrap();

    let e = claim(store, c, "1004", "D-3", 10_000, Currency::EUR).await;
    book(store, c, e, None, &[entry(EntryKind::Interest, Component::Interest, 100, Currency::EUR, date(2026, 3, 2))])
        .await;
    creditor
}

store::both_backends! {
    async fn a_period_exports_balanced_vouchers_that_match_the_ledger(store) {
        let creditor = small_book(&store).await;
        let (from, to) = (date(2026, 3, 1), date(2026, 3, 31));
        let done = app::export_cmd::export_sie(&store, &creditor, from, to, (1, 1), Grouping::Event, date(2026, 11, 24)).await.unwrap();
        let file = read(&done.bytes);

        // Header records.
        let one = |label: &str| file.header.get(label).unwrap_or_else(|| panic!("no {label}"))[0].clone();
        assert_eq!(one("#FLAGGA"), vec!["0"]);
        assert_eq!(one("#FORMAT"), vec!["PC8"]);
        assert_eq!(one("#SIETYP"), vec!["4"]);
        assert_eq!(one("#PROGRAM")[0], "Purr");
        assert_eq!(one("#GEN"), vec!["20261124"]);
        assert_eq!(one("#FNAMN"), vec![NAME], "Swedish letters and quotes survive code page 437");
        assert_eq!(one("#ORGNR"), vec![creditor.org_number.clone()]);
        assert_eq!(one("#VALUTA"), vec!["SEK"]);
        assert_eq!(file.header["#RAR"], vec![vec!["0", "20260101", "20261231"]]);
        let konto: BTreeMap<u32, String> =
            file.header["#KONTO"].iter().map(|f| (f[0].parse().unwrap(), f[1].clone())).collect();
        assert_eq!(konto[&8313], "Ränteintäkter från kortfristiga fordringar");
        assert_eq!(konto[&1930], "Företagskonto/checkkonto/affärskonto");

        // Every voucher balances, is numbered in order and dated in the period.
        let mut totals: BTreeMap<u32, i64> = BTreeMap::new();
        for (k, (head, lines)) in file.vouchers.iter().enumerate() {
            assert_eq!(head[0], "P");
            assert_eq!(head[1], (k + 1).to_string());
            assert!(head[2].as_str() >= "20260301" && head[2].as_str() <= "20260331", "{head:?}");
            assert_eq!(lines.iter().map(|l| l.1).sum::<i64>(), 0, "voucher {head:?} balances");
            for (account, amount) in lines {
                assert!(konto.contains_key(account), "account {account} is listed");
                *totals.entry(*account).or_insert(0) += amount;
            }
        }
        let texts: Vec<&str> = file.vouchers.iter().map(|v| v.0[3].as_str()).collect();
        assert!(texts.contains(&"Påminnelseavgift, Dröjsmålsränta faktura 1001"), "{texts:?}");
        assert!(texts.contains(&"Rättelse: Inkassoavgift faktura 1002"), "{texts:?}");
        assert!(texts.contains(&"Rättelse: Förseningsersättning faktura 1001"), "{texts:?}");

        // The totals are the ledger's, summed here from the stored entries.
        let mut fees = 0;
        let mut interest = 0;
        let mut bank = 0;
        let mut loss = 0;
        let mut receivable = 0;
        for claim in store.claims(&store::ClaimFilter { creditor: Some(creditor.id), limit: 100, ..Default::default() }).await.unwrap() {
            let entries = store.entries(creditor.id, claim.claim.id).await.unwrap();
            for e in &entries {
                if e.effective_date < from || e.effective_date > to || e.amount.currency() != Currency::SEK {
                    continue;
                }
                let kind = match e.kind {
                    EntryKind::Reversal { of } => entries.iter().find(|o| o.id == of).unwrap().kind,
                    kind => kind,
                };
                let a = e.amount.minor();
                match kind {
                    EntryKind::Principal => continue,
                    EntryKind::Fee { .. } => fees -= a,
                    EntryKind::Interest => interest -= a,
                    EntryKind::Payment | EntryKind::Refund => bank -= a,
                    EntryKind::WriteOff => loss -= a,
                    other => panic!("not in this book: {other:?}"),
                }
                receivable += a;
            }
        }
        assert_eq!(totals.get(&3990).copied().unwrap_or(0), fees);
        assert_eq!(fees, -6_000 + 45_000, "the reversed collection demand fee is gone, February's fee taken back");
        assert_eq!(totals[&8313], interest);
        assert_eq!(interest, -1_234, "April's interest and the euro claim's are not in March");
        assert_eq!(totals[&1930], bank);
        assert_eq!(bank, 507_234 + 70_000 - 10_000, "payments in, the moved credit nets, the refund out");
        assert_eq!(totals[&6351], loss);
        assert_eq!(totals[&1510], receivable);
        let summary_totals: BTreeMap<u32, i64> = done.summary.totals.iter().map(|t| (t.account, t.total_minor)).collect();
        assert_eq!(summary_totals, totals);

        // What was left out, and why.
        assert_eq!(done.summary.skipped_entries, 1, "{:?}", done.summary.skipped);
        assert_eq!(done.summary.skipped[0].why, "other_currency");
        assert_eq!((done.summary.skipped[0].currency.as_str(), done.summary.skipped[0].amount_minor), ("EUR", 100));
        assert_eq!(done.summary.netted_out, 2, "the credit moved between two claims books nothing in BAS");
        assert_eq!(done.summary.vouchers, file.vouchers.len());
        assert_eq!(done.summary.transactions, file.vouchers.iter().map(|v| v.1.len()).sum::<usize>());

        // The whole history: the principals are skipped as booked by the invoicing.
        let all = app::export_cmd::export_sie(&store, &creditor, date(2020, 1, 1), date(2026, 12, 31), (7, 1), Grouping::Event, date(2026, 11, 24)).await.unwrap();
        let principals = all.summary.skipped.iter().find(|g| g.why == "booked_by_invoicing").unwrap();
        assert_eq!((principals.kind.as_str(), principals.entries), ("principal", 3), "the euro claim's is other currency");
        let euro: Vec<(&str, usize)> =
            all.summary.skipped.iter().filter(|g| g.why == "other_currency").map(|g| (g.kind.as_str(), g.entries)).collect();
        assert_eq!(euro, vec![("interest", 1), ("principal", 1)]);
        assert_eq!(read(&all.bytes).header["#RAR"][0], vec!["0", "20260701", "20270630"]);

        // A summary voucher per day: the same totals, one voucher for each day with entries.
        let day = app::export_cmd::export_sie(&store, &creditor, from, to, (1, 1), Grouping::Day, date(2026, 11, 24)).await.unwrap();
        let per_day = read(&day.bytes);
        let days: std::collections::BTreeSet<&str> = file.vouchers.iter().map(|v| v.0[2].as_str()).collect();
        assert_eq!(per_day.vouchers.len(), days.len());
        let day_totals: BTreeMap<u32, i64> = day.summary.totals.iter().map(|t| (t.account, t.total_minor)).collect();
        assert_eq!(day_totals, totals);
        assert!(per_day.vouchers.iter().all(|v| v.1.iter().map(|l| l.1).sum::<i64>() == 0));

        // A period the wrong way round is refused.
        let err = app::export_cmd::export_sie(&store, &creditor, to, from, (1, 1), Grouping::Event, date(2026, 11, 24)).await.unwrap_err();
        assert!(err.to_string().contains("after it ends"), "{err}");
    }
}

store::both_backends! {
    async fn a_norwegian_book_is_exported_in_nok_on_ns_4102(store) {
        let [_, no] = app::demo::demo_creditors();
        let creditor = store.create_creditor(&NewCreditor { legal_name: "Bjørnøya Kraft AS".into(), ..no }).await.unwrap();
        let (c, n) = (creditor.id, Currency::NOK);
        let claim = claim(&store, c, "7001", "N-1", 250_000, n).await;
        let day = date(2026, 5, 4);
        book(&store, c, claim, Some("run:n"), &[
            entry(EntryKind::Fee { fee: FeeKind::CollectionWarning }, Component::Fees, 7_000, n, day),
            entry(EntryKind::Interest, Component::Interest, 321, n, day),
        ]).await;
        book(&store, c, claim, Some("pay:n"), &[entry(EntryKind::Payment, Component::Principal, -100_000, n, date(2026, 5, 20))]).await;
        let sek = claim_sek(&store, c).await;
        book(&store, c, sek, None, &[entry(EntryKind::Interest, Component::Interest, 5, Currency::SEK, day)]).await;
        let done = app::export_cmd::export_sie(&store, &creditor, date(2026, 5, 1), date(2026, 5, 31), (1, 1), Grouping::Event, date(2026, 11, 24)).await.unwrap();
        let file = read(&done.bytes);
        assert_eq!(file.header["#FNAMN"][0], vec!["Björnöya Kraft AS"], "ø has no place in code page 437: ö stands in");
        assert_eq!(done.summary.replaced_characters, 2);
        assert_eq!(file.header["#VALUTA"][0], vec!["NOK"]);
        let lines: Vec<Vec<(u32, i64)>> = file.vouchers.iter().map(|v| v.1.clone()).collect();
        assert_eq!(lines, vec![vec![(1500, 7_321), (8070, -7_000), (8050, -321)], vec![(1500, -100_000), (1920, 100_000)]]);
        assert_eq!(file.vouchers[0].0[3], "Inkassovarsel, Forsinkelsesrente faktura 7001");
        assert_eq!((done.summary.skipped[0].why, done.summary.skipped[0].currency.as_str()), ("other_currency", "SEK"));
    }
}

/// A claim in SEK at a Norwegian creditor (its entries are not in a NOK file).
async fn claim_sek(store: &Store, creditor: domain::CreditorId) -> ClaimId {
    claim(store, creditor, "7002", "N-2", 1_000, Currency::SEK).await
}

fn purr(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_purr"))
        .current_dir(dir)
        .arg("--db")
        .arg(dir.join("book.db"))
        .args(args)
        .env_remove("PURR_DATABASE_URL")
        .output()
        .unwrap()
}

#[test]
fn the_cli_writes_the_file_and_refuses_broken_input_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let creditor = app::db::block_on(async {
        let store = Store::open(&store::DbTarget::Sqlite(dir.path().join("book.db"))).await.unwrap();
        let creditor = small_book(&store).await;
        store.close().await;
        creditor
    });
    let id = creditor.id.0.to_string();
    let ok = purr(dir.path(), &["export", "sie", "--creditor", &id, "--from", "2026-03-01", "--to", "2026-03-31"]);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let name = format!("purr-{id}-2026-03-01-2026-03-31.si");
    let stdout = String::from_utf8_lossy(&ok.stdout);
    assert!(stdout.contains(&name) && stdout.contains("8313"), "{stdout}");
    assert!(stdout.contains("Skipped 1 interest entries of 1.00 EUR"), "{stdout}");
    let bytes = std::fs::read(dir.path().join(&name)).unwrap();
    assert!(read(&bytes).vouchers.len() >= 5);

    let json = purr(
        dir.path(),
        &[
            "export",
            "sie",
            "--creditor",
            &id,
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--out",
            "march.si",
            "--json",
        ],
    );
    assert!(json.status.success(), "{}", String::from_utf8_lossy(&json.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(summary["file"], "march.si");
    assert_eq!(summary["currency"], "SEK");
    assert_eq!(summary["skipped_entries"], 1);
    assert_eq!(std::fs::read(dir.path().join("march.si")).unwrap(), bytes, "the same period, the same bytes");

    let empty =
        purr(dir.path(), &["export", "sie", "--creditor", &id, "--from", "2024-01-01", "--to", "2024-12-31", "--json"]);
    assert!(empty.status.success(), "an empty period is a file without vouchers");
    let summary: serde_json::Value = serde_json::from_slice(&empty.stdout).unwrap();
    assert_eq!((summary["vouchers"].as_i64(), summary["skipped_entries"].as_i64()), (Some(0), Some(0)));

    let piped = purr(
        dir.path(),
        &["export", "sie", "--creditor", &id, "--from", "2026-03-01", "--to", "2026-03-31", "--out", "-"],
    );
    assert!(piped.status.success());
    assert_eq!(piped.stdout, bytes, "--out - writes the file itself to standard output");

    for (args, says) in [
        (vec!["--creditor", "99", "--from", "2026-03-01", "--to", "2026-03-31"], "no creditor 99"),
        (vec!["--creditor", &id, "--from", "2026-04-01", "--to", "2026-03-31"], "after --to"),
        (vec!["--creditor", &id, "--from", "2026-13-01", "--to", "2026-03-31"], "not a date"),
        (vec!["--creditor", &id, "--from", "2026-3-1", "--to", "2026-03-31"], "not a date"),
        (vec!["--creditor", &id, "--from", "yesterday", "--to", "2026-03-31"], "not a date"),
        (vec!["--creditor", &id, "--from", "2026-03-01"], "--to"),
        (
            vec!["--creditor", &id, "--from", "2026-03-01", "--to", "2026-03-31", "--fiscal-year-start", "02-29"],
            "29 February",
        ),
        (
            vec!["--creditor", &id, "--from", "2026-03-01", "--to", "2026-03-31", "--fiscal-year-start", "13-01"],
            "MM-DD",
        ),
        (vec!["--creditor", &id, "--from", "2026-03-01", "--to", "2026-03-31", "--vouchers", "week"], "neither"),
    ] {
        let mut all = vec!["export", "sie"];
        all.extend(args.iter().copied());
        let out = purr(dir.path(), &all);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{all:?}: {stderr}");
        assert!(stderr.contains(says), "{all:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }

    let help = purr(dir.path(), &["export", "sie", "--help"]);
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("Examples:") && help.contains("purr export sie --creditor 1"), "{help}");
}

store::both_backends! {
    // The same file over the API, for an accounting integration; a broken query is named.
    async fn the_api_serves_the_same_file_and_names_broken_queries(store) {
        let creditor = small_book(&store).await;
        let key = app::keys::create(&store, creditor.id, "bookkeeping", store::Role::ReadOnly).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let router = app::http::router(store.clone());
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        let http = reqwest::Client::new();
        let doc: serde_json::Value = http.get(format!("{base}/api/openapi.json")).send().await.unwrap().json().await.unwrap();
        let get = |query: &str, key: Option<&str>| {
            let mut req = http.get(format!("{base}/api/v1/exports/sie{query}"));
            if let Some(k) = key {
                req = req.bearer_auth(k);
            }
            req.send()
        };

        let resp = get("?from=2026-03-01&to=2026-03-31", Some(&key)).await.unwrap();
        assert_eq!(resp.status(), reqwest::StatusCode::OK);
        assert_eq!(resp.headers()["content-type"], "text/plain; charset=IBM437");
        assert_eq!(resp.headers()["content-disposition"], format!("attachment; filename=\"purr-{}-2026-03-01-2026-03-31.si\"", creditor.id.0));
        let body = resp.bytes().await.unwrap();
        let cli = app::export_cmd::export_sie(&store, &creditor, date(2026, 3, 1), date(2026, 3, 31), (1, 1), Grouping::Event, app::today()).await.unwrap();
        assert_eq!(body.as_ref(), cli.bytes.as_slice(), "the same bytes as purr export sie");
        let by_day = get("?from=2026-03-01&to=2026-03-31&vouchers=day&fiscal_year_start=07-01", Some(&key)).await.unwrap();
        assert_eq!(by_day.status(), reqwest::StatusCode::OK);
        assert!(read(&by_day.bytes().await.unwrap()).header["#RAR"][0].contains(&"20250701".to_string()));

        for (query, status, field) in [
            ("?from=2026-03-31&to=2026-03-01", 422, Some("to")),
            ("?from=march&to=2026-03-31", 422, Some("from")),
            ("?from=2026-03-01&to=2026-03-31&vouchers=week", 422, Some("vouchers")),
            ("?from=2026-03-01&to=2026-03-31&fiscal_year_start=02-29", 422, Some("fiscal_year_start")),
            ("?from=2026-03-01&to=2026-03-31&format=xml", 400, None),
            ("?from=2026-03-01", 400, None),
        ] {
            let resp = get(query, Some(&key)).await.unwrap();
            let code = resp.status();
            let value: serde_json::Value = resp.json().await.unwrap();
            assert_eq!(code.as_u16(), status, "{query}: {value}");
            crate::api::conforms(&doc, "get", "/api/v1/exports/sie", code, &value);
            if let Some(field) = field {
                assert_eq!(value["error"]["details"][0]["field"], field, "{query}: {value}");
            }
        }
        let resp = get("?from=2026-03-01&to=2026-03-31", None).await.unwrap();
        assert_eq!(resp.status(), reqwest::StatusCode::UNAUTHORIZED);
    }
}
