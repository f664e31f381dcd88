//! A request's stream of events: the input member of an operation whose request goes event by
//! event (Transcribe Streaming's audio), sent as the caller's stream yields them.
//!
//! Each event is one member of the stream's union, written as a message (`:message-type`
//! `event`, `:event-type` the member's name, its members bound to headers and the payload as an
//! output event's are read) and validated first: an event that breaks a rule of the model ends
//! the request with a violation that names the member, and is not sent. The events are taken
//! from the caller's stream only as the connection takes them, so a slow connection slows the
//! producer; with SigV4, each goes inside a signed message (see `crate::sign`), and a signed
//! empty message ends the stream. A stream can be sent once: a request whose first event was
//! taken is not retried.

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

use futures_core::Stream;

use super::{EventFormat, EventStreamError};
use crate::byte_stream::ByteStream;
use crate::paginate::BoxStream;
use crate::validate::Violations;

/// Why a caller's event stream failed: the error it yielded.
pub type EventSourceError = Box<dyn std::error::Error + Send + Sync>;

/// Why an input's event stream ended the request before its end: neither the event that failed
/// nor any after it was sent, nor the message that ends a stream.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EventSendError {
    /// An event breaks the model's rules.
    #[error("an event breaks the model's rules")]
    Invalid(#[source] Violations),
    /// The caller's stream yielded an error.
    #[error("the stream of events failed")]
    Source(#[source] EventSourceError),
    /// An event is too large for a frame, or a header of it too long.
    #[error("an event cannot be written as a frame")]
    Frame(#[source] EventStreamError),
}

/// Why a request's event stream failed, once it has: kept for the call, which reports it in
/// place of the connection's failure it causes.
#[derive(Debug, Clone, Default)]
pub(crate) struct EventFailure(Arc<Mutex<Option<Arc<EventSendError>>>>);

impl EventFailure {
    /// The failure, if the stream has failed.
    pub(crate) fn get(&self) -> Option<Arc<EventSendError>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    fn set(&self, error: EventSendError) -> Arc<EventSendError> {
        let error = Arc::new(error);
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(Arc::clone(&error));
        error
    }
}

/// The events of a request, from a stream of the union `E`'s members. Make one with
/// [`EventStreamSender::new`] (a stream of events), [`EventStreamSender::try_new`] (a stream of
/// results, whose first error ends the request with that error) or `collect()` of an iterator.
pub struct EventStreamSender<E> {
    events: Mutex<Option<BoxStream<Result<E, EventSourceError>>>>,
}

impl<E: Send + 'static> EventStreamSender<E> {
    /// The events `stream` yields; its end ends the request's stream.
    pub fn new<S>(stream: S) -> Self
    where
        S: Stream<Item = E> + Send + 'static,
    {
        Self::try_new(futures_util::StreamExt::map(stream, Ok::<E, EventSourceError>))
    }

    /// The events `stream` yields, until it yields an error: the request then ends with that
    /// error, without the message that ends a stream, so the service sees it cut.
    pub fn try_new<S, X>(stream: S) -> Self
    where
        S: Stream<Item = Result<E, X>> + Send + 'static,
        X: Into<EventSourceError>,
    {
        let stream = futures_util::StreamExt::map(stream, |item| item.map_err(Into::into));
        Self { events: Mutex::new(Some(Box::pin(stream))) }
    }
}

impl<E: Send + 'static> FromIterator<E> for EventStreamSender<E> {
    /// The events of an iterator, e.g. `vec![...].into_iter().collect()`.
    fn from_iter<I: IntoIterator<Item = E>>(events: I) -> Self {
        let events: Vec<E> = events.into_iter().collect();
        Self::new(futures_util::stream::iter(events))
    }
}

impl<E: Send + 'static> Default for EventStreamSender<E> {
    /// A stream without events: the request sends the end of the stream at once.
    fn default() -> Self {
        Self { events: Mutex::new(Some(Box::pin(futures_util::stream::empty()))) }
    }
}

impl<E> fmt::Debug for EventStreamSender<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let taken = self.events.lock().unwrap_or_else(PoisonError::into_inner).is_none();
        f.write_str(if taken { "EventStreamSender(sent)" } else { "EventStreamSender" })
    }
}

/// The events of an input as the request's body: what a protocol's request writer takes from
/// an [`EventStreamSender`] member, whatever its union.
pub trait EventBody {
    /// The request's body: one encoded message per chunk, in `format`; `None` if the events
    /// were taken already (a request sends them once).
    fn take_body(&self, format: EventFormat) -> Option<crate::byte_stream::StreamingBody>;
}

impl<E: crate::shape::Shape + Send + 'static> EventBody for EventStreamSender<E> {
    fn take_body(&self, format: EventFormat) -> Option<crate::byte_stream::StreamingBody> {
        let events = self.events.lock().unwrap_or_else(PoisonError::into_inner).take()?;
        let failure = EventFailure::default();
        let failed = failure.clone();
        let messages = futures_util::StreamExt::map(events, move |item| {
            let message = item
                .map_err(EventSendError::Source)
                .and_then(|event| super::encode::encode(&event, format).map_err(EventSendError::Invalid))
                .and_then(|message| message.encode().map_err(EventSendError::Frame));
            message.map_err(|e| failed.set(e))
        });
        Some(crate::byte_stream::StreamingBody::events(ByteStream::from_stream(messages, None), failure))
    }
}

/// An event stream member of an input: the body of the request, in the protocols that have
/// event streams. Written by any other writer, it is a null; read (a command's JSON input), it
/// is a list of events.
impl<E: crate::shape::Shape + Send + 'static> crate::shape::Shape for EventStreamSender<E> {
    const STREAMING: bool = true;
    const EVENT_STREAM: bool = true;
    fn serialize<S: crate::shape::ShapeSerializer>(&self, member: &crate::schema::MemberSchema, s: &mut S) {
        s.write_input_events(member, self);
    }
    fn deserialize<D: crate::shape::ShapeDeserializer>(
        member: &crate::schema::MemberSchema,
        d: &mut D,
    ) -> Option<Self> {
        Vec::<E>::deserialize(member, d).map(|events| events.into_iter().collect())
    }
    fn zero() -> Self {
        Self::default()
    }
    fn type_schema() -> crate::schema::TypeSchema {
        E::type_schema()
    }
}

/// An event stream cannot be stored: its events are sent as they come.
impl<E> serde::Serialize for EventStreamSender<E> {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("an event stream cannot be stored: its events are sent as they come"))
    }
}

/// Read back, a stored input holds a list of events.
impl<'de, E: serde::Deserialize<'de> + Send + 'static> serde::Deserialize<'de> for EventStreamSender<E> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<E>::deserialize(d).map(|events| events.into_iter().collect())
    }
}
