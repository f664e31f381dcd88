//! The proxy and CA bundle settings against a TLS server and a `CONNECT` proxy on 127.0.0.1, both
//! on plain threads that stop when dropped (or after 20 s).
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

use super::network::NetworkSettings;
use crate::env::Env;
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

/// An HTTPS server with the test CA's certificate, answering `ok` to anything.
fn tls_server() -> Server {
    let certificates = CertificateDer::pem_slice_iter(SERVER_CERT).collect::<Result<Vec<_>, _>>().unwrap();
    let key = PrivateKeyDer::from_pem_slice(SERVER_KEY).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certificates, key)
        .unwrap();
    let config = Arc::new(config);
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

/// A plain HTTP server answering `ok`.
fn http_server() -> Server {
    Server::start(|mut stream| {
        if read_head(&mut stream).is_ok() {
            let _ = stream.write_all(OK);
        }
    })
}

/// A `CONNECT` proxy that records each request line and tunnels only to 127.0.0.1.
fn connect_proxy() -> (Server, Arc<Mutex<Vec<String>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let recorded = Arc::clone(&seen);
    let server = Server::start(move |mut client| {
        let Ok(head) = read_head(&mut client) else { return };
        let line = head.lines().next().unwrap_or_default().to_owned();
        recorded.lock().unwrap().push(line.clone());
        let port = line.strip_prefix("CONNECT 127.0.0.1:").and_then(|rest| rest.split(' ').next()?.parse::<u16>().ok());
        let Some(Ok(upstream)) = port.map(|port| TcpStream::connect((Ipv4Addr::LOCALHOST, port))) else {
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

fn settings(vars: &[(&str, String)]) -> NetworkSettings {
    let env = Env::from_pairs(vars.iter().map(|(k, v)| (k.to_string(), v.clone())));
    NetworkSettings::from_env(&env, &ProfileSet::parse("", "", "default").unwrap()).unwrap()
}

async fn get(settings: &NetworkSettings, url: &str) -> Result<String, String> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let builder = reqwest::Client::builder().http1_only().timeout(Duration::from_secs(10));
    let client = settings.apply(builder).unwrap().build().unwrap();
    let response = client.get(url).send().await.map_err(|e| crate::error::chain(&e))?;
    response.text().await.map_err(|e| crate::error::chain(&e))
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
    assert_eq!(*seen.lock().unwrap(), [format!("CONNECT 127.0.0.1:{} HTTP/1.1", server.addr.port())]);

    for no_proxy in ["127.0.0.1", "127.0.0.0/8", "*", "example.com, 127.0.0.1"] {
        let direct = settings(&[("https_proxy", proxy_url.clone()), ("no_proxy", no_proxy.to_owned()), bundle.clone()]);
        assert_eq!(get(&direct, &url).await.as_deref(), Ok("ok"), "{no_proxy}");
        assert_eq!(seen.lock().unwrap().len(), 1, "{no_proxy}");
    }
    let elsewhere = settings(&[("HTTPS_PROXY", proxy_url.clone()), ("NO_PROXY", "example.com".into()), bundle]);
    assert_eq!(get(&elsewhere, &url).await.as_deref(), Ok("ok"));
    assert_eq!(seen.lock().unwrap().len(), 2, "only the first and the last went through the proxy");

    let plain = http_server();
    let http_url = format!("http://127.0.0.1:{}/", plain.addr.port());
    assert_eq!(get(&settings(&[("HTTPS_PROXY", proxy_url)]), &http_url).await.as_deref(), Ok("ok"));
    assert_eq!(seen.lock().unwrap().len(), 2, "plain http never uses the https proxy");
}
