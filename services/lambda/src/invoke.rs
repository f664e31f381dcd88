//! Invoking a function: the payload goes as the request's body and comes back as the response's.

use aws_operation::{Blob, aws_operation, aws_shape};

use crate::Lambda;
use crate::errors::{
    CodeArtifactUserDeletedException, CodeArtifactUserFailedException, CodeArtifactUserPendingException,
    DurableExecutionAlreadyStartedException, EC2AccessDeniedException, EC2ThrottledException, EC2UnexpectedException,
    EFSIOException, EFSMountConnectivityException, EFSMountFailureException, EFSMountTimeoutException,
    ENILimitReachedException, ENINotReadyException, InvalidParameterValueException, InvalidRequestContentException,
    InvalidRuntimeException, InvalidSecurityGroupIDException, InvalidSubnetIDException, InvalidZipFileException,
    KMSAccessDeniedException, KMSDisabledException, KMSInvalidStateException, KMSNotFoundException,
    ModeNotSupportedException, NoPublishedVersionException, RecursiveInvocationException, RequestTooLargeException,
    ResourceConflictException, ResourceNotFoundException, ResourceNotReadyException, RuntimeAliasDeletedException,
    RuntimeVersionDeletedException, S3FilesMountConnectivityException, S3FilesMountFailureException,
    S3FilesMountTimeoutException, SerializedRequestEntityTooLargeException, ServiceException,
    ServiceQuotaExceededException, SnapStartException, SnapStartNotReadyException,
    SnapStartRegenerationFailureException, SnapStartTimeoutException, SubnetIPAddressLimitReachedException,
    TooManyRequestsException, UnsupportedMediaTypeException,
};

/// Invokes a Lambda Event Function.
#[aws_operation(
    service = Lambda,
    operation = "Invoke",
    fluent,
    output = InvokeOutput,
    errors = [
        RuntimeAliasDeletedException,
        CodeArtifactUserDeletedException,
        ResourceNotReadyException,
        ServiceQuotaExceededException,
        InvalidSecurityGroupIDException,
        SnapStartTimeoutException,
        TooManyRequestsException,
        EC2ThrottledException,
        EFSMountConnectivityException,
        SubnetIPAddressLimitReachedException,
        KMSAccessDeniedException,
        RequestTooLargeException,
        KMSDisabledException,
        UnsupportedMediaTypeException,
        S3FilesMountConnectivityException,
        SerializedRequestEntityTooLargeException,
        InvalidRuntimeException,
        NoPublishedVersionException,
        EC2UnexpectedException,
        InvalidSubnetIDException,
        KMSNotFoundException,
        InvalidParameterValueException,
        EC2AccessDeniedException,
        EFSIOException,
        KMSInvalidStateException,
        ResourceConflictException,
        RuntimeVersionDeletedException,
        ENILimitReachedException,
        SnapStartNotReadyException,
        ServiceException,
        CodeArtifactUserPendingException,
        SnapStartException,
        RecursiveInvocationException,
        S3FilesMountFailureException,
        EFSMountTimeoutException,
        ENINotReadyException,
        S3FilesMountTimeoutException,
        CodeArtifactUserFailedException,
        ModeNotSupportedException,
        ResourceNotFoundException,
        InvalidRequestContentException,
        SnapStartRegenerationFailureException,
        DurableExecutionAlreadyStartedException,
        InvalidZipFileException,
        EFSMountFailureException,
    ],
    http(method = "POST", uri = "/2015-03-31/functions/{FunctionName}/invocations", code = 200),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct Invoke {
    /// The name or ARN of the Lambda function, version, or alias.
    #[aws(
        http_label,
        length(min = 1, max = 256),
        pattern = r"^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$"
    )]
    pub function_name: String,
    /// `RequestResponse` (the default) waits for the result, `Event` queues the event and returns
    /// at once, `DryRun` only checks that the call would be allowed.
    #[aws(http_header = "X-Amz-Invocation-Type")]
    pub invocation_type: Option<InvocationType>,
    /// Set to `Tail` to include the execution log in the response.
    #[aws(http_header = "X-Amz-Log-Type")]
    pub log_type: Option<LogType>,
    /// Up to 3,583 bytes of base64-encoded data about the invoking client to pass to the function
    /// in the context object.
    #[aws(http_header = "X-Amz-Client-Context")]
    pub client_context: Option<String>,
    /// A unique name for the durable execution.
    #[aws(http_header = "X-Amz-Durable-Execution-Name", length(min = 1, max = 64), pattern = "^[a-zA-Z0-9-_]+$")]
    pub durable_execution_name: Option<String>,
    /// The JSON that you want to provide to your Lambda function as input.
    #[aws(http_payload, sensitive)]
    pub payload: Option<Blob>,
    /// Specify a version or alias to invoke a published version of the function.
    #[aws(
        http_query = "Qualifier",
        length(min = 1, max = 128),
        pattern = r"^\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+$"
    )]
    pub qualifier: Option<String>,
    /// The identifier of the tenant in a multi-tenant Lambda function.
    #[aws(http_header = "X-Amz-Tenant-Id", length(min = 1, max = 256), pattern = r"^[a-zA-Z0-9\._:\/=+\-@ ]+$")]
    pub tenant_id: Option<String>,
}

/// The output of `Invoke`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InvokeOutput {
    /// The HTTP status code is in the 200 range for a successful request.
    #[aws(http_response_code)]
    pub status_code: Option<i32>,
    /// If present, indicates that an error occurred during function execution.
    #[aws(http_header = "X-Amz-Function-Error")]
    pub function_error: Option<String>,
    /// The last 4 KB of the execution log, which is base64-encoded.
    #[aws(http_header = "X-Amz-Log-Result")]
    pub log_result: Option<String>,
    /// The response from the function, or an error object.
    #[aws(http_payload, sensitive)]
    pub payload: Option<Blob>,
    /// The version of the function that executed.
    #[aws(http_header = "X-Amz-Executed-Version", length(min = 1, max = 1024), pattern = r"^(\$LATEST|[0-9]+)$")]
    pub executed_version: Option<String>,
    /// The ARN of the durable execution that was started.
    #[aws(
        http_header = "X-Amz-Durable-Execution-Arn",
        length(min = 1, max = 1024),
        pattern = r"^arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\d{12}):function:([a-zA-Z0-9_-]+):(\$LATEST(?:\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)$"
    )]
    pub durable_execution_arn: Option<String>,
}

/// How `Invoke` runs a function: synchronously, asynchronously, or only to validate the call.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InvocationType {
    /// `Event`
    #[aws(value = "Event")]
    Event,
    /// `RequestResponse`
    #[aws(value = "RequestResponse")]
    RequestResponse,
    /// `DryRun`
    #[aws(value = "DryRun")]
    DryRun,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Whether `Invoke` returns the tail of the execution log.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LogType {
    /// `None`
    #[aws(value = "None")]
    None,
    /// `Tail`
    #[aws(value = "Tail")]
    Tail,
    /// A value this client does not know yet.
    Unknown(String),
}
