//! Streaming payloads end to end against a server on 127.0.0.1: uploads from bytes, files and
//! one-time streams (retried or not, chunked or with a length, `requires_length` refused before
//! sending), downloads read as they arrive (cut short is an error), and 1 GiB each way with
//! flat memory.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use aws_operation::byte_stream::ByteStreamError;
use aws_operation::{ByteStream, Config, Credentials, Error, aws_operation, aws_service, aws_shape};
use bytes::Bytes;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A restJson1 service that stores objects.
#[aws_service(id = "Objects", protocol = "restJson1", signing_name = "objects", api_version = "2024-01-01")]
pub struct Objects;

/// Stores an object.
#[aws_operation(
    service = Objects,
    operation = "PutObject",
    output = PutObjectOutput,
    http(method = "PUT", uri = "/{Prefix}/{Key}"),
    rename_all = "PascalCase"
)]
pub struct PutObject {
    /// Where the server sends it: `objects`, `flaky` (a 500 first) or `cut` (the first
    /// connection dropped mid-body).
    #[aws(http_label)]
    pub prefix: String,
    /// The object's key.
    #[aws(http_label)]
    pub key: String,
    /// The content.
    #[aws(http_payload)]
    pub body: ByteStream,
}

/// Stores an object whose length must be known.
#[aws_operation(
    service = Objects,
    operation = "PutSized",
    output = PutObjectOutput,
    http(method = "PUT", uri = "/objects/{Key}"),
    rename_all = "PascalCase"
)]
pub struct PutSized {
    /// The object's key.
    #[aws(http_label)]
    pub key: String,
    /// The content.
    #[aws(http_payload, requires_length, media_type = "application/x-tar")]
    pub body: Option<ByteStream>,
}

/// What the server received.
#[aws_shape(rename_all = "PascalCase")]
pub struct PutObjectOutput {
    /// Its length.
    pub received: Option<i64>,
    /// Whether it came chunked.
    pub chunked: Option<bool>,
}

/// Reads an object.
#[aws_operation(
    service = Objects,
    operation = "GetObject",
    output = GetObjectOutput,
    http(method = "GET", uri = "/objects/{Key}"),
    rename_all = "PascalCase"
)]
pub struct GetObject {
    /// `small`, `big` (1 GiB) or `cut` (the connection ends halfway).
    #[aws(http_label)]
    pub key: String,
}

/// An object.
#[aws_shape(rename_all = "PascalCase")]
pub struct GetObjectOutput {
    /// The content, as it arrives.
    #[aws(http_payload)]
    pub body: ByteStream,
    /// A header beside it.
    #[aws(http_header = "X-Object-Kind")]
    pub kind: Option<String>,
}

const GIB: u64 = 1 << 30;
static ZEROS: [u8; 64 * 1024] = [0; 64 * 1024];

/// One request as the server read it: the body kept if small.
#[derive(Debug, Clone)]
struct Seen {
    path: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// The object server: stops when dropped.
struct ObjectServer {
    url: String,
    seen: Arc<std::sync::Mutex<Vec<Seen>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for ObjectServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl ObjectServer {
    async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
        let flaky = Arc::new(AtomicUsize::new(0));
        let cut = Arc::new(AtomicUsize::new(0));
        let record = Arc::clone(&seen);
        let task = tokio::spawn(async move {
            // Bounded: no test opens more connections than this.
            for _ in 0..64 {
                let Ok((stream, _)) = listener.accept().await else { return };
                let (record, flaky, cut) = (Arc::clone(&record), Arc::clone(&flaky), Arc::clone(&cut));
                tokio::spawn(async move {
                    let _ = serve(stream, &record, &flaky, &cut).await;
                });
            }
        });
        Self { url, seen, task }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

async fn serve(
    mut stream: TcpStream,
    record: &std::sync::Mutex<Vec<Seen>>,
    flaky: &AtomicUsize,
    cut: &AtomicUsize,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    loop {
        let Some((method, path, headers)) = read_head(&mut stream, &mut buf).await? else { return Ok(()) };
        let header = |name: &str| headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
        let chunked = header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked"));
        if path.starts_with("/cut/") && cut.fetch_add(1, Ordering::SeqCst) == 0 {
            // Take a little of the body, then drop the connection.
            let mut some = [0u8; 16];
            let _ = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut some)).await;
            return Ok(());
        }
        let (body, len) = if method == "PUT" {
            if chunked {
                read_chunked(&mut stream, &mut buf).await?
            } else {
                let len = header("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
                read_sized(&mut stream, &mut buf, len).await?
            }
        } else {
            (Vec::new(), 0)
        };
        record.lock().unwrap().push(Seen { path: path.clone(), headers: headers.clone(), body });
        if method == "PUT" {
            if path.starts_with("/flaky/") && flaky.fetch_add(1, Ordering::SeqCst) == 0 {
                let body = r#"{"message":"try again"}"#;
                let head = format!(
                    "HTTP/1.1 500 Internal Server Error\r\nx-amzn-errortype: InternalFailure\r\ncontent-length: {}\r\n\r\n",
                    body.len()
                );
                stream.write_all(head.as_bytes()).await?;
                stream.write_all(body.as_bytes()).await?;
                continue;
            }
            let body = format!(r#"{{"Received":{len},"Chunked":{chunked}}}"#);
            let head =
                format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n", body.len());
            stream.write_all(head.as_bytes()).await?;
            stream.write_all(body.as_bytes()).await?;
            continue;
        }
        match path.as_str() {
            "/objects/small" => {
                let body = "hello, stream";
                let head = format!("HTTP/1.1 200 OK\r\nx-object-kind: text\r\ncontent-length: {}\r\n\r\n", body.len());
                stream.write_all(head.as_bytes()).await?;
                stream.write_all(body.as_bytes()).await?;
            }
            "/objects/big" => {
                stream.write_all(format!("HTTP/1.1 200 OK\r\ncontent-length: {GIB}\r\n\r\n").as_bytes()).await?;
                for _ in 0..GIB / ZEROS.len() as u64 {
                    stream.write_all(&ZEROS).await?;
                }
            }
            "/objects/cut" => {
                stream.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\n").await?;
                stream.write_all(&ZEROS[..500]).await?;
                return Ok(());
            }
            _ => stream.write_all(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n").await?,
        }
    }
}

/// The method, path and lowercased headers of the next request; `None` at the end.
async fn read_head(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
) -> std::io::Result<Option<(String, String, Vec<(String, String)>)>> {
    let end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        if !fill(stream, buf).await? {
            return Ok(None);
        }
    };
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    buf.drain(..end + 4);
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or_default().split(' ');
    let (method, path) = (first.next().unwrap_or_default().to_owned(), first.next().unwrap_or_default().to_owned());
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Ok(Some((method, path, headers)))
}

/// Reads more into `buf`; `false` at the end of the connection.
async fn fill(stream: &mut TcpStream, buf: &mut Vec<u8>) -> std::io::Result<bool> {
    let mut chunk = vec![0u8; 64 * 1024];
    let n = tokio::time::timeout(Duration::from_secs(20), stream.read(&mut chunk))
        .await
        .map_err(|_| std::io::Error::other("silent client"))??;
    buf.extend_from_slice(&chunk[..n]);
    Ok(n > 0)
}

/// What is kept of a body: the bytes of a small one.
const KEEP: usize = 1 << 20;

async fn read_sized(stream: &mut TcpStream, buf: &mut Vec<u8>, len: u64) -> std::io::Result<(Vec<u8>, u64)> {
    let mut kept = Vec::new();
    let mut left = len;
    while left > 0 {
        if buf.is_empty() && !fill(stream, buf).await? {
            return Err(std::io::Error::other("body cut"));
        }
        let n = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        if kept.len() < KEEP {
            kept.extend_from_slice(&buf[..n.min(KEEP - kept.len())]);
        }
        buf.drain(..n);
        left -= n as u64;
    }
    Ok((kept, len))
}

async fn read_chunked(stream: &mut TcpStream, buf: &mut Vec<u8>) -> std::io::Result<(Vec<u8>, u64)> {
    let mut kept = Vec::new();
    let mut total = 0u64;
    loop {
        let line_end = loop {
            if let Some(i) = buf.windows(2).position(|w| w == b"\r\n") {
                break i;
            }
            if !fill(stream, buf).await? {
                return Err(std::io::Error::other("chunked body cut"));
            }
        };
        let size_text = String::from_utf8_lossy(&buf[..line_end]).into_owned();
        let size = u64::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
            .map_err(|_| std::io::Error::other("bad chunk size"))?;
        buf.drain(..line_end + 2);
        let (chunk, _) = read_sized(stream, buf, size + 2).await?;
        if kept.len() < KEEP {
            kept.extend_from_slice(&chunk[..chunk.len() - 2]);
        }
        if size == 0 {
            return Ok((kept, total));
        }
        total += size;
    }
}

fn client(url: &str, attempts: u32) -> Objects {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDTEST", "secret", None, None))
        .endpoint_url(url)
        .max_attempts(attempts)
        .retry_base_delay(Duration::from_millis(1))
        .build()
        .unwrap();
    Objects::new(&config).unwrap()
}

fn chunks(parts: &[&'static str]) -> impl futures_core::Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static {
    futures_util::stream::iter(parts.iter().map(|p| Ok(Bytes::from_static(p.as_bytes()))).collect::<Vec<_>>())
}

fn put(prefix: &str, body: ByteStream) -> PutObject {
    PutObject { prefix: prefix.into(), key: "k".into(), body }
}

#[tokio::test]
async fn bytes_go_as_a_plain_signed_body() {
    let server = ObjectServer::start().await;
    let out = client(&server.url, 1).send(put("objects", ByteStream::from("abc"))).await.unwrap();
    assert_eq!((out.received, out.chunked), (Some(3), Some(false)));
    let seen = &server.seen()[0];
    assert_eq!(seen.body, b"abc");
    assert_eq!(seen.header("content-type"), Some("application/octet-stream"));
    assert_eq!(seen.header("content-length"), Some("3"));
}

#[tokio::test]
async fn a_file_is_streamed_and_read_again_for_a_retry() {
    let dir = std::env::temp_dir().join(format!("aws-operation-streaming-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("upload.bin");
    let data: Vec<u8> = (0..300_000u32).map(|i| (i % 253) as u8).collect();
    std::fs::write(&path, &data).unwrap();
    let server = ObjectServer::start().await;
    let body = ByteStream::from_path(&path).await.unwrap();
    let out = client(&server.url, 3).send(put("flaky", body)).await.unwrap();
    assert_eq!(out.received, Some(data.len() as i64));
    let seen = server.seen();
    assert_eq!(seen.len(), 2, "the 500 is retried");
    for request in &seen {
        assert_eq!(request.path, "/flaky/k");
        assert_eq!(request.body, data, "each attempt sends the whole file");
        assert_eq!(request.header("content-length"), Some("300000"));
        // A streamed payload is signed unhashed, as the SDKs sign streams.
        assert!(request.header("authorization").is_some());
    }
    // The connection dropped mid-body: the file is sent again on a new one.
    let body = ByteStream::from_path(&path).await.unwrap();
    client(&server.url, 3).send(put("cut", body)).await.unwrap();
    assert_eq!(server.seen().last().map(|s| s.body.len()), Some(data.len()));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_one_time_stream_is_not_retried_once_sent() {
    let server = ObjectServer::start().await;
    let body = ByteStream::from_stream(chunks(&["one ", "time"]), Some(8));
    match client(&server.url, 3).send(put("flaky", body)).await {
        Err(Error::Service(e)) => assert_eq!(e.meta.code, "InternalFailure"),
        other => panic!("{other:?}"),
    }
    assert_eq!(server.seen().len(), 1, "not sent twice");
    let body = ByteStream::from_stream(chunks(&["one ", "time"]), Some(8));
    match client(&server.url, 3).send(put("cut", body)).await {
        Err(Error::Transport(e)) => {
            let text = e.to_string();
            assert!(text.contains("not retried: the request body is a stream"), "{text}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(server.seen().len(), 1, "the cut request never reached the handler, nor did a retry");
}

#[tokio::test]
async fn a_stream_without_a_length_goes_chunked_unless_a_length_is_required() {
    let server = ObjectServer::start().await;
    let body = ByteStream::from_stream(chunks(&["chunk", "ed ", "body"]), None);
    let out = client(&server.url, 1).send(put("objects", body)).await.unwrap();
    assert_eq!((out.received, out.chunked), (Some(12), Some(true)));
    assert_eq!(server.seen()[0].body, b"chunked body");

    let body = ByteStream::from_stream(chunks(&["x"]), None);
    match client(&server.url, 1).send(PutSized { key: "k".into(), body: Some(body) }).await {
        Err(Error::InvalidInput(v)) => assert_eq!(
            v.to_string(),
            "1 invalid member: `Body` must have a known length (the operation requires one): give the stream its length"
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(server.seen().len(), 1, "refused before sending");
    let body = ByteStream::from_stream(chunks(&["sized"]), Some(5));
    let out = client(&server.url, 1).send(PutSized { key: "k".into(), body: Some(body) }).await.unwrap();
    assert_eq!((out.received, out.chunked), (Some(5), Some(false)));
    assert_eq!(server.seen()[1].header("content-type"), Some("application/x-tar"));
    // Unset: no body.
    let out = client(&server.url, 1).send(PutSized { key: "k".into(), body: None }).await.unwrap();
    assert_eq!(out.received, Some(0));
}

#[tokio::test]
async fn a_stream_that_breaks_its_length_fails_the_attempt() {
    let server = ObjectServer::start().await;
    let body = ByteStream::from_stream(chunks(&["short"]), Some(50));
    let result = client(&server.url, 3).send(put("objects", body)).await;
    assert!(matches!(result, Err(Error::Transport(_))), "{result:?}");
    assert!(server.seen().is_empty(), "the server never got a whole request");
}

#[tokio::test]
async fn downloads_are_read_as_they_arrive() {
    let server = ObjectServer::start().await;
    let client = client(&server.url, 1);
    let out = client.send(GetObject { key: "small".into() }).await.unwrap().into_inner();
    assert_eq!(out.kind.as_deref(), Some("text"));
    assert_eq!(out.body.len(), Some(13));
    assert_eq!(out.body.collect().await.unwrap(), "hello, stream");

    let out = client.send(GetObject { key: "cut".into() }).await.unwrap().into_inner();
    match out.body.collect().await {
        Err(ByteStreamError::Cut { received, .. }) => assert_eq!(received, 500),
        other => panic!("a cut body is an error, got {other:?}"),
    }
}

/// Peak resident memory of this process, in KiB.
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gibibyte_each_way_in_flat_memory() {
    let server = ObjectServer::start().await;
    let client = client(&server.url, 1);
    // Warm up: the runtime, the connection pool, the first buffers.
    client.send(put("objects", ByteStream::from("warm"))).await.unwrap();
    let before = peak_rss_kib();

    let chunks = futures_util::stream::iter(
        (0..GIB / ZEROS.len() as u64).map(|_| Ok::<_, std::io::Error>(Bytes::from_static(&ZEROS))),
    );
    let out = client.send(put("objects", ByteStream::from_stream(chunks, Some(GIB)))).await.unwrap();
    assert_eq!(out.received, Some(GIB as i64));

    let mut out = client.send(GetObject { key: "big".into() }).await.unwrap().into_inner();
    assert_eq!(out.body.len(), Some(GIB));
    let mut total = 0u64;
    while let Some(chunk) = out.body.next().await {
        total += chunk.unwrap().len() as u64;
    }
    assert_eq!(total, GIB);

    let grown = peak_rss_kib().saturating_sub(before);
    eprintln!("peak RSS grew by {grown} KiB moving 1 GiB each way");
    assert!(grown < 32 * 1024, "peak RSS grew by {grown} KiB moving 2 GiB");
}

#[tokio::test]
async fn a_tool_writes_a_streamed_payload_to_a_file_and_keeps_the_rest() {
    let server = ObjectServer::start().await;
    let client = client(&server.url, 1);
    let dir = std::env::temp_dir().join(format!("aws-operation-streaming-out-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("small.txt");
    let op = aws_operation::dynamic::DynOperation::<Objects>::of::<GetObject>();
    let input = serde_json::json!({"Key": "small"});
    let (rest, _) = op.call_to_file(client.client(), &input, &path).await.unwrap();
    assert_eq!(rest, serde_json::json!({"Kind": "text"}));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "hello, stream");
    std::fs::remove_dir_all(&dir).unwrap();
}
