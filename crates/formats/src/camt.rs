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

struct CamtParser<'a> {
    src: &'a str,
    /// Local names of the open elements joined by '/', with the start offset of each.
    path: String,
    marks: Vec<usize>,
    /// The element's text when it was built from several pieces or had entities to decode.
    text: String,
    /// The element's text as a slice of the input, while it is one raw piece without entities
    /// (the common case, which needs no copy). Used only while `text_owned` is false.
    text_slice: &'a str,
    text_owned: bool,
    line: usize,
    line_pos: usize,
    root_seen: bool,
    stmt: Option<Statement<'a>>,
    entry: Option<Entry<'a>>,
    tx: Option<Tx<'a>>,
    balance: Option<Balance<'a>>,
    /// The `Ccy` attribute of the amount element being read.
    pending_ccy: &'a str,
}

impl<'a> CamtParser<'a> {
    fn new(src: &'a str) -> CamtParser<'a> {
        CamtParser {
            src,
            path: String::with_capacity(256),
            marks: Vec::with_capacity(32),
            text: String::new(),
            text_slice: "",
            text_owned: false,
            line: 1,
            line_pos: 0,
            root_seen: false,
            stmt: None,
            entry: None,
            tx: None,
            balance: None,
            pending_ccy: "",
        }
    }

    /// The 1-based line at byte `offset`, counted incrementally (offsets only grow).
    fn line_at(&mut self, offset: usize) -> usize {
        let pos = offset.min(self.src.len());
        if pos > self.line_pos {
            self.line += memchr::memchr_iter(b'\n', &self.src.as_bytes()[self.line_pos..pos]).count();
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
                    out.reject(Rejection::Xml { line, message: e.message.to_string() });
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
                    self.marks.push(self.path.len());
                    if !self.path.is_empty() {
                        self.path.push('/');
                    }
                    self.path.push_str(name);
                    self.clear_text();
                    self.start(name, attrs, line, out);
                }
                Tok::Text(t) => {
                    if lexer.depth() > 0 {
                        if !self.text_owned && self.text_slice.is_empty() && !t.contains('&') {
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
                Tok::End { name } => {
                    self.end(name, lexer.offset(), out);
                    let mark = self.marks.pop().unwrap_or(0);
                    self.path.truncate(mark);
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
        self.text.clear();
        self.text_slice = "";
        self.text_owned = false;
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

    fn cur_text(&self) -> &str {
        if self.text_owned { &self.text } else { self.text_slice }
    }

    fn start(&mut self, name: &str, attrs: &'a str, line: usize, out: &mut ParsedFile) {
        match name {
            "BkToCstmrStmt" => out.format = Format::Camt053,
            "BkToCstmrDbtCdtNtfctn" => out.format = Format::Camt054,
            "Stmt" | "Ntfctn" if self.stmt.is_none() && self.entry.is_none() => {
                self.stmt = Some(Statement { line, ..Statement::default() });
            }
            "Ntry" if self.stmt.is_some() => self.entry = Some(Entry { line, ..Entry::default() }),
            "TxDtls" if self.entry.is_some() => self.tx = Some(Tx { line, ..Tx::default() }),
            "Bal" if self.stmt.is_some() && self.entry.is_none() => self.balance = Some(Balance::default()),
            "Strd" => {
                if let Some(tx) = self.tx.as_mut() {
                    tx.cur_ref = Some((None, None, None));
                }
            }
            _ => {}
        }
        // Amounts carry their currency in an attribute, read now while the start tag is here.
        if name == "Amt" || name == "RmtdAmt" {
            self.pending_ccy = "";
            if let Some((_, v)) = attributes(attrs).find(|(k, _)| *k == "Ccy") {
                self.pending_ccy = v;
            }
        }
    }

    fn amount(&self, out: &mut ParsedFile, line: usize) -> Option<(i64, &'a str)> {
        match parse_minor(self.cur_text().trim()) {
            Ok(v) if v >= 0 => Some((v, self.pending_ccy)),
            Ok(_) => {
                out.error(
                    line,
                    "negative amount (camt amounts are unsigned; the credit/debit indicator gives the sign)",
                );
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
            "Amt" | "CdtDbtInd" | "RvslInd" | "Sts" | "Cd" | "Prtry" | "Dt" | "DtTm" | "AcctSvcrRef"
            | "AddtlNtryInf" | "NbOfTxs" | "Ntry" | "TxDtls" | "Bal" | "Stmt" | "Ntfctn" | "EndToEndId" | "Nm"
            | "Id" | "IBAN" | "Ustrd" | "Ref" | "Strd" | "AddtlTxInf" | "RmtdAmt" | "NbOfNtries" | "Sum"
            | "TtlNetNtryAmt" => {}
            _ => return,
        }
        let line = match name {
            "Amt" | "RmtdAmt" | "CdtDbtInd" | "NbOfTxs" | "NbOfNtries" | "Sum" | "TtlNetNtryAmt" => {
                self.line_at(offset)
            }
            _ => 0,
        };
        let p = self.path.as_str();
        let text = if self.text_owned { self.text.as_str() } else { self.text_slice }.trim();
        if self.tx.is_some() {
            // Dispatch on the element's own name (always the path's last component) first, so
            // each end tag is compared against only the paths that can match it.
            if name == "Amt" || name == "RmtdAmt" {
                if p.ends_with("TxDtls/Amt") || p.ends_with("TxDtls/AmtDtls/TxAmt/Amt") {
                    let a = self.amount(out, line);
                    if let Some(tx) = self.tx.as_mut()
                        && (tx.amount.is_none() || p.ends_with("TxDtls/Amt"))
                    {
                        tx.amount = a;
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
            }
            let Some(tx) = self.tx.as_mut() else { return };
            let owned = || {
                if text.is_empty() { None } else { Some(text.to_string()) }
            };
            match name {
                "CdtDbtInd" if p.ends_with("TxDtls/CdtDbtInd") => {
                    tx.credit = credit_debit(text);
                }
                "AcctSvcrRef" if p.ends_with("TxDtls/Refs/AcctSvcrRef") => {
                    tx.bank_ref = owned();
                }
                "EndToEndId" if p.ends_with("TxDtls/Refs/EndToEndId") => {
                    tx.end_to_end = owned().filter(|t| t != "NOTPROVIDED");
                }
                "Nm" if (p.ends_with("RltdPties/Dbtr/Nm") || p.ends_with("RltdPties/Dbtr/Pty/Nm")) => {
                    tx.name = owned();
                }
                "Id" => {
                    if p.contains("RltdPties/Dbtr/") && p.ends_with("OrgId/Othr/Id") {
                        tx.org_number = owned();
                    } else if p.ends_with("RltdPties/DbtrAcct/Id/Othr/Id") {
                        tx.account = owned();
                    }
                }
                "IBAN" if p.ends_with("RltdPties/DbtrAcct/Id/IBAN") => {
                    tx.account = owned();
                }
                "Ustrd" if p.ends_with("RmtInf/Ustrd") && !text.is_empty() => match &mut tx.ustrd {
                    Some(u) => {
                        u.push(' ');
                        u.push_str(text);
                    }
                    None => tx.ustrd = Some(text.to_string()),
                },
                "Cd" | "Prtry" => {
                    if (p.ends_with("CdtrRefInf/Tp/CdOrPrtry/Cd") || p.ends_with("CdtrRefInf/Tp/CdOrPrtry/Prtry"))
                        && let Some(r) = tx.cur_ref.as_mut()
                    {
                        r.1 = code_kind(text);
                    }
                }
                "Ref" => {
                    if p.ends_with("CdtrRefInf/Ref")
                        && let Some(r) = tx.cur_ref.as_mut()
                    {
                        r.0 = owned();
                    }
                }
                "Strd" => {
                    if p.ends_with("RmtInf/Strd")
                        && let Some((Some(r), tp, amt)) = tx.cur_ref.take()
                    {
                        tx.refs.push((r, tp, amt));
                    }
                }
                "AddtlTxInf" if p.ends_with("TxDtls/AddtlTxInf") => {
                    tx.addtl = owned();
                }
                "TxDtls" => {
                    if p.ends_with("/TxDtls")
                        && let (Some(tx), Some(entry)) = (self.tx.take(), self.entry.as_mut())
                    {
                        entry.txs.push(tx);
                    }
                }
                _ => {}
            }
            return;
        }
        if self.entry.is_some() {
            if name == "Amt" && p.ends_with("Ntry/Amt") {
                let a = self.amount(out, line);
                if let Some(e) = self.entry.as_mut() {
                    e.amount = a;
                }
                return;
            }
            let Some(e) = self.entry.as_mut() else { return };
            match name {
                "CdtDbtInd" if p.ends_with("Ntry/CdtDbtInd") => {
                    e.credit = credit_debit(text);
                    if e.credit.is_none() {
                        out.error(line, format!("credit/debit indicator {text:?} is neither CRDT nor DBIT"));
                    }
                }
                "RvslInd" if p.ends_with("Ntry/RvslInd") => {
                    e.reversal = text == "true" || text == "1";
                }
                "Sts" | "Cd" | "Prtry"
                    if (p.ends_with("Ntry/Sts") || p.ends_with("Ntry/Sts/Cd") || p.ends_with("Ntry/Sts/Prtry"))
                        && !text.is_empty() =>
                {
                    e.status_booked = Some(text.eq_ignore_ascii_case("BOOK") || text.eq_ignore_ascii_case("BOOKED"));
                }
                "Dt" | "DtTm" => {
                    if p.ends_with("Ntry/BookgDt/Dt") || p.ends_with("Ntry/BookgDt/DtTm") {
                        e.booking = iso_date(text);
                    } else if p.ends_with("Ntry/ValDt/Dt") || p.ends_with("Ntry/ValDt/DtTm") {
                        e.value = iso_date(text);
                    }
                }
                "AcctSvcrRef" if p.ends_with("Ntry/AcctSvcrRef") => {
                    e.bank_ref = Some(text.to_string()).filter(|t| !t.is_empty());
                }
                "AddtlNtryInf" if p.ends_with("Ntry/AddtlNtryInf") => {
                    e.addtl = Some(text.to_string()).filter(|t| !t.is_empty());
                }
                "NbOfTxs" if p.ends_with("Btch/NbOfTxs") => match text.parse::<u64>() {
                    Ok(n) => e.batch_count = Some(e.batch_count.unwrap_or(0) + n),
                    Err(_) => out.error(line, "batch NbOfTxs is not a number"),
                },
                "Ntry" => {
                    if p.ends_with("/Ntry")
                        && let Some(entry) = self.entry.take()
                    {
                        self.finish_entry(entry, out);
                    }
                }
                _ => {}
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
            } else if p.ends_with("/Bal")
                && let (Some(b), Some(s)) = (self.balance.take(), self.stmt.as_mut())
            {
                s.balances.push(b);
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
            } else if p.ends_with("TtlNtries/TtlNetNtry/Amt") || p.ends_with("TtlNtries/TtlNetNtryAmt") {
                let v = decimal(out);
                if let Some(s) = self.stmt.as_mut() {
                    s.summary.net = v;
                }
            } else if p.ends_with("TtlNtries/TtlNetNtry/CdtDbtInd") || p.ends_with("TtlNtries/CdtDbtInd") {
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
            } else if (p.ends_with("/Stmt") || p.ends_with("/Ntfctn"))
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
    text.get(..10).and_then(|d| d.parse::<Date>().ok())
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
