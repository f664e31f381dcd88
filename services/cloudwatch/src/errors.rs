//! The service's errors, shared by its operations. CloudWatch is awsQueryCompatible: over JSON
//! (and CBOR) an error names its shape, and `x-amzn-query-error` carries the code the query
//! protocol used, which is the model's `error.code` (`InvalidParameterValue` for
//! [`InvalidParameterValueException`]) and the error's `query_code` here.

use aws_operation::aws_shape;

/// The value of an input parameter is bad or out-of-range.
#[aws_shape(error, rename_all = "PascalCase", query_code = "InvalidParameterValue", status = 400)]
#[derive(Clone, PartialEq)]
pub struct InvalidParameterValueException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// An input parameter that is required is missing.
#[aws_shape(error, rename_all = "PascalCase", query_code = "MissingParameter", status = 400)]
#[derive(Clone, PartialEq)]
pub struct MissingRequiredParameterException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Parameters were used together that cannot be used together.
#[aws_shape(error, rename_all = "PascalCase", query_code = "InvalidParameterCombination", status = 400)]
#[derive(Clone, PartialEq)]
pub struct InvalidParameterCombinationException {
    /// The error message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Request processing has failed due to some unknown error, exception, or failure.
#[aws_shape(error, rename_all = "PascalCase", query_code = "InternalServiceError", fault = "server", status = 500)]
#[derive(Clone, PartialEq)]
pub struct InternalServiceFault {
    /// The error message.
    pub message: Option<String>,
}

/// The next token specified is invalid.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct InvalidNextToken {
    /// The error message.
    #[aws(name = "message", length(min = 1, max = 255))]
    pub message: Option<String>,
}

/// The quota for alarms for this customer has already been reached.
#[aws_shape(error, rename_all = "PascalCase", query_code = "LimitExceeded", status = 400)]
#[derive(Clone, PartialEq)]
pub struct LimitExceededFault {
    /// The error message.
    #[aws(name = "message", length(min = 1, max = 255))]
    pub message: Option<String>,
}

/// The named resource does not exist.
#[aws_shape(error, rename_all = "PascalCase", status = 404)]
#[derive(Clone, PartialEq)]
pub struct ResourceNotFound {
    /// The error message.
    #[aws(name = "message", length(min = 1, max = 255))]
    pub message: Option<String>,
}

/// The operation could not be completed because the request conflicts with the current state of
/// the alarm or its underlying scheduled query resource.
#[aws_shape(error, rename_all = "PascalCase", status = 409)]
#[derive(Clone, PartialEq)]
pub struct ResourceConflict {
    /// The error message.
    #[aws(name = "message", length(min = 1, max = 255))]
    pub message: Option<String>,
}
