//! The service's errors, shared by its operations.

use aws_operation::aws_shape;

/// The reason a request failed validation.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ValidationExceptionReason {
    /// `REQUEST_VALIDATION_FAILED`
    #[aws(value = "REQUEST_VALIDATION_FAILED")]
    RequestValidationFailed,
    /// `BUSINESS_VALIDATION_FAILED`
    #[aws(value = "BUSINESS_VALIDATION_FAILED")]
    BusinessValidationFailed,
    /// A value this client does not know yet.
    Unknown(String),
}

/// A field that failed validation.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ValidationExceptionField {
    /// The name of the field that failed validation.
    pub name: String,
    /// The error code for the validation failure.
    pub code: String,
    /// A message describing the validation error.
    pub message: String,
}

/// The request failed validation.
#[aws_shape(error)]
#[derive(Clone, PartialEq)]
pub struct ValidationException {
    /// A message describing the error.
    pub message: String,
    /// The reason for the validation failure.
    pub reason: ValidationExceptionReason,
    /// The fields that failed validation.
    pub field_list: Option<Vec<ValidationExceptionField>>,
}

/// The caller does not have access to the resource or action.
#[aws_shape(error)]
#[derive(Clone, PartialEq)]
pub struct AccessDeniedException {
    /// A message describing the error.
    pub message: String,
    /// The reason access was denied.
    pub reason: Option<String>,
}

/// The request conflicts with the current state of the resource.
#[aws_shape(error)]
#[derive(Clone, PartialEq)]
pub struct ConflictException {
    /// A message describing the error.
    pub message: String,
    /// The identifier of the resource in conflict.
    pub resource_id: String,
    /// The type of the resource in conflict.
    pub resource_type: String,
}

/// An internal error occurred on the server.
#[aws_shape(error, fault = "server", retryable)]
#[derive(Clone, PartialEq)]
pub struct InternalServerException {
    /// A message describing the error.
    pub message: String,
}

/// The specified resource was not found.
#[aws_shape(error)]
#[derive(Clone, PartialEq)]
pub struct ResourceNotFoundException {
    /// A message describing the error.
    pub message: String,
    /// The identifier of the resource that was not found.
    pub resource_id: Option<String>,
    /// The type of the resource that was not found.
    pub resource_type: Option<String>,
}

/// The request would exceed a service quota.
#[aws_shape(error, retryable)]
#[derive(Clone, PartialEq)]
pub struct ServiceQuotaExceededException {
    /// A message describing the error.
    pub message: String,
    /// The identifier of the resource that would exceed the quota.
    pub resource_id: String,
    /// The type of the resource that would exceed the quota.
    pub resource_type: String,
    /// The code of the quota that would be exceeded.
    pub quota_code: String,
}

/// The request was denied due to request throttling.
#[aws_shape(error, throttling)]
#[derive(Clone, PartialEq)]
pub struct ThrottlingException {
    /// A message describing the error.
    pub message: String,
    /// The code of the service that throttled the request.
    pub service_code: Option<String>,
    /// The code of the quota that was exceeded.
    pub quota_code: Option<String>,
}
