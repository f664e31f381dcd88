//! The service's errors, shared by its operations. Lambda's errors carry a `Type` and a message,
//! which some errors name `message` and others `Message`, as the model does.

use aws_operation::aws_shape;

/// One of the parameters in the request is not valid.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct InvalidParameterValueException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The resource already exists, or another operation is in progress.
#[aws_shape(error, rename_all = "PascalCase", status = 409)]
#[derive(Clone, PartialEq)]
pub struct ResourceConflictException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The Lambda service encountered an internal error.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 500)]
#[derive(Clone, PartialEq)]
pub struct ServiceException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The request throughput limit was exceeded.
#[aws_shape(error, rename_all = "PascalCase", status = 429)]
#[derive(Clone, PartialEq)]
pub struct TooManyRequestsException {
    /// The number of seconds the caller should wait before retrying.
    #[aws(name = "retryAfterSeconds", http_header = "Retry-After")]
    pub retry_after_seconds: Option<String>,
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
    /// Why the request was throttled.
    pub reason: Option<ThrottleReason>,
}

/// Why a request was throttled.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ThrottleReason {
    /// `ConcurrentInvocationLimitExceeded`
    #[aws(value = "ConcurrentInvocationLimitExceeded")]
    ConcurrentInvocationLimitExceeded,
    /// `FunctionInvocationRateLimitExceeded`
    #[aws(value = "FunctionInvocationRateLimitExceeded")]
    FunctionInvocationRateLimitExceeded,
    /// `ReservedFunctionConcurrentInvocationLimitExceeded`
    #[aws(value = "ReservedFunctionConcurrentInvocationLimitExceeded")]
    ReservedFunctionConcurrentInvocationLimitExceeded,
    /// `ReservedFunctionInvocationRateLimitExceeded`
    #[aws(value = "ReservedFunctionInvocationRateLimitExceeded")]
    ReservedFunctionInvocationRateLimitExceeded,
    /// `CallerRateLimitExceeded`
    #[aws(value = "CallerRateLimitExceeded")]
    CallerRateLimitExceeded,
    /// `ConcurrentSnapshotCreateLimitExceeded`
    #[aws(value = "ConcurrentSnapshotCreateLimitExceeded")]
    ConcurrentSnapshotCreateLimitExceeded,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The code signature failed the integrity check.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct InvalidCodeSignatureException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The resource specified in the request does not exist.
#[aws_shape(error, rename_all = "PascalCase", status = 404)]
#[derive(Clone, PartialEq)]
pub struct ResourceNotFoundException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The code signature failed one or more of the validation checks for signature mismatch or expiry,
/// and the code signing policy is set to ENFORCE.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct CodeVerificationFailedException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The specified code signing configuration does not exist.
#[aws_shape(error, rename_all = "PascalCase", status = 404)]
#[derive(Clone, PartialEq)]
pub struct CodeSigningConfigNotFoundException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// Your Amazon Web Services account has exceeded its maximum total code size.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct CodeStorageExceededException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The maximum number of function versions that can be associated with a single capacity provider
/// has been exceeded.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct FunctionVersionsPerCapacityProviderLimitExceededException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
#[aws_shape(error, rename_all = "PascalCase", status = 412)]
#[derive(Clone, PartialEq)]
pub struct PreconditionFailedException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The runtime alias for your function is no longer available.
#[aws_shape(error, rename_all = "PascalCase", status = 409)]
#[derive(Clone, PartialEq)]
pub struct RuntimeAliasDeletedException {
    /// Indicates the exception type for a deleted runtime alias.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The Lambda function couldn't be invoked because its code artifact user has been deleted.
#[aws_shape(error, rename_all = "PascalCase", status = 409)]
#[derive(Clone, PartialEq)]
pub struct CodeArtifactUserDeletedException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The function is inactive and its VPC connection is no longer available.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 502)]
#[derive(Clone, PartialEq)]
pub struct ResourceNotReadyException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request would exceed a service quota.
#[aws_shape(error, rename_all = "PascalCase", status = 402)]
#[derive(Clone, PartialEq)]
pub struct ServiceQuotaExceededException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The security group ID provided in the Lambda function VPC configuration is not valid.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 502)]
#[derive(Clone, PartialEq)]
pub struct InvalidSecurityGroupIDException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// Lambda couldn't restore the snapshot within the timeout limit.
#[aws_shape(error, rename_all = "PascalCase", status = 408)]
#[derive(Clone, PartialEq)]
pub struct SnapStartTimeoutException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// Amazon EC2 throttled Lambda during Lambda function initialization using the execution role
/// provided for the function.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 502)]
#[derive(Clone, PartialEq)]
pub struct EC2ThrottledException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The Lambda function couldn't make a network connection to the configured file system.
#[aws_shape(error, rename_all = "PascalCase", status = 408)]
#[derive(Clone, PartialEq)]
pub struct EFSMountConnectivityException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// Lambda couldn't set up VPC access for the Lambda function because one or more configured subnets
/// has no available IP addresses.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 502)]
#[derive(Clone, PartialEq)]
pub struct SubnetIPAddressLimitReachedException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// Lambda couldn't decrypt the environment variables because KMS access was denied.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 502)]
#[derive(Clone, PartialEq)]
pub struct KMSAccessDeniedException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The request payload exceeded the `Invoke` request body JSON input quota.
#[aws_shape(error, rename_all = "PascalCase", status = 413)]
#[derive(Clone, PartialEq)]
pub struct RequestTooLargeException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Lambda couldn't decrypt the environment variables because the KMS key used is disabled.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 502)]
#[derive(Clone, PartialEq)]
pub struct KMSDisabledException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The content type of the `Invoke` request body is not JSON.
#[aws_shape(error, rename_all = "PascalCase", status = 415)]
#[derive(Clone, PartialEq)]
pub struct UnsupportedMediaTypeException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The Lambda function couldn't make a network connection to the configured S3 Files access point.
#[aws_shape(error, rename_all = "PascalCase", status = 408)]
#[derive(Clone, PartialEq)]
pub struct S3FilesMountConnectivityException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The request payload exceeded the maximum allowed size for serialized request entities.
#[aws_shape(error, rename_all = "PascalCase", status = 413)]
#[derive(Clone, PartialEq)]
pub struct SerializedRequestEntityTooLargeException {
    /// The error type.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The runtime or runtime version specified is not supported.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 502)]
#[derive(Clone, PartialEq)]
pub struct InvalidRuntimeException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The function has no published versions available.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct NoPublishedVersionException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// Lambda received an unexpected Amazon EC2 client exception while setting up for the Lambda
/// function.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 502)]
#[derive(Clone, PartialEq)]
pub struct EC2UnexpectedException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
    /// The error code Amazon EC2 returned.
    #[aws(name = "EC2ErrorCode")]
    pub ec2_error_code: Option<String>,
}

/// The subnet ID provided in the Lambda function VPC configuration is not valid.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 502)]
#[derive(Clone, PartialEq)]
pub struct InvalidSubnetIDException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// Lambda couldn't decrypt the environment variables because the KMS key was not found.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 502)]
#[derive(Clone, PartialEq)]
pub struct KMSNotFoundException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// Need additional permissions to configure VPC settings.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 502)]
#[derive(Clone, PartialEq)]
pub struct EC2AccessDeniedException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// An error occurred when reading from or writing to a connected file system.
#[aws_shape(error, rename_all = "PascalCase", status = 410)]
#[derive(Clone, PartialEq)]
pub struct EFSIOException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not
/// valid for Decrypt.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 502)]
#[derive(Clone, PartialEq)]
pub struct KMSInvalidStateException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The runtime version used by your function is no longer available.
#[aws_shape(error, rename_all = "PascalCase", status = 409)]
#[derive(Clone, PartialEq)]
pub struct RuntimeVersionDeletedException {
    /// Indicates the exception type for a deleted runtime version.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Lambda couldn't create an elastic network interface in the VPC, specified as part of Lambda
/// function configuration, because the limit for network interfaces has been reached.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 502)]
#[derive(Clone, PartialEq)]
pub struct ENILimitReachedException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// Lambda is initializing your function.
#[aws_shape(error, rename_all = "PascalCase", status = 409)]
#[derive(Clone, PartialEq)]
pub struct SnapStartNotReadyException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The Lambda function couldn't be invoked because its code artifact user is still being
/// provisioned.
#[aws_shape(error, rename_all = "PascalCase", status = 409)]
#[derive(Clone, PartialEq)]
pub struct CodeArtifactUserPendingException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The `afterRestore()` runtime hook encountered an error.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct SnapStartException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// Lambda has detected your function being invoked in a recursive loop with other Amazon Web
/// Services resources and stopped your function's invocation.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct RecursiveInvocationException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The Lambda function couldn't mount the configured S3 Files access point due to a permission or
/// configuration issue.
#[aws_shape(error, rename_all = "PascalCase", status = 403)]
#[derive(Clone, PartialEq)]
pub struct S3FilesMountFailureException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The Lambda function made a network connection to the configured file system, but the mount
/// operation timed out.
#[aws_shape(error, rename_all = "PascalCase", status = 408)]
#[derive(Clone, PartialEq)]
pub struct EFSMountTimeoutException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// Lambda couldn't invoke the Lambda function because the elastic network interface (ENI)
/// configured for its VPC connection isn't ready yet.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 502)]
#[derive(Clone, PartialEq)]
pub struct ENINotReadyException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The Lambda function made a network connection to the configured S3 Files access point, but the
/// mount operation timed out.
#[aws_shape(error, rename_all = "PascalCase", status = 408)]
#[derive(Clone, PartialEq)]
pub struct S3FilesMountTimeoutException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The Lambda function couldn't be invoked because provisioning of its code artifact user failed.
#[aws_shape(error, rename_all = "PascalCase", status = 409)]
#[derive(Clone, PartialEq)]
pub struct CodeArtifactUserFailedException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The Lambda function doesn't support the invocation mode requested.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct ModeNotSupportedException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// The request body could not be parsed as JSON, or a request header is invalid.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct InvalidRequestContentException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    #[aws(name = "message")]
    pub message: Option<String>,
}

/// Lambda couldn't regenerate the SnapStart snapshot for the function.
#[aws_shape(error, rename_all = "PascalCase", status = 409)]
#[derive(Clone, PartialEq)]
pub struct SnapStartRegenerationFailureException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The durable execution with the specified name has already been started.
#[aws_shape(error, rename_all = "PascalCase", status = 409)]
#[derive(Clone, PartialEq)]
pub struct DurableExecutionAlreadyStartedException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// Lambda could not unzip the deployment package.
#[aws_shape(error, rename_all = "PascalCase", fault = "server", status = 502)]
#[derive(Clone, PartialEq)]
pub struct InvalidZipFileException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}

/// The Lambda function couldn't mount the configured file system due to a permission or
/// configuration issue.
#[aws_shape(error, rename_all = "PascalCase", status = 403)]
#[derive(Clone, PartialEq)]
pub struct EFSMountFailureException {
    /// The exception type.
    pub r#type: Option<String>,
    /// The exception message.
    pub message: Option<String>,
}
