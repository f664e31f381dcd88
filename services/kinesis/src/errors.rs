//! The service's errors, shared by its operations. Each names its shape on the wire (`__type`)
//! and carries a lowercase `message`; none of the model's has a status of its own, so a client
//! error is a 400 and `InternalFailureException`, the one server fault, a 500. Nine of them are
//! also the modeled exceptions of a subscription's event stream
//! ([`SubscribeToShardEventStream`](crate::SubscribeToShardEventStream)).

use aws_operation::aws_shape;

/// The resource is not available for this operation.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct ResourceInUseException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The requested resource exceeds the maximum number allowed, or the number of concurrent stream
/// requests exceeds the maximum number allowed.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct LimitExceededException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// A specified parameter exceeds its restrictions, is not supported, or can't be used.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct InvalidArgumentException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request failed validation.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct ValidationException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The requested resource could not be found.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct ResourceNotFoundException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request rate for the stream is too high, or the requested data is too large for the
/// available throughput.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct ProvisionedThroughputExceededException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The provided iterator exceeds the maximum age allowed.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct ExpiredIteratorException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The pagination token passed to the operation is expired.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct ExpiredNextTokenException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request was rejected because the specified KMS key isn't enabled.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct KMSDisabledException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request was rejected because the state of the specified resource isn't valid for this
/// request.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct KMSInvalidStateException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The ciphertext references a key that doesn't exist or that you don't have access to.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct KMSAccessDeniedException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request was rejected because the specified entity or resource can't be found.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct KMSNotFoundException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The Amazon Web Services access key ID needs a subscription for the service.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct KMSOptInRequired {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request was denied due to request throttling.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct KMSThrottlingException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Specifies that you do not have the permissions required to perform this operation.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct AccessDeniedException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The processing of the request failed because of an unknown error, exception, or failure.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 500)]
#[derive(Clone, PartialEq)]
pub struct InternalFailureException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request was rejected because the DryRun parameter was specified.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct DryRunOperationException {
    /// A message that provides information about the error.
    #[aws(name = "message")]
    pub message: Option<String>,
}
