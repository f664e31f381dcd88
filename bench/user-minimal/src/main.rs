//! `bench_client` as a user of aws-operation writes it, depending on the `aws-operation` crate
//! alone (default features): the service, CreateChannelHandshake, its shapes and its errors
//! defined here by hand, as the README shows. `bench/run.sh` measures its clean build time and
//! its stripped size against `peer-client`.

#[path = "../../driver.rs"]
mod driver;

use aws_operation::{Config, UnknownMember, aws_operation, aws_service, aws_shape};

/// The Partner Central Channel API.
#[aws_service(
    id = "PartnerCentral Channel",
    protocol = "awsJson1_0",
    target_prefix = "PartnerCentralChannel",
    signing_name = "partnercentral-channel",
    api_version = "2024-03-18",
    endpoint_rules = "endpoint-rule-set-1.json"
)]
pub struct PartnerCentralChannel;

/// The type of a handshake.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Debug)]
pub enum HandshakeType {
    /// `START_SERVICE_PERIOD`
    #[aws(value = "START_SERVICE_PERIOD")]
    StartServicePeriod,
    /// `REVOKE_SERVICE_PERIOD`
    #[aws(value = "REVOKE_SERVICE_PERIOD")]
    RevokeServicePeriod,
    /// `PROGRAM_MANAGEMENT_ACCOUNT`
    #[aws(value = "PROGRAM_MANAGEMENT_ACCOUNT")]
    ProgramManagementAccount,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The type of a service period.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Debug)]
pub enum ServicePeriodType {
    /// `MINIMUM_NOTICE_PERIOD`
    #[aws(value = "MINIMUM_NOTICE_PERIOD")]
    MinimumNoticePeriod,
    /// `FIXED_COMMITMENT_PERIOD`
    #[aws(value = "FIXED_COMMITMENT_PERIOD")]
    FixedCommitmentPeriod,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Payload for starting a service period handshake.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct StartServicePeriodPayload {
    /// The identifier of the program management account.
    #[aws(
        length(min = 17, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$"
    )]
    pub program_management_account_identifier: String,
    /// A note providing additional information about the service period.
    #[aws(length(min = 1, max = 300), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub note: Option<String>,
    /// The type of service period being started.
    pub service_period_type: ServicePeriodType,
    /// The minimum number of days notice required for changes.
    #[aws(length(min = 1, max = 10), pattern = "^[0-9]*$")]
    pub minimum_notice_days: Option<String>,
    /// The end date of the service period.
    #[aws(timestamp_format = "date-time")]
    pub end_date: Option<aws_operation::DateTime>,
}

/// Payload for revoking a service period handshake.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct RevokeServicePeriodPayload {
    /// The identifier of the program management account.
    #[aws(
        length(min = 17, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$"
    )]
    pub program_management_account_identifier: String,
    /// A note explaining the reason for revoking the service period.
    #[aws(length(min = 1, max = 300), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub note: Option<String>,
}

/// The payload of a handshake: exactly one member.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum ChannelHandshakePayload {
    /// Payload for starting a service period handshake.
    StartServicePeriodPayload(StartServicePeriodPayload),
    /// Payload for revoking a service period handshake.
    RevokeServicePeriodPayload(RevokeServicePeriodPayload),
    /// A member this client does not know yet, as the service sent it.
    Unknown(UnknownMember),
}

/// A key-value pair.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct Tag {
    /// The key of the tag.
    #[aws(length(min = 1, max = 128), pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$")]
    pub key: String,
    /// The value of the tag.
    #[aws(length(min = 0, max = 256), pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$")]
    pub value: String,
}

/// The reason a request failed validation.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Debug)]
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

/// Creates a new channel handshake request to establish a partnership with another AWS account.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "CreateChannelHandshake",
    output = CreateChannelHandshakeOutput,
    errors = [
        ResourceNotFoundException,
        InternalServerException,
        ValidationException,
        ThrottlingException,
        AccessDeniedException,
        ConflictException,
        ServiceQuotaExceededException,
    ]
)]
#[derive(Clone, PartialEq)]
pub struct CreateChannelHandshake {
    /// The type of handshake to create.
    pub handshake_type: HandshakeType,
    /// The catalog identifier for the handshake request.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The identifier of the resource associated with this handshake.
    #[aws(
        length(min = 16, max = 1011),
        pattern = "^((arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?)|(pma|rs)-[a-z0-9]{13})$"
    )]
    pub associated_resource_identifier: String,
    /// The payload containing specific details for the handshake type.
    pub payload: Option<ChannelHandshakePayload>,
    /// A unique identifier to ensure idempotency; a UUID v4 when left empty.
    #[aws(idempotency_token, length(min = 1, max = 64), pattern = "^[!-~]*$")]
    pub client_token: Option<String>,
    /// Key-value pairs to associate with the channel handshake.
    pub tags: Option<Vec<Tag>>,
}

/// Details of a created channel handshake.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CreateChannelHandshakeDetail {
    /// The unique identifier of the created handshake.
    #[aws(length(min = 16, max = 16), pattern = "^ch-[a-z0-9]{13}$")]
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the created handshake.
    #[aws(length(min = 1, max = 1011))]
    pub arn: Option<String>,
}

/// The output of `CreateChannelHandshake`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CreateChannelHandshakeOutput {
    /// Details of the created channel handshake.
    pub channel_handshake_detail: Option<CreateChannelHandshakeDetail>,
}

const EXPECTED_ID: &str = "ch-0123456789abc";

fn main() {
    driver::main(
        |endpoint| async move {
            let config = Config::from_env().endpoint_url(endpoint).build().map_err(|e| e.to_string())?;
            PartnerCentralChannel::new(&config).map_err(|e| e.to_string())
        },
        |client: PartnerCentralChannel| async move {
            let input = CreateChannelHandshake {
                handshake_type: HandshakeType::StartServicePeriod,
                catalog: "AWS".into(),
                associated_resource_identifier: "pma-0123456789abc".into(),
                payload: Some(ChannelHandshakePayload::StartServicePeriodPayload(StartServicePeriodPayload {
                    program_management_account_identifier: "pma-0123456789abc".into(),
                    note: Some("Managed services for the 2026 season".into()),
                    service_period_type: ServicePeriodType::MinimumNoticePeriod,
                    minimum_notice_days: Some("30".into()),
                    end_date: None,
                })),
                client_token: None,
                tags: Some(vec![Tag { key: "team".into(), value: "channel-ops".into() }]),
            };
            let output = client.send(input).await.map_err(|e| e.to_string())?;
            match output.channel_handshake_detail.as_ref().and_then(|d| d.id.as_deref()) {
                Some(EXPECTED_ID) => Ok(()),
                other => Err(format!("unexpected handshake id {other:?}")),
            }
        },
    );
}
