//! SIE 4 files: the Swedish exchange format for bookkeeping, written as the standard says.
//!
//! A SIE file is lines of `#LABEL field field …`, encoded in IBM PC 8-bit code page 437 (the
//! `#FORMAT PC8` the file declares). Fields are separated by spaces; a field with spaces or
//! quotes is written in double quotes, a quote inside as `\"`. A voucher is `#VER series number
//! date "text"` followed by its `#TRANS account {} amount` lines between `{` and `}`; dates are
//! `YYYYMMDD`, amounts have a `.` before exactly two decimals, positive = debit.
//!
//! This module writes type 4 files holding vouchers only (what the standard calls 4I, the file a
//! subsystem such as invoicing or collection hands to the bookkeeping): no opening balances.
//! Text that code page 437 cannot hold is replaced (Norwegian ø/Ø by ö/Ö, anything else by
//! `?`) and counted, so nothing is lost silently.

use jiff::civil::Date;

/// One account for `#KONTO` (and `#KTYP` with the type letter T, S, K or I).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SieAccount {
    pub number: u32,
    pub name: String,
    pub kind: &'static str,
}

/// One voucher: lines of (account, amount in minor units), summing to zero.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SieVoucher {
    pub series: String,
    pub number: u64,
    pub date: Date,
    pub text: String,
    pub lines: Vec<(u32, i64)>,
}

/// Everything a file says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SieDocument {
    pub program: String,
    pub program_version: String,
    pub generated: Date,
    pub company_name: String,
    pub org_number: String,
    /// ISO code of the company's one currency (`#VALUTA`).
    pub currency: String,
    /// The fiscal years as (first day, last day), the current one (`#RAR 0`) first.
    pub fiscal_years: Vec<(Date, Date)>,
    pub accounts: Vec<SieAccount>,
    pub vouchers: Vec<SieVoucher>,
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SieOutput {
    pub bytes: Vec<u8>,
    /// Characters code page 437 cannot hold, replaced.
    pub replaced_characters: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SieError {
    #[error("voucher {series} {number} does not balance: its lines sum to {sum} (minor units)")]
    Unbalanced { series: String, number: u64, sum: i128 },
    #[error("voucher {series} {number} has no lines")]
    Empty { series: String, number: u64 },
    #[error("account {0} is not a SIE account number (1 to 9 999 999 999)")]
    BadAccount(u32),
    #[error("voucher {series} {number} books account {account}, which is not in the file's account list")]
    UnlistedAccount { series: String, number: u64, account: u32 },
    #[error("the file needs at least one fiscal year")]
    NoFiscalYear,
    #[error("the voucher series {0:?} is not a short word of letters and digits")]
    BadSeries(String),
}

/// The Unicode characters of code page 437's upper half, 0x80 to 0xFF.
const CP437_HIGH: [char; 128] = [
    'Ç', 'ü', 'é', 'â', 'ä', 'à', 'å', 'ç', 'ê', 'ë', 'è', 'ï', 'î', 'ì', 'Ä', 'Å', // 0x80
    'É', 'æ', 'Æ', 'ô', 'ö', 'ò', 'û', 'ù', 'ÿ', 'Ö', 'Ü', '¢', '£', '¥', '₧', 'ƒ', // 0x90
    'á', 'í', 'ó', 'ú', 'ñ', 'Ñ', 'ª', 'º', '¿', '⌐', '¬', '½', '¼', '¡', '«', '»', // 0xA0
    '░', '▒', '▓', '│', '┤', '╡', '╢', '╖', '╕', '╣', '║', '╗', '╝', '╜', '╛', '┐', // 0xB0
    '└', '┴', '┬', '├', '─', '┼', '╞', '╟', '╚', '╔', '╩', '╦', '╠', '═', '╬', '╧', // 0xC0
    '╨', '╤', '╥', '╙', '╘', '╒', '╓', '╫', '╪', '┘', '┌', '█', '▄', '▌', '▐', '▀', // 0xD0
    'α', 'ß', 'Γ', 'π', 'Σ', 'σ', 'µ', 'τ', 'Φ', 'Θ', 'Ω', 'δ', '∞', 'φ', 'ε', '∩', // 0xE0
    '≡', '±', '≥', '≤', '⌠', '⌡', '÷', '≈', '°', '∙', '·', '√', 'ⁿ', '²', '■', '\u{a0}', // 0xF0
];

/// One character as a code page 437 byte, or `None` when the page has no such character.
pub fn cp437_byte(c: char) -> Option<u8> {
    if c.is_ascii() {
        return Some(c as u8);
    }
    CP437_HIGH.iter().position(|&h| h == c).map(|i| 0x80 + i as u8)
}

/// Text as code page 437 bytes: ø/Ø become ö/Ö (the same letter in the Scandinavian alphabets),
/// anything else the page lacks becomes `?`. Returns the bytes and how many characters were
/// replaced.
pub fn encode_cp437(text: &str) -> (Vec<u8>, usize) {
    let mut out = Vec::with_capacity(text.len());
    let mut replaced = 0;
    for c in text.chars() {
        let c = match c {
            'ø' => {
                replaced += 1;
                'ö'
            }
            'Ø' => {
                replaced += 1;
                'Ö'
            }
            c => c,
        };
        match cp437_byte(c) {
            Some(b) => out.push(b),
            None => {
                replaced += 1;
                out.push(b'?');
            }
        }
    }
    (out, replaced)
}

/// A field in quotes: control characters become spaces, `"` and `\` get a backslash.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Minor units as a SIE amount: `1234.50`, `-0.05`, `0.00`.
pub fn amount(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// A date as SIE writes it: `YYYYMMDD`.
pub fn date(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// Writes a type 4 file. Every voucher must balance and book only listed accounts.
pub fn write_sie4(doc: &SieDocument) -> Result<SieOutput, SieError> {
    if doc.fiscal_years.is_empty() {
        return Err(SieError::NoFiscalYear);
    }
    for account in &doc.accounts {
        if account.number == 0 {
            return Err(SieError::BadAccount(account.number));
        }
    }
    for v in &doc.vouchers {
        if v.series.is_empty() || v.series.len() > 10 || !v.series.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(SieError::BadSeries(v.series.clone()));
        }
        if v.lines.is_empty() {
            return Err(SieError::Empty { series: v.series.clone(), number: v.number });
        }
        let sum: i128 = v.lines.iter().map(|(_, a)| i128::from(*a)).sum();
        if sum != 0 {
            return Err(SieError::Unbalanced { series: v.series.clone(), number: v.number, sum });
        }
        if let Some((account, _)) = v.lines.iter().find(|(n, _)| !doc.accounts.iter().any(|a| a.number == *n)) {
            return Err(SieError::UnlistedAccount { series: v.series.clone(), number: v.number, account: *account });
        }
    }
    let mut text = String::new();
    let mut line = |s: String| {
        text.push_str(&s);
        text.push_str("\r\n");
    };
    line("#FLAGGA 0".into());
    line("#FORMAT PC8".into());
    line("#SIETYP 4".into());
    line(format!("#PROGRAM {} {}", quote(&doc.program), quote(&doc.program_version)));
    line(format!("#GEN {}", date(doc.generated)));
    line(format!("#FNAMN {}", quote(&doc.company_name)));
    line(format!("#ORGNR {}", quote(&doc.org_number)));
    line(format!("#VALUTA {}", quote(&doc.currency)));
    for (k, (first, last)) in doc.fiscal_years.iter().enumerate() {
        line(format!("#RAR {} {} {}", -(k as i64), date(*first), date(*last)));
    }
    for a in &doc.accounts {
        line(format!("#KONTO {} {}", a.number, quote(&a.name)));
        line(format!("#KTYP {} {}", a.number, a.kind));
    }
    for v in &doc.vouchers {
        line(format!("#VER {} {} {} {}", quote(&v.series), v.number, date(v.date), quote(&v.text)));
        line("{".into());
        for (account, minor) in &v.lines {
            line(format!("   #TRANS {account} {{}} {}", amount(*minor)));
        }
        line("}".into());
    }
    let (bytes, replaced_characters) = encode_cp437(&text);
    Ok(SieOutput { bytes, replaced_characters })
}
