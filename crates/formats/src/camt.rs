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
use crate::xml::{Lexer, Tok, attributes, push_text};
use domain::money::parse_minor;
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
    /// (reference, type code or proprietary, remitted amount)
    refs: Vec<(String, Option<ReferenceKind>, Option<(i64, &'a str)>)>,
    cur_ref: Option<(Option<String>, Option<ReferenceKind>, Option<(i64, &'a str)>)>,
    addtl: Option<String>,
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

/// A hash of an element name that no two of [`NAMES`] share (the build fails if they do).
const fn name_hash(name: &[u8]) -> usize {
    let len = name.len();
    if len == 0 {
        return 0;
    }
    let mid = if len > 3 { 3 } else { len - 1 };
    (len + 5 * name[0] as usize + 6 * name[len - 1] as usize + 6 * name[mid] as usize) & 255
}

/// [`NAMES`] by [`name_hash`]: the index of the one name with that hash, or `u8::MAX`.
const BY_HASH: [u8; 256] = {
    let mut table = [u8::MAX; 256];
    let mut i = 0;
    while i < NAMES.len() {
        let h = name_hash(NAMES[i].0.as_bytes());
        assert!(table[h] == u8::MAX, "two element names share a hash");
        table[h] = i as u8;
        i += 1;
    }
    table
};

/// The symbol of an element's local name: one table look-up and one comparison, rather than a
/// comparison with each name in turn (this runs for every element of the file).
fn symbol(name: &str) -> N {
    match NAMES.get(usize::from(BY_HASH[name_hash(name.as_bytes())])) {
        Some(&(known, sym)) if known == name => sym,
        _ => N::Other,
    }
}

/// `str::trim`, quicker for the usual text: ASCII blanks are cut as bytes, and only text that
/// then starts or ends with another possible white space (non-ASCII, or a vertical tab, which
/// `trim_ascii` keeps) goes through the full Unicode trim.
fn trim(text: &str) -> &str {
    let t = text.trim_ascii();
    let unsure = |b: Option<&u8>| b.is_some_and(|&b| b >= 0x80 || b == 0x0B);
    if unsure(t.as_bytes().first()) || unsure(t.as_bytes().last()) { text.trim() } else { t }
}

/// Whether the open elements end with `tail` (innermost last).
fn ends(stack: &[N], tail: &[N]) -> bool {
    stack.ends_with(tail)
}

/// Whether `tail` is the innermost element and it has a parent (the path is ".../tail").
fn nested(stack: &[N], tail: N) -> bool {
    stack.len() > 1 && stack.last() == Some(&tail)
}

/// Line numbers by byte offset, counted incrementally (offsets asked for only grow), and only
/// when a record starts or an error needs one.
struct Lines<'a> {
    src: &'a [u8],
    line: usize,
    pos: usize,
}

impl Lines<'_> {
    fn at(&mut self, offset: usize) -> usize {
        let pos = offset.min(self.src.len());
        if pos > self.pos {
            self.line += memchr::memchr_iter(b'\n', &self.src[self.pos..pos]).count();
            self.pos = pos;
        }
        self.line
    }
}

struct CamtParser<'a> {
    src: &'a str,
    /// The open elements, outermost first.
    stack: Vec<N>,
    /// The element's text when it was built from several pieces or had entities to decode.
    text: String,
    /// The element's text as a slice of the input, while it is one raw piece without entities
    /// (the common case, which needs no copy). Used only while `text_owned` is false.
    text_slice: &'a str,
    text_owned: bool,
    lines: Lines<'a>,
    root_seen: bool,
    stmt: Option<Statement<'a>>,
    entry: Option<Entry<'a>>,
    tx: Option<Tx<'a>>,
    balance: Option<Balance<'a>>,
    /// The `Ccy` attribute of the amount element being read.
    pending_ccy: &'a str,
}

/// An amount element's value with its currency; a bad one is a line error and `None`.
fn amount<'a>(
    text: &str,
    ccy: &'a str,
    lines: &mut Lines<'_>,
    offset: usize,
    out: &mut ParsedFile,
) -> Option<(i64, &'a str)> {
    match parse_minor(text) {
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
            text_slice: "",
            text_owned: false,
            lines: Lines { src: src.as_bytes(), line: 1, pos: 0 },
            root_seen: false,
            stmt: None,
            entry: None,
            tx: None,
            balance: None,
            pending_ccy: "",
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
                Tok::Start { name, attrs, .. } => {
                    if !self.root_seen {
                        self.root_seen = true;
                        if name != "Document" {
                            out.reject(Rejection::WrongFormat { expected: "an ISO 20022 camt Document" });
                            return;
                        }
                        let ns = attributes(attrs)
                            .find(|(k, v)| (*k == "xmlns" || k.starts_with("xmlns:")) && v.contains(":xsd:camt."))
                            .map(|(_, v)| v.to_string());
                        if let Some(ns) = ns {
                            match version_of(&ns) {
                                Ok(format) => out.format = format,
                                Err(r) => {
                                    out.reject(r);
                                    return;
                                }
                            }
                        }
                    }
                    let sym = symbol(name);
                    self.stack.push(sym);
                    self.clear_text();
                    if sym != N::Other {
                        self.start(sym, attrs, lexer.offset(), out);
                    }
                }
                Tok::Text(t) => {
                    if lexer.depth() > 0 {
                        if !self.text_owned
                            && self.text_slice.is_empty()
                            && memchr::memchr(b'&', t.as_bytes()).is_none()
                        {
                            self.text_slice = t;
                        } else {
                            self.own_text();
                            push_text(&mut self.text, t);
                        }
                    }
                }
                Tok::CData(t) => {
                    self.own_text();
                    self.text.push_str(t);
                }
                Tok::End { .. } => {
                    // The lexer has checked that this closes the innermost open element.
                    if self.stack.last().is_some_and(|&s| s != N::Other) {
                        self.end(lexer.offset(), out);
                    }
                    self.stack.pop();
                    self.clear_text();
                }
                Tok::Eof => break,
            }
        }
        if !self.root_seen {
            out.reject(Rejection::WrongFormat { expected: "an ISO 20022 camt Document" });
        }
    }

    fn clear_text(&mut self) {
        if self.text_owned {
            self.text.clear();
            self.text_owned = false;
        }
        self.text_slice = "";
    }

    /// Moves the text into `text`, to append to it.
    fn own_text(&mut self) {
        if !self.text_owned {
            self.text.clear();
            self.text.push_str(self.text_slice);
            self.text_slice = "";
            self.text_owned = true;
        }
    }

    fn start(&mut self, sym: N, attrs: &'a str, offset: usize, out: &mut ParsedFile) {
        match sym {
            N::BkToCstmrStmt => out.format = Format::Camt053,
            N::BkToCstmrDbtCdtNtfctn => out.format = Format::Camt054,
            N::Stmt | N::Ntfctn if self.stmt.is_none() && self.entry.is_none() => {
                self.stmt = Some(Statement { line: self.lines.at(offset), ..Statement::default() });
            }
            N::Ntry if self.stmt.is_some() => {
                self.entry = Some(Entry { line: self.lines.at(offset), ..Entry::default() });
            }
            N::TxDtls if self.entry.is_some() => self.tx = Some(Tx { line: self.lines.at(offset), ..Tx::default() }),
            N::Bal if self.stmt.is_some() && self.entry.is_none() => self.balance = Some(Balance::default()),
            N::Strd => {
                if let Some(tx) = self.tx.as_mut() {
                    tx.cur_ref = Some((None, None, None));
                }
            }
            // Amounts carry their currency in an attribute, read now while the start tag is here.
            N::Amt | N::RmtdAmt => {
                self.pending_ccy = "";
                if let Some((_, v)) = attributes(attrs).find(|(k, _)| *k == "Ccy") {
                    self.pending_ccy = v;
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, offset: usize, out: &mut ParsedFile) {
        let st: &[N] = &self.stack;
        let Some(&name) = st.last() else { return };
        let text = trim(if self.text_owned { self.text.as_str() } else { self.text_slice });
        let ccy = self.pending_ccy;
        let lines = &mut self.lines;
        if let Some(tx) = self.tx.as_mut() {
            let owned = || {
                if text.is_empty() { None } else { Some(text.to_string()) }
            };
            match name {
                N::Amt | N::RmtdAmt => {
                    let direct = ends(st, &[N::TxDtls, N::Amt]);
                    if direct || ends(st, &[N::TxDtls, N::AmtDtls, N::TxAmt, N::Amt]) {
                        let a = amount(text, ccy, lines, offset, out);
                        if tx.amount.is_none() || direct {
                            tx.amount = a;
                        }
                    } else if ends(st, &[N::Strd, N::RfrdDocAmt, N::RmtdAmt]) {
                        let a = amount(text, ccy, lines, offset, out);
                        if let Some((_, _, amt)) = tx.cur_ref.as_mut() {
                            *amt = a;
                        }
                    }
                }
                N::CdtDbtInd if ends(st, &[N::TxDtls, N::CdtDbtInd]) => {
                    tx.credit = credit_debit(text);
                }
                N::AcctSvcrRef if ends(st, &[N::TxDtls, N::Refs, N::AcctSvcrRef]) => {
                    tx.bank_ref = owned();
                }
                N::EndToEndId if ends(st, &[N::TxDtls, N::Refs, N::EndToEndId]) => {
                    tx.end_to_end = owned().filter(|t| t != "NOTPROVIDED");
                }
                N::Nm
                    if ends(st, &[N::RltdPties, N::Dbtr, N::Nm])
                        || ends(st, &[N::RltdPties, N::Dbtr, N::Pty, N::Nm]) =>
                {
                    tx.name = owned();
                }
                N::Id => {
                    if ends(st, &[N::OrgId, N::Othr, N::Id]) && st.windows(2).any(|w| w == [N::RltdPties, N::Dbtr]) {
                        tx.org_number = owned();
                    } else if ends(st, &[N::RltdPties, N::DbtrAcct, N::Id, N::Othr, N::Id]) {
                        tx.account = owned();
                    }
                }
                N::Iban if ends(st, &[N::RltdPties, N::DbtrAcct, N::Id, N::Iban]) => {
                    tx.account = owned();
                }
                N::Ustrd if ends(st, &[N::RmtInf, N::Ustrd]) && !text.is_empty() => match &mut tx.ustrd {
                    Some(u) => {
                        u.push(' ');
                        u.push_str(text);
                    }
                    None => tx.ustrd = Some(text.to_string()),
                },
                N::Cd | N::Prtry => {
                    if (ends(st, &[N::CdtrRefInf, N::Tp, N::CdOrPrtry, N::Cd])
                        || ends(st, &[N::CdtrRefInf, N::Tp, N::CdOrPrtry, N::Prtry]))
                        && let Some(r) = tx.cur_ref.as_mut()
                    {
                        r.1 = code_kind(text);
                    }
                }
                N::Ref => {
                    if ends(st, &[N::CdtrRefInf, N::Ref])
                        && let Some(r) = tx.cur_ref.as_mut()
                    {
                        r.0 = owned();
                    }
                }
                N::Strd => {
                    if ends(st, &[N::RmtInf, N::Strd])
                        && let Some((Some(r), tp, amt)) = tx.cur_ref.take()
                    {
                        tx.refs.push((r, tp, amt));
                    }
                }
                N::AddtlTxInf if ends(st, &[N::TxDtls, N::AddtlTxInf]) => {
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
                N::Amt if ends(st, &[N::Ntry, N::Amt]) => {
                    e.amount = amount(text, ccy, lines, offset, out);
                }
                N::CdtDbtInd if ends(st, &[N::Ntry, N::CdtDbtInd]) => {
                    e.credit = credit_debit(text);
                    if e.credit.is_none() {
                        out.error(
                            lines.at(offset),
                            format!("credit/debit indicator {text:?} is neither CRDT nor DBIT"),
                        );
                    }
                }
                N::RvslInd if ends(st, &[N::Ntry, N::RvslInd]) => {
                    e.reversal = text == "true" || text == "1";
                }
                N::Sts | N::Cd | N::Prtry
                    if (ends(st, &[N::Ntry, N::Sts])
                        || ends(st, &[N::Ntry, N::Sts, N::Cd])
                        || ends(st, &[N::Ntry, N::Sts, N::Prtry]))
                        && !text.is_empty() =>
                {
                    e.status_booked = Some(text.eq_ignore_ascii_case("BOOK") || text.eq_ignore_ascii_case("BOOKED"));
                }
                N::Dt | N::DtTm => {
                    let parents = &st[..st.len() - 1];
                    if ends(parents, &[N::Ntry, N::BookgDt]) {
                        e.booking = iso_date(text);
                    } else if ends(parents, &[N::Ntry, N::ValDt]) {
                        e.value = iso_date(text);
                    }
                }
                N::AcctSvcrRef if ends(st, &[N::Ntry, N::AcctSvcrRef]) => {
                    e.bank_ref = Some(text.to_string()).filter(|t| !t.is_empty());
                }
                N::AddtlNtryInf if ends(st, &[N::Ntry, N::AddtlNtryInf]) => {
                    e.addtl = Some(text.to_string()).filter(|t| !t.is_empty());
                }
                N::NbOfTxs if ends(st, &[N::Btch, N::NbOfTxs]) => match text.parse::<u64>() {
                    Ok(n) => e.batch_count = Some(e.batch_count.unwrap_or(0) + n),
                    Err(_) => out.error(lines.at(offset), "batch NbOfTxs is not a number"),
                },
                N::Ntry => {
                    if nested(st, N::Ntry)
                        && let Some(entry) = self.entry.take()
                    {
                        self.finish_entry(entry, out);
                    }
                }
                _ => {}
            }
            return;
        }
        if let Some(b) = self.balance.as_mut() {
            if ends(st, &[N::Bal, N::Amt]) {
                b.amount = amount(text, ccy, lines, offset, out);
            } else if ends(st, &[N::Bal, N::Tp, N::CdOrPrtry, N::Cd])
                || ends(st, &[N::Bal, N::Tp, N::CdOrPrtry, N::Prtry])
            {
                b.code = Some(text.to_ascii_uppercase());
            } else if ends(st, &[N::Bal, N::CdtDbtInd]) {
                b.credit = credit_debit(text);
            } else if nested(st, N::Bal)
                && let (Some(b), Some(s)) = (self.balance.take(), self.stmt.as_mut())
            {
                s.balances.push(b);
            }
            return;
        }
        if let Some(s) = self.stmt.as_mut() {
            let decimal = |lines: &mut Lines<'_>, out: &mut ParsedFile| match parse_minor(text) {
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
            if ends(st, &[N::TxsSummry, N::TtlNtries, N::NbOfNtries]) {
                s.summary.entries = count(lines, out);
            } else if ends(st, &[N::TxsSummry, N::TtlNtries, N::Sum]) {
                s.summary.sum = decimal(lines, out);
            } else if ends(st, &[N::TtlNtries, N::TtlNetNtry, N::Amt]) || ends(st, &[N::TtlNtries, N::TtlNetNtryAmt]) {
                s.summary.net = decimal(lines, out);
            } else if ends(st, &[N::TtlNtries, N::TtlNetNtry, N::CdtDbtInd]) || ends(st, &[N::TtlNtries, N::CdtDbtInd])
            {
                s.summary.net_credit = credit_debit(text);
            } else if ends(st, &[N::TxsSummry, N::TtlCdtNtries, N::NbOfNtries]) {
                s.summary.credit_count = count(lines, out);
            } else if ends(st, &[N::TxsSummry, N::TtlCdtNtries, N::Sum]) {
                s.summary.credit_sum = decimal(lines, out);
            } else if ends(st, &[N::TxsSummry, N::TtlDbtNtries, N::NbOfNtries]) {
                s.summary.debit_count = count(lines, out);
            } else if ends(st, &[N::TxsSummry, N::TtlDbtNtries, N::Sum]) {
                s.summary.debit_sum = decimal(lines, out);
            } else if (nested(st, N::Stmt) || nested(st, N::Ntfctn))
                && let Some(s) = self.stmt.take()
            {
                finish_statement(s, out);
            }
        }
    }

    fn finish_entry(&mut self, mut entry: Entry<'a>, out: &mut ParsedFile) {
        let Some(stmt) = self.stmt.as_mut() else {
            return;
        };
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
        if !booked {
            // Pending and information-only entries have not reached the account.
            return;
        }
        let Ok(currency) = Currency::from_str(ccy) else {
            out.error(entry.line, format!("unsupported currency {ccy:?}"));
            return;
        };
        let kind = if entry.reversal {
            RecordKind::Reversal
        } else if credit {
            RecordKind::Payment
        } else {
            RecordKind::Debit
        };
        let splittable =
            entry.txs.len() > 1 && entry.txs.iter().all(|t| matches!(&t.amount, Some((_, c)) if *c == ccy));
        if splittable {
            let mut sum: i128 = 0;
            let mut records = Vec::with_capacity(entry.txs.len());
            for tx in &entry.txs {
                let (a, _) = tx.amount.unwrap_or((0, ""));
                let s = if tx.credit.unwrap_or(credit) { a } else { -a };
                sum += i128::from(s);
                records.push(build(&entry, Some(tx), Money::from_minor(s, currency), kind));
            }
            if sum != i128::from(signed) {
                out.reject(Rejection::SumMismatch {
                    what: format!("transaction details of the entry at line {}", entry.line),
                    declared: i128::from(signed),
                    actual: sum,
                });
            }
            out.payments.extend(records);
        } else {
            if entry.txs.len() > 1 {
                out.error(
                    entry.line,
                    "entry batches transactions without amounts in its currency; read as one payment",
                );
            }
            let first = if entry.txs.is_empty() { None } else { Some(entry.txs.swap_remove(0)) };
            out.payments.push(build_owned(entry, first, Money::from_minor(signed, currency), kind));
        }
    }
}

fn build(entry: &Entry<'_>, tx: Option<&Tx<'_>>, amount: Money, kind: RecordKind) -> PaymentRecord {
    let mut rec = PaymentRecord::new(kind, amount, tx.map_or(entry.line, |t| t.line));
    rec.booking_date = entry.booking;
    rec.value_date = entry.value;
    rec.bank_ref = entry.bank_ref.clone();
    rec.message = entry.addtl.clone();
    if let Some(tx) = tx {
        if let Some((first, rest)) = tx.refs.split_first() {
            rec.reference = Some(first.0.clone());
            rec.reference_kind = reference_kind(&first.0, first.1);
            for (r, tp, amt) in rest {
                let minor = match amt {
                    Some((m, c)) if *c == amount.currency().code() => *m,
                    _ => 0,
                };
                rec.references.push(ExtraReference {
                    reference: r.clone(),
                    amount: Money::from_minor(minor, amount.currency()),
                    kind: reference_kind(r, *tp),
                });
            }
        }
        if tx.ustrd.is_some() {
            rec.message = tx.ustrd.clone();
        } else if tx.addtl.is_some() {
            rec.message = tx.addtl.clone();
        }
        rec.payer.name = tx.name.clone();
        rec.payer.account = tx.account.clone();
        rec.payer.org_number = tx.org_number.clone();
        if let Some(r) = tx.bank_ref.clone().or_else(|| tx.end_to_end.clone()) {
            rec.bank_ref = Some(r);
        }
    }
    rec
}

/// Like [`build`], for the last use of an entry and transaction: moves their text out.
fn build_owned(entry: Entry<'_>, tx: Option<Tx<'_>>, amount: Money, kind: RecordKind) -> PaymentRecord {
    let mut rec = PaymentRecord::new(kind, amount, tx.as_ref().map_or(entry.line, |t| t.line));
    rec.booking_date = entry.booking;
    rec.value_date = entry.value;
    rec.bank_ref = entry.bank_ref;
    rec.message = entry.addtl;
    if let Some(tx) = tx {
        let mut refs = tx.refs.into_iter();
        if let Some((first, tp, _)) = refs.next() {
            rec.reference_kind = reference_kind(&first, tp);
            rec.reference = Some(first);
            for (r, tp, amt) in refs {
                let minor = match amt {
                    Some((m, c)) if c == amount.currency().code() => m,
                    _ => 0,
                };
                let kind = reference_kind(&r, tp);
                rec.references.push(ExtraReference {
                    reference: r,
                    amount: Money::from_minor(minor, amount.currency()),
                    kind,
                });
            }
        }
        if tx.ustrd.is_some() {
            rec.message = tx.ustrd;
        } else if tx.addtl.is_some() {
            rec.message = tx.addtl;
        }
        rec.payer.name = tx.name;
        rec.payer.account = tx.account;
        rec.payer.org_number = tx.org_number;
        if let Some(r) = tx.bank_ref.or(tx.end_to_end) {
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
