//! Staff sign-in: argon2 password hashes, sessions in a strict cookie, and CSRF tokens.
//!
//! The session cookie is `purr_staff=<creditor>.<token>`: HttpOnly, SameSite=Strict, Path=/.
//! The creditor id in it says which tenant's session table to look in (as in API keys); only
//! the token's SHA-256 is stored. Every form carries the session's CSRF token and every POST
//! compares it; the sign-in form, which has no session yet, uses a double-submit cookie.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use domain::CreditorId;
use store::{Role, StaffUser, Store};

pub const SESSION_COOKIE: &str = "purr_staff";
pub const LOGIN_CSRF_COOKIE: &str = "purr_login_csrf";
/// How long a session lasts after sign-in.
pub const SESSION_HOURS: i64 = 12;

pub fn hash_password(password: &str) -> anyhow::Result<String> {
    use argon2::PasswordHasher;
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| anyhow::anyhow!("no randomness available: {e}"))?;
    let hash = argon2::Argon2::default()
        .hash_password_with_salt(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("cannot hash the password: {e}"))?;
    Ok(hash.to_string())
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    use argon2::PasswordVerifier;
    argon2::Argon2::default().verify_password(password.as_bytes(), hash).is_ok()
}

/// A random token of `bytes` bytes as hex.
pub fn random_token(bytes: usize) -> anyhow::Result<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).map_err(|e| anyhow::anyhow!("no randomness available: {e}"))?;
    Ok(hex::encode(buf))
}

/// A cookie's value from the request headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

pub fn set_cookie(name: &str, value: &str, max_age_s: i64) -> String {
    format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age_s}")
}

/// Compares two tokens in time that does not depend on where they differ.
pub fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The signed-in staff member of a request.
#[derive(Debug, Clone)]
pub struct Staff {
    pub user: StaffUser,
    pub creditor: CreditorId,
    pub csrf: String,
    pub token_hash: String,
}

impl Staff {
    pub fn may_act(&self) -> bool {
        self.user.role.may_write()
    }

    pub fn is_admin(&self) -> bool {
        self.user.role == Role::Admin
    }

    pub fn actor(&self) -> store::Actor {
        store::Actor { kind: store::ActorKind::User, name: self.user.email.clone() }
    }
}

/// Why a request has no staff member: the page sends them to sign in.
#[derive(Debug)]
pub struct SignInFirst;

impl axum::response::IntoResponse for SignInFirst {
    fn into_response(self) -> axum::response::Response {
        axum::response::Redirect::to("/dashboard/login").into_response()
    }
}

/// Finds the session a request's cookie names.
pub async fn staff_from_headers(store: &Store, headers: &HeaderMap) -> Result<Option<Staff>, store::StoreError> {
    let Some(value) = cookie(headers, SESSION_COOKIE) else { return Ok(None) };
    let Some((creditor, token)) = value.split_once('.') else { return Ok(None) };
    let Ok(creditor) = creditor.parse::<i64>() else { return Ok(None) };
    if token.len() != 64 {
        return Ok(None);
    }
    let token_hash = crate::keys::hash_secret(token);
    let now = jiff::Timestamp::now().to_string();
    let Some(session) = store.staff_session(CreditorId(creditor), &token_hash, &now).await? else { return Ok(None) };
    Ok(Some(Staff { creditor: session.user.creditor_id, user: session.user, csrf: session.csrf_token, token_hash }))
}

impl FromRequestParts<super::DashState> for Staff {
    type Rejection = axum::response::Response;
    async fn from_request_parts(parts: &mut Parts, state: &super::DashState) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        match staff_from_headers(&state.store, &parts.headers).await {
            Ok(Some(staff)) => Ok(staff),
            Ok(None) => Err(SignInFirst.into_response()),
            Err(e) => Err(super::PageError::from(e).into_response()),
        }
    }
}
