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

use crate::payment::{
    ExtraReference, Format, ParsedFile, PaymentRecord, RecordKind, ReferenceKind, Rejection,
};
use crate::xml::{Lexer, Tok, attributes, push_text};
use domain::money::parse_minor;
use domain::{Currency, Money};
use jiff::civil::Date;
use std::str::FromStr;

#[derive(Default)]
struct Tx {
    line: usize,
    amount: Option<(i64, String)>,
    credit: Option<bool>,
    bank_ref: Option<String>,
    end_to_end: Option<String>,
    name: Option<String>,
    org_number: Option<String>,
    account: Option<String>,
    ustrd: Option<String>,
    /// (reference, type code or proprietary, remitted amount)
    refs: Vec<(String, Option<String>, Option<(i64, String)>)>,
    cur_ref: Option<(Option<String>, Option<String>, Option<(i64, String)>)>,
    addtl: Option<String>,
}

#[derive(Default)]
struct Entry {
    line: usize,
    amount: Option<(i64, String)>,
    credit: Option<bool>,
    reversal: bool,
    status: Option<String>,
    booking: Option<Date>,
    value: Option<Date>,
    bank_ref: Option<String>,
    addtl: Option<String>,
    batch_count: Option<u64>,
    txs: Vec<Tx>,
}

#[derive(Default)]
struct Balance {
    code: Option<String>,
    amount: Option<(i64, String)>,
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
struct Statement {
    line: usize,
    entries: u64,
    abs_sum: i128,
    credit_count: u64,
    credit_sum: i128,
    debit_count: u64,
    debit_sum: i128,
    /// Net of booked entries per currency code, for the balance check.
    booked_net: Vec<(String, i128)>,
    balances: Vec<Balance>,
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

struct CamtParser<'a> {
    src: &'a str,
    /// Local names of the open elements joined by '/', with the start offset of each.
    path: String,
    marks: Vec<usize>,
    text: String,
    line: usize,
    line_pos: usize,
    root_seen: bool,
    stmt: Option<Statement>,
    entry: Option<Entry>,
    tx: Option<Tx>,
    balance: Option<Balance>,
    /// The `Ccy` attribute of the amount element being read.
    pending_ccy: String,
}

impl<'a> CamtParser<'a> {
    fn new(src: &'a str) -> CamtParser<'a> {
        CamtParser {
            src,
            path: String::with_capacity(256),
            marks: Vec::with_capacity(32),
            text: String::new(),
            line: 1,
            line_pos: 0,
            root_seen: false,
            stmt: None,
            entry: None,
            tx: None,
            balance: None,
            pending_ccy: String::new(),
        }
    }

    /// The 1-based line at byte `offset`, counted incrementally (offsets only grow).
    fn line_at(&mut self, offset: usize) -> usize {
        let pos = offset.min(self.src.len());
        if pos > self.line_pos {
            self.line +=
                memchr::memchr_iter(b'\n', &self.src.as_bytes()[self.line_pos..pos]).count();
            self.line_pos = pos;
        }
        self.line
    }

    fn run(&mut self, out: &mut ParsedFile) {
        let mut lexer = Lexer::new(self.src);
        loop {
            let tok = match lexer.next_tok() {
                Ok(t) => t,
                Err(e) => {
                    let line = self.line_at(e.offset);
                    out.reject(Rejection::Xml {
                        line,
                        message: e.message.to_string(),
                    });
                    return;
                }
            };
            match tok {
                Tok::Start { name, attrs, .. } => {
                    // Counting lines costs a scan; only the elements that start a record need it.
                    let line = match name {
                        "Ntry" | "TxDtls" | "Stmt" | "Ntfctn" => self.line_at(lexer.offset()),
                        _ => 0,
                    };
                    if !self.root_seen {
                        self.root_seen = true;
                        if name != "Document" {
                            out.reject(Rejection::WrongFormat {
                                expected: "an ISO 20022 camt Document",
                            });
                            return;
                        }
                        let ns = attributes(attrs)
                            .find(|(k, v)| {
                                (*k == "xmlns" || k.starts_with("xmlns:"))
                                    && v.contains(":xsd:camt.")
                            })
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
                    self.marks.push(self.path.len());
                    if !self.path.is_empty() {
                        self.path.push('/');
                    }
                    self.path.push_str(name);
                    self.text.clear();
                    self.start(name, attrs, line, out);
                }
                Tok::Text(t) => {
                    if lexer.depth() > 0 {
                        push_text(&mut self.text, t);
                    }
                }
                Tok::CData(t) => self.text.push_str(t),
                Tok::End { name } => {
                    self.end(name, lexer.offset(), out);
                    let mark = self.marks.pop().unwrap_or(0);
                    self.path.truncate(mark);
                    self.text.clear();
                }
                Tok::Eof => break,
            }
        }
        if !self.root_seen {
            out.reject(Rejection::WrongFormat {
                expected: "an ISO 20022 camt Document",
            });
        }
    }

    fn start(&mut self, name: &str, attrs: &str, line: usize, out: &mut ParsedFile) {
        match name {
            "BkToCstmrStmt" => out.format = Format::Camt053,
            "BkToCstmrDbtCdtNtfctn" => out.format = Format::Camt054,
            "Stmt" | "Ntfctn" if self.stmt.is_none() && self.entry.is_none() => {
                self.stmt = Some(Statement {
                    line,
                    ..Statement::default()
                });
            }
            "Ntry" if self.stmt.is_some() => {
                self.entry = Some(Entry {
                    line,
                    ..Entry::default()
                })
            }
            "TxDtls" if self.entry.is_some() => {
                self.tx = Some(Tx {
                    line,
                    ..Tx::default()
                })
            }
            "Bal" if self.stmt.is_some() && self.entry.is_none() => {
                self.balance = Some(Balance::default())
            }
            "Strd" => {
                if let Some(tx) = self.tx.as_mut() {
                    tx.cur_ref = Some((None, None, None));
                }
            }
            _ => {}
        }
        // Amounts carry their currency in an attribute, read now while the start tag is here.
        if name == "Amt" || name == "RmtdAmt" {
            self.pending_ccy.clear();
            if let Some((_, v)) = attributes(attrs).find(|(k, _)| *k == "Ccy") {
                self.pending_ccy.push_str(v);
            }
        }
    }

    fn amount(&self, out: &mut ParsedFile, line: usize) -> Option<(i64, String)> {
        match parse_minor(self.text.trim()) {
            Ok(v) if v >= 0 => Some((v, self.pending_ccy.clone())),
            Ok(_) => {
                out.error(line, "negative amount (camt amounts are unsigned; the credit/debit indicator gives the sign)");
                None
            }
            Err(e) => {
                out.error(line, format!("amount: {e}"));
                None
            }
        }
    }

    fn end(&mut self, name: &str, offset: usize, out: &mut ParsedFile) {
        // Most elements carry nothing this parser keeps; one match on the name skips them
        // before any path comparison.
        match name {
            "Amt" | "CdtDbtInd" | "RvslInd" | "Sts" | "Cd" | "Prtry" | "Dt" | "DtTm"
            | "AcctSvcrRef" | "AddtlNtryInf" | "NbOfTxs" | "Ntry" | "TxDtls" | "Bal" | "Stmt"
            | "Ntfctn" | "EndToEndId" | "Nm" | "Id" | "IBAN" | "Ustrd" | "Ref" | "Strd"
            | "AddtlTxInf" | "RmtdAmt" | "NbOfNtries" | "Sum" | "TtlNetNtryAmt" => {}
            _ => return,
        }
        let line = match name {
            "Amt" | "RmtdAmt" | "CdtDbtInd" | "NbOfTxs" | "NbOfNtries" | "Sum"
            | "TtlNetNtryAmt" => self.line_at(offset),
            _ => 0,
        };
        let p = self.path.as_str();
        let text = self.text.trim();
        if self.tx.is_some() {
            if p.ends_with("TxDtls/Amt") || p.ends_with("TxDtls/AmtDtls/TxAmt/Amt") {
                let a = self.amount(out, line);
                if let Some(tx) = self.tx.as_mut() {
                    if tx.amount.is_none() || p.ends_with("TxDtls/Amt") {
                        tx.amount = a;
                    }
                }
                return;
            }
            if p.ends_with("Strd/RfrdDocAmt/RmtdAmt") {
                let a = self.amount(out, line);
                if let Some((_, _, amt)) = self.tx.as_mut().and_then(|t| t.cur_ref.as_mut()) {
                    *amt = a;
                }
                return;
            }
            let Some(tx) = self.tx.as_mut() else { return };
            let owned = || {
                if text.is_empty() {
                    None
                } else {
                    Some(text.to_string())
                }
            };
            if p.ends_with("TxDtls/CdtDbtInd") {
                tx.credit = credit_debit(text);
            } else if p.ends_with("TxDtls/Refs/AcctSvcrRef") {
                tx.bank_ref = owned();
            } else if p.ends_with("TxDtls/Refs/EndToEndId") {
                tx.end_to_end = owned().filter(|t| t != "NOTPROVIDED");
            } else if p.ends_with("RltdPties/Dbtr/Nm") || p.ends_with("RltdPties/Dbtr/Pty/Nm") {
                tx.name = owned();
            } else if p.contains("RltdPties/Dbtr/") && p.ends_with("OrgId/Othr/Id") {
                tx.org_number = owned();
            } else if p.ends_with("RltdPties/DbtrAcct/Id/IBAN")
                || p.ends_with("RltdPties/DbtrAcct/Id/Othr/Id")
            {
                tx.account = owned();
            } else if p.ends_with("RmtInf/Ustrd") {
                if !text.is_empty() {
                    match &mut tx.ustrd {
                        Some(u) => {
                            u.push(' ');
                            u.push_str(text);
                        }
                        None => tx.ustrd = Some(text.to_string()),
                    }
                }
            } else if p.ends_with("CdtrRefInf/Tp/CdOrPrtry/Cd")
                || p.ends_with("CdtrRefInf/Tp/CdOrPrtry/Prtry")
            {
                if let Some(r) = tx.cur_ref.as_mut() {
                    r.1 = owned();
                }
            } else if p.ends_with("CdtrRefInf/Ref") {
                if let Some(r) = tx.cur_ref.as_mut() {
                    r.0 = owned();
                }
            } else if p.ends_with("RmtInf/Strd") {
                if let Some((Some(r), tp, amt)) = tx.cur_ref.take() {
                    tx.refs.push((r, tp, amt));
                }
            } else if p.ends_with("TxDtls/AddtlTxInf") {
                tx.addtl = owned();
            } else if p.ends_with("/TxDtls") {
                if let (Some(tx), Some(entry)) = (self.tx.take(), self.entry.as_mut()) {
                    entry.txs.push(tx);
                }
            }
            return;
        }
        if self.entry.is_some() {
            if p.ends_with("Ntry/Amt") {
                let a = self.amount(out, line);
                if let Some(e) = self.entry.as_mut() {
                    e.amount = a;
                }
                return;
            }
            let Some(e) = self.entry.as_mut() else { return };
            if p.ends_with("Ntry/CdtDbtInd") {
                e.credit = credit_debit(text);
                if e.credit.is_none() {
                    out.error(
                        line,
                        format!("credit/debit indicator {text:?} is neither CRDT nor DBIT"),
                    );
                }
            } else if p.ends_with("Ntry/RvslInd") {
                e.reversal = text == "true" || text == "1";
            } else if p.ends_with("Ntry/Sts")
                || p.ends_with("Ntry/Sts/Cd")
                || p.ends_with("Ntry/Sts/Prtry")
            {
                if !text.is_empty() {
                    e.status = Some(text.to_ascii_uppercase());
                }
            } else if p.ends_with("Ntry/BookgDt/Dt") || p.ends_with("Ntry/BookgDt/DtTm") {
                e.booking = iso_date(text);
            } else if p.ends_with("Ntry/ValDt/Dt") || p.ends_with("Ntry/ValDt/DtTm") {
                e.value = iso_date(text);
            } else if p.ends_with("Ntry/AcctSvcrRef") {
                e.bank_ref = Some(text.to_string()).filter(|t| !t.is_empty());
            } else if p.ends_with("Ntry/AddtlNtryInf") {
                e.addtl = Some(text.to_string()).filter(|t| !t.is_empty());
            } else if p.ends_with("Btch/NbOfTxs") {
                match text.parse::<u64>() {
                    Ok(n) => e.batch_count = Some(e.batch_count.unwrap_or(0) + n),
                    Err(_) => out.error(line, "batch NbOfTxs is not a number"),
                }
            } else if p.ends_with("/Ntry") {
                if let Some(entry) = self.entry.take() {
                    self.finish_entry(entry, out);
                }
            }
            return;
        }
        if self.balance.is_some() {
            if p.ends_with("Bal/Amt") {
                let a = self.amount(out, line);
                if let Some(b) = self.balance.as_mut() {
                    b.amount = a;
                }
                return;
            }
            let Some(b) = self.balance.as_mut() else {
                return;
            };
            if p.ends_with("Bal/Tp/CdOrPrtry/Cd") || p.ends_with("Bal/Tp/CdOrPrtry/Prtry") {
                b.code = Some(text.to_ascii_uppercase());
            } else if p.ends_with("Bal/CdtDbtInd") {
                b.credit = credit_debit(text);
            } else if p.ends_with("/Bal") {
                if let (Some(b), Some(s)) = (self.balance.take(), self.stmt.as_mut()) {
                    s.balances.push(b);
                }
            }
            return;
        }
        if self.stmt.is_some() {
            let decimal = |out: &mut ParsedFile| match parse_minor(text) {
                Ok(v) => Some(v),
                Err(e) => {
                    out.error(line, format!("summary amount: {e}"));
                    None
                }
            };
            let count = |out: &mut ParsedFile| match text.parse::<u64>() {
                Ok(v) => Some(v),
                Err(_) => {
                    out.error(line, "summary count is not a number");
                    None
                }
            };
            if p.ends_with("TxsSummry/TtlNtries/NbOfNtries") {
                let v = count(out);
                if let Some(s) = self.stmt.as_mut() {
                    s.summary.entries = v;
                }
            } else if p.ends_with("TxsSummry/TtlNtries/Sum") {
                let v = decimal(out);
                if let Some(s) = self.stmt.as_mut() {
                    s.summary.sum = v;
                }
            } else if p.ends_with("TtlNtries/TtlNetNtry/Amt")
                || p.ends_with("TtlNtries/TtlNetNtryAmt")
            {
                let v = decimal(out);
                if let Some(s) = self.stmt.as_mut() {
                    s.summary.net = v;
                }
            } else if p.ends_with("TtlNtries/TtlNetNtry/CdtDbtInd")
                || p.ends_with("TtlNtries/CdtDbtInd")
            {
                if let Some(s) = self.stmt.as_mut() {
                    s.summary.net_credit = credit_debit(text);
                }
            } else if p.ends_with("TxsSummry/TtlCdtNtries/NbOfNtries") {
                let v = count(out);
                if let Some(s) = self.stmt.as_mut() {
                    s.summary.credit_count = v;
                }
            } else if p.ends_with("TxsSummry/TtlCdtNtries/Sum") {
                let v = decimal(out);
                if let Some(s) = self.stmt.as_mut() {
                    s.summary.credit_sum = v;
                }
            } else if p.ends_with("TxsSummry/TtlDbtNtries/NbOfNtries") {
                let v = count(out);
                if let Some(s) = self.stmt.as_mut() {
                    s.summary.debit_count = v;
                }
            } else if p.ends_with("TxsSummry/TtlDbtNtries/Sum") {
                let v = decimal(out);
                if let Some(s) = self.stmt.as_mut() {
                    s.summary.debit_sum = v;
                }
            } else if p.ends_with("/Stmt") || p.ends_with("/Ntfctn") {
                if let Some(s) = self.stmt.take() {
                    finish_statement(s, out);
                }
            }
        }
    }

    fn finish_entry(&mut self, entry: Entry, out: &mut ParsedFile) {
        let Some(stmt) = self.stmt.as_mut() else {
            return;
        };
        stmt.entries += 1;
        let Some((amount, ccy)) = entry.amount.clone() else {
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
        let booked = matches!(
            entry.status.as_deref(),
            None | Some("BOOK") | Some("BOOKED")
        );
        if booked {
            match stmt.booked_net.iter_mut().find(|(c, _)| *c == ccy) {
                Some((_, n)) => *n += i128::from(signed),
                None => stmt.booked_net.push((ccy.clone(), i128::from(signed))),
            }
        }
        if let Some(n) = entry.batch_count {
            if !entry.txs.is_empty() && n != entry.txs.len() as u64 {
                out.reject(Rejection::CountMismatch {
                    what: format!("transactions in the entry at line {}", entry.line),
                    declared: n,
                    actual: entry.txs.len() as u64,
                });
            }
        }
        if !booked {
            // Pending and information-only entries have not reached the account.
            return;
        }
        let Ok(currency) = Currency::from_str(&ccy) else {
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
        let splittable = entry.txs.len() > 1
            && entry
                .txs
                .iter()
                .all(|t| matches!(&t.amount, Some((_, c)) if *c == ccy));
        if splittable {
            let mut sum: i128 = 0;
            let mut records = Vec::with_capacity(entry.txs.len());
            for tx in &entry.txs {
                let (a, _) = tx.amount.clone().unwrap_or((0, String::new()));
                let s = if tx.credit.unwrap_or(credit) { a } else { -a };
                sum += i128::from(s);
                records.push(build(
                    &entry,
                    Some(tx),
                    Money::from_minor(s, currency),
                    kind,
                ));
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
            out.payments.push(build(
                &entry,
                entry.txs.first(),
                Money::from_minor(signed, currency),
                kind,
            ));
        }
    }
}

fn build(entry: &Entry, tx: Option<&Tx>, amount: Money, kind: RecordKind) -> PaymentRecord {
    let mut rec = PaymentRecord::new(kind, amount, tx.map_or(entry.line, |t| t.line));
    rec.booking_date = entry.booking;
    rec.value_date = entry.value;
    rec.bank_ref = entry.bank_ref.clone();
    rec.message = entry.addtl.clone();
    if let Some(tx) = tx {
        if let Some((first, rest)) = tx.refs.split_first() {
            rec.reference = Some(first.0.clone());
            rec.reference_kind = reference_kind(&first.0, first.1.as_deref());
            for (r, tp, amt) in rest {
                let minor = match amt {
                    Some((m, c)) if c == amount.currency().code() => *m,
                    _ => 0,
                };
                rec.references.push(ExtraReference {
                    reference: r.clone(),
                    amount: Money::from_minor(minor, amount.currency()),
                    kind: reference_kind(r, tp.as_deref()),
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

fn reference_kind(reference: &str, code: Option<&str>) -> ReferenceKind {
    match code.map(str::to_ascii_uppercase).as_deref() {
        Some("OCR") => ReferenceKind::Ocr,
        Some("KID") => ReferenceKind::Kid,
        _ if reference.len() > 4 && reference.as_bytes()[..2].eq_ignore_ascii_case(b"RF") => {
            ReferenceKind::Rf
        }
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
    text.get(..10).and_then(|d| d.parse::<Date>().ok())
}

fn version_of(ns: &str) -> Result<Format, Rejection> {
    let Some(idx) = ns.find("camt.") else {
        return Err(Rejection::WrongFormat {
            expected: "camt.053 or camt.054",
        });
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
        Some("001.02" | "001.03" | "001.04" | "001.05" | "001.06" | "001.07" | "001.08") => {
            Ok(format)
        }
        _ => Err(Rejection::UnsupportedVersion(ns.to_string())),
    }
}

fn finish_statement(s: Statement, out: &mut ParsedFile) {
    let what = |field: &str| format!("statement at line {}: {field}", s.line);
    let counts = [
        ("number of entries", s.summary.entries, s.entries),
        (
            "number of credit entries",
            s.summary.credit_count,
            s.credit_count,
        ),
        (
            "number of debit entries",
            s.summary.debit_count,
            s.debit_count,
        ),
    ];
    for (field, declared, actual) in counts {
        if let Some(d) = declared {
            if d != actual {
                out.reject(Rejection::CountMismatch {
                    what: what(field),
                    declared: d,
                    actual,
                });
            }
        }
    }
    let net = s.credit_sum - s.debit_sum;
    let sums = [
        ("sum of entries", s.summary.sum.map(i128::from), s.abs_sum),
        (
            "sum of credit entries",
            s.summary.credit_sum.map(i128::from),
            s.credit_sum,
        ),
        (
            "sum of debit entries",
            s.summary.debit_sum.map(i128::from),
            s.debit_sum,
        ),
        (
            "net amount of entries",
            s.summary.net.map(|n| {
                if s.summary.net_credit == Some(false) {
                    -i128::from(n)
                } else {
                    i128::from(n)
                }
            }),
            net,
        ),
    ];
    for (field, declared, actual) in sums {
        if let Some(d) = declared {
            if d != actual {
                out.reject(Rejection::SumMismatch {
                    what: what(field),
                    declared: d,
                    actual,
                });
            }
        }
    }
    let signed = |b: &Balance| {
        b.amount.as_ref().map(|(a, c)| {
            (
                if b.credit == Some(false) {
                    -i128::from(*a)
                } else {
                    i128::from(*a)
                },
                c.clone(),
            )
        })
    };
    let opening = s
        .balances
        .iter()
        .find(|b| matches!(b.code.as_deref(), Some("OPBD") | Some("PRCD")))
        .and_then(signed);
    let closing = s
        .balances
        .iter()
        .find(|b| b.code.as_deref() == Some("CLBD"))
        .and_then(signed);
    if let (Some((open, oc)), Some((close, cc))) = (opening, closing) {
        let moved: i128 = s
            .booked_net
            .iter()
            .filter(|(c, _)| *c == oc)
            .map(|(_, n)| *n)
            .sum();
        if oc == cc && s.booked_net.iter().all(|(c, _)| *c == oc) && open + moved != close {
            out.reject(Rejection::SumMismatch {
                what: what("closing booked balance (opening balance plus booked entries)"),
                declared: close,
                actual: open + moved,
            });
        }
    }
}
