//! BgMax: Bankgirot's file of incoming bankgiro payments (Bankgiro Inbetalningar).
//!
//! Fixed-width 80-character records in Latin-1, LF or CRLF; trailing spaces are often cut, so a
//! short record reads as if padded with blanks. Transaction codes (TK):
//! 01 start (layout name "BGMAX", version, timestamp, test mark), 05 opening of a deposit
//! section (receiving bankgiro, plusgiro, currency), 20 payment, 21 deduction, 22/23 extra
//! reference (positive / negative amount), 25 information text, 26 name, 27 address with postal
//! code, 28 city and country, 29 organisation number, 15 deposit (account, payment date,
//! deposit amount, count), 70 end (counts of payments, deductions, extra references, deposits).
//!
//! A payment record (20) carries the whole payment; its 22/23 records only say how the payer
//! split it over further references, so they become [`ExtraReference`]s of that payment, not
//! payments of their own. A deduction (21) is money taken off and counts negative. Each deposit
//! (15) must equal its section's payments minus deductions, and the end record's counts must
//! equal what the body holds; otherwise the file is rejected.

use crate::payment::{
    ExtraReference, Format, ParsedFile, PaymentRecord, RecordKind, ReferenceKind, Rejection, digits_u64, field, latin1,
    lines, text_field, trim_spaces,
};
use domain::{Currency, Money};
use jiff::civil::Date;
use std::str::FromStr;

struct Section {
    currency: Currency,
    /// Index of the section's first payment in `ParsedFile::payments`.
    first: usize,
    payments: u64,
    deductions: u64,
    sum: i128,
    opened_at: usize,
}

#[derive(Default)]
struct Counts {
    payments: u64,
    deductions: u64,
    extra_refs: u64,
    deposits: u64,
}

/// Parses a BgMax file. Never panics; see [`ParsedFile`] for the verdict.
pub fn parse(data: &[u8]) -> ParsedFile {
    let mut out = ParsedFile::new(Format::BgMax);
    let mut counts = Counts::default();
    let mut section: Option<Section> = None;
    // The payment that 22–29 records attach to: the last 20/21 of the open section.
    let mut current: Option<usize> = None;
    let mut seen_start = false;
    let mut seen_end = false;

    for (no, line) in lines(data) {
        if trim_spaces(line).is_empty() {
            continue;
        }
        let tk = field(line, 1, 2);
        if !seen_start {
            if tk != b"01" || trim_spaces(field(line, 3, 22)) != b"BGMAX" {
                out.reject(Rejection::WrongFormat { expected: "BgMax" });
                return out;
            }
            let version = field(line, 23, 24);
            if !version.iter().all(u8::is_ascii_digit) || version.is_empty() {
                out.error(no, "start record 01: version is not a number");
            }
            seen_start = true;
            continue;
        }
        if seen_end {
            out.error(no, "record after the end record 70 ignored");
            continue;
        }
        match tk {
            b"01" => out.error(no, "a second start record 01 ignored"),
            b"05" => {
                if let Some(open) = &section {
                    out.reject(Rejection::Structure {
                        line: no,
                        message: format!("section opened at line {} has no deposit record 15", open.opened_at),
                    });
                }
                let currency = match trim_spaces(field(line, 23, 25)) {
                    b"" => Currency::SEK,
                    code => match Currency::from_str(&latin1(code)) {
                        Ok(c) => c,
                        Err(_) => {
                            out.error(no, format!("opening record 05: unsupported currency {:?}", latin1(code)));
                            Currency::SEK
                        }
                    },
                };
                section = Some(Section {
                    currency,
                    first: out.payments.len(),
                    payments: 0,
                    deductions: 0,
                    sum: 0,
                    opened_at: no,
                });
                current = None;
            }
            b"20" | b"21" => {
                let deduction = tk == b"21";
                if deduction {
                    counts.deductions += 1;
                } else {
                    counts.payments += 1;
                }
                let Some(sec) = section.as_mut() else {
                    out.error(no, "payment record outside a section (no opening record 05 before it)");
                    current = None;
                    continue;
                };
                if deduction {
                    sec.deductions += 1;
                } else {
                    sec.payments += 1;
                }
                let Some(amount) = digits_u64(field(line, 38, 55)) else {
                    out.error(no, "amount (positions 38–55) is not a number");
                    current = None;
                    continue;
                };
                let amount = amount as i64;
                let signed = if deduction { -amount } else { amount };
                sec.sum += i128::from(signed);
                let kind = if deduction { RecordKind::Deduction } else { RecordKind::Payment };
                let mut rec = PaymentRecord::new(kind, Money::from_minor(signed, sec.currency), no);
                let (reference, reference_kind) = reference(field(line, 13, 37), field(line, 56, 56));
                rec.reference = reference;
                rec.reference_kind = reference_kind;
                rec.payer.account = giro_number(field(line, 3, 12));
                rec.bank_ref = text_field(field(line, 58, 69));
                out.payments.push(rec);
                current = Some(out.payments.len() - 1);
            }
            b"22" | b"23" => {
                counts.extra_refs += 1;
                let Some(idx) = current else {
                    out.error(no, "extra reference record without a payment before it");
                    continue;
                };
                let Some(amount) = digits_u64(field(line, 38, 55)) else {
                    out.error(no, "amount (positions 38–55) is not a number");
                    continue;
                };
                let amount = amount as i64;
                let signed = if tk == b"23" { -amount } else { amount };
                let (reference, kind) = reference(field(line, 13, 37), field(line, 56, 56));
                let p = &mut out.payments[idx];
                p.references.push(ExtraReference {
                    reference: reference.unwrap_or_default(),
                    amount: Money::from_minor(signed, p.amount.currency()),
                    kind,
                });
            }
            b"25" | b"26" | b"27" | b"28" | b"29" => {
                let Some(idx) = current else {
                    out.error(no, "payer or information record without a payment before it");
                    continue;
                };
                let p = &mut out.payments[idx];
                match tk {
                    b"25" => {
                        if let Some(t) = text_field(field(line, 3, 52)) {
                            append(&mut p.message, &t, " ");
                        }
                    }
                    b"26" => {
                        for f in [field(line, 3, 37), field(line, 38, 72)] {
                            if let Some(t) = text_field(f) {
                                append(&mut p.payer.name, &t, " ");
                            }
                        }
                    }
                    b"27" => {
                        for f in [field(line, 3, 37), field(line, 38, 46)] {
                            if let Some(t) = text_field(f) {
                                append(&mut p.payer.address, &t, ", ");
                            }
                        }
                    }
                    b"28" => {
                        for f in [field(line, 3, 37), field(line, 38, 72), field(line, 73, 74)] {
                            if let Some(t) = text_field(f) {
                                append(&mut p.payer.address, &t, ", ");
                            }
                        }
                    }
                    _ => {
                        let raw = trim_spaces(field(line, 3, 14));
                        if !raw.is_empty() && raw.iter().all(u8::is_ascii_digit) {
                            // Right-aligned and zero-filled to 12: keep the 10-digit number.
                            let t = latin1(raw);
                            let t = t.strip_prefix("00").filter(|r| r.len() == 10).map(str::to_string).unwrap_or(t);
                            p.payer.org_number = Some(t);
                        } else if !raw.is_empty() {
                            out.error(no, "organisation number record 29: not digits");
                        }
                    }
                }
            }
            b"15" => {
                counts.deposits += 1;
                let Some(sec) = section.take() else {
                    out.reject(Rejection::Structure {
                        line: no,
                        message: "deposit record 15 without an opening record 05".into(),
                    });
                    continue;
                };
                current = None;
                let date = date8(field(line, 38, 45));
                if date.is_none() {
                    out.error(no, "deposit record 15: payment date (positions 38–45) is not a date");
                }
                for p in &mut out.payments[sec.first..] {
                    p.booking_date = date;
                }
                let currency = trim_spaces(field(line, 69, 71));
                if !currency.is_empty() && currency != sec.currency.code().as_bytes() {
                    out.reject(Rejection::Structure {
                        line: no,
                        message: format!(
                            "deposit currency {} differs from the section's {}",
                            latin1(currency),
                            sec.currency
                        ),
                    });
                }
                match digits_u64(field(line, 51, 68)) {
                    Some(declared) if i128::from(declared) != sec.sum => out.reject(Rejection::SumMismatch {
                        what: format!("deposit record 15 at line {no} ({})", sec.currency),
                        declared: i128::from(declared),
                        actual: sec.sum,
                    }),
                    Some(_) => {}
                    None => out.reject(Rejection::Structure {
                        line: no,
                        message: "deposit amount (positions 51–68) is not a number".into(),
                    }),
                }
                match digits_u64(field(line, 72, 79)) {
                    // The count covers payment records; some producers include deductions.
                    Some(n) if n == sec.payments || n == sec.payments + sec.deductions => {}
                    Some(n) => out.reject(Rejection::CountMismatch {
                        what: format!("payments in deposit record 15 at line {no}"),
                        declared: n,
                        actual: sec.payments,
                    }),
                    None => out.error(no, "deposit record 15: payment count (positions 72–79) is not a number"),
                }
            }
            b"70" => {
                seen_end = true;
                if let Some(open) = &section {
                    out.reject(Rejection::Structure {
                        line: no,
                        message: format!("section opened at line {} has no deposit record 15", open.opened_at),
                    });
                }
                let checks = [
                    ("payment records (20)", field(line, 3, 10), counts.payments),
                    ("deduction records (21)", field(line, 11, 18), counts.deductions),
                    ("extra reference records (22, 23)", field(line, 19, 26), counts.extra_refs),
                    ("deposit records (15)", field(line, 27, 34), counts.deposits),
                ];
                for (what, raw, actual) in checks {
                    match digits_u64(raw) {
                        Some(declared) if declared == actual => {}
                        Some(declared) => out.reject(Rejection::CountMismatch { what: what.into(), declared, actual }),
                        None => out.reject(Rejection::Structure {
                            line: no,
                            message: format!("end record 70: count of {what} is not a number"),
                        }),
                    }
                }
            }
            _ => out.error(no, format!("unknown transaction code {:?}", latin1(tk))),
        }
    }
    if !seen_start {
        out.reject(if data.iter().all(u8::is_ascii_whitespace) {
            Rejection::Empty
        } else {
            Rejection::WrongFormat { expected: "BgMax" }
        });
    } else if !seen_end {
        out.reject(Rejection::MissingRecord("end record 70 (the file may be cut short)"));
    }
    out
}

fn append(slot: &mut Option<String>, text: &str, sep: &str) {
    match slot {
        Some(s) => {
            s.push_str(sep);
            s.push_str(text);
        }
        None => *slot = Some(text.to_string()),
    }
}

/// The reference field and what its reference code says about it.
fn reference(raw: &[u8], code: &[u8]) -> (Option<String>, ReferenceKind) {
    let Some(text) = text_field(raw) else {
        return (None, ReferenceKind::None);
    };
    let kind = match code {
        // 2: a correct OCR reference under the OCR control agreement.
        b"2" => ReferenceKind::Ocr,
        _ => ReferenceKind::Text,
    };
    (Some(text), kind)
}

/// A zero-filled giro number field; `None` when all zeros or blank.
fn giro_number(raw: &[u8]) -> Option<String> {
    let t = trim_spaces(raw);
    let start = t.iter().position(|&b| b != b'0').unwrap_or(t.len());
    if start == t.len() { None } else { Some(latin1(&t[start..])) }
}

/// YYYYMMDD.
pub(crate) fn date8(raw: &[u8]) -> Option<Date> {
    if raw.len() != 8 {
        return None;
    }
    let y = digits_u64(&raw[..4])?;
    let m = digits_u64(&raw[4..6])?;
    let d = digits_u64(&raw[6..8])?;
    Date::new(y as i16, m as i8, d as i8).ok()
}
