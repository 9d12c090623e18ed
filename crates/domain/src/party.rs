//! The two parties of every claim: the creditor (Purr's tenant) and the debtor.

use crate::allocation::AllocationOrder;
use crate::ids::{CreditorId, DebtorId};
use crate::inline_text::InlineText;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Whose law applies to a creditor's claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Jurisdiction {
    SE,
    NO,
}

impl Jurisdiction {
    pub fn code(self) -> &'static str {
        match self {
            Jurisdiction::SE => "SE",
            Jurisdiction::NO => "NO",
        }
    }
}

impl fmt::Display for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Jurisdiction {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_uppercase().as_str() {
            "SE" => Ok(Jurisdiction::SE),
            "NO" => Ok(Jurisdiction::NO),
            other => Err(format!("unknown jurisdiction {other:?} (use SE or NO)")),
        }
    }
}

/// A language as a lower-case BCP 47 primary tag ("sv", "nb", "en", "ar", ...). Serialized as
/// its text. The tag is kept inline because every message a dunning run queues carries a copy;
/// deserializing accepts any text, as it always has, and keeps a long one on the heap.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Language(LanguageText);

/// Inline exactly when the text fits, so the derived comparisons see equal texts as equal.
#[derive(Clone, PartialEq, Eq, Hash)]
enum LanguageText {
    Inline(InlineText<15>),
    Long(Box<str>),
}

impl Language {
    /// Accepts 2–3 ASCII letters, optionally followed by a region ("nb-NO"), and keeps it lower-case.
    pub fn parse(tag: &str) -> Result<Language, String> {
        let tag = tag.trim();
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic()) {
            Ok(Language::from_text(&primary.to_ascii_lowercase()))
        } else {
            Err(format!("{:?} is not a language code (use e.g. sv, nb, en)", tag.chars().take(16).collect::<String>()))
        }
    }

    fn from_text(text: &str) -> Language {
        Language(match InlineText::new(text) {
            Some(inline) => LanguageText::Inline(inline),
            None => LanguageText::Long(text.into()),
        })
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            LanguageText::Inline(text) => text.as_str(),
            LanguageText::Long(text) => text,
        }
    }
}

/// `Language("sv")`, as when the tag was a `String`.
impl fmt::Debug for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Language").field(&self.as_str()).finish()
    }
}

impl Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Language, D::Error> {
        String::deserialize(deserializer).map(|text| Language::from_text(&text))
    }
}

/// Where the creditor receives payments. Which fields are set depends on the jurisdiction.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankDetails {
    pub bankgiro: Option<String>,
    pub plusgiro: Option<String>,
    /// Norwegian 11-digit account number.
    pub no_account: Option<String>,
    pub iban: Option<String>,
    pub bic: Option<String>,
}

/// How the creditor's payment references are built: the bank agreement decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReferenceScheme {
    /// Swedish OCR number, Luhn check digit; `length_digit` adds the length digit (hard control).
    SeOcr { length_digit: bool },
    /// Norwegian KID with a MOD10 (Luhn) check digit.
    KidMod10,
    /// Norwegian KID with a MOD11 check digit.
    KidMod11,
}

impl ReferenceScheme {
    pub fn code(self) -> &'static str {
        match self {
            ReferenceScheme::SeOcr { length_digit: false } => "se-ocr",
            ReferenceScheme::SeOcr { length_digit: true } => "se-ocr-length",
            ReferenceScheme::KidMod10 => "no-kid-mod10",
            ReferenceScheme::KidMod11 => "no-kid-mod11",
        }
    }

    pub fn from_code(code: &str) -> Option<ReferenceScheme> {
        Some(match code {
            "se-ocr" => ReferenceScheme::SeOcr { length_digit: false },
            "se-ocr-length" => ReferenceScheme::SeOcr { length_digit: true },
            "no-kid-mod10" => ReferenceScheme::KidMod10,
            "no-kid-mod11" => ReferenceScheme::KidMod11,
            _ => return None,
        })
    }
}

/// The tenant: a business collecting its own invoices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Creditor {
    pub id: CreditorId,
    pub legal_name: String,
    pub org_number: String,
    pub jurisdiction: Jurisdiction,
    pub default_language: Language,
    pub bank: BankDetails,
    pub reference_scheme: ReferenceScheme,
    /// Whether the creditor's consumer terms include a reminder fee (SE: required before one may be charged).
    pub reminder_fee_agreed: bool,
    /// Which part of a balance a payment pays off first.
    pub allocation_order: AllocationOrder,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DebtorKind {
    Consumer,
    Business,
}

impl DebtorKind {
    pub fn code(self) -> &'static str {
        match self {
            DebtorKind::Consumer => "consumer",
            DebtorKind::Business => "business",
        }
    }

    pub fn from_code(code: &str) -> Option<DebtorKind> {
        match code.trim().to_ascii_lowercase().as_str() {
            "consumer" | "private" | "b2c" => Some(DebtorKind::Consumer),
            "business" | "company" | "b2b" => Some(DebtorKind::Business),
            _ => None,
        }
    }
}

/// The ways a debtor can be reached, in the debtor's order of preference.
impl FromStr for DebtorKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DebtorKind::from_code(s).ok_or_else(|| format!("{s:?} is not consumer or business"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Letter,
    Email,
    Sms,
    Ebox,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Letter => "letter",
            Channel::Email => "email",
            Channel::Sms => "sms",
            Channel::Ebox => "ebox",
        }
    }

    pub fn from_code(code: &str) -> Option<Channel> {
        match code.trim().to_ascii_lowercase().as_str() {
            "letter" | "post" => Some(Channel::Letter),
            "email" | "e-mail" => Some(Channel::Email),
            "sms" => Some(Channel::Sms),
            "ebox" | "e-box" => Some(Channel::Ebox),
            _ => None,
        }
    }
}

impl FromStr for Channel {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Channel::from_code(s).ok_or_else(|| format!("{s:?} is not letter, email, sms or ebox"))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostalAddress {
    pub street: String,
    pub postal_code: String,
    pub city: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Debtor {
    pub id: DebtorId,
    pub creditor_id: CreditorId,
    /// The creditor's own customer number, the debtor's key within the creditor.
    pub external_id: String,
    pub kind: DebtorKind,
    pub name: String,
    /// Personnummer / fødselsnummer for consumers, organisation number for businesses.
    pub national_id: Option<String>,
    pub address: PostalAddress,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub language: Language,
    pub channels: Vec<Channel>,
}
