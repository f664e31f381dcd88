//! Presigning: SigV4 in the query string (`X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`,
//! `X-Amz-Expires`, `X-Amz-SignedHeaders`, `X-Amz-Security-Token`, `X-Amz-Signature`), so that
//! anyone holding the URL can send the request until it expires, with any HTTP client.
//!
//! The payload is signed as `UNSIGNED-PAYLOAD` for services that sign a body hash header (S3:
//! the holder of the URL chooses the body), as the hash of the request's body otherwise. The
//! headers the request carries are signed, and must be sent with it, except those an HTTP client
//! sets by itself (`content-length`, `transfer-encoding`, `expect`, `user-agent`) and the SDK's
//! own (`amz-sdk-*`, `x-amz-user-agent`).

use std::time::Duration;

use aws_sigv4::http_request as sigv4_http;

use super::{HEADER_CONTENT_SHA256, Scheme, SigningError, SigningParams};
use super::{host_header, invalid_url, is_signing_header, run_signer, sigv4_uri, wire_url};
use crate::http::HttpRequest;
use crate::protocol::http_bindings::percent_encode;

/// The longest a presigned request may live: 7 days, SigV4's limit.
pub const MAX_PRESIGNED_EXPIRY: Duration = Duration::from_secs(7 * 24 * 3600);

/// Whether a header stays out of a presigned request: set by the HTTP client that sends it, or
/// by this SDK for its own calls.
fn left_out(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    matches!(name.as_str(), "content-length" | "transfer-encoding" | "expect" | "user-agent" | "x-amz-user-agent")
        || name.starts_with("amz-sdk-")
        || name == HEADER_CONTENT_SHA256
}

/// Presigns `request` in place: its URL gets the signature's query parameters, and its headers
/// become the ones signed (`host` among them), which whoever sends it must send too.
/// `expires_in` is between one second and [`MAX_PRESIGNED_EXPIRY`]; SigV4a is not presigned here.
pub fn presign(
    request: &mut HttpRequest,
    params: &SigningParams<'_>,
    expires_in: Duration,
) -> Result<(), SigningError> {
    if expires_in.as_secs() == 0 || expires_in > MAX_PRESIGNED_EXPIRY {
        return Err(SigningError::Rejected {
            message: format!(
                "a presigned request expires in 1 second to 7 days (604800 seconds), not {} seconds",
                expires_in.as_secs()
            ),
        });
    }
    if matches!(params.scheme, Scheme::SigV4a { .. }) {
        return Err(SigningError::Rejected { message: "presigning is SigV4's; this route signs with SigV4a".into() });
    }
    let url = wire_url(&request.url)?;
    let (uri, encoding) = sigv4_uri(&url, params.settings.double_uri_encode)?;
    let parsed: http::Uri = uri.parse().map_err(|e: http::uri::InvalidUri| invalid_url(&url, e))?;
    let mut headers: Vec<(String, String)> = request
        .headers
        .iter()
        .filter(|(name, _)| !is_signing_header(name, &params.settings, false) && !left_out(name))
        .cloned()
        .collect();
    if !headers.iter().any(|(name, _)| name.eq_ignore_ascii_case("host")) {
        headers.push(("host".to_owned(), host_header(&parsed, &url)?));
    }
    let body = if params.settings.signed_body_header || request.stream.is_some() {
        sigv4_http::SignableBody::UnsignedPayload
    } else {
        sigv4_http::SignableBody::Bytes(&request.body)
    };
    let (added, query) = run_signer(&request.method, &uri, encoding, &headers, body, params, Some(expires_in))?;
    let mut presigned = url;
    for (i, (name, value)) in query.iter().enumerate() {
        let separator = if i == 0 && !presigned.contains('?') { '?' } else { '&' };
        presigned.push(separator);
        presigned.push_str(name);
        presigned.push('=');
        presigned.push_str(&percent_encode(value, false));
    }
    request.url = presigned;
    request.headers = headers;
    for (name, value) in added {
        request.set_header(&name, value);
    }
    Ok(())
}
