//! Matching incoming payments to open claims, each decision with a confidence and a reason.
//!
//! The matcher is built once from the creditor's open claims (hash indexes on reference and
//! invoice number, sorted indexes on debtor and amount), then fed payments one at a time. It
//! keeps its own copy of each claim's outstanding amount and lowers it as it allocates, so two
//! payments for the same claim in one file do not both count as paying it in full.
//!
//! The rules, strongest first:
//! 1. several references with amounts (BgMax extra reference records) that all name open claims;
//! 2. an exact OCR/KID reference;
//! 3. a reference with a typo: one substitution, adjacent transposition, deletion or insertion
//!    away from exactly one open reference (the check digit usually tells it is wrong);
//! 4. invoice numbers in the reference or free text ("Faktnr: 63600", "KUNDNR 4325 FAKTURA
//!    63890"), numbers after an invoice keyword counting for more than bare numbers;
//! 5. otherwise unmatched, with suggestions (near references, claims with the same amount).
//!
//! A payment larger than the named claim but equal to everything its debtor owes covers all of
//! that debtor's claims. What is left after allocation is surplus (credit balance or refund);
//! less than outstanding is a partial payment. Booking, queues and idempotency belong to the
//! caller; this module only decides.

use crate::ids::{ClaimId, DebtorId};
use crate::money::{Currency, Money};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Decisions at or above this confidence may be booked without a person looking.
pub const AUTO_BOOK_MIN_CONFIDENCE: u8 = 80;

/// An open claim as the matcher needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenClaim {
    pub id: ClaimId,
    pub debtor: DebtorId,
    /// The OCR number or KID issued for the claim.
    pub reference: Option<String>,
    pub invoice_number: Option<String>,
    pub outstanding: Money,
}

/// One payment line from a bank file, as the matcher needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomingPayment {
    /// Signed: only positive amounts (money received) are matched.
    pub amount: Money,
    pub reference: Option<String>,
    /// Further references with the amount the payer designated to each (BgMax 22/23 records).
    pub references: Vec<(String, Money)>,
    /// Free text: the payer's message, unstructured remittance information.
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MatchOutcome {
    /// The payment settles what it names, exactly.
    Full,
    /// Less than outstanding: the claims stay open with the rest.
    Partial,
    /// More than outstanding: `surplus` goes to the debtor's credit balance or a refund.
    Overpaid,
    /// Nothing to book: goes to the unmatched queue with suggestions.
    Unmatched,
}

impl MatchOutcome {
    pub fn code(self) -> &'static str {
        match self {
            MatchOutcome::Full => "full",
            MatchOutcome::Partial => "partial",
            MatchOutcome::Overpaid => "overpaid",
            MatchOutcome::Unmatched => "unmatched",
        }
    }
}

/// Why the matcher decided what it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MatchReason {
    /// Every designated reference named an open claim.
    SeveralReferences {
        count: usize,
    },
    ExactReference,
    /// The written reference is one edit away from exactly one open reference.
    ReferenceTypo {
        written: String,
        matched: String,
        check_digit_failed: bool,
    },
    /// Invoice numbers found in the text; `after_keyword` when they followed "faktura" or alike.
    InvoiceNumberInText {
        numbers: Vec<String>,
        after_keyword: bool,
    },
    /// Payment is not money received (zero, a deduction or a reversal).
    NotACredit,
    /// Claims were found but in another currency.
    CurrencyMismatch,
    /// Several open claims fit equally well.
    Ambiguous,
    NoCandidate,
}

impl MatchReason {
    pub fn code(&self) -> &'static str {
        match self {
            MatchReason::SeveralReferences { .. } => "several_references",
            MatchReason::ExactReference => "exact_reference",
            MatchReason::ReferenceTypo { .. } => "reference_typo",
            MatchReason::InvoiceNumberInText { .. } => "invoice_number_in_text",
            MatchReason::NotACredit => "not_a_credit",
            MatchReason::CurrencyMismatch => "currency_mismatch",
            MatchReason::Ambiguous => "ambiguous",
            MatchReason::NoCandidate => "no_candidate",
        }
    }
}

/// Part of a payment applied to one claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimShare {
    pub claim: ClaimId,
    pub amount: Money,
}

/// A claim a person might pick for an unmatched (or doubtful) payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    pub claim: ClaimId,
    pub why: SuggestionReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SuggestionReason {
    NearReference,
    SameAmount,
    InvoiceNumberInText,
}

impl SuggestionReason {
    pub fn code(self) -> &'static str {
        match self {
            SuggestionReason::NearReference => "near_reference",
            SuggestionReason::SameAmount => "same_amount",
            SuggestionReason::InvoiceNumberInText => "invoice_number_in_text",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchDecision {
    pub outcome: MatchOutcome,
    /// 0–100. Compare with [`AUTO_BOOK_MIN_CONFIDENCE`].
    pub confidence: u8,
    pub reason: MatchReason,
    /// What to book against which claim; empty when unmatched.
    pub shares: Vec<ClaimShare>,
    /// Money left after the shares (overpayment); zero otherwise, the whole amount if unmatched.
    pub surplus: Money,
    /// True when the payment also covered the debtor's other open claims (amount equal to all
    /// the debtor owes).
    pub covers_debtor_claims: bool,
    pub suggestions: Vec<Suggestion>,
}

impl MatchDecision {
    pub fn auto_bookable(&self) -> bool {
        self.outcome != MatchOutcome::Unmatched && self.confidence >= AUTO_BOOK_MIN_CONFIDENCE
    }
}

/// FxHash: a fast non-cryptographic hash. The keys are references the creditor issued, so
/// hash flooding is not a concern, and SipHash would dominate the matching time.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }
    fn write_u64(&mut self, i: u64) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(K);
    }
    fn finish(&self) -> u64 {
        // The product's high bits are the well-mixed ones; the table picks buckets by the low
        // bits, so bring them down (numbers that are multiples of 10 or 1000 would otherwise
        // crowd a few buckets).
        self.0.rotate_left(26)
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Marks a key that several claims share: such a key never matches on its own.
const SHARED: u32 = u32::MAX;

/// Open claims indexed for matching.
#[derive(Debug)]
pub struct Matcher {
    claims: Vec<OpenClaim>,
    outstanding: Vec<i64>,
    by_reference: KeyIndex,
    by_invoice: KeyIndex,
    /// (debtor, claim index), sorted.
    by_debtor: Vec<(DebtorId, u32)>,
    /// (currency, outstanding at build time, claim index), sorted; for suggestions only.
    by_amount: Vec<(Currency, i64, u32)>,
}

impl std::fmt::Debug for FxHasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FxHasher")
    }
}

/// Reference text as the index keys it: letters and digits upper-cased, a trailing `-` (MOD11
/// KID) kept, everything else dropped, leading zeros dropped (banks pad references with zeros).
pub fn normalize_reference(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if out.is_empty() && c == '0' {
                continue;
            }
            out.push(c.to_ascii_uppercase());
        }
    }
    if text.trim_end().ends_with('-') && !out.is_empty() {
        out.push('-');
    }
    out
}

/// The most digits a key may have to be stored as a number (every 19-digit number fits a u64).
const MAX_NUMERIC_DIGITS: usize = 19;

/// A hash index from normalized reference (or invoice number) to claim. Keys that are all digits
/// and fit a u64 (OCR numbers, KIDs and invoice numbers nearly always are) are stored as that
/// number, so look-ups neither allocate nor hash text; any other key is stored as its
/// [`normalize_reference`] text. Every key goes to exactly one of the two maps, so a look-up
/// finds what a text index over [`normalize_reference`] would find.
#[derive(Debug, Default)]
struct KeyIndex {
    numbers: FxMap<u64, u32>,
    texts: FxMap<Box<str>, u32>,
}

/// The key of `text` when it is numeric: without allocating when the text is plain ASCII
/// digits and separators (no letters, no `-`), otherwise through [`normalize_reference`].
enum Key {
    Number(u64),
    Text(String),
    Empty,
}

impl Key {
    fn of(text: &str) -> Key {
        let mut value: u64 = 0;
        let mut digits = 0usize;
        let mut plain = true;
        for &b in text.as_bytes() {
            if b.is_ascii_digit() {
                if digits == 0 && b == b'0' {
                    continue;
                }
                digits += 1;
                if digits > MAX_NUMERIC_DIGITS {
                    plain = false;
                    break;
                }
                value = value * 10 + u64::from(b - b'0');
            } else if b.is_ascii_alphabetic() || b == b'-' || b >= 0x80 {
                plain = false;
                break;
            }
        }
        if plain {
            return if digits == 0 { Key::Empty } else { Key::Number(value) };
        }
        Key::from_normalized(normalize_reference(text))
    }

    fn from_normalized(key: String) -> Key {
        if key.is_empty() {
            Key::Empty
        } else if key.len() <= MAX_NUMERIC_DIGITS && key.bytes().all(|b| b.is_ascii_digit()) {
            // Normalized keys carry no leading zero, so the number gives back the same text.
            key.parse().map_or(Key::Empty, Key::Number)
        } else {
            Key::Text(key)
        }
    }
}

impl KeyIndex {
    fn with_capacity(n: usize) -> KeyIndex {
        let mut index = KeyIndex::default();
        index.numbers.reserve(n);
        index
    }

    /// Indexes claim `i` under `text`; a key several claims share is marked [`SHARED`].
    fn insert(&mut self, text: &str, i: u32) {
        match Key::of(text) {
            Key::Number(n) => {
                self.numbers.entry(n).and_modify(|v| *v = SHARED).or_insert(i);
            }
            Key::Text(t) => {
                self.texts.entry(t.into_boxed_str()).and_modify(|v| *v = SHARED).or_insert(i);
            }
            Key::Empty => {}
        }
    }

    /// The one claim whose key equals that of `text`.
    fn get(&self, text: &str) -> Option<u32> {
        let hit = match Key::of(text) {
            Key::Number(n) => self.numbers.get(&n),
            Key::Text(t) => self.texts.get(t.as_str()),
            Key::Empty => None,
        };
        match hit {
            Some(&SHARED) | None => None,
            Some(&i) => Some(i),
        }
    }

    /// Like [`KeyIndex::get`] for a string of ASCII digits.
    fn get_digits(&self, digits: &[u8]) -> Option<u32> {
        let start = digits.iter().position(|&b| b != b'0').unwrap_or(digits.len());
        let digits = &digits[start..];
        let hit = if digits.is_empty() {
            None
        } else if digits.len() <= MAX_NUMERIC_DIGITS {
            let n = digits.iter().fold(0u64, |n, &b| n * 10 + u64::from(b - b'0'));
            self.numbers.get(&n)
        } else {
            std::str::from_utf8(digits).ok().and_then(|s| self.texts.get(s))
        };
        match hit {
            Some(&SHARED) | None => None,
            Some(&i) => Some(i),
        }
    }
}

impl Matcher {
    pub fn new(claims: Vec<OpenClaim>) -> Matcher {
        let n = claims.len();
        let mut by_reference = KeyIndex::with_capacity(n);
        let mut by_invoice = KeyIndex::with_capacity(n);
        let mut by_debtor = Vec::with_capacity(n);
        let mut by_amount = Vec::with_capacity(n);
        let mut outstanding = Vec::with_capacity(n);
        for (i, c) in claims.iter().enumerate() {
            let i = i as u32;
            if let Some(k) = &c.reference {
                by_reference.insert(k, i);
            }
            if let Some(k) = &c.invoice_number {
                by_invoice.insert(k, i);
            }
            by_debtor.push((c.debtor, i));
            by_amount.push((c.outstanding.currency(), c.outstanding.minor(), i));
            outstanding.push(c.outstanding.minor());
        }
        by_debtor.sort_unstable();
        by_amount.sort_unstable();
        Matcher { claims, outstanding, by_reference, by_invoice, by_debtor, by_amount }
    }

    pub fn claim_count(&self) -> usize {
        self.claims.len()
    }

    /// The outstanding amount the matcher currently holds for a claim (after earlier payments).
    pub fn outstanding_of(&self, claim: ClaimId) -> Option<Money> {
        self.claims
            .iter()
            .position(|c| c.id == claim)
            .map(|i| Money::from_minor(self.outstanding[i], self.claims[i].outstanding.currency()))
    }

    fn find_reference(&self, text: &str) -> Option<u32> {
        self.by_reference.get(text)
    }

    /// Open references one edit (substitution, adjacent transposition, deletion, insertion)
    /// away from `written`.
    fn near_references(&self, written: &str) -> Vec<u32> {
        let key = normalize_reference(written);
        let b = key.as_bytes();
        let mut found: Vec<u32> = Vec::new();
        if b.is_empty() || b.len() > 25 || !b.iter().all(u8::is_ascii_digit) {
            return found;
        }
        let mut buf: Vec<u8> = Vec::with_capacity(b.len() + 1);
        let probe = |candidate: &[u8], found: &mut Vec<u32>| {
            if let Some(i) = self.by_reference.get_digits(candidate)
                && !found.contains(&i)
            {
                found.push(i);
            }
        };
        for pos in 0..b.len() {
            for d in b'0'..=b'9' {
                if d != b[pos] {
                    buf.clear();
                    buf.extend_from_slice(b);
                    buf[pos] = d;
                    probe(&buf, &mut found);
                }
            }
            if pos + 1 < b.len() && b[pos] != b[pos + 1] {
                buf.clear();
                buf.extend_from_slice(b);
                buf.swap(pos, pos + 1);
                probe(&buf, &mut found);
            }
            buf.clear();
            buf.extend_from_slice(&b[..pos]);
            buf.extend_from_slice(&b[pos + 1..]);
            probe(&buf, &mut found);
        }
        for pos in 0..=b.len() {
            for d in b'0'..=b'9' {
                buf.clear();
                buf.extend_from_slice(&b[..pos]);
                buf.push(d);
                buf.extend_from_slice(&b[pos..]);
                probe(&buf, &mut found);
            }
        }
        found
    }

    fn debtor_claims(&self, debtor: DebtorId) -> impl Iterator<Item = u32> + '_ {
        let start = self.by_debtor.partition_point(|(d, _)| *d < debtor);
        self.by_debtor[start..].iter().take_while(move |(d, _)| *d == debtor).map(|(_, i)| *i)
    }

    fn same_amount(&self, amount: Money, limit: usize) -> Vec<u32> {
        let key = (amount.currency(), amount.minor());
        let start = self.by_amount.partition_point(|(c, a, _)| (*c, *a) < key);
        self.by_amount[start..]
            .iter()
            .take_while(|(c, a, _)| (*c, *a) == key)
            .filter(|(_, _, i)| self.outstanding[*i as usize] > 0)
            .take(limit)
            .map(|(_, _, i)| *i)
            .collect()
    }

    /// Decides one payment and lowers the matched claims' outstanding amounts accordingly.
    pub fn match_payment(&mut self, payment: &IncomingPayment) -> MatchDecision {
        let amount = payment.amount;
        if amount.minor() <= 0 {
            return self.unmatched(payment, MatchReason::NotACredit, Vec::new());
        }

        // Rule 1: several designated references that all resolve.
        if !payment.references.is_empty() {
            let mut all: Vec<(u32, Option<i64>)> = Vec::new();
            let mut head_amount = amount.minor();
            for (_, a) in &payment.references {
                head_amount -= a.minor();
            }
            let mut resolved = true;
            if let Some(r) = &payment.reference {
                match self.find_reference(r) {
                    Some(i) => all.push((i, Some(head_amount.max(0)))),
                    None => resolved = false,
                }
            }
            for (r, a) in &payment.references {
                match self.find_reference(r) {
                    Some(i) => all.push((i, Some(a.minor()))),
                    None => resolved = false,
                }
            }
            if resolved && !all.is_empty() {
                let count = all.len();
                return self.decide(payment, all, MatchReason::SeveralReferences { count }, 95, 90);
            }
        }

        // Rule 2: exact reference.
        if let Some(r) = &payment.reference
            && let Some(i) = self.find_reference(r)
        {
            return self.decide(payment, vec![(i, None)], MatchReason::ExactReference, 100, 95);
        }

        // Rule 3: a typo in the reference.
        let mut suggestions: Vec<Suggestion> = Vec::new();
        if let Some(r) = &payment.reference {
            let near = self.near_references(r);
            let check_digit_failed = reference_check_fails(r);
            if near.len() == 1 {
                let i = near[0];
                let matched = self.claims[i as usize].reference.clone().unwrap_or_default();
                let reason = MatchReason::ReferenceTypo { written: r.trim().to_string(), matched, check_digit_failed };
                // A reference whose own check digit holds may be meant for someone else.
                let (exact, other) = if check_digit_failed { (85, 70) } else { (70, 55) };
                return self.decide(payment, vec![(i, None)], reason, exact, other);
            }
            if near.len() > 1 {
                // Prefer the one whose outstanding equals the amount, if exactly one does.
                let fitting: Vec<u32> =
                    near.iter().copied().filter(|&i| self.outstanding[i as usize] == amount.minor()).collect();
                if fitting.len() == 1 {
                    let i = fitting[0];
                    let matched = self.claims[i as usize].reference.clone().unwrap_or_default();
                    let reason =
                        MatchReason::ReferenceTypo { written: r.trim().to_string(), matched, check_digit_failed };
                    return self.decide(payment, vec![(i, None)], reason, 75, 60);
                }
                suggestions.extend(
                    near.iter().map(|&i| Suggestion {
                        claim: self.claims[i as usize].id,
                        why: SuggestionReason::NearReference,
                    }),
                );
            }
        }

        // Rule 4: invoice numbers in the text (the reference field may hold text too).
        let mut mentions = Vec::new();
        if let Some(r) = &payment.reference {
            mentions.extend(invoice_numbers_in_text(r));
        }
        if let Some(t) = &payment.text {
            mentions.extend(invoice_numbers_in_text(t));
        }
        if !mentions.is_empty() {
            let keyword_any = mentions.iter().any(|m| m.after_keyword);
            let mut picked: Vec<(u32, Option<i64>)> = Vec::new();
            let mut numbers = Vec::new();
            for pass_keyword in [true, false] {
                for m in mentions.iter().filter(|m| m.after_keyword == pass_keyword) {
                    let hit = self.by_invoice.get(&m.number).or_else(|| self.by_reference.get(&m.number));
                    if let Some(i) = hit
                        && !picked.iter().any(|(j, _)| *j == i)
                    {
                        picked.push((i, None));
                        numbers.push(m.number.clone());
                    }
                }
                if !picked.is_empty() {
                    let after_keyword = pass_keyword && keyword_any;
                    let (exact, other) = if after_keyword { (90, 75) } else { (75, 55) };
                    let reason = MatchReason::InvoiceNumberInText { numbers, after_keyword };
                    return self.decide(payment, picked, reason, exact, other);
                }
            }
        }

        let reason = if suggestions.len() > 1 { MatchReason::Ambiguous } else { MatchReason::NoCandidate };
        self.unmatched(payment, reason, suggestions)
    }

    /// Allocates the payment over `picked` claims (designated amounts first, then in order) and
    /// builds the decision. `exact_conf` applies when the amount equals what is outstanding,
    /// `other_conf` to partial and overpayments.
    fn decide(
        &mut self,
        payment: &IncomingPayment,
        mut picked: Vec<(u32, Option<i64>)>,
        reason: MatchReason,
        exact_conf: u8,
        other_conf: u8,
    ) -> MatchDecision {
        let currency = payment.amount.currency();
        picked.retain(|(i, _)| self.claims[*i as usize].outstanding.currency() == currency);
        if picked.is_empty() {
            return self.unmatched(payment, MatchReason::CurrencyMismatch, Vec::new());
        }
        let mut covers_debtor_claims = false;
        let named_total: i64 = picked.iter().map(|(i, _)| self.outstanding[*i as usize]).sum();
        if picked.len() == 1 && payment.amount.minor() > named_total {
            // Does the amount equal everything this debtor owes in this currency?
            let debtor = self.claims[picked[0].0 as usize].debtor;
            let all: Vec<u32> = self
                .debtor_claims(debtor)
                .filter(|&i| {
                    self.outstanding[i as usize] > 0 && self.claims[i as usize].outstanding.currency() == currency
                })
                .collect();
            let total: i64 = all.iter().map(|&i| self.outstanding[i as usize]).sum();
            if all.len() > 1 && total == payment.amount.minor() {
                covers_debtor_claims = true;
                for i in all {
                    if i != picked[0].0 {
                        picked.push((i, None));
                    }
                }
            }
        }
        let outstanding_total: i64 = picked.iter().map(|(i, _)| self.outstanding[*i as usize].max(0)).sum();
        let mut remaining = payment.amount.minor();
        let mut shares = Vec::with_capacity(picked.len());
        // Designated amounts first, each capped at what is outstanding, then the undesignated
        // claims in order. A designation is the payer's word: money beyond it stays surplus
        // rather than flowing to another claim.
        for (i, designated) in &picked {
            if let Some(d) = designated {
                let take = (*d).min(self.outstanding[*i as usize]).min(remaining).max(0);
                if take > 0 {
                    self.apply(*i as usize, take, &mut shares, &mut remaining, currency);
                }
            }
        }
        for (i, designated) in &picked {
            if designated.is_none() {
                let take = self.outstanding[*i as usize].min(remaining).max(0);
                if take > 0 {
                    self.apply(*i as usize, take, &mut shares, &mut remaining, currency);
                }
            }
        }
        let outcome = if remaining > 0 {
            MatchOutcome::Overpaid
        } else if payment.amount.minor() < outstanding_total {
            MatchOutcome::Partial
        } else {
            MatchOutcome::Full
        };
        let confidence = if outcome == MatchOutcome::Full { exact_conf } else { other_conf };
        MatchDecision {
            outcome,
            confidence,
            reason,
            shares,
            surplus: Money::from_minor(remaining, currency),
            covers_debtor_claims,
            suggestions: Vec::new(),
        }
    }

    fn apply(&mut self, idx: usize, take: i64, shares: &mut Vec<ClaimShare>, remaining: &mut i64, currency: Currency) {
        self.outstanding[idx] -= take;
        *remaining -= take;
        let id = self.claims[idx].id;
        match shares.iter_mut().find(|s| s.claim == id) {
            Some(s) => s.amount = Money::from_minor(s.amount.minor() + take, currency),
            None => shares.push(ClaimShare { claim: id, amount: Money::from_minor(take, currency) }),
        }
    }

    fn unmatched(
        &self,
        payment: &IncomingPayment,
        reason: MatchReason,
        mut suggestions: Vec<Suggestion>,
    ) -> MatchDecision {
        if payment.amount.minor() > 0 {
            for i in self.same_amount(payment.amount, 5) {
                let claim = self.claims[i as usize].id;
                if !suggestions.iter().any(|s| s.claim == claim) {
                    suggestions.push(Suggestion { claim, why: SuggestionReason::SameAmount });
                }
            }
        }
        MatchDecision {
            outcome: MatchOutcome::Unmatched,
            confidence: 0,
            reason,
            shares: Vec::new(),
            surplus: payment.amount,
            covers_debtor_claims: false,
            suggestions,
        }
    }
}

/// Whether a numeric reference fails both the Luhn and the MOD11 check (a KID may use either).
fn reference_check_fails(text: &str) -> bool {
    let t = text.trim();
    let Some(last) = t.chars().last() else {
        return true;
    };
    let body: Vec<u8> = t[..t.len() - last.len_utf8()].bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
    if body.is_empty() {
        return true;
    }
    let luhn = last.is_ascii_digit() && crate::ident::checksum::luhn_check_digit(&body) == last as u8 - b'0';
    let mod11 = match crate::ident::checksum::mod11_cyclic(&body) {
        crate::ident::checksum::Mod11::Digit(d) => last.is_ascii_digit() && d == last as u8 - b'0',
        crate::ident::checksum::Mod11::Ten => last == '-',
    };
    !(luhn || mod11)
}

/// A number found in free text that may be an invoice number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceMention {
    pub number: String,
    /// It followed an invoice keyword (faktura, fakt.nr, invoice, ...), possibly in a list.
    pub after_keyword: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TextState {
    Neutral,
    Invoice,
    Other,
}

/// Pulls candidate invoice numbers out of payer text: "Faktnr: 63600" gives 63600 after a
/// keyword; "KUNDNR 4325 FAKTURA 63890" gives only 63890 after a keyword and skips the customer
/// number; a lone "63600" is a bare candidate. Numbers shorter than 3 digits are ignored.
pub fn invoice_numbers_in_text(text: &str) -> Vec<InvoiceMention> {
    let mut out = Vec::new();
    let mut state = TextState::Neutral;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let run = &text[start..i];
            if (3..=25).contains(&run.len()) {
                match state {
                    TextState::Invoice => out.push(InvoiceMention { number: run.to_string(), after_keyword: true }),
                    TextState::Neutral => out.push(InvoiceMention { number: run.to_string(), after_keyword: false }),
                    // A number right after "kundnr" or "order" is that, not an invoice; the
                    // state falls back to neutral so a later bare number still counts.
                    TextState::Other => state = TextState::Neutral,
                }
            }
        } else if c.is_ascii_alphabetic() || c >= 0x80 {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphabetic() || bytes[i] >= 0x80) {
                i += 1;
            }
            let word = text[start..i].to_ascii_uppercase();
            state = classify_word(&word, state);
        } else {
            i += 1;
        }
    }
    out
}

fn classify_word(word: &str, state: TextState) -> TextState {
    const INVOICE: [&str; 5] = ["FAKT", "FAKTNR", "FNR", "INV", "INVOICE"];
    const NEUTRAL: [&str; 12] =
        ["NR", "NO", "NUM", "NUMMER", "NUMBER", "OCH", "OG", "AND", "SAMT", "PLUS", "REF", "NUMRE"];
    if word.starts_with("FAKTUR") || INVOICE.contains(&word) || word.starts_with("INVOICE") {
        return TextState::Invoice;
    }
    if NEUTRAL.contains(&word) {
        return state;
    }
    if word.starts_with("KUND")
        || word.starts_with("CUST")
        || word.starts_with("ORD")
        || word == "KNR"
        || word.starts_with("AVTAL")
        || word.starts_with("MEDLEM")
        || word.starts_with("ORG")
        || word == "TEL"
        || word == "TLF"
    {
        return TextState::Other;
    }
    TextState::Neutral
}
