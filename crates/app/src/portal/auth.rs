//! Signing in to the debtor portal: one-time links, the code login, sessions, CSRF tokens and the
//! counters that stop guessing.
//!
//! A sign-in link is `/portal/<creditor>/link/<token>`, where the token carries the creditor, the
//! debtor, an expiry and a random nonce, signed with HMAC-SHA256 under the creditor's secret (made
//! once, at random, and kept in the database). Opening a link shows a button; pressing it signs in,
//! so a mail scanner that fetches every link does not use it up. The first sign-in with a link may
//! change things; later sign-ins with the same link only read (the page says how to sign in with
//! the code instead), which is what "single-use for actions that change anything" means here.
//!
//! The code login takes a payment reference plus a second fact the letter's reader knows: the
//! postal code or the date of birth. Failures are counted per client address and per reference in
//! fixed 15-minute windows; past the limit the form answers "try again later" without checking.
//!
//! Other ways to prove who someone is (an e-ID such as BankID) plug in through [`Authenticator`]:
//! none is built in, because none can be tested here without the provider's test service.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use domain::{CreditorId, Debtor, DebtorId};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::future::Future;
use std::pin::Pin;
use store::Store;

type HmacSha256 = Hmac<Sha256>;

/// How long a printed sign-in link works.
pub const LINK_DAYS: i64 = 60;
/// How long a session lives without being renewed.
pub const SESSION_MINUTES: i64 = 30;
/// Failed code logins allowed per client address in one window.
pub const MAX_FAILURES_PER_IP: i64 = 20;
/// Failed code logins allowed per payment reference in one window.
pub const MAX_FAILURES_PER_REFERENCE: i64 = 5;
/// The length of a counting window, in minutes.
pub const WINDOW_MINUTES: i64 = 15;

/// Random bytes from the operating system, as lowercase hex.
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).expect("the operating system's random source");
    hex::encode(buf)
}

/// The creditor's link secret, made on first use.
pub async fn creditor_secret(store: &Store, creditor: CreditorId) -> store::Result<Vec<u8>> {
    let hex_text = store.portal_secret(creditor, &random_hex(32)).await?;
    hex::decode(&hex_text).map_err(|_| store::StoreError::Corrupt("portal secret is not hex".into()))
}

/// What a valid link says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkClaims {
    pub creditor: CreditorId,
    pub debtor: DebtorId,
    /// Seconds since 1970 (UTC) after which the link no longer works.
    pub expires_unix: i64,
    pub nonce: String,
}

/// Why a link was not accepted. The debtor sees one friendly message for all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    Malformed,
    BadSignature,
    Expired,
    OtherCreditor,
}

fn signed_text(c: &LinkClaims) -> String {
    format!("purr-portal-link-v1|{}|{}|{}|{}", c.creditor.0, c.debtor.0, c.expires_unix, c.nonce)
}

fn mac(secret: &[u8]) -> HmacSha256 {
    // HMAC takes keys of any length, so this cannot fail.
    HmacSha256::new_from_slice(secret).expect("HMAC accepts any key length")
}

/// The token for a link: `<creditor>.<debtor>.<expires>.<nonce>.<signature>`.
pub fn sign_link(secret: &[u8], claims: &LinkClaims) -> String {
    let mut m = mac(secret);
    m.update(signed_text(claims).as_bytes());
    let sig = B64.encode(m.finalize().into_bytes());
    format!("{}.{}.{}.{}.{sig}", claims.creditor.0, claims.debtor.0, claims.expires_unix, claims.nonce)
}

/// Checks a token's signature (in constant time), expiry and creditor.
pub fn verify_link(secret: &[u8], creditor: CreditorId, token: &str, now_unix: i64) -> Result<LinkClaims, LinkProblem> {
    let parts: Vec<&str> = token.split('.').collect();
    let [c, d, e, nonce, sig] = parts.as_slice() else { return Err(LinkProblem::Malformed) };
    let number = |t: &str| t.parse::<i64>().map_err(|_| LinkProblem::Malformed);
    if nonce.is_empty() || nonce.len() > 64 || !nonce.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(LinkProblem::Malformed);
    }
    let claims = LinkClaims {
        creditor: CreditorId(number(c)?),
        debtor: DebtorId(number(d)?),
        expires_unix: number(e)?,
        nonce: nonce.to_string(),
    };
    let sig = B64.decode(sig).map_err(|_| LinkProblem::Malformed)?;
    let mut m = mac(secret);
    m.update(signed_text(&claims).as_bytes());
    m.verify_slice(&sig).map_err(|_| LinkProblem::BadSignature)?;
    if claims.creditor != creditor {
        return Err(LinkProblem::OtherCreditor);
    }
    if now_unix >= claims.expires_unix {
        return Err(LinkProblem::Expired);
    }
    Ok(claims)
}

/// Mints a sign-in link path for a debtor, valid for [`LINK_DAYS`]. Letters print it after the
/// installation's public address (`https://pay.example.se` + this path).
pub async fn mint_link(store: &Store, creditor: CreditorId, debtor: DebtorId) -> anyhow::Result<String> {
    store
        .debtor(creditor, debtor)
        .await?
        .ok_or_else(|| anyhow::anyhow!("creditor {} has no debtor {}", creditor.0, debtor.0))?;
    let secret = creditor_secret(store, creditor).await?;
    let expires_unix = jiff::Timestamp::now().as_second() + LINK_DAYS * 86_400;
    let claims = LinkClaims { creditor, debtor, expires_unix, nonce: random_hex(16) };
    Ok(format!("/portal/{}/link/{}", creditor.0, sign_link(&secret, &claims)))
}

/// SHA-256 of a session token as hex: what the database stores instead of the token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Compares two secrets without leaking where they differ through timing.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The counting window that `now` falls in, e.g. `2026-11-23T08:15`.
pub fn window_of(now: jiff::Timestamp) -> String {
    let minute = now.as_second().div_euclid(60);
    let start = minute - minute.rem_euclid(WINDOW_MINUTES);
    jiff::Timestamp::from_second(start * 60).map(|t| t.to_string()).unwrap_or_default()
}

/// Keeps digits and letters only, upper-cased: "114 55" and "11455" are the same postal code.
fn compact(text: &str) -> String {
    text.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect()
}

/// Whether `given` (a postal code, or a date of birth as YYYY-MM-DD, YYYYMMDD or DDMMYYYY) is
/// the debtor's. A date of birth is read from the stored personal number: Swedish
/// (YYYYMMDD-NNNN or YYMMDD-NNNN) or Norwegian (DDMMYYNNNNN).
pub fn second_factor_matches(debtor: &Debtor, given: &str) -> bool {
    let given_compact = compact(given);
    if given_compact.len() < 4 {
        return false;
    }
    let postal = compact(&debtor.address.postal_code);
    if !postal.is_empty() && same_secret(&postal, &given_compact) {
        return true;
    }
    let Some((by, bm, bd)) = birth_date(debtor) else { return false };
    let Some((y, m, d)) = parse_birth(given) else { return false };
    // A ten-digit personal number has a two-digit year: compare the typed year's last two digits.
    let year_matches = if by < 100 { y.rem_euclid(100) == by } else { y == by };
    year_matches && m == bm && d == bd
}

/// (year, month, day) from a typed date of birth.
fn parse_birth(text: &str) -> Option<(i32, i32, i32)> {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 8 {
        return None;
    }
    let n = |r: std::ops::Range<usize>| digits[r].parse::<i32>().ok();
    let iso_like = text.trim().find(['-', '/', '.']).is_none_or(|p| p == 4);
    let (y, m, d) = if iso_like { (n(0..4)?, n(4..6)?, n(6..8)?) } else { (n(4..8)?, n(2..4)?, n(0..2)?) };
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// (year, month, day) of birth from the debtor's personal number, when it has one we can read.
/// The year has two digits when the number does. Swedish co-ordination numbers (day + 60) and
/// Norwegian D-numbers (day + 40) are read back to the real day.
fn birth_date(debtor: &Debtor) -> Option<(i32, i32, i32)> {
    let id = debtor.national_id.as_deref()?;
    let digits: String = id.chars().filter(char::is_ascii_digit).collect();
    let n = |r: std::ops::Range<usize>| digits[r].parse::<i32>().ok();
    let (y, m, d) = match (debtor.address.country.as_str(), digits.len()) {
        ("NO", 11) => (n(4..6)?, n(2..4)?, n(0..2)?),
        (_, 12) => (n(0..4)?, n(4..6)?, n(6..8)?),
        (_, 10) => (n(0..2)?, n(2..4)?, n(4..6)?),
        _ => return None,
    };
    let d = if d > 60 {
        d - 60
    } else if d > 40 {
        d - 40
    } else {
        d
    };
    Some((y, m, d))
}

/// A proven identity from an authenticator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identified {
    /// The authenticator named the debtor directly (the code login, a link).
    Debtor(DebtorId),
    /// An e-ID proved a personal number; the portal looks the debtor up by it.
    NationalId(String),
}

/// Why an authenticator said no. Only `TryLater` tells the person anything specific.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthFailure {
    /// The facts given did not prove who the person is.
    NotRecognised,
    /// Too many failures from this address or for this reference.
    TryLater,
    /// The provider could not be reached; worth retrying.
    Unavailable,
}

/// A way to prove who the person at the browser is.
///
/// The portal shows a form with `fields()` and passes what was typed to `identify`. An e-ID
/// such as BankID would instead start an order at the provider, send the browser there (or show
/// its QR code) and finish in `identify` with the personal number the provider returned. It is
/// a trait object so an installation can add one without changing the portal.
pub trait Authenticator: Send + Sync + std::fmt::Debug {
    /// A short stable name stored with the session ("code", "bankid").
    fn method(&self) -> &'static str;
    /// Identifies the person from the submitted form fields.
    fn identify<'a>(
        &'a self,
        store: &'a Store,
        creditor: CreditorId,
        client: &'a str,
        form: &'a [(String, String)],
    ) -> Pin<Box<dyn Future<Output = Result<Identified, AuthFailure>> + Send + 'a>>;
}

/// Payment reference + postal code or date of birth, with the guessing limits.
#[derive(Debug, Default)]
pub struct CodeLogin;

impl Authenticator for CodeLogin {
    fn method(&self) -> &'static str {
        "code"
    }

    fn identify<'a>(
        &'a self,
        store: &'a Store,
        creditor: CreditorId,
        client: &'a str,
        form: &'a [(String, String)],
    ) -> Pin<Box<dyn Future<Output = Result<Identified, AuthFailure>> + Send + 'a>> {
        Box::pin(async move {
            let field = |name: &str| form.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim()).unwrap_or("");
            let reference = compact(field("reference"));
            let second = field("second");
            let window = window_of(jiff::Timestamp::now());
            let ip_bucket = format!("ip:{client}");
            let ref_bucket = format!("ref:{reference}");
            let over = |n: i64, max: i64| n >= max;
            let unavailable = |_| AuthFailure::Unavailable;
            if over(
                store.portal_attempts(creditor, &ip_bucket, &window).await.map_err(unavailable)?,
                MAX_FAILURES_PER_IP,
            ) || over(
                store.portal_attempts(creditor, &ref_bucket, &window).await.map_err(unavailable)?,
                MAX_FAILURES_PER_REFERENCE,
            ) {
                return Err(AuthFailure::TryLater);
            }
            let found = if reference.is_empty() || reference.len() > 35 {
                None
            } else {
                store.debtor_by_reference(creditor, &reference).await.map_err(unavailable)?
            };
            match found {
                Some(debtor) if second_factor_matches(&debtor, second) => Ok(Identified::Debtor(debtor.id)),
                _ => {
                    store.count_portal_attempt(creditor, &ip_bucket, &window).await.map_err(unavailable)?;
                    if !reference.is_empty() {
                        store.count_portal_attempt(creditor, &ref_bucket, &window).await.map_err(unavailable)?;
                    }
                    Err(AuthFailure::NotRecognised)
                }
            }
        })
    }
}
