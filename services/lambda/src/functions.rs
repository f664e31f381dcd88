//! Functions: create, read, list, reconfigure and delete them, with the configuration Lambda
//! reports back for each.

use std::collections::BTreeMap;

use aws_operation::{Blob, aws_operation, aws_shape};

use crate::Lambda;
use crate::configuration::{
    AcceleratorConfig, CapacityProviderConfig, DeadLetterConfig, DurableConfig, Environment, EnvironmentResponse,
    EphemeralStorage, FileSystemConfig, FunctionRuntimeConfig, ImageConfig, ImageConfigResponse, LoggingConfig,
    RuntimeVersionConfig, SnapStart, SnapStartResponse, TenancyConfig, TracingConfig, TracingConfigResponse, VpcConfig,
    VpcConfigResponse,
};
use crate::errors::{
    CodeSigningConfigNotFoundException, CodeStorageExceededException, CodeVerificationFailedException,
    FunctionVersionsPerCapacityProviderLimitExceededException, InvalidCodeSignatureException,
    InvalidParameterValueException, PreconditionFailedException, ResourceConflictException, ResourceNotFoundException,
    ServiceException, TooManyRequestsException,
};

/// Creates a Lambda Event Function.
#[aws_operation(
    service = Lambda,
    operation = "CreateFunction",
    fluent,
    output = FunctionConfiguration,
    errors = [
        InvalidParameterValueException,
        ResourceConflictException,
        ServiceException,
        TooManyRequestsException,
        InvalidCodeSignatureException,
        ResourceNotFoundException,
        CodeVerificationFailedException,
        CodeSigningConfigNotFoundException,
        CodeStorageExceededException,
        FunctionVersionsPerCapacityProviderLimitExceededException,
    ],
    http(method = "POST", uri = "/2015-03-31/functions", code = 201),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct CreateFunction {
    /// The name or ARN of the Lambda function.
    #[aws(
        length(min = 1, max = 140),
        pattern = r"^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?$"
    )]
    pub function_name: String,
    /// The identifier of the function's runtime.
    pub runtime: Option<Runtime>,
    /// The Amazon Resource Name (ARN) of the function's execution role.
    #[aws(length(min = 0, max = 10000), pattern = r"^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+$")]
    pub role: String,
    /// The name of the method within your code that Lambda calls to run your function.
    #[aws(length(min = 0, max = 128), pattern = r"^[^\s]+$")]
    pub handler: Option<String>,
    /// The code for the function.
    pub code: FunctionCode,
    /// A description of the function.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// The amount of time (in seconds) that Lambda allows a function to run before stopping it.
    #[aws(range(min = 1, max = 5400))]
    pub timeout: Option<i32>,
    /// The amount of memory available to the function at runtime.
    #[aws(range(min = 128, max = 32768))]
    pub memory_size: Option<i32>,
    /// Set to true to publish the first version of the function during creation.
    pub publish: Option<bool>,
    /// Specifies where to publish the function version or configuration.
    pub publish_to: Option<FunctionVersionLatestPublished>,
    /// For network connectivity to Amazon Web Services resources in a VPC, specify a list of
    /// security groups and subnets in the VPC.
    pub vpc_config: Option<VpcConfig>,
    /// The type of deployment package.
    pub package_type: Option<PackageType>,
    /// A dead-letter queue configuration that specifies the queue or topic where Lambda sends
    /// asynchronous events when they fail processing.
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// Environment variables that are accessible from function code during execution.
    pub environment: Option<Environment>,
    /// The ARN of the KMS customer managed key that encrypts the function's environment variables,
    /// SnapStart snapshots and the unzipped or optimized copies of its code.
    #[aws(name = "KMSKeyArn", length(min = 0, max = 10000), pattern = "^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$")]
    pub kms_key_arn: Option<String>,
    /// Set `Mode` to `Active` to sample and trace a subset of incoming requests with X-Ray.
    pub tracing_config: Option<TracingConfig>,
    /// A list of tags to apply to the function.
    #[aws(
        keys(length(min = 1, max = 128), pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$"),
        items(length(min = 0, max = 256), pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$")
    )]
    pub tags: Option<BTreeMap<String, String>>,
    /// A list of function layers to add to the function's execution environment.
    #[aws(items(
        length(min = 1, max = 2048),
        pattern = r"^((arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+))$"
    ))]
    pub layers: Option<Vec<String>>,
    /// Connection settings for an Amazon EFS file system or an Amazon S3 Files file system.
    #[aws(length(min = 0, max = 1))]
    pub file_system_configs: Option<Vec<FileSystemConfig>>,
    /// To enable code signing for this function, specify the ARN of a code-signing configuration.
    #[aws(
        length(min = 0, max = 200),
        pattern = r"^arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:code-signing-config:csc-[a-z0-9]{17}$"
    )]
    pub code_signing_config_arn: Option<String>,
    /// Container image configuration values that override the values in the container image
    /// Dockerfile.
    pub image_config: Option<ImageConfig>,
    /// The instruction set architecture that the function supports.
    #[aws(length(min = 1, max = 1))]
    pub architectures: Option<Vec<Architecture>>,
    /// The size of the function's `/tmp` directory in MB.
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// The function's SnapStart setting.
    pub snap_start: Option<SnapStart>,
    /// The function's Amazon CloudWatch Logs configuration settings.
    pub logging_config: Option<LoggingConfig>,
    /// Configuration for multi-tenant applications that use Lambda functions.
    pub tenancy_config: Option<TenancyConfig>,
    /// Configuration for the capacity provider that manages compute resources for Lambda functions.
    pub capacity_provider_config: Option<CapacityProviderConfig>,
    /// Configuration settings for durable functions.
    pub durable_config: Option<DurableConfig>,
    /// The customer-managed runtime configuration for your function.
    pub runtime_config: Option<FunctionRuntimeConfig>,
    /// The accelerator resource settings for a Lambda execution environment.
    pub accelerator_config: Option<AcceleratorConfig>,
}

/// The code for the Lambda function.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct FunctionCode {
    /// The base64-encoded contents of the deployment package.
    #[aws(sensitive)]
    pub zip_file: Option<Blob>,
    /// An Amazon S3 bucket in the same Amazon Web Services Region as your function.
    // No `pattern`: the model's `(?<!\.)` (no trailing period) is a look-behind, which
    // the `regex` crate does not support; the length is still checked.
    #[aws(length(min = 3, max = 63))]
    pub s3_bucket: Option<String>,
    /// The Amazon S3 key of the deployment package.
    #[aws(length(min = 1, max = 1024), pattern = "^.*$")]
    pub s3_key: Option<String>,
    /// For versioned objects, the version of the deployment package object to use.
    #[aws(length(min = 1, max = 1024), pattern = "^.*$")]
    pub s3_object_version: Option<String>,
    /// Specifies how the deployment package is stored.
    pub s3_object_storage_mode: Option<S3ObjectStorageMode>,
    /// URI of a container image in the Amazon ECR registry.
    pub image_uri: Option<String>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your
    /// function's .zip deployment package.
    #[aws(
        name = "SourceKMSKeyArn",
        length(min = 0, max = 10000),
        pattern = "^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"
    )]
    pub source_kms_key_arn: Option<String>,
}

/// Returns information about a Lambda Event Function or function version, with a link to download
/// the deployment package that's valid for 10 minutes.
#[aws_operation(
    service = Lambda,
    operation = "GetFunction",
    fluent,
    output = GetFunctionOutput,
    errors = [
        InvalidParameterValueException,
        ServiceException,
        TooManyRequestsException,
        ResourceNotFoundException,
    ],
    http(method = "GET", uri = "/2015-03-31/functions/{FunctionName}", code = 200),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct GetFunction {
    /// The name or ARN of the Lambda function, version, or alias.
    #[aws(
        http_label,
        length(min = 1, max = 256),
        pattern = r"^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$"
    )]
    pub function_name: String,
    /// Specify a version or alias to get details about a published version of the function.
    #[aws(
        http_query = "Qualifier",
        length(min = 1, max = 128),
        pattern = r"^\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+$"
    )]
    pub qualifier: Option<String>,
}

/// The output of `GetFunction`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct GetFunctionOutput {
    /// The configuration of the function or version.
    pub configuration: Option<FunctionConfiguration>,
    /// The deployment package of the function or version.
    pub code: Option<FunctionCodeLocation>,
    /// The function's tags.
    #[aws(
        keys(length(min = 1, max = 128), pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$"),
        items(length(min = 0, max = 256), pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$")
    )]
    pub tags: Option<BTreeMap<String, String>>,
    /// An object that contains details about an error related to retrieving tags.
    pub tags_error: Option<TagsError>,
    /// The function's reserved concurrency.
    pub concurrency: Option<Concurrency>,
}

/// Details about a function's deployment package.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct FunctionCodeLocation {
    /// The service that's hosting the file.
    pub repository_type: Option<String>,
    /// A presigned URL that you can use to download the deployment package.
    #[aws(length(min = 0, max = 10000))]
    pub location: Option<String>,
    /// URI of a container image in the Amazon ECR registry.
    pub image_uri: Option<String>,
    /// The resolved URI for the image.
    pub resolved_image_uri: Option<String>,
    /// The resolved Amazon S3 object that contains the deployment package.
    pub resolved_s3_object: Option<ResolvedS3Object>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your
    /// function's .zip deployment package.
    #[aws(
        name = "SourceKMSKeyArn",
        length(min = 0, max = 10000),
        pattern = "^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"
    )]
    pub source_kms_key_arn: Option<String>,
    /// An object that contains details about an error related to function deployment package
    /// retrieval.
    pub error: Option<FunctionCodeLocationError>,
}

/// Details about the resolved Amazon S3 object that contains a function's deployment package.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ResolvedS3Object {
    /// The Amazon S3 bucket that contains the deployment package.
    // No `pattern`: the model's `(?<!\.)` (no trailing period) is a look-behind, which
    // the `regex` crate does not support; the length is still checked.
    #[aws(length(min = 3, max = 63))]
    pub s3_bucket: Option<String>,
    /// The Amazon S3 key of the deployment package.
    #[aws(length(min = 1, max = 1024), pattern = "^.*$")]
    pub s3_key: Option<String>,
    /// The version of the deployment package object.
    #[aws(length(min = 1, max = 1024), pattern = "^.*$")]
    pub s3_object_version: Option<String>,
}

/// Contains details about an error that occurred when Lambda attempted to retrieve a function's
/// deployment package.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct FunctionCodeLocationError {
    /// The error code that identifies why Lambda failed to retrieve the deployment package.
    pub error_code: Option<String>,
    /// The human-readable message that describes why Lambda failed to retrieve the deployment
    /// package.
    #[aws(sensitive)]
    pub message: Option<String>,
}

/// An object that contains details about an error related to retrieving tags.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct TagsError {
    /// The error code.
    #[aws(length(min = 10, max = 21), pattern = "^[A-Za-z]+Exception$")]
    pub error_code: String,
    /// The error message.
    #[aws(length(min = 84, max = 1000), pattern = "^.*$")]
    pub message: String,
}

/// A function's reserved concurrency.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Concurrency {
    /// The number of concurrent executions that are reserved for this function.
    #[aws(range(min = 0))]
    pub reserved_concurrent_executions: Option<i32>,
}

/// Returns a list of Lambda Event Functions, with the version-specific configuration of each.
#[aws_operation(
    service = Lambda,
    operation = "ListFunctions",
    fluent,
    output = ListFunctionsOutput,
    paginator(
        input_token = marker,
        output_token = next_marker,
        items = functions,
        item = FunctionConfiguration,
        page_size = max_items,
    ),
    errors = [
        InvalidParameterValueException,
        ServiceException,
        TooManyRequestsException,
    ],
    http(method = "GET", uri = "/2015-03-31/functions", code = 200),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct ListFunctions {
    /// For Lambda@Edge functions, the Amazon Web Services Region of the master function.
    #[aws(
        http_query = "MasterRegion",
        length(min = 1, max = 50),
        pattern = r"^ALL|(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}$"
    )]
    pub master_region: Option<String>,
    /// Set to `ALL` to include entries for all published versions of each function.
    #[aws(http_query = "FunctionVersion")]
    pub function_version: Option<FunctionVersion>,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page
    /// of results.
    #[aws(http_query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of functions to return in the response.
    #[aws(http_query = "MaxItems", range(min = 1, max = 10000))]
    pub max_items: Option<i32>,
}

/// A list of Lambda functions.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ListFunctionsOutput {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// A list of Lambda functions.
    pub functions: Option<Vec<FunctionConfiguration>>,
}

/// Which versions `ListFunctions` lists: `ALL` adds every published version.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FunctionVersion {
    /// `ALL`
    #[aws(value = "ALL")]
    All,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Modifies the version-specific settings of a Lambda Event Function.
#[aws_operation(
    service = Lambda,
    operation = "UpdateFunctionConfiguration",
    fluent,
    output = FunctionConfiguration,
    errors = [
        InvalidParameterValueException,
        ResourceConflictException,
        ServiceException,
        TooManyRequestsException,
        InvalidCodeSignatureException,
        ResourceNotFoundException,
        CodeVerificationFailedException,
        CodeSigningConfigNotFoundException,
        PreconditionFailedException,
    ],
    http(method = "PUT", uri = "/2015-03-31/functions/{FunctionName}/configuration", code = 200),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct UpdateFunctionConfiguration {
    /// The name or ARN of the Lambda function.
    #[aws(
        http_label,
        length(min = 1, max = 140),
        pattern = r"^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?$"
    )]
    pub function_name: String,
    /// The Amazon Resource Name (ARN) of the function's execution role.
    #[aws(length(min = 0, max = 10000), pattern = r"^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+$")]
    pub role: Option<String>,
    /// The name of the method within your code that Lambda calls to run your function.
    #[aws(length(min = 0, max = 128), pattern = r"^[^\s]+$")]
    pub handler: Option<String>,
    /// A description of the function.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// The amount of time (in seconds) that Lambda allows a function to run before stopping it.
    #[aws(range(min = 1, max = 5400))]
    pub timeout: Option<i32>,
    /// The amount of memory available to the function at runtime.
    #[aws(range(min = 128, max = 32768))]
    pub memory_size: Option<i32>,
    /// For network connectivity to Amazon Web Services resources in a VPC, specify a list of
    /// security groups and subnets in the VPC.
    pub vpc_config: Option<VpcConfig>,
    /// Environment variables that are accessible from function code during execution.
    pub environment: Option<Environment>,
    /// The identifier of the function's runtime.
    pub runtime: Option<Runtime>,
    /// A dead-letter queue configuration that specifies the queue or topic where Lambda sends
    /// asynchronous events when they fail processing.
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// The ARN of the KMS customer managed key that encrypts the function's environment variables,
    /// SnapStart snapshots and the unzipped or optimized copies of its code.
    #[aws(name = "KMSKeyArn", length(min = 0, max = 10000), pattern = "^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$")]
    pub kms_key_arn: Option<String>,
    /// Set `Mode` to `Active` to sample and trace a subset of incoming requests with X-Ray.
    pub tracing_config: Option<TracingConfig>,
    /// Update the function only if the revision ID matches the ID that's specified.
    pub revision_id: Option<String>,
    /// A list of function layers to add to the function's execution environment.
    #[aws(items(
        length(min = 1, max = 2048),
        pattern = r"^((arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+))$"
    ))]
    pub layers: Option<Vec<String>>,
    /// Connection settings for an Amazon EFS file system or an Amazon S3 Files file system.
    #[aws(length(min = 0, max = 1))]
    pub file_system_configs: Option<Vec<FileSystemConfig>>,
    /// Container image configuration values that override the values in the container image Docker
    /// file.
    pub image_config: Option<ImageConfig>,
    /// The size of the function's `/tmp` directory in MB.
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// The function's SnapStart setting.
    pub snap_start: Option<SnapStart>,
    /// The function's Amazon CloudWatch Logs configuration settings.
    pub logging_config: Option<LoggingConfig>,
    /// Configuration for the capacity provider that manages compute resources for Lambda functions.
    pub capacity_provider_config: Option<CapacityProviderConfig>,
    /// Configuration settings for durable functions: execution timeout, retention of the execution
    /// history and the KMS key that encrypts its payloads.
    pub durable_config: Option<DurableConfig>,
    /// The customer-managed runtime configuration for your function.
    pub runtime_config: Option<FunctionRuntimeConfig>,
    /// The accelerator resource settings for a Lambda execution environment.
    pub accelerator_config: Option<AcceleratorConfig>,
}

/// Deletes a Lambda Event Function.
#[aws_operation(
    service = Lambda,
    operation = "DeleteFunction",
    fluent,
    output = DeleteFunctionOutput,
    errors = [
        InvalidParameterValueException,
        ResourceConflictException,
        ServiceException,
        TooManyRequestsException,
        ResourceNotFoundException,
    ],
    http(method = "DELETE", uri = "/2015-03-31/functions/{FunctionName}", code = 200),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct DeleteFunction {
    /// The name or ARN of the Lambda function or version.
    #[aws(
        http_label,
        length(min = 1, max = 256),
        pattern = r"^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$"
    )]
    pub function_name: String,
    /// Specify a version to delete.
    #[aws(
        http_query = "Qualifier",
        length(min = 1, max = 128),
        pattern = r"^\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+$"
    )]
    pub qualifier: Option<String>,
}

/// The output of `DeleteFunction`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct DeleteFunctionOutput {
    /// The HTTP status code returned by the operation.
    #[aws(http_response_code)]
    pub status_code: Option<i32>,
}

/// Details about a function's configuration.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct FunctionConfiguration {
    /// The name of the function.
    #[aws(
        length(min = 1, max = 256),
        pattern = r"^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$"
    )]
    pub function_name: Option<String>,
    /// The function's Amazon Resource Name (ARN).
    #[aws(
        length(min = 0, max = 10000),
        pattern = r"^arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:function:[a-zA-Z0-9-_\.]+(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$"
    )]
    pub function_arn: Option<String>,
    /// The identifier of the function's runtime.
    pub runtime: Option<Runtime>,
    /// The function's execution role.
    #[aws(length(min = 0, max = 10000), pattern = r"^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+$")]
    pub role: Option<String>,
    /// The function that Lambda calls to begin running your function.
    #[aws(length(min = 0, max = 128), pattern = r"^[^\s]+$")]
    pub handler: Option<String>,
    /// The size of the function's deployment package, in bytes.
    pub code_size: Option<i64>,
    /// The function's description.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// The amount of time in seconds that Lambda allows a function to run before stopping it.
    #[aws(range(min = 1, max = 5400))]
    pub timeout: Option<i32>,
    /// The amount of memory available to the function at runtime.
    #[aws(range(min = 128, max = 32768))]
    pub memory_size: Option<i32>,
    /// The date and time that the function was last updated, in ISO-8601 format
    /// (YYYY-MM-DDThh:mm:ss.sTZD).
    #[aws(length(min = 0, max = 100), pattern = "^.*$")]
    pub last_modified: Option<String>,
    /// The SHA256 hash of the function's deployment package.
    pub code_sha256: Option<String>,
    /// The version of the Lambda function.
    #[aws(length(min = 1, max = 1024), pattern = r"^(\$LATEST|[0-9]+)$")]
    pub version: Option<String>,
    /// The function's networking configuration.
    pub vpc_config: Option<VpcConfigResponse>,
    /// The function's dead letter queue.
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// The function's environment variables.
    pub environment: Option<EnvironmentResponse>,
    /// The ARN of the KMS customer managed key that encrypts the function's environment variables,
    /// SnapStart snapshots and the unzipped or optimized copies of its code.
    #[aws(name = "KMSKeyArn", length(min = 0, max = 10000), pattern = "^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$")]
    pub kms_key_arn: Option<String>,
    /// The function's X-Ray tracing configuration.
    pub tracing_config: Option<TracingConfigResponse>,
    /// For Lambda@Edge functions, the ARN of the main function.
    #[aws(
        length(min = 0, max = 10000),
        pattern = r"^arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:function:[a-zA-Z0-9-_]+(:(\$LATEST|[a-zA-Z0-9-_]+))?$"
    )]
    pub master_arn: Option<String>,
    /// The latest updated revision of the function or alias.
    pub revision_id: Option<String>,
    /// The function's layers.
    pub layers: Option<Vec<Layer>>,
    /// The current state of the function.
    pub state: Option<State>,
    /// The reason for the function's current state.
    pub state_reason: Option<String>,
    /// The reason code for the function's current state.
    pub state_reason_code: Option<StateReasonCode>,
    /// The status of the last update that was performed on the function.
    pub last_update_status: Option<LastUpdateStatus>,
    /// The reason for the last update that was performed on the function.
    pub last_update_status_reason: Option<String>,
    /// The reason code for the last update that was performed on the function.
    pub last_update_status_reason_code: Option<LastUpdateStatusReasonCode>,
    /// Connection settings for an Amazon EFS file system or an Amazon S3 file system.
    #[aws(length(min = 0, max = 1))]
    pub file_system_configs: Option<Vec<FileSystemConfig>>,
    /// The ARN of the signing profile version.
    #[aws(
        length(min = 0, max = 10000),
        pattern = r"^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*)$"
    )]
    pub signing_profile_version_arn: Option<String>,
    /// The ARN of the signing job.
    #[aws(
        length(min = 0, max = 10000),
        pattern = r"^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*)$"
    )]
    pub signing_job_arn: Option<String>,
    /// The type of deployment package.
    pub package_type: Option<PackageType>,
    /// The function's image configuration values.
    pub image_config_response: Option<ImageConfigResponse>,
    /// The instruction set architecture that the function supports.
    #[aws(length(min = 1, max = 1))]
    pub architectures: Option<Vec<Architecture>>,
    /// The size of the function's `/tmp` directory in MB.
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// Set `ApplyOn` to `PublishedVersions` to create a snapshot of the initialized execution
    /// environment when you publish a function version.
    pub snap_start: Option<SnapStartResponse>,
    /// The ARN of the runtime and any errors that occured.
    pub runtime_version_config: Option<RuntimeVersionConfig>,
    /// The function's Amazon CloudWatch Logs configuration settings.
    pub logging_config: Option<LoggingConfig>,
    /// The function's tenant isolation configuration settings.
    pub tenancy_config: Option<TenancyConfig>,
    /// Configuration for the capacity provider that manages compute resources for Lambda functions.
    pub capacity_provider_config: Option<CapacityProviderConfig>,
    /// The SHA256 hash of the function configuration.
    pub config_sha256: Option<String>,
    /// The function's durable execution configuration settings, if the function is configured for
    /// durability.
    pub durable_config: Option<DurableConfig>,
    /// The customer-managed runtime configuration for your function.
    pub runtime_config: Option<FunctionRuntimeConfig>,
    /// The accelerator resource settings for a Lambda execution environment.
    pub accelerator_config: Option<AcceleratorConfig>,
}

/// A Lambda layer.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Layer {
    /// The Amazon Resource Name (ARN) of the function layer.
    #[aws(
        length(min = 1, max = 2048),
        pattern = r"^((arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+))$"
    )]
    pub arn: Option<String>,
    /// The size of the layer archive in bytes.
    pub code_size: Option<i64>,
    /// The Amazon Resource Name (ARN) for a signing profile version.
    #[aws(
        length(min = 0, max = 10000),
        pattern = r"^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*)$"
    )]
    pub signing_profile_version_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of a signing job.
    #[aws(
        length(min = 0, max = 10000),
        pattern = r"^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*)$"
    )]
    pub signing_job_arn: Option<String>,
}

/// The identifier of a function's runtime.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Runtime {
    /// `nodejs`
    #[aws(value = "nodejs")]
    Nodejs,
    /// `nodejs4.3`
    #[aws(value = "nodejs4.3")]
    Nodejs43,
    /// `nodejs6.10`
    #[aws(value = "nodejs6.10")]
    Nodejs610,
    /// `nodejs8.10`
    #[aws(value = "nodejs8.10")]
    Nodejs810,
    /// `nodejs10.x`
    #[aws(value = "nodejs10.x")]
    Nodejs10X,
    /// `nodejs12.x`
    #[aws(value = "nodejs12.x")]
    Nodejs12X,
    /// `nodejs14.x`
    #[aws(value = "nodejs14.x")]
    Nodejs14X,
    /// `nodejs16.x`
    #[aws(value = "nodejs16.x")]
    Nodejs16X,
    /// `nodejs18.x`
    #[aws(value = "nodejs18.x")]
    Nodejs18X,
    /// `nodejs20.x`
    #[aws(value = "nodejs20.x")]
    Nodejs20X,
    /// `nodejs22.x`
    #[aws(value = "nodejs22.x")]
    Nodejs22X,
    /// `nodejs24.x`
    #[aws(value = "nodejs24.x")]
    Nodejs24X,
    /// `java8`
    #[aws(value = "java8")]
    Java8,
    /// `java8.al2`
    #[aws(value = "java8.al2")]
    Java8Al2,
    /// `java11`
    #[aws(value = "java11")]
    Java11,
    /// `java17`
    #[aws(value = "java17")]
    Java17,
    /// `java21`
    #[aws(value = "java21")]
    Java21,
    /// `java25`
    #[aws(value = "java25")]
    Java25,
    /// `python2.7`
    #[aws(value = "python2.7")]
    Python27,
    /// `python3.6`
    #[aws(value = "python3.6")]
    Python36,
    /// `python3.7`
    #[aws(value = "python3.7")]
    Python37,
    /// `python3.8`
    #[aws(value = "python3.8")]
    Python38,
    /// `python3.9`
    #[aws(value = "python3.9")]
    Python39,
    /// `python3.10`
    #[aws(value = "python3.10")]
    Python310,
    /// `python3.11`
    #[aws(value = "python3.11")]
    Python311,
    /// `python3.12`
    #[aws(value = "python3.12")]
    Python312,
    /// `python3.13`
    #[aws(value = "python3.13")]
    Python313,
    /// `python3.14`
    #[aws(value = "python3.14")]
    Python314,
    /// `dotnetcore1.0`
    #[aws(value = "dotnetcore1.0")]
    Dotnetcore10,
    /// `dotnetcore2.0`
    #[aws(value = "dotnetcore2.0")]
    Dotnetcore20,
    /// `dotnetcore2.1`
    #[aws(value = "dotnetcore2.1")]
    Dotnetcore21,
    /// `dotnetcore3.1`
    #[aws(value = "dotnetcore3.1")]
    Dotnetcore31,
    /// `dotnet6`
    #[aws(value = "dotnet6")]
    Dotnet6,
    /// `dotnet8`
    #[aws(value = "dotnet8")]
    Dotnet8,
    /// `dotnet10`
    #[aws(value = "dotnet10")]
    Dotnet10,
    /// `nodejs4.3-edge`
    #[aws(value = "nodejs4.3-edge")]
    Nodejs43Edge,
    /// `go1.x`
    #[aws(value = "go1.x")]
    Go1X,
    /// `ruby2.5`
    #[aws(value = "ruby2.5")]
    Ruby25,
    /// `ruby2.7`
    #[aws(value = "ruby2.7")]
    Ruby27,
    /// `ruby3.2`
    #[aws(value = "ruby3.2")]
    Ruby32,
    /// `ruby3.3`
    #[aws(value = "ruby3.3")]
    Ruby33,
    /// `ruby3.4`
    #[aws(value = "ruby3.4")]
    Ruby34,
    /// `ruby4.0`
    #[aws(value = "ruby4.0")]
    Ruby40,
    /// `provided`
    #[aws(value = "provided")]
    Provided,
    /// `provided.al2`
    #[aws(value = "provided.al2")]
    ProvidedAl2,
    /// `provided.al2023`
    #[aws(value = "provided.al2023")]
    ProvidedAl2023,
    /// `nodejs26.x`
    #[aws(value = "nodejs26.x")]
    Nodejs26X,
    /// `python3.15`
    #[aws(value = "python3.15")]
    Python315,
    /// `java8.al2023`
    #[aws(value = "java8.al2023")]
    Java8Al2023,
    /// `java11.al2023`
    #[aws(value = "java11.al2023")]
    Java11Al2023,
    /// `java17.al2023`
    #[aws(value = "java17.al2023")]
    Java17Al2023,
    /// `custom`
    #[aws(value = "custom")]
    Custom,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The type of a deployment package: a .zip file archive (`Zip`) or a container image (`Image`).
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PackageType {
    /// `Zip`
    #[aws(value = "Zip")]
    Zip,
    /// `Image`
    #[aws(value = "Image")]
    Image,
    /// A value this client does not know yet.
    Unknown(String),
}

/// An instruction set architecture a function supports.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Architecture {
    /// `x86_64`
    #[aws(value = "x86_64")]
    X8664,
    /// `arm64`
    #[aws(value = "arm64")]
    Arm64,
    /// A value this client does not know yet.
    Unknown(String),
}

/// How Lambda keeps a deployment package from Amazon S3: copied (`COPY`) or referenced in place
/// (`REFERENCE`).
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum S3ObjectStorageMode {
    /// `COPY`
    #[aws(value = "COPY")]
    Copy,
    /// `REFERENCE`
    #[aws(value = "REFERENCE")]
    Reference,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Where `CreateFunction` publishes the function version.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FunctionVersionLatestPublished {
    /// `LATEST_PUBLISHED`
    #[aws(value = "LATEST_PUBLISHED")]
    LatestPublished,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The current state of a function.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum State {
    /// `Pending`
    #[aws(value = "Pending")]
    Pending,
    /// `Active`
    #[aws(value = "Active")]
    Active,
    /// `Inactive`
    #[aws(value = "Inactive")]
    Inactive,
    /// `Failed`
    #[aws(value = "Failed")]
    Failed,
    /// `Deactivating`
    #[aws(value = "Deactivating")]
    Deactivating,
    /// `Deactivated`
    #[aws(value = "Deactivated")]
    Deactivated,
    /// `ActiveNonInvocable`
    #[aws(value = "ActiveNonInvocable")]
    ActiveNonInvocable,
    /// `Deleting`
    #[aws(value = "Deleting")]
    Deleting,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Why a function is in its current state.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StateReasonCode {
    /// `Idle`
    #[aws(value = "Idle")]
    Idle,
    /// `Creating`
    #[aws(value = "Creating")]
    Creating,
    /// `Restoring`
    #[aws(value = "Restoring")]
    Restoring,
    /// `EniLimitExceeded`
    #[aws(value = "EniLimitExceeded")]
    EniLimitExceeded,
    /// `InsufficientRolePermissions`
    #[aws(value = "InsufficientRolePermissions")]
    InsufficientRolePermissions,
    /// `InvalidConfiguration`
    #[aws(value = "InvalidConfiguration")]
    InvalidConfiguration,
    /// `InternalError`
    #[aws(value = "InternalError")]
    InternalError,
    /// `SubnetOutOfIPAddresses`
    #[aws(value = "SubnetOutOfIPAddresses")]
    SubnetOutOfIpAddresses,
    /// `InvalidSubnet`
    #[aws(value = "InvalidSubnet")]
    InvalidSubnet,
    /// `InvalidSecurityGroup`
    #[aws(value = "InvalidSecurityGroup")]
    InvalidSecurityGroup,
    /// `ImageDeleted`
    #[aws(value = "ImageDeleted")]
    ImageDeleted,
    /// `ImageAccessDenied`
    #[aws(value = "ImageAccessDenied")]
    ImageAccessDenied,
    /// `InvalidImage`
    #[aws(value = "InvalidImage")]
    InvalidImage,
    /// `KMSKeyAccessDenied`
    #[aws(value = "KMSKeyAccessDenied")]
    KmsKeyAccessDenied,
    /// `KMSKeyNotFound`
    #[aws(value = "KMSKeyNotFound")]
    KmsKeyNotFound,
    /// `InvalidStateKMSKey`
    #[aws(value = "InvalidStateKMSKey")]
    InvalidStateKmsKey,
    /// `DisabledKMSKey`
    #[aws(value = "DisabledKMSKey")]
    DisabledKmsKey,
    /// `EFSIOError`
    #[aws(value = "EFSIOError")]
    EfsioError,
    /// `EFSMountConnectivityError`
    #[aws(value = "EFSMountConnectivityError")]
    EfsMountConnectivityError,
    /// `EFSMountFailure`
    #[aws(value = "EFSMountFailure")]
    EfsMountFailure,
    /// `EFSMountTimeout`
    #[aws(value = "EFSMountTimeout")]
    EfsMountTimeout,
    /// `InvalidRuntime`
    #[aws(value = "InvalidRuntime")]
    InvalidRuntime,
    /// `InvalidZipFileException`
    #[aws(value = "InvalidZipFileException")]
    InvalidZipFileException,
    /// `FunctionError`
    #[aws(value = "FunctionError")]
    FunctionError,
    /// `ServiceQuotaExceededException`
    #[aws(value = "ServiceQuotaExceededException")]
    ServiceQuotaExceededException,
    /// `VcpuLimitExceeded`
    #[aws(value = "VcpuLimitExceeded")]
    VcpuLimitExceeded,
    /// `CapacityProviderScalingLimitExceeded`
    #[aws(value = "CapacityProviderScalingLimitExceeded")]
    CapacityProviderScalingLimitExceeded,
    /// `InsufficientCapacity`
    #[aws(value = "InsufficientCapacity")]
    InsufficientCapacity,
    /// `EC2RequestLimitExceeded`
    #[aws(value = "EC2RequestLimitExceeded")]
    Ec2RequestLimitExceeded,
    /// `FunctionError.InitTimeout`
    #[aws(value = "FunctionError.InitTimeout")]
    FunctionErrorInitTimeout,
    /// `FunctionError.RuntimeInitError`
    #[aws(value = "FunctionError.RuntimeInitError")]
    FunctionErrorRuntimeInitError,
    /// `FunctionError.ExtensionInitError`
    #[aws(value = "FunctionError.ExtensionInitError")]
    FunctionErrorExtensionInitError,
    /// `FunctionError.InvalidEntryPoint`
    #[aws(value = "FunctionError.InvalidEntryPoint")]
    FunctionErrorInvalidEntryPoint,
    /// `FunctionError.InvalidWorkingDirectory`
    #[aws(value = "FunctionError.InvalidWorkingDirectory")]
    FunctionErrorInvalidWorkingDirectory,
    /// `FunctionError.PermissionDenied`
    #[aws(value = "FunctionError.PermissionDenied")]
    FunctionErrorPermissionDenied,
    /// `FunctionError.TooManyExtensions`
    #[aws(value = "FunctionError.TooManyExtensions")]
    FunctionErrorTooManyExtensions,
    /// `FunctionError.InitResourceExhausted`
    #[aws(value = "FunctionError.InitResourceExhausted")]
    FunctionErrorInitResourceExhausted,
    /// `DisallowedByVpcEncryptionControl`
    #[aws(value = "DisallowedByVpcEncryptionControl")]
    DisallowedByVpcEncryptionControl,
    /// `DrainingDurableExecutions`
    #[aws(value = "DrainingDurableExecutions")]
    DrainingDurableExecutions,
    /// `IncompatibleAcceleratorInstanceTypes`
    #[aws(value = "IncompatibleAcceleratorInstanceTypes")]
    IncompatibleAcceleratorInstanceTypes,
    /// `DependencyError`
    #[aws(value = "DependencyError")]
    DependencyError,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The status of the last update performed on a function.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LastUpdateStatus {
    /// `Successful`
    #[aws(value = "Successful")]
    Successful,
    /// `Failed`
    #[aws(value = "Failed")]
    Failed,
    /// `InProgress`
    #[aws(value = "InProgress")]
    InProgress,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Why the last update performed on a function ended as it did.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LastUpdateStatusReasonCode {
    /// `EniLimitExceeded`
    #[aws(value = "EniLimitExceeded")]
    EniLimitExceeded,
    /// `InsufficientRolePermissions`
    #[aws(value = "InsufficientRolePermissions")]
    InsufficientRolePermissions,
    /// `InvalidConfiguration`
    #[aws(value = "InvalidConfiguration")]
    InvalidConfiguration,
    /// `InternalError`
    #[aws(value = "InternalError")]
    InternalError,
    /// `SubnetOutOfIPAddresses`
    #[aws(value = "SubnetOutOfIPAddresses")]
    SubnetOutOfIpAddresses,
    /// `InvalidSubnet`
    #[aws(value = "InvalidSubnet")]
    InvalidSubnet,
    /// `InvalidSecurityGroup`
    #[aws(value = "InvalidSecurityGroup")]
    InvalidSecurityGroup,
    /// `ImageDeleted`
    #[aws(value = "ImageDeleted")]
    ImageDeleted,
    /// `ImageAccessDenied`
    #[aws(value = "ImageAccessDenied")]
    ImageAccessDenied,
    /// `InvalidImage`
    #[aws(value = "InvalidImage")]
    InvalidImage,
    /// `KMSKeyAccessDenied`
    #[aws(value = "KMSKeyAccessDenied")]
    KmsKeyAccessDenied,
    /// `KMSKeyNotFound`
    #[aws(value = "KMSKeyNotFound")]
    KmsKeyNotFound,
    /// `InvalidStateKMSKey`
    #[aws(value = "InvalidStateKMSKey")]
    InvalidStateKmsKey,
    /// `DisabledKMSKey`
    #[aws(value = "DisabledKMSKey")]
    DisabledKmsKey,
    /// `EFSIOError`
    #[aws(value = "EFSIOError")]
    EfsioError,
    /// `EFSMountConnectivityError`
    #[aws(value = "EFSMountConnectivityError")]
    EfsMountConnectivityError,
    /// `EFSMountFailure`
    #[aws(value = "EFSMountFailure")]
    EfsMountFailure,
    /// `EFSMountTimeout`
    #[aws(value = "EFSMountTimeout")]
    EfsMountTimeout,
    /// `InvalidRuntime`
    #[aws(value = "InvalidRuntime")]
    InvalidRuntime,
    /// `InvalidZipFileException`
    #[aws(value = "InvalidZipFileException")]
    InvalidZipFileException,
    /// `FunctionError`
    #[aws(value = "FunctionError")]
    FunctionError,
    /// `ServiceQuotaExceededException`
    #[aws(value = "ServiceQuotaExceededException")]
    ServiceQuotaExceededException,
    /// `VcpuLimitExceeded`
    #[aws(value = "VcpuLimitExceeded")]
    VcpuLimitExceeded,
    /// `CapacityProviderScalingLimitExceeded`
    #[aws(value = "CapacityProviderScalingLimitExceeded")]
    CapacityProviderScalingLimitExceeded,
    /// `InsufficientCapacity`
    #[aws(value = "InsufficientCapacity")]
    InsufficientCapacity,
    /// `EC2RequestLimitExceeded`
    #[aws(value = "EC2RequestLimitExceeded")]
    Ec2RequestLimitExceeded,
    /// `FunctionError.InitTimeout`
    #[aws(value = "FunctionError.InitTimeout")]
    FunctionErrorInitTimeout,
    /// `FunctionError.RuntimeInitError`
    #[aws(value = "FunctionError.RuntimeInitError")]
    FunctionErrorRuntimeInitError,
    /// `FunctionError.ExtensionInitError`
    #[aws(value = "FunctionError.ExtensionInitError")]
    FunctionErrorExtensionInitError,
    /// `FunctionError.InvalidEntryPoint`
    #[aws(value = "FunctionError.InvalidEntryPoint")]
    FunctionErrorInvalidEntryPoint,
    /// `FunctionError.InvalidWorkingDirectory`
    #[aws(value = "FunctionError.InvalidWorkingDirectory")]
    FunctionErrorInvalidWorkingDirectory,
    /// `FunctionError.PermissionDenied`
    #[aws(value = "FunctionError.PermissionDenied")]
    FunctionErrorPermissionDenied,
    /// `FunctionError.TooManyExtensions`
    #[aws(value = "FunctionError.TooManyExtensions")]
    FunctionErrorTooManyExtensions,
    /// `FunctionError.InitResourceExhausted`
    #[aws(value = "FunctionError.InitResourceExhausted")]
    FunctionErrorInitResourceExhausted,
    /// `DisallowedByVpcEncryptionControl`
    #[aws(value = "DisallowedByVpcEncryptionControl")]
    DisallowedByVpcEncryptionControl,
    /// `IncompatibleAcceleratorInstanceTypes`
    #[aws(value = "IncompatibleAcceleratorInstanceTypes")]
    IncompatibleAcceleratorInstanceTypes,
    /// `DependencyError`
    #[aws(value = "DependencyError")]
    DependencyError,
    /// A value this client does not know yet.
    Unknown(String),
}
