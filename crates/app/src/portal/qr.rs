//! Payment QR codes as inline SVG: the Swedish invoice QR code (a JSON object that Swedish bank
//! apps read: payee, bankgiro or plusgiro, OCR, amount, due date) and the European Payments
//! Council's SEPA credit-transfer code for euro claims with an IBAN. Norway has no common
//! payment QR code, so Norwegian claims get none.

use domain::{Creditor, Currency, Jurisdiction, Money};
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use store::ClaimView;

/// The text a payment QR code carries for this claim, if any applies.
pub fn payment_text(creditor: &Creditor, view: &ClaimView, amount: Money) -> Option<String> {
    let reference = view.claim.payment_reference.clone().unwrap_or_default();
    if amount.currency() == Currency::EUR
        && let Some(iban) = &creditor.bank.iban
    {
        // EPC069-12: service tag, version 002, UTF-8, SCT, BIC, name, IBAN, amount, purpose, reference.
        let name: String = creditor.legal_name.chars().take(70).collect();
        return Some(format!(
            "BCD\n002\n1\nSCT\n{}\n{name}\n{}\nEUR{}\n\n{reference}",
            creditor.bank.bic.clone().unwrap_or_default(),
            iban.replace(' ', ""),
            amount.to_decimal_string()
        ));
    }
    if creditor.jurisdiction != Jurisdiction::SE || amount.currency() != Currency::SEK {
        return None;
    }
    let (kind, account) = match (&creditor.bank.bankgiro, &creditor.bank.plusgiro) {
        (Some(bg), _) => ("BG", bg),
        (None, Some(pg)) => ("PG", pg),
        (None, None) => return None,
    };
    // Written by hand so the amount is exact decimal text (a JSON number via f64 could round).
    let q = |t: &str| serde_json::Value::String(t.to_string()).to_string();
    Some(format!(
        "{{\"uqr\":1,\"tp\":1,\"nme\":{},\"cid\":{},\"iref\":{},\"ddt\":{},\"due\":{},\"pt\":{},\"acc\":{}}}",
        q(&creditor.legal_name),
        q(&creditor.org_number),
        q(&reference),
        q(&view.claim.due_date.strftime("%Y%m%d").to_string()),
        amount.to_decimal_string(),
        q(kind),
        q(account)
    ))
}

/// The payment QR code as an SVG element with a text alternative, or `None`.
pub fn payment_qr(creditor: &Creditor, view: &ClaimView, amount: Money) -> Option<String> {
    let text = payment_text(creditor, view, amount)?;
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let svg = code.render::<svg::Color>().min_dimensions(200, 200).quiet_zone(true).build();
    // The XML prologue is not allowed inside HTML; the element is decorative next to the text details.
    let start = svg.find("<svg")?;
    Some(svg[start..].replacen("<svg", "<svg role=\"img\" aria-labelledby=\"qr-label\" focusable=\"false\"", 1))
}
