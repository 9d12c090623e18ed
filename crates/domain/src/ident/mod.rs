//! Identifiers and payment references: parse text into typed, validated values.
//!
//! Each identifier has a type whose only constructor is `parse`, so holding an `Ocr` or a
//! `Fodselsnummer` means the check digits held when it was read. A failed parse is an
//! [`IdError`] that names the reason (wrong length, wrong check digit, impossible date, ...), so
//! a person typing a number can be told what is wrong. Generation is offered where Purr issues
//! the number itself (OCR references and KIDs). Nothing here reads the clock: where a century
//! depends on today's date (Swedish 10-digit personnummer), the caller passes the date in.
//!
//! [`check`] is the one entry point the command line and API use: it validates any supported
//! kind and returns the normalized form plus the facts read from the number (birth date, rule,
//! algorithm).

pub mod checksum;
pub mod iban;
pub mod no;
pub mod se;

pub use iban::Iban;
pub use no::{FnrControlRule, FnrKind, Fodselsnummer, Kid, KidAlgorithm, NoAccountNumber, NoOrgNumber};
pub use se::{Bankgiro, Ocr, OcrControl, Personnummer, PersonnummerKind, Plusgiro, SeOrgNumber};

use jiff::civil::Date;
use std::fmt;
use std::str::FromStr;

/// Why a piece of text is not a valid identifier. The `Display` text is written for the person
/// who typed it; [`IdError::code`] is the stable machine name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("empty")]
    Empty,
    #[error("character {found:?} at position {position} is not allowed here")]
    InvalidCharacter { found: char, position: usize },
    #[error("has {found} digits, expected {expected}")]
    Length { found: usize, expected: &'static str },
    #[error("check digit is {found}, expected {expected}")]
    CheckDigit { expected: char, found: char },
    #[error("length digit is {found}, expected {expected} (the number has {length} digits)")]
    LengthDigit { expected: u8, found: u8, length: usize },
    #[error("check character is {found}, expected {mod10} for MOD10 or {mod11} for MOD11")]
    KidCheck { mod10: char, mod11: char, found: char },
    #[error("no valid check digit exists for these digits, so the number cannot have been issued")]
    NotIssuable,
    #[error("{0} is not a real date")]
    InvalidDate(String),
    #[error("serial number {0} is never issued")]
    InvalidSerial(String),
    #[error("{0}")]
    NotThisKind(&'static str),
    #[error("unknown or non-IBAN country {0:?}")]
    UnknownCountry(String),
    #[error("the birth date lies after the reference date")]
    BirthInFuture,
    #[error("{0}")]
    Format(&'static str),
}

impl IdError {
    /// A stable snake_case name for logs and JSON.
    pub fn code(&self) -> &'static str {
        match self {
            IdError::Empty => "empty",
            IdError::InvalidCharacter { .. } => "invalid_character",
            IdError::Length { .. } => "length",
            IdError::CheckDigit { .. } => "check_digit",
            IdError::LengthDigit { .. } => "length_digit",
            IdError::KidCheck { .. } => "check_digit",
            IdError::NotIssuable => "not_issuable",
            IdError::InvalidDate(_) => "invalid_date",
            IdError::InvalidSerial(_) => "invalid_serial",
            IdError::NotThisKind(_) => "not_this_kind",
            IdError::UnknownCountry(_) => "unknown_country",
            IdError::BirthInFuture => "birth_in_future",
            IdError::Format(_) => "format",
        }
    }
}

/// Digit values of `text`, skipping the characters in `skip` (spaces are always skipped).
/// Anything else that is not an ASCII digit is an [`IdError::InvalidCharacter`].
pub(crate) fn digits(text: &str, skip: &[char]) -> Result<Vec<u8>, IdError> {
    let mut out = Vec::with_capacity(text.len());
    for (position, c) in text.chars().enumerate() {
        if c.is_ascii_digit() {
            out.push(c as u8 - b'0');
        } else if c == ' ' || skip.contains(&c) {
            continue;
        } else {
            return Err(IdError::InvalidCharacter { found: c, position });
        }
    }
    if out.is_empty() {
        return Err(IdError::Empty);
    }
    Ok(out)
}

pub(crate) fn to_text(digits: &[u8]) -> String {
    digits.iter().map(|d| char::from(b'0' + d)).collect()
}

pub(crate) fn digit_char(d: u8) -> char {
    char::from(b'0' + d)
}

/// The kinds [`check`] understands, named as on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdKind {
    SeOcr,
    SeBankgiro,
    SePlusgiro,
    SePersonnummer,
    SeOrgnr,
    NoKid,
    NoFnr,
    NoOrgnr,
    NoAccount,
    Iban,
}

impl IdKind {
    pub const ALL: [IdKind; 10] = [
        IdKind::SeOcr,
        IdKind::SeBankgiro,
        IdKind::SePlusgiro,
        IdKind::SePersonnummer,
        IdKind::SeOrgnr,
        IdKind::NoKid,
        IdKind::NoFnr,
        IdKind::NoOrgnr,
        IdKind::NoAccount,
        IdKind::Iban,
    ];

    pub fn code(self) -> &'static str {
        match self {
            IdKind::SeOcr => "se-ocr",
            IdKind::SeBankgiro => "se-bankgiro",
            IdKind::SePlusgiro => "se-plusgiro",
            IdKind::SePersonnummer => "se-personnummer",
            IdKind::SeOrgnr => "se-orgnr",
            IdKind::NoKid => "no-kid",
            IdKind::NoFnr => "no-fnr",
            IdKind::NoOrgnr => "no-orgnr",
            IdKind::NoAccount => "no-account",
            IdKind::Iban => "iban",
        }
    }
}

impl fmt::Display for IdKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for IdKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        IdKind::ALL.into_iter().find(|k| k.code() == wanted).ok_or_else(|| {
            let names: Vec<&str> = IdKind::ALL.iter().map(|k| k.code()).collect();
            format!("unknown kind {:?} (use one of {})", s, names.join(", "))
        })
    }
}

/// Options for [`check`]. `today` only matters for Swedish 10-digit personnummer, whose
/// century depends on the person's age on that date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckOptions {
    /// Demand the SE OCR length digit (hard control).
    pub length_digit: bool,
    /// Fix the KID algorithm; `None` accepts a KID that passes either.
    pub kid_algorithm: Option<KidAlgorithm>,
    pub today: Date,
}

/// A valid identifier: its normalized text and the facts read from it, in a stable order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub normalized: String,
    pub facts: Vec<(&'static str, String)>,
}

/// Validates `value` as `kind`. The one entry point for `purr id check` and the API.
pub fn check(kind: IdKind, value: &str, options: &CheckOptions) -> Result<Checked, IdError> {
    let value = value.trim();
    let mut facts: Vec<(&'static str, String)> = Vec::new();
    let normalized = match kind {
        IdKind::SeOcr => {
            let control = if options.length_digit { OcrControl::Hard } else { OcrControl::Soft };
            let ocr = Ocr::parse(value, control)?;
            facts.push(("control", if options.length_digit { "hard" } else { "soft" }.into()));
            facts.push(("has_valid_length_digit", ocr.has_valid_length_digit().to_string()));
            ocr.as_str().to_string()
        }
        IdKind::SeBankgiro => Bankgiro::parse(value)?.formatted(),
        IdKind::SePlusgiro => Plusgiro::parse(value)?.formatted(),
        IdKind::SePersonnummer => {
            let p = Personnummer::parse(value, options.today)?;
            facts.push(("birth_date", p.birth_date().to_string()));
            facts.push(("kind", p.kind().code().into()));
            facts.push(("legal_sex", if p.serial_is_odd() { "male" } else { "female" }.into()));
            facts.push(("age_100_or_more", p.is_centenarian_on(options.today).to_string()));
            p.long_form()
        }
        IdKind::SeOrgnr => {
            let o = SeOrgNumber::parse(value)?;
            facts.push(("group", o.group_description().into()));
            o.formatted()
        }
        IdKind::NoKid => {
            let kid = Kid::parse(value, options.kid_algorithm)?;
            let algos = kid.algorithms();
            let text = match (algos.mod10, algos.mod11) {
                (true, true) => "mod10 and mod11",
                (true, false) => "mod10",
                (false, true) => "mod11",
                (false, false) => "none",
            };
            facts.push(("algorithm", text.into()));
            kid.as_str().to_string()
        }
        IdKind::NoFnr => {
            let f = Fodselsnummer::parse(value)?;
            facts.push(("birth_date", f.birth_date().to_string()));
            facts.push(("kind", f.kind().code().into()));
            facts.push(("control_rule", f.control_rule().code().into()));
            f.as_str().to_string()
        }
        IdKind::NoOrgnr => NoOrgNumber::parse(value)?.as_str().to_string(),
        IdKind::NoAccount => {
            let a = NoAccountNumber::parse(value)?;
            facts.push(("bank_code", a.bank_code().into()));
            a.formatted()
        }
        IdKind::Iban => {
            let i = Iban::parse(value)?;
            facts.push(("country", i.country().into()));
            facts.push(("bban", i.bban().into()));
            facts.push(("printed", i.formatted()));
            i.as_str().to_string()
        }
    };
    Ok(Checked { normalized, facts })
}
