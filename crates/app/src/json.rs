//! The JSON shapes of Purr's resources, shared by the CLI's `--json` output and the HTTP API.
//! Keep them stable: other tools read them. Money is always integer minor units plus currency.

use domain::{Balance, Creditor, Debtor, Entry, EntryKind};
use serde_json::{Value, json};
use store::ClaimView;

pub fn balance(b: &Balance) -> Value {
    json!({
        "principal_minor": b.principal.minor(),
        "fees_minor": b.fees.minor(),
        "interest_minor": b.interest.minor(),
        "credit_minor": b.credit.minor(),
        "outstanding_minor": b.outstanding().map(|m| m.minor()).unwrap_or(i64::MAX),
        "currency": b.principal.currency().code(),
    })
}

pub fn claim(v: &ClaimView) -> Value {
    let c = &v.claim;
    json!({
        "id": c.id.0,
        "creditor_id": c.creditor_id.0,
        "debtor_id": c.debtor_id.0,
        "customer_number": v.debtor_external_id,
        "debtor_name": v.debtor_name,
        "invoice_number": c.invoice_number,
        "issue_date": c.issue_date.to_string(),
        "due_date": c.due_date.to_string(),
        "due_date_agreed": c.due_date_agreed,
        "currency": c.principal.currency().code(),
        "principal_minor": c.principal.minor(),
        "payment_reference": c.payment_reference,
        "contract_rate_percent": c.contract_rate_percent.map(|r| r.to_string()),
        "state": c.state.code(),
        "balance": balance(&v.balance),
    })
}

pub fn entry(e: &Entry) -> Value {
    let (kind, fee, reverses) = match e.kind {
        EntryKind::Fee { fee } => ("fee", Some(fee.code()), None),
        EntryKind::Reversal { of } => ("reversal", None, Some(of.0)),
        EntryKind::Principal => ("principal", None, None),
        EntryKind::CreditNote => ("credit_note", None, None),
        EntryKind::Interest => ("interest", None, None),
        EntryKind::Payment => ("payment", None, None),
        EntryKind::WriteOff => ("write_off", None, None),
        EntryKind::Refund => ("refund", None, None),
    };
    json!({
        "id": e.id.0,
        "claim_id": e.claim_id.0,
        "kind": kind,
        "fee_kind": fee,
        "reverses": reverses,
        "component": e.component.code(),
        "amount_minor": e.amount.minor(),
        "currency": e.amount.currency().code(),
        "effective_date": e.effective_date.to_string(),
        "reason": e.reason,
    })
}

pub fn debtor(d: &Debtor) -> Value {
    json!({
        "id": d.id.0,
        "creditor_id": d.creditor_id.0,
        "customer_number": d.external_id,
        "kind": d.kind.code(),
        "name": d.name,
        "national_id": d.national_id,
        "address": {
            "street": d.address.street,
            "postal_code": d.address.postal_code,
            "city": d.address.city,
            "country": d.address.country,
        },
        "email": d.email,
        "phone": d.phone,
        "language": d.language.as_str(),
        "channels": d.channels.iter().map(|c| c.code()).collect::<Vec<_>>(),
    })
}

pub fn creditor(c: &Creditor) -> Value {
    json!({
        "id": c.id.0,
        "legal_name": c.legal_name,
        "org_number": c.org_number,
        "jurisdiction": c.jurisdiction.code(),
        "default_language": c.default_language.as_str(),
        "bank": {
            "bankgiro": c.bank.bankgiro,
            "plusgiro": c.bank.plusgiro,
            "no_account": c.bank.no_account,
            "iban": c.bank.iban,
            "bic": c.bank.bic,
        },
        "reference_scheme": c.reference_scheme.code(),
        "reminder_fee_agreed": c.reminder_fee_agreed,
        "allocation_order": c.allocation_order.code(),
    })
}

/// The JSON shape of a stored payment, shared with the HTTP API.
pub fn payment(p: &store::PaymentView) -> Value {
    json!({
        "id": p.id,
        "creditor_id": p.creditor_id.0,
        "file_id": p.file_id,
        "line": p.line,
        "kind": p.kind,
        "bank_ref": p.bank_ref,
        "amount_minor": p.amount.minor(),
        "currency": p.amount.currency().code(),
        "booking_date": p.booking_date.map(|d| d.to_string()),
        "reference": p.reference,
        "payer_name": p.payer_name,
        "message": p.message,
        "status": p.status.code(),
        "confidence": p.confidence,
        "reason": p.reason,
        "matched": p.matched.iter().map(|m| json!({"claim_id": m.claim.0, "amount_minor": m.amount.minor()})).collect::<Vec<_>>(),
        "credit_minor": p.credit.minor(),
        "suggestions": p.suggestions.iter().map(|s| json!({"claim_id": s.claim.0, "why": s.why})).collect::<Vec<_>>(),
        "resolved_at": p.resolved_at,
    })
}
