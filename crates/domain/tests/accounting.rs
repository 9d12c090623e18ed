//! `domain::accounting`: the charts as data, ledger entries as balanced vouchers, fiscal years.

use domain::accounting::{
    ACCOUNTS_TOML, BookEntry, Chart, ChartError, Export, Grouping, SkipReason, fiscal_years, required_roles, vouchers,
};
use domain::ledger::{Component, Entry, EntryKind, FeeKind};
use domain::money::{Currency, Money};
use domain::{ClaimId, CreditorId, EntryId, Jurisdiction};
use jiff::civil::{Date, date};
use proptest::prelude::*;
use std::collections::{BTreeMap, HashSet};

fn book(id: i64, kind: EntryKind, component: Component, minor: i64, currency: Currency, day: Date) -> BookEntry {
    BookEntry {
        entry: Entry {
            id: EntryId(id),
            creditor_id: CreditorId(1),
            claim_id: ClaimId(10 + id % 3),
            kind,
            component,
            amount: Money::from_minor(minor, currency),
            effective_date: day,
            reason: "test".into(),
        },
        invoice_number: format!("F-{}", 10 + id % 3),
        event: None,
        reverses: None,
    }
}

fn se() -> Chart {
    Chart::builtin(Jurisdiction::SE).unwrap()
}

fn lines(export: &Export, k: usize) -> Vec<(u32, i64)> {
    export.vouchers[k].lines.iter().map(|l| (l.account, l.amount_minor)).collect()
}

#[test]
fn both_built_in_charts_are_complete_with_sources() {
    for (j, currency, receivable, bank, interest, loss) in [
        (Jurisdiction::SE, Currency::SEK, 1510, 1930, 8313, 6351),
        (Jurisdiction::NO, Currency::NOK, 1500, 1920, 8050, 7830),
    ] {
        let chart = Chart::builtin(j).unwrap();
        assert_eq!(chart.currency, currency);
        for role in required_roles() {
            let account = chart.account(&role).unwrap_or_else(|| panic!("{j} has no {role}"));
            assert!(!account.source.trim().is_empty(), "{j} {role} has no source");
            assert!(["V", "S", "U"].contains(&account.verification.as_str()), "{j} {role}");
        }
        assert_eq!(chart.account("receivable").unwrap().number, receivable);
        assert_eq!(chart.account("bank").unwrap().number, bank);
        assert_eq!(chart.account("interest").unwrap().number, interest);
        assert_eq!(chart.account("write_off.principal").unwrap().number, loss);
        let numbers: Vec<u32> = chart.distinct_accounts().iter().map(|a| a.0).collect();
        let mut sorted = numbers.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(numbers, sorted, "each account once, in order");
    }
}

#[test]
fn a_broken_chart_file_is_refused_by_name() {
    let se = |f: &dyn Fn(&str) -> String| Chart::parse(&f(ACCOUNTS_TOML), Jurisdiction::SE);
    assert!(matches!(Chart::parse("this is [not toml", Jurisdiction::SE), Err(ChartError::BadFile(_))));
    assert!(matches!(Chart::parse("", Jurisdiction::NO), Err(ChartError::NoChart(Jurisdiction::NO))));
    let missing = se(&|t| t.replacen("role = \"interest\"", "role = \"fee.nonsense\"", 1));
    assert!(matches!(missing, Err(ChartError::UnknownRole(_, ref r)) if r == "fee.nonsense"), "{missing:?}");
    let twice = se(&|t| t.replacen("role = \"interest\"", "role = \"bank\"", 1));
    assert!(matches!(twice, Err(ChartError::RoleTwice(_, ref r)) if r == "bank"), "{twice:?}");
    let number = se(&|t| t.replacen("number = 8313", "number = 83130", 1));
    assert_eq!(number, Err(ChartError::BadNumber(Jurisdiction::SE, 83130)));
    let renamed = se(&|t| t.replacen("name = \"Kundfordringar\"", "name = \"Kunder\"", 1));
    assert_eq!(renamed, Err(ChartError::NumberTwice(Jurisdiction::SE, 1510)));
    let currency = se(&|t| t.replacen("currency = \"SEK\"", "currency = \"XXX\"", 1));
    assert!(matches!(currency, Err(ChartError::BadCurrency(..))));
    // Dropping a whole account block leaves its role without an account.
    let start = ACCOUNTS_TOML.find("role = \"interest\"").unwrap();
    let block_start = ACCOUNTS_TOML[..start].rfind("[[SE.account]]").unwrap();
    let block_end = start + ACCOUNTS_TOML[start..].find("[[SE.account]]").unwrap();
    let without = format!("{}{}", &ACCOUNTS_TOML[..block_start], &ACCOUNTS_TOML[block_end..]);
    assert_eq!(
        Chart::parse(&without, Jurisdiction::SE),
        Err(ChartError::MissingRole(Jurisdiction::SE, "interest".into()))
    );
}

#[test]
fn each_kind_books_the_accounts_its_meaning_says() {
    let day = date(2026, 3, 2);
    let s = Currency::SEK;
    let fee = EntryKind::Fee { fee: FeeKind::Reminder };
    let entries = vec![
        book(1, EntryKind::Principal, Component::Principal, 100_000, s, day),
        book(2, fee, Component::Fees, 6_000, s, day),
        book(3, EntryKind::Interest, Component::Interest, 1_234, s, day),
        book(4, EntryKind::Payment, Component::Principal, -50_000, s, day),
        book(5, EntryKind::WriteOff, Component::Principal, -10_000, s, day),
        book(6, EntryKind::CreditNote, Component::Principal, -5_000, s, day),
        book(7, EntryKind::Payment, Component::Credit, -700, s, day),
        book(8, EntryKind::Refund, Component::Credit, 700, s, day),
        BookEntry {
            reverses: Some(fee),
            ..book(9, EntryKind::Reversal { of: EntryId(2) }, Component::Fees, -6_000, s, day)
        },
        BookEntry {
            reverses: Some(EntryKind::Principal),
            ..book(11, EntryKind::Reversal { of: EntryId(1) }, Component::Principal, -100_000, s, day)
        },
        book(12, EntryKind::Interest, Component::Interest, 99, Currency::EUR, day),
    ];
    let export = vouchers(&se(), &entries, Grouping::Event).unwrap();
    assert_eq!(lines(&export, 0), vec![(1510, 6_000), (3990, -6_000)], "fee: receivable up, income");
    assert_eq!(lines(&export, 1), vec![(1510, 1_234), (8313, -1_234)], "interest income");
    assert_eq!(lines(&export, 2), vec![(1510, -50_000), (1930, 50_000)], "payment: bank up");
    assert_eq!(lines(&export, 3), vec![(1510, -10_000), (6351, 10_000)], "write-off: loss");
    assert_eq!(lines(&export, 4), vec![(1510, -5_000), (3001, 5_000)], "credit note: sales back");
    assert_eq!(lines(&export, 5), vec![(1510, -700), (1930, 700)], "overpayment held as customer credit");
    assert_eq!(lines(&export, 6), vec![(1510, 700), (1930, -700)], "refund: bank down");
    assert_eq!(lines(&export, 7), vec![(1510, -6_000), (3990, 6_000)], "a reversal undoes its entry's voucher");
    assert_eq!(export.vouchers[0].text, "Påminnelseavgift faktura F-12");
    assert_eq!(export.vouchers[7].text, "Rättelse: Påminnelseavgift faktura F-10");
    assert_eq!(export.vouchers.len(), 8);
    let skipped: Vec<(i64, SkipReason)> = export.skipped.iter().map(|s| (s.entry.0, s.reason)).collect();
    assert_eq!(
        skipped,
        vec![
            (1, SkipReason::BookedByInvoicing),
            (11, SkipReason::BookedByInvoicing),
            (12, SkipReason::OtherCurrency { currency: Currency::EUR })
        ]
    );
}

#[test]
fn one_event_is_one_voucher_and_a_moved_credit_leaves_the_bank_alone() {
    let day = date(2026, 4, 1);
    let s = Currency::SEK;
    let ev = |b: BookEntry, key: &str| BookEntry { event: Some(key.into()), ..b };
    let entries = vec![
        // One bank payment over three components of a claim.
        ev(book(1, EntryKind::Payment, Component::Interest, -300, s, day), "payment:1:BG1"),
        ev(book(2, EntryKind::Payment, Component::Fees, -6_000, s, day), "payment:1:BG1"),
        ev(book(3, EntryKind::Payment, Component::Principal, -10_000, s, day), "payment:1:BG1"),
        // A credit moved from claim 11 to claim 12: refund on one, payment on the other.
        ev(book(4, EntryKind::Refund, Component::Credit, 2_500, s, day), "move-1"),
        ev(book(5, EntryKind::Payment, Component::Principal, -2_500, s, day), "move-1"),
        // The same key on another day is another event.
        ev(book(6, EntryKind::Payment, Component::Principal, -1, s, date(2026, 4, 2)), "payment:1:BG1"),
    ];
    let export = vouchers(&se(), &entries, Grouping::Event).unwrap();
    assert_eq!(export.vouchers.len(), 2, "{export:#?}");
    assert_eq!(lines(&export, 0), vec![(1510, -16_300), (1930, 16_300)]);
    assert_eq!(export.vouchers[0].entries, vec![EntryId(1), EntryId(2), EntryId(3)]);
    assert_eq!(
        export.netted_out,
        vec![EntryId(4), EntryId(5)],
        "customer credit and receivable are one account in BAS"
    );
    // With customer credit on its own account, the move books it against the receivable only.
    let own = ACCOUNTS_TOML.replacen(
        "role = \"customer_credit\"\nnumber = 1510\nname = \"Kundfordringar\"\ntype = \"T\"",
        "role = \"customer_credit\"\nnumber = 2420\nname = \"Förskott från kunder\"\ntype = \"S\"",
        1,
    );
    let chart = Chart::parse(&own, Jurisdiction::SE).unwrap();
    let export = vouchers(&chart, &entries, Grouping::Event).unwrap();
    assert_eq!(lines(&export, 1), vec![(2420, 2_500), (1510, -2_500)], "{export:#?}");
}

#[test]
fn a_day_can_be_one_summary_voucher() {
    let day = date(2026, 4, 1);
    let s = Currency::SEK;
    let ev = |b: BookEntry, key: &str| BookEntry { event: Some(key.into()), ..b };
    let entries = vec![
        ev(book(1, EntryKind::Payment, Component::Fees, -6_000, s, day), "payment:1:BG1"),
        ev(book(2, EntryKind::Payment, Component::Principal, -10_000, s, day), "payment:1:BG1"),
        book(3, EntryKind::Interest, Component::Interest, 250, s, day),
        book(4, EntryKind::Refund, Component::Credit, 2_500, s, day),
        book(5, EntryKind::Payment, Component::Principal, -1, s, date(2026, 4, 2)),
    ];
    let export = vouchers(&se(), &entries, Grouping::Day).unwrap();
    assert_eq!(export.vouchers.len(), 2);
    assert_eq!(lines(&export, 0), vec![(1510, -13_250), (1930, 13_500), (8313, -250)]);
    assert_eq!(
        export.vouchers[0].text,
        "Inkasso 2026-04-01: Inbetalning, Dröjsmålsränta, Återbetalning av tillgodohavande (4 poster)"
    );
    let by_event = vouchers(&se(), &entries, Grouping::Event).unwrap();
    assert_eq!(by_event.totals, export.totals, "grouping changes vouchers, never totals");
}

#[test]
fn a_reversal_without_its_original_kind_is_an_error() {
    let r = book(2, EntryKind::Reversal { of: EntryId(1) }, Component::Fees, -100, Currency::SEK, date(2026, 1, 1));
    assert!(vouchers(&se(), &[r], Grouping::Event).is_err());
}

#[test]
fn fiscal_years_cover_the_period_latest_first() {
    let y = |a: (i16, i8, i8), b: (i16, i8, i8)| (date(a.0, a.1, a.2), date(b.0, b.1, b.2));
    assert_eq!(fiscal_years(date(2026, 1, 1), date(2026, 3, 31), 1, 1), Some(vec![y((2026, 1, 1), (2026, 12, 31))]));
    assert_eq!(
        fiscal_years(date(2025, 12, 1), date(2026, 7, 15), 7, 1),
        Some(vec![y((2026, 7, 1), (2027, 6, 30)), y((2025, 7, 1), (2026, 6, 30))])
    );
    assert_eq!(fiscal_years(date(2026, 2, 1), date(2026, 1, 1), 1, 1), None, "from after to");
    assert_eq!(fiscal_years(date(2026, 1, 1), date(2026, 2, 1), 2, 29), None);
    assert_eq!(fiscal_years(date(2026, 1, 1), date(2026, 2, 1), 13, 1), None);
}

fn arb_kind() -> impl Strategy<Value = (EntryKind, Option<EntryKind>)> {
    let plain = prop_oneof![
        Just(EntryKind::Principal),
        Just(EntryKind::CreditNote),
        (0..FeeKind::ALL.len()).prop_map(|k| EntryKind::Fee { fee: FeeKind::ALL[k] }),
        Just(EntryKind::Interest),
        Just(EntryKind::Payment),
        Just(EntryKind::WriteOff),
        Just(EntryKind::Refund),
    ];
    (plain.clone(), any::<bool>()).prop_map(|(kind, reversed)| {
        if reversed { (EntryKind::Reversal { of: EntryId(999_999) }, Some(kind)) } else { (kind, None) }
    })
}

fn arb_entries() -> impl Strategy<Value = Vec<BookEntry>> {
    let component = prop_oneof![
        Just(Component::Principal),
        Just(Component::Fees),
        Just(Component::Interest),
        Just(Component::Credit)
    ];
    let currency = prop_oneof![8 => Just(Currency::SEK), 1 => Just(Currency::EUR), 1 => Just(Currency::NOK)];
    // A few repeated amounts make lines cancel within an event, as a fee and its reversal do.
    let amount = prop_oneof![
        2 => proptest::sample::select(vec![-500i64, 500, -100, 100]),
        3 => -10_000_000_000i64..10_000_000_000
    ];
    let one = (arb_kind(), component, amount, currency, 0i64..5, proptest::option::of(0u8..4));
    proptest::collection::vec(one, 0..60).prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(|(k, ((kind, reverses), component, minor, currency, day, event))| BookEntry {
                reverses,
                event: event.map(|e| format!("event-{e}")),
                ..book(k as i64 + 1, kind, component, minor, currency, date(2026, 5, 1 + day as i8))
            })
            .collect()
    })
}

/// The account a (kind, component) books its amount on and its opposite on, written out
/// independently of the module under test.
fn accounts_of(chart: &Chart, kind: EntryKind, component: Component) -> Option<(u32, u32)> {
    let n = |role: &str| chart.account(role).unwrap().number;
    let own = if component == Component::Credit { n("customer_credit") } else { n("receivable") };
    let other = match kind {
        EntryKind::Principal | EntryKind::Reversal { .. } => return None,
        EntryKind::CreditNote => n("credit_note"),
        EntryKind::Fee { fee } => n(&format!("fee.{}", fee.code())),
        EntryKind::Interest => n("interest"),
        EntryKind::Payment | EntryKind::Refund => n("bank"),
        EntryKind::WriteOff => n(&format!("write_off.{}", component.code())),
    };
    Some((own, other))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_voucher_balances_and_every_entry_is_accounted_for(
        entries in arb_entries(),
        no in any::<bool>(),
        per_day in any::<bool>(),
    ) {
        let chart = Chart::builtin(if no { Jurisdiction::NO } else { Jurisdiction::SE }).unwrap();
        let grouping = if per_day { Grouping::Day } else { Grouping::Event };
        let export = vouchers(&chart, &entries, grouping).unwrap();
        let mut seen = HashSet::new();
        let mut dates_in_order = Vec::new();
        for v in &export.vouchers {
            prop_assert_eq!(v.sum(), 0, "{:?}", v);
            prop_assert!(v.lines.iter().all(|l| l.amount_minor != 0));
            let accounts: HashSet<u32> = v.lines.iter().map(|l| l.account).collect();
            prop_assert_eq!(accounts.len(), v.lines.len(), "one line per account");
            prop_assert!(v.entries.iter().all(|e| entries.iter().any(|b| b.entry.id == *e && b.entry.effective_date == v.date)));
            for e in &v.entries { prop_assert!(seen.insert(*e)); }
            dates_in_order.push(v.date);
        }
        prop_assert!(dates_in_order.windows(2).all(|w| w[0] <= w[1]));
        if per_day {
            prop_assert!(dates_in_order.windows(2).all(|w| w[0] < w[1]), "one voucher a day");
        }
        for e in &export.netted_out { prop_assert!(seen.insert(*e)); }
        for s in &export.skipped {
            prop_assert!(seen.insert(s.entry));
            let b = entries.iter().find(|b| b.entry.id == s.entry).unwrap();
            let in_currency = b.entry.amount.currency() == chart.currency;
            prop_assert_eq!(s.reason == SkipReason::BookedByInvoicing, in_currency);
        }
        prop_assert_eq!(seen.len(), entries.len(), "every entry is booked or skipped");
        // The account totals are the ledger's amounts, per account, computed another way.
        let mut expected: BTreeMap<u32, i64> = BTreeMap::new();
        for b in entries.iter().filter(|b| b.entry.amount.currency() == chart.currency) {
            let kind = b.reverses.unwrap_or(b.entry.kind);
            if let Some((own, other)) = accounts_of(&chart, kind, b.entry.component) {
                *expected.entry(own).or_insert(0) += b.entry.amount.minor();
                *expected.entry(other).or_insert(0) -= b.entry.amount.minor();
            }
        }
        expected.retain(|_, v| *v != 0);
        let mut got = export.totals.clone();
        got.retain(|_, v| *v != 0);
        prop_assert_eq!(got, expected);
    }
}
