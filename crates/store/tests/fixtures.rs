//! Fixtures shared by the store's test modules.

use domain::*;
use jiff::civil::date;
use store::{ClaimInput, DebtorInput, NewCreditor};

pub fn se_creditor() -> NewCreditor {
    NewCreditor {
        legal_name: "Exempel AB".into(),
        org_number: "556000-0001".into(),
        jurisdiction: Jurisdiction::SE,
        default_language: Language::parse("sv").unwrap(),
        bank: BankDetails { bankgiro: Some("5050-1055".into()), ..Default::default() },
        reference_scheme: ReferenceScheme::SeOcr { length_digit: false },
        reminder_fee_agreed: true,
        allocation_order: AllocationOrder::CostsInterestPrincipal,
    }
}

pub fn claim(invoice: &str, debtor: &str, minor: i64) -> ClaimInput {
    ClaimInput {
        invoice_number: invoice.into(),
        debtor: DebtorInput {
            external_id: debtor.into(),
            kind: DebtorKind::Consumer,
            name: format!("Debtor {debtor}"),
            national_id: None,
            address: PostalAddress {
                street: "Storgatan 1".into(),
                postal_code: "111 22".into(),
                city: "Stockholm".into(),
                country: "SE".into(),
            },
            email: Some(format!("{debtor}@example.se")),
            phone: None,
            language: Language::parse("sv").unwrap(),
            channels: vec![Channel::Email, Channel::Letter],
        },
        issue_date: date(2025, 1, 1),
        due_date: date(2025, 1, 31),
        due_date_agreed: true,
        principal: Money::from_minor(minor, Currency::SEK),
        payment_reference: Some(format!("{invoice}0")),
        contract_rate_percent: None,
    }
}
