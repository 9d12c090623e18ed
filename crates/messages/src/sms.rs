//! SMS: how a text is encoded and split into segments, and the provider interface with one real
//! HTTP adapter.
//!
//! A text that uses only the GSM 03.38 alphabet (with its extension table) goes as GSM-7: 160
//! septets in one message, 153 per part when it is split (the rest of each part carries the
//! concatenation header). Anything else goes as UCS-2: 70 UTF-16 units alone, 67 per part. An
//! extension character (`€`, `[`, …) takes two septets and is never split from its escape; a
//! character outside the Basic Multilingual Plane (two UTF-16 units) is never split in half.
//! Providers bill per segment, so the count is shown before anything is sent.
//!
//! The provider interface is [`SmsProvider`]; [`HttpSmsProvider`] posts JSON to a configurable
//! endpoint with basic-auth credentials. Whether a failure is worth retrying is part of the
//! outcome ([`crate::SendError`]), so the outbox can keep a message queued when the provider is
//! unreachable.

use crate::SendError;
use crate::tls::ExtraRoots;
use serde::Serialize;

/// How a text travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SmsEncoding {
    Gsm7,
    Ucs2,
}

impl SmsEncoding {
    pub fn code(self) -> &'static str {
        match self {
            SmsEncoding::Gsm7 => "gsm7",
            SmsEncoding::Ucs2 => "ucs2",
        }
    }

    /// Units (septets or UTF-16 units) in a message that is not split.
    pub fn single_capacity(self) -> usize {
        match self {
            SmsEncoding::Gsm7 => 160,
            SmsEncoding::Ucs2 => 70,
        }
    }

    /// Units in each part of a split message.
    pub fn part_capacity(self) -> usize {
        match self {
            SmsEncoding::Gsm7 => 153,
            SmsEncoding::Ucs2 => 67,
        }
    }
}

/// The GSM 03.38 default alphabet, in table order (escape 0x1B left out).
const GSM_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// The extension table: each costs an escape septet plus itself.
const GSM_EXTENSION: &str = "\u{c}^{}\\[~]|€";

/// Septets a character takes in GSM-7, or `None` when GSM-7 cannot carry it.
pub fn gsm7_septets(c: char) -> Option<usize> {
    if GSM_BASIC.contains(c) {
        Some(1)
    } else if GSM_EXTENSION.contains(c) {
        Some(2)
    } else {
        None
    }
}

/// GSM-7 when every character fits it, else UCS-2.
pub fn encoding_of(text: &str) -> SmsEncoding {
    if text.chars().all(|c| gsm7_septets(c).is_some()) { SmsEncoding::Gsm7 } else { SmsEncoding::Ucs2 }
}

fn units(c: char, encoding: SmsEncoding) -> usize {
    match encoding {
        SmsEncoding::Gsm7 => gsm7_septets(c).unwrap_or(2),
        SmsEncoding::Ucs2 => c.len_utf16(),
    }
}

/// A text as it will be sent: encoding, units and the parts it is split into.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SmsPlan {
    pub encoding: SmsEncoding,
    /// Septets (GSM-7) or UTF-16 units (UCS-2) of the whole text.
    pub units: usize,
    pub parts: Vec<String>,
}

impl SmsPlan {
    pub fn segments(&self) -> usize {
        self.parts.len()
    }
}

/// Encoding and parts of `text`. An empty text is one empty segment.
pub fn plan(text: &str) -> SmsPlan {
    let encoding = encoding_of(text);
    let total: usize = text.chars().map(|c| units(c, encoding)).sum();
    if total <= encoding.single_capacity() {
        return SmsPlan { encoding, units: total, parts: vec![text.to_string()] };
    }
    let capacity = encoding.part_capacity();
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut used = 0;
    for c in text.chars() {
        let n = units(c, encoding);
        // A character that does not fit whole starts the next part, so an escape pair or a
        // surrogate pair is never cut in two.
        if used + n > capacity {
            parts.push(std::mem::take(&mut current));
            used = 0;
        }
        current.push(c);
        used += n;
    }
    if !current.is_empty() {
        parts.push(current);
    }
    SmsPlan { encoding, units: total, parts }
}

/// One SMS to send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sms {
    /// The sender name or number shown to the debtor.
    pub from: String,
    /// The debtor's number in international form (+46…, +47…).
    pub to: String,
    pub text: String,
    /// The outbox's idempotency key; providers that de-duplicate use it.
    pub reference: String,
}

/// What a provider said when it accepted a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmsReceipt {
    /// The provider's id for the message, when it gave one.
    pub provider_id: Option<String>,
    /// The exact request body sent.
    pub body: Vec<u8>,
    pub segments: usize,
}

/// A way to send SMS.
pub trait SmsProvider: Send + Sync {
    /// A short name for logs and the delivery record.
    fn name(&self) -> &str;
    fn send<'a>(
        &'a self,
        sms: &'a Sms,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<SmsReceipt, SendError>> + Send + 'a>>;
}

/// Where and how the HTTP adapter posts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpSmsConfig {
    /// The provider's send endpoint, e.g. `https://sms.example.com/v1/messages`.
    pub endpoint: String,
    pub username: String,
    pub password: String,
    /// Seconds before a request counts as failed (and is retried later).
    pub timeout_secs: u64,
    /// Authorities trusted beside the built-in roots, for an https endpoint.
    pub roots: ExtraRoots,
}

/// Posts `{"from", "to", "text", "reference", "encoding", "segments"}` as JSON with basic auth.
/// A 2xx answer is a receipt (its JSON `id`, if any, is kept); 4xx means the provider refused
/// this message and retrying will not help (except 408 and 429); everything else, including no
/// answer at all, is worth retrying.
#[derive(Debug, Clone)]
pub struct HttpSmsProvider {
    config: HttpSmsConfig,
    client: reqwest::Client,
}

impl HttpSmsProvider {
    pub fn new(config: HttpSmsConfig) -> Result<HttpSmsProvider, SendError> {
        let client = config.roots.http_client(
            reqwest::Client::builder().timeout(std::time::Duration::from_secs(config.timeout_secs.max(1))),
        )?;
        Ok(HttpSmsProvider { config, client })
    }
}

#[derive(Serialize)]
struct SmsRequest<'a> {
    from: &'a str,
    to: &'a str,
    text: &'a str,
    reference: &'a str,
    encoding: &'static str,
    segments: usize,
}

impl SmsProvider for HttpSmsProvider {
    fn name(&self) -> &str {
        "http"
    }

    fn send<'a>(
        &'a self,
        sms: &'a Sms,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<SmsReceipt, SendError>> + Send + 'a>> {
        Box::pin(async move {
            let plan = plan(&sms.text);
            let request = SmsRequest {
                from: &sms.from,
                to: &sms.to,
                text: &sms.text,
                reference: &sms.reference,
                encoding: plan.encoding.code(),
                segments: plan.segments(),
            };
            let body = serde_json::to_vec(&request).map_err(|e| SendError::Config(e.to_string()))?;
            let response = self
                .client
                .post(&self.config.endpoint)
                .basic_auth(&self.config.username, Some(&self.config.password))
                .header("content-type", "application/json")
                .header("idempotency-key", &sms.reference)
                .body(body.clone())
                .send()
                .await
                .map_err(|e| {
                    SendError::Retry(format!(
                        "SMS endpoint {}: {}",
                        self.config.endpoint,
                        crate::tls::request_error(&e)
                    ))
                })?;
            let status = response.status();
            let text = response.text().await.unwrap_or_default();
            if status.is_success() {
                let provider_id = serde_json::from_str::<serde_json::Value>(&text)
                    .ok()
                    .and_then(|v| v.get("id").map(|id| id.as_str().map_or_else(|| id.to_string(), str::to_string)));
                return Ok(SmsReceipt { provider_id, body, segments: plan.segments() });
            }
            let detail: String = text.chars().take(200).collect();
            let message = format!("SMS endpoint answered {status}: {detail}");
            if status.is_client_error() && status.as_u16() != 408 && status.as_u16() != 429 {
                Err(SendError::Rejected(message))
            } else {
                Err(SendError::Retry(message))
            }
        })
    }
}
