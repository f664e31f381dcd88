//! A response's stream of events: the output member of an operation whose answer comes event by
//! event (Bedrock's ConverseStream, Kinesis' SubscribeToShard), read from the body as it arrives.
//!
//! Each message says what it is in its `:message-type` header (Smithy's "Event stream
//! specification", section "Message types"):
//! - `event`: one member of the stream's union, named by `:event-type`, its members bound to
//!   the message's headers (`event_header`) and payload (`event_payload`, else the members left
//!   over, in the protocol's format);
//! - `exception`: a modeled error, the union's member named by `:exception-type`, read as an
//!   event is; it ends the stream, as [`EventError::Exception`];
//! - `error`: an error the union does not model, with `:error-code` and `:error-message`; it
//!   ends the stream too.
//!
//! The RPC protocols (awsJson) send the output's other members first, as an `initial-response`
//! event, which the stream passes over. An event of a type this client does not know is the
//! union's `Unknown` member, as a union member is elsewhere. Nothing is buffered beyond the frame
//! being read: the body is read only as the events are asked for, so a slow consumer slows the
//! sender (TCP's flow control), and dropping the stream drops the connection.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;

use super::{Decoder, EventStreamError, Message};
use crate::byte_stream::{ByteStream, ByteStreamError};
use crate::paginate::BoxStream;
use crate::validate::Violations;

/// How a protocol writes an event's payload, and what comes before the events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventFormat {
    /// Whether payload members are keyed by their `json_name` (restJson1) or their name
    /// (awsJson).
    pub json_names: bool,
    /// Whether the first event may be the `initial-response`, which the stream passes over
    /// (awsJson, whose output's other members it carries).
    pub initial_response: bool,
}

impl EventFormat {
    /// restJson1: payloads keyed by `json_name`; the output's other members are headers.
    pub const REST_JSON: EventFormat = EventFormat { json_names: true, initial_response: false };
    /// awsJson 1.0 and 1.1: payloads keyed by member name, after an `initial-response`.
    pub const AWS_JSON: EventFormat = EventFormat { json_names: false, initial_response: true };
}

/// Reads one message as the union `E`: the event (or exception) type names the member.
type Decode<E> = fn(&str, &Message, EventFormat) -> Result<E, Violations>;

/// The events of a response, as they arrive: each one of the union `E`'s members. Poll it with
/// `StreamExt::next` (or `TryStreamExt::try_next`); it ends after the last event, or after the
/// first error, which it gives as an [`EventError`].
pub struct EventStream<E> {
    /// Behind a lock only so that a command can take the stream out of an output it holds by
    /// reference ([`EventSource`]); polling reaches it without locking.
    state: std::sync::Mutex<Option<State<E>>>,
}

struct State<E> {
    body: ByteStream,
    frames: Decoder,
    format: EventFormat,
    decode: Decode<E>,
    /// Whether an `initial-response` may still come.
    before_events: bool,
    done: bool,
}

impl<E> fmt::Debug for EventStream<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EventStream")
    }
}

impl<E: crate::shape::Shape> EventStream<E> {
    /// The events that `body` carries, in `format`.
    pub fn new(body: ByteStream, format: EventFormat) -> Self {
        let state = State {
            body,
            frames: Decoder::new(),
            format,
            decode: super::json::decode::<E>,
            before_events: format.initial_response,
            done: false,
        };
        Self { state: std::sync::Mutex::new(Some(state)) }
    }
}

impl<E> Default for EventStream<E> {
    /// A stream without events.
    fn default() -> Self {
        Self { state: std::sync::Mutex::new(None) }
    }
}

/// Why an event stream ended before its last event.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EventError<E> {
    /// The service sent one of the errors the stream models: the union's member it names.
    #[error("the service ended the stream with one of the exceptions the stream models")]
    Exception(E),
    /// The service sent an error the stream does not model.
    #[error("the service ended the stream with {code}: {}", message.as_deref().unwrap_or("no message"))]
    Service {
        /// Its `:error-code`.
        code: String,
        /// Its `:error-message`.
        message: Option<String>,
    },
    /// A message that is not an event, an exception or an error, or that does not say which.
    #[error("a message of the stream has the `:message-type` {0:?}, not `event`, `exception` or `error`")]
    MessageType(Option<String>),
    /// An event (or exception) whose members cannot be read.
    #[error("the `{event_type}` event cannot be read")]
    Event {
        /// Its type.
        event_type: String,
        /// What is wrong with it.
        #[source]
        source: Violations,
    },
    /// The frames are corrupt or cut short.
    #[error("the event stream is corrupt")]
    Frame(#[source] EventStreamError),
    /// The body failed while it arrived (a connection cut, a read timeout).
    #[error("the event stream's body failed")]
    Body(#[source] ByteStreamError),
}

/// What a message comes to: an event to give, one to pass over, or the end.
enum Read<E> {
    Event(E),
    Skip,
    End(EventError<E>),
}

impl<E> State<E> {
    fn read(&mut self, message: &Message) -> Read<E> {
        let header = |name: &str| message.header(name).and_then(|v| v.as_str()).map(str::to_owned);
        let decode = |kind: String| (self.decode)(&kind, message, self.format).map_err(|source| (kind, source));
        let first = std::mem::replace(&mut self.before_events, false);
        match header(":message-type").as_deref() {
            Some("event") => {
                let kind = header(":event-type").unwrap_or_default();
                if first && kind == "initial-response" {
                    return Read::Skip;
                }
                match decode(kind) {
                    Ok(event) => Read::Event(event),
                    Err((event_type, source)) => Read::End(EventError::Event { event_type, source }),
                }
            }
            Some("exception") => match decode(header(":exception-type").unwrap_or_default()) {
                Ok(exception) => Read::End(EventError::Exception(exception)),
                Err((event_type, source)) => Read::End(EventError::Event { event_type, source }),
            },
            Some("error") => Read::End(EventError::Service {
                code: header(":error-code").unwrap_or_default(),
                message: header(":error-message"),
            }),
            other => Read::End(EventError::MessageType(other.map(str::to_owned))),
        }
    }
}

impl<E: Unpin> Stream for EventStream<E> {
    type Item = Result<E, EventError<E>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let state = self.state.get_mut().unwrap_or_else(std::sync::PoisonError::into_inner);
        match state {
            Some(state) => state.poll_next(cx),
            None => Poll::Ready(None),
        }
    }
}

impl<E> State<E> {
    fn poll_next(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<E, EventError<E>>>> {
        loop {
            if self.done {
                return Poll::Ready(None);
            }
            match self.frames.next_message() {
                Ok(Some(message)) => match self.read(&message) {
                    Read::Event(event) => return Poll::Ready(Some(Ok(event))),
                    Read::Skip => continue,
                    Read::End(e) => {
                        self.done = true;
                        return Poll::Ready(Some(Err(e)));
                    }
                },
                Err(e) => {
                    self.done = true;
                    return Poll::Ready(Some(Err(EventError::Frame(e))));
                }
                Ok(None) => {}
            }
            match Pin::new(&mut self.body).poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Some(Ok(chunk))) => self.frames.push(chunk),
                Poll::Ready(Some(Err(e))) => {
                    self.done = true;
                    return Poll::Ready(Some(Err(EventError::Body(e))));
                }
                // The body ended: between frames is the end, within one a cut.
                Poll::Ready(None) => {
                    self.done = true;
                    return Poll::Ready(self.frames.finish().err().map(|e| Err(EventError::Frame(e))));
                }
            }
        }
    }
}

/// The events of a stream as documents (each event the JSON of its union), for code that
/// handles the outputs of any operation by their schema (the command line): the stream is taken
/// out of the output, which keeps an empty one. An error that ends the stream is its message.
pub trait EventSource {
    /// The events, once; `None` if they were taken already.
    fn take_documents(&self) -> Option<BoxStream<Result<crate::types::Document, String>>>;
}

impl<E: crate::shape::Shape + Send + Unpin + 'static> EventSource for EventStream<E> {
    fn take_documents(&self) -> Option<BoxStream<Result<crate::types::Document, String>>> {
        let state = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take()?;
        let stream = EventStream { state: std::sync::Mutex::new(Some(state)) };
        let document =
            |value: &E| serde_json::from_str(&crate::shape::to_json(value)).unwrap_or(crate::types::Document::Null);
        Some(Box::pin(futures_util::StreamExt::map(stream, move |item| match item {
            Ok(event) => Ok(document(&event)),
            Err(EventError::Exception(exception)) => {
                Err(format!("the service ended the stream with {}", document(&exception)))
            }
            Err(e) => Err(crate::error::chain(&e.map_exception(|e| document(&e)))),
        })))
    }
}

impl<E> EventError<E> {
    /// The same error, an exception's union mapped by `f`.
    pub fn map_exception<F, T>(self, f: F) -> EventError<T>
    where
        F: FnOnce(E) -> T,
    {
        match self {
            EventError::Exception(e) => EventError::Exception(f(e)),
            EventError::Service { code, message } => EventError::Service { code, message },
            EventError::MessageType(kind) => EventError::MessageType(kind),
            EventError::Event { event_type, source } => EventError::Event { event_type, source },
            EventError::Frame(e) => EventError::Frame(e),
            EventError::Body(e) => EventError::Body(e),
        }
    }
}

/// An event stream member of an output: read from the response's body as it arrives, by the
/// protocols that have event streams. Written, it is a null (its events are not in memory), or,
/// to a writer that takes them, its events ([`EventSource`]).
impl<E: crate::shape::Shape + Send + Unpin + 'static> crate::shape::Shape for EventStream<E> {
    const STREAMING: bool = true;
    const EVENT_STREAM: bool = true;
    fn serialize<S: crate::shape::ShapeSerializer>(&self, member: &crate::schema::MemberSchema, s: &mut S) {
        s.write_event_stream(member, self);
    }
    fn deserialize<D: crate::shape::ShapeDeserializer>(
        member: &crate::schema::MemberSchema,
        d: &mut D,
    ) -> Option<Self> {
        d.read_event_stream(member)
    }
    fn zero() -> Self {
        Self::default()
    }
    fn type_schema() -> crate::schema::TypeSchema {
        E::type_schema()
    }
}

/// An event stream cannot be stored: its events are read one by one as they arrive.
impl<E> serde::Serialize for EventStream<E> {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("an event stream cannot be stored: read its events"))
    }
}

/// Nor read back: a stored output holds no events.
impl<'de, E> serde::Deserialize<'de> for EventStream<E> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(d).map(|_| Self::default())
    }
}
