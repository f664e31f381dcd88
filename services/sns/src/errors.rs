//! The service's errors, shared by its operations. Most are sent with an awsQuery code of their
//! own (the model's `error.code`, such as `NotFound` for `NotFoundException`), their
//! `query_code`; each carries the message of the response's `<Error>`, which only
//! `ValidationException` names `Message`.

use aws_operation::aws_shape;

/// Indicates that a request parameter does not comply with the associated constraints.
#[aws_shape(error, rename_all = "PascalCase", query_code = "InvalidParameter", status = 400)]
#[derive(Clone, PartialEq)]
pub struct InvalidParameterException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Indicates that the customer already owns the maximum allowed number of topics.
#[aws_shape(error, rename_all = "PascalCase", query_code = "TopicLimitExceeded", status = 403)]
#[derive(Clone, PartialEq)]
pub struct TopicLimitExceededException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Indicates an internal service error.
#[aws_shape(error, rename_all = "PascalCase", query_code = "InternalError", fault = "server", status = 500)]
#[derive(Clone, PartialEq)]
pub struct InternalErrorException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Indicates that the user has been denied access to the requested resource.
#[aws_shape(error, rename_all = "PascalCase", query_code = "AuthorizationError", status = 403)]
#[derive(Clone, PartialEq)]
pub struct AuthorizationErrorException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The credential signature isn't valid.
#[aws_shape(error, rename_all = "PascalCase", query_code = "InvalidSecurity", status = 403)]
#[derive(Clone, PartialEq)]
pub struct InvalidSecurityException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Can't add more than 50 tags to a topic.
#[aws_shape(error, rename_all = "PascalCase", query_code = "TagLimitExceeded", status = 400)]
#[derive(Clone, PartialEq)]
pub struct TagLimitExceededException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// A tag has been added to a resource with the same ARN as a deleted resource.
#[aws_shape(error, rename_all = "PascalCase", query_code = "StaleTag", status = 400)]
#[derive(Clone, PartialEq)]
pub struct StaleTagException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request doesn't comply with the IAM tag policy.
#[aws_shape(error, rename_all = "PascalCase", query_code = "TagPolicy", status = 400)]
#[derive(Clone, PartialEq)]
pub struct TagPolicyException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Can't perform multiple operations on a tag simultaneously.
#[aws_shape(error, rename_all = "PascalCase", query_code = "ConcurrentAccess", status = 400)]
#[derive(Clone, PartialEq)]
pub struct ConcurrentAccessException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Indicates that a request parameter does not comply with the associated constraints.
#[aws_shape(error, rename_all = "PascalCase", query_code = "ParameterValueInvalid", status = 400)]
#[derive(Clone, PartialEq)]
pub struct InvalidParameterValueException {
    /// The parameter of an entry in a request doesn't abide by the specification.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Indicates that the requested resource does not exist.
#[aws_shape(error, rename_all = "PascalCase", query_code = "NotFound", status = 404)]
#[derive(Clone, PartialEq)]
pub struct NotFoundException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Exception error indicating endpoint disabled.
#[aws_shape(error, rename_all = "PascalCase", query_code = "EndpointDisabled", status = 400)]
#[derive(Clone, PartialEq)]
pub struct EndpointDisabledException {
    /// Message for endpoint disabled.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Exception error indicating platform application disabled.
#[aws_shape(error, rename_all = "PascalCase", query_code = "PlatformApplicationDisabled", status = 400)]
#[derive(Clone, PartialEq)]
pub struct PlatformApplicationDisabledException {
    /// Message for platform application disabled.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request was rejected because the specified Amazon Web Services KMS key isn't enabled.
#[aws_shape(error, rename_all = "PascalCase", query_code = "KMSDisabled", status = 400)]
#[derive(Clone, PartialEq)]
pub struct KMSDisabledException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request was rejected because the state of the specified resource isn't valid for this request.
#[aws_shape(error, rename_all = "PascalCase", query_code = "KMSInvalidState", status = 400)]
#[derive(Clone, PartialEq)]
pub struct KMSInvalidStateException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request was rejected because the specified entity or resource can't be found.
#[aws_shape(error, rename_all = "PascalCase", query_code = "KMSNotFound", status = 400)]
#[derive(Clone, PartialEq)]
pub struct KMSNotFoundException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The Amazon Web Services access key ID needs a subscription for the service.
#[aws_shape(error, rename_all = "PascalCase", status = 403)]
#[derive(Clone, PartialEq)]
pub struct KMSOptInRequired {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request was denied due to request throttling.
#[aws_shape(error, rename_all = "PascalCase", query_code = "KMSThrottling", status = 400)]
#[derive(Clone, PartialEq)]
pub struct KMSThrottlingException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The ciphertext references a key that doesn't exist or that you don't have access to.
#[aws_shape(error, rename_all = "PascalCase", query_code = "KMSAccessDenied", status = 400)]
#[derive(Clone, PartialEq)]
pub struct KMSAccessDeniedException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Indicates that a parameter in the request is invalid.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct ValidationException {
    /// The error message.
    pub message: String,
}

/// Two or more batch entries in the request have the same Id.
#[aws_shape(error, rename_all = "PascalCase", query_code = "BatchEntryIdsNotDistinct", status = 400)]
#[derive(Clone, PartialEq)]
pub struct BatchEntryIdsNotDistinctException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The length of all the batch messages put together is more than the limit.
#[aws_shape(error, rename_all = "PascalCase", query_code = "BatchRequestTooLong", status = 400)]
#[derive(Clone, PartialEq)]
pub struct BatchRequestTooLongException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The batch request doesn't contain any entries.
#[aws_shape(error, rename_all = "PascalCase", query_code = "EmptyBatchRequest", status = 400)]
#[derive(Clone, PartialEq)]
pub struct EmptyBatchRequestException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The `Id` of a batch entry in a batch request doesn't abide by the specification.
#[aws_shape(error, rename_all = "PascalCase", query_code = "InvalidBatchEntryId", status = 400)]
#[derive(Clone, PartialEq)]
pub struct InvalidBatchEntryIdException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The batch request contains more entries than permissible (more than 10).
#[aws_shape(error, rename_all = "PascalCase", query_code = "TooManyEntriesInBatchRequest", status = 400)]
#[derive(Clone, PartialEq)]
pub struct TooManyEntriesInBatchRequestException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Indicates that the customer already owns the maximum allowed number of subscriptions.
#[aws_shape(error, rename_all = "PascalCase", query_code = "SubscriptionLimitExceeded", status = 403)]
#[derive(Clone, PartialEq)]
pub struct SubscriptionLimitExceededException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Indicates that the number of filter polices in your Amazon Web Services account exceeds the limit.
#[aws_shape(error, rename_all = "PascalCase", query_code = "FilterPolicyLimitExceeded", status = 403)]
#[derive(Clone, PartialEq)]
pub struct FilterPolicyLimitExceededException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Indicates that the request parameter has exceeded the maximum number of concurrent message replays.
#[aws_shape(error, rename_all = "PascalCase", query_code = "ReplayLimitExceeded", status = 403)]
#[derive(Clone, PartialEq)]
pub struct ReplayLimitExceededException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Indicates that the specified state is not a valid state for an event source.
#[aws_shape(error, rename_all = "PascalCase", query_code = "InvalidState", status = 400)]
#[derive(Clone, PartialEq)]
pub struct InvalidStateException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}
