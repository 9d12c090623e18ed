//! Peppol BIS Billing 3.0 and EHF 3 invoices (UBL 2.1 `Invoice`) as claims for
//! `purr claims import`.
//!
//! One file holds one invoice, bare or inside a Peppol envelope (SBDH,
//! `StandardBusinessDocument`). What Purr reads, by UBL path and EN 16931 business term:
//!
//! | Claim field | UBL element | Term |
//! |---|---|---|
//! | invoice number | `cbc:ID` | BT-1 |
//! | issue date, due date | `cbc:IssueDate`, `cbc:DueDate` (required here) | BT-2, BT-9 |
//! | currency | `cbc:DocumentCurrencyCode` | BT-5 |
//! | amount | `cac:LegalMonetaryTotal/cbc:PayableAmount` | BT-115 |
//! | payment reference (OCR/KID) | `cac:PaymentMeans/cbc:PaymentID` | BT-83 |
//! | customer number | buyer's `cac:PartyIdentification/cbc:ID`, else its `cbc:EndpointID` | BT-46, BT-49 |
//! | debtor name | buyer's `cac:PartyName/cbc:Name`, else its legal `cbc:RegistrationName` | BT-45, BT-44 |
//! | organisation number | buyer's `cac:PartyLegalEntity/cbc:CompanyID` | BT-47 |
//! | address | buyer's `cac:PostalAddress` (street, additional street, city, postal zone, country) | BT-50–55 |
//! | e-mail, phone | buyer's `cac:Contact/cbc:ElectronicMail`, `cbc:Telephone` | BT-58, BT-57 |
//!
//! A buyer with an organisation number (BT-47, or an endpoint under the Swedish 0007 or
//! Norwegian 0192 scheme) is a business; any other buyer is treated as a consumer, whose debts
//! the law protects more. The totals must agree (BR-CO-16: amount due = total with VAT − paid
//! amount + rounding), every amount must be in the document currency, and a seller that names
//! an organisation number must be the creditor importing the file. A UBL `CreditNote` is refused
//! with a pointer to the credit-note API: it reduces a claim, it does not make one.
//!
//! Errors name the line and the UBL element. The parser never panics, refuses files over
//! [`MAX_BYTES`], does not expand entities declared in a DOCTYPE, and reads no more of the input
//! than the tokenizer needs.

use crate::claim_fields::{self, MAX_CHARS};
use crate::claims_csv::{ClaimRow, Defaults, ParsedClaims, RowError};
use crate::xml::{self, Lexer, Tok};
use domain::{Channel, ClaimInput, Currency, DebtorInput, DebtorKind, Money, PostalAddress};

/// The largest file read (an invoice with embedded attachments is a few megabytes).
pub const MAX_BYTES: usize = 32 << 20;

const INVOICE_NS: &str = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
const CREDIT_NOTE_NS: &str = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

/// Whether bytes look like XML rather than CSV: the first thing after an optional byte-order
/// mark and white space is `<`.
pub fn looks_like_xml(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<')
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Id,
    IssueDate,
    DueDate,
    TypeCode,
    Currency,
    SellerCompanyId,
    SellerEndpoint,
    BuyerEndpoint,
    BuyerPartyId,
    BuyerName,
    BuyerRegistrationName,
    BuyerCompanyId,
    Street,
    AdditionalStreet,
    City,
    PostalZone,
    Country,
    Email,
    Phone,
    PaymentId,
    PayableAmount,
    TaxInclusiveAmount,
    PrepaidAmount,
    RoundingAmount,
}

const FIELDS: usize = 24;

/// Paths below the `Invoice` element (local names joined by '/'), the field each holds, and its
/// EN 16931 business term.
const PATHS: [(&str, Field, &str); FIELDS] = [
    ("ID", Field::Id, "BT-1"),
    ("IssueDate", Field::IssueDate, "BT-2"),
    ("DueDate", Field::DueDate, "BT-9"),
    ("InvoiceTypeCode", Field::TypeCode, "BT-3"),
    ("DocumentCurrencyCode", Field::Currency, "BT-5"),
    ("AccountingSupplierParty/Party/PartyLegalEntity/CompanyID", Field::SellerCompanyId, "BT-30"),
    ("AccountingSupplierParty/Party/EndpointID", Field::SellerEndpoint, "BT-34"),
    ("AccountingCustomerParty/Party/EndpointID", Field::BuyerEndpoint, "BT-49"),
    ("AccountingCustomerParty/Party/PartyIdentification/ID", Field::BuyerPartyId, "BT-46"),
    ("AccountingCustomerParty/Party/PartyName/Name", Field::BuyerName, "BT-45"),
    ("AccountingCustomerParty/Party/PartyLegalEntity/RegistrationName", Field::BuyerRegistrationName, "BT-44"),
    ("AccountingCustomerParty/Party/PartyLegalEntity/CompanyID", Field::BuyerCompanyId, "BT-47"),
    ("AccountingCustomerParty/Party/PostalAddress/StreetName", Field::Street, "BT-50"),
    ("AccountingCustomerParty/Party/PostalAddress/AdditionalStreetName", Field::AdditionalStreet, "BT-51"),
    ("AccountingCustomerParty/Party/PostalAddress/CityName", Field::City, "BT-52"),
    ("AccountingCustomerParty/Party/PostalAddress/PostalZone", Field::PostalZone, "BT-53"),
    ("AccountingCustomerParty/Party/PostalAddress/Country/IdentificationCode", Field::Country, "BT-55"),
    ("AccountingCustomerParty/Party/Contact/ElectronicMail", Field::Email, "BT-58"),
    ("AccountingCustomerParty/Party/Contact/Telephone", Field::Phone, "BT-57"),
    ("PaymentMeans/PaymentID", Field::PaymentId, "BT-83"),
    ("LegalMonetaryTotal/PayableAmount", Field::PayableAmount, "BT-115"),
    ("LegalMonetaryTotal/TaxInclusiveAmount", Field::TaxInclusiveAmount, "BT-112"),
    ("LegalMonetaryTotal/PrepaidAmount", Field::PrepaidAmount, "BT-113"),
    ("LegalMonetaryTotal/PayableRoundingAmount", Field::RoundingAmount, "BT-114"),
];

impl Field {
    /// The element's name in messages: its path and business term.
    fn label(self) -> String {
        let (path, _, term) = PATHS.iter().find(|(_, f, _)| *f == self).copied().unwrap_or(("", self, ""));
        format!("{path} ({term})")
    }
}

/// One element's text, its `currencyID` or `schemeID` attribute, and the line it starts on.
#[derive(Debug, Clone, Default)]
struct Value {
    text: String,
    attr: Option<String>,
    line: u64,
}

/// What the walk over the document collected.
#[derive(Debug, Default)]
struct Collected {
    values: [Option<Value>; FIELDS],
    /// Line of the `Invoice` element, for problems with something missing.
    invoice_line: u64,
}

/// Counts lines up to byte offsets that only grow.
struct Lines<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: u64,
}

impl Lines<'_> {
    fn at(&mut self, offset: usize) -> u64 {
        let to = offset.min(self.bytes.len());
        if to > self.offset {
            self.line += memchr::memchr_iter(b'\n', &self.bytes[self.offset..to]).count() as u64;
            self.offset = to;
        }
        self.line
    }
}

fn error(line: u64, field: impl Into<String>, problem: impl Into<String>) -> RowError {
    RowError { line, field: field.into(), problem: problem.into() }
}

/// Parses one UBL invoice into a claim, or every problem found. `creditor_org` is the
/// organisation number of the creditor importing it: a seller naming another is refused.
pub fn parse(bytes: &[u8], defaults: &Defaults, creditor_org: &str) -> ParsedClaims {
    let mut out = ParsedClaims::default();
    match collect(bytes) {
        Ok(collected) => match claim(&collected, defaults, creditor_org) {
            Ok(claim) => out.rows.push(ClaimRow { line: collected.invoice_line, claim }),
            Err(mut errors) => out.errors.append(&mut errors),
        },
        Err(e) => out.errors.push(e),
    }
    out
}

fn collect(bytes: &[u8]) -> Result<Collected, RowError> {
    if bytes.len() > MAX_BYTES {
        return Err(error(
            1,
            "file",
            format!("is {} bytes; an invoice file may hold at most {MAX_BYTES}", bytes.len()),
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut lines = Lines { bytes, offset: 0, line: 1 };
    let text = std::str::from_utf8(bytes)
        .map_err(|e| error(lines.at(e.valid_up_to()), "file", "is not valid UTF-8 (UBL invoices are UTF-8)"))?;
    let mut lexer = Lexer::new(text);
    let mut out = Collected::default();
    // Local names from the root element down to the current one.
    let mut stack: Vec<&str> = Vec::new();
    // How deep the Invoice element is (0 bare, 1 inside an SBDH envelope) once found.
    let mut invoice_depth: Option<usize> = None;
    // The field whose text is being read, and the depth its element opened at.
    let mut reading: Option<(Field, usize)> = None;
    loop {
        let at = lexer.offset();
        let tok = lexer
            .next_tok()
            .map_err(|e| error(lines.at(e.offset), "xml", format!("the file is not well-formed XML: {}", e.message)))?;
        match tok {
            Tok::Eof => break,
            Tok::Start { name, attrs, .. } | Tok::Leaf { name, attrs, .. } => {
                let name = std::str::from_utf8(name).unwrap_or("");
                let line = lines.at(at);
                // A leaf brings its text along and closes at once, as an empty element does.
                let (text, closed) = match tok {
                    Tok::Leaf { text, .. } => (Some(text), true),
                    Tok::Start { empty, .. } => (None, empty),
                    _ => (None, true),
                };
                if let Some(field) = open(&mut stack, &mut invoice_depth, &mut out, name, lexer.str(attrs), line)? {
                    start_value(&mut out, field, lexer.str(attrs), line);
                    match text {
                        Some(text) => append(&mut out, field, lexer.str(text), false),
                        None if !closed => reading = Some((field, stack.len())),
                        None => {}
                    }
                }
                if closed {
                    stack.pop();
                }
            }
            Tok::Text { span, .. } | Tok::CData(span) => {
                let entities = matches!(tok, Tok::Text { entities: true, .. });
                if let Some((field, depth)) = reading
                    && depth == stack.len()
                {
                    append(&mut out, field, lexer.str(span), entities);
                }
            }
            Tok::End => {
                if reading.is_some_and(|(_, depth)| depth == stack.len()) {
                    reading = None;
                }
                stack.pop();
                if invoice_depth.is_some_and(|d| stack.len() <= d) {
                    // The invoice is closed; nothing after it belongs to the claim.
                    break;
                }
            }
        }
    }
    if invoice_depth.is_none() {
        return Err(error(1, "file", "holds no UBL Invoice element"));
    }
    Ok(out)
}

/// Pushes an element; finds the invoice on the way down and says which field, if any, this
/// element is.
fn open<'a>(
    stack: &mut Vec<&'a str>,
    invoice_depth: &mut Option<usize>,
    out: &mut Collected,
    name: &'a str,
    attrs: &str,
    line: u64,
) -> Result<Option<Field>, RowError> {
    let depth = stack.len();
    stack.push(name);
    let Some(base) = *invoice_depth else {
        let namespaces = || xml::attributes(attrs).filter(|(k, _)| k.starts_with("xmlns")).map(|(_, v)| v);
        match (depth, name) {
            (0, "StandardBusinessDocument") => return Ok(None),
            (1, _) if stack[0] == "StandardBusinessDocument" && name == "StandardBusinessDocumentHeader" => {
                return Ok(None);
            }
            (0 | 1, "Invoice") if namespaces().any(|ns| ns == INVOICE_NS) => {
                *invoice_depth = Some(depth);
                out.invoice_line = line;
                return Ok(None);
            }
            (0 | 1, "Invoice") => {
                return Err(error(line, "Invoice", format!("is not in the UBL 2 invoice namespace ({INVOICE_NS})")));
            }
            (0 | 1, "CreditNote") if namespaces().any(|ns| ns == CREDIT_NOTE_NS) => {
                return Err(error(
                    line,
                    "CreditNote",
                    "a credit note reduces a claim that exists; book it with POST /api/v1/claims/{id}/credit-notes",
                ));
            }
            (1, _) if stack[0] == "StandardBusinessDocument" => {
                return Err(error(line, "Invoice", format!("the envelope holds {}, not a UBL Invoice", shown(name))));
            }
            _ if depth >= 2 => return Ok(None),
            _ => {
                return Err(error(
                    line,
                    "Invoice",
                    format!(
                        "is not a UBL invoice: the document is {}; Purr reads Peppol BIS Billing 3 and EHF invoices \
                         (UBL 2.1 Invoice)",
                        shown(name)
                    ),
                ));
            }
        }
    };
    // Paths are matched below the Invoice element.
    let below = &stack[base + 1..];
    Ok(PATHS.iter().find(|(path, ..)| path.split('/').eq(below.iter().copied())).map(|(_, field, _)| *field))
}

/// An element name for a message: at most 40 characters, control characters escaped.
fn shown(name: &str) -> String {
    let short: String = name.chars().take(40).collect();
    format!("<{}>", short.escape_debug())
}

fn start_value(out: &mut Collected, field: Field, attrs: &str, line: u64) {
    let slot = &mut out.values[field as usize];
    // The first occurrence counts (a second PaymentMeans, say, is an alternative).
    if slot.as_ref().is_some_and(|v| !v.text.trim().is_empty()) {
        return;
    }
    let attr = xml::attributes(attrs)
        .find(|(k, _)| matches!(*k, "currencyID" | "schemeID"))
        .map(|(_, v)| v.chars().take(40).collect());
    *slot = Some(Value { text: String::new(), attr, line });
}

fn append(out: &mut Collected, field: Field, raw: &str, entities: bool) {
    if let Some(value) = out.values[field as usize].as_mut()
        && value.text.len() <= MAX_CHARS * 4
    {
        if entities {
            xml::push_text(&mut value.text, raw);
        } else {
            value.text.push_str(raw);
        }
    }
}

/// The claim the collected values describe, or every problem with them.
fn claim(c: &Collected, defaults: &Defaults, creditor_org: &str) -> Result<ClaimInput, Vec<RowError>> {
    let mut errors = Vec::new();
    let value = |f: Field| c.values[f as usize].as_ref().filter(|v| !v.text.trim().is_empty());
    let line_of = |f: Field| value(f).map_or(c.invoice_line, |v| v.line);
    // The trimmed text of a field, checked for length and control characters.
    let text = |f: Field, errors: &mut Vec<RowError>| -> Option<String> {
        let v = value(f)?;
        let t = v.text.trim();
        if t.chars().count() > MAX_CHARS {
            errors.push(error(v.line, f.label(), format!("is longer than {MAX_CHARS} characters")));
            return None;
        }
        if t.chars().any(|ch| ch.is_control() && ch != '\t' && ch != '\n' && ch != '\r') {
            errors.push(error(v.line, f.label(), "contains control characters"));
            return None;
        }
        Some(t.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    let required = |f: Field, why: &str, errors: &mut Vec<RowError>| -> Option<String> {
        let t = text(f, errors);
        if t.is_none() && value(f).is_none() {
            errors.push(error(c.invoice_line, f.label(), format!("is missing; {why}")));
        }
        t
    };
    let invoice_number = required(Field::Id, "it is the invoice number", &mut errors);
    // A field's check, its problem noted at the field's line.
    let checked = |f: Field, r: Result<(), String>, errors: &mut Vec<RowError>| {
        if let Err(problem) = r {
            errors.push(error(line_of(f), f.label(), problem));
        }
    };
    let date = |f: Field, t: Option<String>, errors: &mut Vec<RowError>| {
        claim_fields::date(&t?).map_err(|problem| errors.push(error(line_of(f), f.label(), problem))).ok()
    };
    let issue = required(Field::IssueDate, "it is the invoice date", &mut errors);
    let issue_date = date(Field::IssueDate, issue, &mut errors);
    let due = required(Field::DueDate, "Purr needs the due date to know when the invoice is overdue", &mut errors);
    let due_date = date(Field::DueDate, due, &mut errors);
    if let (Some(i), Some(d)) = (issue_date, due_date) {
        checked(Field::DueDate, claim_fields::due_after_issue(i, d), &mut errors);
    }
    if let Some(code) = text(Field::TypeCode, &mut errors)
        && code == "381"
    {
        errors.push(error(
            line_of(Field::TypeCode),
            Field::TypeCode.label(),
            "381 is a credit note; book it with POST /api/v1/claims/{id}/credit-notes",
        ));
    }
    let currency = required(Field::Currency, "it is the invoice's currency", &mut errors).and_then(|t| {
        t.parse::<Currency>()
            .map_err(|e| errors.push(error(line_of(Field::Currency), Field::Currency.label(), e.to_string())))
            .ok()
    });
    let payable = required(Field::PayableAmount, "it is the amount to pay", &mut errors);
    let amount = |f: Field, t: Option<String>, errors: &mut Vec<RowError>| -> Option<Money> {
        let (t, currency) = (t?, currency?);
        if let Some(attr) = value(f).and_then(|v| v.attr.as_deref())
            && attr != currency.code()
        {
            errors.push(error(line_of(f), f.label(), format!("is in {attr}, the invoice in {currency}")));
            return None;
        }
        Money::parse(&t, currency).map_err(|e| errors.push(error(line_of(f), f.label(), e.to_string()))).ok()
    };
    let principal = amount(Field::PayableAmount, payable, &mut errors);
    if let Some(p) = principal
        && !p.is_positive()
    {
        errors.push(error(
            line_of(Field::PayableAmount),
            Field::PayableAmount.label(),
            format!("is {}: nothing is left to pay, so there is no claim", p.to_decimal_string()),
        ));
    }
    // BR-CO-16: amount due = total with VAT − paid amount + rounding.
    let with_vat = text(Field::TaxInclusiveAmount, &mut errors);
    let with_vat = amount(Field::TaxInclusiveAmount, with_vat, &mut errors);
    let prepaid = text(Field::PrepaidAmount, &mut errors);
    let prepaid = amount(Field::PrepaidAmount, prepaid, &mut errors);
    let rounding = text(Field::RoundingAmount, &mut errors);
    let rounding = amount(Field::RoundingAmount, rounding, &mut errors);
    if let (Some(p), Some(total)) = (principal, with_vat) {
        let expected = total.minor() - prepaid.map_or(0, Money::minor) + rounding.map_or(0, Money::minor);
        if expected != p.minor() {
            errors.push(error(
                line_of(Field::PayableAmount),
                Field::PayableAmount.label(),
                format!(
                    "is {} but the totals say {} (total with VAT − paid amount + rounding, rule BR-CO-16); the file \
                     contradicts itself",
                    p.to_decimal_string(),
                    domain::money::format_minor(expected)
                ),
            ));
        }
    }

    // The seller, where it names itself, must be the creditor importing the file.
    let seller = text(Field::SellerCompanyId, &mut errors).map(|t| (Field::SellerCompanyId, t)).or_else(|| {
        let v = value(Field::SellerEndpoint)?;
        matches!(v.attr.as_deref(), Some("0007" | "0192")).then(|| (Field::SellerEndpoint, v.text.trim().to_string()))
    });
    let own = org_digits(creditor_org);
    if let Some((f, seller)) = seller
        && !own.is_empty()
        && org_digits(&seller) != own
    {
        errors.push(error(
            line_of(f),
            f.label(),
            format!(
                "the seller {seller} is not this creditor ({own}); import the invoice for the creditor who issued it"
            ),
        ));
    }

    // The buyer.
    let endpoint = value(Field::BuyerEndpoint).map(|v| (v.text.trim().to_string(), v.attr.clone()));
    let company_id = text(Field::BuyerCompanyId, &mut errors).or_else(|| {
        endpoint.as_ref().filter(|(_, s)| matches!(s.as_deref(), Some("0007" | "0192"))).map(|(e, _)| e.clone())
    });
    let customer_number = text(Field::BuyerPartyId, &mut errors)
        .or_else(|| endpoint.as_ref().map(|(e, _)| e.clone()))
        .or(company_id.clone());
    if customer_number.is_none() && value(Field::BuyerPartyId).is_none() {
        errors.push(error(
            c.invoice_line,
            Field::BuyerPartyId.label(),
            "the buyer has no identifier (PartyIdentification, EndpointID or CompanyID) to keep as customer number",
        ));
    }
    let name = text(Field::BuyerName, &mut errors).or_else(|| text(Field::BuyerRegistrationName, &mut errors));
    if name.is_none() && value(Field::BuyerName).is_none() && value(Field::BuyerRegistrationName).is_none() {
        errors.push(error(
            c.invoice_line,
            Field::BuyerName.label(),
            "the buyer has no name (PartyName or RegistrationName)",
        ));
    }
    let email = text(Field::Email, &mut errors);
    if let Some(e) = &email {
        checked(Field::Email, claim_fields::email(e), &mut errors);
    }
    let country = match text(Field::Country, &mut errors).map(|c| claim_fields::country(&c)) {
        None => defaults.country.clone(),
        Some(Ok(c)) => c,
        Some(Err(problem)) => {
            errors.push(error(line_of(Field::Country), Field::Country.label(), problem));
            defaults.country.clone()
        }
    };
    let payment_reference = text(Field::PaymentId, &mut errors).map(|r| r.replace(' ', ""));
    if let Some(r) = &payment_reference {
        checked(Field::PaymentId, claim_fields::payment_reference(r), &mut errors);
    }
    let street = [text(Field::Street, &mut errors), text(Field::AdditionalStreet, &mut errors)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let city = text(Field::City, &mut errors).unwrap_or_default();
    let postal_code = text(Field::PostalZone, &mut errors).unwrap_or_default();
    let phone = text(Field::Phone, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let (Some(invoice_number), Some(issue_date), Some(due_date), Some(principal), Some(external_id), Some(name)) =
        (invoice_number, issue_date, due_date, principal, customer_number, name)
    else {
        return Err(vec![error(c.invoice_line, "Invoice", "incomplete")]);
    };
    let kind = if company_id.is_some() { DebtorKind::Business } else { DebtorKind::Consumer };
    Ok(ClaimInput {
        invoice_number,
        debtor: DebtorInput {
            external_id,
            kind,
            name,
            national_id: company_id.map(|id| org_digits(&id)),
            address: PostalAddress { street, postal_code, city, country },
            email,
            phone,
            language: defaults.language.clone(),
            channels: vec![Channel::Email, Channel::Letter],
        },
        issue_date,
        due_date,
        due_date_agreed: true,
        principal,
        payment_reference,
        contract_rate_percent: None,
    })
}

/// An organisation number's digits; a Swedish VAT number (SE + number + 01) gives its number.
fn org_digits(text: &str) -> String {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let upper = text.trim().to_ascii_uppercase();
    if upper.starts_with("SE") && digits.len() == 12 && digits.ends_with("01") {
        return digits[..10].to_string();
    }
    digits
}
