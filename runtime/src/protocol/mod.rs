//! Wire protocols: how an operation becomes an HTTP request and a response becomes a result.

pub mod aws_json;

/// The protocols a service can declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Protocol {
    /// `awsJson1_0`: `application/x-amz-json-1.0`.
    AwsJson1_0,
    /// `awsJson1_1`: `application/x-amz-json-1.1`.
    AwsJson1_1,
}

impl Protocol {
    /// The `Content-Type` of requests and responses.
    pub fn content_type(self) -> &'static str {
        match self {
            Protocol::AwsJson1_0 => "application/x-amz-json-1.0",
            Protocol::AwsJson1_1 => "application/x-amz-json-1.1",
        }
    }
}
