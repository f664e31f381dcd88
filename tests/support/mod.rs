//! A scripted HTTP/1.1 server on 127.0.0.1 for integration tests: it records every request
//! exactly as it arrived and answers each with the next scripted response.

#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One request as received.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// Lowercase names, in arrival order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("request body is JSON")
    }
}

/// A scripted answer.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    /// An awsJson 1.0 answer: `application/x-amz-json-1.0`, request id `req-{status}`.
    pub fn json(status: u16, body: &str) -> Self {
        Self::with_content_type(status, "application/x-amz-json-1.0", body)
    }

    /// A restJson1 answer: `application/json`, request id `req-{status}`.
    pub fn rest_json(status: u16, body: &str) -> Self {
        Self::with_content_type(status, "application/json", body)
    }

    /// An awsQuery or ec2Query answer: `text/xml`, the request id in the body only, as STS, SNS
    /// and EC2 send it.
    pub fn xml(status: u16, body: &str) -> Self {
        Self { status, headers: vec![("content-type".into(), "text/xml".into())], body: body.into() }
    }

    fn with_content_type(status: u16, content_type: &str, body: &str) -> Self {
        Self {
            status,
            headers: vec![
                ("content-type".into(), content_type.into()),
                ("x-amzn-requestid".into(), format!("req-{status}")),
            ],
            body: body.into(),
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// A scripted answer whose body is any bytes (a CBOR one, say), not only text.
#[derive(Debug, Clone)]
pub struct RawReply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl From<Reply> for RawReply {
    fn from(reply: Reply) -> Self {
        Self { status: reply.status, headers: reply.headers, body: reply.body.into_bytes() }
    }
}

/// A running scripted server; it stops when dropped.
pub struct Server {
    pub url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    /// Serves `replies` in order, one per request; after the last, repeats it.
    pub async fn start(replies: Vec<Reply>) -> Self {
        Self::start_raw(replies.into_iter().map(RawReply::from).collect()).await
    }

    /// [`Server::start`] with answers of any bytes.
    pub async fn start_raw(replies: Vec<RawReply>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let recorded = Arc::clone(&requests);
        let task = tokio::spawn(async move {
            let mut served = 0usize;
            // Bounded: no test sends more than this many requests.
            while served < 64 {
                let Ok((stream, _)) = listener.accept().await else { return };
                served += serve_connection(stream, &recorded, &replies, served).await;
            }
        });
        Self { url, requests, task }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve_connection(
    mut stream: TcpStream,
    recorded: &Mutex<Vec<Recorded>>,
    replies: &[RawReply],
    start: usize,
) -> usize {
    let mut buf = Vec::new();
    let mut served = 0;
    loop {
        let Some(request) = read_request(&mut stream, &mut buf).await else { return served };
        recorded.lock().unwrap().push(request);
        let reply = &replies[(start + served).min(replies.len() - 1)];
        served += 1;
        let mut out = format!("HTTP/1.1 {} X\r\ncontent-length: {}\r\n", reply.status, reply.body.len());
        for (k, v) in &reply.headers {
            out.push_str(&format!("{k}: {v}\r\n"));
        }
        out.push_str("\r\n");
        let mut out = out.into_bytes();
        out.extend_from_slice(&reply.body);
        if stream.write_all(&out).await.is_err() {
            return served;
        }
    }
}

/// Reads one request from `stream`, `buf` holding what was read beyond the previous one; `None`
/// when the connection ends or stays silent for 10 s.
pub async fn read_request(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Option<Recorded> {
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let mut chunk = [0u8; 4096];
        let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut chunk)).await.ok()?.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let (method, path) = (first.next()?.to_owned(), first.next()?.to_owned());
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let len: usize = headers.iter().find(|(k, _)| k == "content-length").and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
    let total = head_end + 4 + len;
    while buf.len() < total {
        let mut chunk = [0u8; 4096];
        let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut chunk)).await.ok()?.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = buf[head_end + 4..total].to_vec();
    buf.drain(..total);
    Some(Recorded { method, path, headers, body })
}
