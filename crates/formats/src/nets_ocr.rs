//! Nets OCR giro (Norway): incoming KID payments, and AvtaleGiro payment-claim files.
//!
//! Records are 80 characters, Latin-1, starting with the format code "NY", a two-digit service
//! code (00 transmission level, 09 OCR giro, 21 AvtaleGiro), a two-digit transaction or
//! assignment type and a two-digit record type: 10 transmission start, 20 assignment start,
//! 30/31/32 transaction amount items 1–3, 49 AvtaleGiro specification text, 70 AvtaleGiro
//! agreement, 88 assignment end, 89 transmission end.
//!
//! In OCR giro files transaction types 10–17 and 19, 21 are payments; 18 and 20 are reversals
//! and count negative (as does an amount item whose sign field holds `-`). AvtaleGiro
//! assignments of type 00 carry payment claims (transaction types 02 and 21) and type 36
//! cancellations (93); type 24 lists agreements and yields no payments.
//!
//! Each assignment end (88) and the transmission end (89) state how many transactions and
//! records came before them and their total amount. The manual does not say whether reversals
//! are subtracted in that total, so a total is accepted when it equals either the signed sum or
//! the sum of absolute amounts; anything else rejects the file.

use crate::payment::{
    Format, ParsedFile, PaymentRecord, RecordKind, ReferenceKind, Rejection, digits_u64, field, lines, text_field,
    trim_spaces,
};
use domain::{Currency, Money};
use jiff::civil::Date;

#[derive(Default)]
struct Tally {
    transactions: u64,
    records: u64,
    signed: i128,
    absolute: i128,
}

struct Assignment {
    service: [u8; 2],
    kind: [u8; 2],
    tally: Tally,
    line: usize,
}

/// Parses a Nets OCR giro or AvtaleGiro file. Never panics; see [`ParsedFile`].
pub fn parse(data: &[u8]) -> ParsedFile {
    let mut out = ParsedFile::new(Format::NetsOcr);
    let mut transmission = Tally::default();
    let mut assignment: Option<Assignment> = None;
    let mut seen_start = false;
    let mut seen_end = false;
    // The payment the 31/32/49 records of the current transaction attach to, with its number.
    let mut current: Option<(usize, u64)> = None;

    for (no, line) in lines(data) {
        if trim_spaces(line).is_empty() {
            continue;
        }
        if line.len() < 8 || &line[..2] != b"NY" {
            if !seen_start {
                out.reject(Rejection::WrongFormat { expected: "Nets OCR giro" });
                return out;
            }
            out.error(no, "not a Nets record (must start with NY and a record type)");
            continue;
        }
        let service = [line[2], line[3]];
        let ttype = [line[4], line[5]];
        let rtype = &line[6..8];
        if !seen_start {
            if rtype != b"10" {
                out.reject(Rejection::WrongFormat { expected: "Nets OCR giro" });
                return out;
            }
            seen_start = true;
            transmission.records += 1;
            continue;
        }
        if seen_end {
            out.error(no, "record after the transmission end record 89 ignored");
            continue;
        }
        transmission.records += 1;
        if let Some(a) = assignment.as_mut() {
            a.tally.records += 1;
        }
        match rtype {
            b"10" => out.error(no, "a second transmission start record ignored"),
            b"20" => {
                if let Some(a) = &assignment {
                    out.reject(Rejection::Structure {
                        line: no,
                        message: format!("assignment started at line {} has no end record 88", a.line),
                    });
                }
                assignment = Some(Assignment {
                    service,
                    kind: ttype,
                    tally: Tally { records: 1, ..Tally::default() },
                    line: no,
                });
                current = None;
            }
            b"30" => {
                let Some(a) = assignment.as_mut() else {
                    out.error(no, "transaction outside an assignment");
                    current = None;
                    continue;
                };
                a.tally.transactions += 1;
                transmission.transactions += 1;
                let Some(amount) = digits_u64(field(line, 33, 49)) else {
                    out.error(no, "amount (positions 33–49) is not a number");
                    current = None;
                    continue;
                };
                let amount = amount as i64;
                let (kind, negative) = match (&service, &ttype) {
                    (b"09", b"18") | (b"09", b"20") => (RecordKind::Reversal, true),
                    (b"09", _) => (RecordKind::Payment, field(line, 32, 32) == b"-"),
                    (b"21", b"93") => (RecordKind::ClaimCancellation, false),
                    (b"21", _) if a.kind == *b"36" => (RecordKind::ClaimCancellation, false),
                    (b"21", _) => (RecordKind::Claim, false),
                    _ => {
                        out.error(no, "unknown service code for a transaction");
                        current = None;
                        continue;
                    }
                };
                let signed = if negative { -amount } else { amount };
                a.tally.signed += i128::from(signed);
                a.tally.absolute += i128::from(amount);
                transmission.signed += i128::from(signed);
                transmission.absolute += i128::from(amount);
                let mut rec = PaymentRecord::new(kind, Money::from_minor(signed, Currency::NOK), no);
                if let Some(kid) = text_field(field(line, 50, 74)) {
                    rec.reference = Some(kid);
                    rec.reference_kind = ReferenceKind::Kid;
                }
                rec.booking_date = date6(field(line, 16, 21));
                let number = digits_u64(field(line, 9, 15)).unwrap_or(0);
                out.payments.push(rec);
                current = Some((out.payments.len() - 1, number));
            }
            b"31" | b"32" | b"49" => {
                let number = digits_u64(field(line, 9, 15)).unwrap_or(u64::MAX);
                let Some((idx, expected)) = current.filter(|(_, n)| *n == number) else {
                    out.error(no, "amount item without the transaction's first item (30) before it");
                    continue;
                };
                let _ = expected;
                let p = &mut out.payments[idx];
                match (rtype, &service) {
                    (b"31", b"09") => {
                        p.bank_ref = text_field(field(line, 26, 34));
                        p.value_date = date6(field(line, 42, 47));
                        let account = field(line, 48, 58);
                        if account.iter().any(|&b| b != b'0' && b != b' ') {
                            p.payer.account = text_field(account);
                        }
                    }
                    (b"31", _) => {
                        p.payer.name = text_field(field(line, 16, 25));
                        p.bank_ref = text_field(field(line, 51, 75));
                    }
                    (b"32", _) => p.message = text_field(field(line, 16, 55)),
                    _ => {
                        // 49: one half of a specification line; halves are joined in order.
                        if let Some(t) = text_field(field(line, 21, 60)) {
                            match &mut p.message {
                                Some(m) => {
                                    m.push(' ');
                                    m.push_str(&t);
                                }
                                None => p.message = Some(t),
                            }
                        }
                    }
                }
            }
            b"70" => {
                // AvtaleGiro agreement notices: counted like transactions, no money.
                if let Some(a) = assignment.as_mut() {
                    a.tally.transactions += 1;
                }
                transmission.transactions += 1;
                current = None;
            }
            b"88" => {
                let Some(a) = assignment.take() else {
                    out.reject(Rejection::Structure {
                        line: no,
                        message: "assignment end 88 without a start 20".into(),
                    });
                    continue;
                };
                current = None;
                let _ = a.service;
                check_end(&mut out, no, &format!("assignment ending at line {no}"), &a.tally, line);
            }
            b"89" => {
                seen_end = true;
                if let Some(a) = &assignment {
                    out.reject(Rejection::Structure {
                        line: no,
                        message: format!("assignment started at line {} has no end record 88", a.line),
                    });
                }
                check_end(&mut out, no, "transmission", &transmission, line);
            }
            _ => out.error(no, format!("unknown record type {:?}", String::from_utf8_lossy(rtype))),
        }
    }
    if !seen_start {
        out.reject(if data.iter().all(u8::is_ascii_whitespace) {
            Rejection::Empty
        } else {
            Rejection::WrongFormat { expected: "Nets OCR giro" }
        });
    } else if !seen_end {
        out.reject(Rejection::MissingRecord("transmission end record 89 (the file may be cut short)"));
    }
    out
}

fn check_end(out: &mut ParsedFile, no: usize, what: &str, tally: &Tally, line: &[u8]) {
    let fields =
        [("transactions", field(line, 9, 16), tally.transactions), ("records", field(line, 17, 24), tally.records)];
    for (name, raw, actual) in fields {
        match digits_u64(raw) {
            Some(declared) if declared == actual => {}
            Some(declared) => {
                out.reject(Rejection::CountMismatch { what: format!("{what}: {name}"), declared, actual })
            }
            None => out
                .reject(Rejection::Structure { line: no, message: format!("{what}: count of {name} is not a number") }),
        }
    }
    let raw = field(line, 25, 41);
    // Agreement assignments leave the amount zero-filled.
    match digits_u64(raw) {
        Some(declared) => {
            let declared = i128::from(declared);
            if declared != tally.absolute && declared != tally.signed.abs() {
                out.reject(Rejection::SumMismatch {
                    what: format!("{what}: total amount"),
                    declared,
                    actual: tally.signed,
                });
            }
        }
        None => out.reject(Rejection::Structure { line: no, message: format!("{what}: total amount is not a number") }),
    }
}

/// DDMMYY; 000000 (no date) and impossible dates are `None`. Years 00–79 are 2000–2079.
pub(crate) fn date6(raw: &[u8]) -> Option<Date> {
    if raw.len() != 6 || raw == b"000000" {
        return None;
    }
    let d = digits_u64(&raw[..2])?;
    let m = digits_u64(&raw[2..4])?;
    let y = digits_u64(&raw[4..6])?;
    let year = if y < 80 { 2000 + y } else { 1900 + y };
    Date::new(year as i16, m as i8, d as i8).ok()
}
