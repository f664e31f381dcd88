//! Temporary credentials for the caller itself: an IAM user's long-term keys traded for a
//! session, with MFA when the user's policies ask for it.

use aws_operation::{aws_operation, aws_shape};

use crate::Sts;
use crate::errors::RegionDisabledException;
use crate::types::Credentials;

/// Returns a set of temporary credentials for an Amazon Web Services account or IAM user.
#[aws_operation(
    service = Sts,
    operation = "GetSessionToken",
    fluent,
    output = GetSessionTokenOutput,
    errors = [RegionDisabledException],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq, Default)]
pub struct GetSessionToken {
    /// The duration, in seconds, that the credentials should remain valid.
    #[aws(range(min = 900, max = 129600))]
    pub duration_seconds: Option<i32>,
    /// The identification number of the MFA device that is associated with the IAM user who is
    /// making the GetSessionToken call.
    #[aws(length(min = 9, max = 256), pattern = r"^[\w+=/:,.@-]*$")]
    pub serial_number: Option<String>,
    /// The value provided by the MFA device, if MFA is required.
    #[aws(length(min = 6, max = 6), pattern = r"^[\d]*$")]
    pub token_code: Option<String>,
    /// The smallest size, in bytes, the session token may be issued with.
    #[aws(range(min = 0, max = 4096))]
    pub minimum_session_token_size: Option<i32>,
}

/// Contains the response to a successful GetSessionToken request, including temporary Amazon
/// Web Services credentials that can be used to make Amazon Web Services requests.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct GetSessionTokenOutput {
    /// The temporary security credentials, which include an access key ID, a secret access key,
    /// and a security (or session) token.
    pub credentials: Option<Credentials>,
    /// How much of the maximum session token size the returned token uses.
    #[aws(range(min = 0))]
    pub session_token_utilization: Option<i32>,
    /// The size of the returned session token, in bytes.
    #[aws(range(min = 0))]
    pub session_token_size: Option<i32>,
}
