//! How a call that credentials need fails: the one error of the [`SsoClient`](super::SsoClient)
//! and [`StsClient`](super::StsClient) calls, which the service crates make for the runtime.

use std::sync::Arc;

use thiserror::Error;

/// Why one of the calls of an [`SsoClient`](crate::credentials::SsoClient) failed.
#[derive(Debug, Clone, Error)]
#[non_exhaustive]
pub enum CallError {
    /// The service answered with an error.
    #[error("the service returned {code}{}", message.as_deref().map(|m| format!(": {m}")).unwrap_or_default())]
    Service {
        /// The error code, e.g. `UnauthorizedException` or `InvalidGrantException`.
        code: String,
        /// The service's message (or, for SSO OIDC, its `error_description`).
        message: Option<String>,
    },
    /// The call did not get an answer it could read: configuration, transport, response.
    #[error("the call did not complete")]
    Failed(#[source] Arc<dyn std::error::Error + Send + Sync>),
    /// The answer lacks what credentials need.
    #[error("the answer cannot be used: {0}")]
    InvalidResponse(String),
}

impl CallError {
    /// The service answered with error `code`.
    pub fn service(code: impl Into<String>, message: Option<String>) -> Self {
        CallError::Service { code: code.into(), message }
    }

    /// The call failed with `error` before the service answered.
    pub fn failed(error: impl std::error::Error + Send + Sync + 'static) -> Self {
        CallError::Failed(Arc::new(error))
    }

    /// The service's error code, when it answered with one.
    pub fn code(&self) -> Option<&str> {
        match self {
            CallError::Service { code, .. } => Some(code),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn call_error_messages() {
        let e = CallError::service("InvalidGrantException", Some("Invalid refresh token provided".into()));
        assert_eq!(e.to_string(), "the service returned InvalidGrantException: Invalid refresh token provided");
        assert_eq!(e.code(), Some("InvalidGrantException"));
        assert_eq!(CallError::service("X", None).to_string(), "the service returned X");
        let io = CallError::failed(std::io::Error::other("refused"));
        assert_eq!(io.code(), None);
        assert_eq!(crate::error::chain(&io), "the call did not complete: refused");
    }
}
