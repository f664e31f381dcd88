//! The attempts of one call: sign, send, classify, wait, until a success, a final failure, or
//! the end of the attempts or of the retry quota.
//!
//! Nothing here depends on the operation: what does (decoding its output and its errors) stays
//! with the caller, in `Client::send`, and this loop is compiled once, in this crate, instead of
//! once per operation in the crate that defines it.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use super::Inner;
use super::route::{Route, RouteScheme};
use crate::credentials::ProvideCredentials;
use crate::error::{ConfigError, Error, ResponseError, TransportError};
use crate::http::{HttpRequest, HttpResponse};
use crate::http_client::SendOptions;
use crate::interceptor::{AttemptContext, Hook, InterceptorError, Interceptors};
use crate::retry::{self, RetryQuota, Verdict};
use crate::sign::{self, Scheme, SigningParams, SigningSettings};
use crate::telemetry;
use crate::transport::{AttemptError, Exchange};

/// What the loop needs to know of the operation and its service.
pub(super) struct Plan<'a> {
    pub request: &'a HttpRequest,
    pub route: &'a Route,
    /// `None` for an unsigned operation.
    pub credentials: Option<&'a dyn ProvideCredentials>,
    pub signing: SigningSettings,
    /// Whether a success's body is handed over as a stream.
    pub streams: bool,
    /// The protocol's test for a 2xx response that is an error (S3's `200 OK` with `<Error>`).
    pub error_in_success: fn(&HttpResponse) -> bool,
    /// The call's span, which counts the attempts.
    pub call_span: &'a tracing::Span,
    /// The call's interceptors, and whose call it is.
    pub interceptors: Interceptors<'a>,
    pub service: &'static str,
    pub operation: &'static str,
}

/// An error response as the loop classifies it, from the caller's decoding of it.
pub(super) struct Rejection {
    pub code: String,
    /// Whether the modeled error is marked retryable.
    pub retryable: bool,
}

/// How a call ended without a success.
pub(super) enum Stop {
    /// A failure of the call itself, not of the service.
    Failed(CallError),
    /// The service's error in the last response, which the caller decoded last.
    Service,
}

/// The failures of a call that do not depend on its operation.
pub(super) enum CallError {
    Config(ConfigError),
    Transport(TransportError),
    Response { status: u16, request_id: Option<String>, source: ResponseError },
    Interceptor(InterceptorError),
}

impl<E: std::error::Error + 'static> From<CallError> for Error<E> {
    fn from(e: CallError) -> Self {
        match e {
            CallError::Config(e) => Error::Config(e),
            CallError::Transport(e) => Error::Transport(e),
            CallError::Response { status, request_id, source } => Error::Response { status, request_id, source },
            CallError::Interceptor(e) => Error::Interceptor(e),
        }
    }
}

/// `decode` reads an error response (keeping what it decoded for the caller) and says what it
/// was.
pub(super) type Decode<'a> = dyn FnMut(&HttpResponse) -> Rejection + Send + 'a;

impl Inner {
    /// Signs and sends `plan.request` until it succeeds or fails for good.
    pub(super) fn attempts<'a>(
        &'a self,
        plan: Plan<'a>,
        decode: &'a mut Decode<'_>,
    ) -> Pin<Box<dyn Future<Output = Result<Exchange, Stop>> + Send + 'a>> {
        Box::pin(async move {
            let Inner { config, transport, quota, clock_offset, .. } = self;
            let Plan {
                request,
                route,
                credentials,
                signing,
                streams,
                error_in_success,
                call_span,
                interceptors,
                service,
                operation,
            } = plan;
            let intercepted = |e| Stop::Failed(CallError::Interceptor(e));
            let retry = &config.retry;
            let mut attempt = 1;
            // What the last retry cost; a success gives it back.
            let mut last_retry_cost = 0;
            let mut clock_corrected = false;
            loop {
                let span = telemetry::attempt_span(attempt);
                call_span.record("aws.attempts", attempt);
                let mut signed = request.clone();
                signed.set_header("amz-sdk-request", format!("attempt={attempt}; max={}", retry.max_attempts));
                let offset = clock_offset.millis();
                let cx = AttemptContext { service, operation, attempt };
                if !interceptors.is_empty() {
                    interceptors
                        .run(Hook::ModifyBeforeSigning, |i| i.modify_before_signing(&mut signed, &cx))
                        .map_err(intercepted)?;
                }
                // An unsigned operation (a bearer token in a header, say) needs no credentials.
                if let Some(provider) = credentials {
                    let credentials = tracing::Instrument::instrument(provider.provide_credentials(), span.clone())
                        .await
                        .map_err(|e| Stop::Failed(CallError::Config(ConfigError::Credentials(e))))?;
                    let scheme = match &route.scheme {
                        RouteScheme::SigV4 { region } => Scheme::SigV4 { region },
                        #[cfg(feature = "sigv4a")]
                        RouteScheme::SigV4a { region_set } => Scheme::SigV4a { region_set },
                        #[cfg(not(feature = "sigv4a"))]
                        RouteScheme::SigV4a { .. } => unreachable!("sigv4a routes need the sigv4a feature"),
                    };
                    let params = SigningParams {
                        credentials: &credentials,
                        scheme,
                        signing_name: &route.signing_name,
                        time: clock_offset.apply(config.clock.now()),
                        settings: signing,
                    };
                    sign::sign(&mut signed, &params)
                        .map_err(|e| Stop::Failed(CallError::Config(ConfigError::Signing(e))))?;
                }
                if let Some(name) = signed.unsendable_header() {
                    return Err(Stop::Failed(CallError::Config(ConfigError::InvalidHeaderValue(name.to_owned()))));
                }
                if !interceptors.is_empty() {
                    interceptors
                        .run(Hook::ModifyBeforeTransmit, |i| i.modify_before_transmit(&mut signed, &cx))
                        .map_err(intercepted)?;
                }
                let options = SendOptions {
                    stream_output: streams,
                    read_timeout: config.read_timeout,
                    max_response_bytes: config.max_response_bytes,
                };
                let sent = tracing::Instrument::instrument(transport.send(&signed, options), span.clone());
                let outcome = match config.attempt_timeout {
                    Some(limit) => tokio::time::timeout(limit, sent)
                        .await
                        .unwrap_or(Err(AttemptError::Transport(TransportError::Timeout(limit)))),
                    None => sent.await,
                };
                if let Ok((response, _)) = &outcome {
                    span.record("http.status_code", response.status);
                }
                // An input event stream that failed ended the exchange: that is the error.
                let events_failed = request.stream.as_ref().and_then(|body| body.event_failure());
                let outcome = match (outcome, events_failed) {
                    (Err(AttemptError::Transport(e)), Some(failure)) => match failure.get() {
                        Some(cause) => {
                            telemetry::retry_decision(&span, false, "not retryable");
                            return Err(Stop::Failed(CallError::Transport(TransportError::Events(cause))));
                        }
                        None => Err(AttemptError::Transport(e)),
                    },
                    (Ok((response, Some(stream))), Some(failure)) => {
                        Ok((response, Some(stream.or_event_failure(failure.clone()))))
                    }
                    (outcome, _) => outcome,
                };
                if let (false, Ok((response, _))) = (interceptors.is_empty(), &outcome) {
                    interceptors
                        .run(Hook::ReadBeforeDeserialization, |i| i.read_before_deserialization(response, &cx))
                        .map_err(intercepted)?;
                }
                // Why another attempt would be made: a transient failure unless said otherwise.
                let mut reason = "transient";
                let (error, cost, retry_after) = match outcome {
                    Ok((response, stream))
                        if (200..300).contains(&response.status)
                            && (stream.is_some() || !error_in_success(&response)) =>
                    {
                        quota.record_success(last_retry_cost);
                        telemetry::retry_decision(&span, false, "success");
                        return Ok((response, stream));
                    }
                    Ok((response, _)) => {
                        let Rejection { code, retryable } = decode(&response);
                        if !clock_corrected
                            && let Some(corrected) =
                                retry::clock_skew_correction(&code, response.header("date"), config.clock.now(), offset)
                        {
                            clock_offset.set_millis(corrected);
                            clock_corrected = true;
                            reason = "clock skew";
                            // The cause is known and fixed: retry at once.
                            (Stop::Service, RetryQuota::RETRY_COST, Some(Duration::ZERO))
                        } else {
                            match retry::classify_service_error(&code, response.status, retryable) {
                                Verdict::Final => {
                                    telemetry::retry_decision(&span, false, "not retryable");
                                    return Err(Stop::Service);
                                }
                                Verdict::Retry => {
                                    if retry::is_throttling(&code, response.status) {
                                        reason = "throttled";
                                    }
                                    (
                                        Stop::Service,
                                        RetryQuota::RETRY_COST,
                                        response.header(retry::RETRY_AFTER_HEADER).and_then(retry::parse_retry_after),
                                    )
                                }
                            }
                        }
                    }
                    Err(AttemptError::TooLarge { status, request_id, source }) => {
                        telemetry::retry_decision(&span, false, "not retryable");
                        return Err(Stop::Failed(CallError::Response { status, request_id, source }));
                    }
                    Err(AttemptError::Transport(e)) => match retry::classify_transport_error(&e) {
                        Verdict::Final => {
                            telemetry::retry_decision(&span, false, "not retryable");
                            return Err(Stop::Failed(CallError::Transport(e)));
                        }
                        Verdict::Retry => {
                            let cost = retry::transport_retry_cost(&e);
                            (Stop::Failed(CallError::Transport(e)), cost, None)
                        }
                    },
                };
                if attempt >= retry.max_attempts {
                    telemetry::retry_decision(&span, false, "max attempts");
                    return Err(error);
                }
                // A stream whose first bytes went cannot be sent again.
                if request.stream.as_ref().is_some_and(|body| !body.is_replayable()) {
                    telemetry::retry_decision(&span, false, "stream sent");
                    return Err(match error {
                        Stop::Failed(CallError::Transport(e)) => {
                            Stop::Failed(CallError::Transport(TransportError::NotRetried(Box::new(e))))
                        }
                        other => other,
                    });
                }
                if !quota.try_acquire(cost) {
                    telemetry::retry_decision(&span, false, "quota empty");
                    return Err(error);
                }
                telemetry::retry_decision(&span, true, reason);
                last_retry_cost = cost;
                config.sleep.sleep(retry.delay_with(attempt, &*config.jitter, retry_after)).await;
                attempt += 1;
            }
        })
    }
}
