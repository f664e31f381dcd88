//! TLS for `https` URLs and `https://` proxies: rustls with the ring provider, named explicitly so
//! that no process-wide default is needed, ALPN `http/1.1`, and as roots either the system's
//! (read once per process, on the first handshake that needs them) or a CA bundle's, which
//! replace them.

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

/// The TLS settings of one connector; the `rustls` config is built on first use, once.
pub(crate) struct Tls {
    /// The builder up to the roots: its fallible part (the protocol versions of the provider)
    /// has run when the connector was made.
    builder: ConfigBuilder<ClientConfig, rustls::WantsVerifier>,
    /// The bundle's roots; `None` for the system's.
    bundle: Option<Arc<RootCertStore>>,
    config: OnceLock<Arc<ClientConfig>>,
}

impl Tls {
    /// Settings trusting `bundle` only, or the system's roots without one.
    pub(crate) fn new(bundle: Option<&[CertificateDer<'static>]>) -> Result<Self, rustls::Error> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = ClientConfig::builder_with_provider(provider).with_safe_default_protocol_versions()?;
        let bundle = bundle.map(|certificates| {
            let mut roots = RootCertStore::empty();
            // The bundle's certificates were each checked when the configuration was read.
            roots.add_parsable_certificates(certificates.iter().cloned());
            Arc::new(roots)
        });
        Ok(Self { builder, bundle, config: OnceLock::new() })
    }

    fn config(&self) -> Arc<ClientConfig> {
        let config = self.config.get_or_init(|| {
            let roots = self.bundle.clone().unwrap_or_else(system_roots);
            let builder: ConfigBuilder<ClientConfig, WantsClientCert> =
                self.builder.clone().with_root_certificates(roots);
            let mut config = builder.with_no_client_auth();
            config.alpn_protocols = vec![b"http/1.1".to_vec()];
            Arc::new(config)
        });
        Arc::clone(config)
    }

    /// A TLS session with `host` (a name, an IPv4 address, or an IPv6 one in brackets) over
    /// `stream`, its certificate checked against the roots and `host`.
    pub(crate) async fn connect<S>(&self, host: &str, stream: S) -> Result<TlsStream<S>, String>
    where
        S: AsyncRead + AsyncWrite + Unpin,
    {
        let bare = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host);
        let name =
            ServerName::try_from(bare.to_owned()).map_err(|e| format!("`{host}` is not a TLS server name: {e}"))?;
        tokio_rustls::TlsConnector::from(self.config())
            .connect(name, stream)
            .await
            .map_err(|e| format!("the TLS handshake with `{host}` failed: {}", crate::error::chain(&e)))
    }
}
