//! `purr demo`: a fresh book with one Swedish and one Norwegian creditor and thousands of
//! debtors whose claims are in realistic states, so every screen and command has data.
//!
//! The data is drawn from a fixed seed, so two demos made on the same day hold the same book;
//! dates are relative to today so the claims look current.

use crate::db::DbArgs;
use crate::keys;
use domain::{
    AllocationOrder, BankDetails, Channel, ClaimInput, Component, Creditor, Currency, DebtorInput, DebtorKind,
    EntryKind, Jurisdiction, Language, Money, NewEntry, PostalAddress, ReferenceScheme,
};
use jiff::ToSpan;
use jiff::civil::Date;
use store::{ClaimFilter, DbTarget, NewCreditor, Role, Store};

const SE_ORG: &str = "559012-3450";
const NO_ORG: &str = "923609016";

/// What `purr demo` made.
#[derive(Debug)]
pub struct Demo {
    pub creditors: Vec<(Creditor, String)>,
    pub debtors: usize,
    pub claims: usize,
}

/// A small deterministic generator (SplitMix64): the demo must not depend on a random source.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len() as u64) as usize]
    }
}

const SE_FIRST: &[&str] = &[
    "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Ahmed", "Elin", "Mohammed", "Fatima", "Oskar",
    "Linnea", "Nils", "Aino", "Ali",
];
const SE_LAST: &[&str] = &[
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Hassan",
    "Lindqvist",
    "Berg",
    "Svensson",
    "Yilmaz",
    "Holm",
];
const SE_CITIES: &[(&str, &str)] = &[
    ("Stockholm", "114 55"),
    ("Göteborg", "411 05"),
    ("Malmö", "211 20"),
    ("Uppsala", "753 20"),
    ("Umeå", "903 26"),
    ("Kiruna", "981 31"),
];
const NO_FIRST: &[&str] = &[
    "Ola", "Kari", "Ingrid", "Lars", "Nora", "Jonas", "Sofie", "Emil", "Aisha", "Piotr", "Sigrid", "Magnus", "Liv",
    "Omar",
];
const NO_LAST: &[&str] = &[
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Berg",
    "Haugen",
    "Nowak",
    "Bakke",
    "Ali",
];
const NO_CITIES: &[(&str, &str)] = &[
    ("Oslo", "0150"),
    ("Bergen", "5003"),
    ("Trondheim", "7010"),
    ("Stavanger", "4006"),
    ("Tromsø", "9008"),
    ("Kristiansand", "4610"),
];
const COMPANIES: &[&str] = &["Bygg", "Konsult", "Frisør", "Bakeri", "Transport", "Data", "Café", "Trädgård"];

pub fn demo_creditors() -> [NewCreditor; 2] {
    [
        NewCreditor {
            legal_name: "Solvik Energi AB (demo)".into(),
            org_number: SE_ORG.into(),
            jurisdiction: Jurisdiction::SE,
            default_language: Language::parse("sv").expect("sv"),
            bank: BankDetails { bankgiro: Some("5050-1055".into()), ..Default::default() },
            reference_scheme: ReferenceScheme::SeOcr { length_digit: false },
            reminder_fee_agreed: true,
            allocation_order: AllocationOrder::CostsInterestPrincipal,
        },
        NewCreditor {
            legal_name: "Fjordkraft Demo AS".into(),
            org_number: NO_ORG.into(),
            jurisdiction: Jurisdiction::NO,
            default_language: Language::parse("nb").expect("nb"),
            bank: BankDetails { no_account: Some("15032012342".into()), ..Default::default() },
            reference_scheme: ReferenceScheme::KidMod10,
            reminder_fee_agreed: false,
            allocation_order: AllocationOrder::CostsInterestPrincipal,
        },
    ]
}

/// Makes sure the target may be filled with demo data: an empty database, or an earlier demo
/// (a SQLite file that holds only demo creditors is replaced). Real data is never touched.
async fn prepare(db: &DbArgs) -> anyhow::Result<Store> {
    let target = db.target();
    let store = db.open().await?;
    let existing = store.creditors().await?;
    if existing.is_empty() {
        return Ok(store);
    }
    let only_demo = existing.iter().all(|c| c.org_number == SE_ORG || c.org_number == NO_ORG);
    match (&target, only_demo) {
        (DbTarget::Sqlite(path), true) => {
            store.close().await;
            for suffix in ["", "-wal", "-shm"] {
                let file = format!("{}{suffix}", path.display());
                if std::path::Path::new(&file).exists() {
                    std::fs::remove_file(&file)
                        .map_err(|e| anyhow::anyhow!("cannot replace the old demo {file}: {e}"))?;
                }
            }
            db.open().await
        }
        (DbTarget::Postgres(_), true) => anyhow::bail!(
            "{} already holds a demo; the ledger is append-only, so drop and recreate that database for a fresh demo",
            target.describe()
        ),
        (_, false) => anyhow::bail!(
            "{} already holds real data; the demo needs an empty database (try --db demo.db)",
            target.describe()
        ),
    }
}

/// Creates the demo book. `debtors_per_creditor` ≥ 2 500 gives the promised 5 000 debtors.
pub async fn create(db: &DbArgs, today: Date, debtors_per_creditor: usize) -> anyhow::Result<Demo> {
    let store = prepare(db).await?;
    let mut rng = Rng(0x5075_7272_2026);
    let mut out = Demo { creditors: Vec::new(), debtors: 0, claims: 0 };
    for new in demo_creditors() {
        let creditor = store.create_creditor(&new).await?;
        let key = keys::create(&store, creditor.id, "demo key", Role::Admin).await?;
        let (claims, payments) = book(&creditor, today, debtors_per_creditor, &mut rng);
        let report = store.import_claims(creditor.id, &claims, &mut |_| {}).await?;
        out.debtors += report.debtors_created;
        out.claims += report.created;
        // Payments and credit notes, looked up by invoice number (ids are the store's).
        let views =
            store.claims(&ClaimFilter { creditor: Some(creditor.id), limit: 10_000, ..Default::default() }).await?;
        let mut all = views;
        while all.len() < claims.len() {
            let last = all.last().map(|v| (creditor.id, v.claim.id));
            let more = store
                .claims(&ClaimFilter { creditor: Some(creditor.id), limit: 10_000, after: last, ..Default::default() })
                .await?;
            if more.is_empty() {
                break;
            }
            all.extend(more);
        }
        let ids: std::collections::HashMap<&str, domain::ClaimId> =
            all.iter().map(|v| (v.claim.invoice_number.as_str(), v.claim.id)).collect();
        let batch: Vec<_> = payments
            .into_iter()
            .filter_map(|(invoice, entries)| {
                ids.get(invoice.as_str()).map(|id| (*id, entries, Some(format!("demo:{invoice}"))))
            })
            .collect();
        for chunk in batch.chunks(2_000) {
            store.append_many(creditor.id, chunk).await?;
        }
        out.creditors.push((creditor, key));
    }
    store.close().await;
    Ok(out)
}

type Booking = (String, Vec<NewEntry>);

fn book(creditor: &Creditor, today: Date, debtors: usize, rng: &mut Rng) -> (Vec<ClaimInput>, Vec<Booking>) {
    let se = creditor.jurisdiction == Jurisdiction::SE;
    let currency = if se { Currency::SEK } else { Currency::NOK };
    let (first, last, cities) = if se { (SE_FIRST, SE_LAST, SE_CITIES) } else { (NO_FIRST, NO_LAST, NO_CITIES) };
    let mut claims = Vec::new();
    let mut bookings = Vec::new();
    let mut invoice = if se { 410_000 } else { 720_000 };
    for d in 0..debtors {
        let business = rng.below(10) == 0;
        let name = if business {
            format!("{} {} {}", rng.pick(last), rng.pick(COMPANIES), if se { "AB" } else { "AS" })
        } else {
            format!("{} {}", rng.pick(first), rng.pick(last))
        };
        let (city, postal) = cities[rng.below(cities.len() as u64) as usize];
        let language = match rng.below(20) {
            0 => "en",
            1 => "ar",
            2 => "pl",
            _ if se => "sv",
            _ => "nb",
        };
        let debtor = DebtorInput {
            external_id: format!("{}-{:05}", if se { "K" } else { "KN" }, d + 1),
            kind: if business { DebtorKind::Business } else { DebtorKind::Consumer },
            name: name.clone(),
            national_id: None,
            address: PostalAddress {
                street: format!("{} {}", if se { "Storgatan" } else { "Storgata" }, 1 + rng.below(120)),
                postal_code: postal.into(),
                city: city.into(),
                country: creditor.jurisdiction.code().into(),
            },
            email: Some(format!(
                "{}@example.{}",
                name.to_lowercase().replace(' ', ".").replace(['ö', 'ø'], "o").replace(['å', 'ä', 'æ'], "a"),
                if se { "se" } else { "no" }
            )),
            phone: Some(format!("{}{:08}", if se { "+467" } else { "+474" }, rng.below(100_000_000))),
            language: Language::parse(language).expect("language"),
            channels: vec![Channel::Email, Channel::Letter],
        };
        for _ in 0..1 + rng.below(2) {
            invoice += 1;
            let issue = today - (10 + rng.below(170) as i64).days();
            let due = issue + 30.days();
            let minor = (150 + rng.below(if business { 40_000 } else { 4_000 }) as i64) * 100
                + [0, 50, 90][rng.below(3) as usize];
            let principal = Money::from_minor(minor, currency);
            let number = invoice.to_string();
            claims.push(ClaimInput {
                invoice_number: number.clone(),
                debtor: debtor.clone(),
                issue_date: issue,
                due_date: due,
                due_date_agreed: true,
                principal,
                payment_reference: crate::claims_cmd::default_reference(creditor.reference_scheme, &number),
                contract_rate_percent: None,
            });
            let pay = |amount: i64, on: Date, why: &str| NewEntry {
                kind: EntryKind::Payment,
                component: Component::Principal,
                amount: Money::from_minor(-amount, currency),
                effective_date: on,
                reason: why.into(),
            };
            let entries = match rng.below(100) {
                // Paid on time (only claims already due can be).
                0..=44 if due < today => vec![pay(minor, due - (rng.below(5) as i64).days(), "bank payment")],
                // Paid late.
                45..=52 if due + 20.days() < today => {
                    vec![pay(minor, due + (5 + rng.below(15) as i64).days(), "bank payment")]
                }
                // Partly paid.
                53..=62 if due < today => {
                    vec![pay(minor * (30 + rng.below(40) as i64) / 100, due - 1.day(), "part payment")]
                }
                // Credited in full.
                63..=67 => vec![NewEntry {
                    kind: EntryKind::CreditNote,
                    component: Component::Principal,
                    amount: Money::from_minor(-minor, currency),
                    effective_date: issue + 3.days(),
                    reason: "credit note: delivery cancelled".into(),
                }],
                // Unpaid: late if due has passed, else not yet due.
                _ => Vec::new(),
            };
            if !entries.is_empty() && entries.iter().all(|e| e.effective_date <= today) {
                bookings.push((number, entries));
            }
        }
    }
    (claims, bookings)
}

/// Prints what the demo holds and how to use it.
pub fn print_summary(demo: &Demo, base_url: Option<&str>) {
    println!("Demo book ready: {} debtors, {} claims.", demo.debtors, demo.claims);
    for (c, key) in &demo.creditors {
        println!("  creditor {} {} ({})  API key: {key}", c.id, c.legal_name, c.jurisdiction);
    }
    if let Some(base) = base_url {
        let key = demo.creditors.first().map(|(_, k)| k.as_str()).unwrap_or("");
        println!();
        println!("  Health:      {base}/api/v1/health");
        println!("  Claims:      curl -H 'Authorization: Bearer {key}' {base}/api/v1/claims");
        println!("  One claim:   curl -H 'Authorization: Bearer {key}' {base}/api/v1/claims/1");
    } else {
        println!("Try: purr claims list --state open   or   purr serve");
    }
}
