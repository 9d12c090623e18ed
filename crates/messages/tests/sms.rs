//! SMS: GSM-7 or UCS-2, segment counts (property tests), and the HTTP adapter against a local
//! server.

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use messages::SendError;
use messages::sms::{HttpSmsConfig, HttpSmsProvider, Sms, SmsEncoding, SmsProvider, encoding_of, gsm7_septets, plan};
use messages::testing::TestCa;
use messages::tls::ExtraRoots;
use proptest::prelude::*;
use std::sync::{Arc, Mutex};

#[test]
fn swedish_and_norwegian_letters_fit_gsm7_and_other_scripts_do_not() {
    assert_eq!(encoding_of("Hej Åsa! Betala 1 234,50 kr senast 2026-04-20. Øl, æble, ü, é, €"), SmsEncoding::Gsm7);
    assert_eq!(encoding_of("Привет"), SmsEncoding::Ucs2);
    assert_eq!(encoding_of("مرحبا"), SmsEncoding::Ucs2);
    assert_eq!(encoding_of("Betala nu 🙂"), SmsEncoding::Ucs2);
    // ç is in GSM-7 only as the capital Ç; a lower-case ç forces UCS-2.
    assert_eq!(encoding_of("Ç"), SmsEncoding::Gsm7);
    assert_eq!(encoding_of("ç"), SmsEncoding::Ucs2);
    assert_eq!(gsm7_septets('€'), Some(2));
    assert_eq!(gsm7_septets('a'), Some(1));
}

#[test]
fn segment_boundaries() {
    assert_eq!(plan(&"a".repeat(160)).segments(), 1);
    assert_eq!(plan(&"a".repeat(161)).segments(), 2);
    assert_eq!(plan(&"a".repeat(306)).segments(), 2);
    assert_eq!(plan(&"a".repeat(307)).segments(), 3);
    // Each € takes two septets: 80 of them fill one message.
    assert_eq!(plan(&"€".repeat(80)).segments(), 1);
    assert_eq!(plan(&"€".repeat(81)).segments(), 2);
    assert_eq!(plan(&"ж".repeat(70)).segments(), 1);
    assert_eq!(plan(&"ж".repeat(71)).segments(), 2);
    assert_eq!(plan(&"ж".repeat(134)).segments(), 2);
    assert_eq!(plan(&"ж".repeat(135)).segments(), 3);
    assert_eq!(plan("").segments(), 1);
}

fn gsm_char() -> impl Strategy<Value = char> {
    prop::sample::select(
        "@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCZÄÖÑÜ§¿abczäöñüà^{}\\[~]|€"
            .chars()
            .collect::<Vec<_>>(),
    )
}

fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![gsm_char(), prop::sample::select(vec!['ж', 'ش', '🙂', 'ç', '中', '✓'])]
}

proptest! {
    #[test]
    fn parts_fit_and_join_back(text in prop::collection::vec(any_char(), 0..500).prop_map(|v| v.into_iter().collect::<String>())) {
        let p = plan(&text);
        prop_assert_eq!(p.parts.concat(), text.clone());
        let enc = encoding_of(&text);
        prop_assert_eq!(p.encoding, enc);
        let units = |s: &str| -> usize {
            match enc {
                SmsEncoding::Gsm7 => s.chars().map(|c| gsm7_septets(c).unwrap()).sum(),
                SmsEncoding::Ucs2 => s.encode_utf16().count(),
            }
        };
        prop_assert_eq!(p.units, units(&text));
        if p.units <= enc.single_capacity() {
            prop_assert_eq!(p.segments(), 1);
        } else {
            prop_assert!(p.segments() >= 2);
            for part in &p.parts {
                prop_assert!(units(part) <= enc.part_capacity());
                prop_assert!(!part.is_empty());
            }
            // Greedy packing: never more parts than needed plus the ones forced by unsplittable pairs.
            prop_assert!(p.segments() <= p.units.div_ceil(enc.part_capacity() - 1));
            prop_assert!(p.segments() >= p.units.div_ceil(enc.part_capacity()));
        }
    }

    #[test]
    fn gsm_only_text_is_gsm7(text in prop::collection::vec(gsm_char(), 0..300).prop_map(|v| v.into_iter().collect::<String>())) {
        prop_assert_eq!(encoding_of(&text), SmsEncoding::Gsm7);
    }
}

#[derive(Clone, Default)]
struct Seen {
    requests: Arc<Mutex<Vec<(Option<String>, Option<String>, serde_json::Value)>>>,
}

async fn serve(router: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    format!("http://{addr}/v1/sms")
}

fn provider(endpoint: String) -> HttpSmsProvider {
    provider_trusting(endpoint, ExtraRoots::default())
}

fn provider_trusting(endpoint: String, roots: ExtraRoots) -> HttpSmsProvider {
    HttpSmsProvider::new(HttpSmsConfig {
        endpoint,
        username: "purr".into(),
        password: "s3cret".into(),
        timeout_secs: 5,
        roots,
    })
    .unwrap()
}

fn sms(text: &str) -> Sms {
    Sms { from: "Exempel".into(), to: "+46701234567".into(), text: text.into(), reference: "run:2026-04-02:7:1".into() }
}

#[tokio::test]
async fn the_http_adapter_posts_json_with_credentials_and_keeps_the_provider_id() {
    let seen = Seen::default();
    let router = Router::new()
        .route(
            "/v1/sms",
            post(|State(seen): State<Seen>, headers: HeaderMap, body: String| async move {
                let auth = headers.get("authorization").map(|v| v.to_str().unwrap().to_string());
                let key = headers.get("idempotency-key").map(|v| v.to_str().unwrap().to_string());
                seen.requests.lock().unwrap().push((auth, key, serde_json::from_str(&body).unwrap()));
                (StatusCode::CREATED, "{\"id\": \"msg-42\"}")
            }),
        )
        .with_state(seen.clone());
    let endpoint = serve(router).await;
    let text = "Exempel: faktura F-1 (4 711,00 kr) är inte betald. https://pay.example.se/portal/login?code=AB";
    let receipt = provider(endpoint).send(&sms(text)).await.unwrap();
    assert_eq!(receipt.provider_id.as_deref(), Some("msg-42"));
    assert_eq!(receipt.segments, 1);
    let requests = seen.requests.lock().unwrap();
    assert_eq!(requests.len(), 1);
    let (auth, key, body) = &requests[0];
    // "purr:s3cret" in base64.
    assert_eq!(auth.as_deref(), Some("Basic cHVycjpzM2NyZXQ="));
    assert_eq!(key.as_deref(), Some("run:2026-04-02:7:1"));
    assert_eq!(body["to"], "+46701234567");
    assert_eq!(body["text"], text);
    assert_eq!(body["encoding"], "gsm7");
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&receipt.body).unwrap(), *body);
}

#[tokio::test]
async fn an_https_endpoint_is_used_only_when_its_certificate_is_trusted() {
    let ca = TestCa::new();
    let calls = Arc::new(Mutex::new(0));
    let counter = calls.clone();
    let router = Router::new().route(
        "/v1/sms",
        post(move || async move {
            *counter.lock().unwrap() += 1;
            (StatusCode::OK, "{\"id\": \"tls-1\"}")
        }),
    );
    let endpoint = format!("{}/v1/sms", ca.serve_https(router).await);
    // The built-in roots do not know the test's authority: no request is made, retry later.
    let untrusted = provider(endpoint.clone()).send(&sms("hej")).await.unwrap_err();
    assert!(untrusted.is_retryable(), "{untrusted}");
    assert!(untrusted.to_string().contains("certificate"), "{untrusted}");
    assert_eq!(*calls.lock().unwrap(), 0);
    let receipt = provider_trusting(endpoint, ca.roots()).send(&sms("hej")).await.unwrap();
    assert_eq!(receipt.provider_id.as_deref(), Some("tls-1"));
    assert_eq!(*calls.lock().unwrap(), 1);
}

#[tokio::test]
async fn refusals_and_outages_are_told_apart() {
    let router = Router::new()
        .route("/v1/sms", post(|| async { (StatusCode::UNPROCESSABLE_ENTITY, "bad number") }))
        .route("/v2/sms", post(|| async { (StatusCode::SERVICE_UNAVAILABLE, "busy") }));
    let endpoint = serve(router).await;
    let refused = provider(endpoint.clone()).send(&sms("hej")).await.unwrap_err();
    assert!(matches!(refused, SendError::Rejected(_)), "{refused}");
    let busy = provider(endpoint.replace("/v1/", "/v2/")).send(&sms("hej")).await.unwrap_err();
    assert!(busy.is_retryable(), "{busy}");
    // Nobody listens on this port: retry later, never drop.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let down = provider(format!("http://127.0.0.1:{port}/v1/sms")).send(&sms("hej")).await.unwrap_err();
    assert!(down.is_retryable(), "{down}");
}
