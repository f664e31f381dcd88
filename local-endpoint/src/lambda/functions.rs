//! Functions: created with Lambda's defaults and Active at once, read by name or ARN (and
//! version), listed in name order a page at a time, reconfigured with optimistic revisions, and
//! deleted whole or one published version at a time.

use std::collections::BTreeMap;

use aws_operation::Blob;
use aws_operation::types::base64_encode;
use aws_operation_lambda::{
    ApplicationLogLevel, Architecture, CreateFunction, DeleteFunction, DeleteFunctionOutput, EnvironmentResponse,
    EphemeralStorage, FunctionCode, FunctionCodeLocation, FunctionConfiguration, GetFunction, GetFunctionOutput,
    ImageConfigResponse, LastUpdateStatus, Layer, ListFunctions, ListFunctionsOutput, LogFormat, LoggingConfig,
    PackageType, ResolvedS3Object, Runtime, RuntimeVersionConfig, SnapStartApplyOn, SnapStartOptimizationStatus,
    SnapStartResponse, State, SystemLogLevel, TracingConfigResponse, TracingMode, UpdateFunctionConfiguration,
    VpcConfig, VpcConfigResponse,
};

use super::store::{
    Code, Failure, Function, LATEST, Store, is_zip, lambda_date, sha256_base64, sha256_hex, shown, wire,
};
use crate::stand_in::partition;

/// Lambda's defaults for what `CreateFunction` leaves out.
const DEFAULT_TIMEOUT: i32 = 3;
const DEFAULT_MEMORY_SIZE: i32 = 128;
const DEFAULT_EPHEMERAL_STORAGE: i32 = 512;

/// The longest function name; the model's length is that of the longest ARN.
const MAX_NAME: usize = 64;

/// `ListFunctions` returns at most this many, whatever `MaxItems` says.
const MAX_PAGE: usize = 50;

impl Store {
    pub(crate) fn create_function(&mut self, input: CreateFunction) -> Result<FunctionConfiguration, Failure> {
        let named = self.named("lambda:CreateFunction", &input.function_name, None)?;
        if named.qualifier.is_some() {
            return Err(Failure::Validation(format!(
                "1 validation error detected: Value '{}' at 'functionName' failed to satisfy constraint: Member \
                 must not name a version or alias",
                input.function_name
            )));
        }
        let name = named.name;
        if name.len() > MAX_NAME {
            return Err(Failure::constraint(&name, "functionName", "Member must have length less than or equal to 64"));
        }
        let package_type = input.package_type.clone().unwrap_or(PackageType::Zip);
        let (code_size, code_sha256, code) =
            code_of(&package_type, input.code, input.runtime.is_some() && input.handler.is_some())?;
        if package_type == PackageType::Image && (input.runtime.is_some() || input.handler.is_some()) {
            return Err(Failure::InvalidParameter(
                "Runtime and Handler are not supported for functions created with container images.".to_owned(),
            ));
        }
        if self.functions.contains_key(&name) {
            return Err(Failure::Conflict(format!("Function already exist: {name}")));
        }
        let now = self.now();
        let revision = self.new_revision();
        let runtime_version_config = input.runtime.as_ref().map(|runtime| RuntimeVersionConfig {
            runtime_version_arn: Some(self.runtime_version_arn(runtime)),
            error: None,
        });
        let latest = FunctionConfiguration {
            function_name: Some(name.clone()),
            function_arn: Some(self.function_arn(&name)),
            runtime: input.runtime,
            role: Some(input.role),
            handler: input.handler,
            code_size: Some(code_size),
            description: Some(input.description.unwrap_or_default()),
            timeout: Some(input.timeout.unwrap_or(DEFAULT_TIMEOUT)),
            memory_size: Some(input.memory_size.unwrap_or(DEFAULT_MEMORY_SIZE)),
            last_modified: Some(lambda_date(now)),
            code_sha256: Some(code_sha256),
            version: Some(LATEST.to_owned()),
            vpc_config: input.vpc_config.map(vpc_response),
            dead_letter_config: input.dead_letter_config,
            environment: input.environment.map(|e| EnvironmentResponse { variables: e.variables, error: None }),
            kms_key_arn: input.kms_key_arn,
            tracing_config: Some(TracingConfigResponse {
                mode: Some(input.tracing_config.and_then(|t| t.mode).unwrap_or(TracingMode::PassThrough)),
            }),
            revision_id: Some(revision),
            layers: input.layers.map(layers),
            state: Some(State::Active),
            last_update_status: Some(LastUpdateStatus::Successful),
            file_system_configs: input.file_system_configs,
            package_type: Some(package_type),
            image_config_response: input
                .image_config
                .map(|image_config| ImageConfigResponse { image_config: Some(image_config), error: None }),
            architectures: Some(input.architectures.unwrap_or_else(|| vec![Architecture::X8664])),
            ephemeral_storage: Some(
                input.ephemeral_storage.unwrap_or(EphemeralStorage { size: DEFAULT_EPHEMERAL_STORAGE }),
            ),
            snap_start: Some(SnapStartResponse {
                apply_on: Some(input.snap_start.and_then(|s| s.apply_on).unwrap_or(SnapStartApplyOn::None)),
                optimization_status: Some(SnapStartOptimizationStatus::Off),
            }),
            runtime_version_config,
            logging_config: Some(logging(None, input.logging_config, &name)),
            tenancy_config: input.tenancy_config,
            capacity_provider_config: input.capacity_provider_config,
            durable_config: input.durable_config,
            runtime_config: input.runtime_config,
            accelerator_config: input.accelerator_config,
            ..aws_operation::Shape::zero()
        };
        let tags = input.tags.unwrap_or_default();
        let mut function = Function { latest, versions: BTreeMap::new(), next_version: 1, code, tags };
        let created = if input.publish == Some(true) {
            let version = self.publish(&mut function);
            function.versions[&version].clone()
        } else {
            function.latest.clone()
        };
        self.functions.insert(name, function);
        Ok(created)
    }

    /// The ARN of the runtime version a function of `runtime` runs on: one per runtime, made up.
    fn runtime_version_arn(&self, runtime: &Runtime) -> String {
        let region = &self.region;
        format!("arn:{}:lambda:{region}::runtime:{}", partition(region), sha256_hex(wire(runtime).as_bytes()))
    }

    /// Publishes `$LATEST` of `function` as its next version, and returns the version's number.
    fn publish(&mut self, function: &mut Function) -> u64 {
        let number = function.next_version;
        function.next_version += 1;
        let mut version = function.latest.clone();
        version.version = Some(number.to_string());
        version.revision_id = Some(self.new_revision());
        function.versions.insert(number, version);
        number
    }

    pub(crate) fn get_function(&mut self, input: GetFunction) -> Result<GetFunctionOutput, Failure> {
        let named = self.named("lambda:GetFunction", &input.function_name, input.qualifier.as_deref())?;
        let (function, configuration) = self.configuration(&named)?;
        Ok(GetFunctionOutput {
            configuration: Some(shown(configuration, named.qualifier.as_deref())),
            code: Some(self.location(&named.name, function)),
            tags: (!function.tags.is_empty()).then(|| function.tags.clone()),
            tags_error: None,
            concurrency: None,
        })
    }

    /// Where `GetFunction` says the code of `function` is.
    fn location(&self, name: &str, function: &Function) -> FunctionCodeLocation {
        let none = FunctionCodeLocation {
            repository_type: None,
            location: None,
            image_uri: None,
            resolved_image_uri: None,
            resolved_s3_object: None,
            source_kms_key_arn: None,
            error: None,
        };
        match &function.code {
            Code::Image { uri } => {
                let digest = function.latest.code_sha256.as_deref().unwrap_or_default();
                let repository = uri.split(['@', ':']).next().unwrap_or(uri);
                FunctionCodeLocation {
                    repository_type: Some("ECR".to_owned()),
                    image_uri: Some(uri.clone()),
                    resolved_image_uri: Some(format!("{repository}@sha256:{digest}")),
                    ..none
                }
            }
            Code::Zip | Code::S3 { .. } => {
                // Shaped as Lambda's presigned URL of its copy; nothing serves it.
                let (region, account) = (&self.region, &self.account_id);
                let revision = function.latest.revision_id.as_deref().unwrap_or_default();
                let resolved_s3_object = match &function.code {
                    Code::S3 { bucket, key, version } => Some(ResolvedS3Object {
                        s3_bucket: Some(bucket.clone()),
                        s3_key: Some(key.clone()),
                        s3_object_version: version.clone(),
                    }),
                    _ => None,
                };
                FunctionCodeLocation {
                    repository_type: Some("S3".to_owned()),
                    location: Some(format!(
                        "https://awslambda-{region}-tasks.s3.{region}.amazonaws.com/snapshots/{account}/{name}-{revision}"
                    )),
                    resolved_s3_object,
                    ..none
                }
            }
        }
    }

    pub(crate) fn list_functions(&mut self, input: ListFunctions) -> Result<ListFunctionsOutput, Failure> {
        // `ALL` is the one value that passes validation.
        let all = input.function_version.is_some();
        if input.master_region.is_some() && !all {
            return Err(Failure::InvalidParameter(
                "MasterRegion is only supported with FunctionVersion ALL.".to_owned(),
            ));
        }
        let after = input.marker.as_deref().map(marker_position).transpose()?;
        let size = input.max_items.and_then(|n| usize::try_from(n).ok()).unwrap_or(MAX_PAGE).clamp(1, MAX_PAGE);
        // The stand-in keeps no Lambda@Edge replicas, which is all `MasterRegion` lists.
        let functions = if input.master_region.is_some() { None } else { Some(&self.functions) };
        let mut listed = functions.into_iter().flatten().flat_map(|(name, function)| {
            let latest = (name.clone(), 0, shown(&function.latest, all.then_some(LATEST)));
            let versions = function
                .versions
                .iter()
                .filter(move |_| all)
                .map(move |(n, v)| (name.clone(), *n, shown(v, Some(&n.to_string()))));
            std::iter::once(latest).chain(versions)
        });
        let mut page = Vec::new();
        let mut last = None;
        for (name, rank, configuration) in listed.by_ref() {
            if after.as_ref().is_some_and(|(n, r)| (&name, rank) <= (n, *r)) {
                continue;
            }
            page.push(listed_fields(configuration));
            last = Some((name, rank));
            if page.len() == size {
                break;
            }
        }
        let more = listed.next().is_some();
        let next_marker = last.filter(|_| more).map(|(name, rank)| base64_encode(format!("{name}:{rank}").as_bytes()));
        Ok(ListFunctionsOutput { next_marker, functions: Some(page) })
    }

    pub(crate) fn update_function_configuration(
        &mut self,
        input: UpdateFunctionConfiguration,
    ) -> Result<FunctionConfiguration, Failure> {
        let named = self.named("lambda:UpdateFunctionConfiguration", &input.function_name, None)?;
        let current = self.function(&named)?;
        if named.qualifier.as_deref().is_some_and(|q| q != LATEST) {
            return Err(Failure::InvalidParameter(
                "The configuration of a published version cannot be changed, only that of $LATEST.".to_owned(),
            ));
        }
        if let Some(sent) = &input.revision_id
            && current.latest.revision_id.as_ref() != Some(sent)
        {
            return Err(Failure::PreconditionFailed);
        }
        let image = current.latest.package_type == Some(PackageType::Image);
        if image && (input.runtime.is_some() || input.handler.is_some()) {
            return Err(Failure::InvalidParameter(
                "Runtime and Handler are not supported for functions created with container images.".to_owned(),
            ));
        }
        let now = self.now();
        let revision = self.new_revision();
        let runtime_version_arn = input.runtime.as_ref().map(|runtime| self.runtime_version_arn(runtime));
        let missing = self.not_found(&named.name, None);
        let latest = &mut self.functions.get_mut(&named.name).ok_or(missing)?.latest;
        merge(&mut latest.role, input.role);
        merge(&mut latest.handler, input.handler);
        merge(&mut latest.description, input.description);
        merge(&mut latest.timeout, input.timeout);
        merge(&mut latest.memory_size, input.memory_size);
        merge(&mut latest.vpc_config, input.vpc_config.map(vpc_response));
        merge(
            &mut latest.environment,
            input.environment.map(|e| EnvironmentResponse { variables: e.variables, error: None }),
        );
        merge(&mut latest.dead_letter_config, input.dead_letter_config);
        merge(&mut latest.kms_key_arn, input.kms_key_arn);
        if let Some(mode) = input.tracing_config.and_then(|t| t.mode) {
            latest.tracing_config = Some(TracingConfigResponse { mode: Some(mode) });
        }
        merge(&mut latest.layers, input.layers.map(layers));
        merge(&mut latest.file_system_configs, input.file_system_configs);
        merge(
            &mut latest.image_config_response,
            input
                .image_config
                .map(|image_config| ImageConfigResponse { image_config: Some(image_config), error: None }),
        );
        merge(&mut latest.ephemeral_storage, input.ephemeral_storage);
        if let Some(snap_start) = input.snap_start {
            latest.snap_start = Some(SnapStartResponse {
                apply_on: Some(snap_start.apply_on.unwrap_or(SnapStartApplyOn::None)),
                optimization_status: Some(SnapStartOptimizationStatus::Off),
            });
        }
        if let Some(update) = input.logging_config {
            latest.logging_config = Some(logging(latest.logging_config.take(), Some(update), &named.name));
        }
        merge(&mut latest.capacity_provider_config, input.capacity_provider_config);
        merge(&mut latest.durable_config, input.durable_config);
        merge(&mut latest.runtime_config, input.runtime_config);
        merge(&mut latest.accelerator_config, input.accelerator_config);
        if let Some(runtime) = input.runtime {
            latest.runtime = Some(runtime);
            latest.runtime_version_config = Some(RuntimeVersionConfig { runtime_version_arn, error: None });
        }
        latest.last_modified = Some(lambda_date(now));
        latest.revision_id = Some(revision);
        latest.last_update_status = Some(LastUpdateStatus::Successful);
        Ok(latest.clone())
    }

    pub(crate) fn delete_function(&mut self, input: DeleteFunction) -> Result<DeleteFunctionOutput, Failure> {
        let named = self.named("lambda:DeleteFunction", &input.function_name, input.qualifier.as_deref())?;
        match named.qualifier.as_deref() {
            Some(LATEST) => {
                return Err(Failure::InvalidParameter(
                    "$LATEST version cannot be deleted without deleting the function.".to_owned(),
                ));
            }
            None => {
                if self.functions.remove(&named.name).is_none() {
                    return Err(self.not_found(&named.name, None));
                }
            }
            Some(qualifier) => {
                self.functions.get(&named.name).ok_or_else(|| self.not_found(&named.name, None))?;
                let removed = qualifier
                    .parse::<u64>()
                    .ok()
                    .and_then(|n| self.functions.get_mut(&named.name).and_then(|f| f.versions.remove(&n)));
                if removed.is_none() {
                    return Err(self.not_found(&named.name, Some(qualifier)));
                }
            }
        }
        // Lambda answers 204, though the model says 200.
        Ok(DeleteFunctionOutput { status_code: Some(204) })
    }
}

/// Replaces `field` with `value`, if one was given.
fn merge<T>(field: &mut Option<T>, value: Option<T>) {
    if value.is_some() {
        *field = value;
    }
}

/// The code of a new function, checked: its size, its `CodeSha256` and where it came from.
/// `runtime_and_handler`: whether both were given, which a .zip file needs.
fn code_of(
    package_type: &PackageType,
    code: FunctionCode,
    runtime_and_handler: bool,
) -> Result<(i64, String, Code), Failure> {
    let invalid = |message: &str| Err(Failure::InvalidParameter(message.to_owned()));
    match package_type {
        PackageType::Image => {
            if code.zip_file.is_some() || code.s3_bucket.is_some() || code.s3_key.is_some() {
                return invalid("Please provide ImageUri when creating a function with packageType Image.");
            }
            let Some(uri) = code.image_uri else {
                return invalid("Please provide ImageUri when creating a function with packageType Image.");
            };
            // The image's digest when the URI pins one; the stand-in pulls nothing to learn it.
            let digest = match uri.split_once("@sha256:") {
                Some((_, digest)) => digest.to_owned(),
                None => sha256_hex(uri.as_bytes()),
            };
            Ok((0, digest, Code::Image { uri }))
        }
        // `Zip`, the one other value that passes validation.
        _ => {
            if code.image_uri.is_some() {
                return invalid("Please don't provide ImageUri when creating a function with packageType Zip.");
            }
            if !runtime_and_handler {
                return invalid(
                    "Runtime and Handler are mandatory parameters for functions created with deployment packages.",
                );
            }
            match (code.zip_file, code.s3_bucket, code.s3_key) {
                (Some(Blob(zip)), None, None) => {
                    if !is_zip(&zip) {
                        return invalid(
                            "Could not unzip uploaded file. Please check your file, then try to upload again.",
                        );
                    }
                    Ok((zip.len() as i64, sha256_base64(&zip), Code::Zip))
                }
                (None, Some(bucket), Some(key)) => {
                    // Not read: the hash is of the object's address, so it changes when that does.
                    let version = code.s3_object_version;
                    let address = format!("s3://{bucket}/{key}?versionId={}", version.as_deref().unwrap_or_default());
                    Ok((0, sha256_base64(address.as_bytes()), Code::S3 { bucket, key, version }))
                }
                (Some(_), _, _) => {
                    invalid("Please do not provide other FunctionCode parameters when providing a ZipFile.")
                }
                _ => invalid("Please provide a source for function code."),
            }
        }
    }
}

/// A function's `VpcConfig` as outputs have it; the stand-in knows no VPC to name.
fn vpc_response(vpc: VpcConfig) -> VpcConfigResponse {
    VpcConfigResponse {
        subnet_ids: Some(vpc.subnet_ids.unwrap_or_default()),
        security_group_ids: Some(vpc.security_group_ids.unwrap_or_default()),
        vpc_id: None,
        ipv6_allowed_for_dual_stack: vpc.ipv6_allowed_for_dual_stack,
    }
}

/// Layers by ARN as outputs have them; the stand-in has no layer to measure.
fn layers(arns: Vec<String>) -> Vec<Layer> {
    arns.into_iter()
        .map(|arn| Layer {
            arn: Some(arn),
            code_size: Some(0),
            signing_profile_version_arn: None,
            signing_job_arn: None,
        })
        .collect()
}

/// The logging settings after `update` (`None` at creation): Text to the log group
/// `/aws/lambda/<name>` unless told otherwise; JSON logs at level INFO unless told otherwise,
/// Text logs with no levels.
fn logging(current: Option<LoggingConfig>, update: Option<LoggingConfig>, name: &str) -> LoggingConfig {
    let mut config = current.unwrap_or(LoggingConfig {
        log_format: Some(LogFormat::Text),
        application_log_level: None,
        system_log_level: None,
        log_group: Some(format!("/aws/lambda/{name}")),
    });
    if let Some(update) = update {
        if update.log_format.is_some() {
            config.log_format = update.log_format;
        }
        if update.application_log_level.is_some() {
            config.application_log_level = update.application_log_level;
        }
        if update.system_log_level.is_some() {
            config.system_log_level = update.system_log_level;
        }
        if update.log_group.is_some() {
            config.log_group = update.log_group;
        }
    }
    if config.log_format == Some(LogFormat::Json) {
        config.application_log_level.get_or_insert(ApplicationLogLevel::Info);
        config.system_log_level.get_or_insert(SystemLogLevel::Info);
    } else {
        config.application_log_level = None;
        config.system_log_level = None;
    }
    config
}

/// What `ListFunctions` shows of a configuration: all but the state and the last update's
/// status, which only `GetFunction` reports, as the model documents.
fn listed_fields(mut configuration: FunctionConfiguration) -> FunctionConfiguration {
    configuration.state = None;
    configuration.state_reason = None;
    configuration.state_reason_code = None;
    configuration.last_update_status = None;
    configuration.last_update_status_reason = None;
    configuration.last_update_status_reason_code = None;
    configuration.runtime_version_config = None;
    configuration
}

/// The function and version rank (0 for `$LATEST`) a `NextMarker` continues after.
fn marker_position(marker: &str) -> Result<(String, u64), Failure> {
    Blob::from_base64(marker)
        .and_then(|Blob(bytes)| String::from_utf8(bytes).ok())
        .and_then(|text| {
            let (name, rank) = text.rsplit_once(':')?;
            Some((name.to_owned(), rank.parse().ok()?))
        })
        .ok_or_else(|| Failure::InvalidParameter(format!("Invalid marker: {marker}")))
}
