//! The service's errors. STS sends each with a code of its own (the model's awsQueryError
//! trait), mostly the shape's name without `Exception`; the member is a lowercase `message`.

use aws_operation::aws_shape;

/// The web identity token that was passed is expired or is not valid.
#[aws_shape(error, status = 400, rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ExpiredTokenException {
    /// What went wrong.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request could not be fulfilled because the identity provider (IDP) that was asked to
/// verify the incoming identity token could not be reached.
#[aws_shape(error, status = 400, query_code = "IDPCommunicationError", rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct IDPCommunicationErrorException {
    /// What went wrong.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The identity provider (IdP) reported that authentication failed.
#[aws_shape(error, status = 403, query_code = "IDPRejectedClaim", rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct IDPRejectedClaimException {
    /// What went wrong.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request was rejected because the context assertion that was provided is invalid.
#[aws_shape(error, status = 400, query_code = "InvalidContextAssertion", rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InvalidContextAssertionException {
    /// What went wrong.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The web identity token that was passed could not be validated by Amazon Web Services.
#[aws_shape(error, status = 400, query_code = "InvalidIdentityToken", rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InvalidIdentityTokenException {
    /// What went wrong.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request was rejected because the policy document was malformed.
#[aws_shape(error, status = 400, query_code = "MalformedPolicyDocument", rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct MalformedPolicyDocumentException {
    /// What went wrong.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request was rejected because the session token exceeded the maximum allowed size.
#[aws_shape(error, status = 400, query_code = "PackedPolicyTooLarge", rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PackedPolicyTooLargeException {
    /// What went wrong.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// STS is not activated in the requested region for the account that is being asked to
/// generate credentials.
#[aws_shape(error, status = 403, rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct RegionDisabledException {
    /// What went wrong.
    #[aws(name = "message")]
    pub message: Option<String>,
}
