//! `POST /api/v1/claims/peppol`: a Peppol BIS 3 invoice as the ERP sends it, on SQLite and
//! PostgreSQL; every answer checked against the OpenAPI document.

use crate::api_client::{Setup, setup};
use reqwest::StatusCode;
use serde_json::Value;

/// The Swedish sample invoice, its seller made the API setup's Swedish creditor.
fn invoice() -> String {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../formats/tests/data/peppol_se_invoice.xml");
    let [se, _] = app::demo::demo_creditors();
    std::fs::read_to_string(path)
        .unwrap()
        .replace("556036-0793", &se.org_number)
        .replace("5560360793", &se.org_number.replace('-', ""))
}

async fn send(s: &Setup, key: &str, content_type: &str, body: Vec<u8>) -> (StatusCode, Value) {
    let path = "/api/v1/claims/peppol";
    let resp = s
        .api
        .http
        .post(format!("{}{path}", s.api.base))
        .bearer_auth(key)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    let status = resp.status();
    let value: Value = resp.json().await.unwrap();
    crate::api::conforms(&s.api.doc, "post", path, status, &value);
    (status, value)
}

store::both_backends! {
    async fn a_peppol_invoice_is_a_claim_once_and_its_problems_are_listed(store) {
        let s = setup(&store).await;
        let xml = invoice();
        let (status, claim) = send(&s, &s.key, "application/xml; charset=utf-8", xml.clone().into_bytes()).await;
        assert_eq!(status, StatusCode::CREATED, "{claim}");
        assert_eq!((claim["invoice_number"].as_str(), claim["principal_minor"].as_i64()), (Some("63600"), Some(1_050_050)));
        assert_eq!(claim["due_date"], "2026-10-31");
        let (status, again) = send(&s, &s.key, "text/xml", xml.clone().into_bytes()).await;
        assert_eq!((status, &again["id"]), (StatusCode::OK, &claim["id"]));
        let (status, _) = send(&s, &s.key, "application/xml", xml.replace("10500.50", "10400.50").replace("12500.00", "12400.00").into_bytes()).await;
        assert_eq!(status, StatusCode::CONFLICT, "same number, other amount");

        let broken = xml.replace("<cbc:DueDate>2026-10-31</cbc:DueDate>", "").replace("<cbc:ID>63600</cbc:ID>", "<cbc:ID>63601</cbc:ID>");
        let (status, err) = send(&s, &s.key, "application/xml", broken.into_bytes()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
        assert_eq!(err["error"]["details"][0]["field"], "line 2: DueDate (BT-9)", "{err}");
        let (status, err) = send(&s, &s.key_other, "application/xml", xml.replace("63600", "63602").into_bytes()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "another creditor's key: not its seller");
        assert!(err["error"]["message"].as_str().unwrap().contains("is not this creditor"), "{err}");
        let (status, _) = send(&s, &s.key, "application/json", xml.clone().into_bytes()).await;
        assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        let (status, _) = send(&s, &s.key_read, "application/xml", xml.clone().into_bytes()).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _) = send(&s, "purr_1_nonsense", "application/xml", xml.clone().into_bytes()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        let (status, _) = send(&s, &s.key, "application/xml", vec![b' '; formats::peppol::MAX_BYTES + 1]).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
        let (status, _) = send(&s, &s.key, "application/xml", vec![b'<'; 3]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let (_, list) = s.api.get("/api/v1/claims", &s.key).await;
        assert_eq!(list["items"].as_array().map(Vec::len), Some(1), "nothing but the one claim: {list}");
    }
}
