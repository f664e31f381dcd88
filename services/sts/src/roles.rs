//! Taking a role: `AssumeRole` with the caller's credentials (cross-account access, session
//! policies and tags, MFA), and `AssumeRoleWithWebIdentity`, unsigned, with a token from an
//! OpenID Connect provider (EKS service accounts, GitHub Actions, Cognito) as the proof.

use aws_operation::{aws_operation, aws_shape};

use crate::Sts;
use crate::errors::{
    ExpiredTokenException, IDPCommunicationErrorException, IDPRejectedClaimException, InvalidContextAssertionException,
    InvalidIdentityTokenException, MalformedPolicyDocumentException, PackedPolicyTooLargeException,
    RegionDisabledException,
};
use crate::types::{
    AssumedRoleUser, Credentials, PolicyDescriptorType, ProvidedContext, Tag, TrustedIdentityPropagationContext,
};

/// Returns a set of temporary security credentials that you can use to access Amazon Web
/// Services resources.
#[aws_operation(
    service = Sts,
    operation = "AssumeRole",
    fluent,
    output = AssumeRoleOutput,
    errors = [
        MalformedPolicyDocumentException,
        PackedPolicyTooLargeException,
        RegionDisabledException,
        ExpiredTokenException,
        InvalidContextAssertionException,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct AssumeRole {
    /// The Amazon Resource Name (ARN) of the role to assume.
    #[aws(
        length(min = 20, max = 2048),
        pattern = r"^[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+$"
    )]
    pub role_arn: String,
    /// An identifier for the assumed role session.
    #[aws(length(min = 2, max = 64), pattern = r"^[\w+=,.@-]*$")]
    pub role_session_name: String,
    /// The Amazon Resource Names (ARNs) of the IAM managed policies that you want to use as
    /// managed session policies.
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// An IAM policy in JSON format that you want to use as an inline session policy.
    #[aws(length(min = 1), pattern = r"^[\u0009\u000A\u000D\u0020-\u00FF]+$")]
    pub policy: Option<String>,
    /// The duration, in seconds, of the role session.
    #[aws(range(min = 900, max = 43200))]
    pub duration_seconds: Option<i32>,
    /// A list of session tags that you want to pass.
    #[aws(length(max = 50))]
    pub tags: Option<Vec<Tag>>,
    /// A list of keys for session tags that you want to set as transitive.
    #[aws(length(max = 50), items(length(min = 1, max = 128), pattern = r"^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$"))]
    pub transitive_tag_keys: Option<Vec<String>>,
    /// A unique identifier that might be required when you assume a role in another account.
    #[aws(length(min = 2, max = 1224), pattern = r"^[\w+=,.@:\/-]*$")]
    pub external_id: Option<String>,
    /// The identification number of the MFA device that is associated with the user who is
    /// making the AssumeRole call.
    #[aws(length(min = 9, max = 256), pattern = r"^[\w+=/:,.@-]*$")]
    pub serial_number: Option<String>,
    /// The value provided by the MFA device, if the trust policy of the role being assumed
    /// requires MFA.
    #[aws(length(min = 6, max = 6), pattern = r"^[\d]*$")]
    pub token_code: Option<String>,
    /// The source identity specified by the principal that is calling the AssumeRole operation.
    #[aws(length(min = 2, max = 256), pattern = r"^[\w+=,.@-]*$")]
    pub source_identity: Option<String>,
    /// A list of previously acquired trusted context assertions in the format of a JSON array.
    #[aws(length(min = 1, max = 5))]
    pub provided_contexts: Option<Vec<ProvidedContext>>,
    /// The smallest size, in bytes, the session token may be issued with.
    #[aws(range(min = 0, max = 4096))]
    pub minimum_session_token_size: Option<i32>,
}

/// Contains the response to a successful AssumeRole request, including temporary Amazon Web
/// Services credentials that can be used to make Amazon Web Services requests.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct AssumeRoleOutput {
    /// The temporary security credentials, which include an access key ID, a secret access key,
    /// and a security (or session) token.
    pub credentials: Option<Credentials>,
    /// The Amazon Resource Name (ARN) and the assumed role ID, which are identifiers that you
    /// can use to refer to the resulting temporary security credentials.
    pub assumed_role_user: Option<AssumedRoleUser>,
    /// The percentage (0-100) of the maximum allowed session token size that the returned
    /// session token consumes. Deprecated: replaced by `SessionTokenUtilization`.
    #[aws(range(min = 0))]
    pub packed_policy_size: Option<i32>,
    /// The source identity specified by the principal that is calling the AssumeRole operation.
    #[aws(length(min = 2, max = 256), pattern = r"^[\w+=,.@-]*$")]
    pub source_identity: Option<String>,
    /// How much of the maximum session token size the returned token uses.
    #[aws(range(min = 0))]
    pub session_token_utilization: Option<i32>,
    /// The size of the returned session token, in bytes.
    #[aws(range(min = 0))]
    pub session_token_size: Option<i32>,
}

/// Returns a set of temporary security credentials for users who have been authenticated in a
/// mobile or web application with a web identity provider.
///
/// Unsigned (the model's `"authtype": "none"`): the web identity token is the proof, so no AWS
/// credentials are needed.
#[aws_operation(
    service = Sts,
    operation = "AssumeRoleWithWebIdentity",
    fluent,
    output = AssumeRoleWithWebIdentityOutput,
    errors = [
        MalformedPolicyDocumentException,
        PackedPolicyTooLargeException,
        IDPRejectedClaimException,
        IDPCommunicationErrorException,
        InvalidIdentityTokenException,
        ExpiredTokenException,
        RegionDisabledException,
    ],
    unsigned,
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct AssumeRoleWithWebIdentity {
    /// The Amazon Resource Name (ARN) of the role that the caller is assuming.
    #[aws(
        length(min = 20, max = 2048),
        pattern = r"^[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+$"
    )]
    pub role_arn: String,
    /// An identifier for the assumed role session.
    #[aws(length(min = 2, max = 64), pattern = r"^[\w+=,.@-]*$")]
    pub role_session_name: String,
    /// The OAuth 2.0 access token or OpenID Connect ID token that is provided by the identity
    /// provider.
    #[aws(sensitive, length(min = 4, max = 20000))]
    pub web_identity_token: String,
    /// The fully qualified host component of the domain name of the OAuth 2.0 identity provider.
    #[aws(length(min = 4, max = 2048))]
    pub provider_id: Option<String>,
    /// The Amazon Resource Names (ARNs) of the IAM managed policies that you want to use as
    /// managed session policies.
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// An IAM policy in JSON format that you want to use as an inline session policy.
    #[aws(length(min = 1, max = 2048), pattern = r"^[\u0009\u000A\u000D\u0020-\u00FF]+$")]
    pub policy: Option<String>,
    /// The duration, in seconds, of the role session.
    #[aws(range(min = 900, max = 43200))]
    pub duration_seconds: Option<i32>,
    /// The smallest size, in bytes, the session token may be issued with.
    #[aws(range(min = 0, max = 4096))]
    pub minimum_session_token_size: Option<i32>,
}

/// Contains the response to a successful AssumeRoleWithWebIdentity request, including temporary
/// Amazon Web Services credentials that can be used to make Amazon Web Services requests.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct AssumeRoleWithWebIdentityOutput {
    /// The temporary security credentials, which include an access key ID, a secret access key,
    /// and a security token.
    pub credentials: Option<Credentials>,
    /// The unique user identifier that is returned by the identity provider.
    #[aws(length(min = 6, max = 255))]
    pub subject_from_web_identity_token: Option<String>,
    /// The Amazon Resource Name (ARN) and the assumed role ID, which are identifiers that you
    /// can use to refer to the resulting temporary security credentials.
    pub assumed_role_user: Option<AssumedRoleUser>,
    /// The percentage (0-100) of the maximum allowed session token size that the returned
    /// session token consumes. Deprecated: replaced by `SessionTokenUtilization`.
    #[aws(range(min = 0))]
    pub packed_policy_size: Option<i32>,
    /// The issuing authority of the web identity token presented.
    pub provider: Option<String>,
    /// The intended audience (also known as client ID) of the web identity token.
    pub audience: Option<String>,
    /// The value of the source identity that is returned in the JSON web token (JWT) from the
    /// identity provider.
    #[aws(length(min = 2, max = 256), pattern = r"^[\w+=,.@-]*$")]
    pub source_identity: Option<String>,
    /// How much of the maximum session token size the returned token uses.
    #[aws(range(min = 0))]
    pub session_token_utilization: Option<i32>,
    /// The size of the returned session token, in bytes.
    #[aws(range(min = 0))]
    pub session_token_size: Option<i32>,
    /// The trusted identity propagation context that Amazon Web Services STS set in the session
    /// from the web identity token, through the context provider attached to the OpenID Connect
    /// identity provider.
    pub trusted_identity_propagation_context: Option<TrustedIdentityPropagationContext>,
}
