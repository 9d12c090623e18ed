//! TLS for Purr's outgoing connections: SMTP, the SMS provider and webhooks.
//!
//! Connections use rustls and trust the Mozilla root certificates compiled into the binary
//! (`webpki-roots`), so nothing is read from the machine's certificate store and the result is
//! the same on every machine. An operator whose servers use certificates of their own authority
//! (a company CA, a test server's self-signed CA) adds it from a PEM file: `PURR_TLS_CA_FILE`.
//! TLS 1.2 is the oldest version accepted; certificates and host names are always checked.

use crate::SendError;
use lettre::transport::smtp::client::{Certificate, TlsParameters};
use rustls_pki_types::CertificateDer;
use rustls_pki_types::pem::PemObject;
use std::path::Path;

/// The environment variable naming a PEM file of extra certificate authorities.
pub const CA_FILE_ENV: &str = "PURR_TLS_CA_FILE";

/// Certificate authorities trusted beside the built-in roots (DER, one entry per certificate).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExtraRoots {
    certificates: Vec<Vec<u8>>,
}

impl ExtraRoots {
    /// Reads every certificate of a PEM file. A file without one, or with one that cannot be
    /// read, is refused with the file's name: a typo must not silently leave TLS failing later.
    pub fn from_pem(pem: &[u8], origin: &str) -> Result<ExtraRoots, SendError> {
        let bad = |why: String| SendError::Config(format!("{origin}: {why}"));
        let certificates = CertificateDer::pem_slice_iter(pem)
            .map(|c| c.map(|c| c.to_vec()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| bad(format!("not a PEM certificate file ({e})")))?;
        if certificates.is_empty() {
            return Err(bad("holds no certificate (expected -----BEGIN CERTIFICATE----- blocks)".into()));
        }
        let mut store = rustls::RootCertStore::empty();
        for (n, der) in certificates.iter().enumerate() {
            store
                .add(CertificateDer::from(der.as_slice()))
                .map_err(|e| bad(format!("certificate {} cannot be used as an authority: {e}", n + 1)))?;
        }
        Ok(ExtraRoots { certificates })
    }

    /// Reads a PEM file (see [`ExtraRoots::from_pem`]).
    pub fn from_file(path: &Path) -> Result<ExtraRoots, SendError> {
        let pem = std::fs::read(path)
            .map_err(|e| SendError::Config(format!("cannot read the CA file {}: {e}", path.display())))?;
        ExtraRoots::from_pem(&pem, &path.display().to_string())
    }

    /// The authorities of the file at `path`, or none without a path.
    pub fn load(path: Option<&Path>) -> Result<ExtraRoots, SendError> {
        path.map_or(Ok(ExtraRoots::default()), ExtraRoots::from_file)
    }

    /// The authorities of the file `PURR_TLS_CA_FILE` names, or none when it is unset or empty.
    pub fn from_env() -> Result<ExtraRoots, SendError> {
        let path = std::env::var_os(CA_FILE_ENV).filter(|v| !v.is_empty()).map(std::path::PathBuf::from);
        ExtraRoots::load(path.as_deref()).map_err(|e| SendError::Config(format!("{CA_FILE_ENV}: {e}")))
    }

    /// The number of extra authorities.
    pub fn len(&self) -> usize {
        self.certificates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.certificates.is_empty()
    }

    /// An HTTP client from `builder` that speaks https with the built-in and these roots.
    pub fn http_client(&self, builder: reqwest::ClientBuilder) -> Result<reqwest::Client, SendError> {
        let mut builder =
            builder.use_rustls_tls().tls_built_in_root_certs(true).min_tls_version(reqwest::tls::Version::TLS_1_2);
        for der in &self.certificates {
            let cert = reqwest::Certificate::from_der(der).map_err(|e| SendError::Config(format!("CA: {e}")))?;
            builder = builder.add_root_certificate(cert);
        }
        builder.build().map_err(|e| SendError::Config(format!("cannot set up the HTTP client: {e}")))
    }

    /// TLS settings for an SMTP connection to `host`.
    pub(crate) fn smtp_parameters(&self, host: &str) -> Result<TlsParameters, SendError> {
        let mut builder = TlsParameters::builder(host.to_string());
        for der in &self.certificates {
            let cert = Certificate::from_der(der.clone()).map_err(|e| SendError::Config(format!("CA: {e}")))?;
            builder = builder.add_root_certificate(cert);
        }
        builder.build_rustls().map_err(|e| SendError::Config(format!("cannot set up TLS for {host}: {e}")))
    }
}

/// What went wrong with an HTTP request, with its causes: "could not connect: …: invalid peer
/// certificate: UnknownIssuer" tells an operator which setting to look at.
pub fn request_error(e: &reqwest::Error) -> String {
    let mut text = if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_connect() {
        "could not connect".to_string()
    } else {
        "the request failed".to_string()
    };
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}
