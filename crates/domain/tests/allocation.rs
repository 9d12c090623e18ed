//! `domain::allocation::allocate`: which part of a balance a payment pays off first.

use domain::allocation::{AllocationOrder, Designation, allocate};
use domain::ledger::{Balance, Component};
use domain::money::{Currency, Money, MoneyError};
use proptest::prelude::*;

const CUR: Currency = Currency::SEK;

fn m(minor: i64) -> Money {
    Money::from_minor(minor, CUR)
}

fn balance(principal: i64, fees: i64, interest: i64) -> Balance {
    Balance { principal: m(principal), fees: m(fees), interest: m(interest), credit: m(0) }
}

fn parts(a: &domain::Allocation) -> Vec<(Component, i64)> {
    a.parts.iter().map(|(c, v)| (*c, v.minor())).collect()
}

#[test]
fn default_order_is_fees_then_interest_then_principal() {
    assert_eq!(AllocationOrder::default(), AllocationOrder::CostsInterestPrincipal);
    let b = balance(1000_00, 60_00, 40_00);
    let a = allocate(&b, m(80_00), AllocationOrder::default(), None).unwrap();
    assert_eq!(parts(&a), vec![(Component::Fees, 60_00), (Component::Interest, 20_00)]);
    assert_eq!(a.surplus, m(0));

    let a = allocate(&b, m(500_00), AllocationOrder::CostsInterestPrincipal, None).unwrap();
    assert_eq!(parts(&a), vec![(Component::Fees, 60_00), (Component::Interest, 40_00), (Component::Principal, 400_00)]);
    assert_eq!(a.surplus, m(0));
}

#[test]
fn principal_first_when_the_creditor_chooses_it() {
    let b = balance(1000_00, 60_00, 40_00);
    let a = allocate(&b, m(1050_00), AllocationOrder::PrincipalFirst, None).unwrap();
    assert_eq!(
        parts(&a),
        vec![(Component::Principal, 1000_00), (Component::Interest, 40_00), (Component::Fees, 10_00)]
    );
    let a = allocate(&b, m(300_00), AllocationOrder::PrincipalFirst, None).unwrap();
    assert_eq!(parts(&a), vec![(Component::Principal, 300_00)]);
}

#[test]
fn the_debtors_designation_wins() {
    let b = balance(1000_00, 60_00, 40_00);
    let designate = |first| Some(Designation { first });
    let a = allocate(&b, m(50_00), AllocationOrder::CostsInterestPrincipal, designate(Component::Interest)).unwrap();
    assert_eq!(parts(&a), vec![(Component::Interest, 40_00), (Component::Fees, 10_00)]);

    let a = allocate(&b, m(1050_00), AllocationOrder::CostsInterestPrincipal, designate(Component::Principal)).unwrap();
    assert_eq!(parts(&a), vec![(Component::Principal, 1000_00), (Component::Fees, 50_00)]);

    let a = allocate(&b, m(70_00), AllocationOrder::PrincipalFirst, designate(Component::Fees)).unwrap();
    assert_eq!(parts(&a), vec![(Component::Fees, 60_00), (Component::Principal, 10_00)]);

    // A designation of a component with nothing owed just falls through to the order.
    let nothing_fees = balance(1000_00, 0, 40_00);
    let a = allocate(&nothing_fees, m(50_00), AllocationOrder::PrincipalFirst, designate(Component::Fees)).unwrap();
    assert_eq!(parts(&a), vec![(Component::Principal, 50_00)]);

    // "Credit" is not something a debtor can pay off first; it is ignored.
    let a = allocate(&b, m(80_00), AllocationOrder::CostsInterestPrincipal, designate(Component::Credit)).unwrap();
    assert_eq!(parts(&a), vec![(Component::Fees, 60_00), (Component::Interest, 20_00)]);
}

#[test]
fn an_overpayment_leaves_a_surplus() {
    let b = balance(1000_00, 60_00, 40_00);
    let a = allocate(&b, m(1200_00), AllocationOrder::default(), None).unwrap();
    assert_eq!(
        parts(&a),
        vec![(Component::Fees, 60_00), (Component::Interest, 40_00), (Component::Principal, 1000_00)]
    );
    assert_eq!(a.surplus, m(100_00));

    let paid_off = balance(0, 0, 0);
    let a = allocate(&paid_off, m(5_00), AllocationOrder::PrincipalFirst, None).unwrap();
    assert!(a.parts.is_empty());
    assert_eq!(a.surplus, m(5_00));
}

#[test]
fn components_with_nothing_owed_get_no_part() {
    let b = balance(1000_00, 0, 0);
    let a = allocate(&b, m(10_00), AllocationOrder::default(), None).unwrap();
    assert_eq!(parts(&a), vec![(Component::Principal, 10_00)]);
    // A held credit is never "paid".
    let mut with_credit = balance(0, 0, 0);
    with_credit.credit = m(-50_00);
    let a =
        allocate(&with_credit, m(10_00), AllocationOrder::default(), Some(Designation { first: Component::Credit }))
            .unwrap();
    assert!(a.parts.is_empty());
    assert_eq!(a.surplus, m(10_00));
}

#[test]
fn zero_payment_allocates_nothing() {
    let a = allocate(&balance(1000_00, 60_00, 40_00), m(0), AllocationOrder::default(), None).unwrap();
    assert!(a.parts.is_empty());
    assert_eq!(a.surplus, m(0));
}

#[test]
fn a_payment_in_another_currency_is_an_error() {
    let eur = Money::from_minor(10_00, Currency::EUR);
    assert_eq!(
        allocate(&balance(1000_00, 0, 0), eur, AllocationOrder::default(), None),
        Err(MoneyError::CurrencyMismatch(Currency::EUR, Currency::SEK))
    );
}

fn component() -> impl Strategy<Value = Component> {
    prop_oneof![Just(Component::Principal), Just(Component::Fees), Just(Component::Interest), Just(Component::Credit),]
}

fn order() -> impl Strategy<Value = AllocationOrder> {
    prop_oneof![Just(AllocationOrder::CostsInterestPrincipal), Just(AllocationOrder::PrincipalFirst)]
}

fn owed() -> impl Strategy<Value = i64> {
    prop_oneof![Just(0i64), 1i64..1_000, 0i64..1_000_000_000_000]
}

proptest! {
    #[test]
    fn allocation_conserves_the_payment(
        principal in owed(),
        fees in owed(),
        interest in owed(),
        credit in -1_000_000i64..=0,
        payment in prop_oneof![1i64..1_000, 1i64..4_000_000_000_000],
        ord in order(),
        designation in proptest::option::of(component()),
    ) {
        let b = Balance { principal: m(principal), fees: m(fees), interest: m(interest), credit: m(credit) };
        let a = allocate(&b, m(payment), ord, designation.map(|first| Designation { first })).unwrap();

        // Conservation.
        let paid: i64 = a.parts.iter().map(|(_, v)| v.minor()).sum();
        prop_assert_eq!(paid + a.surplus.minor(), payment);
        prop_assert!(a.surplus.minor() >= 0);
        prop_assert_eq!(a.surplus.currency(), CUR);

        // Each part positive, within what is owed, at most once per component, never credit.
        let mut seen = Vec::new();
        for (c, v) in &a.parts {
            prop_assert!(*c != Component::Credit);
            prop_assert!(v.is_positive(), "part {:?} = {:?}", c, v);
            prop_assert!(v.minor() <= b.get(*c).minor(), "part {:?} = {:?} over {:?}", c, v, b.get(*c));
            prop_assert_eq!(v.currency(), CUR);
            prop_assert!(!seen.contains(c));
            seen.push(*c);
        }

        // A surplus only when everything owed is paid off.
        let outstanding = principal + fees + interest;
        prop_assert_eq!(a.surplus.minor(), (payment - outstanding).max(0));

        // The order: designation (if any and not credit), then the creditor's order.
        let mut sequence = Vec::new();
        if let Some(d) = designation.filter(|d| *d != Component::Credit) {
            sequence.push(d);
        }
        for c in ord.components() {
            if !sequence.contains(&c) {
                sequence.push(c);
            }
        }
        let expected: Vec<Component> = sequence.into_iter().filter(|c| b.get(*c).is_positive()).collect();
        let got: Vec<Component> = a.parts.iter().map(|(c, _)| *c).collect();
        prop_assert_eq!(&got[..], &expected[..got.len()]);
        // Every part but the last pays its component off in full.
        if let Some(((_, _), rest)) = a.parts.split_last() {
            for (c, v) in rest {
                prop_assert_eq!(*v, b.get(*c));
            }
        }
    }
}
