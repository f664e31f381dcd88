//! Opening a connection for a URL, within the connect timeout: TCP to the URL's host (or to the
//! `connect_to` address), through a `CONNECT` tunnel when the HTTPS proxy applies, then TLS for
//! `https`. The pooled client calls it for each new connection, and so do the credential
//! providers for each request.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use http::Uri;
use hyper_util::client::legacy::connect::{Connected, Connection, HttpConnector};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tower_service::Service;

use super::proxy::{self, NoProxy, Proxy};
use super::tls::{Peer, Tls};
use super::uri::{self, Host};
use crate::error::chain;

/// TCP keepalive of pooled connections, as reqwest had it: probes after 15 s idle, every 15 s,
/// 3 of them, so that a peer gone silently is noticed before a request waits on it.
const KEEPALIVE: Duration = Duration::from_secs(15);
const KEEPALIVE_RETRIES: u32 = 3;

/// Why no connection was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ConnectError {
    /// Not within the connect timeout.
    Timeout,
    /// Refused, unreachable, no such host, the proxy refused the tunnel, the TLS handshake
    /// failed...: why, in words that never hold the proxy's password.
    Failed(String),
}

impl std::fmt::Display for ConnectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConnectError::Timeout => f.write_str("no connection within the connect timeout"),
            ConnectError::Failed(reason) => f.write_str(reason),
        }
    }
}

impl std::error::Error for ConnectError {}

/// What a [`Connector`] needs to know.
pub(crate) struct ConnectorSettings {
    /// The limit of the whole of connecting: TCP, the proxy's tunnel, TLS.
    pub(crate) timeout: Duration,
    /// Every connection goes there, no name looked up; a port in the URL wins over its port.
    pub(crate) connect_to: Option<SocketAddr>,
    /// The proxy of `https` URLs, with the hosts it does not apply to.
    pub(crate) proxy: Option<(Proxy, NoProxy)>,
    /// The TLS settings.
    pub(crate) tls: Tls,
}

/// Opens connections; cheap to clone (its settings are shared).
#[derive(Clone)]
pub(crate) struct Connector {
    inner: Arc<Inner>,
}

struct Inner {
    tcp: HttpConnector,
    settings: ConnectorSettings,
}

impl Connector {
    /// A connector with these settings.
    pub(crate) fn new(settings: ConnectorSettings) -> Self {
        let mut tcp = HttpConnector::new();
        // `https` URLs come here too; TLS goes on top.
        tcp.enforce_http(false);
        tcp.set_nodelay(true);
        // Split across a name's addresses, so that one that never answers leaves time for the
        // next; the timeout around the whole of connecting still applies.
        tcp.set_connect_timeout(Some(settings.timeout));
        tcp.set_keepalive(Some(KEEPALIVE));
        tcp.set_keepalive_interval(Some(KEEPALIVE));
        tcp.set_keepalive_retries(Some(KEEPALIVE_RETRIES));
        Self { inner: Arc::new(Inner { tcp, settings }) }
    }

    /// A connection for `dst`, an absolute `http` or `https` URL, ready for HTTP.
    pub(crate) async fn connect(&self, dst: &Uri) -> Result<Stream, ConnectError> {
        match tokio::time::timeout(self.inner.settings.timeout, self.open(dst)).await {
            Ok(result) => result,
            Err(_) => Err(ConnectError::Timeout),
        }
    }

    async fn open(&self, dst: &Uri) -> Result<Stream, ConnectError> {
        let https = uri::is_https(dst);
        if !https && dst.scheme() != Some(&http::uri::Scheme::HTTP) {
            return Err(ConnectError::Failed(format!("the scheme of `{dst}` is neither http nor https")));
        }
        let target = Host::of(dst).ok_or_else(|| ConnectError::Failed(format!("`{dst}` has no host")))?;
        let settings = &self.inner.settings;
        let proxy = settings.proxy.as_ref().filter(|(_, no_proxy)| https && !no_proxy.matches(target));
        let stream = if let Some(addr) = settings.connect_to {
            let addr = SocketAddr::new(addr.ip(), dst.port_u16().unwrap_or(addr.port()));
            let uri = format!("http://{addr}").parse().map_err(|e| ConnectError::Failed(format!("{addr}: {e}")))?;
            self.tcp(uri).await?
        } else if let Some((proxy, _)) = proxy {
            self.through(proxy, dst).await?
        } else {
            self.tcp(dst.clone()).await?
        };
        if !https {
            return Ok(stream);
        }
        let host = dst.host().unwrap_or_default();
        let tls = settings.tls.connect(host, stream, Peer::Server).await.map_err(ConnectError::Failed)?;
        Ok(Stream::Tls(Box::new(tls)))
    }

    /// A tunnel to `dst` through `proxy`.
    async fn through(&self, proxy: &Proxy, dst: &Uri) -> Result<Stream, ConnectError> {
        let mut stream = self.tcp(proxy.uri().clone()).await.map_err(|e| match e {
            ConnectError::Failed(reason) => ConnectError::Failed(format!("the proxy: {reason}")),
            timeout => timeout,
        })?;
        if proxy.is_https() {
            let host = proxy.uri().host().unwrap_or_default();
            let tls = self.inner.settings.tls.connect(host, stream, Peer::Proxy).await.map_err(ConnectError::Failed)?;
            stream = Stream::Tls(Box::new(tls));
        }
        let authority = format!("{}:{}", dst.host().unwrap_or_default(), uri::port(dst));
        proxy::tunnel(&mut stream, &authority, proxy.authorization()).await.map_err(ConnectError::Failed)?;
        Ok(stream)
    }

    /// A TCP connection to the host and port of `uri`, its name looked up if it is one.
    async fn tcp(&self, uri: Uri) -> Result<Stream, ConnectError> {
        let mut tcp = self.inner.tcp.clone();
        let connected = async {
            std::future::poll_fn(|cx| tcp.poll_ready(cx)).await?;
            tcp.call(uri).await
        };
        match connected.await {
            Ok(io) => Ok(Stream::Tcp(io.into_inner())),
            Err(e) if timed_out(&e) => Err(ConnectError::Timeout),
            Err(e) => Err(ConnectError::Failed(chain(&e))),
        }
    }
}

/// Whether an I/O error in the chain of `e` is a timeout.
fn timed_out(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut source = Some(e);
    while let Some(e) = source {
        if e.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::TimedOut) {
            return true;
        }
        source = e.source();
    }
    false
}

impl Service<Uri> for Connector {
    type Response = TokioIo<Stream>;
    type Error = ConnectError;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, ConnectError>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), ConnectError>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, dst: Uri) -> Self::Future {
        let connector = self.clone();
        Box::pin(async move { connector.connect(&dst).await.map(TokioIo::new) })
    }
}

/// An open connection: TCP, or TLS over a connection (TCP, or TLS to an `https://` proxy).
pub(crate) enum Stream {
    /// Plain TCP.
    Tcp(TcpStream),
    /// TLS over another stream; boxed, since a TLS session's buffers are large.
    Tls(Box<TlsStream<Stream>>),
}

impl Connection for Stream {
    fn connected(&self) -> Connected {
        // A `CONNECT` tunnel is not what hyper calls proxied (absolute-form request targets).
        let connected = Connected::new();
        // The outer session is the server's (a proxy's, if any, is inside it), and the pooled
        // client speaks HTTP/2 on it if the server picked `h2`.
        #[cfg(feature = "http2")]
        if let Stream::Tls(tls) = self
            && tls.get_ref().1.alpn_protocol() == Some(super::tls::H2)
        {
            return connected.negotiated_h2();
        }
        connected
    }
}

impl AsyncRead for Stream {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Tcp(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(s).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Stream {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Tcp(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(s).poll_write(cx, buf),
        }
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Tcp(s) => Pin::new(s).poll_write_vectored(cx, bufs),
            Stream::Tls(s) => Pin::new(s).poll_write_vectored(cx, bufs),
        }
    }

    fn is_write_vectored(&self) -> bool {
        // hyper queues head and body as separate slices when the stream takes them at once.
        match self {
            Stream::Tcp(s) => s.is_write_vectored(),
            Stream::Tls(s) => s.is_write_vectored(),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Tcp(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(s).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Tcp(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(s).poll_shutdown(cx),
        }
    }
}
