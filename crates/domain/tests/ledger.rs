//! `domain::ledger`: the rules for appending to a claim's ledger and the balance fold.

use domain::ledger::{Balance, Component, Entry, EntryKind, FeeKind, Ledger, LedgerError, NewEntry};
use domain::money::{Currency, Money, MoneyError};
use domain::{ClaimId, CreditorId, EntryId};
use jiff::civil::date;
use proptest::prelude::*;

const CUR: Currency = Currency::SEK;

/// A ledger plus the id sequence a store would hand out.
struct Book {
    ledger: Ledger,
    next: i64,
}

impl Book {
    fn new() -> Book {
        Book { ledger: Ledger::new(CUR), next: 1 }
    }

    fn with_principal(minor: i64) -> (Book, EntryId) {
        let mut b = Book::new();
        let id = b.add(EntryKind::Principal, Component::Principal, minor).unwrap();
        (b, id)
    }

    fn new_entry(kind: EntryKind, component: Component, minor: i64) -> NewEntry {
        NewEntry {
            kind,
            component,
            amount: Money::from_minor(minor, CUR),
            effective_date: date(2026, 3, 1),
            reason: "test".into(),
        }
    }

    /// Checks then pushes, as the store does.
    fn add(&mut self, kind: EntryKind, component: Component, minor: i64) -> Result<EntryId, LedgerError> {
        self.add_new(Book::new_entry(kind, component, minor))
    }

    fn add_new(&mut self, new: NewEntry) -> Result<EntryId, LedgerError> {
        let before_balance = self.ledger.balance();
        let before_len = self.ledger.entries().len();
        if let Err(e) = self.ledger.check(&new) {
            assert_eq!(self.ledger.balance(), before_balance, "check must not change the balance");
            assert_eq!(self.ledger.entries().len(), before_len, "check must not append");
            return Err(e);
        }
        let id = EntryId(self.next);
        self.next += 1;
        self.ledger
            .push(Entry {
                id,
                creditor_id: CreditorId(1),
                claim_id: ClaimId(1),
                kind: new.kind,
                component: new.component,
                amount: new.amount,
                effective_date: new.effective_date,
                reason: new.reason,
            })
            .unwrap();
        Ok(id)
    }

    fn minor(&self, c: Component) -> i64 {
        self.ledger.balance().get(c).minor()
    }

    fn assert_fold(&self) {
        assert_eq!(Balance::fold(CUR, self.ledger.entries()).unwrap(), self.ledger.balance());
    }
}

const FEE: EntryKind = EntryKind::Fee { fee: FeeKind::Reminder };

#[test]
fn the_first_entry_must_be_the_principal() {
    let mut b = Book::new();
    for (kind, component, minor) in [
        (FEE, Component::Fees, 60_00),
        (EntryKind::Interest, Component::Interest, 1_00),
        (EntryKind::Payment, Component::Principal, -1_00),
        (EntryKind::CreditNote, Component::Principal, -1_00),
        (EntryKind::WriteOff, Component::Principal, -1_00),
        (EntryKind::Refund, Component::Credit, 1_00),
        (EntryKind::Reversal { of: EntryId(1) }, Component::Principal, -1_00),
    ] {
        assert_eq!(b.add(kind, component, minor), Err(LedgerError::NoPrincipal), "{kind:?}");
    }
    assert!(b.ledger.entries().is_empty());
    b.add(EntryKind::Principal, Component::Principal, 1000_00).unwrap();
    assert_eq!(b.minor(Component::Principal), 1000_00);
    b.assert_fold();
}

#[test]
fn the_principal_is_positive_on_the_principal_component_and_booked_once() {
    let mut b = Book::new();
    assert!(matches!(b.add(EntryKind::Principal, Component::Principal, 0), Err(LedgerError::WrongSign { .. })));
    assert!(matches!(
        b.add(EntryKind::Principal, Component::Principal, -5),
        Err(LedgerError::WrongSign { expected: "positive", .. })
    ));
    assert!(matches!(
        b.add(EntryKind::Principal, Component::Fees, 5),
        Err(LedgerError::WrongComponent { component: "fees", .. })
    ));
    b.add(EntryKind::Principal, Component::Principal, 5).unwrap();
    assert_eq!(b.add(EntryKind::Principal, Component::Principal, 5), Err(LedgerError::PrincipalTwice));
}

#[test]
fn sign_and_component_rules_per_kind() {
    let (mut b, _) = Book::with_principal(1000_00);
    let sign = |r: Result<EntryId, LedgerError>, expected: &str| match r {
        Err(LedgerError::WrongSign { expected: e, .. }) => assert_eq!(e, expected),
        other => panic!("expected a WrongSign({expected}), got {other:?}"),
    };
    let component = |r: Result<EntryId, LedgerError>| {
        assert!(matches!(r, Err(LedgerError::WrongComponent { .. })), "expected WrongComponent, got {r:?}")
    };

    // Credit notes: negative, principal only.
    sign(b.add(EntryKind::CreditNote, Component::Principal, 1), "negative");
    sign(b.add(EntryKind::CreditNote, Component::Principal, 0), "negative");
    component(b.add(EntryKind::CreditNote, Component::Fees, -1));
    b.add(EntryKind::CreditNote, Component::Principal, -100_00).unwrap();

    // Fees: positive, fees only.
    for fee in FeeKind::ALL {
        sign(b.add(EntryKind::Fee { fee }, Component::Fees, -1), "positive");
        component(b.add(EntryKind::Fee { fee }, Component::Principal, 1));
    }
    sign(b.add(FEE, Component::Fees, 0), "positive");
    b.add(FEE, Component::Fees, 60_00).unwrap();

    // Interest: positive, interest only.
    sign(b.add(EntryKind::Interest, Component::Interest, -1), "positive");
    component(b.add(EntryKind::Interest, Component::Fees, 1));
    b.add(EntryKind::Interest, Component::Interest, 12_34).unwrap();

    // Payments and write-offs: negative, on any component.
    for kind in [EntryKind::Payment, EntryKind::WriteOff] {
        sign(b.add(kind, Component::Principal, 1), "negative");
        sign(b.add(kind, Component::Fees, 0), "negative");
    }
    b.add(EntryKind::Payment, Component::Fees, -10_00).unwrap();
    b.add(EntryKind::WriteOff, Component::Interest, -2_34).unwrap();
    b.add(EntryKind::Payment, Component::Principal, -400_00).unwrap();

    // Refunds: positive, credit only.
    component(b.add(EntryKind::Refund, Component::Principal, 1));
    sign(b.add(EntryKind::Refund, Component::Credit, -1), "positive");

    assert_eq!(b.minor(Component::Principal), 500_00);
    assert_eq!(b.minor(Component::Fees), 50_00);
    assert_eq!(b.minor(Component::Interest), 10_00);
    assert_eq!(b.minor(Component::Credit), 0);
    assert_eq!(b.ledger.balance().outstanding().unwrap().minor(), 560_00);
    b.assert_fold();
}

#[test]
fn no_component_goes_below_zero() {
    let (mut b, _) = Book::with_principal(100_00);
    b.add(FEE, Component::Fees, 60_00).unwrap();
    let err = b.add(EntryKind::Payment, Component::Principal, -100_01).unwrap_err();
    assert_eq!(err, LedgerError::WouldGoNegative { component: "principal", balance: Money::from_minor(100_00, CUR) });
    assert!(matches!(
        b.add(EntryKind::WriteOff, Component::Fees, -60_01),
        Err(LedgerError::WouldGoNegative { component: "fees", .. })
    ));
    assert!(matches!(
        b.add(EntryKind::Payment, Component::Interest, -1),
        Err(LedgerError::WouldGoNegative { component: "interest", .. })
    ));
    assert!(matches!(
        b.add(EntryKind::CreditNote, Component::Principal, -100_01),
        Err(LedgerError::WouldGoNegative { component: "principal", .. })
    ));
    // Exactly down to zero is fine.
    b.add(EntryKind::Payment, Component::Principal, -100_00).unwrap();
    b.add(EntryKind::WriteOff, Component::Fees, -60_00).unwrap();
    assert_eq!(b.ledger.balance().outstanding().unwrap().minor(), 0);
    b.assert_fold();
}

#[test]
fn the_credit_balance_is_never_positive() {
    let (mut b, _) = Book::with_principal(100_00);
    b.add(EntryKind::Payment, Component::Principal, -100_00).unwrap();
    // An overpayment is held on credit as a negative amount.
    let over = b.add(EntryKind::Payment, Component::Credit, -30_00).unwrap();
    assert_eq!(b.minor(Component::Credit), -30_00);
    // Refund more than is held: refused.
    assert!(matches!(
        b.add(EntryKind::Refund, Component::Credit, 30_01),
        Err(LedgerError::WouldGoNegative { component: "credit", .. })
    ));
    b.add(EntryKind::Refund, Component::Credit, 30_00).unwrap();
    assert_eq!(b.minor(Component::Credit), 0);
    // Reversing the overpayment now would make credit positive.
    assert!(matches!(
        b.add(EntryKind::Reversal { of: over }, Component::Credit, 30_00),
        Err(LedgerError::WouldGoNegative { component: "credit", .. })
    ));
    assert!(matches!(
        b.add(EntryKind::Refund, Component::Credit, 1),
        Err(LedgerError::WouldGoNegative { component: "credit", .. })
    ));
    b.assert_fold();
}

#[test]
fn a_reversal_must_match_exactly_and_happen_once() {
    let (mut b, principal) = Book::with_principal(1000_00);
    let fee = b.add(FEE, Component::Fees, 60_00).unwrap();
    let pay = b.add(EntryKind::Payment, Component::Principal, -200_00).unwrap();

    assert_eq!(
        b.add(EntryKind::Reversal { of: EntryId(99) }, Component::Fees, -60_00),
        Err(LedgerError::UnknownEntry(EntryId(99)))
    );
    // Wrong amount, wrong sign, wrong component.
    assert_eq!(
        b.add(EntryKind::Reversal { of: fee }, Component::Fees, -59_99),
        Err(LedgerError::ReversalMismatch(fee))
    );
    assert_eq!(b.add(EntryKind::Reversal { of: fee }, Component::Fees, 60_00), Err(LedgerError::ReversalMismatch(fee)));
    assert_eq!(
        b.add(EntryKind::Reversal { of: fee }, Component::Interest, -60_00),
        Err(LedgerError::ReversalMismatch(fee))
    );
    // In another currency.
    let mut eur = Book::new_entry(EntryKind::Reversal { of: fee }, Component::Fees, -60_00);
    eur.amount = Money::from_minor(-60_00, Currency::EUR);
    assert!(matches!(b.add_new(eur), Err(LedgerError::Money(MoneyError::CurrencyMismatch(..)))));

    let rev = b.add(EntryKind::Reversal { of: fee }, Component::Fees, -60_00).unwrap();
    assert_eq!(b.minor(Component::Fees), 0);
    assert_eq!(b.add(EntryKind::Reversal { of: fee }, Component::Fees, -60_00), Err(LedgerError::AlreadyReversed(fee)));
    assert_eq!(
        b.add(EntryKind::Reversal { of: rev }, Component::Fees, 60_00),
        Err(LedgerError::ReversalOfReversal(rev))
    );

    // A payment reversal puts the debt back.
    b.add(EntryKind::Reversal { of: pay }, Component::Principal, 200_00).unwrap();
    assert_eq!(b.minor(Component::Principal), 1000_00);
    assert_eq!(
        b.add(EntryKind::Reversal { of: pay }, Component::Principal, 200_00),
        Err(LedgerError::AlreadyReversed(pay))
    );

    // The principal itself may be reversed while nothing is paid against it.
    b.add(EntryKind::Reversal { of: principal }, Component::Principal, -1000_00).unwrap();
    assert_eq!(b.minor(Component::Principal), 0);
    b.assert_fold();
}

#[test]
fn reversing_the_principal_after_a_payment_is_refused() {
    let (mut b, principal) = Book::with_principal(1000_00);
    b.add(EntryKind::Payment, Component::Principal, -1_00).unwrap();
    assert!(matches!(
        b.add(EntryKind::Reversal { of: principal }, Component::Principal, -1000_00),
        Err(LedgerError::WouldGoNegative { component: "principal", .. })
    ));
}

#[test]
fn entries_in_another_currency_are_refused() {
    let (mut b, _) = Book::with_principal(1000_00);
    let mut e = Book::new_entry(FEE, Component::Fees, 60_00);
    e.amount = Money::from_minor(60_00, Currency::NOK);
    assert_eq!(b.add_new(e), Err(LedgerError::Money(MoneyError::CurrencyMismatch(Currency::SEK, Currency::NOK))));
    let mut first = Book::new();
    let mut p = Book::new_entry(EntryKind::Principal, Component::Principal, 10);
    p.amount = Money::from_minor(10, Currency::EUR);
    assert!(matches!(first.add_new(p), Err(LedgerError::Money(MoneyError::CurrencyMismatch(..)))));
}

#[test]
fn replay_rechecks_every_rule() {
    let (mut b, _) = Book::with_principal(500_00);
    b.add(FEE, Component::Fees, 60_00).unwrap();
    b.add(EntryKind::Interest, Component::Interest, 3_00).unwrap();
    b.add(EntryKind::Payment, Component::Fees, -60_00).unwrap();
    let entries = b.ledger.entries().to_vec();
    let again = Ledger::replay(CUR, entries.clone()).unwrap();
    assert_eq!(again.balance(), b.ledger.balance());
    assert_eq!(again.entries(), b.ledger.entries());

    // Without its principal, the same entries are refused.
    assert_eq!(Ledger::replay(CUR, entries[1..].to_vec()).unwrap_err(), LedgerError::NoPrincipal);
    // A doctored payment that overdraws is refused.
    let mut bad = entries.clone();
    bad[3].amount = Money::from_minor(-61_00, CUR);
    assert!(matches!(Ledger::replay(CUR, bad), Err(LedgerError::WouldGoNegative { .. })));
}

#[test]
fn entry_kind_codes_round_trip() {
    let mut kinds = vec![
        EntryKind::Principal,
        EntryKind::CreditNote,
        EntryKind::Interest,
        EntryKind::Payment,
        EntryKind::WriteOff,
        EntryKind::Refund,
        EntryKind::Reversal { of: EntryId(7) },
    ];
    kinds.extend(FeeKind::ALL.into_iter().map(|fee| EntryKind::Fee { fee }));
    for kind in kinds {
        let reverses = match kind {
            EntryKind::Reversal { of } => Some(of),
            _ => None,
        };
        assert_eq!(EntryKind::from_code(&kind.code(), reverses), Some(kind), "{}", kind.code());
    }
    assert_eq!(EntryKind::from_code("reversal", None), None);
    assert_eq!(EntryKind::from_code("fee:nonsense", None), None);
    assert_eq!(EntryKind::from_code("bogus", None), None);
    for c in [Component::Principal, Component::Fees, Component::Interest, Component::Credit] {
        assert_eq!(Component::from_code(c.code()), Some(c));
    }
}

/// One attempted operation in the random walk.
#[derive(Debug, Clone)]
enum Op {
    Fee(i64),
    Interest(i64),
    Pay(usize, i64),
    WriteOff(usize, i64),
    CreditNote(i64),
    Refund(i64),
    Reverse(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let amount = 1i64..50_000;
    prop_oneof![
        amount.clone().prop_map(Op::Fee),
        amount.clone().prop_map(Op::Interest),
        (0usize..4, amount.clone()).prop_map(|(c, a)| Op::Pay(c, a)),
        (0usize..4, amount.clone()).prop_map(|(c, a)| Op::WriteOff(c, a)),
        amount.clone().prop_map(Op::CreditNote),
        amount.prop_map(Op::Refund),
        any::<usize>().prop_map(Op::Reverse),
    ]
}

const COMPONENTS: [Component; 4] = [Component::Principal, Component::Fees, Component::Interest, Component::Credit];

fn idx(c: Component) -> usize {
    COMPONENTS.iter().position(|x| *x == c).unwrap()
}

proptest! {
    #[test]
    fn fold_over_valid_entries_equals_the_running_balance(
        principal in 1i64..1_000_000,
        ops in proptest::collection::vec(op(), 0..60),
    ) {
        let (mut b, _) = Book::with_principal(principal);
        // An independent model of the running balance.
        let mut model = [principal, 0, 0, 0];
        for op in ops {
            let (kind, component, minor) = match op {
                Op::Fee(a) => (FEE, Component::Fees, a),
                Op::Interest(a) => (EntryKind::Interest, Component::Interest, a),
                Op::Pay(c, a) => (EntryKind::Payment, COMPONENTS[c], -a),
                Op::WriteOff(c, a) => (EntryKind::WriteOff, COMPONENTS[c], -a),
                Op::CreditNote(a) => (EntryKind::CreditNote, Component::Principal, -a),
                Op::Refund(a) => (EntryKind::Refund, Component::Credit, a),
                Op::Reverse(i) => {
                    let entries = b.ledger.entries();
                    let e = &entries[i % entries.len()];
                    (EntryKind::Reversal { of: e.id }, e.component, -e.amount.minor())
                }
            };
            let i = idx(component);
            let after = model[i] + minor;
            let in_range = if component == Component::Credit { after <= 0 } else { after >= 0 };
            let result = b.add(kind, component, minor);
            // Where the outcome is plain from the model alone, the ledger must agree.
            if !matches!(kind, EntryKind::Reversal { .. }) {
                prop_assert_eq!(result.is_ok(), in_range, "{:?} on {:?} by {} with model {:?}: {:?}", kind, component, minor, model, result);
            } else if result.is_ok() {
                prop_assert!(in_range);
            }
            if result.is_ok() {
                model[i] = after;
            }
            let balance = b.ledger.balance();
            for c in COMPONENTS {
                prop_assert_eq!(balance.get(c).minor(), model[idx(c)], "component {:?}", c);
            }
            prop_assert_eq!(Balance::fold(CUR, b.ledger.entries()).unwrap(), balance);
            prop_assert!(balance.principal.minor() >= 0 && balance.fees.minor() >= 0 && balance.interest.minor() >= 0);
            prop_assert!(balance.credit.minor() <= 0);
        }
        let replayed = Ledger::replay(CUR, b.ledger.entries().to_vec()).unwrap();
        prop_assert_eq!(replayed.balance(), b.ledger.balance());
    }
}

/// A fee's label in reason texts is its code in words, as the reasons wrote it before labels.
#[test]
fn fee_labels_are_their_codes_in_words() {
    for fee in FeeKind::ALL {
        assert_eq!(fee.label(), fee.code().replace('_', " "), "{fee:?}");
    }
}
