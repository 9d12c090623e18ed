//! The JSON shapes of Purr's resources, shared by the CLI's `--json` output and the HTTP API.
//! Keep them stable: other tools read them. Money is always integer minor units plus currency.
//!
//! Each shape is a typed struct that serialises to the wire format and also describes itself
//! to the OpenAPI document (`ToSchema`), so the document and the bytes sent cannot disagree.

use domain::{Balance, Creditor, Debtor, Entry, EntryKind};
use serde::Serialize;
use store::ClaimView;
use utoipa::ToSchema;

/// What a claim owes, per component, in minor units of `currency`.
#[derive(Debug, Serialize, ToSchema)]
pub struct BalanceJson {
    pub principal_minor: i64,
    pub fees_minor: i64,
    pub interest_minor: i64,
    /// Money the debtor has paid beyond what was owed (a negative balance held for them).
    pub credit_minor: i64,
    /// Principal + fees + interest − credit.
    pub outstanding_minor: i64,
    pub currency: String,
}

pub fn balance(b: &Balance) -> BalanceJson {
    BalanceJson {
        principal_minor: b.principal.minor(),
        fees_minor: b.fees.minor(),
        interest_minor: b.interest.minor(),
        credit_minor: b.credit.minor(),
        outstanding_minor: b.outstanding().map(|m| m.minor()).unwrap_or(i64::MAX),
        currency: b.principal.currency().code().to_string(),
    }
}

/// One claim (usually one invoice) and its balance.
#[derive(Debug, Serialize, ToSchema)]
pub struct ClaimJson {
    pub id: i64,
    pub creditor_id: i64,
    pub debtor_id: i64,
    /// The creditor's own number for the debtor.
    pub customer_number: String,
    pub debtor_name: String,
    pub invoice_number: String,
    /// YYYY-MM-DD
    pub issue_date: String,
    /// YYYY-MM-DD
    pub due_date: String,
    /// Whether the due date was agreed in advance (it decides when late interest starts).
    pub due_date_agreed: bool,
    pub currency: String,
    pub principal_minor: i64,
    /// OCR (SE) or KID (NO) reference the debtor pays with.
    pub payment_reference: Option<String>,
    /// The contract's interest rate in percent per year, as a decimal string.
    pub contract_rate_percent: Option<String>,
    /// One of open, notified, reminded, warned, demanded, promise_to_pay, payment_plan,
    /// postponed, disputed, handed_over, paid, written_off, credited.
    pub state: String,
    pub balance: BalanceJson,
}

pub fn claim(v: &ClaimView) -> ClaimJson {
    let c = &v.claim;
    ClaimJson {
        id: c.id.0,
        creditor_id: c.creditor_id.0,
        debtor_id: c.debtor_id.0,
        customer_number: v.debtor_external_id.clone(),
        debtor_name: v.debtor_name.clone(),
        invoice_number: c.invoice_number.clone(),
        issue_date: c.issue_date.to_string(),
        due_date: c.due_date.to_string(),
        due_date_agreed: c.due_date_agreed,
        currency: c.principal.currency().code().to_string(),
        principal_minor: c.principal.minor(),
        payment_reference: c.payment_reference.clone(),
        contract_rate_percent: c.contract_rate_percent.map(|r| r.to_string()),
        state: c.state.code().to_string(),
        balance: balance(&v.balance),
    }
}

/// One ledger entry. Entries are never changed; a correction is a `reversal` pointing at the
/// entry it reverses.
#[derive(Debug, Serialize, ToSchema)]
pub struct EntryJson {
    pub id: i64,
    pub claim_id: i64,
    /// principal, credit_note, fee, interest, payment, write_off, refund or reversal.
    pub kind: String,
    /// For fees: which fee (e.g. reminder_fee, collection_demand_fee).
    pub fee_kind: Option<String>,
    /// For reversals: the id of the entry reversed.
    pub reverses: Option<i64>,
    /// principal, fees, interest or credit.
    pub component: String,
    /// Positive increases what is owed, negative reduces it.
    pub amount_minor: i64,
    pub currency: String,
    /// YYYY-MM-DD
    pub effective_date: String,
    /// Why the entry was booked, in words (fees and interest carry the law's reason).
    pub reason: String,
}

pub fn entry(e: &Entry) -> EntryJson {
    let (kind, fee, reverses) = match e.kind {
        EntryKind::Fee { fee } => ("fee", Some(fee.code().to_string()), None),
        EntryKind::Reversal { of } => ("reversal", None, Some(of.0)),
        EntryKind::Principal => ("principal", None, None),
        EntryKind::CreditNote => ("credit_note", None, None),
        EntryKind::Interest => ("interest", None, None),
        EntryKind::Payment => ("payment", None, None),
        EntryKind::WriteOff => ("write_off", None, None),
        EntryKind::Refund => ("refund", None, None),
    };
    EntryJson {
        id: e.id.0,
        claim_id: e.claim_id.0,
        kind: kind.to_string(),
        fee_kind: fee,
        reverses,
        component: e.component.code().to_string(),
        amount_minor: e.amount.minor(),
        currency: e.amount.currency().code().to_string(),
        effective_date: e.effective_date.to_string(),
        reason: e.reason.clone(),
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AddressJson {
    pub street: String,
    pub postal_code: String,
    pub city: String,
    /// ISO 3166 two-letter country code.
    pub country: String,
}

/// A person or business that owes a creditor money.
#[derive(Debug, Serialize, ToSchema)]
pub struct DebtorJson {
    pub id: i64,
    pub creditor_id: i64,
    pub customer_number: String,
    /// consumer or business
    pub kind: String,
    pub name: String,
    /// Personnummer, organisationsnummer, fødselsnummer or organisasjonsnummer.
    pub national_id: Option<String>,
    pub address: AddressJson,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Language code, e.g. sv, nb, en.
    pub language: String,
    /// Channels in order of preference: email, sms, letter, ebox.
    pub channels: Vec<String>,
}

pub fn debtor(d: &Debtor) -> DebtorJson {
    DebtorJson {
        id: d.id.0,
        creditor_id: d.creditor_id.0,
        customer_number: d.external_id.clone(),
        kind: d.kind.code().to_string(),
        name: d.name.clone(),
        national_id: d.national_id.clone(),
        address: AddressJson {
            street: d.address.street.clone(),
            postal_code: d.address.postal_code.clone(),
            city: d.address.city.clone(),
            country: d.address.country.clone(),
        },
        email: d.email.clone(),
        phone: d.phone.clone(),
        language: d.language.as_str().to_string(),
        channels: d.channels.iter().map(|c| c.code().to_string()).collect(),
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BankJson {
    pub bankgiro: Option<String>,
    pub plusgiro: Option<String>,
    /// Norwegian account number (11 digits).
    pub no_account: Option<String>,
    pub iban: Option<String>,
    pub bic: Option<String>,
}

/// The business that owns the claims (the tenant).
#[derive(Debug, Serialize, ToSchema)]
pub struct CreditorJson {
    pub id: i64,
    pub legal_name: String,
    pub org_number: String,
    /// SE or NO
    pub jurisdiction: String,
    pub default_language: String,
    pub bank: BankJson,
    /// se-ocr, se-ocr-length, no-kid-mod10 or no-kid-mod11.
    pub reference_scheme: String,
    /// Whether consumers agreed to a reminder fee in advance (SE: required for charging one).
    pub reminder_fee_agreed: bool,
    /// Payment allocation order: costs_interest_principal or principal_first.
    pub allocation_order: String,
    /// Whether the steps of one day for one debtor go out as one letter naming every claim (case
    /// merging): always for NO creditors (the law), the creditor's choice for SE (set with
    /// `PUT /api/v1/case-policy` or `purr creditors set --merge-letters`).
    pub merge_letters: bool,
}

/// A creditor as JSON; `merge_letters_chosen` is its stored choice (`CasePolicy::merge_letters`).
pub fn creditor(c: &Creditor, merge_letters_chosen: bool) -> CreditorJson {
    CreditorJson {
        id: c.id.0,
        legal_name: c.legal_name.clone(),
        org_number: c.org_number.clone(),
        jurisdiction: c.jurisdiction.code().to_string(),
        default_language: c.default_language.as_str().to_string(),
        bank: BankJson {
            bankgiro: c.bank.bankgiro.clone(),
            plusgiro: c.bank.plusgiro.clone(),
            no_account: c.bank.no_account.clone(),
            iban: c.bank.iban.clone(),
            bic: c.bank.bic.clone(),
        },
        reference_scheme: c.reference_scheme.code().to_string(),
        reminder_fee_agreed: c.reminder_fee_agreed,
        allocation_order: c.allocation_order.code().to_string(),
        merge_letters: domain::dunning::merge_letters(c.jurisdiction, merge_letters_chosen).merge,
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MatchedShareJson {
    pub claim_id: i64,
    pub amount_minor: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SuggestionJson {
    pub claim_id: i64,
    /// Why this claim might be the one, in words.
    pub why: String,
}

/// One line of a bank file and what became of it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PaymentJson {
    pub id: i64,
    pub creditor_id: i64,
    pub file_id: i64,
    /// The line in the bank file.
    pub line: i64,
    pub kind: String,
    pub bank_ref: Option<String>,
    pub amount_minor: i64,
    pub currency: String,
    pub booking_date: Option<String>,
    pub reference: Option<String>,
    pub payer_name: Option<String>,
    pub message: Option<String>,
    /// matched, partial, overpaid, unmatched or resolved.
    pub status: String,
    /// The matcher's confidence, 0–100.
    pub confidence: i64,
    pub reason: String,
    pub matched: Vec<MatchedShareJson>,
    /// What was left over and held as the debtor's credit.
    pub credit_minor: i64,
    pub suggestions: Vec<SuggestionJson>,
    pub resolved_at: Option<String>,
}

/// The JSON shape of a stored payment, shared with the HTTP API.
pub fn payment(p: &store::PaymentView) -> PaymentJson {
    PaymentJson {
        id: p.id,
        creditor_id: p.creditor_id.0,
        file_id: p.file_id,
        line: p.line,
        kind: p.kind.clone(),
        bank_ref: p.bank_ref.clone(),
        amount_minor: p.amount.minor(),
        currency: p.amount.currency().code().to_string(),
        booking_date: p.booking_date.map(|d| d.to_string()),
        reference: p.reference.clone(),
        payer_name: p.payer_name.clone(),
        message: p.message.clone(),
        status: p.status.code().to_string(),
        confidence: p.confidence,
        reason: p.reason.clone(),
        matched: p
            .matched
            .iter()
            .map(|m| MatchedShareJson { claim_id: m.claim.0, amount_minor: m.amount.minor() })
            .collect(),
        credit_minor: p.credit.minor(),
        suggestions: p.suggestions.iter().map(|s| SuggestionJson { claim_id: s.claim.0, why: s.why.clone() }).collect(),
        resolved_at: p.resolved_at.clone(),
    }
}

/// Every API error: a stable `code` to branch on and a `message` for the engineer reading it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorJson {
    pub error: ErrorDetailJson,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetailJson {
    /// unauthorized, forbidden, not_found, invalid, bad_json, not_json, too_large, conflict,
    /// ledger_rule or internal.
    pub code: String,
    pub message: String,
    /// For `invalid`: a list of `{field, problem}`; for `conflict`: what it conflicts with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<serde_json::Value>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HealthJson {
    /// Always `ok` when the server answers 200.
    pub status: String,
    /// sqlite or postgres
    pub database: String,
    pub version: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CreditorListJson {
    pub items: Vec<CreditorJson>,
}

/// A page of debtors; `next_after` is the `after` for the next page, or null at the end.
#[derive(Debug, Serialize, ToSchema)]
pub struct DebtorListJson {
    pub items: Vec<DebtorJson>,
    pub next_after: Option<i64>,
}

/// A page of claims; `next_after` is the `after` for the next page, or null at the end.
#[derive(Debug, Serialize, ToSchema)]
pub struct ClaimListJson {
    pub items: Vec<ClaimJson>,
    pub next_after: Option<i64>,
}

/// A page of payments; `next_after` is the `after` for the next page, or null at the end.
#[derive(Debug, Serialize, ToSchema)]
pub struct PaymentListJson {
    pub items: Vec<PaymentJson>,
    pub next_after: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LedgerJson {
    pub claim_id: i64,
    pub entries: Vec<EntryJson>,
    pub balance: BalanceJson,
}

/// Entries just booked (or found booked under the same idempotency key) and the claim after.
#[derive(Debug, Serialize, ToSchema)]
pub struct BookedJson {
    pub entries: Vec<EntryJson>,
    pub claim: ClaimJson,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ResolvedJson {
    pub payment: PaymentJson,
    pub entries: Vec<EntryJson>,
    pub claim: ClaimJson,
}
