//! Norwegian identifiers: KID payment references, fødselsnummer (with D- and H-numbers),
//! organisasjonsnummer and bank account numbers.
//!
//! KID comes in two flavours chosen in the creditor's agreement with the bank: MOD10 (Luhn) or
//! MOD11, where a remainder that would need the digit 10 is written `-`. The other numbers use
//! MOD11 with fixed weight tables and are simply never issued when the check would be 10.
//!
//! What MOD11 guarantees: 11 is prime and every weight used here lies between 1 and 10, so a
//! change of one digit by δ (1 ≤ |δ| ≤ 9) moves the weighted sum by w·δ, which 11 never
//! divides. Every single-digit substitution is therefore caught, whatever the number's length
//! (for cyclic weights 2–7 as much as for the fixed tables). Swapping two adjacent, different
//! digits is caught too whenever their weights differ, which holds for all neighbours here.

use super::checksum::{Mod11, luhn_check_digit, mod11_cyclic, mod11_weighted};
use super::{IdError, digit_char, digits, to_text};
use jiff::civil::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KidAlgorithm {
    Mod10,
    Mod11,
}

impl KidAlgorithm {
    pub fn code(self) -> &'static str {
        match self {
            KidAlgorithm::Mod10 => "mod10",
            KidAlgorithm::Mod11 => "mod11",
        }
    }
}

/// Which algorithms a KID passes. A KID can pass both by coincidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KidAlgorithms {
    pub mod10: bool,
    pub mod11: bool,
}

/// A Norwegian KID (kundeidentifikasjon): 2–25 characters, digits with a MOD10 or MOD11 check
/// character last (`-` only under MOD11).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Kid {
    text: String,
    algorithms: KidAlgorithms,
}

fn mod11_char(m: Mod11) -> char {
    match m {
        Mod11::Digit(d) => digit_char(d),
        Mod11::Ten => '-',
    }
}

impl Kid {
    /// Parses a KID. With `algorithm` set, only that algorithm's check is accepted; without it,
    /// either passing is enough and [`Kid::algorithms`] says which did.
    pub fn parse(text: &str, algorithm: Option<KidAlgorithm>) -> Result<Kid, IdError> {
        let text = text.trim();
        let Some(last) = text.chars().last() else {
            return Err(IdError::Empty);
        };
        let body_text = &text[..text.len() - last.len_utf8()];
        if last != '-' && !last.is_ascii_digit() {
            return Err(IdError::InvalidCharacter { found: last, position: text.chars().count() - 1 });
        }
        let body = if body_text.trim().is_empty() { Vec::new() } else { digits(body_text, &[])? };
        let len = body.len() + 1;
        if !(2..=25).contains(&len) {
            return Err(IdError::Length { found: len, expected: "2 to 25" });
        }
        let expected10 = digit_char(luhn_check_digit(&body));
        let expected11 = mod11_char(mod11_cyclic(&body));
        let algorithms = KidAlgorithms { mod10: expected10 == last, mod11: expected11 == last };
        let ok = match algorithm {
            Some(KidAlgorithm::Mod10) => algorithms.mod10,
            Some(KidAlgorithm::Mod11) => algorithms.mod11,
            None => algorithms.mod10 || algorithms.mod11,
        };
        if !ok {
            return Err(match algorithm {
                Some(KidAlgorithm::Mod10) => IdError::CheckDigit { expected: expected10, found: last },
                Some(KidAlgorithm::Mod11) => IdError::CheckDigit { expected: expected11, found: last },
                None => IdError::KidCheck { mod10: expected10, mod11: expected11, found: last },
            });
        }
        let mut normalized = to_text(&body);
        normalized.push(last);
        Ok(Kid { text: normalized, algorithms })
    }

    /// Builds a KID from `base` digits and the agreed algorithm. The result always passes
    /// [`Kid::parse`] with that algorithm.
    pub fn generate(base: &str, algorithm: KidAlgorithm) -> Result<Kid, IdError> {
        let body = digits(base, &[])?;
        if body.len() + 1 > 25 {
            return Err(IdError::Length { found: body.len() + 1, expected: "2 to 25 including the check character" });
        }
        let check = match algorithm {
            KidAlgorithm::Mod10 => digit_char(luhn_check_digit(&body)),
            KidAlgorithm::Mod11 => mod11_char(mod11_cyclic(&body)),
        };
        let mut text = to_text(&body);
        text.push(check);
        Kid::parse(&text, Some(algorithm))
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn algorithms(&self) -> KidAlgorithms {
        self.algorithms
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FnrKind {
    Fodselsnummer,
    /// Day written plus 40: people without a residence registration.
    DNumber,
    /// Month written plus 40: an auxiliary number assigned within health services.
    HNumber,
    /// Month written plus 80: synthetic test numbers from the national test register.
    Synthetic,
}

impl FnrKind {
    pub fn code(self) -> &'static str {
        match self {
            FnrKind::Fodselsnummer => "fodselsnummer",
            FnrKind::DNumber => "d-number",
            FnrKind::HNumber => "h-number",
            FnrKind::Synthetic => "synthetic",
        }
    }
}

/// Which control-digit rule a fødselsnummer satisfies.
///
/// Skatteetaten announced that numbers issued from 1 January 2032 get a new control
/// calculation: for the first control digit the weighted remainder (weights 3 7 6 1 8 9 4 5 2 1
/// over the first ten digits) may be 0, 1, 2 or 3 instead of only 0. We read that as applying
/// to the first control digit only; the second (weights 5 4 3 2 7 6 5 4 3 2 1) must still give
/// 0. Both rules are accepted side by side, as Skatteetaten requires of systems; the fact tells
/// which one the number meets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FnrControlRule {
    /// Remainder 0: valid under the rule in force since 1964 (and the new one).
    Legacy,
    /// Remainder 1–3: only valid under the rule for numbers issued from 2032.
    From2032,
}

impl FnrControlRule {
    pub fn code(self) -> &'static str {
        match self {
            FnrControlRule::Legacy => "legacy",
            FnrControlRule::From2032 => "from-2032",
        }
    }
}

const FNR_W1: [u32; 10] = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const FNR_W2: [u32; 11] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/// A Norwegian fødselsnummer, D-number or H-number (11 digits).
///
/// The birth date is read with the traditional individual-number table (000–499 → 1900s,
/// 500–749 with year ≥ 54 → 1800s, 500–999 with year ≤ 39 → 2000s, 900–999 with year ≥ 40 →
/// 1900s). Skatteetaten warns that numbers issued from 2032 may not follow that table, so for
/// those the date is an indication, not a fact.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Fodselsnummer {
    text: String,
    birth_date: Date,
    kind: FnrKind,
    rule: FnrControlRule,
}

impl Fodselsnummer {
    pub fn parse(text: &str) -> Result<Fodselsnummer, IdError> {
        let d = digits(text, &[])?;
        if d.len() != 11 {
            return Err(IdError::Length { found: d.len(), expected: "11" });
        }
        let sum1: u32 = d[..10].iter().zip(FNR_W1).map(|(&x, w)| u32::from(x) * w).sum();
        let sum2: u32 = d.iter().zip(FNR_W2).map(|(&x, w)| u32::from(x) * w).sum();
        let rule = match sum1 % 11 {
            0 => FnrControlRule::Legacy,
            1..=3 => FnrControlRule::From2032,
            _ => {
                let expected = mod11_char(mod11_weighted(&d[..9], &FNR_W1[..9]));
                return Err(IdError::CheckDigit { expected, found: digit_char(d[9]) });
            }
        };
        if !sum2.is_multiple_of(11) {
            let expected = mod11_char(mod11_weighted(&d[..10], &FNR_W2[..10]));
            return Err(IdError::CheckDigit { expected, found: digit_char(d[10]) });
        }
        let mut day = d[0] * 10 + d[1];
        let mut month = d[2] * 10 + d[3];
        let yy = u16::from(d[4]) * 10 + u16::from(d[5]);
        let individual = u16::from(d[6]) * 100 + u16::from(d[7]) * 10 + u16::from(d[8]);
        let mut kind = FnrKind::Fodselsnummer;
        if day > 40 {
            kind = FnrKind::DNumber;
            day -= 40;
        }
        if month > 80 {
            kind = FnrKind::Synthetic;
            month -= 80;
        } else if month > 40 {
            kind = FnrKind::HNumber;
            month -= 40;
        }
        let century: u16 = match individual {
            0..=499 => 1900,
            500..=749 if yy >= 54 => 1800,
            500..=999 if yy <= 39 => 2000,
            900..=999 if yy >= 40 => 1900,
            _ => {
                return Err(IdError::InvalidSerial(format!(
                    "{individual:03} (not used for birth years ending in {yy:02})"
                )));
            }
        };
        let year = century + yy;
        let birth_date = Date::new(year as i16, month as i8, day as i8)
            .map_err(|_| IdError::InvalidDate(format!("{year:04}-{month:02}-{day:02}")))?;
        Ok(Fodselsnummer { text: to_text(&d), birth_date, kind, rule })
    }

    /// The two legacy control digits for nine leading digits, or `None` when either would be
    /// 10 (such numbers were never issued under the legacy rule).
    pub fn legacy_control_digits(nine: &[u8; 9]) -> Option<(u8, u8)> {
        let Mod11::Digit(k1) = mod11_weighted(nine, &FNR_W1[..9]) else {
            return None;
        };
        let mut ten = [0u8; 10];
        ten[..9].copy_from_slice(nine);
        ten[9] = k1;
        let Mod11::Digit(k2) = mod11_weighted(&ten, &FNR_W2[..10]) else {
            return None;
        };
        Some((k1, k2))
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn birth_date(&self) -> Date {
        self.birth_date
    }

    pub fn kind(&self) -> FnrKind {
        self.kind
    }

    pub fn control_rule(&self) -> FnrControlRule {
        self.rule
    }
}

const ORGNR_W: [u32; 8] = [3, 2, 7, 6, 5, 4, 3, 2];

/// A Norwegian organisasjonsnummer: nine digits starting with 8 or 9, MOD11 check digit last.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NoOrgNumber(String);

impl NoOrgNumber {
    /// Accepts "974760673", "974 760 673" and a trailing "MVA" (VAT registration suffix).
    pub fn parse(text: &str) -> Result<NoOrgNumber, IdError> {
        let trimmed = text.trim();
        let trimmed = trimmed.strip_prefix("NO").unwrap_or(trimmed);
        let trimmed = trimmed.strip_suffix("MVA").unwrap_or(trimmed);
        let d = digits(trimmed, &[])?;
        if d.len() != 9 {
            return Err(IdError::Length { found: d.len(), expected: "9" });
        }
        if d[0] != 8 && d[0] != 9 {
            return Err(IdError::NotThisKind("Norwegian organisation numbers start with 8 or 9"));
        }
        check_mod11_fixed(&d, &ORGNR_W)?;
        Ok(NoOrgNumber(to_text(&d)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn check_mod11_fixed(d: &[u8], weights: &[u32]) -> Result<(), IdError> {
    let (last, body) = d.split_last().ok_or(IdError::Empty)?;
    match mod11_weighted(body, weights) {
        Mod11::Ten => Err(IdError::NotIssuable),
        Mod11::Digit(k) if k == *last => Ok(()),
        Mod11::Digit(k) => Err(IdError::CheckDigit { expected: digit_char(k), found: digit_char(*last) }),
    }
}

const ACCOUNT_W: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/// A Norwegian bank account number: eleven digits (4 bank, 2 account group, 5 customer with the
/// MOD11 check digit last), commonly written "1234.56.78903".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NoAccountNumber(String);

impl NoAccountNumber {
    pub fn parse(text: &str) -> Result<NoAccountNumber, IdError> {
        let d = digits(text, &['.'])?;
        if d.len() != 11 {
            return Err(IdError::Length { found: d.len(), expected: "11" });
        }
        check_mod11_fixed(&d, &ACCOUNT_W)?;
        Ok(NoAccountNumber(to_text(&d)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The first four digits: the bank's registration number.
    pub fn bank_code(&self) -> &str {
        &self.0[..4]
    }

    pub fn formatted(&self) -> String {
        format!("{}.{}.{}", &self.0[..4], &self.0[4..6], &self.0[6..])
    }
}
