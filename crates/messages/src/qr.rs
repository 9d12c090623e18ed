//! Payment QR codes: what a letter's code says, and the code's modules for drawing.
//!
//! Swish (Swedish consumers): `C<swish number>;<amount>;<message>;<lock mask>`, the amount in
//! kronor with a decimal comma, the message being the OCR reference, and lock mask 0 so the payer
//! cannot change number, amount or reference. EPC (the European Payments Council's SEPA credit
//! transfer code, for EUR): version 002, UTF-8, with BIC, name, IBAN, `EUR<amount>` and the
//! reference as unstructured remittance text, at error-correction level M as the standard asks.

use crate::RenderError;
use domain::{Currency, Money};
use qrcode::{Color, EcLevel, QrCode};

/// The text of a Swish payment code. `swish_number` is the creditor's Swish number (digits);
/// the amount must be SEK.
pub fn swish_payload(swish_number: &str, amount: Money, reference: &str) -> Result<String, RenderError> {
    let number: String = swish_number.chars().filter(char::is_ascii_digit).collect();
    if number.len() < 5 {
        return Err(RenderError::Payment(format!("{swish_number:?} is not a Swish number")));
    }
    if amount.currency() != Currency::SEK || !amount.is_positive() {
        return Err(RenderError::Payment(format!("Swish takes a positive SEK amount, not {amount}")));
    }
    let minor = amount.minor();
    let message: String = reference.chars().filter(char::is_ascii_alphanumeric).collect();
    Ok(format!("C{number};{},{:02};{message};0", minor / 100, minor % 100))
}

/// The text of an EPC (SEPA) payment code. The amount must be EUR, between 0.01 and 999 999 999.99.
pub fn epc_payload(
    bic: Option<&str>,
    name: &str,
    iban: &str,
    amount: Money,
    reference: &str,
) -> Result<String, RenderError> {
    if amount.currency() != Currency::EUR || !amount.is_positive() || amount.minor() > 99_999_999_999 {
        return Err(RenderError::Payment(format!("an EPC code takes a EUR amount up to 999999999.99, not {amount}")));
    }
    let iban: String = iban.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    if iban.len() < 15 || iban.len() > 34 {
        return Err(RenderError::Payment(format!("{iban:?} is not an IBAN")));
    }
    let name: String = name.chars().filter(|c| *c != '\n' && *c != '\r').take(70).collect();
    let text: String = reference.chars().filter(|c| *c != '\n' && *c != '\r').take(140).collect();
    let minor = amount.minor();
    Ok(format!(
        "BCD\n002\n1\nSCT\n{}\n{name}\n{iban}\nEUR{}.{:02}\n\n\n{text}",
        bic.unwrap_or("").trim(),
        minor / 100,
        minor % 100
    ))
}

/// A QR code as a square of dark (true) and light modules, row by row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl QrMatrix {
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.width + x]
    }
}

/// Encodes `payload` at error-correction level M.
pub fn encode(payload: &str) -> Result<QrMatrix, RenderError> {
    let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M)
        .map_err(|e| RenderError::Payment(format!("cannot make a QR code: {e}")))?;
    let width = code.width();
    let dark = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
    Ok(QrMatrix { width, dark })
}
