//! The SSO portal and SSO OIDC played by the scripted server of `support`, for
//! tests/sso_schema.rs and tests/sso_credentials.rs: a configuration pointing at it, the
//! portal's answers and the check that a request went unsigned. Include it next to `support`
//! with `#[path = "support/sso.rs"] mod sso;`.

#![allow(dead_code)]

use crate::support::{Recorded, Reply};

/// The access key of [`config`]'s credentials.
pub const ACCESS_KEY: &str = "AKIDSSOTEST";
/// The secret key of [`config`]'s credentials.
pub const SECRET_KEY: &str = "sso-secret-key";
/// The session token of [`config`]'s credentials.
pub const SESSION_TOKEN: &str = "SESSIONTOKENXYZ";

/// A configuration for the server at `url`, in us-east-1, one attempt a call, with credentials (a
/// session token too), so that their absence on the wire says the operations are unsigned, not
/// merely unsignable.
pub fn config(url: &str) -> aws_operation::Config {
    aws_operation::Config::builder()
        .region("us-east-1")
        .credentials(aws_operation::Credentials::new(ACCESS_KEY, SECRET_KEY, Some(SESSION_TOKEN.into()), None))
        .endpoint_url(url)
        .max_attempts(1)
        .build()
        .unwrap()
}

/// Nothing of a signature, and nothing of [`config`]'s credentials, in any header.
pub fn assert_unsigned(request: &Recorded) {
    assert_eq!(request.header("authorization"), None, "{:?}", request.headers);
    assert_eq!(request.header("x-amz-security-token"), None, "{:?}", request.headers);
    for (name, value) in &request.headers {
        for secret in [ACCESS_KEY, SECRET_KEY, SESSION_TOKEN] {
            assert!(!value.contains(secret), "{name}: {value}");
        }
    }
}

/// The portal's answer to an access token it does not know: `UnauthorizedException`, 401.
pub fn unauthorized() -> Reply {
    Reply::rest_json(401, r#"{"message":"Session token not found or invalid"}"#).header(
        "x-amzn-errortype",
        "UnauthorizedException:http://internal.amazon.com/coral/com.amazonaws.switchboard.portal/",
    )
}
