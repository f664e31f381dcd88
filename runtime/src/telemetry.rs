//! What a call tells `tracing`: a span per call and one per attempt inside it, and events for
//! what happens beside them (credentials refreshed, endpoints resolved). The application's
//! subscriber decides what is kept; with none, each costs a check of an atomic.
//!
//! Spans (target `aws_operation`, level INFO):
//! - `aws.call`, one per [`crate::client::Client::send`]: `otel.name` `<service>.<operation>`
//!   (`Lambda.Invoke`: the name OpenTelemetry exporters give the span, since a `tracing` span's
//!   own name is fixed where it is written), `rpc.system` `aws-api`, `rpc.service` (the service
//!   id), `rpc.method` (the operation), `aws.invocation_id` (the `amz-sdk-invocation-id` of its
//!   requests); once known, `aws.request_id`, `http.status_code`, `aws.attempts` and, for a
//!   failure, `error.kind` (`InvalidInput`, `Service`, `Transport`, ...) and `aws.error_code`.
//! - `aws.attempt`, one per attempt, inside its call: `aws.attempt` (1, 2, ...),
//!   `http.status_code`, and `aws.retry` (`true` or `false`) with `aws.retry_reason`: why the
//!   next attempt is made (`throttled`, `transient`, `clock skew`) or not (`success`,
//!   `not retryable`, `max attempts`, `quota empty`, `stream sent`).
//!
//! Events (level DEBUG): `credentials refreshed` (target `aws_operation::credentials`, with
//! `expires_in_s` or `error`) and `endpoint resolved` (target `aws_operation::endpoint`, with
//! `url`). Nothing else is recorded: no header, no body, no member of an input or output, so no
//! secret and no sensitive member reaches a subscriber (`tests/hygiene.rs` captures every span
//! and event at TRACE and looks).

use tracing::Span;
use tracing::field::Empty;

/// The span of one call of `operation` of the service `service_id`.
pub(crate) fn call_span(service_id: &'static str, operation: &'static str) -> Span {
    tracing::info_span!(
        target: "aws_operation",
        "aws.call",
        otel.name = %format_args!("{service_id}.{operation}"),
        rpc.system = "aws-api",
        rpc.service = service_id,
        rpc.method = operation,
        aws.invocation_id = Empty,
        aws.request_id = Empty,
        http.status_code = Empty,
        aws.attempts = Empty,
        error.kind = Empty,
        aws.error_code = Empty,
    )
}

/// The span of attempt `attempt` (from 1) of the current call.
pub(crate) fn attempt_span(attempt: u32) -> Span {
    tracing::info_span!(
        target: "aws_operation",
        "aws.attempt",
        aws.attempt = attempt,
        http.status_code = Empty,
        aws.retry = Empty,
        aws.retry_reason = Empty,
    )
}

/// Records on an attempt's span whether another attempt follows, and why.
pub(crate) fn retry_decision(span: &Span, retry: bool, reason: &'static str) {
    span.record("aws.retry", retry);
    span.record("aws.retry_reason", reason);
}

/// Records on a call's span how it ended: its status and request id (of the last response, if
/// any), and for a failure its kind and the service's error code.
pub(crate) fn call_outcome(
    span: &Span,
    status: Option<u16>,
    request_id: Option<&str>,
    failure: Option<(crate::error::ErrorKind, Option<&str>)>,
) {
    if let Some(status) = status {
        span.record("http.status_code", status);
    }
    if let Some(id) = request_id {
        span.record("aws.request_id", id);
    }
    if let Some((kind, code)) = failure {
        span.record("error.kind", tracing::field::debug(kind));
        if let Some(code) = code {
            span.record("aws.error_code", code);
        }
    }
}

/// An endpoint resolved from the service's rules (not one kept from an earlier call).
pub(crate) fn endpoint_resolved(url: &str) {
    tracing::debug!(target: "aws_operation::endpoint", url, "endpoint resolved");
}

/// Credentials fetched from their provider by the cache: when they expire, or why none came.
pub(crate) fn credentials_refreshed(
    result: Result<Option<std::time::Duration>, &crate::credentials::CredentialsError>,
) {
    match result {
        Ok(Some(left)) => {
            tracing::debug!(target: "aws_operation::credentials", expires_in_s = left.as_secs(), "credentials refreshed");
        }
        Ok(None) => tracing::debug!(target: "aws_operation::credentials", "credentials refreshed, without expiry"),
        Err(e) => {
            let error = crate::error::chain(e);
            tracing::debug!(target: "aws_operation::credentials", error, "credentials could not be refreshed");
        }
    }
}
