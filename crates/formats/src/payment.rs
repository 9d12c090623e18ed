//! The record every bank-file parser produces, whatever the format: one incoming (or outgoing)
//! payment line with a signed amount, its references, dates and payer.
//!
//! Amounts are integer minor units with a currency ([`Money`]). The sign follows the money:
//! received payments are positive; BgMax deductions, Nets reversals and camt debits negative.
//! The per-currency sum of a file's records is what the file says reached the account, and the
//! parsers check it against the file's own totals before calling the file valid.

use domain::{Currency, Money};
use jiff::civil::Date;
use std::collections::BTreeMap;
use std::fmt;

/// The bank-file formats Purr reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    BgMax,
    NetsOcr,
    Camt053,
    Camt054,
    /// Not recognised; only ever seen together with a rejection.
    Unknown,
}

impl Format {
    pub fn code(self) -> &'static str {
        match self {
            Format::Unknown => "unknown",
            Format::BgMax => "bgmax",
            Format::NetsOcr => "nets-ocr",
            Format::Camt053 => "camt.053",
            Format::Camt054 => "camt.054",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// What a reference is, as far as the file tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReferenceKind {
    /// A Swedish OCR number the bank checked (BgMax reference code 2, camt proprietary "OCR").
    Ocr,
    /// A Norwegian KID (Nets OCR giro, camt proprietary "KID").
    Kid,
    /// An ISO 20022 structured creditor reference (SCOR) that is not an RF reference.
    Scor,
    /// An ISO 11649 RF creditor reference.
    Rf,
    /// Free text in the reference field, unchecked or known to be wrong.
    Text,
    None,
}

impl ReferenceKind {
    pub fn code(self) -> &'static str {
        match self {
            ReferenceKind::Ocr => "ocr",
            ReferenceKind::Kid => "kid",
            ReferenceKind::Scor => "scor",
            ReferenceKind::Rf => "rf",
            ReferenceKind::Text => "text",
            ReferenceKind::None => "none",
        }
    }
}

/// What kind of line a record is. Only `Payment` is money the creditor received for a claim;
/// the others adjust or mirror it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordKind {
    Payment,
    /// BgMax 21: money deducted (a credit note the payer set off); negative.
    Deduction,
    /// Nets transaction types 18 and 20, camt entries with the reversal indicator; negative
    /// when it takes money back.
    Reversal,
    /// A camt debit that is not a reversal (money leaving the account); negative.
    Debit,
    /// An AvtaleGiro payment claim (money the creditor asks Nets to collect); not yet received.
    Claim,
    /// An AvtaleGiro cancellation of an earlier claim.
    ClaimCancellation,
}

impl RecordKind {
    pub fn code(self) -> &'static str {
        match self {
            RecordKind::Payment => "payment",
            RecordKind::Deduction => "deduction",
            RecordKind::Reversal => "reversal",
            RecordKind::Debit => "debit",
            RecordKind::Claim => "claim",
            RecordKind::ClaimCancellation => "claim_cancellation",
        }
    }
}

/// A further reference with the amount the payer designated to it (BgMax 22/23).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtraReference {
    pub reference: String,
    /// Negative for BgMax 23 (a credit note set off against the payment).
    pub amount: Money,
    pub kind: ReferenceKind,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Payer {
    pub name: Option<String>,
    /// Bankgiro, account number or IBAN the money came from.
    pub account: Option<String>,
    pub org_number: Option<String>,
    /// Street, postal code, city, country, joined as the file gives them.
    pub address: Option<String>,
}

/// One payment line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentRecord {
    pub kind: RecordKind,
    /// Signed, see the module documentation.
    pub amount: Money,
    pub reference: Option<String>,
    pub reference_kind: ReferenceKind,
    pub references: Vec<ExtraReference>,
    pub booking_date: Option<Date>,
    pub value_date: Option<Date>,
    pub payer: Payer,
    /// Free text from the payer or bank (BgMax 25, Nets 32, camt unstructured remittance).
    pub message: Option<String>,
    /// The bank's own identifier for the line (BGC serial number, Nets archive reference, camt
    /// account servicer reference); stable across re-deliveries of the same file.
    pub bank_ref: Option<String>,
    /// 1-based line of the record's first line in the file.
    pub line: usize,
}

impl PaymentRecord {
    pub(crate) fn new(kind: RecordKind, amount: Money, line: usize) -> PaymentRecord {
        PaymentRecord {
            kind,
            amount,
            reference: None,
            reference_kind: ReferenceKind::None,
            references: Vec::new(),
            booking_date: None,
            value_date: None,
            payer: Payer::default(),
            message: None,
            bank_ref: None,
            line,
        }
    }

    /// The matcher's view of this record.
    pub fn to_incoming(&self) -> domain::matching::IncomingPayment {
        domain::matching::IncomingPayment {
            amount: self.amount,
            reference: self.reference.clone(),
            references: self.references.iter().map(|r| (r.reference.clone(), r.amount)).collect(),
            text: self.message.clone(),
        }
    }
}

/// A problem with one line; the rest of the file may still be good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub line: usize,
    pub message: String,
}

/// Why a whole file is refused. A rejected file must not be booked at all: its own numbers say
/// something is missing or extra.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Rejection {
    #[error("the file is empty")]
    Empty,
    #[error("the file is not {expected} (or is damaged at the start)")]
    WrongFormat { expected: &'static str },
    #[error("the format could not be recognised (expected BgMax, Nets OCR giro or camt.053/054)")]
    UnknownFormat,
    #[error("unsupported version {0:?}")]
    UnsupportedVersion(String),
    #[error("{0} is missing")]
    MissingRecord(&'static str),
    #[error("{what}: the file declares {declared}, the body has {actual}")]
    CountMismatch { what: String, declared: u64, actual: u64 },
    #[error("{what}: the file declares {declared} minor units, the body sums to {actual}")]
    SumMismatch { what: String, declared: i128, actual: i128 },
    #[error("line {line}: {message}")]
    Structure { line: usize, message: String },
    #[error("malformed XML at line {line}: {message}")]
    Xml { line: usize, message: String },
}

impl Rejection {
    pub fn code(&self) -> &'static str {
        match self {
            Rejection::Empty => "empty",
            Rejection::WrongFormat { .. } => "wrong_format",
            Rejection::UnknownFormat => "unknown_format",
            Rejection::UnsupportedVersion(_) => "unsupported_version",
            Rejection::MissingRecord(_) => "missing_record",
            Rejection::CountMismatch { .. } => "count_mismatch",
            Rejection::SumMismatch { .. } => "sum_mismatch",
            Rejection::Structure { .. } => "structure",
            Rejection::Xml { .. } => "xml",
        }
    }
}

/// What a parser returns: the records it could read, the lines it could not, and the verdict
/// on the file as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedFile {
    pub format: Format,
    pub payments: Vec<PaymentRecord>,
    pub errors: Vec<LineError>,
    /// `Some` when the file's own totals or structure contradict its body.
    pub rejection: Option<Rejection>,
}

impl ParsedFile {
    pub(crate) fn new(format: Format) -> ParsedFile {
        ParsedFile { format, payments: Vec::new(), errors: Vec::new(), rejection: None }
    }

    /// True when the file may be imported (individual line errors aside).
    pub fn is_valid(&self) -> bool {
        self.rejection.is_none()
    }

    /// Per-currency sum of the records' signed amounts.
    pub fn totals(&self) -> BTreeMap<Currency, i64> {
        let mut out = BTreeMap::new();
        for p in &self.payments {
            *out.entry(p.amount.currency()).or_insert(0i64) += p.amount.minor();
        }
        out
    }

    pub(crate) fn error(&mut self, line: usize, message: impl Into<String>) {
        self.errors.push(LineError { line, message: message.into() });
    }

    /// Keeps the first rejection: it is usually the cause of the later ones.
    pub(crate) fn reject(&mut self, rejection: Rejection) {
        if self.rejection.is_none() {
            self.rejection = Some(rejection);
        }
    }
}

/// Splits bytes into lines on LF, dropping a CR before it, with 1-based line numbers. A final
/// line without LF counts; a trailing empty line does not.
pub(crate) fn lines(data: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let data = data.strip_suffix(b"\n").unwrap_or(data);
    let mut no = 0usize;
    let mut rest: Option<&[u8]> = if data.is_empty() { None } else { Some(data) };
    std::iter::from_fn(move || {
        let cur = rest?;
        let (line, next) = match cur.iter().position(|&b| b == b'\n') {
            Some(p) => (&cur[..p], Some(&cur[p + 1..])),
            None => (cur, None),
        };
        rest = next;
        no += 1;
        Some((no, line.strip_suffix(b"\r").unwrap_or(line)))
    })
}

/// Latin-1 (ISO 8859-1) text to a `String`: every byte is the code point of the same value.
/// Fixed-width bank formats are Latin-1; the ASCII case is the fast path.
pub(crate) fn latin1(bytes: &[u8]) -> String {
    if bytes.is_ascii() {
        // ASCII is valid UTF-8, so this conversion cannot fail.
        return String::from_utf8(bytes.to_vec()).unwrap_or_default();
    }
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// Latin-1 text with surrounding spaces trimmed, `None` when blank.
pub(crate) fn text_field(bytes: &[u8]) -> Option<String> {
    let t = trim_spaces(bytes);
    if t.is_empty() { None } else { Some(latin1(t)) }
}

pub(crate) fn trim_spaces(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|&b| b != b' ').unwrap_or(bytes.len());
    let end = bytes.iter().rposition(|&b| b != b' ').map_or(start, |e| e + 1);
    &bytes[start..end]
}

/// An unsigned decimal field of ASCII digits; `None` for anything else (including blank).
pub(crate) fn digits_u64(bytes: &[u8]) -> Option<u64> {
    if bytes.is_empty() || bytes.len() > 19 {
        return None;
    }
    let mut v: u64 = 0;
    for &b in bytes {
        if !b.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u64::from(b - b'0');
    }
    Some(v)
}

/// The field at 1-based inclusive positions `from..=to`, cut short if the line is short.
pub(crate) fn field(line: &[u8], from: usize, to: usize) -> &[u8] {
    let start = (from - 1).min(line.len());
    let end = to.min(line.len());
    &line[start..end.max(start)]
}
