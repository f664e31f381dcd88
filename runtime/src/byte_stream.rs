//! Streaming bodies: the `streaming` blob payloads of REST operations (an upload's body, a
//! download's content), sent and read in chunks, never held whole.
//!
//! A [`ByteStream`] for an input comes from bytes, a file or any stream of [`Bytes`]:
//! - bytes are sent as a plain body (signed, retried like any other);
//! - a file is read as it is sent, and read again from its start for a retry; its length is
//!   taken when the stream is made, and a file that changes length meanwhile fails the attempt;
//! - a stream is sent once: an attempt that fails after its first chunk was taken is not
//!   retried (the error says so), since the bytes already sent cannot be had again. Its length,
//!   if given, is the `Content-Length`, and a stream that yields more or less fails the attempt;
//!   without one the body goes chunked, unless the operation's member `requires_length`.
//!
//! A [`ByteStream`] in an output is the response body as it arrives: the caller reads it with
//! [`ByteStream::next`], [`ByteStream::collect`] or [`ByteStream::into_async_read`]. The
//! response size limit does not apply to it; the read timeout does, to each chunk. A body that
//! the connection cuts short is an error, never a short success.

use std::fmt;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, ready};

use bytes::{Bytes, BytesMut};
use futures_core::Stream;

/// How many bytes a file is read by at a time.
const FILE_CHUNK: usize = 64 * 1024;

mod aws_chunked;
mod events;

pub(crate) type BoxStream = Pin<Box<dyn Stream<Item = Result<Bytes, ByteStreamError>> + Send>>;

/// A body that is streamed rather than buffered; see the [module](self) documentation.
pub struct ByteStream {
    inner: Inner,
}

enum Inner {
    /// In memory; taken by the first read.
    Bytes(Bytes),
    /// A file of this length, not yet opened; or `len` bytes of it from `offset`.
    File { path: Arc<Path>, offset: Option<u64>, len: u64 },
    /// A caller's stream, shared with the requests that send it.
    Once(Arc<OnceStream>),
    /// Being read. (The mutex makes the stream `Sync`, as operations' outputs are; it is only
    /// reached through `&mut`, never locked.)
    Reading { stream: Mutex<BoxStream>, len: Option<u64> },
}

/// A stream that can be sent once, kept until an attempt takes it.
struct OnceStream {
    stream: Mutex<Option<BoxStream>>,
    len: Option<u64>,
    /// Whether an attempt has taken it: then it cannot be sent again.
    taken: AtomicBool,
}

impl ByteStream {
    /// A stream of bytes in memory.
    pub fn new(bytes: impl Into<Bytes>) -> Self {
        Self { inner: Inner::Bytes(bytes.into()) }
    }

    /// The file at `path`, read as it is sent (again for a retry). Its length is taken now.
    pub async fn from_path(path: impl AsRef<Path>) -> std::io::Result<Self> {
        let path = path.as_ref();
        let metadata = tokio::fs::metadata(path).await?;
        if !metadata.is_file() {
            return Err(std::io::Error::other(format!("`{}` is not a file", path.display())));
        }
        Ok(Self { inner: Inner::File { path: Arc::from(path), offset: None, len: metadata.len() } })
    }

    /// `len` bytes of the file at `path` from `offset` (a part of a multipart upload), read as
    /// they are sent (again for a retry); the file must hold them now.
    pub async fn from_path_range(path: impl AsRef<Path>, offset: u64, len: u64) -> std::io::Result<Self> {
        let path = path.as_ref();
        let metadata = tokio::fs::metadata(path).await?;
        if !metadata.is_file() {
            return Err(std::io::Error::other(format!("`{}` is not a file", path.display())));
        }
        if offset.checked_add(len).is_none_or(|end| end > metadata.len()) {
            let size = metadata.len();
            let message = format!("`{}` has {size} bytes, not {len} from {offset}", path.display());
            return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, message));
        }
        Ok(Self { inner: Inner::File { path: Arc::from(path), offset: Some(offset), len } })
    }

    /// [`ByteStream::from_path`] for callers outside an async context (a tool reading its
    /// input): the length is taken now, with a blocking call.
    pub fn from_path_blocking(path: impl AsRef<Path>) -> std::io::Result<Self> {
        let path = path.as_ref();
        let metadata = std::fs::metadata(path)?;
        if !metadata.is_file() {
            return Err(std::io::Error::other(format!("`{}` is not a file", path.display())));
        }
        Ok(Self { inner: Inner::File { path: Arc::from(path), offset: None, len: metadata.len() } })
    }

    /// A stream of chunks, sent once (not retried once its first chunk was taken), with its
    /// length if known: that length is sent as `Content-Length`, else the body goes chunked.
    pub fn from_stream<S, E>(stream: S, len: Option<u64>) -> Self
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        use futures_util::StreamExt as _;
        let stream = stream.map(|chunk| chunk.map_err(|e| ByteStreamError::Source(e.into())));
        let once = OnceStream { stream: Mutex::new(Some(Box::pin(stream))), len, taken: AtomicBool::new(false) };
        Self { inner: Inner::Once(Arc::new(once)) }
    }

    /// A response body as it arrives, with its length if the response gave one.
    pub(crate) fn from_response(stream: BoxStream, len: Option<u64>) -> Self {
        Self { inner: Inner::Reading { stream: Mutex::new(stream), len } }
    }

    /// The length, if known: always for bytes and files, for a stream if it was given, for a
    /// response if it had a `Content-Length`.
    pub fn len(&self) -> Option<u64> {
        match &self.inner {
            Inner::Bytes(bytes) => Some(bytes.len() as u64),
            Inner::File { len, .. } => Some(*len),
            Inner::Once(once) => once.len,
            Inner::Reading { len, .. } => *len,
        }
    }

    /// Whether the length is known to be 0.
    pub fn is_empty(&self) -> bool {
        self.len() == Some(0)
    }

    /// The bytes, if the stream is bytes in memory.
    pub fn bytes(&self) -> Option<&Bytes> {
        match &self.inner {
            Inner::Bytes(bytes) => Some(bytes),
            _ => None,
        }
    }

    /// The next chunk; `None` at the end.
    pub async fn next(&mut self) -> Option<Result<Bytes, ByteStreamError>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// All the bytes, read to the end.
    pub async fn collect(mut self) -> Result<Bytes, ByteStreamError> {
        if let Inner::Bytes(bytes) = &mut self.inner {
            return Ok(std::mem::take(bytes));
        }
        let mut all = BytesMut::with_capacity(self.len().map_or(0, |n| usize::try_from(n).unwrap_or(0).min(1 << 20)));
        while let Some(chunk) = self.next().await {
            all.extend_from_slice(&chunk?);
        }
        Ok(all.freeze())
    }

    /// The bytes as a [`tokio::io::AsyncRead`], e.g. to copy into a file with
    /// `tokio::io::copy`.
    pub fn into_async_read(self) -> impl tokio::io::AsyncRead + Send + Unpin {
        AsyncReader { stream: self, chunk: Bytes::new() }
    }

    /// The stream, taken through a shared reference: bytes and files are shared, a stream
    /// (or a body being read) moves to the result and this one is left empty. For tools that
    /// walk a value by reference, such as [`crate::dynamic`] writing a payload to a file.
    pub(crate) fn take(&self) -> ByteStream {
        let inner = match &self.inner {
            Inner::Bytes(bytes) => Inner::Bytes(bytes.clone()),
            Inner::File { path, offset, len } => Inner::File { path: Arc::clone(path), offset: *offset, len: *len },
            Inner::Once(once) => Inner::Once(Arc::clone(once)),
            Inner::Reading { stream, len } => {
                let mut stream = stream.lock().unwrap_or_else(PoisonError::into_inner);
                let empty: BoxStream = Box::pin(futures_util::stream::empty());
                Inner::Reading { stream: Mutex::new(std::mem::replace(&mut *stream, empty)), len: *len }
            }
        };
        ByteStream { inner }
    }

    /// The same response body, its failures told as `failure`'s when the request's event
    /// stream failed first: that is why the exchange ended.
    pub(crate) fn or_event_failure(self, failure: crate::event_stream::EventFailure) -> ByteStream {
        let len = self.len();
        let stream = futures_util::StreamExt::map(self, move |item| {
            item.map_err(|e| failure.get().map_or(e, ByteStreamError::Events))
        });
        ByteStream::from_response(Box::pin(stream), len)
    }

    /// The body a request sends for this stream, unless it is bytes in memory (sent as a
    /// plain body).
    pub(crate) fn streaming_body(&self) -> Option<StreamingBody> {
        let source = match &self.inner {
            Inner::Bytes(_) => return None,
            Inner::File { path, offset, len } => Source::File { path: Arc::clone(path), offset: *offset, len: *len },
            Inner::Once(once) => Source::Once(Arc::clone(once)),
            // A response body sent on as a request's: it can be sent once.
            Inner::Reading { .. } => return Some(StreamingBody::of(Source::Unsendable)),
        };
        Some(StreamingBody::of(source))
    }
}

impl Default for ByteStream {
    fn default() -> Self {
        Self::new(Bytes::new())
    }
}

impl From<Bytes> for ByteStream {
    fn from(bytes: Bytes) -> Self {
        Self::new(bytes)
    }
}

impl From<Vec<u8>> for ByteStream {
    fn from(bytes: Vec<u8>) -> Self {
        Self::new(bytes)
    }
}

impl From<String> for ByteStream {
    fn from(text: String) -> Self {
        Self::new(text)
    }
}

impl From<&'static str> for ByteStream {
    fn from(text: &'static str) -> Self {
        Self::new(Bytes::from_static(text.as_bytes()))
    }
}

impl From<&'static [u8]> for ByteStream {
    fn from(bytes: &'static [u8]) -> Self {
        Self::new(Bytes::from_static(bytes))
    }
}

impl Stream for ByteStream {
    type Item = Result<Bytes, ByteStreamError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            let this = &mut *self;
            match &mut this.inner {
                Inner::Bytes(bytes) if bytes.is_empty() => return Poll::Ready(None),
                Inner::Bytes(bytes) => return Poll::Ready(Some(Ok(std::mem::take(bytes)))),
                Inner::File { path, offset, len } => {
                    let (path, offset, len) = (Arc::clone(path), *offset, *len);
                    let stream: BoxStream = Box::pin(read_file(path, offset, len));
                    this.inner = Inner::Reading { stream: Mutex::new(stream), len: Some(len) };
                }
                Inner::Once(once) => {
                    let len = once.len;
                    let Some(stream) = once.take() else {
                        return Poll::Ready(Some(Err(ByteStreamError::AlreadyTaken)));
                    };
                    let stream: BoxStream = Box::pin(Counted::new(stream, len));
                    this.inner = Inner::Reading { stream: Mutex::new(stream), len };
                }
                Inner::Reading { stream, .. } => {
                    let stream = stream.get_mut().unwrap_or_else(PoisonError::into_inner);
                    return stream.as_mut().poll_next(cx);
                }
            }
        }
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match &self.inner {
            Inner::Bytes(_) => "bytes",
            Inner::File { .. } => "file",
            Inner::Once(_) => "stream",
            Inner::Reading { .. } => "reading",
        };
        match self.len() {
            Some(len) => write!(f, "ByteStream({kind}, {len} bytes)"),
            None => write!(f, "ByteStream({kind})"),
        }
    }
}

impl OnceStream {
    fn take(&self) -> Option<BoxStream> {
        self.taken.store(true, Ordering::Release);
        self.stream.lock().unwrap_or_else(PoisonError::into_inner).take()
    }
}

/// The streamed body of a request: what each attempt sends, without the bytes.
#[derive(Clone)]
pub struct StreamingBody {
    source: Source,
    /// Sent `aws-chunked`, with a trailer of this checksum (see [`crate::checksum`]).
    trailer: Option<crate::checksum::ChecksumAlgorithm>,
    /// Sent `aws-chunked`, each chunk signed (see [`crate::sign`]).
    signer: Option<crate::sign::chunked::ChunkSigner>,
    /// An event stream: each chunk one encoded message; and why it failed, once it has.
    events: bool,
    event_failure: Option<crate::event_stream::EventFailure>,
    /// Each message sent inside a signed one, chained (see [`crate::sign`]).
    event_signer: Option<crate::sign::events::EventSigner>,
}

#[derive(Clone)]
enum Source {
    File { path: Arc<Path>, offset: Option<u64>, len: u64 },
    Once(Arc<OnceStream>),
    Unsendable,
}

impl StreamingBody {
    fn of(source: Source) -> Self {
        Self { source, trailer: None, signer: None, events: false, event_failure: None, event_signer: None }
    }

    /// The body of an input event stream: `messages`, each chunk one encoded message, of no
    /// length known in advance; `failure` says why it failed, once it has.
    pub(crate) fn events(messages: ByteStream, failure: crate::event_stream::EventFailure) -> Self {
        let body = messages.streaming_body().unwrap_or_else(|| Self::of(Source::Unsendable));
        Self { events: true, event_failure: Some(failure), ..body }
    }

    /// Whether the body is an event stream.
    pub(crate) fn is_events(&self) -> bool {
        self.events
    }

    /// Why the event stream failed, kept as it fails.
    pub(crate) fn event_failure(&self) -> Option<&crate::event_stream::EventFailure> {
        self.event_failure.as_ref()
    }

    /// The same event stream with each message sent inside one signed by `signer`, and a
    /// signed empty message at its end.
    pub(crate) fn signed_events(self, signer: crate::sign::events::EventSigner) -> Self {
        Self { event_signer: Some(signer), ..self }
    }

    /// The length sent as `Content-Length`, if known: the source's, or its `aws-chunked`
    /// encoding's; an event stream's never is.
    pub fn len(&self) -> Option<u64> {
        if self.events {
            return None;
        }
        encoded_len(self.source.len()?, self.trailer, self.signer.is_some())
    }

    /// The same body sent `aws-chunked` (`Content-Encoding: aws-chunked`), in 64 KiB chunks and
    /// a final one carrying `algorithm`'s checksum of the bytes as a trailer, computed as they
    /// go; its [`StreamingBody::len`] is then the encoded length.
    pub(crate) fn aws_chunked(self, algorithm: crate::checksum::ChecksumAlgorithm) -> Self {
        Self { trailer: Some(algorithm), ..self }
    }

    /// The length of the body itself, if known, whatever its encoding.
    pub(crate) fn decoded_len(&self) -> Option<u64> {
        self.source.len()
    }

    /// Whether the body is sent `aws-chunked`.
    pub(crate) fn is_chunked(&self) -> bool {
        self.trailer.is_some() || self.signer.is_some()
    }

    /// The same body sent `aws-chunked` with its chunks signed by `signer`, after the checksum
    /// trailer if it has one.
    pub(crate) fn signed_chunks(self, signer: crate::sign::chunked::ChunkSigner) -> Self {
        Self { signer: Some(signer), ..self }
    }

    /// Whether the length is known to be 0.
    pub fn is_empty(&self) -> bool {
        self.len() == Some(0)
    }

    /// Whether another attempt can send the body: a file can, a stream until an attempt has
    /// taken it.
    pub fn is_replayable(&self) -> bool {
        match &self.source {
            Source::File { .. } => true,
            Source::Once(once) => !once.taken.load(Ordering::Acquire),
            Source::Unsendable => false,
        }
    }

    /// The body one attempt sends: the file read from its start, or the stream, taken when
    /// the first chunk is asked for (so an attempt that fails before sending leaves it).
    pub(crate) fn attempt(&self) -> BodyStream {
        BodyStream {
            source: self.source.clone(),
            trailer: self.trailer,
            signer: self.signer.clone(),
            events: self.events,
            event_signer: self.event_signer.clone(),
            reading: None,
        }
    }
}

impl Source {
    /// The length of what it yields, if known.
    fn len(&self) -> Option<u64> {
        match self {
            Source::File { len, .. } => Some(*len),
            Source::Once(once) => once.len,
            Source::Unsendable => None,
        }
    }
}

impl fmt::Debug for StreamingBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match &self.source {
            Source::File { path, .. } => format!("file {}", path.display()),
            Source::Once(_) => "stream".to_owned(),
            Source::Unsendable => "response body".to_owned(),
        };
        match self.len() {
            Some(len) => write!(f, "StreamingBody({kind}, {len} bytes)"),
            None => write!(f, "StreamingBody({kind})"),
        }
    }
}

/// Requests compare their streamed bodies by identity: the same file, or the same stream.
impl PartialEq for StreamingBody {
    fn eq(&self, other: &Self) -> bool {
        match (&self.source, &other.source) {
            _ if self.trailer != other.trailer
                || self.signer.is_some() != other.signer.is_some()
                || self.events != other.events
                || self.event_signer.is_some() != other.event_signer.is_some() =>
            {
                false
            }
            (Source::File { path: a, offset: o, len: m }, Source::File { path: b, offset: p, len: n }) => {
                a == b && o == p && m == n
            }
            (Source::Once(a), Source::Once(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Eq for StreamingBody {}

/// What one attempt sends of a [`StreamingBody`].
pub(crate) struct BodyStream {
    source: Source,
    trailer: Option<crate::checksum::ChecksumAlgorithm>,
    signer: Option<crate::sign::chunked::ChunkSigner>,
    events: bool,
    event_signer: Option<crate::sign::events::EventSigner>,
    reading: Option<BoxStream>,
}

impl BodyStream {
    /// The length sent as `Content-Length`, if known.
    pub(crate) fn len(&self) -> Option<u64> {
        if self.events {
            return None;
        }
        encoded_len(self.source.len()?, self.trailer, self.signer.is_some())
    }
}

/// The length sent of a body of `len` bytes: itself, or its `aws-chunked` encoding's.
fn encoded_len(len: u64, trailer: Option<crate::checksum::ChecksumAlgorithm>, signed: bool) -> Option<u64> {
    Some(if trailer.is_some() || signed { aws_chunked::encoded_len(len, trailer, signed) } else { len })
}

impl Stream for BodyStream {
    type Item = Result<Bytes, ByteStreamError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.reading.is_none() {
            let stream: BoxStream = match &this.source {
                Source::File { path, offset, len } => Box::pin(read_file(Arc::clone(path), *offset, *len)),
                Source::Once(once) => match once.take() {
                    Some(stream) => Box::pin(Counted::new(stream, once.len)),
                    None => return Poll::Ready(Some(Err(ByteStreamError::AlreadyTaken))),
                },
                Source::Unsendable => return Poll::Ready(Some(Err(ByteStreamError::AlreadyTaken))),
            };
            this.reading = Some(if let Some(signer) = this.event_signer.take() {
                Box::pin(events::SignedEvents::new(stream, signer))
            } else if this.trailer.is_some() || this.signer.is_some() {
                Box::pin(aws_chunked::AwsChunked::new(stream, this.trailer, this.signer.take()))
            } else {
                stream
            });
        }
        match &mut this.reading {
            Some(stream) => stream.as_mut().poll_next(cx),
            None => Poll::Ready(None),
        }
    }
}

/// Why a stream could not be read or sent.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ByteStreamError {
    /// The file could not be read.
    #[error("reading `{path}`: {reason}")]
    File {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The file's length changed after the stream was made (its `Content-Length` was sent).
    #[error("`{path}` changed length: {len} bytes when the stream was made, now {now}")]
    FileChanged {
        /// The file.
        path: PathBuf,
        /// Its length when the stream was made.
        len: u64,
        /// What was read, or found, since.
        now: u64,
    },
    /// The stream yielded another number of bytes than its declared length.
    #[error("the stream yielded {sent} bytes, not the {len} it declared")]
    WrongLength {
        /// The declared length.
        len: u64,
        /// What it yielded (so far, if more).
        sent: u64,
    },
    /// The stream failed.
    #[error("the stream failed: {0}")]
    Source(Box<dyn std::error::Error + Send + Sync>),
    /// The stream was read (or sent) already: it can be read once.
    #[error("the stream was read already; a stream can be sent once (bytes or a file can be sent again)")]
    AlreadyTaken,
    /// The connection ended before the whole response body had arrived.
    #[error("the response body was cut short after {received} bytes: {reason}")]
    Cut {
        /// The bytes received.
        received: u64,
        /// Why the connection ended.
        reason: String,
    },
    /// The body does not match the checksum the response gave for it (found at its end).
    #[error(transparent)]
    Checksum(#[from] crate::checksum::ChecksumMismatch),
    /// No part of the response body came within the read timeout.
    #[error("no response data arrived for {0:?}")]
    ReadTimeout(std::time::Duration),
    /// The request's event stream failed, which ended the exchange: an event broke the
    /// model's rules, or the caller's stream failed.
    #[error("the request's event stream failed")]
    Events(#[source] Arc<crate::event_stream::EventSendError>),
}

impl From<ByteStreamError> for std::io::Error {
    fn from(e: ByteStreamError) -> Self {
        let kind = match &e {
            ByteStreamError::ReadTimeout(_) => std::io::ErrorKind::TimedOut,
            ByteStreamError::Cut { .. } => std::io::ErrorKind::UnexpectedEof,
            _ => std::io::ErrorKind::Other,
        };
        std::io::Error::new(kind, e)
    }
}

/// A stream checked against its declared length.
struct Counted {
    stream: BoxStream,
    len: Option<u64>,
    sent: u64,
}

impl Counted {
    fn new(stream: BoxStream, len: Option<u64>) -> Self {
        Self { stream, len, sent: 0 }
    }
}

impl Stream for Counted {
    type Item = Result<Bytes, ByteStreamError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let item = ready!(self.stream.as_mut().poll_next(cx));
        let Some(len) = self.len else { return Poll::Ready(item) };
        match item {
            Some(Ok(chunk)) => {
                self.sent += chunk.len() as u64;
                if self.sent > len {
                    return Poll::Ready(Some(Err(ByteStreamError::WrongLength { len, sent: self.sent })));
                }
                Poll::Ready(Some(Ok(chunk)))
            }
            None if self.sent != len => Poll::Ready(Some(Err(ByteStreamError::WrongLength { len, sent: self.sent }))),
            other => Poll::Ready(other),
        }
    }
}

/// The file at `path`, in chunks, checked against the length it had when the stream was made.
fn read_file(
    path: Arc<Path>,
    offset: Option<u64>,
    len: u64,
) -> impl Stream<Item = Result<Bytes, ByteStreamError>> + Send {
    use tokio::io::{AsyncReadExt as _, AsyncSeekExt as _};
    struct State {
        path: Arc<Path>,
        offset: Option<u64>,
        file: Option<tokio::fs::File>,
        read: u64,
        len: u64,
        done: bool,
    }
    let failed =
        |path: &Path, e: std::io::Error| ByteStreamError::File { path: path.to_owned(), reason: e.to_string() };
    let state = State { path, offset, file: None, read: 0, len, done: false };
    futures_util::stream::unfold(state, move |mut state| async move {
        if state.done {
            return None;
        }
        if state.file.is_none() {
            let opened = async {
                let mut file = tokio::fs::File::open(&state.path).await?;
                if let Some(offset) = state.offset {
                    file.seek(std::io::SeekFrom::Start(offset)).await?;
                }
                Ok::<_, std::io::Error>(file)
            };
            match opened.await {
                Ok(file) => state.file = Some(file),
                Err(e) => {
                    state.done = true;
                    return Some((Err(failed(&state.path, e)), state));
                }
            }
        }
        // A part ends at its length; a whole file is read to its end, to see that it did not grow.
        let left = state.len - state.read.min(state.len);
        if state.offset.is_some() && left == 0 {
            return None;
        }
        let want = if state.offset.is_some() {
            FILE_CHUNK.min(usize::try_from(left).unwrap_or(FILE_CHUNK))
        } else {
            FILE_CHUNK
        };
        let file = state.file.as_mut()?;
        let mut buf = BytesMut::with_capacity(want);
        match (&mut *file).take(want as u64).read_buf(&mut buf).await {
            Err(e) => {
                state.done = true;
                Some((Err(failed(&state.path, e)), state))
            }
            Ok(0) => {
                state.done = true;
                if state.read == state.len {
                    return None;
                }
                let changed =
                    ByteStreamError::FileChanged { path: state.path.to_path_buf(), len: state.len, now: state.read };
                Some((Err(changed), state))
            }
            Ok(n) => {
                state.read += n as u64;
                if state.read > state.len {
                    state.done = true;
                    let changed = ByteStreamError::FileChanged {
                        path: state.path.to_path_buf(),
                        len: state.len,
                        now: state.read,
                    };
                    return Some((Err(changed), state));
                }
                Some((Ok(buf.freeze()), state))
            }
        }
    })
}

/// A [`ByteStream`] as a [`tokio::io::AsyncRead`].
struct AsyncReader {
    stream: ByteStream,
    chunk: Bytes,
}

impl tokio::io::AsyncRead for AsyncReader {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        while self.chunk.is_empty() {
            match ready!(Pin::new(&mut self.stream).poll_next(cx)) {
                Some(Ok(chunk)) => self.chunk = chunk,
                Some(Err(e)) => return Poll::Ready(Err(e.into())),
                None => return Poll::Ready(Ok(())),
            }
        }
        let n = self.chunk.len().min(buf.remaining());
        buf.put_slice(&self.chunk.split_to(n));
        Poll::Ready(Ok(()))
    }
}

/// Stored as a blob is (base64) when its bytes are in memory; a file, a stream or a response
/// body still arriving cannot be stored.
impl serde::Serialize for ByteStream {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.bytes() {
            Some(bytes) => s.serialize_str(&crate::types::base64_encode(bytes)),
            None => {
                Err(serde::ser::Error::custom("a ByteStream that is not in memory cannot be stored: collect it first"))
            }
        }
    }
}

impl<'de> serde::Deserialize<'de> for ByteStream {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::types::Blob::deserialize(d).map(|blob| ByteStream::new(blob.0))
    }
}

#[cfg(test)]
mod tests {
    use futures_util::StreamExt as _;

    use super::*;

    fn chunks(parts: &[&'static str]) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static {
        futures_util::stream::iter(parts.iter().map(|p| Ok(Bytes::from_static(p.as_bytes()))).collect::<Vec<_>>())
    }

    #[tokio::test]
    async fn bytes_and_streams_collect_and_streams_are_read_once() {
        assert_eq!(ByteStream::from("abc").collect().await.unwrap(), "abc");
        let stream = ByteStream::from_stream(chunks(&["ab", "cd"]), Some(4));
        assert_eq!(stream.len(), Some(4));
        let body = stream.streaming_body().unwrap();
        assert!(body.is_replayable());
        assert_eq!(stream.collect().await.unwrap(), "abcd");
        // The stream was taken: a request sending it again gets an error, not an empty body.
        assert!(!body.is_replayable());
        let mut again = body.attempt();
        assert!(matches!(again.next().await, Some(Err(ByteStreamError::AlreadyTaken))));
    }

    #[tokio::test]
    async fn a_stream_must_yield_its_declared_length() {
        let short = ByteStream::from_stream(chunks(&["ab"]), Some(3)).collect().await;
        assert!(matches!(short, Err(ByteStreamError::WrongLength { len: 3, sent: 2 })), "{short:?}");
        let long = ByteStream::from_stream(chunks(&["ab", "cd"]), Some(3)).collect().await;
        assert!(matches!(long, Err(ByteStreamError::WrongLength { len: 3, sent: 4 })), "{long:?}");
        let unsized_ = ByteStream::from_stream(chunks(&["ab", "cd"]), None);
        assert_eq!(unsized_.len(), None);
        assert_eq!(unsized_.collect().await.unwrap(), "abcd");
    }

    #[tokio::test]
    async fn files_are_read_again_for_each_attempt_and_checked_for_changes() {
        let dir = std::env::temp_dir().join(format!("aws-operation-bytestream-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("body.bin");
        let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &data).unwrap();
        let stream = ByteStream::from_path(&path).await.unwrap();
        assert_eq!(stream.len(), Some(data.len() as u64));
        let body = stream.streaming_body().unwrap();
        for _ in 0..2 {
            let mut attempt = body.attempt();
            let mut read = Vec::new();
            while let Some(chunk) = attempt.next().await {
                read.extend_from_slice(&chunk.unwrap());
            }
            assert_eq!(read, data);
            assert!(body.is_replayable());
        }
        std::fs::write(&path, b"shorter").unwrap();
        let changed = stream.collect().await;
        assert!(matches!(changed, Err(ByteStreamError::FileChanged { now: 7, .. })), "{changed:?}");
        assert!(ByteStream::from_path(&dir).await.is_err(), "a directory is not a file");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[tokio::test]
    async fn async_read_gives_every_byte() {
        use tokio::io::AsyncReadExt as _;
        let mut reader = ByteStream::from_stream(chunks(&["hello, ", "world"]), None).into_async_read();
        let mut text = String::new();
        reader.read_to_string(&mut text).await.unwrap();
        assert_eq!(text, "hello, world");
    }

    #[test]
    fn only_bytes_in_memory_are_stored() {
        assert_eq!(serde_json::to_string(&ByteStream::from("hi")).unwrap(), "\"aGk=\"");
        let back: ByteStream = serde_json::from_str("\"aGk=\"").unwrap();
        assert_eq!(back.bytes().map(|b| &b[..]), Some(&b"hi"[..]));
        let stream = ByteStream::from_stream(chunks(&["x"]), Some(1));
        assert!(serde_json::to_string(&stream).is_err());
    }
}
