//! Servers for tests, run inside the test process (behind the `testing` feature).
//!
//! [`SmtpSink`] speaks just enough SMTP for lettre: greeting, EHLO/HELO, STARTTLS, MAIL FROM,
//! RCPT TO, DATA (with dot-unstuffing), RSET, NOOP and QUIT, and keeps every message it accepts.
//! It runs plain, with STARTTLS or with TLS from the first byte, and can be told to refuse
//! messages with a permanent error, to test the fallback to the next channel. [`TestCa`] is a
//! throwaway certificate authority whose server certificate the TLS servers present; its
//! [`TestCa::serve_https`] serves an axum router over https.

use crate::tls::ExtraRoots;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls;

/// A certificate authority made for one test, and a server certificate it signed for
/// `localhost` and `127.0.0.1`.
#[derive(Clone)]
pub struct TestCa {
    /// The authority's certificate (PEM): what a client must trust.
    pub ca_pem: String,
    acceptor: TlsAcceptor,
}

impl std::fmt::Debug for TestCa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestCa").finish_non_exhaustive()
    }
}

impl TestCa {
    pub fn new() -> TestCa {
        let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).expect("CA parameters");
        ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        ca_params.distinguished_name.push(rcgen::DnType::CommonName, "Purr test CA");
        let ca = rcgen::CertifiedIssuer::self_signed(ca_params, rcgen::KeyPair::generate().expect("CA key"))
            .expect("CA certificate");
        let server_key = rcgen::KeyPair::generate().expect("server key");
        let server = rcgen::CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()])
            .expect("server parameters")
            .signed_by(&server_key, &ca)
            .expect("server certificate");
        let key = rustls::pki_types::PrivateKeyDer::try_from(server_key.serialize_der()).expect("server key DER");
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .expect("TLS versions")
            .with_no_client_auth()
            .with_single_cert(vec![server.der().clone(), ca.der().clone()], key)
            .expect("server TLS configuration");
        TestCa { ca_pem: ca.pem(), acceptor: TlsAcceptor::from(Arc::new(config)) }
    }

    /// The authority as a client's extra root.
    pub fn roots(&self) -> ExtraRoots {
        ExtraRoots::from_pem(self.ca_pem.as_bytes(), "the test CA").expect("the test CA reads back")
    }

    /// Serves `router` over https on a free port of 127.0.0.1 until the test's runtime ends;
    /// returns `https://127.0.0.1:<port>`.
    pub async fn serve_https(&self, router: axum::Router) -> String {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind a local port");
        let port = listener.local_addr().expect("local address").port();
        let acceptor = self.acceptor.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (acceptor, router) = (acceptor.clone(), router.clone());
                tokio::spawn(async move {
                    let Ok(tls) = acceptor.accept(stream).await else { return };
                    let service = hyper_util::service::TowerToHyperService::new(router);
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(hyper_util::rt::TokioIo::new(tls), service)
                        .await;
                });
            }
        });
        format!("https://127.0.0.1:{port}")
    }
}

impl Default for TestCa {
    fn default() -> Self {
        TestCa::new()
    }
}

/// How an [`SmtpSink`] protects its connections.
#[derive(Debug, Clone)]
pub enum SinkTls {
    /// Plain SMTP; STARTTLS is not offered.
    None,
    /// Plain at first, STARTTLS offered.
    StartTls(TestCa),
    /// TLS from the first byte.
    Tls(TestCa),
}

/// One message as the server received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub data: Vec<u8>,
    /// Whether the message arrived over TLS.
    pub tls: bool,
}

/// A running SMTP server on 127.0.0.1.
#[derive(Debug, Clone)]
pub struct SmtpSink {
    pub port: u16,
    received: Arc<Mutex<Vec<Received>>>,
    refuse: Arc<Mutex<bool>>,
    tls: SinkTls,
}

impl SmtpSink {
    /// Starts a plain server on a free port; it runs until the test's runtime ends.
    pub async fn start() -> SmtpSink {
        SmtpSink::start_with(SinkTls::None).await
    }

    /// Starts a server with the given protection on a free port.
    pub async fn start_with(tls: SinkTls) -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind a local port");
        let port = listener.local_addr().expect("local address").port();
        let sink = SmtpSink { port, received: Arc::default(), refuse: Arc::default(), tls };
        let server = sink.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let server = server.clone();
                tokio::spawn(async move {
                    let _ = server.connection(stream).await;
                });
            }
        });
        sink
    }

    /// The address a client uses: `smtp://127.0.0.1:<port>`, with `?tls=required` when the
    /// server offers STARTTLS, or `smtps://…` for TLS from the first byte.
    pub fn url(&self) -> String {
        match self.tls {
            SinkTls::None => format!("smtp://127.0.0.1:{}", self.port),
            SinkTls::StartTls(_) => format!("smtp://127.0.0.1:{}?tls=required", self.port),
            SinkTls::Tls(_) => format!("smtps://127.0.0.1:{}", self.port),
        }
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().map(|r| r.clone()).unwrap_or_default()
    }

    /// From now on, answer every recipient with 550 (a permanent refusal).
    pub fn refuse_all(&self, refuse: bool) {
        if let Ok(mut r) = self.refuse.lock() {
            *r = refuse;
        }
    }

    async fn connection(&self, stream: TcpStream) -> std::io::Result<()> {
        match &self.tls {
            SinkTls::None => self.session(stream, Greeting::Send, Security::Plain).await.map(drop),
            SinkTls::Tls(ca) => {
                let tls = ca.acceptor.accept(stream).await?;
                self.session(tls, Greeting::Send, Security::Tls).await.map(drop)
            }
            SinkTls::StartTls(ca) => {
                if let Some(plain) = self.session(stream, Greeting::Send, Security::OfferStartTls).await? {
                    // After STARTTLS the client starts over with EHLO, without a new greeting.
                    let tls = ca.acceptor.accept(plain).await?;
                    self.session(tls, Greeting::Skip, Security::Tls).await?;
                }
                Ok(())
            }
        }
    }

    /// One SMTP conversation on `stream`; returns the stream when the client asked for STARTTLS.
    async fn session<S: AsyncRead + AsyncWrite + Unpin>(
        &self,
        stream: S,
        greeting: Greeting,
        security: Security,
    ) -> std::io::Result<Option<S>> {
        let mut io = BufReader::new(stream);
        if greeting == Greeting::Send {
            io.get_mut().write_all(b"220 purr-test-smtp ready\r\n").await?;
        }
        let (mut from, mut to) = (String::new(), Vec::new());
        let mut line = String::new();
        loop {
            line.clear();
            if io.read_line(&mut line).await? == 0 {
                return Ok(None);
            }
            let command = line.trim_end().to_string();
            let upper = command.to_ascii_uppercase();
            let out = io.get_mut();
            if upper.starts_with("EHLO") {
                let extensions: &[u8] = match security {
                    Security::OfferStartTls => b"250-purr-test-smtp\r\n250-STARTTLS\r\n250 8BITMIME\r\n",
                    Security::Plain | Security::Tls => b"250-purr-test-smtp\r\n250 8BITMIME\r\n",
                };
                out.write_all(extensions).await?;
            } else if upper == "STARTTLS" && security == Security::OfferStartTls {
                out.write_all(b"220 go ahead\r\n").await?;
                out.flush().await?;
                return Ok(Some(io.into_inner()));
            } else if upper.starts_with("HELO") || upper.starts_with("NOOP") {
                out.write_all(b"250 ok\r\n").await?;
            } else if upper.starts_with("MAIL FROM:") {
                from = address(&command[10..]);
                to.clear();
                out.write_all(b"250 ok\r\n").await?;
            } else if upper.starts_with("RCPT TO:") {
                if self.refuse.lock().map(|r| *r).unwrap_or(false) {
                    out.write_all(b"550 no such mailbox\r\n").await?;
                } else {
                    to.push(address(&command[8..]));
                    out.write_all(b"250 ok\r\n").await?;
                }
            } else if upper == "DATA" {
                out.write_all(b"354 go ahead\r\n").await?;
                out.flush().await?;
                let mut data = Vec::new();
                loop {
                    let mut raw = Vec::new();
                    if io.read_until(b'\n', &mut raw).await? == 0 {
                        return Ok(None);
                    }
                    if raw == b".\r\n" || raw == b".\n" {
                        break;
                    }
                    // Dot-unstuffing: a line starting with ".." was a line starting with ".".
                    let start = usize::from(raw.starts_with(b".."));
                    data.extend_from_slice(&raw[start..]);
                }
                if let Ok(mut received) = self.received.lock() {
                    let tls = security == Security::Tls;
                    received.push(Received { from: from.clone(), to: to.clone(), data, tls });
                }
                io.get_mut().write_all(b"250 queued\r\n").await?;
            } else if upper == "RSET" {
                from.clear();
                to.clear();
                out.write_all(b"250 ok\r\n").await?;
            } else if upper == "QUIT" {
                out.write_all(b"221 bye\r\n").await?;
                out.flush().await?;
                return Ok(None);
            } else {
                out.write_all(b"502 not implemented\r\n").await?;
            }
            io.get_mut().flush().await?;
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Greeting {
    Send,
    Skip,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Security {
    Plain,
    OfferStartTls,
    Tls,
}

fn address(text: &str) -> String {
    text.trim().trim_start_matches('<').split('>').next().unwrap_or("").to_string()
}
