//! A loopback stand-in of S3 for the throughput benchmark (bench/run.sh's S3 phase): it takes
//! and serves object bodies at memory speed, checks no signature and keeps nothing.
//!
//! `s3-stand-in [PORT [MAX_SECONDS]]`: PORT 0 (the default) picks a free port; it prints
//! `listening on http://127.0.0.1:PORT` and stops by itself after MAX_SECONDS (default 3600).
//!
//! Path-style addressing only, `/BUCKET/KEY`:
//! - `PUT` (PutObject, and UploadPart with `?partNumber=N&uploadId=..`): the body is read to its
//!   end and dropped, whatever its encoding: plain, or `aws-chunked` (signed chunks
//!   `STREAMING-AWS4-HMAC-SHA256-PAYLOAD`, unsigned ones with a trailer, ...), whose chunk
//!   headers it walks to count the payload; a payload that is not the
//!   `x-amz-decoded-content-length` announced is refused (`400 IncompleteBody`). `200` with an
//!   `ETag`.
//! - `GET` and `HEAD`: the object's size is the leading digits of the key's last segment
//!   (`/bench/1073741824` is 1 GiB, `/small/1024-17` 1 KiB; 1 KiB without digits), its bytes come
//!   from one static buffer; `Range: bytes=a-b` (or `a-`, `-n`) gives `206` with
//!   `Content-Range`; `If-Match` with another entity tag gives `412`.
//! - `POST ?uploads` (CreateMultipartUpload), `POST ?uploadId=` (CompleteMultipartUpload),
//!   `DELETE ?uploadId=` (AbortMultipartUpload), `DELETE` (DeleteObject); `PUT`/`HEAD` of a
//!   bucket answer `200`.
//!
//! No checksum headers are sent, so that neither client validates a checksum of what it reads.
//! On stderr it says `PutObject|UploadPart <how the body came>` whenever that changes (the payload hash, the
//! content encoding and the trailer), so a run shows what each client sent.

use std::cell::RefCell;
use std::convert::Infallible;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper::header::{CONTENT_LENGTH, CONTENT_TYPE, ETAG};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

const NS: &str = "http://s3.amazonaws.com/doc/2006-03-01/";
/// The bytes every object is made of, sent a slice at a time.
const CHUNK: usize = 1 << 20;
static BUFFER: [u8; CHUNK] = [b's'; CHUNK];
static UPLOADS: AtomicU64 = AtomicU64::new(0);

thread_local! {
    static LAST_PUT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// A response body: nothing, some bytes, or `left` bytes of [`BUFFER`] (repeated).
enum Out {
    Empty,
    Full(Option<Bytes>),
    Object { left: u64 },
}

impl Body for Out {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        Poll::Ready(match self.get_mut() {
            Out::Empty => None,
            Out::Full(bytes) => bytes.take().map(|b| Ok(Frame::data(b))),
            Out::Object { left: 0 } => None,
            Out::Object { left } => {
                let n = (*left).min(CHUNK as u64) as usize;
                *left -= n as u64;
                Some(Ok(Frame::data(Bytes::from_static(&BUFFER[..n]))))
            }
        })
    }

    fn is_end_stream(&self) -> bool {
        match self {
            Out::Empty => true,
            Out::Full(bytes) => bytes.is_none(),
            Out::Object { left } => *left == 0,
        }
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(match self {
            Out::Empty => 0,
            Out::Full(bytes) => bytes.as_ref().map_or(0, |b| b.len() as u64),
            Out::Object { left } => *left,
        })
    }
}

/// A response's head: `len` bytes of body to come.
fn response(status: StatusCode, len: u64) -> hyper::http::response::Builder {
    Response::builder()
        .status(status)
        .header("x-amz-request-id", "BENCH0000000000")
        .header("x-amz-id-2", "YmVuY2gtc3RhbmQtaW4=")
        .header("server", "AmazonS3")
        .header(CONTENT_LENGTH, len)
}

fn xml(status: StatusCode, text: String) -> Response<Out> {
    response(status, text.len() as u64)
        .header(CONTENT_TYPE, "application/xml")
        .body(Out::Full(Some(Bytes::from(text))))
        .expect("an XML response")
}

/// An S3 error, as S3 words them.
fn error(status: StatusCode, code: &str, message: &str) -> Response<Out> {
    let text = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message><RequestId>BENCH0000000000</RequestId><HostId>YmVuY2gtc3RhbmQtaW4=</HostId></Error>"
    );
    xml(status, text)
}

/// The entity tag of an object of `size` bytes (of a part, of an upload of `parts` parts).
fn e_tag(size: u64, parts: Option<usize>) -> String {
    match parts {
        Some(n) => format!("\"{size:032x}-{n}\""),
        None => format!("\"{size:032x}\""),
    }
}

/// The size of the object at `key`: the leading digits of its last segment, else 1 KiB.
fn object_size(key: &str) -> u64 {
    let last = key.rsplit('/').next().unwrap_or(key);
    let digits = last.bytes().take_while(u8::is_ascii_digit).count();
    last[..digits].parse().unwrap_or(1024)
}

/// `bytes=a-b`, `bytes=a-` or `bytes=-n` of an object of `size` bytes: the first and last byte,
/// or `None` if it cannot be served.
fn range(value: &str, size: u64) -> Option<(u64, u64)> {
    let spec = value.trim().strip_prefix("bytes=")?;
    let (a, b) = spec.split_once('-')?;
    if a.is_empty() {
        let n: u64 = b.parse().ok()?;
        return (n > 0 && size > 0).then(|| (size.saturating_sub(n), size - 1));
    }
    let first: u64 = a.parse().ok()?;
    let last: u64 =
        if b.is_empty() { size.saturating_sub(1) } else { b.parse::<u64>().ok()?.min(size.saturating_sub(1)) };
    (first < size && first <= last).then_some((first, last))
}

/// Walks an `aws-chunked` body: `HEX[;ext]\r\n DATA \r\n ... 0[;ext]\r\n [trailers\r\n] \r\n`,
/// counting the payload and looking at nothing else.
#[derive(Default)]
struct AwsChunked {
    state: ChunkState,
    line: Vec<u8>,
    payload: u64,
}

#[derive(Default, PartialEq)]
enum ChunkState {
    #[default]
    Size,
    Data(u64),
    DataEnd(u8),
    Trailer,
    Done,
}

impl AwsChunked {
    fn feed(&mut self, mut bytes: &[u8]) -> Result<(), &'static str> {
        while !bytes.is_empty() {
            match self.state {
                ChunkState::Data(left) => {
                    let n = left.min(bytes.len() as u64);
                    self.payload += n;
                    bytes = &bytes[n as usize..];
                    self.state = if n == left { ChunkState::DataEnd(2) } else { ChunkState::Data(left - n) };
                }
                ChunkState::DataEnd(left) => {
                    let n = (left as usize).min(bytes.len());
                    if bytes[..n].iter().any(|&b| b != b'\r' && b != b'\n') {
                        return Err("a chunk is longer than its size");
                    }
                    bytes = &bytes[n..];
                    self.state =
                        if n == left as usize { ChunkState::Size } else { ChunkState::DataEnd(left - n as u8) };
                }
                ChunkState::Done => return Err("bytes after the last chunk"),
                ChunkState::Size | ChunkState::Trailer => {
                    let Some(end) = bytes.iter().position(|&b| b == b'\n') else {
                        self.line.extend_from_slice(bytes);
                        if self.line.len() > 8192 {
                            return Err("a chunk header line is too long");
                        }
                        return Ok(());
                    };
                    self.line.extend_from_slice(&bytes[..end]);
                    bytes = &bytes[end + 1..];
                    let line = self.line.strip_suffix(b"\r").unwrap_or(&self.line);
                    if self.state == ChunkState::Trailer {
                        if line.is_empty() {
                            self.state = ChunkState::Done;
                        }
                    } else {
                        let hex = line.split(|&b| b == b';').next().unwrap_or_default();
                        let text = std::str::from_utf8(hex).map_err(|_| "a chunk size is not hex")?;
                        let size = u64::from_str_radix(text.trim(), 16).map_err(|_| "a chunk size is not hex")?;
                        self.state = if size == 0 { ChunkState::Trailer } else { ChunkState::Data(size) };
                    }
                    self.line.clear();
                }
            }
        }
        Ok(())
    }

    /// Whether the body ended where it may: after the last chunk (its trailers' blank line
    /// missing is let go).
    fn ended(&self) -> bool {
        matches!(self.state, ChunkState::Trailer | ChunkState::Done)
    }
}

/// Reads a request body to its end: the payload's length (decoded from `aws-chunked`), or why
/// it is refused. `operation` names it in the line that says how bodies come, if given.
async fn drain(request: Request<Incoming>, operation: Option<&str>) -> Result<u64, Response<Out>> {
    let headers = request.headers();
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("");
    let content_sha = header("x-amz-content-sha256");
    let encoding = header("content-encoding");
    let chunked = encoding.split(',').any(|e| e.trim() == "aws-chunked") || content_sha.starts_with("STREAMING-");
    let decoded: Option<u64> = headers.get("x-amz-decoded-content-length").and_then(|v| v.to_str().ok()?.parse().ok());
    if let Some(operation) = operation {
        let shown = |name: &str| match header(name) {
            "" => "-",
            hash if name == "x-amz-content-sha256" && hash.len() == 64 => "<hex>",
            value => value,
        };
        // A checksum sent in a header, not a trailer: its name.
        let checksum = headers.keys().map(|k| k.as_str()).find(|k| k.starts_with("x-amz-checksum-")).unwrap_or("-");
        let how = format!(
            "{operation} sha256={} content-encoding={} trailer={} checksum-header={checksum} transfer-encoding={} expect={}",
            shown("x-amz-content-sha256"),
            shown("content-encoding"),
            shown("x-amz-trailer"),
            shown("transfer-encoding"),
            shown("expect"),
        );
        LAST_PUT.with_borrow_mut(|last| {
            if *last != how {
                eprintln!("{how}");
                *last = how;
            }
        });
    }
    let mut body = request.into_body();
    let mut parser = chunked.then(AwsChunked::default);
    let mut wire = 0u64;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| error(StatusCode::BAD_REQUEST, "IncompleteBody", &e.to_string()))?;
        if let Ok(data) = frame.into_data() {
            wire += data.len() as u64;
            if let Some(parser) = &mut parser {
                parser.feed(&data).map_err(|e| error(StatusCode::BAD_REQUEST, "IncompleteBody", e))?;
            }
        }
    }
    let payload = match &parser {
        Some(parser) if !parser.ended() => {
            return Err(error(StatusCode::BAD_REQUEST, "IncompleteBody", "the body ended within a chunk"));
        }
        Some(parser) => parser.payload,
        None => wire,
    };
    if decoded.is_some_and(|d| d != payload) {
        return Err(error(
            StatusCode::BAD_REQUEST,
            "IncompleteBody",
            "the payload is not x-amz-decoded-content-length",
        ));
    }
    Ok(payload)
}

fn query_has(query: &str, name: &str) -> bool {
    query.split('&').any(|pair| pair.split('=').next() == Some(name))
}

async fn answer(request: Request<Incoming>) -> Result<Response<Out>, Infallible> {
    let path = request.uri().path().to_owned();
    let query = request.uri().query().unwrap_or("").to_owned();
    let (bucket, key) = path.trim_start_matches('/').split_once('/').unwrap_or((path.trim_start_matches('/'), ""));
    let (bucket, key) = (bucket.to_owned(), key.to_owned());
    let method = request.method().clone();
    let ok = || response(StatusCode::OK, 0);
    let reply = match method {
        _ if bucket.is_empty() => error(StatusCode::BAD_REQUEST, "InvalidRequest", "path-style addressing only"),
        Method::PUT | Method::HEAD if key.is_empty() => ok().body(Out::Empty).unwrap(),
        Method::PUT => {
            match drain(request, Some(if query_has(&query, "uploadId") { "UploadPart" } else { "PutObject" })).await {
                Ok(payload) => ok().header(ETAG, e_tag(payload, None)).body(Out::Empty).unwrap(),
                Err(refused) => refused,
            }
        }
        Method::GET | Method::HEAD => {
            let size = object_size(&key);
            let tag = e_tag(size, None);
            let headers = request.headers();
            if let Some(wanted) = headers.get("if-match").and_then(|v| v.to_str().ok())
                && wanted != "*"
                && wanted.trim() != tag
            {
                return Ok(error(StatusCode::PRECONDITION_FAILED, "PreconditionFailed", "If-Match"));
            }
            let wanted = headers.get("range").and_then(|v| v.to_str().ok()).map(|r| range(r, size));
            let (status, first, last) = match wanted {
                None => (StatusCode::OK, 0, size),
                Some(Some((a, b))) => (StatusCode::PARTIAL_CONTENT, a, b + 1),
                Some(None) => return Ok(error(StatusCode::RANGE_NOT_SATISFIABLE, "InvalidRange", "range")),
            };
            let len = last - first;
            let mut builder = response(status, len)
                .header(ETAG, tag)
                .header(CONTENT_TYPE, "application/octet-stream")
                .header("last-modified", "Wed, 01 Jan 2025 00:00:00 GMT")
                .header("accept-ranges", "bytes");
            if status == StatusCode::PARTIAL_CONTENT {
                builder = builder.header("content-range", format!("bytes {first}-{}/{size}", last - 1));
            }
            let body = if method == Method::HEAD { Out::Empty } else { Out::Object { left: len } };
            builder.body(body).unwrap()
        }
        Method::POST if query_has(&query, "uploads") => {
            let _ = drain(request, None).await;
            let id = UPLOADS.fetch_add(1, Ordering::Relaxed);
            xml(
                StatusCode::OK,
                format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<InitiateMultipartUploadResult xmlns=\"{NS}\"><Bucket>{bucket}</Bucket><Key>{key}</Key><UploadId>bench-upload-{id}</UploadId></InitiateMultipartUploadResult>"
                ),
            )
        }
        Method::POST if query_has(&query, "uploadId") => {
            let mut body = request.into_body();
            let mut text = Vec::new();
            while let Some(Ok(frame)) = body.frame().await {
                if let Ok(data) = frame.into_data() {
                    text.extend_from_slice(&data);
                }
            }
            let parts = text.windows(6).filter(|w| w == b"<Part>").count();
            let tag = e_tag(text.len() as u64, Some(parts)).replace('"', "&quot;");
            xml(
                StatusCode::OK,
                format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CompleteMultipartUploadResult xmlns=\"{NS}\"><Location>http://127.0.0.1/{bucket}/{key}</Location><Bucket>{bucket}</Bucket><Key>{key}</Key><ETag>{tag}</ETag></CompleteMultipartUploadResult>"
                ),
            )
        }
        Method::DELETE => Response::builder()
            .status(StatusCode::NO_CONTENT)
            .header("x-amz-request-id", "BENCH0000000000")
            .body(Out::Empty)
            .unwrap(),
        _ => error(StatusCode::NOT_IMPLEMENTED, "NotImplemented", "the stand-in does not do this"),
    };
    Ok(reply)
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
                let _ =
                    http1::Builder::new().writev(true).serve_connection(TokioIo::new(stream), service_fn(answer)).await;
            });
        }
    };
    let _ = tokio::time::timeout(Duration::from_secs(max_seconds), serve).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aws_chunked_payload_is_counted() {
        let body =
            b"5;chunk-signature=abc\r\nhello\r\n3\r\nabc\r\n0;chunk-signature=def\r\nx-amz-checksum-crc32:AAAA\r\n\r\n";
        for split in 1..body.len() {
            let mut p = AwsChunked::default();
            p.feed(&body[..split]).unwrap();
            p.feed(&body[split..]).unwrap();
            assert!(p.ended());
            assert_eq!(p.payload, 8);
        }
    }

    #[test]
    fn ranges_and_sizes() {
        assert_eq!(object_size("bench/1073741824"), 1 << 30);
        assert_eq!(object_size("small/1024-17"), 1024);
        assert_eq!(object_size("x"), 1024);
        assert_eq!(range("bytes=0-9", 100), Some((0, 9)));
        assert_eq!(range("bytes=90-", 100), Some((90, 99)));
        assert_eq!(range("bytes=-10", 100), Some((90, 99)));
        assert_eq!(range("bytes=95-200", 100), Some((95, 99)));
        assert_eq!(range("bytes=100-", 100), None);
    }
}
