//! Operations called by name with JSON in and JSON out, for tools such as a command line: the
//! input is read strictly (every problem listed), validated, sent by the typed client, and the
//! output written back with wire names.

use std::future::Future;
use std::path::Path;
use std::pin::Pin;

use serde_json::Value;
use tokio::io::AsyncWriteExt as _;

use crate::client::Client;
use crate::error::{Error, ErrorMeta, chain};
use crate::operation::{Operation, SendsOperationsOf, Service};
use crate::protocol::payload::{Payload, payload_of};
use crate::schema::OperationSchema;
use crate::shape;
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
        let json = shape::to_json(&*response);
        let value = serde_json::from_str(&json).map_err(|e| DynError::Other(e.to_string()))?;
        Ok((value, request_id))
    })
}
