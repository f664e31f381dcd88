//! Operations called by name with JSON in and JSON out, for tools such as a command line: the
//! input is read strictly (every problem listed), validated, sent by the typed client, and the
//! output written back with wire names.

use std::future::Future;
use std::path::Path;
use std::pin::Pin;

use serde_json::Value;
use tokio::io::AsyncWriteExt as _;

use futures_util::StreamExt as _;

use crate::client::Client;
use crate::error::{Error, ErrorMeta, chain};
use crate::operation::{Operation, SendsOperationsOf, Service};
use crate::paginate::BoxStream;
use crate::protocol::payload::{Payload, payload_of};
use crate::schema::{MemberSchema, OperationSchema, ShapeSchema};
use crate::shape::{self, Shape, ShapeSerializer};
use crate::types::{DateTime, Document};
use crate::validate::Violations;

/// A call that failed, without its operation's types.
#[derive(Debug)]
#[non_exhaustive]
pub enum DynError {
    /// The input JSON is not valid for the operation; nothing was sent.
    InvalidInput(Violations),
    /// Configuration is missing or wrong; nothing was sent.
    Config(String),
    /// The service returned an error.
    Service(ErrorMeta),
    /// Anything else: transport, an unreadable response, pagination.
    Other(String),
}

impl std::fmt::Display for DynError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DynError::InvalidInput(v) => write!(f, "invalid input: {v}"),
            DynError::Config(m) | DynError::Other(m) => f.write_str(m),
            DynError::Service(meta) => write!(f, "the service returned {meta}"),
        }
    }
}

impl std::error::Error for DynError {}

impl<E: std::error::Error + 'static> From<Error<E>> for DynError {
    fn from(e: Error<E>) -> Self {
        match e {
            Error::InvalidInput(v) => DynError::InvalidInput(v),
            Error::Config(c) => DynError::Config(chain(&c)),
            Error::Service(s) => DynError::Service(s.meta),
            other => DynError::Other(chain(&other)),
        }
    }
}

type CallFuture<'a> = Pin<Box<dyn Future<Output = Result<(Value, Option<String>), DynError>> + Send + 'a>>;

/// One operation of the service `S`, callable with JSON.
pub struct DynOperation<S> {
    schema: fn() -> &'static OperationSchema,
    check: fn(&Value) -> Result<(), Violations>,
    call: for<'a> fn(&'a Client<S>, &'a Value) -> CallFuture<'a>,
    call_to_file: for<'a> fn(&'a Client<S>, &'a Value, &'a Path) -> CallFuture<'a>,
}

impl<S> Clone for DynOperation<S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<S> Copy for DynOperation<S> {}

impl<S: Service> DynOperation<S> {
    /// The operation `O`.
    pub const fn of<O: Operation>() -> Self
    where
        S: SendsOperationsOf<O::Service>,
    {
        Self { schema: O::schema, check: check::<O>, call: call::<S, O>, call_to_file: call_to_file::<S, O> }
    }

    /// The operation's description.
    pub fn schema(&self) -> &'static OperationSchema {
        (self.schema)()
    }

    /// The operation's name.
    pub fn name(&self) -> &'static str {
        self.schema().name
    }

    /// Reads `input` strictly and validates it, sending nothing: every problem at once.
    pub fn check(&self, input: &Value) -> Result<(), Violations> {
        (self.check)(input)
    }

    /// Reads `input` strictly, validates it, sends it and returns the output JSON (wire names)
    /// with the request id.
    pub fn call<'a>(&self, client: &'a Client<S>, input: &'a Value) -> CallFuture<'a> {
        (self.call)(client, input)
    }

    /// As [`DynOperation::call`], for an output with a blob, string or streaming payload
    /// member: the payload is written to the file at `path` as it arrives (an unset one makes an
    /// empty file), and the JSON returned holds the other members.
    pub fn call_to_file<'a>(&self, client: &'a Client<S>, input: &'a Value, path: &'a Path) -> CallFuture<'a> {
        (self.call_to_file)(client, input, path)
    }
}

fn check<O: Operation>(input: &Value) -> Result<(), Violations> {
    shape::read_input::<O>(input).map(drop)
}

fn call_to_file<'a, S: SendsOperationsOf<O::Service>, O: Operation>(
    client: &'a Client<S>,
    input: &'a Value,
    path: &'a Path,
) -> CallFuture<'a> {
    Box::pin(async move {
        let input = shape::read_input::<O>(input).map_err(DynError::InvalidInput)?;
        let response = client.send(input).await.map_err(DynError::from)?;
        let request_id = response.request_id().map(str::to_owned);
        let payload = payload_of(&*response);
        let failed = |e: std::io::Error| DynError::Other(format!("cannot write `{}`: {e}", path.display()));
        let mut file = tokio::fs::File::create(path).await.map_err(failed)?;
        let member = match payload {
            Some((member, Payload::Bytes(bytes))) => {
                file.write_all(&bytes).await.map_err(failed)?;
                Some(member)
            }
            Some((member, Payload::Stream(mut stream))) => {
                while let Some(chunk) = stream.next().await {
                    let chunk = chunk.map_err(|e| DynError::Other(chain(&e)))?;
                    file.write_all(&chunk).await.map_err(failed)?;
                }
                Some(member)
            }
            None => None,
        };
        file.flush().await.map_err(failed)?;
        let json = shape::to_json(&*response);
        let mut value: Value = serde_json::from_str(&json).map_err(|e| DynError::Other(e.to_string()))?;
        if let (Some(member), Value::Object(map)) = (member, &mut value) {
            map.remove(member.name);
        }
        Ok((value, request_id))
    })
}

fn call<'a, S: SendsOperationsOf<O::Service>, O: Operation>(client: &'a Client<S>, input: &'a Value) -> CallFuture<'a> {
    Box::pin(async move {
        let input = shape::read_input::<O>(input).map_err(DynError::InvalidInput)?;
        let response = client.send(input).await.map_err(DynError::from)?;
        let request_id = response.request_id().map(str::to_owned);
        let mut taker = EventTaker::default();
        response.serialize(&MemberSchema::ROOT, &mut taker);
        let json = shape::to_json(&*response);
        let mut value: Value = serde_json::from_str(&json).map_err(|e| DynError::Other(e.to_string()))?;
        // An event stream's events, read to its end, as the list of the member.
        if let (Some((name, mut events)), Value::Object(map)) = (taker.found, &mut value) {
            let mut list = Vec::new();
            while let Some(event) = events.next().await {
                let event = event.map_err(|e| DynError::Other(format!("after {} events: {e}", list.len())))?;
                list.push(event);
            }
            map.insert(name.to_owned(), Value::Array(list));
        }
        Ok((value, request_id))
    })
}

/// Takes the event stream out of an output, if it has one: the writer that the output's event
/// stream member hands its events to.
#[derive(Default)]
struct EventTaker {
    /// The streaming member being written.
    name: Option<&'static str>,
    found: Option<(&'static str, BoxStream<Result<Value, String>>)>,
}

impl ShapeSerializer for EventTaker {
    fn write_struct<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, members: F) {
        members(self);
    }
    fn write_member<T: Shape>(&mut self, member: &'static MemberSchema, value: &T) {
        if member.streaming {
            self.name = Some(member.name);
            value.serialize(member, self);
        }
    }
    fn write_event_stream(&mut self, _: &MemberSchema, events: &dyn crate::event_stream::EventSource) {
        if let (Some(name), Some(stream)) = (self.name.take(), events.take_documents()) {
            self.found = Some((name, stream));
        }
    }
    fn write_unknown_member(&mut self, _: &str, _: &Document) {}
    fn write_list<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, _: F) {}
    fn write_item<T: Shape>(&mut self, _: &MemberSchema, _: &T) {}
    fn write_map<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, _: F) {}
    fn write_entry<T: Shape>(&mut self, _: &MemberSchema, _: &str, _: &T) {}
    fn write_string(&mut self, _: &MemberSchema, _: &str) {}
    fn write_bool(&mut self, _: &MemberSchema, _: bool) {}
    fn write_integer(&mut self, _: &MemberSchema, _: i64) {}
    fn write_f32(&mut self, _: &MemberSchema, _: f32) {}
    fn write_f64(&mut self, _: &MemberSchema, _: f64) {}
    fn write_blob(&mut self, _: &MemberSchema, _: &[u8]) {}
    fn write_timestamp(&mut self, _: &MemberSchema, _: &DateTime) {}
    fn write_document(&mut self, _: &MemberSchema, _: &Document) {}
    fn write_null(&mut self, _: &MemberSchema) {}
}
