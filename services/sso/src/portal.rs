//! The AWS SSO portal API (`SSO`, signing name `awsssoportal`, 2019-06-10), restJson1:
//! `GetRoleCredentials`, which trades an access token from SSO OIDC's `CreateToken` for the
//! short-term credentials of a role assigned to the user.
//!
//! The service has no endpoint rules here: its endpoint is the classic regional one,
//! `https://portal.sso.{region}.amazonaws.com`.

use aws_operation::aws_service;
use aws_operation::dynamic::DynOperation;
use aws_operation::{aws_operation, aws_shape};

/// The AWS SSO portal API client (IAM Identity Center's portal). Clone it freely: clones share
/// connections.
#[aws_service(
    id = "SSO",
    protocol = "restJson1",
    signing_name = "awsssoportal",
    endpoint_prefix = "portal.sso",
    api_version = "2019-06-10"
)]
pub struct Sso;

/// Every operation of this slice of the service, to call by name with JSON in and out.
pub fn operations() -> Vec<DynOperation<Sso>> {
    each_operation!(DynOperation::of).iter().map(|of| of()).collect()
}

/// An array of `f::<Operation>` for every operation of the slice, in the order of
/// [`operations`]; `each_operation!(check)` with a generic function `check`.
#[doc(hidden)]
#[macro_export]
macro_rules! __sso_portal_each_operation {
    ($($f:ident)::+) => {
        [
            $($f)::+::<$crate::portal::GetRoleCredentials>,
        ]
    };
}

#[doc(inline)]
pub use crate::__sso_portal_each_operation as each_operation;

/// Returns the STS short-term credentials for a given role name that is assigned to the user.
///
/// `GET /federation/credentials?role_name=...&account_id=...`, unsigned: the access token travels
/// in the `x-amz-sso_bearer_token` header instead of a signature.
#[aws_operation(
    service = Sso,
    operation = "GetRoleCredentials",
    fluent,
    output = GetRoleCredentialsOutput,
    errors = [InvalidRequestException, UnauthorizedException, TooManyRequestsException, ResourceNotFoundException],
    http(method = "GET", uri = "/federation/credentials", code = 200),
    unsigned
)]
#[derive(Clone, PartialEq)]
pub struct GetRoleCredentials {
    /// The friendly name of the role that is assigned to the user.
    #[aws(http_query = "role_name")]
    pub role_name: String,
    /// The identifier for the AWS account that is assigned to the user.
    #[aws(http_query = "account_id")]
    pub account_id: String,
    /// The token issued by the `CreateToken` API call (SSO OIDC).
    #[aws(http_header = "x-amz-sso_bearer_token", sensitive)]
    pub access_token: String,
}

/// The output of `GetRoleCredentials`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GetRoleCredentialsOutput {
    /// The credentials for the role that is assigned to the user.
    pub role_credentials: Option<RoleCredentials>,
}

/// Provides information about the role credentials that are assigned to the user.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct RoleCredentials {
    /// The identifier used for the temporary security credentials.
    pub access_key_id: Option<String>,
    /// The key that is used to sign the request.
    #[aws(sensitive)]
    pub secret_access_key: Option<String>,
    /// The token used for temporary credentials.
    #[aws(sensitive)]
    pub session_token: Option<String>,
    /// The date on which temporary security credentials expire: a `long` in the model
    /// (milliseconds since the epoch on the wire), not a timestamp.
    pub expiration: Option<i64>,
}

/// Indicates that a problem occurred with the input to the request. For example, a required
/// parameter might be missing or out of range.
#[aws_shape(error, status = 400)]
#[derive(Clone, PartialEq)]
pub struct InvalidRequestException {
    /// A message describing the error.
    pub message: Option<String>,
}

/// Indicates that the request is not authorized. This can happen due to an invalid access token
/// in the request.
#[aws_shape(error, status = 401)]
#[derive(Clone, PartialEq)]
pub struct UnauthorizedException {
    /// A message describing the error.
    pub message: Option<String>,
}

/// Indicates that the request is being made too frequently and is more than what the server can
/// handle.
#[aws_shape(error, status = 429)]
#[derive(Clone, PartialEq)]
pub struct TooManyRequestsException {
    /// A message describing the error.
    pub message: Option<String>,
}

/// The specified resource doesn't exist.
#[aws_shape(error, status = 404)]
#[derive(Clone, PartialEq)]
pub struct ResourceNotFoundException {
    /// A message describing the error.
    pub message: Option<String>,
}
