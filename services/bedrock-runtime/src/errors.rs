//! The service's errors, shared by its operations and, for some, the streams' exceptions.

use aws_operation::aws_shape;

/// The request is denied because you do not have sufficient permissions to perform the requested action.
#[aws_shape(error, status = 403)]
#[derive(Clone, PartialEq)]
pub struct AccessDeniedException {
    /// What went wrong.
    #[aws(pattern = r"^[\s\S]*$")]
    pub message: Option<String>,
}

/// An internal server error occurred.
#[aws_shape(error, fault = "server", status = 500)]
#[derive(Clone, PartialEq)]
pub struct InternalServerException {
    /// What went wrong.
    #[aws(pattern = r"^[\s\S]*$")]
    pub message: Option<String>,
}

/// The request failed due to an error while processing the model.
#[aws_shape(error, status = 424)]
#[derive(Clone, PartialEq)]
pub struct ModelErrorException {
    /// What went wrong.
    #[aws(pattern = r"^[\s\S]*$")]
    pub message: Option<String>,
    /// The original status code.
    #[aws(range(min = 100, max = 599))]
    pub original_status_code: Option<i32>,
    /// The resource name.
    #[aws(pattern = r"^[\s\S]*$")]
    pub resource_name: Option<String>,
}

/// The model specified in the request is not ready to serve inference requests.
#[aws_shape(error, status = 429, retryable)]
#[derive(Clone, PartialEq)]
pub struct ModelNotReadyException {
    /// What went wrong.
    #[aws(pattern = r"^[\s\S]*$")]
    pub message: Option<String>,
}

/// An error occurred while streaming the response.
#[aws_shape(error, status = 424)]
#[derive(Clone, PartialEq)]
pub struct ModelStreamErrorException {
    /// What went wrong.
    #[aws(pattern = r"^[\s\S]*$")]
    pub message: Option<String>,
    /// The original status code.
    #[aws(range(min = 100, max = 599))]
    pub original_status_code: Option<i32>,
    /// The original message.
    #[aws(pattern = r"^[\s\S]*$")]
    pub original_message: Option<String>,
}

/// The request took too long to process.
#[aws_shape(error, status = 408)]
#[derive(Clone, PartialEq)]
pub struct ModelTimeoutException {
    /// What went wrong.
    #[aws(pattern = r"^[\s\S]*$")]
    pub message: Option<String>,
}

/// The specified resource ARN was not found.
#[aws_shape(error, status = 404)]
#[derive(Clone, PartialEq)]
pub struct ResourceNotFoundException {
    /// What went wrong.
    #[aws(pattern = r"^[\s\S]*$")]
    pub message: Option<String>,
}

/// Your request exceeds the service quota for your account.
#[aws_shape(error, status = 400)]
#[derive(Clone, PartialEq)]
pub struct ServiceQuotaExceededException {
    /// What went wrong.
    #[aws(pattern = r"^[\s\S]*$")]
    pub message: Option<String>,
}

/// The service isn't currently available.
#[aws_shape(error, fault = "server", status = 503)]
#[derive(Clone, PartialEq)]
pub struct ServiceUnavailableException {
    /// What went wrong.
    #[aws(pattern = r"^[\s\S]*$")]
    pub message: Option<String>,
}

/// Your request was denied due to exceeding the account quotas for Amazon Bedrock.
#[aws_shape(error, status = 429)]
#[derive(Clone, PartialEq)]
pub struct ThrottlingException {
    /// What went wrong.
    #[aws(pattern = r"^[\s\S]*$")]
    pub message: Option<String>,
}

/// The input fails to satisfy the constraints specified by Amazon Bedrock.
#[aws_shape(error, status = 400)]
#[derive(Clone, PartialEq)]
pub struct ValidationException {
    /// What went wrong.
    #[aws(pattern = r"^[\s\S]*$")]
    pub message: Option<String>,
}
