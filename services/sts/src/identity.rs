//! Who is calling: the identity behind the request's credentials, and the account an access
//! key belongs to. Neither needs any permission.

use aws_operation::{aws_operation, aws_shape};

use crate::Sts;

/// Returns details about the IAM user or role whose credentials are used to call the operation.
#[aws_operation(
    service = Sts,
    operation = "GetCallerIdentity",
    fluent,
    output = GetCallerIdentityOutput,
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq, Default)]
pub struct GetCallerIdentity {}

/// Contains the response to a successful GetCallerIdentity request, including information about
/// the entity making the request.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct GetCallerIdentityOutput {
    /// The unique identifier of the calling entity.
    pub user_id: Option<String>,
    /// The Amazon Web Services account ID number of the account that owns or contains the
    /// calling entity.
    pub account: Option<String>,
    /// The Amazon Web Services ARN associated with the calling entity.
    #[aws(
        length(min = 20, max = 2048),
        pattern = r"^[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+$"
    )]
    pub arn: Option<String>,
}

/// Returns the account identifier for the specified access key ID.
#[aws_operation(
    service = Sts,
    operation = "GetAccessKeyInfo",
    fluent,
    output = GetAccessKeyInfoOutput,
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct GetAccessKeyInfo {
    /// The identifier of an access key.
    #[aws(length(min = 16, max = 128), pattern = r"^[\w]*$")]
    pub access_key_id: String,
}

/// The account of the access key.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct GetAccessKeyInfoOutput {
    /// The number used to identify the Amazon Web Services account.
    pub account: Option<String>,
}
