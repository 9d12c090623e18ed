//! The OpenAPI 3.1 document's frame: title, version, authentication and tags. The paths and
//! schemas come from the `#[utoipa::path]` annotations on the handlers in `http` and the
//! `ToSchema` shapes in `json`, collected when the router is built, so the document served at
//! `/api/openapi.json` lists exactly the routes that exist.

use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(Debug, OpenApi)]
#[openapi(
    info(
        title = "Purr API",
        description = "Claims, debtors, ledgers and payments of one creditor. Authenticate with \
                       `Authorization: Bearer purr_…` (create a key with `purr keys create`). Money is \
                       always integer minor units plus an ISO currency code; dates are YYYY-MM-DD.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    modifiers(&BearerKey),
    tags(
        (name = "meta", description = "The server itself"),
        (name = "creditors", description = "The creditor a key belongs to"),
        (name = "debtors", description = "People and businesses who owe"),
        (name = "claims", description = "Claims, their ledgers and credit notes"),
        (name = "payments", description = "Bank-file payments and the unmatched queue"),
        (name = "cases", description = "Promises, plans, postponements, disputes and other case actions"),
        (name = "gdpr", description = "A debtor's data export, erasure (pseudonymisation) and the retention settings"),
        (name = "templates", description = "The creditor's own letter, e-mail and SMS templates"),
        (name = "experiments", description = "Champion/challenger experiments on a ladder: arms, assignment by a stable hash, outcomes per arm"),
        (name = "strategies", description = "The creditor's dunning ladders per debtor kind and segment, checked against the law"),
    )
)]
pub struct ApiDoc;

/// Declares the API key scheme the operations refer to as `api_key`.
#[derive(Debug)]
struct BearerKey;

impl Modify for BearerKey {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("api_key", SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)));
    }
}
