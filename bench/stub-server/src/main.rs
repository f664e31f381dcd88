//! A loopback stub of Partner Central Channel for the benchmark: every request on
//! `127.0.0.1:PORT` is read in full and answered `200` with one fixed CreateChannelHandshake
//! output. No signature check and no parsing, so that the server costs little next to the
//! clients it measures.
//!
//! `stub-server [PORT [MAX_SECONDS]]`: PORT 0 (the default) picks a free port; the server prints
//! `listening on http://127.0.0.1:PORT` and stops by itself after MAX_SECONDS (default 3600). On
//! stderr it says `auth=<algorithm>` whenever the signing algorithm of the requests changes, so a
//! run shows which one each client used.

use std::cell::RefCell;
use std::convert::Infallible;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

const BODY: &[u8] = br#"{"channelHandshakeDetail":{"id":"ch-0123456789abc","arn":"arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/channel-handshake/ch-0123456789abc"}}"#;

thread_local! {
    static LAST_ALGORITHM: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

async fn answer(request: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    let authorization = request.headers().get("authorization").map(|v| v.as_bytes()).unwrap_or_default();
    let algorithm = authorization.split(|&b| b == b' ').next().unwrap_or_default();
    LAST_ALGORITHM.with_borrow_mut(|last| {
        if last.as_slice() != algorithm {
            eprintln!("auth={}", String::from_utf8_lossy(algorithm));
            last.clear();
            last.extend_from_slice(algorithm);
        }
    });
    // Read the whole body, as a real service would before answering.
    let _ = request.into_body().collect().await;
    let response = Response::builder()
        .header("content-type", "application/x-amz-json-1.0")
        .header("x-amzn-requestid", "00000000-0000-4000-8000-000000000000")
        .body(Full::new(Bytes::from_static(BODY)))
        .expect("a fixed response");
    Ok(response)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    let port: u16 = args.next().map_or(0, |p| p.parse().expect("PORT is a number"));
    let max_seconds: u64 = args.next().map_or(3600, |s| s.parse().expect("MAX_SECONDS is a number"));
    let listener = TcpListener::bind(("127.0.0.1", port)).await.expect("bind 127.0.0.1");
    println!("listening on http://{}", listener.local_addr().expect("local address"));
    let serve = async {
        loop {
            let Ok((stream, _)) = listener.accept().await else { continue };
            let _ = stream.set_nodelay(true);
            tokio::spawn(async move {
                let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service_fn(answer)).await;
            });
        }
    };
    let _ = tokio::time::timeout(Duration::from_secs(max_seconds), serve).await;
}
