//! TLS for `https` URLs and `https://` proxies: rustls with the ring provider, named explicitly so
//! that no process-wide default is needed, and as roots either the system's (read once per
//! process, on the first handshake that needs them) or a CA bundle's, which replace them.
//!
//! ALPN offers `http/1.1`; with the `http2` feature, a transport's sessions with `https` servers
//! offer `h2` first (or alone, with prior knowledge), and the pooled client speaks what the server
//! picked. A proxy's session always offers `http/1.1` only: its `CONNECT` is HTTP/1.1.

use std::sync::{Arc, OnceLock};

use rustls::client::WantsClientCert;
use rustls::pki_types::{CertificateDer, ServerName};
use rustls::{ClientConfig, ConfigBuilder, RootCertStore};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_rustls::client::TlsStream;

/// The roots of the system: the certificates `rustls-native-certs` finds (the OS store, or
/// `SSL_CERT_FILE` / `SSL_CERT_DIR`). Certificates it cannot parse are left out, as a browser
/// would; with none at all, every handshake fails on the server's certificate.
fn system_roots() -> Arc<RootCertStore> {
    static ROOTS: OnceLock<Arc<RootCertStore>> = OnceLock::new();
    let roots = ROOTS.get_or_init(|| {
        let mut roots = RootCertStore::empty();
        roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
        Arc::new(roots)
    });
    Arc::clone(roots)
}

/// ALPN's name of HTTP/1.1.
const HTTP1: &[u8] = b"http/1.1";
/// ALPN's name of HTTP/2 over TLS.
#[cfg(feature = "http2")]
pub(crate) const H2: &[u8] = b"h2";

/// What a session with an `https` server offers by ALPN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Alpn {
    /// `http/1.1`.
    Http1,
    /// `h2`, else `http/1.1`.
    #[cfg(feature = "http2")]
    H2OrHttp1,
    /// `h2` alone: the client speaks HTTP/2 whatever the server picks, so a server that cannot
    /// fails the handshake rather than the first request.
    #[cfg(feature = "http2")]
    H2,
}

impl Alpn {
    fn protocols(self) -> Vec<Vec<u8>> {
        match self {
            Alpn::Http1 => vec![HTTP1.to_vec()],
            #[cfg(feature = "http2")]
            Alpn::H2OrHttp1 => vec![H2.to_vec(), HTTP1.to_vec()],
            #[cfg(feature = "http2")]
            Alpn::H2 => vec![H2.to_vec()],
        }
    }
}

/// Whom a session is with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Peer {
    /// The server of an `https` URL.
    Server,
    /// An `https://` proxy, which is sent `CONNECT` over HTTP/1.1.
    Proxy,
}

/// The TLS settings of one connector; the `rustls` configs are built on first use, once.
pub(crate) struct Tls {
    /// The builder up to the roots: its fallible part (the protocol versions of the provider)
    /// has run when the connector was made.
    builder: ConfigBuilder<ClientConfig, rustls::WantsVerifier>,
    /// The bundle's roots; `None` for the system's.
    bundle: Option<Arc<RootCertStore>>,
    /// What sessions with servers offer.
    alpn: Alpn,
    /// The configs of sessions with servers and with proxies (one, when they offer the same).
    configs: OnceLock<(Arc<ClientConfig>, Arc<ClientConfig>)>,
}

impl Tls {
    /// Settings trusting `bundle` only, or the system's roots without one; ALPN `http/1.1`.
    pub(crate) fn new(bundle: Option<&[CertificateDer<'static>]>) -> Result<Self, rustls::Error> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = ClientConfig::builder_with_provider(provider).with_safe_default_protocol_versions()?;
        let bundle = bundle.map(|certificates| {
            let mut roots = RootCertStore::empty();
            // The bundle's certificates were each checked when the configuration was read.
            roots.add_parsable_certificates(certificates.iter().cloned());
            Arc::new(roots)
        });
        Ok(Self { builder, bundle, alpn: Alpn::Http1, configs: OnceLock::new() })
    }

    /// These settings, their sessions with servers offering `alpn`.
    #[cfg(feature = "http2")]
    pub(crate) fn offering(self, alpn: Alpn) -> Self {
        Self { alpn, configs: OnceLock::new(), ..self }
    }

    fn config(&self, peer: Peer) -> Arc<ClientConfig> {
        let (server, proxy) = self.configs.get_or_init(|| {
            let roots = self.bundle.clone().unwrap_or_else(system_roots);
            let builder: ConfigBuilder<ClientConfig, WantsClientCert> =
                self.builder.clone().with_root_certificates(roots);
            let mut proxy = builder.with_no_client_auth();
            proxy.alpn_protocols = Alpn::Http1.protocols();
            let proxy = Arc::new(proxy);
            if self.alpn == Alpn::Http1 {
                return (Arc::clone(&proxy), proxy);
            }
            let mut server = (*proxy).clone();
            server.alpn_protocols = self.alpn.protocols();
            (Arc::new(server), proxy)
        });
        Arc::clone(match peer {
            Peer::Server => server,
            Peer::Proxy => proxy,
        })
    }

    /// A TLS session with `host` (a name, an IPv4 address, or an IPv6 one in brackets) over
    /// `stream`, its certificate checked against the roots and `host`.
    pub(crate) async fn connect<S>(&self, host: &str, stream: S, peer: Peer) -> Result<TlsStream<S>, String>
    where
        S: AsyncRead + AsyncWrite + Unpin,
    {
        let bare = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host);
        let name =
            ServerName::try_from(bare.to_owned()).map_err(|e| format!("`{host}` is not a TLS server name: {e}"))?;
        tokio_rustls::TlsConnector::from(self.config(peer))
            .connect(name, stream)
            .await
            .map_err(|e| format!("the TLS handshake with `{host}` failed: {}", crate::error::chain(&e)))
    }
}
