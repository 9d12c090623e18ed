//! ISO 20022 bank-to-customer statements (camt.053) and debit/credit notifications (camt.054),
//! message versions .001.02 to .001.08.
//!
//! The parser streams the XML once and keeps only the entry in hand, so memory stays flat for
//! large statements. Element names are matched by local name, whatever the namespace prefix.
//! Each booked entry (`Ntry` with status BOOK, or without status) becomes one record, or one per
//! transaction detail (`TxDtls`) when an entry batches several transactions with amounts.
//! Credits are positive and debits negative; the reversal indicator marks a reversal (a
//! reversed credit arrives as a debit, so it is negative).
//!
//! References: a structured creditor reference (`Strd/CdtrRefInf`) with code SCOR is `rf` when
//! it starts with "RF" and `scor` otherwise; the proprietary types "OCR" and "KID" that Nordic
//! banks use map to `ocr` and `kid`. Unstructured remittance (`Ustrd`) becomes the message.
//!
//! The file is rejected when its own numbers contradict the entries: the transaction summary
//! (`TxsSummry`: number and sum of entries, of credits, of debits, net), the opening and closing
//! booked balances against the booked entries, an entry's batch count, or the transaction
//! details' amounts against their entry.

use crate::payment::{ExtraReference, Format, ParsedFile, PaymentRecord, RecordKind, ReferenceKind, Rejection};
use crate::xml::{Lexer, Span, Tok, attributes, push_text};
use domain::money::{MoneyError, parse_minor};
use domain::{Currency, Money};
use jiff::civil::Date;
use std::str::FromStr;

#[derive(Default)]
struct Tx<'a> {
    line: usize,
    amount: Option<(i64, &'a str)>,
    credit: Option<bool>,
    bank_ref: Option<String>,
    end_to_end: Option<String>,
    name: Option<String>,
    org_number: Option<String>,
    account: Option<String>,
    ustrd: Option<String>,
    /// The first structured reference, kept apart from the others so the usual transaction
    /// with one reference allocates no list.
    first_ref: Option<CreditorRef<'a>>,
    more_refs: Vec<CreditorRef<'a>>,
    /// The structured reference being read; kept when it ends with a non-empty reference.
    cur_ref: Option<CreditorRef<'a>>,
    addtl: Option<String>,
}

/// A structured creditor reference of a transaction.
struct CreditorRef<'a> {
    reference: String,
    /// What its type code or proprietary type says.
    code: Option<ReferenceKind>,
    /// The remitted amount designated to it.
    amount: Option<(i64, &'a str)>,
}

impl<'a> Tx<'a> {
    fn push_ref(&mut self, r: CreditorRef<'a>) {
        if self.first_ref.is_none() {
            self.first_ref = Some(r);
        } else {
            self.more_refs.push(r);
        }
    }
}

#[derive(Default)]
struct Entry<'a> {
    line: usize,
    amount: Option<(i64, &'a str)>,
    credit: Option<bool>,
    reversal: bool,
    /// Whether the last non-empty status was BOOK or BOOKED (any case); None without one.
    status_booked: Option<bool>,
    booking: Option<Date>,
    value: Option<Date>,
    bank_ref: Option<String>,
    addtl: Option<String>,
    batch_count: Option<u64>,
    txs: Vec<Tx<'a>>,
}

#[derive(Default)]
struct Balance<'a> {
    code: Option<String>,
    amount: Option<(i64, &'a str)>,
    credit: Option<bool>,
}

#[derive(Default)]
struct Summary {
    entries: Option<u64>,
    sum: Option<i64>,
    net: Option<i64>,
    net_credit: Option<bool>,
    credit_count: Option<u64>,
    credit_sum: Option<i64>,
    debit_count: Option<u64>,
    debit_sum: Option<i64>,
}

#[derive(Default)]
struct Statement<'a> {
    line: usize,
    entries: u64,
    abs_sum: i128,
    credit_count: u64,
    credit_sum: i128,
    debit_count: u64,
    debit_sum: i128,
    /// Net of booked entries per currency code, for the balance check.
    booked_net: Vec<(String, i128)>,
    balances: Vec<Balance<'a>>,
    summary: Summary,
}

/// Parses a camt.053 or camt.054 document. Never panics; see [`ParsedFile`].
pub fn parse(data: &[u8]) -> ParsedFile {
    // ISO 20022 messages are UTF-8; a Latin-1 file is decoded rather than refused.
    let owned;
    let text: &str = match std::str::from_utf8(data) {
        Ok(t) => t,
        Err(_) => {
            owned = crate::payment::latin1(data);
            &owned
        }
    };
    let mut out = ParsedFile::new(Format::Camt053);
    if text.trim().is_empty() {
        out.reject(Rejection::Empty);
        return out;
    }
    // Room for the records up front, estimated at one per 512 bytes of file (entries with
    // their details take a few hundred bytes or more), so the list is copied less as it grows.
    out.payments.reserve(text.len() / 512);
    let mut p = CamtParser::new(text);
    p.run(&mut out);
    out
}

/// The element names the parser acts on; every other local name is `Other`. The open elements
/// are kept as a stack of these one-byte symbols, and a path test is a comparison of the
/// stack's last few symbols, so no path text is built or searched per element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum N {
    Other,
    BkToCstmrStmt,
    BkToCstmrDbtCdtNtfctn,
    Stmt,
    Ntfctn,
    Ntry,
    TxDtls,
    Bal,
    Amt,
    AmtDtls,
    TxAmt,
    Strd,
    RfrdDocAmt,
    RmtdAmt,
    CdtDbtInd,
    RvslInd,
    Sts,
    Cd,
    Prtry,
    Refs,
    AcctSvcrRef,
    EndToEndId,
    RltdPties,
    Dbtr,
    Pty,
    Nm,
    Id,
    OrgId,
    Othr,
    DbtrAcct,
    Iban,
    RmtInf,
    Ustrd,
    CdtrRefInf,
    Tp,
    CdOrPrtry,
    Ref,
    AddtlTxInf,
    BookgDt,
    ValDt,
    Dt,
    DtTm,
    AddtlNtryInf,
    Btch,
    NbOfTxs,
    TxsSummry,
    TtlNtries,
    NbOfNtries,
    Sum,
    TtlNetNtry,
    TtlNetNtryAmt,
    TtlCdtNtries,
    TtlDbtNtries,
}

impl N {
    /// Whether [`CamtParser::end`] does anything when this element ends. The others (and
    /// `Other`) only make up the paths of the elements inside them, so their end skips it.
    const fn acts_on_end(self) -> bool {
        matches!(
            self,
            N::Stmt
                | N::Ntfctn
                | N::Ntry
                | N::TxDtls
                | N::Bal
                | N::Amt
                | N::Strd
                | N::RmtdAmt
                | N::CdtDbtInd
                | N::RvslInd
                | N::Sts
                | N::Cd
                | N::Prtry
                | N::AcctSvcrRef
                | N::EndToEndId
                | N::Nm
                | N::Id
                | N::Iban
                | N::Ustrd
                | N::Ref
                | N::AddtlTxInf
                | N::Dt
                | N::DtTm
                | N::AddtlNtryInf
                | N::NbOfTxs
                | N::NbOfNtries
                | N::Sum
                | N::TtlNetNtryAmt
        )
    }
}

/// Every element name the parser acts on, with its symbol.
const NAMES: [(&str, N); 52] = [
    ("BkToCstmrStmt", N::BkToCstmrStmt),
    ("BkToCstmrDbtCdtNtfctn", N::BkToCstmrDbtCdtNtfctn),
    ("Stmt", N::Stmt),
    ("Ntfctn", N::Ntfctn),
    ("Ntry", N::Ntry),
    ("TxDtls", N::TxDtls),
    ("Bal", N::Bal),
    ("Amt", N::Amt),
    ("AmtDtls", N::AmtDtls),
    ("TxAmt", N::TxAmt),
    ("Strd", N::Strd),
    ("RfrdDocAmt", N::RfrdDocAmt),
    ("RmtdAmt", N::RmtdAmt),
    ("CdtDbtInd", N::CdtDbtInd),
    ("RvslInd", N::RvslInd),
    ("Sts", N::Sts),
    ("Cd", N::Cd),
    ("Prtry", N::Prtry),
    ("Refs", N::Refs),
    ("AcctSvcrRef", N::AcctSvcrRef),
    ("EndToEndId", N::EndToEndId),
    ("RltdPties", N::RltdPties),
    ("Dbtr", N::Dbtr),
    ("Pty", N::Pty),
    ("Nm", N::Nm),
    ("Id", N::Id),
    ("OrgId", N::OrgId),
    ("Othr", N::Othr),
    ("DbtrAcct", N::DbtrAcct),
    ("IBAN", N::Iban),
    ("RmtInf", N::RmtInf),
    ("Ustrd", N::Ustrd),
    ("CdtrRefInf", N::CdtrRefInf),
    ("Tp", N::Tp),
    ("CdOrPrtry", N::CdOrPrtry),
    ("Ref", N::Ref),
    ("AddtlTxInf", N::AddtlTxInf),
    ("BookgDt", N::BookgDt),
    ("ValDt", N::ValDt),
    ("Dt", N::Dt),
    ("DtTm", N::DtTm),
    ("AddtlNtryInf", N::AddtlNtryInf),
    ("Btch", N::Btch),
    ("NbOfTxs", N::NbOfTxs),
    ("TxsSummry", N::TxsSummry),
    ("TtlNtries", N::TtlNtries),
    ("NbOfNtries", N::NbOfNtries),
    ("Sum", N::Sum),
    ("TtlNetNtry", N::TtlNetNtry),
    ("TtlNetNtryAmt", N::TtlNetNtryAmt),
    ("TtlCdtNtries", N::TtlCdtNtries),
    ("TtlDbtNtries", N::TtlDbtNtries),
];

/// An element name as two words for quick comparison: its first and last eight bytes
/// (overlapping when shorter than 16), or first and last four, or for a name of up to three
/// bytes the name itself and zero. With the length, these say the whole name when it has at
/// most 16 bytes.
const fn name_words(name: &[u8]) -> (u64, u64) {
    if let (Some(first), Some(last)) = (name.first_chunk::<8>(), name.last_chunk::<8>()) {
        return (u64::from_le_bytes(*first), u64::from_le_bytes(*last));
    }
    if let (Some(first), Some(last)) = (name.first_chunk::<4>(), name.last_chunk::<4>()) {
        return (u32::from_le_bytes(*first) as u64, u32::from_le_bytes(*last) as u64);
    }
    let word = match *name {
        [a] => a as u64,
        [a, b] => a as u64 | (b as u64) << 8,
        [a, b, c] => a as u64 | (b as u64) << 8 | (c as u64) << 16,
        _ => 0,
    };
    (word, 0)
}

/// A hash of an element name's length and words that no two of [`NAMES`] share (the build
/// fails if they do; the multiplier was found by trying).
const fn name_hash(len: usize, first: u64, last: u64) -> usize {
    ((first ^ last.rotate_left(7) ^ len as u64).wrapping_mul(0x1959_b9ef_58d0_7675) >> 56) as usize
}

/// One slot of [`SYMBOLS`]: a name of [`NAMES`] as its length and words, or an empty slot
/// (length zero, symbol `Other`).
#[derive(Clone, Copy)]
struct Slot {
    len: usize,
    first: u64,
    last: u64,
    sym: N,
    /// Where the name is in [`NAMES`], to compare in full a name longer than 16 bytes.
    index: usize,
}

/// [`NAMES`] by [`name_hash`].
const SYMBOLS: [Slot; 256] = {
    let mut table = [Slot { len: 0, first: 0, last: 0, sym: N::Other, index: 0 }; 256];
    let mut i = 0;
    while i < NAMES.len() {
        let name = NAMES[i].0.as_bytes();
        let (first, last) = name_words(name);
        let h = name_hash(name.len(), first, last);
        assert!(table[h].len == 0, "two element names share a hash");
        table[h] = Slot { len: name.len(), first, last, sym: NAMES[i].1, index: i };
        i += 1;
    }
    table
};

/// The symbol of an element's local name: one table look-up and a comparison of two words,
/// rather than a comparison with each name in turn (this runs for every element of the file).
#[inline]
fn symbol(name: &[u8]) -> N {
    let (first, last) = name_words(name);
    let slot = &SYMBOLS[name_hash(name.len(), first, last)];
    let found = slot.len == name.len()
        && slot.first == first
        && slot.last == last
        && (name.len() <= 16 || NAMES.get(slot.index).is_some_and(|(known, _)| known.as_bytes() == name));
    if found { slot.sym } else { N::Other }
}

/// Names of up to seven bytes as little-endian words, hashed by [`short_hash`]; empty slots 0.
const SHORT_SYMBOLS: [(u64, N); 64] = {
    let mut table = [(0u64, N::Other); 64];
    let mut i = 0;
    while i < NAMES.len() {
        let name = NAMES[i].0.as_bytes();
        if name.len() <= 7 {
            let mut word = 0u64;
            let mut k = 0;
            while k < name.len() {
                word |= (name[k] as u64) << (8 * k);
                k += 1;
            }
            let h = short_hash(word);
            assert!(table[h].0 == 0, "two short element names share a hash");
            table[h] = (word, NAMES[i].1);
        }
        i += 1;
    }
    table
};

/// A hash that no two of the short names in [`NAMES`] share (the multiplier was found by trying).
const fn short_hash(word: u64) -> usize {
    (word.wrapping_mul(0x8dbf_df0a_5ec0_7e1f) >> 58) as usize
}

/// [`symbol`] for a name the lexer handed over as a word (see [`Tok::Start`]): one look-up and
/// one comparison.
#[inline]
fn short_symbol(word: u64) -> N {
    let (known, sym) = SHORT_SYMBOLS[short_hash(word)];
    if known == word { sym } else { N::Other }
}

/// `str::trim`, quicker for the usual text: ASCII blanks are cut as bytes, and only text that
/// then starts or ends with another possible white space (non-ASCII, or a vertical tab, which
/// `trim_ascii` keeps) goes through the full Unicode trim.
fn trim(text: &str) -> &str {
    // Most text starts and ends with a printable ASCII byte (or is empty): nothing to cut.
    let clean = |b: u8| b > b' ' && b < 0x80;
    if text.as_bytes().first().is_none_or(|&b| clean(b)) && text.as_bytes().last().is_none_or(|&b| clean(b)) {
        return text;
    }
    let t = text.trim_ascii();
    let unsure = |b: Option<&u8>| b.is_some_and(|&b| b >= 0x80 || b == 0x0B);
    if unsure(t.as_bytes().first()) || unsure(t.as_bytes().last()) { text.trim() } else { t }
}

/// The `Ccy` attribute's value in an amount's start tag, empty without one. The usual form,
/// ` Ccy="SEK"` alone, is read directly.
fn currency_attribute(attrs: &str) -> &str {
    if let [b' ', b'C', b'c', b'y', b'=', b'"', code @ .., b'"'] = attrs.as_bytes()
        && code.len() == 3
        && code.iter().all(u8::is_ascii_alphanumeric)
    {
        return attrs.get(6..9).unwrap_or("");
    }
    attributes(attrs).find(|(k, _)| *k == "Ccy").map_or("", |(_, v)| v)
}

/// The text of a span the lexer handed out.
fn span_str(src: &str, span: Span) -> &str {
    src.get(span.start..span.end).unwrap_or("")
}

/// Whether the open elements end with `tail` (innermost last). The tail's length is a
/// constant, so this is a few byte comparisons rather than a call to `memcmp`.
#[inline]
fn ends<const K: usize>(stack: &[N], tail: [N; K]) -> bool {
    stack.last_chunk::<K>() == Some(&tail)
}

/// Whether `tail` is the innermost element and it has a parent (the path is ".../tail").
fn nested(stack: &[N], tail: N) -> bool {
    stack.len() > 1 && stack.last() == Some(&tail)
}

/// Line numbers by byte offset, counted incrementally (offsets asked for only grow), and only
/// when a record starts or an error needs one.
///
/// Records lie a few hundred bytes apart, too close for a vector search to pay its set-up each
/// time. So the newlines of a window ahead are listed in one search, and each question walks
/// that list.
struct Lines<'a> {
    src: &'a [u8],
    /// The line at `counted_to`: one plus the newlines before it.
    line: usize,
    counted_to: usize,
    /// Offsets of the newlines in `counted_to..listed_to`, in order.
    ahead: Vec<usize>,
    /// How many of `ahead` lie before `counted_to` (and are counted in `line`).
    passed: usize,
    listed_to: usize,
}

/// How far ahead [`Lines`] lists newlines.
const LINES_WINDOW: usize = 16 * 1024;

impl<'a> Lines<'a> {
    fn new(src: &'a [u8]) -> Lines<'a> {
        Lines { src, line: 1, counted_to: 0, ahead: Vec::new(), passed: 0, listed_to: 0 }
    }

    fn at(&mut self, offset: usize) -> usize {
        let target = offset.min(self.src.len());
        if target <= self.counted_to {
            return self.line;
        }
        if target > self.listed_to {
            // Every newline listed lies before the target; count those not yet passed, count the
            // stretch up to the target in one go, and list the window after it.
            self.line += self.ahead.len() - self.passed;
            self.line += memchr::memchr_iter(b'\n', &self.src[self.listed_to..target]).count();
            let end = target.saturating_add(LINES_WINDOW).min(self.src.len());
            self.ahead.clear();
            self.ahead.extend(memchr::memchr_iter(b'\n', &self.src[target..end]).map(|i| target + i));
            self.passed = 0;
            self.listed_to = end;
        } else {
            while let Some(&nl) = self.ahead.get(self.passed)
                && nl < target
            {
                self.line += 1;
                self.passed += 1;
            }
        }
        self.counted_to = target;
        self.line
    }
}

struct CamtParser<'a> {
    src: &'a str,
    /// The open elements, outermost first.
    stack: Vec<N>,
    /// The element's text when it was built from several pieces or had entities to decode.
    text: String,
    /// The element's text as a span of the input, while it is one raw piece without entities
    /// (the common case, which needs no copy). Used only while `text_owned` is false.
    text_span: Span,
    text_owned: bool,
    lines: Lines<'a>,
    root_seen: bool,
    stmt: Option<Statement<'a>>,
    entry: Option<Entry<'a>>,
    tx: Option<Tx<'a>>,
    balance: Option<Balance<'a>>,
    /// The `Ccy` attribute of the amount element being read.
    pending_ccy: &'a str,
    /// An empty list of transactions, with room, for the next entry.
    tx_buf: Vec<Tx<'a>>,
    dates: DateMemo,
}

/// [`iso_date`] with the last date read remembered: entries in a file mostly share a few dates,
/// so the text is usually the same as last time.
#[derive(Default)]
struct DateMemo {
    /// The first ten bytes of the last date text and what they read as; None before the first.
    last: Option<([u8; 10], Option<Date>)>,
}

impl DateMemo {
    fn read(&mut self, text: &str) -> Option<Date> {
        // `iso_date` reads the first ten bytes, and nothing when they are not a whole `str`.
        let key = text.get(..10)?.as_bytes().first_chunk::<10>()?;
        if let Some((k, date)) = self.last
            && k == *key
        {
            return date;
        }
        let date = iso_date(text);
        self.last = Some((*key, date));
        date
    }
}

/// A decimal amount in minor units, as [`parse_minor`] reads it. The plain form banks write
/// (digits, then a point and one or two decimals) is read straight from the bytes; anything
/// else goes to `parse_minor`, which cleans the text first and so allocates.
fn minor_units(text: &str) -> Result<i64, MoneyError> {
    let bytes = text.as_bytes();
    let mut value: i64 = 0;
    let mut whole_digits = 0usize;
    let mut rest = bytes;
    // At most 15 whole digits, so the value in minor units cannot overflow; a 16th stops the
    // loop and sends the text to the general routine.
    while let [d @ b'0'..=b'9', tail @ ..] = rest
        && whole_digits <= 15
    {
        value = value * 10 + i64::from(d - b'0');
        whole_digits += 1;
        rest = tail;
    }
    if !(1..=15).contains(&whole_digits) {
        return parse_minor(text);
    }
    let cents = match *rest {
        [] => 0,
        [b'.', d @ b'0'..=b'9'] => i64::from(d - b'0') * 10,
        [b'.', d @ b'0'..=b'9', e @ b'0'..=b'9'] => i64::from(d - b'0') * 10 + i64::from(e - b'0'),
        _ => return parse_minor(text),
    };
    Ok(value * 100 + cents)
}

/// An amount element's value with its currency; a bad one is a line error and `None`.
fn amount<'a>(
    text: &str,
    ccy: &'a str,
    lines: &mut Lines<'_>,
    offset: usize,
    out: &mut ParsedFile,
) -> Option<(i64, &'a str)> {
    match minor_units(text) {
        Ok(v) if v >= 0 => Some((v, ccy)),
        Ok(_) => {
            out.error(
                lines.at(offset),
                "negative amount (camt amounts are unsigned; the credit/debit indicator gives the sign)",
            );
            None
        }
        Err(e) => {
            out.error(lines.at(offset), format!("amount: {e}"));
            None
        }
    }
}

impl<'a> CamtParser<'a> {
    fn new(src: &'a str) -> CamtParser<'a> {
        CamtParser {
            src,
            stack: Vec::with_capacity(32),
            text: String::new(),
            text_span: Span::default(),
            text_owned: false,
            lines: Lines::new(src.as_bytes()),
            root_seen: false,
            stmt: None,
            entry: None,
            tx: None,
            balance: None,
            pending_ccy: "",
            tx_buf: Vec::new(),
            dates: DateMemo::default(),
        }
    }

    fn run(&mut self, out: &mut ParsedFile) {
        let mut lexer = Lexer::new(self.src);
        loop {
            let tok = match lexer.next_tok() {
                Ok(t) => t,
                Err(e) => {
                    let line = self.lines.at(e.offset);
                    out.reject(Rejection::Xml { line, message: e.message.to_string() });
                    return;
                }
            };
            match tok {
                Tok::Start { name, word, attrs, empty } => {
                    if !self.open(name, word, attrs, lexer.offset(), out) {
                        return;
                    }
                    if empty {
                        self.close(lexer.offset(), out);
                    }
                }
                Tok::Leaf { name, word, attrs, text } => {
                    if !self.open(name, word, attrs, text.start, out) {
                        return;
                    }
                    self.text_span = text;
                    self.close(lexer.offset(), out);
                }
                Tok::Text { span, entities } => {
                    if lexer.depth() > 0 {
                        if !self.text_owned && self.text_span.is_empty() && !entities {
                            self.text_span = span;
                        } else {
                            self.own_text();
                            push_text(&mut self.text, lexer.str(span));
                        }
                    }
                }
                Tok::CData(span) => {
                    self.own_text();
                    self.text.push_str(lexer.str(span));
                }
                Tok::End => self.close(lexer.offset(), out),
                Tok::Eof => break,
            }
        }
        if !self.root_seen {
            out.reject(Rejection::WrongFormat { expected: "an ISO 20022 camt Document" });
        }
    }

    /// An element starts; `offset` is just after its start tag. False when the file is
    /// refused (the root is not a camt document).
    #[inline(always)]
    fn open(&mut self, name: &[u8], word: u64, attrs: Span, offset: usize, out: &mut ParsedFile) -> bool {
        if !self.root_seen && !self.root(name, attrs, out) {
            return false;
        }
        let sym = if word != 0 { short_symbol(word) } else { symbol(name) };
        self.stack.push(sym);
        self.clear_text();
        if sym != N::Other {
            self.start(sym, attrs, offset, out);
        }
        true
    }

    /// The root element, which must be a camt `Document`: false when it is not, or when its
    /// namespace names a version this parser does not read.
    #[cold]
    fn root(&mut self, name: &[u8], attrs: Span, out: &mut ParsedFile) -> bool {
        self.root_seen = true;
        if name != b"Document" {
            out.reject(Rejection::WrongFormat { expected: "an ISO 20022 camt Document" });
            return false;
        }
        let ns = attributes(span_str(self.src, attrs))
            .find(|(k, v)| (*k == "xmlns" || k.starts_with("xmlns:")) && v.contains(":xsd:camt."))
            .map(|(_, v)| v.to_string());
        if let Some(ns) = ns {
            match version_of(&ns) {
                Ok(format) => out.format = format,
                Err(r) => {
                    out.reject(r);
                    return false;
                }
            }
        }
        true
    }

    /// The innermost element ends (the lexer has checked the name); `offset` is just after its
    /// end tag.
    #[inline]
    fn close(&mut self, offset: usize, out: &mut ParsedFile) {
        if self.stack.last().is_some_and(|&s| s.acts_on_end()) {
            self.end(offset, out);
        }
        self.stack.pop();
        self.clear_text();
    }

    fn clear_text(&mut self) {
        if self.text_owned {
            self.text.clear();
            self.text_owned = false;
        }
        self.text_span = Span::default();
    }

    /// Moves the text into `text`, to append to it.
    fn own_text(&mut self) {
        if !self.text_owned {
            self.text.clear();
            self.text.push_str(span_str(self.src, self.text_span));
            self.text_span = Span::default();
            self.text_owned = true;
        }
    }

    /// What an element's start does; most only extend the path.
    #[inline(always)]
    fn start(&mut self, sym: N, attrs: Span, offset: usize, out: &mut ParsedFile) {
        match sym {
            N::BkToCstmrStmt => out.format = Format::Camt053,
            N::BkToCstmrDbtCdtNtfctn => out.format = Format::Camt054,
            N::Stmt | N::Ntfctn | N::Ntry | N::TxDtls | N::Bal => self.begin(sym, offset),
            N::Strd => {
                if let Some(tx) = self.tx.as_mut() {
                    tx.cur_ref = Some(CreditorRef { reference: String::new(), code: None, amount: None });
                }
            }
            // Amounts carry their currency in an attribute, read now while the start tag is here.
            N::Amt | N::RmtdAmt => self.pending_ccy = currency_attribute(span_str(self.src, attrs)),
            _ => {}
        }
    }

    /// A statement, entry, transaction or balance starts (out of line: these build the larger
    /// structures, and the per-element path stays small).
    #[inline(never)]
    fn begin(&mut self, sym: N, offset: usize) {
        match sym {
            N::Stmt | N::Ntfctn if self.stmt.is_none() && self.entry.is_none() => {
                self.stmt = Some(Statement { line: self.lines.at(offset), ..Statement::default() });
            }
            N::Ntry if self.stmt.is_some() => {
                let txs = std::mem::take(&mut self.tx_buf);
                self.entry = Some(Entry { line: self.lines.at(offset), txs, ..Entry::default() });
            }
            N::TxDtls if self.entry.is_some() => self.tx = Some(Tx { line: self.lines.at(offset), ..Tx::default() }),
            N::Bal if self.stmt.is_some() && self.entry.is_none() => self.balance = Some(Balance::default()),
            _ => {}
        }
    }

    fn end(&mut self, offset: usize, out: &mut ParsedFile) {
        let st: &[N] = &self.stack;
        let Some(&name) = st.last() else { return };
        // The elements that hold others make no use of their own text.
        let text = if matches!(name, N::Ntry | N::TxDtls | N::Strd | N::Bal | N::Stmt | N::Ntfctn) {
            ""
        } else {
            trim(if self.text_owned { self.text.as_str() } else { span_str(self.src, self.text_span) })
        };
        let ccy = self.pending_ccy;
        let lines = &mut self.lines;
        let dates = &mut self.dates;
        if let Some(tx) = self.tx.as_mut() {
            let owned = || {
                if text.is_empty() { None } else { Some(text.to_string()) }
            };
            match name {
                N::Amt | N::RmtdAmt => {
                    let direct = ends(st, [N::TxDtls, N::Amt]);
                    if direct || ends(st, [N::TxDtls, N::AmtDtls, N::TxAmt, N::Amt]) {
                        let a = amount(text, ccy, lines, offset, out);
                        if tx.amount.is_none() || direct {
                            tx.amount = a;
                        }
                    } else if ends(st, [N::Strd, N::RfrdDocAmt, N::RmtdAmt]) {
                        let a = amount(text, ccy, lines, offset, out);
                        if let Some(r) = tx.cur_ref.as_mut() {
                            r.amount = a;
                        }
                    }
                }
                N::CdtDbtInd if ends(st, [N::TxDtls, N::CdtDbtInd]) => {
                    tx.credit = credit_debit(text);
                }
                N::AcctSvcrRef if ends(st, [N::TxDtls, N::Refs, N::AcctSvcrRef]) => {
                    tx.bank_ref = owned();
                }
                N::EndToEndId if ends(st, [N::TxDtls, N::Refs, N::EndToEndId]) => {
                    tx.end_to_end = owned().filter(|t| t != "NOTPROVIDED");
                }
                N::Nm
                    if ends(st, [N::RltdPties, N::Dbtr, N::Nm]) || ends(st, [N::RltdPties, N::Dbtr, N::Pty, N::Nm]) =>
                {
                    tx.name = owned();
                }
                N::Id => {
                    if ends(st, [N::OrgId, N::Othr, N::Id]) && st.windows(2).any(|w| w == [N::RltdPties, N::Dbtr]) {
                        tx.org_number = owned();
                    } else if ends(st, [N::RltdPties, N::DbtrAcct, N::Id, N::Othr, N::Id]) {
                        tx.account = owned();
                    }
                }
                N::Iban if ends(st, [N::RltdPties, N::DbtrAcct, N::Id, N::Iban]) => {
                    tx.account = owned();
                }
                N::Ustrd if ends(st, [N::RmtInf, N::Ustrd]) && !text.is_empty() => match &mut tx.ustrd {
                    Some(u) => {
                        u.push(' ');
                        u.push_str(text);
                    }
                    None => tx.ustrd = Some(text.to_string()),
                },
                N::Cd | N::Prtry => {
                    if (ends(st, [N::CdtrRefInf, N::Tp, N::CdOrPrtry, N::Cd])
                        || ends(st, [N::CdtrRefInf, N::Tp, N::CdOrPrtry, N::Prtry]))
                        && let Some(r) = tx.cur_ref.as_mut()
                    {
                        r.code = code_kind(text);
                    }
                }
                N::Ref => {
                    if ends(st, [N::CdtrRefInf, N::Ref])
                        && let Some(r) = tx.cur_ref.as_mut()
                    {
                        r.reference = text.to_string();
                    }
                }
                N::Strd => {
                    if ends(st, [N::RmtInf, N::Strd])
                        && let Some(r) = tx.cur_ref.take()
                        && !r.reference.is_empty()
                    {
                        tx.push_ref(r);
                    }
                }
                N::AddtlTxInf if ends(st, [N::TxDtls, N::AddtlTxInf]) => {
                    tx.addtl = owned();
                }
                N::TxDtls => {
                    if nested(st, N::TxDtls)
                        && let (Some(tx), Some(entry)) = (self.tx.take(), self.entry.as_mut())
                    {
                        entry.txs.push(tx);
                    }
                }
                _ => {}
            }
            return;
        }
        if let Some(e) = self.entry.as_mut() {
            match name {
                N::Amt if ends(st, [N::Ntry, N::Amt]) => {
                    e.amount = amount(text, ccy, lines, offset, out);
                }
                N::CdtDbtInd if ends(st, [N::Ntry, N::CdtDbtInd]) => {
                    e.credit = credit_debit(text);
                    if e.credit.is_none() {
                        out.error(
                            lines.at(offset),
                            format!("credit/debit indicator {text:?} is neither CRDT nor DBIT"),
                        );
                    }
                }
                N::RvslInd if ends(st, [N::Ntry, N::RvslInd]) => {
                    e.reversal = text == "true" || text == "1";
                }
                N::Sts | N::Cd | N::Prtry
                    if (ends(st, [N::Ntry, N::Sts])
                        || ends(st, [N::Ntry, N::Sts, N::Cd])
                        || ends(st, [N::Ntry, N::Sts, N::Prtry]))
                        && !text.is_empty() =>
                {
                    e.status_booked = Some(text.eq_ignore_ascii_case("BOOK") || text.eq_ignore_ascii_case("BOOKED"));
                }
                N::Dt | N::DtTm => {
                    let parents = &st[..st.len() - 1];
                    if ends(parents, [N::Ntry, N::BookgDt]) {
                        e.booking = dates.read(text);
                    } else if ends(parents, [N::Ntry, N::ValDt]) {
                        e.value = dates.read(text);
                    }
                }
                N::AcctSvcrRef if ends(st, [N::Ntry, N::AcctSvcrRef]) => {
                    e.bank_ref = Some(text.to_string()).filter(|t| !t.is_empty());
                }
                N::AddtlNtryInf if ends(st, [N::Ntry, N::AddtlNtryInf]) => {
                    e.addtl = Some(text.to_string()).filter(|t| !t.is_empty());
                }
                N::NbOfTxs if ends(st, [N::Btch, N::NbOfTxs]) => match text.parse::<u64>() {
                    // Wrapping, as release builds always did: an absurd count still contradicts the
                    // entry's transactions, and a debug build must not panic on it either.
                    Ok(n) => e.batch_count = Some(e.batch_count.unwrap_or(0).wrapping_add(n)),
                    Err(_) => out.error(lines.at(offset), "batch NbOfTxs is not a number"),
                },
                N::Ntry if nested(st, N::Ntry) => self.finish_entry(out),
                _ => {}
            }
            return;
        }
        if let Some(b) = self.balance.as_mut() {
            if ends(st, [N::Bal, N::Amt]) {
                b.amount = amount(text, ccy, lines, offset, out);
            } else if ends(st, [N::Bal, N::Tp, N::CdOrPrtry, N::Cd])
                || ends(st, [N::Bal, N::Tp, N::CdOrPrtry, N::Prtry])
            {
                b.code = Some(text.to_ascii_uppercase());
            } else if ends(st, [N::Bal, N::CdtDbtInd]) {
                b.credit = credit_debit(text);
            } else if nested(st, N::Bal)
                && let (Some(b), Some(s)) = (self.balance.take(), self.stmt.as_mut())
            {
                s.balances.push(b);
            }
            return;
        }
        if let Some(s) = self.stmt.as_mut() {
            let decimal = |lines: &mut Lines<'_>, out: &mut ParsedFile| match minor_units(text) {
                Ok(v) => Some(v),
                Err(e) => {
                    out.error(lines.at(offset), format!("summary amount: {e}"));
                    None
                }
            };
            let count = |lines: &mut Lines<'_>, out: &mut ParsedFile| match text.parse::<u64>() {
                Ok(v) => Some(v),
                Err(_) => {
                    out.error(lines.at(offset), "summary count is not a number");
                    None
                }
            };
            if ends(st, [N::TxsSummry, N::TtlNtries, N::NbOfNtries]) {
                s.summary.entries = count(lines, out);
            } else if ends(st, [N::TxsSummry, N::TtlNtries, N::Sum]) {
                s.summary.sum = decimal(lines, out);
            } else if ends(st, [N::TtlNtries, N::TtlNetNtry, N::Amt]) || ends(st, [N::TtlNtries, N::TtlNetNtryAmt]) {
                s.summary.net = decimal(lines, out);
            } else if ends(st, [N::TtlNtries, N::TtlNetNtry, N::CdtDbtInd]) || ends(st, [N::TtlNtries, N::CdtDbtInd]) {
                s.summary.net_credit = credit_debit(text);
            } else if ends(st, [N::TxsSummry, N::TtlCdtNtries, N::NbOfNtries]) {
                s.summary.credit_count = count(lines, out);
            } else if ends(st, [N::TxsSummry, N::TtlCdtNtries, N::Sum]) {
                s.summary.credit_sum = decimal(lines, out);
            } else if ends(st, [N::TxsSummry, N::TtlDbtNtries, N::NbOfNtries]) {
                s.summary.debit_count = count(lines, out);
            } else if ends(st, [N::TxsSummry, N::TtlDbtNtries, N::Sum]) {
                s.summary.debit_sum = decimal(lines, out);
            } else if (nested(st, N::Stmt) || nested(st, N::Ntfctn))
                && let Some(s) = self.stmt.take()
            {
                finish_statement(s, out);
            }
        }
    }

    /// The entry in hand ends: counted into its statement, and booked as records. It is worked
    /// on where it lies rather than moved, and its list of transactions kept for the next.
    fn finish_entry(&mut self, out: &mut ParsedFile) {
        let (Some(entry), Some(stmt)) = (self.entry.as_mut(), self.stmt.as_mut()) else {
            self.entry = None;
            return;
        };
        Self::count_and_book(entry, stmt, out);
        let mut txs = std::mem::take(&mut entry.txs);
        txs.clear();
        self.tx_buf = txs;
        self.entry = None;
    }

    fn count_and_book(entry: &mut Entry<'a>, stmt: &mut Statement<'a>, out: &mut ParsedFile) {
        stmt.entries += 1;
        let Some((amount, ccy)) = entry.amount.take() else {
            out.error(entry.line, "entry without an amount");
            return;
        };
        let Some(credit) = entry.credit else {
            out.error(entry.line, "entry without a credit/debit indicator");
            return;
        };
        stmt.abs_sum += i128::from(amount);
        if credit {
            stmt.credit_count += 1;
            stmt.credit_sum += i128::from(amount);
        } else {
            stmt.debit_count += 1;
            stmt.debit_sum += i128::from(amount);
        }
        let signed = if credit { amount } else { -amount };
        let booked = entry.status_booked != Some(false);
        if booked {
            match stmt.booked_net.iter_mut().find(|(c, _)| *c == ccy) {
                Some((_, n)) => *n += i128::from(signed),
                None => stmt.booked_net.push((ccy.to_string(), i128::from(signed))),
            }
        }
        if let Some(n) = entry.batch_count
            && !entry.txs.is_empty()
            && n != entry.txs.len() as u64
        {
            out.reject(Rejection::CountMismatch {
                what: format!("transactions in the entry at line {}", entry.line),
                declared: n,
                actual: entry.txs.len() as u64,
            });
        }
        if booked {
            Self::book_entry(entry, amount, ccy, credit, out);
        }
    }

    /// The records of a booked entry: one per transaction detail when they all carry amounts
    /// in the entry's currency, otherwise one for the entry.
    fn book_entry(entry: &mut Entry<'a>, amount: i64, ccy: &str, credit: bool, out: &mut ParsedFile) {
        let Some(currency) = currency(ccy) else {
            out.error(entry.line, format!("unsupported currency {ccy:?}"));
            return;
        };
        let signed = if credit { amount } else { -amount };
        let kind = if entry.reversal {
            RecordKind::Reversal
        } else if credit {
            RecordKind::Payment
        } else {
            RecordKind::Debit
        };
        let mut txs = std::mem::take(&mut entry.txs);
        let splittable = txs.len() > 1 && txs.iter().all(|t| matches!(&t.amount, Some((_, c)) if *c == ccy));
        if splittable {
            let mut sum: i128 = 0;
            out.payments.reserve(txs.len());
            for tx in &mut txs {
                let (a, _) = tx.amount.unwrap_or((0, ""));
                let s = if tx.credit.unwrap_or(credit) { a } else { -a };
                sum += i128::from(s);
                let (bank_ref, message) = (entry.bank_ref.clone(), entry.addtl.clone());
                out.payments.push(build(entry, bank_ref, message, Some(tx), Money::from_minor(s, currency), kind));
            }
            if sum != i128::from(signed) {
                out.reject(Rejection::SumMismatch {
                    what: format!("transaction details of the entry at line {}", entry.line),
                    declared: i128::from(signed),
                    actual: sum,
                });
            }
        } else {
            if txs.len() > 1 {
                out.error(
                    entry.line,
                    "entry batches transactions without amounts in its currency; read as one payment",
                );
            }
            let (bank_ref, message) = (entry.bank_ref.take(), entry.addtl.take());
            let first = txs.first_mut();
            out.payments.push(build(entry, bank_ref, message, first, Money::from_minor(signed, currency), kind));
        }
        entry.txs = txs;
    }
}

/// The currency of an amount's `Ccy` attribute: the usual upper-case codes directly, anything
/// else as [`Currency::from_str`] reads it (which allocates to fold case).
fn currency(ccy: &str) -> Option<Currency> {
    match ccy {
        "SEK" => Some(Currency::SEK),
        "NOK" => Some(Currency::NOK),
        "EUR" => Some(Currency::EUR),
        "DKK" => Some(Currency::DKK),
        _ => Currency::from_str(ccy).ok(),
    }
}

/// One record: the entry's dates, its reference and text as the caller hands them over (moved
/// for an entry's only record, cloned when it splits), and what a transaction detail adds
/// (its text moved out: each transaction makes one record at most).
fn build(
    entry: &Entry<'_>,
    bank_ref: Option<String>,
    message: Option<String>,
    tx: Option<&mut Tx<'_>>,
    amount: Money,
    kind: RecordKind,
) -> PaymentRecord {
    let mut rec = PaymentRecord::new(kind, amount, tx.as_ref().map_or(entry.line, |t| t.line));
    rec.booking_date = entry.booking;
    rec.value_date = entry.value;
    rec.bank_ref = bank_ref;
    rec.message = message;
    if let Some(tx) = tx {
        if let Some(first) = tx.first_ref.take() {
            rec.reference_kind = reference_kind(&first.reference, first.code);
            rec.reference = Some(first.reference);
            for r in std::mem::take(&mut tx.more_refs) {
                let minor = match r.amount {
                    Some((m, c)) if c == amount.currency().code() => m,
                    _ => 0,
                };
                let kind = reference_kind(&r.reference, r.code);
                rec.references.push(ExtraReference {
                    reference: r.reference,
                    amount: Money::from_minor(minor, amount.currency()),
                    kind,
                });
            }
        }
        if tx.ustrd.is_some() {
            rec.message = tx.ustrd.take();
        } else if tx.addtl.is_some() {
            rec.message = tx.addtl.take();
        }
        rec.payer.name = tx.name.take();
        rec.payer.account = tx.account.take();
        rec.payer.org_number = tx.org_number.take();
        if let Some(r) = tx.bank_ref.take().or(tx.end_to_end.take()) {
            rec.bank_ref = Some(r);
        }
    }
    rec
}

/// The reference kind a creditor reference type code names: OCR and KID (any case); other
/// codes leave the kind to the reference itself.
fn code_kind(code: &str) -> Option<ReferenceKind> {
    if code.eq_ignore_ascii_case("OCR") {
        Some(ReferenceKind::Ocr)
    } else if code.eq_ignore_ascii_case("KID") {
        Some(ReferenceKind::Kid)
    } else {
        None
    }
}

fn reference_kind(reference: &str, code: Option<ReferenceKind>) -> ReferenceKind {
    match code {
        Some(k @ (ReferenceKind::Ocr | ReferenceKind::Kid)) => k,
        _ if reference.len() > 4 && reference.as_bytes()[..2].eq_ignore_ascii_case(b"RF") => ReferenceKind::Rf,
        _ => ReferenceKind::Scor,
    }
}

fn credit_debit(text: &str) -> Option<bool> {
    match text {
        "CRDT" => Some(true),
        "DBIT" => Some(false),
        _ => None,
    }
}

/// The date part of an ISODate or ISODateTime.
fn iso_date(text: &str) -> Option<Date> {
    let d = text.get(..10)?;
    // Fast path for the plain YYYY-MM-DD every bank writes; anything else goes to jiff's parser.
    if let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = *d.as_bytes() {
        let digits = [y1, y2, y3, y4, m1, m2, d1, d2];
        if digits.iter().all(u8::is_ascii_digit) && y1 != b'0' {
            let n = |a: u8, b: u8| i16::from(a - b'0') * 10 + i16::from(b - b'0');
            let year = n(y1, y2) * 100 + n(y3, y4);
            let (month, day) = (n(m1, m2), n(d1, d2));
            if let (Ok(month), Ok(day)) = (i8::try_from(month), i8::try_from(day)) {
                return Date::new(year, month, day).ok();
            }
        }
    }
    d.parse::<Date>().ok()
}

fn version_of(ns: &str) -> Result<Format, Rejection> {
    let Some(idx) = ns.find("camt.") else {
        return Err(Rejection::WrongFormat { expected: "camt.053 or camt.054" });
    };
    let rest = &ns[idx + 5..];
    let format = if rest.starts_with("053.") {
        Format::Camt053
    } else if rest.starts_with("054.") {
        Format::Camt054
    } else {
        return Err(Rejection::UnsupportedVersion(ns.to_string()));
    };
    match rest.get(4..) {
        Some("001.02" | "001.03" | "001.04" | "001.05" | "001.06" | "001.07" | "001.08") => Ok(format),
        _ => Err(Rejection::UnsupportedVersion(ns.to_string())),
    }
}

fn finish_statement(s: Statement<'_>, out: &mut ParsedFile) {
    let what = |field: &str| format!("statement at line {}: {field}", s.line);
    let counts = [
        ("number of entries", s.summary.entries, s.entries),
        ("number of credit entries", s.summary.credit_count, s.credit_count),
        ("number of debit entries", s.summary.debit_count, s.debit_count),
    ];
    for (field, declared, actual) in counts {
        if let Some(d) = declared
            && d != actual
        {
            out.reject(Rejection::CountMismatch { what: what(field), declared: d, actual });
        }
    }
    let net = s.credit_sum - s.debit_sum;
    let sums = [
        ("sum of entries", s.summary.sum.map(i128::from), s.abs_sum),
        ("sum of credit entries", s.summary.credit_sum.map(i128::from), s.credit_sum),
        ("sum of debit entries", s.summary.debit_sum.map(i128::from), s.debit_sum),
        (
            "net amount of entries",
            s.summary.net.map(|n| if s.summary.net_credit == Some(false) { -i128::from(n) } else { i128::from(n) }),
            net,
        ),
    ];
    for (field, declared, actual) in sums {
        if let Some(d) = declared
            && d != actual
        {
            out.reject(Rejection::SumMismatch { what: what(field), declared: d, actual });
        }
    }
    let signed = |b: &Balance<'_>| -> Option<(i128, String)> {
        b.amount
            .as_ref()
            .map(|(a, c)| (if b.credit == Some(false) { -i128::from(*a) } else { i128::from(*a) }, c.to_string()))
    };
    let opening = s.balances.iter().find(|b| matches!(b.code.as_deref(), Some("OPBD") | Some("PRCD"))).and_then(signed);
    let closing = s.balances.iter().find(|b| b.code.as_deref() == Some("CLBD")).and_then(signed);
    if let (Some((open, oc)), Some((close, cc))) = (opening, closing) {
        let moved: i128 = s.booked_net.iter().filter(|(c, _)| *c == oc).map(|(_, n)| *n).sum();
        if oc == cc && s.booked_net.iter().all(|(c, _)| *c == oc) && open + moved != close {
            out.reject(Rejection::SumMismatch {
                what: what("closing booked balance (opening balance plus booked entries)"),
                declared: close,
                actual: open + moved,
            });
        }
    }
}
