//! The transport against servers on 127.0.0.1: the CA bundle against a TLS server, the proxy
//! settings against `CONNECT` proxies (plain, and over TLS), `connect_to`, the connect timeout
//! and what goes on the wire. The servers run on plain threads that stop when dropped (or after
//! 20 s), the TLS proxy on a task of the test's runtime.
//!
//! `testdata/` holds a test CA (`ca.pem`), a certificate it issued for `localhost` and `127.0.0.1`
//! valid 2020-2120 (`server.pem`, key `server.key`), and an unrelated CA (`other-ca.pem`), made with
//! `openssl req` and `openssl ca` (EC P-256).

use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::network::NetworkSettings;
use super::{AttemptError, HttpVersions, Limits, Transport};
use crate::env::Env;
use crate::error::{TransportError, chain};
use crate::http::HttpRequest;
use crate::profile::ProfileSet;

const CA: &str = "src/transport/testdata/ca.pem";
const OTHER_CA: &str = "src/transport/testdata/other-ca.pem";
const SERVER_CERT: &[u8] = include_bytes!("testdata/server.pem");
const SERVER_KEY: &[u8] = include_bytes!("testdata/server.key");

fn testdata(path: &str) -> String {
    format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))
}

/// A server on 127.0.0.1 run by `serve` for each connection, on a thread of its own.
struct Server {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    fn start(serve: impl Fn(TcpStream) + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        listener.set_nonblocking(true).unwrap();
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        let serve = Arc::new(serve);
        let thread = std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(20);
            while !stopped.load(Ordering::Relaxed) && Instant::now() < deadline {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let serve = Arc::clone(&serve);
                        std::thread::spawn(move || {
                            let _ = stream.set_nonblocking(false);
                            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                            serve(stream);
                        });
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Self { addr, stop, thread: Some(thread) }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Reads up to the end of a request head.
fn read_head(stream: &mut impl Read) -> io::Result<String> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte)? == 0 || head.len() > 16 << 10 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        head.push(byte[0]);
    }
    Ok(String::from_utf8_lossy(&head).into_owned())
}

const OK: &[u8] = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok";

/// The TLS config of a server with the test CA's certificate for `localhost` and `127.0.0.1`.
fn server_tls() -> Arc<rustls::ServerConfig> {
    let certificates = CertificateDer::pem_slice_iter(SERVER_CERT).collect::<Result<Vec<_>, _>>().unwrap();
    let key = PrivateKeyDer::from_pem_slice(SERVER_KEY).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certificates, key)
        .unwrap();
    Arc::new(config)
}

/// An HTTPS server with the test CA's certificate, answering `ok` to anything.
fn tls_server() -> Server {
    let config = server_tls();
    Server::start(move |stream| {
        let Ok(connection) = rustls::ServerConnection::new(Arc::clone(&config)) else { return };
        let mut tls = rustls::StreamOwned::new(connection, stream);
        if read_head(&mut tls).is_ok() {
            let _ = tls.write_all(OK);
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
    })
}

/// Request heads as a server read them.
type Heads = Arc<Mutex<Vec<String>>>;

/// The first line of each head.
fn lines(heads: &Heads) -> Vec<String> {
    heads.lock().unwrap().iter().map(|h| h.lines().next().unwrap_or_default().to_owned()).collect()
}

/// A plain HTTP server answering `ok`, with the request heads it read.
fn http_server() -> (Server, Heads) {
    let seen = Heads::default();
    let recorded = Arc::clone(&seen);
    let server = Server::start(move |mut stream| {
        if let Ok(head) = read_head(&mut stream) {
            recorded.lock().unwrap().push(head);
            let _ = stream.write_all(OK);
        }
    });
    (server, seen)
}

/// The port of a `CONNECT 127.0.0.1:<port> ...` head: the only tunnels the test proxies make.
fn tunnel_port(head: &str) -> Option<u16> {
    head.strip_prefix("CONNECT 127.0.0.1:")?.split(' ').next()?.parse().ok()
}

/// A `CONNECT` proxy that records each request head and tunnels only to 127.0.0.1.
fn connect_proxy() -> (Server, Heads) {
    let seen = Heads::default();
    let recorded = Arc::clone(&seen);
    let server = Server::start(move |mut client| {
        let Ok(head) = read_head(&mut client) else { return };
        recorded.lock().unwrap().push(head.clone());
        let Some(Ok(upstream)) = tunnel_port(&head).map(|port| TcpStream::connect((Ipv4Addr::LOCALHOST, port))) else {
            let _ = client.write_all(b"HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n");
            return;
        };
        let _ = upstream.set_read_timeout(Some(Duration::from_secs(5)));
        if client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n").is_err() {
            return;
        }
        let (mut client_in, mut upstream_out) = (client.try_clone().unwrap(), upstream.try_clone().unwrap());
        let up = std::thread::spawn(move || {
            let _ = io::copy(&mut client_in, &mut upstream_out);
            let _ = upstream_out.shutdown(std::net::Shutdown::Write);
        });
        let (mut upstream_in, mut client_out) = (upstream, client);
        let _ = io::copy(&mut upstream_in, &mut client_out);
        let _ = client_out.shutdown(std::net::Shutdown::Write);
        let _ = up.join();
    });
    (server, seen)
}

/// A `CONNECT` proxy reached over TLS (the test CA's certificate) that records each request head
/// and tunnels only to 127.0.0.1; it runs on the test's runtime, and ends with it.
async fn tls_connect_proxy() -> (SocketAddr, Heads) {
    let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await.unwrap();
    let addr = listener.local_addr().unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(server_tls());
    let seen = Heads::default();
    let recorded = Arc::clone(&seen);
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let (acceptor, recorded) = (acceptor.clone(), Arc::clone(&recorded));
            tokio::spawn(async move {
                let Ok(mut client) = acceptor.accept(tcp).await else { return };
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") {
                    if !matches!(client.read(&mut byte).await, Ok(1)) {
                        return;
                    }
                    head.push(byte[0]);
                }
                let head = String::from_utf8_lossy(&head).into_owned();
                recorded.lock().unwrap().push(head.clone());
                let Some(port) = tunnel_port(&head) else { return };
                let Ok(mut upstream) = tokio::net::TcpStream::connect((Ipv4Addr::LOCALHOST, port)).await else {
                    return;
                };
                if client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n").await.is_ok() {
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
                }
            });
        }
    });
    (addr, seen)
}

fn settings(vars: &[(&str, String)]) -> NetworkSettings {
    let env = Env::from_pairs(vars.iter().map(|(k, v)| (k.to_string(), v.clone())));
    NetworkSettings::from_env(&env, &ProfileSet::parse("", "", "default").unwrap()).unwrap()
}

fn limits(connect_timeout: Duration) -> Limits {
    Limits { connect_timeout, read_timeout: Some(Duration::from_secs(10)), max_response_bytes: 1 << 20 }
}

fn error_text(e: AttemptError) -> String {
    match e {
        AttemptError::Transport(e) => chain(&e),
        AttemptError::TooLarge { source, .. } => chain(&source),
    }
}

/// The body of `request` sent on `transport`, or the error's text.
async fn send(transport: &Transport, request: &HttpRequest) -> Result<String, String> {
    let response = transport.send_within(request, Some(Duration::from_secs(10)), false).await.map_err(error_text)?.0;
    Ok(String::from_utf8_lossy(&response.body).into_owned())
}

/// A transport with a connect timeout of 5 s, speaking the default versions.
fn transport(connect_to: Option<SocketAddr>, settings: &NetworkSettings) -> Transport {
    Transport::new(limits(Duration::from_secs(5)), connect_to, settings, HttpVersions::default()).unwrap()
}

/// A GET of `url` on a transport of its own.
async fn get(settings: &NetworkSettings, url: &str) -> Result<String, String> {
    let transport = transport(None, settings);
    send(&transport, &HttpRequest::new("GET", url)).await
}

#[tokio::test]
async fn the_ca_bundle_is_trusted_instead_of_the_system_roots() {
    let server = tls_server();
    let url = format!("https://127.0.0.1:{}/", server.addr.port());
    assert_eq!(get(&settings(&[("AWS_CA_BUNDLE", testdata(CA))]), &url).await.as_deref(), Ok("ok"));
    let localhost = format!("https://localhost:{}/", server.addr.port());
    assert_eq!(get(&settings(&[("AWS_CA_BUNDLE", testdata(CA))]), &localhost).await.as_deref(), Ok("ok"));
    for untrusted in [settings(&[("AWS_CA_BUNDLE", testdata(OTHER_CA))]), settings(&[])] {
        let err = get(&untrusted, &url).await.unwrap_err();
        assert!(err.to_lowercase().contains("certificate"), "{err}");
    }
}

#[tokio::test]
async fn https_goes_through_the_proxy_unless_no_proxy_says_otherwise() {
    let server = tls_server();
    let (proxy, seen) = connect_proxy();
    let url = format!("https://127.0.0.1:{}/", server.addr.port());
    let proxy_url = format!("http://127.0.0.1:{}", proxy.addr.port());
    let bundle = ("AWS_CA_BUNDLE", testdata(CA));

    let proxied = settings(&[("HTTPS_PROXY", proxy_url.clone()), bundle.clone()]);
    assert_eq!(get(&proxied, &url).await.as_deref(), Ok("ok"));
    assert_eq!(lines(&seen), [format!("CONNECT 127.0.0.1:{} HTTP/1.1", server.addr.port())]);
    assert!(!seen.lock().unwrap()[0].to_lowercase().contains("proxy-authorization"));

    for no_proxy in ["127.0.0.1", "127.0.0.0/8", "*", "example.com, 127.0.0.1"] {
        let direct = settings(&[("https_proxy", proxy_url.clone()), ("no_proxy", no_proxy.to_owned()), bundle.clone()]);
        assert_eq!(get(&direct, &url).await.as_deref(), Ok("ok"), "{no_proxy}");
        assert_eq!(seen.lock().unwrap().len(), 1, "{no_proxy}");
    }
    let elsewhere = settings(&[("HTTPS_PROXY", proxy_url.clone()), ("NO_PROXY", "example.com".into()), bundle]);
    assert_eq!(get(&elsewhere, &url).await.as_deref(), Ok("ok"));
    assert_eq!(seen.lock().unwrap().len(), 2, "only the first and the last went through the proxy");

    let (plain, _) = http_server();
    let http_url = format!("http://127.0.0.1:{}/", plain.addr.port());
    assert_eq!(get(&settings(&[("HTTPS_PROXY", proxy_url)]), &http_url).await.as_deref(), Ok("ok"));
    assert_eq!(seen.lock().unwrap().len(), 2, "plain http never uses the https proxy");
}

#[tokio::test]
async fn the_proxy_gets_the_decoded_credentials_and_errors_never_show_them() {
    let server = tls_server();
    let (proxy, seen) = connect_proxy();
    let url = format!("https://localhost:{}/", server.addr.port());
    // user "user", password "p@ss w:rd".
    let proxy_url = format!("http://user:p%40ss%20w:rd@127.0.0.1:{}", proxy.addr.port());
    let proxied = settings(&[("HTTPS_PROXY", proxy_url), ("AWS_CA_BUNDLE", testdata(CA))]);
    // The proxy tunnels to 127.0.0.1 only: a name is refused, and the error says how.
    let err = get(&proxied, &url).await.unwrap_err();
    assert!(err.contains("status 403") && !err.contains("p@ss") && !err.contains("%40"), "{err}");
    let heads = seen.lock().unwrap().clone();
    assert_eq!(lines(&seen), [format!("CONNECT localhost:{} HTTP/1.1", server.addr.port())]);
    // base64("user:p@ss w:rd")
    assert!(heads[0].contains("\r\nProxy-Authorization: Basic dXNlcjpwQHNzIHc6cmQ=\r\n"), "{}", heads[0]);
    let shown = format!("{proxied:?}");
    assert!(shown.contains("***@127.0.0.1") && !shown.contains("p%40ss"), "{shown}");

    let refusing = Server::start(|mut stream| {
        if read_head(&mut stream).is_ok() {
            let _ = stream.write_all(b"HTTP/1.1 407 Proxy Authentication Required\r\ncontent-length: 0\r\n\r\n");
        }
    });
    let proxied = settings(&[("HTTPS_PROXY", format!("http://user:hunter2@127.0.0.1:{}", refusing.addr.port()))]);
    let transport = transport(None, &proxied);
    let err = transport.send_within(&HttpRequest::new("GET", &url), None, false).await.unwrap_err();
    let AttemptError::Transport(TransportError::Connect { url: failed, reason }) = &err else { panic!("{err:?}") };
    assert_eq!((failed.as_str(), reason.as_str()), (url.as_str(), "the proxy requires authentication (status 407)"));
}

#[tokio::test]
async fn an_https_proxy_is_reached_over_tls_and_tunnels_tls_inside() {
    let server = tls_server();
    let (proxy, seen) = tls_connect_proxy().await;
    let url = format!("https://127.0.0.1:{}/", server.addr.port());
    let bundle = ("AWS_CA_BUNDLE", testdata(CA));
    let proxied = settings(&[("HTTPS_PROXY", format!("https://localhost:{}", proxy.port())), bundle.clone()]);
    assert_eq!(get(&proxied, &url).await.as_deref(), Ok("ok"));
    assert_eq!(lines(&seen), [format!("CONNECT 127.0.0.1:{} HTTP/1.1", server.addr.port())]);
    // The proxy's certificate is checked like any other.
    let untrusted = settings(&[("HTTPS_PROXY", format!("https://127.0.0.1:{}", proxy.port()))]);
    let err = get(&untrusted, &url).await.unwrap_err();
    assert!(err.contains("TLS handshake with `127.0.0.1`") && err.contains("certificate"), "{err}");
    assert_eq!(seen.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn the_request_goes_as_signed_with_the_length_of_its_body() {
    let (server, seen) = http_server();
    let transport = transport(None, &NetworkSettings::default());
    let mut request = HttpRequest::new("POST", format!("http://127.0.0.1:{}/a/b?c=d", server.addr.port()));
    request.headers = [("host", "signed.example"), ("content-length", "999"), ("x-amz-date", "20250101T000000Z")]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .to_vec();
    request.body = bytes::Bytes::from_static(b"abc");
    assert_eq!(send(&transport, &request).await.as_deref(), Ok("ok"));
    let head = seen.lock().unwrap()[0].to_lowercase();
    assert!(head.starts_with("post /a/b?c=d http/1.1\r\n"), "{head}");
    assert_eq!(head.matches("\r\nhost:").count(), 1, "{head}");
    for line in ["\r\nhost: signed.example\r\n", "\r\ncontent-length: 3\r\n", "\r\nx-amz-date: 20250101t000000z\r\n"] {
        assert!(head.contains(line), "{line:?} in {head}");
    }
    assert!(!head.contains("999"), "{head}");

    // Without a host header, the URL's authority is sent.
    let url = format!("http://127.0.0.1:{}/", server.addr.port());
    assert_eq!(send(&transport, &HttpRequest::new("GET", &url)).await.as_deref(), Ok("ok"));
    let head = seen.lock().unwrap()[1].clone();
    assert!(head.contains(&format!("\r\nhost: 127.0.0.1:{}\r\n", server.addr.port())), "{head}");

    for bad in ["ftp://127.0.0.1/", "not a url", "http://127.0.0.1:99999/"] {
        let err = transport.send_within(&HttpRequest::new("GET", bad), None, false).await.unwrap_err();
        assert!(matches!(err, AttemptError::Transport(TransportError::Io(_))), "{bad}: {err:?}");
    }
    assert_eq!(seen.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn one_transport_sends_to_each_url_it_is_given() {
    let ((a, seen_a), (b, seen_b)) = (http_server(), http_server());
    let transport = transport(None, &NetworkSettings::default());
    for n in 0..3 {
        for (server, path) in [(&a, "a"), (&b, "b")] {
            let url = format!("http://127.0.0.1:{}/{path}{n}", server.addr.port());
            assert_eq!(send(&transport, &HttpRequest::new("GET", url)).await.as_deref(), Ok("ok"));
        }
    }
    let paths = |seen: &Heads| lines(seen).iter().map(|l| l.split(' ').nth(1).unwrap().to_owned()).collect::<Vec<_>>();
    assert_eq!(paths(&seen_a), ["/a0", "/a1", "/a2"]);
    assert_eq!(paths(&seen_b), ["/b0", "/b1", "/b2"]);
}

#[tokio::test]
async fn connect_to_reaches_its_address_whatever_the_host_and_a_url_port_wins() {
    let (server, seen) = http_server();
    let to_server = transport(Some(server.addr), &NetworkSettings::default());
    assert_eq!(send(&to_server, &HttpRequest::new("GET", "http://service.example/x")).await.as_deref(), Ok("ok"));
    // An address in the URL is no exception.
    assert_eq!(send(&to_server, &HttpRequest::new("GET", "http://10.9.8.7/y")).await.as_deref(), Ok("ok"));
    // Port 1: nothing listens there; the URL's port is the server's.
    let closed: SocketAddr = (Ipv4Addr::LOCALHOST, 1).into();
    let with_port = transport(Some(closed), &NetworkSettings::default());
    let url = format!("http://service.example:{}/z", server.addr.port());
    assert_eq!(send(&with_port, &HttpRequest::new("GET", url)).await.as_deref(), Ok("ok"));
    let heads = seen.lock().unwrap().clone();
    assert_eq!(lines(&seen), ["GET /x HTTP/1.1", "GET /y HTTP/1.1", "GET /z HTTP/1.1"]);
    assert!(heads[0].contains("\r\nhost: service.example\r\n"), "{}", heads[0]);
    assert!(heads[2].contains(&format!("\r\nhost: service.example:{}\r\n", server.addr.port())), "{}", heads[2]);
    let err =
        with_port.send_within(&HttpRequest::new("GET", "http://service.example/"), None, false).await.unwrap_err();
    assert!(matches!(&err, AttemptError::Transport(TransportError::Connect { .. })), "{err:?}");
}

#[tokio::test]
async fn a_tls_handshake_that_never_ends_is_a_connect_timeout() {
    // Reads whatever comes (the TLS hello) and never answers, until the client gives up.
    let silent = Server::start(|mut stream| {
        let mut buffer = [0u8; 1024];
        while matches!(stream.read(&mut buffer), Ok(n) if n > 0) {}
    });
    let url = format!("https://127.0.0.1:{}/", silent.addr.port());
    let limit = Duration::from_millis(200);
    let mut limits = limits(limit);
    limits.read_timeout = None;
    let transport =
        Transport::new(limits, None, &settings(&[("AWS_CA_BUNDLE", testdata(CA))]), HttpVersions::default()).unwrap();
    let start = Instant::now();
    let err = transport.send_within(&HttpRequest::new("GET", &url), None, false).await.unwrap_err();
    let AttemptError::Transport(TransportError::ConnectTimeout { url: failed, after }) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((failed.as_str(), *after), (url.as_str(), limit));
    assert!(start.elapsed() < Duration::from_secs(3), "{:?}", start.elapsed());
}
