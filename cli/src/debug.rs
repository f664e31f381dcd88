//! `--debug`: every request as signed and every response as received, with the signature, the
//! security token and sensitive members redacted. The log, an interceptor, writes into a buffer that the
//! command copies to stderr after each call, since the client owns its interceptors. Without an
//! operation's schema (a command of one's own, many operations), bodies are shown as received:
//! the schema is what names the sensitive members.

use std::sync::{Arc, Mutex};

use aws_operation::http::{HttpRequest, HttpResponse, redacted};
use aws_operation::interceptor::{AttemptContext, BoxError, Interceptor};
use aws_operation::schema::{OperationSchema, TypeSchema};
use serde_json::Value;

use crate::output::redact;

/// The debug log of one command.
#[derive(Debug, Clone)]
pub(crate) struct DebugLog {
    operation: Option<&'static OperationSchema>,
    buffer: Arc<Mutex<String>>,
}

impl DebugLog {
    pub(crate) fn new(operation: &'static OperationSchema) -> Self {
        Self { operation: Some(operation), buffer: Arc::default() }
    }

    /// The log of calls of any operation.
    pub(crate) fn untyped() -> Self {
        Self { operation: None, buffer: Arc::default() }
    }

    /// Adds a line of the command's own.
    pub(crate) fn line(&self, line: &str) {
        self.push(&format!("[debug] {line}\n"));
    }

    /// What was logged since the last call.
    pub(crate) fn take(&self) -> String {
        self.buffer.lock().map(|mut b| std::mem::take(&mut *b)).unwrap_or_default()
    }

    fn push(&self, text: &str) {
        if let Ok(mut buffer) = self.buffer.lock() {
            buffer.push_str(text);
        }
    }

    /// The body as text, sensitive members of `ty` hidden.
    fn body(&self, body: &[u8], ty: Option<TypeSchema>) -> String {
        match (serde_json::from_slice::<Value>(body), ty) {
            (Ok(mut value), Some(ty)) => {
                redact(&mut value, &ty);
                value.to_string()
            }
            // Nothing the schema could point at: shown as received.
            _ => String::from_utf8_lossy(body).into_owned(),
        }
    }

    /// The error shape a response names (`x-amzn-errortype`, else `__type`), if modeled.
    fn error_shape(&self, response: &HttpResponse) -> Option<TypeSchema> {
        let body: Option<Value> = serde_json::from_slice(&response.body).ok();
        let named = response
            .header("x-amzn-errortype")
            .map(str::to_owned)
            .or_else(|| body.as_ref().and_then(|b| b.get("__type")).and_then(Value::as_str).map(str::to_owned))?;
        // `aws.protocoltests#Code:http://...` names `Code`.
        let code = named.split(':').next().unwrap_or_default();
        let code = code.rsplit('#').next().unwrap_or_default();
        self.operation?.errors.iter().map(|e| e()).find(|ty| match ty {
            TypeSchema::Shape(s) => s.error.is_some_and(|e| e.code == code),
            _ => false,
        })
    }
}

/// The log reads each signed request just before it is sent, and each response before it is
/// decoded.
impl Interceptor for DebugLog {
    fn modify_before_transmit(&self, request: &mut HttpRequest, _: &AttemptContext) -> Result<(), BoxError> {
        self.push(&format!(
            "[debug] request: {} {}\n{}\n{}\n",
            request.method,
            request.url,
            redacted(&request.headers),
            self.body(&request.body, self.operation.map(|o| (o.input)()))
        ));
        Ok(())
    }

    fn read_before_deserialization(&self, response: &HttpResponse, _: &AttemptContext) -> Result<(), BoxError> {
        let ty = match response.status {
            200..300 => self.operation.map(|o| (o.output)()),
            _ => self.error_shape(response),
        };
        let body = self.body(&response.body, ty);
        self.push(&format!("[debug] response: {}\n{}\n{}\n", response.status, redacted(&response.headers), body));
        Ok(())
    }
}
