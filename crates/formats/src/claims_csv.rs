//! The claims CSV that `purr claims import` reads: one invoice per row, its debtor inline.
//!
//! The header names the columns, in any order. Required: `invoice_number`, `customer_number`,
//! `debtor_name`, `issue_date`, `due_date`, `amount`, `currency`. Optional: `debtor_kind`
//! (consumer | business, default consumer), `national_id`, `street`, `postal_code`, `city`,
//! `country` (ISO alpha-2, default the creditor's), `email`, `phone`, `language` (default the
//! creditor's), `channels` (e.g. `email;letter`), `due_date_agreed` (yes | no, default yes),
//! `payment_reference`, `contract_rate` (percent per year). Dates are `YYYY-MM-DD`; amounts use
//! `.` or `,` for decimals. Separator `,` or `;` (detected from the header).
//!
//! The parser reads every row and reports every problem as `line N: field: problem`; the caller
//! writes nothing unless the list is empty. It never panics and holds no row beyond a size cap.

use domain::{Channel, ClaimInput, Currency, DebtorInput, DebtorKind, Language, Money, PostalAddress};
use rust_decimal::Decimal;
use std::collections::HashMap;

pub const COLUMNS: &[&str] = &[
    "invoice_number",
    "customer_number",
    "debtor_kind",
    "debtor_name",
    "national_id",
    "street",
    "postal_code",
    "city",
    "country",
    "email",
    "phone",
    "language",
    "channels",
    "issue_date",
    "due_date",
    "due_date_agreed",
    "amount",
    "currency",
    "payment_reference",
    "contract_rate",
];

const REQUIRED: &[&str] =
    &["invoice_number", "customer_number", "debtor_name", "issue_date", "due_date", "amount", "currency"];

use crate::claim_fields::{self, MAX_CHARS as MAX_FIELD_CHARS};

/// What the creditor's settings supply when a row leaves a field out.
#[derive(Debug, Clone)]
pub struct Defaults {
    pub language: Language,
    pub country: String,
}

/// One problem, pointing at the line (1 = header) and field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub field: String,
    pub problem: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}: {}", self.line, self.field, self.problem)
    }
}

/// A row that parsed, with the line it came from.
#[derive(Debug, Clone)]
pub struct ClaimRow {
    pub line: u64,
    pub claim: ClaimInput,
}

#[derive(Debug, Default)]
pub struct ParsedClaims {
    pub rows: Vec<ClaimRow>,
    pub errors: Vec<RowError>,
}

fn closest(name: &str) -> Option<&'static str> {
    COLUMNS.iter().copied().find(|c| {
        let (a, b) = (c.as_bytes(), name.as_bytes());
        // A cheap "did you mean": same letters give or take one.
        a.len().abs_diff(b.len()) <= 1 && a.iter().filter(|x| b.contains(x)).count() + 1 >= a.len()
    })
}

/// Parses a whole file. `progress` is called with the bytes read so far every few thousand rows.
pub fn parse(bytes: &[u8], defaults: &Defaults, progress: &mut dyn FnMut(u64)) -> ParsedClaims {
    let mut out = ParsedClaims::default();
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first_line_end = bytes.iter().position(|&b| b == b'\n').unwrap_or(bytes.len());
    let header_line = &bytes[..first_line_end];
    let delimiter =
        if header_line.iter().filter(|&&b| b == b';').count() > header_line.iter().filter(|&&b| b == b',').count() {
            b';'
        } else {
            b','
        };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).has_headers(false).from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    let header_error = |field: &str, problem: String| RowError { line: 1, field: field.into(), problem };

    // Header.
    let mut index: HashMap<&'static str, usize> = HashMap::new();
    match reader.read_byte_record(&mut record) {
        Ok(true) => {}
        Ok(false) => {
            out.errors.push(header_error("header", "the file is empty; the first line must name the columns".into()));
            return out;
        }
        Err(e) => {
            out.errors.push(header_error("header", format!("cannot be read: {e}")));
            return out;
        }
    }
    for (i, raw) in record.iter().enumerate() {
        let Ok(name) = std::str::from_utf8(raw) else {
            out.errors.push(header_error("header", format!("column {} is not valid UTF-8", i + 1)));
            continue;
        };
        let name = name.trim().to_ascii_lowercase();
        match COLUMNS.iter().find(|c| **c == name) {
            Some(c) if index.contains_key(c) => out.errors.push(header_error(c, "this column appears twice".into())),
            Some(c) => {
                index.insert(c, i);
            }
            None => {
                let shown: String = name.chars().take(40).collect();
                let hint = closest(&name).map(|c| format!(" (did you mean {c}?)")).unwrap_or_default();
                out.errors.push(header_error("header", format!("unknown column {shown:?}{hint}")));
            }
        }
    }
    for required in REQUIRED {
        if !index.contains_key(required) {
            out.errors.push(header_error(required, "missing column".into()));
        }
    }
    if !out.errors.is_empty() {
        return out;
    }

    let mut rows_read: u64 = 0;
    loop {
        let line = reader.position().line();
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                out.errors.push(RowError { line, field: "row".into(), problem: format!("cannot be read: {e}") });
                break;
            }
        }
        rows_read += 1;
        if rows_read.is_multiple_of(4096) {
            progress(reader.position().byte());
        }
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        let line = record.position().map_or(line, |p| p.line());
        match parse_row(&record, &index, defaults, line) {
            Ok(claim) => out.rows.push(ClaimRow { line, claim }),
            Err(mut errors) => out.errors.append(&mut errors),
        }
    }
    progress(bytes.len() as u64);
    out
}

fn parse_row(
    record: &csv::ByteRecord,
    index: &HashMap<&'static str, usize>,
    defaults: &Defaults,
    line: u64,
) -> Result<ClaimInput, Vec<RowError>> {
    let mut errors = Vec::new();
    let fail = |errors: &mut Vec<RowError>, field: &str, problem: String| {
        errors.push(RowError { line, field: field.into(), problem })
    };
    // Field texts by column position in COLUMNS, borrowed from the record: no copies per field.
    let mut text: [Option<&str>; COLUMNS.len()] = [None; COLUMNS.len()];
    for (&name, &i) in index {
        let raw = record.get(i).unwrap_or(b"");
        if raw.len() > MAX_FIELD_CHARS * 4 {
            fail(&mut errors, name, format!("too long ({} bytes; at most {MAX_FIELD_CHARS} characters)", raw.len()));
            continue;
        }
        match std::str::from_utf8(raw) {
            Ok(s) if s.len() > MAX_FIELD_CHARS && s.chars().count() > MAX_FIELD_CHARS => fail(
                &mut errors,
                name,
                format!("too long ({} characters; at most {MAX_FIELD_CHARS})", s.chars().count()),
            ),
            Ok(s) if s.chars().any(|c| c.is_control() && c != '\t') => {
                fail(&mut errors, name, "contains control characters".into())
            }
            Ok(s) => {
                if let Some(slot) = COLUMNS.iter().position(|c| *c == name) {
                    text[slot] = Some(s.trim());
                }
            }
            Err(e) => fail(
                &mut errors,
                name,
                format!("is not valid UTF-8 (bad byte at position {}); save the file as UTF-8", e.valid_up_to() + 1),
            ),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let get =
        |name: &str| COLUMNS.iter().position(|c| *c == name).and_then(|slot| text[slot]).filter(|s| !s.is_empty());
    let mut required = |name: &str| -> String {
        match get(name) {
            Some(v) => v.to_string(),
            None => {
                fail(&mut errors, name, "is empty".into());
                String::new()
            }
        }
    };
    let invoice_number = required("invoice_number");
    let customer_number = required("customer_number");
    let debtor_name = required("debtor_name");
    let issue_text = required("issue_date");
    let due_text = required("due_date");
    let amount_text = required("amount");
    let currency_text = required("currency");

    let date = |field: &str, value: &str, errors: &mut Vec<RowError>| -> Option<jiff::civil::Date> {
        if value.is_empty() {
            return None;
        }
        claim_fields::date(value).map_err(|problem| errors.push(RowError { line, field: field.into(), problem })).ok()
    };
    let issue_date = date("issue_date", &issue_text, &mut errors);
    let due_date = date("due_date", &due_text, &mut errors);
    if let (Some(i), Some(d)) = (issue_date, due_date)
        && let Err(problem) = claim_fields::due_after_issue(i, d)
    {
        errors.push(RowError { line, field: "due_date".into(), problem });
    }
    let currency = if currency_text.is_empty() {
        None
    } else {
        match currency_text.parse::<Currency>() {
            Ok(c) => Some(c),
            Err(e) => {
                errors.push(RowError { line, field: "currency".into(), problem: e.to_string() });
                None
            }
        }
    };
    let principal = match (currency, amount_text.is_empty()) {
        (Some(c), false) => match Money::parse(&amount_text, c) {
            Ok(m) if m.is_positive() => Some(m),
            Ok(_) => {
                errors.push(RowError {
                    line,
                    field: "amount".into(),
                    problem: format!("{amount_text} must be more than zero (send credit notes through the API)"),
                });
                None
            }
            Err(e) => {
                errors.push(RowError { line, field: "amount".into(), problem: e.to_string() });
                None
            }
        },
        _ => None,
    };
    let kind = match get("debtor_kind") {
        None => DebtorKind::Consumer,
        Some(k) => k.parse().unwrap_or_else(|problem| {
            errors.push(RowError { line, field: "debtor_kind".into(), problem });
            DebtorKind::Consumer
        }),
    };
    let language = match get("language") {
        None => defaults.language.clone(),
        Some(l) => Language::parse(l).unwrap_or_else(|e| {
            errors.push(RowError { line, field: "language".into(), problem: e });
            defaults.language.clone()
        }),
    };
    let country = match get("country").map(claim_fields::country) {
        None => defaults.country.clone(),
        Some(Ok(c)) => c,
        Some(Err(problem)) => {
            errors.push(RowError { line, field: "country".into(), problem });
            defaults.country.clone()
        }
    };
    let channels = match get("channels") {
        None => vec![Channel::Email, Channel::Letter],
        Some(list) => list
            .split([';', '|', ' '])
            .filter(|s| !s.is_empty())
            .filter_map(|s| {
                s.parse::<Channel>()
                    .map_err(|problem| errors.push(RowError { line, field: "channels".into(), problem }))
                    .ok()
            })
            .collect(),
    };
    let due_date_agreed = match get("due_date_agreed").map(str::to_ascii_lowercase).as_deref() {
        None | Some("yes" | "true" | "1" | "ja") => true,
        Some("no" | "false" | "0" | "nej" | "nei") => false,
        Some(other) => {
            errors.push(RowError {
                line,
                field: "due_date_agreed".into(),
                problem: format!("{other:?} is not yes or no"),
            });
            true
        }
    };
    let email = get("email").map(str::to_string);
    if let Some(Err(problem)) = email.as_deref().map(claim_fields::email) {
        errors.push(RowError { line, field: "email".into(), problem });
    }
    let payment_reference = get("payment_reference").map(str::to_string);
    if let Some(Err(problem)) = payment_reference.as_deref().map(claim_fields::payment_reference) {
        errors.push(RowError { line, field: "payment_reference".into(), problem });
    }
    let contract_rate_percent = match get("contract_rate") {
        None => None,
        Some(r) => match r.replace(',', ".").trim_end_matches('%').parse::<Decimal>() {
            Ok(d) if d >= Decimal::ZERO && d <= Decimal::from(100) => Some(d),
            _ => {
                errors.push(RowError {
                    line,
                    field: "contract_rate".into(),
                    problem: format!("{r:?} is not a percentage between 0 and 100"),
                });
                None
            }
        },
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let (Some(issue_date), Some(due_date), Some(principal)) = (issue_date, due_date, principal) else {
        return Err(vec![RowError { line, field: "row".into(), problem: "incomplete".into() }]);
    };
    Ok(ClaimInput {
        invoice_number,
        debtor: DebtorInput {
            external_id: customer_number,
            kind,
            name: debtor_name,
            national_id: get("national_id").map(str::to_string),
            address: PostalAddress {
                street: get("street").unwrap_or_default().to_string(),
                postal_code: get("postal_code").unwrap_or_default().to_string(),
                city: get("city").unwrap_or_default().to_string(),
                country,
            },
            email,
            phone: get("phone").map(str::to_string),
            language,
            channels,
        },
        issue_date,
        due_date,
        due_date_agreed,
        principal,
        payment_reference,
        contract_rate_percent,
    })
}

/// Writes rows in this format (used by the demo and the import benchmark).
pub fn write_header() -> String {
    COLUMNS.join(",") + "\n"
}
