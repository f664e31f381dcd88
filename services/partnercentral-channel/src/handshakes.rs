//! Channel handshakes: requests between a partner and another AWS account to start or revoke
//! a service period, or to link a program management account.

use aws_operation::{DateTime, UnknownMember, aws_operation, aws_shape};

use crate::PartnerCentralChannel;
use crate::errors::{
    AccessDeniedException, ConflictException, InternalServerException, ResourceNotFoundException,
    ServiceQuotaExceededException, ThrottlingException, ValidationException,
};
use crate::tags::Tag;

/// The type of a handshake.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
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
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
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
    pub end_date: Option<DateTime>,
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
    /// The type of handshake to create (e.g., start service period, revoke service period).
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
    /// A unique, case-sensitive identifier to ensure idempotency of the request. Filled with a
    /// UUID v4 when left empty.
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
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the created handshake.
    pub arn: Option<String>,
}

/// The output of `CreateChannelHandshake`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CreateChannelHandshakeOutput {
    /// Details of the created channel handshake.
    pub channel_handshake_detail: Option<CreateChannelHandshakeDetail>,
}
