//! The S3 slice's transfer helper (`aws_operation_s3::transfer`) against moto: files of every
//! size up and down, compared by hash; bytes and streams of unknown length up, read back into a
//! writer; and, through a loopback proxy in front of moto that fails or cuts the requests it is
//! told to, a part retried, an upload aborted, and a download that resumes the range it lost.

#[path = "support/data.rs"]
mod data;
#[path = "support/moto.rs"]
mod moto;
mod support;

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_operation::error::ErrorKind;
use aws_operation::{ByteStream, Config, Credentials};
use aws_operation_s3::transfer::{Transfer, TransferError};
use aws_operation_s3::*;
use data::{TempDir, pattern};
use futures_util::TryStreamExt;
use moto::Moto;
use ring::digest::{SHA256, digest};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const MIB: usize = 1024 * 1024;
/// The part size of these tests: S3's least, so that parts are many and small.
const PART: usize = 5 * MIB;
/// How long one test may take, moto's start included.
const LIMIT: Duration = Duration::from_secs(300);

fn client(url: &str, attempts: u32) -> S3 {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDTEST", "secret", None, None))
        .endpoint_url(url)
        .s3_force_path_style(true)
        .max_attempts(attempts)
        .operation_timeout(Duration::from_secs(120))
        .build()
        .expect("config");
    S3::new(&config).expect("client")
}

fn transfer(client: S3) -> Transfer {
    Transfer::new(client).part_size(PART as u64).multipart_threshold(PART as u64).concurrency(4)
}

async fn bounded<F: std::future::Future>(test: F) -> F::Output {
    tokio::time::timeout(LIMIT, test).await.expect("the test ends within its limit")
}

/// The composite CRC32 of `body` uploaded in parts of [`PART`]: the CRC32 of the parts' CRC32s,
/// and the part count, as S3 computes it.
fn composite_crc32(body: &[u8]) -> String {
    let crcs: Vec<u8> = body.chunks(PART).flat_map(|part| crc32fast::hash(part).to_be_bytes()).collect();
    let whole = aws_operation::checksum::ChecksumAlgorithm::Crc32.checksum(&crcs);
    format!("{whole}-{}", body.len().div_ceil(PART))
}

fn sha256(bytes: &[u8]) -> Vec<u8> {
    digest(&SHA256, bytes).as_ref().to_vec()
}

async fn create_bucket(client: &S3, name: &str) {
    client.create_bucket().bucket(name).send().await.unwrap_or_else(|e| panic!("CreateBucket {name}: {e:?}"));
}

#[tokio::test]
async fn files_of_every_size_go_up_and_down_equal() {
    bounded(async {
        let moto = Moto::start();
        let client = client(&moto.url, 3);
        create_bucket(&client, "sizes").await;
        let progress = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&progress);
        let transfer_client = client.clone();
        let transfer = transfer(client).on_progress(move |done, total| seen.lock().unwrap().push((done, total)));
        let dir = TempDir::new("sizes");
        // (size, parts): below the threshold one PutObject; from it, parts of 5 MiB.
        for (len, parts) in [(0, 0), (1, 0), (PART - 1, 0), (PART, 1), (PART + 1, 2), (200 * MIB, 40)] {
            let body = pattern(len, len as u64);
            let source = dir.file("source", &body);
            let key = format!("objects/{len}");
            progress.lock().unwrap().clear();
            let up = transfer.upload_file(&source, "sizes", &key).await.unwrap_or_else(|e| panic!("{len}: {e:?}"));
            assert_eq!((up.size, up.parts), (len as u64, parts), "{len} bytes");
            // In parts, each with its CRC32: the object's checksum is the composite of them, as
            // computed here. (S3 gives it in CompleteMultipartUpload's answer too, and the upload
            // checks it there; moto gives it only to a GetObject that asks.)
            if parts > 0 {
                if let Some(reported) = &up.checksum_crc32 {
                    assert_eq!(reported, &composite_crc32(&body), "{len} bytes");
                }
                let get = transfer_client.get_object().bucket("sizes").key(&key).checksum_mode(ChecksumMode::Enabled);
                let got = get.send().await.expect("GetObject").into_inner();
                assert_eq!(got.checksum_crc32.as_deref(), Some(composite_crc32(&body).as_str()), "{len} bytes");
                got.body.unwrap().collect().await.expect("the body, its checksum not checked as a whole");
            }
            assert_eq!(progress.lock().unwrap().last(), Some(&(len as u64, Some(len as u64))), "{len}");
            let target = dir.0.join("copy");
            let down = transfer.download_file("sizes", &key, &target).await.unwrap_or_else(|e| panic!("{len}: {e:?}"));
            assert_eq!(down.size, len as u64);
            assert_eq!(down.ranges, if len > PART { len.div_ceil(PART) } else { 0 }, "{len} bytes");
            let copy = std::fs::read(&target).unwrap();
            assert_eq!((copy.len(), sha256(&copy)), (len, sha256(&body)), "{len} bytes");
            // Nothing left beside the file: the temporary one was renamed.
            assert_eq!(dir.names(), ["copy", "source"]);
        }
    })
    .await;
}

#[tokio::test]
async fn bytes_and_streams_go_up_and_writers_read_them_back() {
    bounded(async {
        let moto = Moto::start();
        let client = client(&moto.url, 3);
        create_bucket(&client, "memory").await;
        let transfer = transfer(client);
        let body = pattern(12 * MIB + 7, 1);
        let up = transfer.upload_bytes(body.clone(), "memory", "bytes").await.expect("upload_bytes");
        assert_eq!(up.parts, 3);
        // A stream of unknown length, in pieces that do not fall on part boundaries.
        let pieces: Vec<Result<bytes::Bytes, std::io::Error>> =
            body.chunks(777_777).map(|c| Ok(bytes::Bytes::copy_from_slice(c))).collect();
        let stream = ByteStream::from_stream(futures_util::stream::iter(pieces), None);
        let up = transfer.upload_stream(stream, "memory", "stream").await.expect("upload_stream");
        assert_eq!((up.parts, up.size), (3, body.len() as u64));
        let small = ByteStream::from_stream(
            futures_util::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from_static(b"tiny"))]),
            None,
        );
        assert_eq!(transfer.upload_stream(small, "memory", "tiny").await.expect("a small stream").parts, 0);
        // Nothing, even from a threshold of 0, goes in one PutObject: a multipart upload needs a part.
        let empty = transfer.clone().multipart_threshold(0).upload_bytes(Vec::new(), "memory", "empty").await;
        assert_eq!(empty.expect("an empty object").parts, 0);
        for key in ["bytes", "stream"] {
            let mut out = Vec::new();
            let down = transfer.download_to_writer("memory", key, &mut out).await.expect("download_to_writer");
            assert_eq!((down.ranges, sha256(&out)), (3, sha256(&body)), "{key}");
        }
        let mut out = Vec::new();
        transfer.download_to_writer("memory", "tiny", &mut out).await.expect("a small download");
        assert_eq!(out, b"tiny");
        let mut out = Vec::new();
        transfer.download_to_writer("memory", "empty", &mut out).await.expect("an empty download");
        assert!(out.is_empty());
    })
    .await;
}

/// What the proxy does with a request.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Action {
    Forward,
    /// Answers `500 InternalError` itself.
    Fail,
    /// Forwards it, and sends this many bytes of the answer's body before closing the connection.
    CutAfter(usize),
}

/// What the proxy saw: method, path and query, `Range`.
type Seen = Arc<Mutex<Vec<(String, String, Option<String>)>>>;
type Rule = Arc<Mutex<dyn FnMut(&support::Recorded) -> Action + Send>>;

/// A loopback proxy in front of moto that does to each request what its rule says.
struct Proxy {
    url: String,
    seen: Seen,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Proxy {
    async fn start(upstream: &str, rule: impl FnMut(&support::Recorded) -> Action + Send + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let upstream = upstream.strip_prefix("http://").unwrap().to_owned();
        let seen: Seen = Arc::default();
        let rule: Rule = Arc::new(Mutex::new(rule));
        let (log, task_rule) = (Arc::clone(&seen), Arc::clone(&rule));
        let task = tokio::spawn(async move {
            // Bounded: no test opens more connections than this.
            for _ in 0..2_000 {
                let Ok((stream, _)) = listener.accept().await else { return };
                tokio::spawn(serve(stream, upstream.clone(), Arc::clone(&log), Arc::clone(&task_rule)));
            }
        });
        Self { url, seen, task }
    }

    fn seen(&self) -> Vec<(String, String, Option<String>)> {
        self.seen.lock().unwrap().clone()
    }
}

async fn serve(mut client: TcpStream, upstream: String, seen: Seen, rule: Rule) {
    let mut buf = Vec::new();
    while let Some(request) = support::read_request(&mut client, &mut buf).await {
        let range = request.header("range").map(str::to_owned);
        seen.lock().unwrap().push((request.method.clone(), request.path.clone(), range));
        let action = (rule.lock().unwrap())(&request);
        if action == Action::Fail {
            let body = "<Error><Code>InternalError</Code><Message>injected</Message></Error>";
            let answer = format!(
                "HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/xml\r\ncontent-length: {}\r\n\r\n{body}",
                body.len()
            );
            if client.write_all(answer.as_bytes()).await.is_err() {
                return;
            }
            continue;
        }
        let mut head = format!("{} {} HTTP/1.1\r\n", request.method, request.path);
        for (name, value) in request.headers.iter().filter(|(n, _)| n != "connection") {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("connection: close\r\n\r\n");
        let Ok(mut moto) = TcpStream::connect(&upstream).await else { return };
        if moto.write_all(head.as_bytes()).await.is_err() || moto.write_all(&request.body).await.is_err() {
            return;
        }
        let mut answer = Vec::new();
        if moto.read_to_end(&mut answer).await.is_err() {
            return;
        }
        match action {
            Action::CutAfter(n) => {
                let body_at = answer.windows(4).position(|w| w == b"\r\n\r\n").map_or(answer.len(), |i| i + 4);
                let end = (body_at + n).min(answer.len());
                let _ = client.write_all(&answer[..end]).await;
                return;
            }
            _ => {
                if client.write_all(&answer).await.is_err() {
                    return;
                }
                // moto closes after each answer, as it was asked: so does the proxy.
                return;
            }
        }
    }
}

fn is_part(request: &support::Recorded, number: u32) -> bool {
    let query = request.path.split_once('?').map_or("", |(_, q)| q);
    request.method == "PUT" && query.split('&').any(|pair| pair == format!("partNumber={number}"))
}

#[tokio::test]
async fn a_part_that_fails_twice_is_retried_and_one_that_keeps_failing_aborts() {
    bounded(async {
        let moto = Moto::start();
        create_bucket(&client(&moto.url, 1), "faults").await;
        let dir = TempDir::new("faults");
        let body = pattern(2 * PART + 3, 7);
        let source = dir.file("source", &body);

        // Part 2 fails twice, then goes through: the client's retries, part by part.
        let mut failures = 0;
        let proxy = Proxy::start(&moto.url, move |request| {
            if is_part(request, 2) && failures < 2 {
                failures += 1;
                return Action::Fail;
            }
            Action::Forward
        })
        .await;
        let flaky = transfer(client(&proxy.url, 3));
        let up = flaky.upload_file(&source, "faults", "retried").await.expect("an upload with a flaky part");
        assert_eq!(up.parts, 3);
        let puts: Vec<String> = proxy
            .seen()
            .into_iter()
            .filter(|(m, p, _)| m == "PUT" && p.contains("partNumber="))
            .map(|(_, p, _)| p)
            .collect();
        let of = |n: u32| {
            let pair = format!("partNumber={n}");
            puts.iter().filter(|p| p.split_once('?').is_some_and(|(_, q)| q.split('&').any(|x| x == pair))).count()
        };
        assert_eq!((of(1), of(2), of(3)), (1, 3, 1), "{puts:?}");
        let mut copy = Vec::new();
        flaky.download_to_writer("faults", "retried", &mut copy).await.expect("the object");
        assert_eq!(sha256(&copy), sha256(&body));

        // Part 2 keeps failing: the upload is aborted, and nothing is left of it.
        let proxy =
            Proxy::start(&moto.url, |request| if is_part(request, 2) { Action::Fail } else { Action::Forward }).await;
        let failing = transfer(client(&proxy.url, 3));
        let err = failing.upload_file(&source, "faults", "aborted").await.expect_err("a part that always fails");
        let TransferError::Aborted { upload_id, cause } = err else { panic!("not aborted: {err:?}") };
        // S3's answer is kept: the code and status of the part's last failure.
        let TransferError::Call { operation: "UploadPart", kind: ErrorKind::Service, service: Some(meta), .. } = *cause
        else {
            panic!("not UploadPart's service error: {cause:?}")
        };
        assert_eq!(
            (meta.code.as_str(), meta.message.as_deref(), meta.status),
            ("InternalError", Some("injected"), 500)
        );
        assert!(
            proxy.seen().iter().any(|(m, p, _)| m == "DELETE" && p.contains("uploadId=")),
            "no AbortMultipartUpload"
        );
        let direct = client(&moto.url, 1);
        let parts = direct.list_parts().bucket("faults").key("aborted").upload_id(&upload_id).send().await;
        match parts.expect_err("the upload is gone") {
            aws_operation::Error::Service(e) => assert_eq!(e.meta.code, "NoSuchUpload"),
            other => panic!("ListParts of an aborted upload: {other:?}"),
        }
        let head = direct.head_object().bucket("faults").key("aborted").send().await;
        assert!(head.is_err(), "no object was made");
        let left: Vec<_> = direct
            .list_multipart_uploads()
            .bucket("faults")
            .into_paginator()
            .items()
            .map_ok(|u| u.upload_id.unwrap_or_default())
            .try_collect()
            .await
            .expect("ListMultipartUploads");
        assert!(left.is_empty(), "uploads left in progress: {left:?}");
    })
    .await;
}

#[tokio::test]
async fn a_download_cut_short_resumes_its_range_only() {
    bounded(async {
        let moto = Moto::start();
        let direct = client(&moto.url, 1);
        create_bucket(&direct, "cuts").await;
        let body = pattern(3 * PART - 11, 9);
        transfer(direct.clone()).upload_bytes(body.clone(), "cuts", "object").await.expect("the object");
        let second = format!("bytes={PART}-{}", 2 * PART - 1);

        // The second range is cut after 1 MiB once: the rest of that range is asked for, alone.
        let mut cut = false;
        let cut_range = second.clone();
        let proxy = Proxy::start(&moto.url, move |request| {
            if !cut && request.header("range") == Some(cut_range.as_str()) {
                cut = true;
                return Action::CutAfter(MIB);
            }
            Action::Forward
        })
        .await;
        let dir = TempDir::new("cuts");
        let target = dir.0.join("copy");
        let down = transfer(client(&proxy.url, 1)).download_file("cuts", "object", &target).await.expect("a download");
        assert_eq!(down.ranges, 3);
        assert_eq!(sha256(&std::fs::read(&target).unwrap()), sha256(&body));
        let mut ranges: Vec<String> =
            proxy.seen().into_iter().filter_map(|(m, _, r)| r.filter(|_| m == "GET")).collect();
        ranges.sort();
        let mut expected = vec![
            format!("bytes=0-{}", PART - 1),
            second.clone(),
            format!("bytes={}-{}", PART + MIB, 2 * PART - 1),
            format!("bytes={}-{}", 2 * PART, body.len() - 1),
        ];
        expected.sort();
        assert_eq!(ranges, expected);

        // Cut every time: the download fails and leaves no file, not even a partial one.
        let proxy = Proxy::start(&moto.url, |request| {
            if request.header("range").is_some() { Action::CutAfter(1000) } else { Action::Forward }
        })
        .await;
        let target = dir.0.join("never");
        let err = transfer(client(&proxy.url, 1)).download_file("cuts", "object", &target).await;
        assert!(err.is_err(), "a download always cut short: {err:?}");
        assert_eq!(dir.names(), ["copy"], "nothing left of the failed download");
        assert!(!Path::new(&target).exists());
    })
    .await;
}
