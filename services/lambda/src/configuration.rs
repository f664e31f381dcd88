//! The settings of a function, as `CreateFunction` and `UpdateFunctionConfiguration` take them
//! and as `FunctionConfiguration` reports them.

use std::collections::BTreeMap;

use aws_operation::aws_shape;

/// The VPC security groups and subnets that are attached to a Lambda function.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct VpcConfig {
    /// A list of VPC subnet IDs.
    #[aws(length(min = 0, max = 16), items(length(min = 0, max = 1024), pattern = "^subnet-[0-9a-z]*$"))]
    pub subnet_ids: Option<Vec<String>>,
    /// A list of VPC security group IDs.
    #[aws(length(min = 0, max = 5), items(length(min = 0, max = 1024), pattern = "^sg-[0-9a-zA-Z]*$"))]
    pub security_group_ids: Option<Vec<String>>,
    /// Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets.
    pub ipv6_allowed_for_dual_stack: Option<bool>,
}

/// The VPC security groups and subnets that are attached to a Lambda function.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct VpcConfigResponse {
    /// A list of VPC subnet IDs.
    #[aws(length(min = 0, max = 16), items(length(min = 0, max = 1024), pattern = "^subnet-[0-9a-z]*$"))]
    pub subnet_ids: Option<Vec<String>>,
    /// A list of VPC security group IDs.
    #[aws(length(min = 0, max = 5), items(length(min = 0, max = 1024), pattern = "^sg-[0-9a-zA-Z]*$"))]
    pub security_group_ids: Option<Vec<String>>,
    /// The ID of the VPC.
    pub vpc_id: Option<String>,
    /// Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets.
    pub ipv6_allowed_for_dual_stack: Option<bool>,
}

/// The dead-letter queue for failed asynchronous invocations.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct DeadLetterConfig {
    /// The Amazon Resource Name (ARN) of an Amazon SQS queue or Amazon SNS topic.
    #[aws(length(min = 0, max = 10000), pattern = "^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$")]
    pub target_arn: Option<String>,
}

/// A function's environment variable settings.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Environment {
    /// Environment variable key-value pairs.
    #[aws(sensitive, keys(pattern = "^[a-zA-Z]([a-zA-Z0-9_])+$"))]
    pub variables: Option<BTreeMap<String, String>>,
}

/// The results of an operation to update or read environment variables.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct EnvironmentResponse {
    /// Environment variable key-value pairs.
    #[aws(sensitive, keys(pattern = "^[a-zA-Z]([a-zA-Z0-9_])+$"))]
    pub variables: Option<BTreeMap<String, String>>,
    /// Error messages for environment variables that couldn't be applied.
    pub error: Option<EnvironmentError>,
}

/// Error messages for environment variables that couldn't be applied.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct EnvironmentError {
    /// The error code.
    pub error_code: Option<String>,
    /// The error message.
    #[aws(sensitive)]
    pub message: Option<String>,
}

/// The function's X-Ray tracing configuration.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct TracingConfig {
    /// The tracing mode.
    pub mode: Option<TracingMode>,
}

/// The function's X-Ray tracing configuration.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct TracingConfigResponse {
    /// The tracing mode.
    pub mode: Option<TracingMode>,
}

/// The X-Ray tracing mode of a function.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TracingMode {
    /// `Active`
    #[aws(value = "Active")]
    Active,
    /// `PassThrough`
    #[aws(value = "PassThrough")]
    PassThrough,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Details about the connection between a Lambda function and an Amazon EFS file system or an
/// Amazon S3 file system.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct FileSystemConfig {
    /// The Amazon Resource Name (ARN) of the Amazon EFS or Amazon S3 Files access point that
    /// provides access to the file system.
    #[aws(
        length(min = 0, max = 256),
        pattern = r"^arn:aws[a-zA-Z-]*:elasticfilesystem:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:access-point/fsap-[a-f0-9]{17}$|^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}$"
    )]
    pub arn: String,
    /// The path where the function can access the file system, starting with `/mnt/`.
    #[aws(length(min = 0, max = 160), pattern = "^/mnt/[a-zA-Z0-9-_.]+$")]
    pub local_mount_path: String,
    /// The configuration for how your function accesses data on an Amazon S3 file system.
    pub s3_files_config: Option<S3FilesConfig>,
}

/// Setting controls how your function accesses data from an Amazon S3 file system.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct S3FilesConfig {
    /// Specifies if a function reads from the file system for the lowest latency, or through Amazon
    /// S3 Files feature "direct Amazon S3 bucket reads" for the highest throughput.
    pub direct_s3_read: Option<DirectS3Read>,
}

/// Whether a function reads data directly from Amazon S3 through an S3 Files file system.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DirectS3Read {
    /// `ENABLED`
    #[aws(value = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[aws(value = "DISABLED")]
    Disabled,
    /// `AUTO`
    #[aws(value = "AUTO")]
    Auto,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Configuration values that override the container image Dockerfile settings.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ImageConfig {
    /// Specifies the entry point to their application, which is typically the location of the
    /// runtime executable.
    #[aws(length(min = 0, max = 1500))]
    pub entry_point: Option<Vec<String>>,
    /// Specifies parameters that you want to pass in with ENTRYPOINT.
    #[aws(length(min = 0, max = 1500))]
    pub command: Option<Vec<String>>,
    /// Specifies the working directory.
    #[aws(length(min = 0, max = 1000))]
    pub working_directory: Option<String>,
}

/// Response to a `GetFunctionConfiguration` request.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ImageConfigResponse {
    /// Configuration values that override the container image Dockerfile.
    pub image_config: Option<ImageConfig>,
    /// Error response to `GetFunctionConfiguration`.
    pub error: Option<ImageConfigError>,
}

/// Error response to `GetFunctionConfiguration`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ImageConfigError {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    #[aws(sensitive)]
    pub message: Option<String>,
}

/// The size of the function's `/tmp` directory in MB.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct EphemeralStorage {
    /// The size of the function's `/tmp` directory.
    #[aws(range(min = 512, max = 32768))]
    pub size: i32,
}

/// The function's Lambda SnapStart setting.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct SnapStart {
    /// Set to `PublishedVersions` to create a snapshot of the initialized execution environment
    /// when you publish a function version.
    pub apply_on: Option<SnapStartApplyOn>,
}

/// The function's SnapStart setting.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct SnapStartResponse {
    /// When set to `PublishedVersions`, Lambda creates a snapshot of the execution environment when
    /// you publish a function version.
    pub apply_on: Option<SnapStartApplyOn>,
    /// When you provide a qualified Amazon Resource Name (ARN), this response element indicates
    /// whether SnapStart is activated for the specified function version.
    pub optimization_status: Option<SnapStartOptimizationStatus>,
}

/// Which versions SnapStart takes snapshots of: published versions, or none.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SnapStartApplyOn {
    /// `PublishedVersions`
    #[aws(value = "PublishedVersions")]
    PublishedVersions,
    /// `None`
    #[aws(value = "None")]
    None,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Whether SnapStart is active for a function version.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SnapStartOptimizationStatus {
    /// `On`
    #[aws(value = "On")]
    On,
    /// `Off`
    #[aws(value = "Off")]
    Off,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The function's Amazon CloudWatch Logs configuration settings.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct LoggingConfig {
    /// The format in which Lambda sends your function's application and system logs to CloudWatch.
    pub log_format: Option<LogFormat>,
    /// Set this property to filter the application logs for your function that Lambda sends to
    /// CloudWatch.
    pub application_log_level: Option<ApplicationLogLevel>,
    /// Set this property to filter the system logs for your function that Lambda sends to
    /// CloudWatch.
    pub system_log_level: Option<SystemLogLevel>,
    /// The name of the Amazon CloudWatch log group the function sends logs to.
    #[aws(length(min = 1, max = 512), pattern = r"^[\.\-_/#A-Za-z0-9]+$")]
    pub log_group: Option<String>,
}

/// The format of a function's logs: JSON or plain text.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LogFormat {
    /// `JSON`
    #[aws(value = "JSON")]
    Json,
    /// `Text`
    #[aws(value = "Text")]
    Text,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The lowest level of application logs Lambda sends to CloudWatch.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApplicationLogLevel {
    /// `TRACE`
    #[aws(value = "TRACE")]
    Trace,
    /// `DEBUG`
    #[aws(value = "DEBUG")]
    Debug,
    /// `INFO`
    #[aws(value = "INFO")]
    Info,
    /// `WARN`
    #[aws(value = "WARN")]
    Warn,
    /// `ERROR`
    #[aws(value = "ERROR")]
    Error,
    /// `FATAL`
    #[aws(value = "FATAL")]
    Fatal,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The lowest level of system logs Lambda sends to CloudWatch.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SystemLogLevel {
    /// `DEBUG`
    #[aws(value = "DEBUG")]
    Debug,
    /// `INFO`
    #[aws(value = "INFO")]
    Info,
    /// `WARN`
    #[aws(value = "WARN")]
    Warn,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Specifies the tenant isolation mode configuration for a Lambda function.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct TenancyConfig {
    /// Tenant isolation mode allows for invocation to be sent to a corresponding execution
    /// environment dedicated to a specific tenant ID.
    pub tenant_isolation_mode: TenantIsolationMode,
}

/// How a multi-tenant function isolates its tenants' execution environments.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TenantIsolationMode {
    /// `PER_TENANT`
    #[aws(value = "PER_TENANT")]
    PerTenant,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Configuration for the capacity provider that manages compute resources for Lambda functions.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CapacityProviderConfig {
    /// Configuration for Lambda-managed instances used by the capacity provider.
    pub lambda_managed_instances_capacity_provider_config: LambdaManagedInstancesCapacityProviderConfig,
}

/// Configuration for Lambda-managed instances used by the capacity provider.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct LambdaManagedInstancesCapacityProviderConfig {
    /// The Amazon Resource Name (ARN) of the capacity provider.
    #[aws(
        length(min = 1, max = 140),
        pattern = r"^arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:capacity-provider:[a-zA-Z0-9-_]+$"
    )]
    pub capacity_provider_arn: String,
    /// The maximum number of concurrent execution environments that can run on each compute
    /// instance.
    #[aws(range(min = 1, max = 1600))]
    pub per_execution_environment_max_concurrency: Option<i32>,
    /// The amount of memory in GiB allocated per vCPU for execution environments.
    #[aws(name = "ExecutionEnvironmentMemoryGiBPerVCpu", range(min = 2, max = 8))]
    pub execution_environment_memory_gib_per_vcpu: Option<f64>,
}

/// Configuration settings for durable functions, including execution timeout, retention period for
/// execution history, and an optional ARN of the Key Management Service (KMS) customer managed key
/// that is used to encrypt your durable execution's payload data, including input, output, and
/// error payloads.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct DurableConfig {
    /// The ARN of the Key Management Service (KMS) customer managed key that is used to encrypt
    /// your durable execution's payload data, including input, output, and error payloads.
    #[aws(name = "KMSKeyArn", length(min = 0, max = 10000), pattern = "^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$")]
    pub kms_key_arn: Option<String>,
    /// The number of days to retain execution history after a durable execution completes.
    #[aws(range(min = 1, max = 90))]
    pub retention_period_in_days: Option<i32>,
    /// The maximum time (in seconds) that a durable execution can run before timing out.
    #[aws(range(min = 1, max = 31622400))]
    pub execution_timeout: Option<i32>,
}

/// The customer-managed runtime configuration for your function.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct FunctionRuntimeConfig {
    /// The Amazon Resource Name (ARN) of the customer-managed runtime that your function uses.
    #[aws(length(min = 48, max = 2048), pattern = r"^arn:[a-z-]+:lambda:[a-z0-9-]+:\d{12}:runtime/.+$")]
    pub runtime_arn: String,
    /// The name of the customer-managed runtime alias that your function uses.
    #[aws(length(min = 1, max = 128))]
    pub runtime_alias: String,
}

/// The accelerator resource settings for a Lambda execution environment, including the amount of
/// accelerator memory to allocate.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct AcceleratorConfig {
    /// The minimum amount of memory (in GB) of each accelerator device exposed to the execution
    /// environment.
    pub accelerator_memory_size: i32,
}

/// The ARN of the runtime and any errors that occured.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct RuntimeVersionConfig {
    /// The ARN of the runtime version you want the function to use.
    #[aws(
        length(min = 26, max = 2048),
        pattern = r"^((arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}::runtime:.+)|(arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:runtime/[A-Za-z0-9_.-]{1,128}/version/[A-Za-z0-9_.-]{1,128}))$"
    )]
    pub runtime_version_arn: Option<String>,
    /// Error response when Lambda is unable to retrieve the runtime version for a function.
    pub error: Option<RuntimeVersionError>,
}

/// Any error returned when the runtime version information for the function could not be retrieved.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct RuntimeVersionError {
    /// The error code.
    pub error_code: Option<String>,
    /// The error message.
    #[aws(sensitive)]
    pub message: Option<String>,
}
